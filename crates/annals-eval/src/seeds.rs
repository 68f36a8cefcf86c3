//! The seed corpus's gold (`corpus/seeds/gold/<article>.json`: arrays of `{sentence, source,
//! target, cameo}`). Articles are coded whole, as `annals ingest` codes them (page junk, article
//! context, publication date); each gold sentence is scored against the mentions coded from the
//! sentence that contains it, and every other mention that says an event happened is a false
//! positive, as in `eval/score.py`.

use std::path::Path;

use annals_code::{Coder, SentenceEvent};
use annals_model::{Article, Mention};

use crate::{EvalError, GoldEvent, Report};

/// Codes every article of `dir` (the seeds folder) and scores it against `dir/gold`.
pub fn evaluate(coder: &Coder, dir: &Path) -> Result<Report, EvalError> {
    let mut articles: Vec<Article> = Vec::new();
    annals_ingest::read_path(dir, &mut |r| {
        if let Ok(a) = r {
            articles.push(a);
        }
    });
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    let mut report = Report {
        name: "seeds gold".into(),
        ..Report::default()
    };
    let gold_dir = dir.join("gold");
    for article in &articles {
        let stem = article
            .path
            .as_deref()
            .and_then(|p| Path::new(p).file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let gold_file = gold_dir.join(format!("{stem}.json"));
        let Ok(text) = std::fs::read_to_string(&gold_file) else {
            continue;
        };
        let file = gold_file.display().to_string();
        let gold: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| EvalError::Format {
                file: file.clone(),
                line: e.line(),
                message: e.to_string(),
            })?;
        let coded = coder.code_article(article);
        let happened: Vec<&Mention> = coded
            .mentions
            .iter()
            .filter(|m| m.status.happened())
            .collect();
        let mut scored = vec![false; happened.len()];
        // gold events grouped by sentence, in order
        let mut sentences: Vec<(String, Vec<GoldEvent>)> = Vec::new();
        for g in gold.as_array().into_iter().flatten() {
            let sentence = g["sentence"].as_str().unwrap_or("").to_string();
            let event = GoldEvent {
                code: g["cameo"].as_str().unwrap_or("").to_string(),
                source: g["source"].as_str().unwrap_or("").to_string(),
                target: g["target"].as_str().unwrap_or("").to_string(),
            };
            match sentences.iter_mut().find(|(s, _)| *s == sentence) {
                Some((_, events)) => events.push(event),
                None => sentences.push((sentence, vec![event])),
            }
        }
        for (sentence, events) in &sentences {
            let mut predicted = Vec::new();
            for (i, m) in happened.iter().enumerate() {
                if !scored[i] && same_sentence(&m.sentence, sentence) {
                    scored[i] = true;
                    predicted.push(as_event(m));
                }
            }
            report.add_scored(events, &predicted, sentence);
        }
        // mentions in sentences the gold has no event for are false positives
        let rest: Vec<SentenceEvent> = happened
            .iter()
            .zip(&scored)
            .filter(|(_, s)| !**s)
            .map(|(m, _)| as_event(m))
            .collect();
        report.add_unmatched(&rest);
    }
    Ok(report)
}

/// Whether one sentence contains the other, ignoring spacing and case.
fn same_sentence(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

fn as_event(m: &Mention) -> SentenceEvent {
    SentenceEvent {
        cameo: m.cameo.clone(),
        source: m.source.clone(),
        target: m.target.clone(),
        status: m.status,
        date: m.date,
        end_date: m.end_date,
        date_precision: m.date_precision,
        location: m.location.clone(),
        explanation: m.explanation.clone(),
        background: m.background,
    }
}
