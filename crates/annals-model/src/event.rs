//! Articles, sentences, actors, mentions and merged events.

use std::fmt;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::EventCode;

/// One news article as annals stores it: the original text and what is known about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier: the input's `id`, else its URL, else the file path, else a content hash.
    pub id: String,
    /// The file it was read from, when read from a file.
    pub path: Option<String>,
    pub url: Option<String>,
    /// The outlet (publisher), from metadata or detected in the text.
    pub outlet: Option<String>,
    /// Publication date, from metadata or detected in the text; `None` when unknown (never "today").
    pub published: Option<Date>,
    pub title: Option<String>,
    /// The text as received; every offset annals reports is a byte offset into it.
    pub text: String,
}

/// A sentence of article prose, with byte offsets into [`Article::text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A CAMEO actor code: ISO-3 country (or `IGO…`) followed by role codes, e.g. `RUSGOV`, `CHN`,
/// `IGOUNO`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActorCode(pub String);

impl ActorCode {
    /// The country (or `IGO`) part: the first three letters.
    pub fn country(&self) -> &str {
        self.0.get(..3).unwrap_or(&self.0)
    }
    /// The role part after the country, e.g. `GOV` for `RUSGOV` (empty for a bare country).
    pub fn role(&self) -> &str {
        self.0.get(3..).unwrap_or("")
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the actor is the state's side of a conflict inside its country: a bare country,
    /// or its government, military, police, courts, legislature or intelligence — not rebels,
    /// insurgents, the opposition, a paramilitary or pseudo-state, nor civilians or any other
    /// group.
    pub fn is_state_side(&self) -> bool {
        let first = self.role().get(..3).unwrap_or(self.role());
        let state_role =
            first.is_empty() || ["GOV", "MIL", "COP", "JUD", "LEG", "SPY"].contains(&first);
        state_role
            && !["REB", "INS", "OPP", "PRM", "PRE"]
                .iter()
                .any(|r| self.has_role(r))
    }

    /// Whether one of the code's three-letter roles is `role` (`CHNGOVMED` has `MED`).
    pub fn has_role(&self, role: &str) -> bool {
        let rest = self.role();
        (0..rest.len() / 3).any(|i| rest.get(i * 3..i * 3 + 3) == Some(role))
    }

    /// The code as PLOVER/POLECAT reads an actor: `(country, sector)`. The country is the ISO-3
    /// part, with NGEC's conventions for the rest: `UNO` for the United Nations and its organs,
    /// `EUR` for the European Union's institutions, `XKX` for Kosovo, `IGO` for other
    /// intergovernmental organisations (the World Bank among them), empty for `---`, `IMG`,
    /// `NGO`, `MNC`. The sector is PLOVER's entity marker when the code carries one (`PRE`,
    /// `PRM`: "the Transnistrian government" is `MDAPREGOV` → `PRE`), else the first role
    /// in PLOVER's names (`IGOUNOJUDICJ` → `JUD`, CAMEO's media `MED` → `JRN`, health `HLH` →
    /// `MED`), a government's legislature or courts (`GOVLEG` → `LEG`) before its executive,
    /// else `REL` for a religion code; empty when the code has no role.
    pub fn plover(&self) -> (&str, &str) {
        let country = match self.country() {
            "---" | "IMG" | "NGO" | "MNC" | "UIS" => "",
            "KSV" => "XKX",
            // the World Bank, a Bretton Woods institution, is no UN organ for PLOVER
            "IGO" if self.0.get(3..6) == Some("UNO") && !self.0.ends_with("WBK") => "UNO",
            "IGO" if self.0.get(3..6) == Some("EUR") => "EUR",
            c => c,
        };
        let rest = self.role();
        let roles = || (0..rest.len() / 3).filter_map(|i| rest.get(i * 3..i * 3 + 3));
        // a non-governmental organisation (CAMEO's `NGO` in the country slot) is PLOVER's NGO
        // sector, whatever its field (`NGOHLHIRC`, the Red Cross)
        let ngo = (self.country() == "NGO").then_some("NGO");
        let sector = roles()
            .find(|r| PLOVER_ONLY_SECTORS.contains(r))
            .or(ngo)
            .or_else(|| {
                let first = roles().position(|r| PLOVER_SECTORS.contains(&r))?;
                let r = roles().nth(first)?;
                // the government's legislature or courts (`ISRGOVLEG`, the Knesset) are
                // PLOVER's LEG and JUD: its GOV is the executive only
                let branch = (r == "GOV")
                    .then(|| {
                        roles()
                            .skip(first + 1)
                            .find(|r| matches!(*r, "LEG" | "JUD"))
                    })
                    .flatten();
                Some(branch.unwrap_or(r))
            })
            .map(plover_sector)
            .or_else(|| roles().any(|r| RELIGIONS.contains(&r)).then_some("REL"))
            .unwrap_or("");
        (country, sector)
    }
}

/// A CAMEO role as PLOVER names the sector: CAMEO's media (`MED`) is PLOVER's `JRN`, and
/// CAMEO's health (`HLH`) is PLOVER's `MED` (PLOVER manual, sector note 4). PLOVER has no
/// sector for human rights or the environment: rights groups are `NGO` and environmental
/// groups civil society, `SOC`, as in NGEC's PLOVER agent dictionary.
fn plover_sector(r: &str) -> &str {
    match r {
        "MED" => "JRN",
        "HLH" => "MED",
        "HRI" => "NGO",
        "ENV" => "SOC",
        r => r,
    }
}

/// PLOVER sectors that mark the entity itself and win over any other role in the code:
/// partially recognised entities and paramilitaries (written after a CAMEO role: `MILPRM`).
const PLOVER_ONLY_SECTORS: [&str; 2] = ["PRE", "PRM"];

/// CAMEO religion codes (manual 1.1b3), read by PLOVER as the `REL` sector.
const RELIGIONS: [&str; 22] = [
    "REL", "MOS", "SHI", "SUN", "ALE", "SFI", "CHR", "CTH", "DOX", "PRO", "CPT", "JEW", "UDX",
    "HIN", "BUD", "SIK", "DRZ", "JAN", "BAH", "ZRO", "TAO", "CON",
];

/// CAMEO role codes that are PLOVER sectors.
const PLOVER_SECTORS: [&str; 25] = [
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
    "LEG", "ELI", "HLH", "HRI", "LAB", "REF", "AGR", "ENV", "NGO", "REL", "UAF", "UNK",
];

impl fmt::Display for ActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An actor as found in a sentence: its code, the words that named it, and who it resolved to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub code: ActorCode,
    /// The name as written in the sentence ("the Russian leader", "Moscow").
    pub name: String,
    /// The resolved entity ("Vladimir Putin", "Russia"), when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub entity: Option<String>,
    /// The office the person held on the event's date ("Defence Minister of Russia"), when
    /// the dictionary knows it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<String>,
}

