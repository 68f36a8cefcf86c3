//! The CAMEO event-code table: names, Goldstein scores, quad classes and PLOVER types.
//!
//! The table is compiled into the binary from `dict/cameo.tsv`, which `tools/gen_dicts.py`
//! generates from the CAMEO/GDELT/ICEWS/PLOVER facts (see `dict/ATTRIBUTION.md`).

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// A CAMEO event code such as `"042"` (make a visit) or `"0871"`. Always a string: the
/// leading zero is part of the code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EventCode(pub String);

impl EventCode {
    /// Builds a code, checking it is 2–4 ASCII digits.
    pub fn parse(s: &str) -> Option<EventCode> {
        let ok = (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| EventCode(s.to_string()))
    }
    /// The two-digit root (`"04"` for `"042"`).
    pub fn root(&self) -> &str {
        self.0.get(..2).unwrap_or(&self.0)
    }
    /// The three-digit base code (`"042"` for `"0421"`), or the root for a root-level code.
    pub fn base(&self) -> &str {
        self.0.get(..3).unwrap_or(&self.0)
    }
    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// Whether the root is within `lo..=hi` (`18, 20`: assaults, fights, mass violence).
    pub fn root_between(&self, lo: u8, hi: u8) -> bool {
        self.root()
            .parse::<u8>()
            .is_ok_and(|r| (lo..=hi).contains(&r))
    }
    /// GDELT's quad class from the root: 1 verbal cooperation (01–05), 2 material cooperation
    /// (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20).
    pub fn quad_class(&self) -> u8 {
        match self.root().parse::<u8>().unwrap_or(0) {
            1..=5 => 1,
            6..=9 => 2,
            10..=14 => 3,
            15..=20 => 4,
            _ => 0,
        }
    }
    /// Codes whose events have no direction (sign, negotiate, agree, cooperate…): either
    /// side may be written as the source.
    pub fn is_reciprocal(&self) -> bool {
        const PREFIXES: [&str; 11] = [
            "019", "030", "031", "040", "045", "046", "050", "052", "053", "057", "06",
        ];
        PREFIXES.iter().any(|p| self.0.starts_with(p))
    }
}

impl fmt::Display for EventCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the table says of one code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoInfo {
    /// The code's name, e.g. "Make a visit".
    pub name: String,
    /// GDELT Goldstein score (−10 … +10), where the sources give one.
    pub goldstein: Option<f64>,
    /// GDELT quad class (1–4).
    pub quad_class: u8,
    /// PLOVER event type, where CAMEO maps to one.
    pub plover: Option<String>,
    /// PLOVER mode, where given.
    pub plover_mode: Option<String>,
}

/// The full CAMEO code table.
#[derive(Debug, Clone)]
pub struct CameoTable {
    codes: HashMap<String, CameoInfo>,
}

static DEFAULT_TABLE: &str = include_str!("../../../dict/cameo.tsv");

impl CameoTable {
    /// The table compiled into annals.
    pub fn builtin() -> CameoTable {
        CameoTable::parse(DEFAULT_TABLE)
    }

    /// Parses the `code name goldstein quad_class plover plover_mode` TSV format; malformed
    /// lines are skipped (the built-in table is checked by a test).
    pub fn parse(text: &str) -> CameoTable {
        let mut codes = HashMap::new();
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let Some(code) = f.first().and_then(|c| EventCode::parse(c)) else {
                continue;
            };
            let get = |i: usize| f.get(i).map(|s| s.trim()).filter(|s| !s.is_empty());
            let info = CameoInfo {
                name: get(1).unwrap_or("").to_string(),
                goldstein: get(2).and_then(|g| g.parse().ok()),
                quad_class: get(3)
                    .and_then(|q| q.parse().ok())
                    .unwrap_or_else(|| code.quad_class()),
                plover: get(4).map(str::to_string),
                plover_mode: get(5).map(str::to_string),
            };
            codes.insert(code.0, info);
        }
        // codes newer than GDELT's Goldstein table (drone strikes 1952, cyber attacks 176)
        // take the score of the code they refine, and a 4-digit code its base's PLOVER type
        let missing: Vec<String> = codes
            .iter()
            .filter(|(_, i)| i.goldstein.is_none() || i.plover.is_none())
            .map(|(c, _)| c.clone())
            .collect();
        for c in missing {
            let Some(code) = EventCode::parse(&c) else {
                continue;
            };
            let parents = [code.base(), code.root()];
            let parents = parents.iter().filter(|p| **p != c);
            let goldstein = parents
                .clone()
                .find_map(|p| codes.get(*p).and_then(|i| i.goldstein));
            let plover = (c.len() == 4)
                .then(|| codes.get(code.base()).and_then(|i| i.plover.clone()))
                .flatten();
            if let Some(info) = codes.get_mut(&c) {
                info.goldstein = info.goldstein.or(goldstein);
                if info.plover.is_none() {
                    info.plover = plover;
                }
            }
        }
        CameoTable { codes }
    }

    /// Looks a code up; a 4-digit code missing from the table falls back to its base code.
    pub fn get(&self, code: &EventCode) -> Option<&CameoInfo> {
        self.codes
            .get(code.as_str())
            .or_else(|| self.codes.get(code.base()))
            .or_else(|| self.codes.get(code.root()))
    }

    /// Whether the table knows this exact code.
    pub fn contains(&self, code: &str) -> bool {
        self.codes.contains_key(code)
    }

    /// Number of codes in the table.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_is_complete() {
        let t = CameoTable::builtin();
        assert!(t.len() >= 300, "only {} codes", t.len());
        let visit = t.get(&EventCode("042".into())).expect("042");
        assert_eq!(visit.goldstein, Some(1.9));
        // a drone strike, newer than GDELT's scores, is scored and typed as aerial weapons
        let drone = t.get(&EventCode::parse("1952").unwrap()).unwrap();
        assert_eq!(drone.goldstein, Some(-10.0));
        assert_eq!(drone.plover.as_deref(), Some("ASSAULT"));
        assert_eq!(visit.quad_class, 1);
        assert_eq!(visit.plover.as_deref(), Some("CONSULT"));
        for root in 1..=20 {
            assert!(t.contains(&format!("{root:02}")), "root {root:02} missing");
        }
    }

    #[test]
    fn code_parts() {
        let c = EventCode::parse("0871").unwrap();
        assert_eq!(c.root(), "08");
        assert_eq!(c.base(), "087");
        assert_eq!(c.quad_class(), 2);
        assert!(EventCode::parse("42a").is_none());
        assert!(EventCode::parse("").is_none());
        assert!(EventCode("057".into()).is_reciprocal());
        assert!(!EventCode("042".into()).is_reciprocal());
    }
}
