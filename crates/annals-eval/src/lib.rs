//! Evaluation: runs gold sets through the coder and scores the events it gives.
//!
//! A gold set is a list of [`GoldSentence`]s, each with the events annotators coded in it (a
//! CAMEO code and, where the set gives them, source and target actor codes). Predicted and gold
//! events of a sentence are matched one to one on the CAMEO root; the [`Report`] counts, per
//! root, matches (true positives), predicted events with no gold partner (false positives) and
//! gold events with none (false negatives), and, over the matches, how often the source and
//! target countries (the first three letters of the actor codes) agree.
//!
//! Readers: [`gsr`] (PETRARCH‑2 validation XML), [`codebook`] (the CAMEO codebook's example
//! sentences), [`plover`] (the PLOVER gold records joined to CAMEO), [`types`] (event-type sets
//! through a mapping to CAMEO roots), [`seeds`] (the seed corpus and its gold, coded as whole articles).

pub mod codebook;
pub mod gsr;
pub mod plover;
pub mod seeds;
pub mod types;

use std::collections::BTreeMap;
use std::fmt;

use annals_code::{Coder, SentenceEvent};
use annals_model::Date;
use annals_recognise::Context;

/// A gold set could not be read: names the file and place.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{file}: {source}")]
    Io {
        file: String,
        source: std::io::Error,
    },
    #[error("{file}:{line}: {message}")]
    Format {
        file: String,
        line: usize,
        message: String,
    },
}

/// One annotated event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldEvent {
    pub code: String,
    /// Actor codes; empty when the set does not annotate actors.
    pub source: String,
    pub target: String,
}

/// A sentence with the events annotated in it (none: the coder should find nothing).
#[derive(Debug, Clone, PartialEq)]
pub struct GoldSentence {
    pub id: String,
    pub text: String,
    pub published: Option<Date>,
    pub events: Vec<GoldEvent>,
}