impl Actor {
    /// Whether this is no actor at all: the default, empty actor stands for the missing target
    /// of a one-sided event (protesters who demonstrated, workers who struck), written as
    /// `null` in JSON and as empty fields in GDELT's columns.
    pub fn is_absent(&self) -> bool {
        self.code.0.is_empty()
    }
}

/// Days since 1970-01-01 of a (proleptic Gregorian) date: H. Hinnant's `days_from_civil`.
/// Cheap day arithmetic for merging and Arrow's `date32`.
///
/// ```
/// let d: annals_model::Date = "2024-03-05".parse().unwrap();
/// assert_eq!(annals_model::day_number(d), 19_787);
/// ```
pub fn day_number(d: Date) -> i64 {
    let (y, m, dd) = (
        i64::from(d.year()),
        i64::from(d.month()),
        i64::from(d.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + dd - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// What the text says of an event: whether it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Reported as having happened or happening.
    Reported,
    /// Announced, scheduled or intended ("will visit", "plans to sign").
    Planned,
    /// Expected or predicted by others ("are expected to sign").
    Expected,
    /// Conditional or possible ("could attack", "if … would").
    Hypothetical,
    /// Said not to have happened ("did not attack").
    Negated,
    /// Claimed by others and not confirmed ("allegedly attacked", "accused of attacking").
    Alleged,
    /// Claimed by others and denied ("denied attacking", "denies that its forces attacked").
    Denied,
}

impl Status {
    /// The status as written in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Reported => "reported",
            Status::Planned => "planned",
            Status::Expected => "expected",
            Status::Hypothetical => "hypothetical",
            Status::Negated => "negated",
            Status::Alleged => "alleged",
            Status::Denied => "denied",
        }
    }
    /// Parses [`Status::as_str`] back.
    pub fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "reported" => Status::Reported,
            "planned" => Status::Planned,
            "expected" => Status::Expected,
            "hypothetical" => Status::Hypothetical,
            "negated" => Status::Negated,
            "alleged" => Status::Alleged,
            "denied" => Status::Denied,
            _ => return None,
        })
    }
    /// Whether the text says the event took place: reported, or alleged by others (a claim
    /// that it took place, which the output keeps apart by its status).
    pub fn happened(self) -> bool {
        matches!(self, Status::Reported | Status::Alleged)
    }
}

