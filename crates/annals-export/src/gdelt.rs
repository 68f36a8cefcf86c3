//! GDELT 2.0: the 61-column Events table and the 16-column Mentions table, written as GDELT's
//! own files are (tab-separated, no header unless asked), and Events rows read back — GDELT's
//! files, or the comma-separated exports with a header that tools such as gdeltPyR write.

use std::io::Write;

use annals_model::{ActorCode, CameoTable, Event};

use crate::{numeric_id, yyyymmdd, ExportError, Fips};

/// The 61 Events columns, in order.
pub const EVENT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The 16 Mentions columns, in order.
pub const MENTION_COLUMNS: [&str; 16] = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
];

/// One GDELT 2.0 Events row: the 61 fields as text, in [`EVENT_COLUMNS`] order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GdeltEvent(pub Vec<String>);

impl Default for GdeltEvent {
    fn default() -> Self {
        GdeltEvent(vec![String::new(); EVENT_COLUMNS.len()])
    }
}

impl GdeltEvent {
    /// A field by its column name ("" for an unknown name).
    pub fn get(&self, column: &str) -> &str {
        EVENT_COLUMNS
            .iter()
            .position(|c| c.eq_ignore_ascii_case(column))
            .and_then(|i| self.0.get(i))
            .map_or("", String::as_str)
    }

    fn set(&mut self, column: &str, value: impl Into<String>) {
        if let Some(i) = EVENT_COLUMNS.iter().position(|c| *c == column) {
            self.0[i] = value.into();
        }
    }
}

/// CAMEO type (role) codes, as GDELT splits an actor code into its classes.
const TYPES: [&str; 34] = [
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
    "ELI", "LAB", "LEG", "REF", "AGR", "HLH", "HRI", "IGO", "NGO", "NGM", "MNC", "SET", "UAF",
    "RAD", "MOD", "INS", "IMG", "DEV", "ENV", "UIS", "SEP",
];

/// CAMEO religion codes.
const RELIGIONS: [&str; 22] = [
    "CHR", "CTH", "CPT", "ORT", "PRO", "MOS", "SHI", "SUN", "ALE", "DRZ", "SFI", "JEW", "BUD",
    "HIN", "SIK", "JAN", "ZRO", "BHI", "CON", "SHN", "TAO", "ATH",
];

/// An actor code split as GDELT's columns: country, known group, ethnic, religion 1 and 2,
/// types 1–3.
fn split_actor(code: &ActorCode) -> [String; 8] {
    let s = code.as_str();
    let mut out: [String; 8] = Default::default();
    let chunks: Vec<&str> = (0..s.len() / 3)
        .filter_map(|i| s.get(i * 3..i * 3 + 3))
        .collect();
    let mut rest = chunks.as_slice();
    if let Some((first, tail)) = rest.split_first() {
        if !TYPES.contains(first) && *first != "---" {
            out[0] = (*first).to_string();
            rest = tail;
        } else if *first == "---" {
            rest = tail;
        }
    }
    let (mut religions, mut types) = (0, 0);
    for c in rest {
        if TYPES.contains(c) && types < 3 {
            out[5 + types] = (*c).to_string();
            types += 1;
        } else if RELIGIONS.contains(c) && religions < 2 {
            out[3 + religions] = (*c).to_string();
            religions += 1;
        } else if out[1].is_empty() {
            out[1] = (*c).to_string(); // a known group (TAL, HMS, UNO after IGO…)
        }
    }
    out
}

