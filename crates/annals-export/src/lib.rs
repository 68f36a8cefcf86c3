//! Export: annals events in the formats analysts' pipelines already read — GDELT 2.0 event and
//! mention rows, PLOVER JSONL, ICEWS's 20-column table and Parquet (cargo feature `parquet`, on
//! by default) — and GDELT rows read back, so that annals and GDELT data can be compared side by
//! side.
//!
//! Writers take one event at a time, so an export streams in constant memory. Fields GDELT
//! fills from data annals does not keep are left empty, as GDELT itself leaves unknown fields
//! (tone, actor geography, ADM2, GNS feature ids of cities); README's "Exports" lists them.

pub mod gdelt;
pub mod icews;
#[cfg(feature = "parquet")]
pub mod parquet;
pub mod plover;

use std::collections::HashMap;

/// Country codes to FIPS 10-4 (GDELT's geography columns), from `dict/fips.tsv`.
#[derive(Debug, Clone, Default)]
pub struct Fips(HashMap<String, String>);

const DEFAULT_FIPS: &str = include_str!("../../../dict/fips.tsv");

impl Fips {
    /// The built-in table.
    pub fn builtin() -> Fips {
        let map = DEFAULT_FIPS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
            .collect();
        Fips(map)
    }

    /// The FIPS code of an annals country code (`RUS` → `RS`), if it has one.
    pub fn of(&self, country: &str) -> Option<&str> {
        self.0.get(country).map(String::as_str)
    }

    /// The annals country code of a FIPS code (`RS` → `RUS`), if one has it.
    pub fn country_of(&self, fips: &str) -> Option<&str> {
        self.0
            .iter()
            .filter(|(_, f)| f.as_str() == fips)
            .map(|(c, _)| c.as_str())
            .min()
    }
}

/// An export error: what could not be written or read, and where.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("writing: {0}")]
    Io(#[from] std::io::Error),
    #[error("parquet: {0}")]
    Parquet(String),
    #[error("{path}:{line}: {message}")]
    BadRow {
        path: String,
        line: u64,
        message: String,
    },
}

/// `YYYYMMDD` of a date.
pub(crate) fn yyyymmdd(d: annals_model::Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// An integer id for an event id (`ev-…` hex), stable across runs and below 2^53, as GDELT's
/// GLOBALEVENTID is an integer.
pub fn numeric_id(event_id: &str) -> u64 {
    let hex = event_id.trim_start_matches("ev-");
    match u64::from_str_radix(hex, 16) {
        Ok(v) => v >> 11,
        Err(_) => {
            let h = annals_model::hash::stable_id(&[event_id]);
            u64::from_str_radix(&h, 16).unwrap_or(0) >> 11
        }
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use annals_model::*;

    trait WithLocation {
        fn with_location(self, l: Location) -> Self;
    }

    impl WithLocation for Event {
        fn with_location(mut self, l: Location) -> Self {
            self.location = Some(l);
            self
        }
    }

    /// An event written for the tests: a visit, with two mentions from two outlets.
    pub fn visit() -> Event {
        let actor = |code: &str, name: &str, entity: Option<&str>| Actor {
            code: ActorCode(code.into()),
            name: name.into(),
            entity: entity.map(str::to_string),
            role: None,
        };
        let location = Location {
            name: "Hanoi".into(),
            country: "VNM".into(),
            adm1: Some("44".into()),
            adm1_name: Some("Hanoi".into()),
            lat: 21.0245,
            lon: 105.8412,
            feature: "capital".into(),
        };
        let mention = |article: &str, outlet: &str, start: usize| MentionRef {
            mention: Mention {
                article_id: article.into(),
                sentence_index: 0,
                start,
                end: start + 52,
                sentence: "Chile's president arrived in Hanoi for a state visit.".into(),
                cameo: EventCode("042".into()),
                source: actor("CHLGOV", "Chile's president", Some("Gabriel Boric")),
                target: actor("VNM", "Hanoi", None),
                status: Status::Reported,
                date: "2024-03-05".parse().ok(),
                end_date: None,
                date_precision: Some(DatePrecision::Day),
                location: Some(location.clone()),
                explanation: Explanation {
                    rule: "042 V arrive in".into(),
                    verb: "arrived in".into(),
                    roles: String::new(),
                    modality: None,
                    paired: false,
                },
                background: false,
            },
            path: None,
            url: Some(format!("https://{outlet}.example/{article}")),
            outlet: Some(outlet.into()),
            published: "2024-03-06".parse().ok(),
        };
        Event {
            event_id: "ev-00ab12cd34ef5678".into(),
            cameo: EventCode("042".into()),
            status: Status::Reported,
            source: actor("CHLGOV", "Chile's president", Some("Gabriel Boric")),
            target: actor("VNM", "Hanoi", None),
            date: "2024-03-05".parse().ok(),
            end_date: "2024-03-06".parse().ok(),
            date_precision: Some(DatePrecision::Day),
            location: None,
            num_articles: 2,
            num_outlets: 2,
            num_independent_outlets: 2,
            copied_outlets: vec![],
            mentions: vec![mention("a1", "ledger", 0), mention("a2", "courier", 120)],
        }
        .with_location(location)
    }
}