/// How precisely an event's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Day,
    Month,
    Year,
    /// No date in the sentence: the article's publication day stands in.
    Article,
}

impl DatePrecision {
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Article => "article",
        }
    }
    /// Writes a date to this precision, as ISO 8601 does: `2023-03-01` at month precision is
    /// `2023-03`, at year precision `2023`; a day (or the article's day) stays `YYYY-MM-DD`.
    ///
    /// ```
    /// use annals_model::DatePrecision;
    /// let d: jiff::civil::Date = "2023-03-01".parse().unwrap();
    /// assert_eq!(DatePrecision::Month.write(d), "2023-03");
    /// assert_eq!(DatePrecision::Day.write(d), "2023-03-01");
    /// ```
    pub fn write(self, d: Date) -> String {
        match self {
            DatePrecision::Day | DatePrecision::Article => d.to_string(),
            DatePrecision::Month => format!("{:04}-{:02}", d.year(), d.month()),
            DatePrecision::Year => format!("{:04}", d.year()),
        }
    }

    /// [`DatePrecision::write`] for an optional date and precision (none: a full day).
    pub fn write_opt(precision: Option<DatePrecision>, d: Option<Date>) -> Option<String> {
        d.map(|d| precision.unwrap_or(DatePrecision::Day).write(d))
    }
    pub fn parse(s: &str) -> Option<DatePrecision> {
        Some(match s {
            "day" => DatePrecision::Day,
            "month" => DatePrecision::Month,
            "year" => DatePrecision::Year,
            "article" => DatePrecision::Article,
            _ => return None,
        })
    }
}

/// A geocoded place, like GDELT's ActionGeo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    /// CAMEO/ISO-3 country code.
    pub country: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub adm1: Option<String>,
    /// The first-level region's name, where the gazetteer knows it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub adm1_name: Option<String>,
    pub lat: f64,
    pub lon: f64,
    /// `country`, `capital`, `city` or `adm1` (a first-level region).
    pub feature: String,
}

impl Location {
    /// GDELT's geographic resolution (`ActionGeo_Type`): 1 country, 2 US state, 3 US city,
    /// 4 world city, 5 world state (first-level region).
    pub fn gdelt_type(&self) -> u8 {
        match (self.feature.as_str(), self.country == "USA") {
            ("country", _) => 1,
            ("adm1", true) => 2,
            ("adm1", false) => 5,
            (_, true) => 3,
            _ => 4,
        }
    }

    /// How precisely the place pins the event down: `country`, `region` or `city`.
    pub fn precision(&self) -> &'static str {
        match self.feature.as_str() {
            "country" => "country",
            "adm1" => "region",
            _ => "city",
        }
    }
}

/// Why a mention was coded as it was: the dictionary entry and the words it matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    /// The dictionary entry, e.g. `042 V pay visit`.
    pub rule: String,
    /// The words of the sentence that matched the verb pattern.
    pub verb: String,
    /// Why the source and target were chosen (subject, object, passive agent, …).
    pub roles: String,
    /// Words that set the status, if any ("would", "expected to").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub modality: Option<String>,
    /// Whether the mention is the paired side of another code in the same sentence (the 043
    /// hosting implied by a 042 visit), not stated in its own words.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub paired: bool,
}

/// One coded event as one sentence of one article states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub article_id: String,
    pub sentence_index: usize,
    /// Byte offsets of the sentence in the article text.
    pub start: usize,
    pub end: usize,
    pub sentence: String,
    pub cameo: EventCode,
    pub source: Actor,
    pub target: Actor,
    pub status: Status,
    pub date: Option<Date>,
    pub end_date: Option<Date>,
    pub date_precision: Option<DatePrecision>,
    pub location: Option<Location>,
    pub explanation: Explanation,
    /// Whether the sentence recalls the event as background (an earlier event dated well
    /// before publication, or in a "when …" clause) rather than reporting it as news.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub background: bool,
}

/// A real-world event: all mentions of the same happening, merged across sentences and articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub event_id: String,
    pub cameo: EventCode,
    pub status: Status,
    pub source: Actor,
    pub target: Actor,
    pub date: Option<Date>,
    pub end_date: Option<Date>,
    pub date_precision: Option<DatePrecision>,
    pub location: Option<Location>,
    pub num_articles: usize,
    pub num_outlets: usize,
    /// Outlets less those that only copy another's text (syndication, reprints).
    #[serde(default)]
    pub num_independent_outlets: usize,
    /// Outlets (lower-cased) whose sentences about the event repeat an earlier outlet's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub copied_outlets: Vec<String>,
    pub mentions: Vec<MentionRef>,
}