/// What the Events row of an event says, given its GLOBALEVENTID.
pub fn event_row(e: &Event, table: &CameoTable, fips: &Fips) -> GdeltEvent {
    let mut r = GdeltEvent::default();
    r.set("GLOBALEVENTID", numeric_id(&e.event_id).to_string());
    if let Some(d) = e.date {
        r.set("SQLDATE", yyyymmdd(d));
        r.set("MonthYear", format!("{:04}{:02}", d.year(), d.month()));
        r.set("Year", format!("{:04}", d.year()));
        let fraction = (f64::from(d.month()) * 30.0 + f64::from(d.day())) / 365.0;
        r.set(
            "FractionDate",
            format!("{:.4}", f64::from(d.year()) + fraction.min(0.9999)),
        );
    }
    for (n, a) in [("1", &e.source), ("2", &e.target)] {
        r.set(&format!("Actor{n}Code"), a.code.as_str());
        r.set(
            &format!("Actor{n}Name"),
            a.entity.as_deref().unwrap_or(&a.name).to_uppercase(),
        );
        let [country, group, ethnic, rel1, rel2, t1, t2, t3] = split_actor(&a.code);
        r.set(&format!("Actor{n}CountryCode"), country);
        r.set(&format!("Actor{n}KnownGroupCode"), group);
        r.set(&format!("Actor{n}EthnicCode"), ethnic);
        r.set(&format!("Actor{n}Religion1Code"), rel1);
        r.set(&format!("Actor{n}Religion2Code"), rel2);
        r.set(&format!("Actor{n}Type1Code"), t1);
        r.set(&format!("Actor{n}Type2Code"), t2);
        r.set(&format!("Actor{n}Type3Code"), t3);
        // annals places the event, not the actors
        r.set(&format!("Actor{n}Geo_Type"), "0");
    }
    let first = e.mentions.first();
    r.set(
        "IsRootEvent",
        if first.is_some_and(|m| m.mention.sentence_index == 0) {
            "1"
        } else {
            "0"
        },
    );
    r.set("EventCode", e.cameo.as_str());
    r.set("EventBaseCode", e.cameo.base());
    r.set("EventRootCode", e.cameo.root());
    let info = table.get(&e.cameo);
    r.set(
        "QuadClass",
        info.map_or_else(|| e.cameo.quad_class(), |i| i.quad_class)
            .to_string(),
    );
    r.set(
        "GoldsteinScale",
        info.and_then(|i| i.goldstein)
            .map_or(String::new(), |g| format!("{g:.1}")),
    );
    r.set("NumMentions", e.mentions.len().to_string());
    r.set("NumSources", e.num_independent_outlets.to_string());
    r.set("NumArticles", e.num_articles.to_string());
    match &e.location {
        Some(l) => {
            let country_fips = fips.of(&l.country).unwrap_or("").to_string();
            let adm1 = match (l.feature.as_str(), l.adm1.as_deref()) {
                ("country", _) | (_, None) => country_fips.clone(),
                (_, Some(a)) => format!("{country_fips}{a}"),
            };
            let full = match (l.feature.as_str(), l.adm1_name.as_deref()) {
                ("country", _) => l.name.clone(),
                ("adm1", _) | (_, None) => format!("{}, {}", l.name, l.country),
                (_, Some(region)) => format!("{}, {region}, {}", l.name, l.country),
            };
            r.set("ActionGeo_Type", l.gdelt_type().to_string());
            r.set("ActionGeo_FullName", full);
            r.set("ActionGeo_CountryCode", country_fips);
            r.set("ActionGeo_Lat", format!("{:.4}", l.lat));
            r.set("ActionGeo_Long", format!("{:.4}", l.lon));
            if matches!(l.gdelt_type(), 1 | 2 | 5) {
                r.set("ActionGeo_FeatureID", adm1.clone());
            }
            r.set("ActionGeo_ADM1Code", adm1);
        }
        None => r.set("ActionGeo_Type", "0"),
    }
    let added = e
        .mentions
        .iter()
        .filter_map(|m| m.published)
        .min()
        .or(e.date);
    if let Some(d) = added {
        r.set("DATEADDED", format!("{}000000", yyyymmdd(d)));
    }
    if let Some(m) = first {
        let src = m
            .url
            .clone()
            .or_else(|| m.path.clone())
            .unwrap_or_else(|| m.mention.article_id.clone());
        r.set("SOURCEURL", src);
    }
    r
}

