//! Event-type gold sets without CAMEO codes or actors: CASE 2021 task 2 (news snippets with an
//! ACLED-style subtype) and IndiaPoliceEvents (sentences labelled KILL, ARREST, FORCE,
//! ANY_ACTION, FAIL). A documented mapping from each type to the CAMEO codes that express it
//! (roots or finer codes, as prefixes) turns the coder's events into type predictions; a
//! sentence predicts a type when one of its events (that the text gives as having happened)
//! has a code under one of the type's. Types with no
//! CAMEO counterpart (disasters, organised crime, FAIL …) are not scored.

use std::collections::BTreeMap;

use annals_code::{Coder, SentenceEvent};
use annals_recognise::Context;

use crate::codebook::{column, format_error};
use crate::{Counts, EvalError};

/// A sentence or snippet with the event types annotated in it.
#[derive(Debug, Clone, PartialEq)]
pub struct TypedSentence {
    pub text: String,
    pub types: Vec<String>,
}

/// The CAMEO codes (as prefixes: "19" is the root, "195" one code and those below it) that
/// express a CASE 2021 subtype (ACLED's event types and the task's unseen ones), or `None` when
/// CAMEO has no counterpart. Where CAMEO names the means (195 aerial weapons, 194 artillery,
/// 1831 suicide bombing, 1821 sexual assault), the subtype takes that code only, so one air
/// strike does not also predict an armed clash and a shelling.
pub fn case2021_roots(subtype: &str) -> Option<&'static [&'static str]> {
    Some(match subtype {
        "ABDUCT_DISSAP" => &["181"],
        "SEX_VIOL" => &["1821"],
        "SUIC_BOMB" => &["1831"],
        "REM_EXPLOS" => &["1832", "1833", "1834"],
        "GRENADE" => &["183"],
        "AIR_STRIKE" => &["195"],
        "ART_MISS_ATTACK" => &["194"],
        "ARMED_CLASH" => &["190", "193"],
        // weapons seized or defused: a confiscation
        "DISR_WEAP" => &["1711"],
        "GOV_REGAINS_TERIT" | "NON_STATE_ACTOR_OVERTAKES_TER" => &["192"],
        // violence against civilians: CAMEO's assault (unconventional violence), not the
        // use of conventional force an armed clash is
        "ATTACK" => &["180", "182", "186"],
        "CHEM_WEAP" => &["204"],
        "ARREST" => &["173"],
        "FORCE_AGAINST_PROTEST" => &["175"],
        "PROPERTY_DISTRUCT" => &["1712"],
        "PEACE_PROTEST" => &["140", "141", "142", "143", "144"],
        "VIOL_DEMONSTR" | "MOB_VIOL" => &["145"],
        "PROTEST_WITH_INTER" => &["14"],
        "AGREEMENT" => &["03", "05", "08"],
        // the task's "diplomatic event" (Note_on_UNSEEN_events.pdf): diplomatic measures
        // (sanctions, expulsions, closed embassies), threats, calls for action, praise and
        // condemnation: CAMEO's appeals, praise, demands, condemnation, rejection, threats
        // and reduced relations
        "DIPLO" => &["02", "051", "10", "111", "12", "13", "16"],
        // attribution of responsibility (same note): claims (015), denials (016) and
        // accusations (112) of responsibility
        "ATTRIB" => &["015", "016", "112"],
        _ => return None,
    })
}

/// The CAMEO roots that express an IndiaPoliceEvents label (police actions), as prefixes.
/// "Did police do anything?" (`ANY_ACTION`) is any act but a bare statement (01).
pub fn india_police_roots(label: &str) -> Option<&'static [&'static str]> {
    Some(match label {
        "ARREST" => &["17"],
        "KILL" => &["18", "19", "20"],
        "FORCE" => &["17", "18", "19"],
        "ANY_ACTION" => &[
            "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15",
            "16", "17", "18", "19", "20",
        ],
        _ => return None,
    })
}

/// IndiaPoliceEvents' labels ask what the police did (its README: "did police kill / arrest /
/// use force / do anything"): the event's source must be police (a `COP` role), or, for
/// coercion, unnamed ("3,976 persons have been arrested" names no agent; in India it is the
/// police who arrest).
pub fn india_police_actor(_label: &str, e: &SentenceEvent) -> bool {
    e.source.code.has_role("COP") || (e.source.is_absent() && e.cameo.root() == "17")
}

/// CASE 2021's subtypes name no actor: any source will do.
pub fn any_actor(_label: &str, _e: &SentenceEvent) -> bool {
    true
}

/// How a typed set's labels are read as CAMEO events.
#[derive(Debug, Clone, Copy)]
pub struct TypeMapping {
    /// The CAMEO codes (as prefixes) that express a label, or `None` when CAMEO has none.
    pub codes: fn(&str) -> Option<&'static [&'static str]>,
    /// Whether an event's actors are those the label asks about.
    pub actors: fn(&str, &SentenceEvent) -> bool,
}

/// CASE 2021 task 2's subtypes.
pub const CASE2021: TypeMapping = TypeMapping {
    codes: case2021_roots,
    actors: any_actor,
};

/// IndiaPoliceEvents' police actions.
pub const INDIA_POLICE: TypeMapping = TypeMapping {
    codes: india_police_roots,
    actors: india_police_actor,
};