/// Counts for one CAMEO root.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// P, R, F1, tp, fp, fn as table columns.
    pub fn columns(&self) -> String {
        format!(
            "{:>6.3} {:>6.3} {:>6.3} {:>4} {:>4} {:>4}",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The scores of one coder on one gold set.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub name: String,
    pub sentences: usize,
    pub roots: BTreeMap<String, Counts>,
    /// Matches whose gold event names actors, and of those the ones whose source (target)
    /// country agrees.
    pub with_actors: usize,
    pub source_agrees: usize,
    pub target_agrees: usize,
    /// Sentences with a missed or a spurious event: the sentence, gold and predicted events.
    pub misses: Vec<String>,
}

impl Report {
    /// All roots together (micro-averaged).
    pub fn total(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.roots.values() {
            t.add(*c);
        }
        t
    }

    /// Share of matches with the right source and target country.
    pub fn agreement(&self) -> (f64, f64) {
        (
            ratio(self.source_agrees, self.with_actors),
            ratio(self.target_agrees, self.with_actors),
        )
    }

    /// Predicted events of sentences with no gold annotation: all false positives.
    fn add_unmatched(&mut self, predicted: &[SentenceEvent]) {
        for p in predicted {
            self.roots
                .entry(root_of(p.cameo.as_str()).to_string())
                .or_default()
                .fp += 1;
        }
    }

    fn add_scored(&mut self, gold: &[GoldEvent], predicted: &[SentenceEvent], text: &str) {
        self.sentences += 1;
        let before = self.total();
        let mut used = vec![false; predicted.len()];
        for g in gold {
            let root = root_of(&g.code);
            let hit = predicted.iter().enumerate().position(|(i, p)| {
                !used[i]
                    && root_of(p.cameo.as_str()) == root
                    && (g.source.is_empty()
                        || (country(&g.source) == p.source.code.country()
                            && country(&g.target) == p.target.code.country()))
            });
            // prefer a partner with the right actors, else any of the same root
            let hit = hit.or_else(|| {
                predicted
                    .iter()
                    .enumerate()
                    .position(|(i, p)| !used[i] && root_of(p.cameo.as_str()) == root)
            });
            let counts = self.roots.entry(root.to_string()).or_default();
            match hit {
                Some(i) => {
                    used[i] = true;
                    counts.tp += 1;
                    if !g.source.is_empty() {
                        self.with_actors += 1;
                        let p = &predicted[i];
                        self.source_agrees +=
                            usize::from(country(&g.source) == p.source.code.country());
                        self.target_agrees +=
                            usize::from(country(&g.target) == p.target.code.country());
                    }
                }
                None => counts.fn_ += 1,
            }
        }
        // the other side of a matched event (the hosting of a visit, the twin of a meeting)
        // is that event seen from its target, not a second prediction, as score.py counts it
        let matched: Vec<&SentenceEvent> = predicted
            .iter()
            .zip(&used)
            .filter(|(_, u)| **u)
            .map(|(p, _)| p)
            .collect();
        let twin_of_matched = |p: &SentenceEvent| {
            p.explanation.paired
                && matched.iter().any(|q| {
                    q.source.code.country() == p.target.code.country()
                        && q.target.code.country() == p.source.code.country()
                })
        };
        let unmatched: Vec<SentenceEvent> = predicted
            .iter()
            .zip(&used)
            .filter(|(p, u)| !**u && !twin_of_matched(p))
            .map(|(p, _)| p.clone())
            .collect();
        self.add_unmatched(&unmatched);
        let after = self.total();
        if after.fp + after.fn_ > before.fp + before.fn_ {
            let show_gold: Vec<String> = gold
                .iter()
                .map(|g| format!("{} {}>{}", g.code, g.source, g.target))
                .collect();
            let show_pred: Vec<String> = predicted
                .iter()
                .map(|p| format!("{} {}>{}", p.cameo, p.source.code, p.target.code))
                .collect();
            self.misses.push(format!(
                "{text}\n    gold {show_gold:?}\n    got  {show_pred:?}"
            ));
        }
    }
}

fn root_of(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

fn country(code: &str) -> &str {
    code.get(..3).unwrap_or(code)
}

/// Which coded events count as predictions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// Only events the text reports as having happened (the seeds' gold, `score.py`).
    Happened,
    /// Every event but the negated ones: PETRARCH's gold codes "will meet" as a meeting.
    AllButNegated,
}

/// Codes each gold sentence on its own (a fresh article context per sentence) and scores it.
pub fn evaluate(coder: &Coder, name: &str, sentences: &[GoldSentence], counted: Counted) -> Report {
    let mut report = Report {
        name: name.to_string(),
        ..Report::default()
    };
    for s in sentences {
        let predicted: Vec<SentenceEvent> = coder
            .code_sentence(&s.text, s.published, &mut Context::new())
            .into_iter()
            .filter(|e| match counted {
                Counted::Happened => e.status.happened(),
                Counted::AllButNegated => e.status != annals_model::Status::Negated,
            })
            .collect();
        report.add_scored(&s.events, &predicted, &format!("{}: {}", s.id, s.text));
    }
    report
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.total();
        let (sa, ta) = self.agreement();
        writeln!(
            f,
            "{}: {} sentences; all roots P {:.3} R {:.3} F1 {:.3} (tp {} fp {} fn {}); source agrees {:.3}, target {:.3} of {} matches with actors",
            self.name,
            self.sentences,
            t.precision(),
            t.recall(),
            t.f1(),
            t.tp,
            t.fp,
            t.fn_,
            sa,
            ta,
            self.with_actors
        )?;
        writeln!(f, "  root    P      R      F1     tp   fp   fn")?;
        for (root, c) in &self.roots {
            writeln!(f, "  {root:<4} {}", c.columns())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_matched_on_the_root_and_actors_are_compared() {
        let coder = Coder::builtin();
        let gold = vec![
            GoldSentence {
                id: "a".into(),
                text: "Norway's prime minister visited Chile on Monday.".into(),
                published: "2024-01-10".parse().ok(),
                events: vec![GoldEvent {
                    code: "042".into(),
                    source: "NORGOV".into(),
                    target: "CHL".into(),
                }],
            },
            GoldSentence {
                id: "b".into(),
                text: "The weather was fine.".into(),
                published: None,
                events: vec![GoldEvent {
                    code: "190".into(),
                    source: "NOR".into(),
                    target: "CHL".into(),
                }],
            },
        ];
        let r = evaluate(&coder, "test", &gold, Counted::Happened);
        assert_eq!(r.sentences, 2);
        let root04 = r.roots["04"];
        // the visit matches; its paired hosting (043) is the same event seen from Chile, not
        // a false positive
        assert_eq!((root04.tp, root04.fp, root04.fn_), (1, 0, 0));
        assert_eq!(r.roots["19"].fn_, 1);
        assert_eq!((r.with_actors, r.source_agrees, r.target_agrees), (1, 1, 1));
        let shown = r.to_string();
        assert!(shown.contains("test: 2 sentences"), "{shown}");
    }

    #[test]
    fn the_twin_of_an_unmatched_event_is_a_false_positive_too() {
        let coder = Coder::builtin();
        let gold = vec![GoldSentence {
            id: "a".into(),
            text: "Norway's prime minister visited Chile on Monday.".into(),
            published: "2024-01-10".parse().ok(),
            events: vec![GoldEvent {
                code: "190".into(),
                source: "NOR".into(),
                target: "CHL".into(),
            }],
        }];
        let r = evaluate(&coder, "test", &gold, Counted::Happened);
        assert_eq!(r.roots["04"].fp, 2);
        assert_eq!(r.roots["19"].fn_, 1);
    }
}