/// A GDELT event as an annals article (no text) and mention, so GDELT data can be stored and
/// queried beside annals' own: the article is `gdelt:<GLOBALEVENTID>` with the source URL,
/// outlet (its host) and DATEADDED day; the mention carries the codes, date and ActionGeo place.
/// Rows without both actors or with no date are not events annals can store (`Err` says why).
pub fn to_mention(
    row: &GdeltEvent,
    fips: &Fips,
) -> Result<(annals_model::Article, annals_model::Mention), &'static str> {
    use annals_model::{
        Actor, Article, DatePrecision, EventCode, Explanation, Location, Mention, Status,
    };
    let day = |s: &str| -> Option<annals_model::Date> {
        let s = s.get(..8)?;
        format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..8])
            .parse()
            .ok()
    };
    let date = day(row.get("SQLDATE")).ok_or("no SQLDATE")?;
    let actor = |n: &str| -> Option<Actor> {
        let code = row.get(&format!("Actor{n}Code")).trim().to_string();
        if code.is_empty() {
            return None;
        }
        // a code with no country ("CVL", "COP") is a role of no known country
        let country = row.get(&format!("Actor{n}CountryCode"));
        let code = if country.is_empty()
            && !["IGO", "NGO", "IMG", "MNC"]
                .iter()
                .any(|p| code.starts_with(p))
        {
            format!("---{code}")
        } else {
            code
        };
        Some(Actor {
            code: ActorCode(code),
            name: row.get(&format!("Actor{n}Name")).to_string(),
            entity: None,
            role: None,
        })
    };
    // a row with one actor is a one-sided event (a protest, an attack by no one named), as
    // annals codes them; a row with neither is no event
    let (source, target) = match (actor("1"), actor("2")) {
        (None, None) => return Err("no actor"),
        (s, t) => (s.unwrap_or_default(), t.unwrap_or_default()),
    };
    let cameo = row.get("EventCode").trim();
    if cameo.is_empty() {
        return Err("no EventCode");
    }
    let location = match row.get("ActionGeo_Type") {
        "" | "0" => None,
        t => {
            let fips_country = row.get("ActionGeo_CountryCode");
            let lat = row.get("ActionGeo_Lat").parse().ok();
            let lon = row.get("ActionGeo_Long").parse().ok();
            lat.zip(lon).map(|(lat, lon)| Location {
                name: row
                    .get("ActionGeo_FullName")
                    .split(',')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_string(),
                country: fips
                    .country_of(fips_country)
                    .unwrap_or(fips_country)
                    .to_string(),
                adm1: row
                    .get("ActionGeo_ADM1Code")
                    .get(2..)
                    .filter(|a| !a.is_empty())
                    .map(str::to_string),
                adm1_name: None,
                lat,
                lon,
                feature: match t {
                    "1" => "country",
                    "2" | "5" => "adm1",
                    _ => "city",
                }
                .to_string(),
            })
        }
    };
    let id = format!("gdelt:{}", row.get("GLOBALEVENTID"));
    let url = Some(row.get("SOURCEURL").to_string()).filter(|u| !u.is_empty());
    let outlet = Some(host(url.as_deref())).filter(|h| !h.is_empty());
    let article = Article {
        id: id.clone(),
        path: None,
        url,
        outlet,
        published: day(row.get("DATEADDED")),
        title: None,
        text: String::new(),
    };
    let mention = Mention {
        article_id: id,
        sentence_index: 0,
        start: 0,
        end: 0,
        sentence: String::new(),
        cameo: EventCode(cameo.to_string()),
        source,
        target,
        status: Status::Reported,
        date: Some(date),
        end_date: None,
        date_precision: Some(DatePrecision::Day),
        location,
        explanation: Explanation {
            rule: format!(
                "imported from GDELT 2.0 (GLOBALEVENTID {})",
                row.get("GLOBALEVENTID")
            ),
            verb: String::new(),
            roles: String::new(),
            modality: None,
            paired: false,
        },
        background: false,
    };
    Ok((article, mention))
}

/// Writes an event's Events row, tab-separated (tabs and newlines inside fields become spaces).
pub fn write_event(out: &mut impl Write, row: &GdeltEvent) -> std::io::Result<()> {
    let fields: Vec<String> = row.0.iter().map(|f| clean(f)).collect();
    writeln!(out, "{}", fields.join("\t"))
}