impl Event {
    /// The event without its mentions: what a store keeps beside the mention rows it points
    /// to, rather than a second copy of each mention.
    pub fn head(&self) -> Event {
        Event {
            event_id: self.event_id.clone(),
            cameo: self.cameo.clone(),
            status: self.status,
            source: self.source.clone(),
            target: self.target.clone(),
            date: self.date,
            end_date: self.end_date,
            date_precision: self.date_precision,
            location: self.location.clone(),
            num_articles: self.num_articles,
            num_outlets: self.num_outlets,
            num_independent_outlets: self.num_independent_outlets,
            copied_outlets: self.copied_outlets.clone(),
            mentions: Vec::new(),
        }
    }
}

/// A mention as listed under its event, with the article's provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRef {
    pub mention: Mention,
    pub path: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<Date>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_read_three_letters_at_a_time() {
        assert!(ActorCode("CHNGOVMED".into()).has_role("MED"));
        assert!(ActorCode("CHNGOVMED".into()).has_role("GOV"));
        assert!(!ActorCode("CHNGOVMED".into()).has_role("OVM"));
        assert!(!ActorCode("MED".into()).has_role("MED"));
    }

    #[test]
    fn plover_reading_of_cameo_codes() {
        let p = |c: &str| {
            let code = ActorCode(c.into());
            let (a, b) = code.plover();
            (a.to_string(), b.to_string())
        };
        let cases = [
            ("RUSGOV", ("RUS", "GOV")),
            ("CHN", ("CHN", "")),
            ("IGOUNOJUDICJ", ("UNO", "JUD")),
            ("IGOUNOHLHWHO", ("UNO", "MED")),
            ("ISRGOVLEG", ("ISR", "LEG")),
            ("USAGOVJUD", ("USA", "JUD")),
            ("RUSGOVMIL", ("RUS", "GOV")),
            ("NGO", ("", "NGO")),
            ("KENHRI", ("KEN", "NGO")),
            ("---ENV", ("", "SOC")),
            ("IGOEUREECLEG", ("EUR", "LEG")),
            ("IGOWSTNAT", ("IGO", "")),
            ("KSVGOV", ("XKX", "GOV")),
            ("MDAPREGOV", ("MDA", "PRE")),
            ("COLMILPRM", ("COL", "PRM")),
            ("FRAMOS", ("FRA", "REL")),
            ("NGAREBUAF", ("NGA", "REB")),
            ("---UNK", ("", "UNK")),
            ("IGOUNODEVWBK", ("IGO", "")),
            ("USAMED", ("USA", "JRN")),
            ("---COP", ("", "COP")),
            ("LBNREBHEZ", ("LBN", "REB")),
            ("IMGREBALQ", ("", "REB")),
            ("NGOHLHIRC", ("", "NGO")),
        ];
        for (code, (c, s)) in cases {
            assert_eq!(p(code), (c.to_string(), s.to_string()), "{code}");
        }
    }
}

/// A figure an article gives: an amount of money, a percentage or a count, what it measures,
/// who gives it and which pair of countries it concerns ("bilateral trade grew to $240 billion,
/// according to Chinese statistics"). Outlets that give different figures for the same measure
/// are set side by side by the merge stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub article_id: String,
    pub sentence_index: usize,
    /// Byte offsets of the figure in the article text.
    pub start: usize,
    pub end: usize,
    pub sentence: String,
    /// What is measured, in a fixed vocabulary: `trade`, `documents`, `deaths`, …
    pub measure: String,
    /// The figure as written ("$240 billion", "about a dozen").
    pub text: String,
    pub value: f64,
    /// `USD`, `EUR`, `percent`, `count`, …
    pub unit: String,
    /// "about", "almost", "more than", "a dozen": not an exact figure.
    pub approximate: bool,
    /// A change ("grew by 25 percent"), not a level.
    pub change: bool,
    /// Reported, or expected ("are expected to be signed").
    pub status: Status,
    /// Who gives the figure: "Chinese statistics", "Putin".
    pub attributed_to: Option<String>,
    /// The two countries concerned (sorted), or the one, or none.
    pub countries: Vec<String>,
}

/// A claim with its article's provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRef {
    pub claim: Claim,
    pub path: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<Date>,
}