/// Reads CASE 2021 task 2's labelled test set (`id, EventSnippet, SubType`, tab-separated).
pub fn read_case2021(file: &str, text: &str) -> Result<Vec<TypedSentence>, EvalError> {
    read_columns(file, text, b'\t', "EventSnippet", |r, h| {
        let at = column(h, "SubType", file)?;
        Ok(vec![r.get(at).unwrap_or("").trim().to_string()])
    })
}

/// Reads IndiaPoliceEvents' `sents.csv` (`sent_text` and one 0/1 column per label).
pub fn read_india_police(file: &str, text: &str) -> Result<Vec<TypedSentence>, EvalError> {
    read_columns(file, text, b',', "sent_text", |r, h| {
        let mut types = Vec::new();
        for label in ["KILL", "ARREST", "ANY_ACTION", "FAIL", "FORCE"] {
            let at = column(h, label, file)?;
            if r.get(at).map(str::trim) == Some("1") {
                types.push(label.to_string());
            }
        }
        Ok(types)
    })
}

fn read_columns(
    file: &str,
    text: &str,
    delimiter: u8,
    text_column: &str,
    types_of: impl Fn(&csv::StringRecord, &csv::StringRecord) -> Result<Vec<String>, EvalError>,
) -> Result<Vec<TypedSentence>, EvalError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format_error(file, &e))?
        .clone();
    let text_at = column(&headers, text_column, file)?;
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format_error(file, &e))?;
        let text = record.get(text_at).unwrap_or("").trim();
        if text.is_empty() {
            continue;
        }
        out.push(TypedSentence {
            text: text.to_string(),
            types: types_of(&record, &headers)?,
        });
    }
    Ok(out)
}

/// Per-type counts of one coder on one typed set.
#[derive(Debug, Clone, Default)]
pub struct TypeReport {
    pub name: String,
    pub sentences: usize,
    pub types: BTreeMap<String, Counts>,
}

impl TypeReport {
    /// All scored types together (micro-averaged).
    pub fn total(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.types.values() {
            t.tp += c.tp;
            t.fp += c.fp;
            t.fn_ += c.fn_;
        }
        t
    }
}

/// Codes each sentence on its own and scores the types `mapping` reads as CAMEO events.
pub fn evaluate_types(
    coder: &Coder,
    name: &str,
    sentences: &[TypedSentence],
    mapping: TypeMapping,
) -> TypeReport {
    let roots_of = mapping.codes;
    // every type the set uses that CAMEO can express
    let mut scored: Vec<&str> = sentences
        .iter()
        .flat_map(|s| s.types.iter().map(String::as_str))
        .filter(|t| roots_of(t).is_some())
        .collect();
    scored.sort_unstable();
    scored.dedup();
    let mut report = TypeReport {
        name: name.to_string(),
        ..TypeReport::default()
    };
    for s in sentences {
        report.sentences += 1;
        let events: Vec<SentenceEvent> = coder
            .code_sentence(&s.text, None, &mut Context::new())
            .into_iter()
            .filter(|e| e.status.happened())
            .collect();
        for &t in &scored {
            let wanted = roots_of(t).unwrap_or(&[]);
            let gold = s.types.iter().any(|g| g == t);
            let predicted = events.iter().any(|e| {
                wanted.iter().any(|w| e.cameo.as_str().starts_with(w)) && (mapping.actors)(t, e)
            });
            let c = report.types.entry(t.to_string()).or_default();
            match (gold, predicted) {
                (true, true) => c.tp += 1,
                (true, false) => c.fn_ += 1,
                (false, true) => c.fp += 1,
                (false, false) => {}
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_sets_and_scores_types() {
        let case = read_case2021(
            "case.tsv",
            "id\tEventSnippet\tSubType\n1\tPolice in Lyon arrested dozens of protesters.\tARREST\n2\tA flood hit the valley.\tNATURAL_DISASTER\n",
        )
        .expect("reads");
        assert_eq!(case.len(), 2);
        assert_eq!(case[0].types, ["ARREST"]);
        let india = read_india_police(
            "sents.csv",
            ",doc_id,sent_id,sent_text,KILL,ARREST,ANY_ACTION,FAIL,FORCE\n0,1,0,Police in Lyon arrested protesters.,0,1,1,0,0\n",
        )
        .expect("reads");
        assert_eq!(india[0].types, ["ARREST", "ANY_ACTION"]);
        // the labels ask what the police did: a killing by others is no police killing
        let india = read_india_police(
            "sents.csv",
            ",doc_id,sent_id,sent_text,KILL,ARREST,ANY_ACTION,FAIL,FORCE\n\
             0,1,0,Police in Lyon arrested protesters.,0,1,1,0,0\n\
             1,1,1,Rebels killed two villagers in Lyon.,0,0,0,0,0\n\
             2,1,2,French police shot dead two robbers in Lyon.,1,0,1,0,1\n",
        )
        .expect("reads");
        let r = evaluate_types(&Coder::builtin(), "india", &india, INDIA_POLICE);
        assert_eq!((r.types["KILL"].tp, r.types["KILL"].fp), (1, 0));
        assert_eq!(r.types["ARREST"].tp, 1);
        assert_eq!(r.types["ANY_ACTION"].tp, 2);
        let r = evaluate_types(&Coder::builtin(), "case", &case, CASE2021);
        assert_eq!(r.types.len(), 1, "disasters have no CAMEO root");
        assert_eq!(r.types["ARREST"].tp, 1);
    }
}