/// Writes the Mentions rows of an event (one per mention).
pub fn write_mentions(out: &mut impl Write, e: &Event) -> std::io::Result<()> {
    let id = numeric_id(&e.event_id);
    let event_time = e
        .date
        .map_or(String::new(), |d| format!("{}000000", yyyymmdd(d)));
    for m in &e.mentions {
        let source = m.outlet.clone().unwrap_or_else(|| host(m.url.as_deref()));
        let identifier = m
            .url
            .clone()
            .or_else(|| m.path.clone())
            .unwrap_or_else(|| m.mention.article_id.clone());
        let fields = [
            id.to_string(),
            event_time.clone(),
            m.published
                .map_or(String::new(), |d| format!("{}000000", yyyymmdd(d))),
            "1".into(), // WEB
            source,
            identifier,
            (m.mention.sentence_index + 1).to_string(),
            "-1".into(),
            "-1".into(),
            m.mention.start.to_string(),
            "1".into(),
            // a mention coded as the paired side of another (the hosting of a visit) is
            // less sure than one the text states
            if m.mention.explanation.paired {
                "50"
            } else {
                "100"
            }
            .into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ];
        let fields: Vec<String> = fields.iter().map(|f| clean(f)).collect();
        writeln!(out, "{}", fields.join("\t"))?;
    }
    Ok(())
}

fn host(url: Option<&str>) -> String {
    url.and_then(|u| u.split("://").nth(1))
        .and_then(|r| r.split('/').next())
        .unwrap_or("")
        .to_string()
}

fn clean(f: &str) -> String {
    f.replace(['\t', '\n', '\r'], " ")
}

/// Reads GDELT 2.0 Events rows: GDELT's tab-separated files (61 columns, no header) or a
/// comma- or tab-separated file with a header row naming the columns (extra columns, such as
/// gdeltPyR's `CAMEOCodeDescription`, are ignored). A malformed row is an error naming the file
/// and line; the rows before it are returned with it.
pub fn read_events(text: &str, path: &str) -> (Vec<GdeltEvent>, Vec<ExportError>) {
    let first = text.lines().next().unwrap_or("");
    let has_header = first
        .split([',', '\t'])
        .next()
        .is_some_and(|c| c.trim().eq_ignore_ascii_case("GLOBALEVENTID"));
    let delimiter = if first.contains('\t') { b'\t' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(has_header)
        .flexible(true)
        .quoting(delimiter == b',')
        .from_reader(text.as_bytes());
    // where each of our columns sits in the file
    let positions: Vec<Option<usize>> = if has_header {
        let header: Vec<String> = reader
            .headers()
            .map(|h| h.iter().map(|s| s.trim().to_ascii_lowercase()).collect())
            .unwrap_or_default();
        EVENT_COLUMNS
            .iter()
            .map(|c| header.iter().position(|h| *h == c.to_ascii_lowercase()))
            .collect()
    } else {
        (0..EVENT_COLUMNS.len()).map(Some).collect()
    };
    let (mut rows, mut errors) = (Vec::new(), Vec::new());
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(ExportError::BadRow {
                    path: path.into(),
                    line: e.position().map_or(0, |p| p.line()),
                    message: e.to_string(),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if !has_header && record.len() < EVENT_COLUMNS.len() {
            errors.push(ExportError::BadRow {
                path: path.into(),
                line,
                message: format!("{} fields, GDELT 2.0 events have 61", record.len()),
            });
            continue;
        }
        let mut row = GdeltEvent::default();
        for (i, p) in positions.iter().enumerate() {
            if let Some(v) = p.and_then(|p| record.get(p)) {
                row.0[i] = v.to_string();
            }
        }
        if row.get("GLOBALEVENTID").parse::<u64>().is_err() {
            errors.push(ExportError::BadRow {
                path: path.into(),
                line,
                message: format!(
                    "GLOBALEVENTID {:?} is not a number",
                    row.get("GLOBALEVENTID")
                ),
            });
            continue;
        }
        rows.push(row);
    }
    (rows, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::visit;

    #[test]
    fn an_event_becomes_a_gdelt_row() {
        let e = visit();
        let r = event_row(&e, &CameoTable::builtin(), &Fips::builtin());
        assert_eq!(r.0.len(), 61);
        assert_eq!(r.get("SQLDATE"), "20240305");
        assert_eq!(r.get("MonthYear"), "202403");
        assert_eq!(r.get("FractionDate"), "2024.2603");
        assert_eq!(r.get("Actor1Code"), "CHLGOV");
        assert_eq!(r.get("Actor1Name"), "GABRIEL BORIC");
        assert_eq!(r.get("Actor1CountryCode"), "CHL");
        assert_eq!(r.get("Actor1Type1Code"), "GOV");
        assert_eq!(r.get("Actor2CountryCode"), "VNM");
        assert_eq!(r.get("EventCode"), "042");
        assert_eq!(r.get("EventBaseCode"), "042");
        assert_eq!(r.get("EventRootCode"), "04");
        assert_eq!(r.get("QuadClass"), "1");
        assert_eq!(r.get("GoldsteinScale"), "1.9");
        assert_eq!(r.get("NumMentions"), "2");
        assert_eq!(r.get("NumSources"), "2");
        assert_eq!(r.get("ActionGeo_Type"), "4");
        assert_eq!(r.get("ActionGeo_CountryCode"), "VM");
        assert_eq!(r.get("ActionGeo_ADM1Code"), "VM44");
        assert_eq!(r.get("ActionGeo_FullName"), "Hanoi, Hanoi, VNM");
        assert_eq!(r.get("DATEADDED"), "20240306000000");
        assert_eq!(r.get("SOURCEURL"), "https://ledger.example/a1");
    }

    #[test]
    fn actor_codes_split_into_gdelt_classes() {
        let split = |c: &str| split_actor(&ActorCode(c.into()));
        assert_eq!(split("AFGREBTAL")[0], "AFG");
        assert_eq!(split("AFGREBTAL")[1], "TAL");
        assert_eq!(split("AFGREBTAL")[5], "REB");
        assert_eq!(split("IGOUNO")[5], "IGO");
        assert_eq!(split("IGOUNO")[1], "UNO");
        assert_eq!(split("IRQSHI")[3], "SHI");
        assert_eq!(split("---COP")[0], "");
        assert_eq!(split("---COP")[5], "COP");
    }

    #[test]
    fn written_rows_read_back_field_for_field() {
        let e = visit();
        let row = event_row(&e, &CameoTable::builtin(), &Fips::builtin());
        let mut buf = Vec::new();
        write_event(&mut buf, &row).unwrap();
        write_event(&mut buf, &row).unwrap();
        let (back, errors) = read_events(std::str::from_utf8(&buf).unwrap(), "out.tsv");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(back, vec![row.clone(), row]);
    }

    #[test]
    fn mentions_rows_have_sixteen_fields() {
        let mut buf = Vec::new();
        write_mentions(&mut buf, &visit()).unwrap();
        let text = String::from_utf8(buf).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        for l in &lines {
            assert_eq!(l.split('\t').count(), 16);
        }
        assert!(
            lines[1].contains("\tcourier\thttps://courier.example/a2\t1\t-1\t-1\t120\t1\t100\t")
        );
    }

    #[test]
    fn a_gdelt_row_becomes_a_text_less_mention() {
        let row = event_row(&visit(), &CameoTable::builtin(), &Fips::builtin());
        let (article, m) = to_mention(&row, &Fips::builtin()).unwrap();
        assert!(article.id.starts_with("gdelt:"));
        assert_eq!(article.url.as_deref(), Some("https://ledger.example/a1"));
        assert_eq!(article.outlet.as_deref(), Some("ledger.example"));
        assert_eq!(m.cameo.as_str(), "042");
        assert_eq!(m.source.code.as_str(), "CHLGOV");
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2024-03-05"));
        let l = m.location.unwrap();
        assert_eq!((l.country.as_str(), l.adm1.as_deref()), ("VNM", Some("44")));
        let mut no_target = row.clone();
        no_target.set("Actor2Code", "");
        let (_, one_sided) = to_mention(&no_target, &Fips::builtin()).unwrap();
        assert!(one_sided.target.is_absent());
        let mut no_source = row.clone();
        no_source.set("Actor1Code", "");
        let (_, unnamed) = to_mention(&no_source, &Fips::builtin()).unwrap();
        assert!(unnamed.source.is_absent() && !unnamed.target.is_absent());
        no_source.set("Actor2Code", "");
        assert_eq!(
            to_mention(&no_source, &Fips::builtin()).unwrap_err(),
            "no actor"
        );
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let text = "1\t20240305\n";
        let (rows, errors) = read_events(text, "x.tsv");
        assert!(rows.is_empty());
        assert!(
            errors[0].to_string().starts_with("x.tsv:1: 2 fields"),
            "{}",
            errors[0]
        );
    }
}
