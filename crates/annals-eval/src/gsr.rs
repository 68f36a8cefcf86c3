//! PETRARCH‑2 validation records (`PETR2_GSR_validation.xml`, `PETR.UnitTest.records.xml`).
//!
//! A record is a `<Sentence date="YYYYMMDD" id="…">` element followed by its
//! `<EventCoding eventcode=… sourcecode=… targetcode=…/>` lines (or `noevents="True"`) and a
//! `<Text>…</Text>` block; parse trees and comments are ignored. The files are line-oriented
//! XML, read here without an XML library: one element per line, attributes in double quotes.

use annals_model::Date;

use crate::{EvalError, GoldEvent, GoldSentence};

/// Reads the records of a PETRARCH validation file. Records marked `evaluate="false"` and
/// records without text are left out; a record whose date cannot be read keeps no date.
pub fn read(file: &str, text: &str) -> Result<Vec<GoldSentence>, EvalError> {
    let mut out = Vec::new();
    let mut current: Option<(GoldSentence, bool)> = None;
    let mut in_text = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if in_text {
            if let Some(before) = line.strip_suffix("</Text>") {
                in_text = false;
                push_text(&mut current, before);
            } else {
                push_text(&mut current, line);
            }
            continue;
        }
        if line.starts_with("<Sentence ") || line == "<Sentence>" {
            finish(&mut out, current.take());
            let id = attr(line, "id").unwrap_or_default();
            let published = attr(line, "date").and_then(|d| yyyymmdd(&d));
            let evaluate = attr(line, "evaluate").is_none_or(|e| !e.eq_ignore_ascii_case("false"));
            current = Some((
                GoldSentence {
                    id,
                    text: String::new(),
                    published,
                    events: Vec::new(),
                },
                evaluate,
            ));
        } else if line.starts_with("<EventCoding") {
            let Some((s, _)) = current.as_mut() else {
                return Err(EvalError::Format {
                    file: file.to_string(),
                    line: i + 1,
                    message: "an <EventCoding> outside a <Sentence>".into(),
                });
            };
            if attr(line, "noevents").is_some() {
                continue;
            }
            if attr(line, "error").is_some() {
                // a record PETRARCH rejects before coding (a dateline, a bad parse): not scored
                if let Some((_, evaluate)) = current.as_mut() {
                    *evaluate = false;
                }
                continue;
            }
            match attr(line, "eventcode") {
                Some(code) => s.events.push(GoldEvent {
                    code,
                    source: attr(line, "sourcecode").unwrap_or_default(),
                    target: attr(line, "targetcode").unwrap_or_default(),
                }),
                None => {
                    return Err(EvalError::Format {
                        file: file.to_string(),
                        line: i + 1,
                        message: "an <EventCoding> without eventcode or noevents".into(),
                    })
                }
            }
        } else if let Some(rest) = line.strip_prefix("<Text>") {
            match rest.strip_suffix("</Text>") {
                Some(t) => push_text(&mut current, t),
                None => {
                    in_text = true;
                    push_text(&mut current, rest);
                }
            }
        }
    }
    finish(&mut out, current.take());
    Ok(out)
}

fn push_text(current: &mut Option<(GoldSentence, bool)>, part: &str) {
    if let Some((s, _)) = current.as_mut() {
        let part = part.trim();
        if part.is_empty() {
            return;
        }
        if !s.text.is_empty() {
            s.text.push(' ');
        }
        s.text.push_str(part);
    }
}

fn finish(out: &mut Vec<GoldSentence>, record: Option<(GoldSentence, bool)>) {
    if let Some((s, true)) = record {
        if !s.text.is_empty() {
            out.push(s);
        }
    }
}

/// The value of `name="…"` in an element line.
fn attr(line: &str, name: &str) -> Option<String> {
    // `noevents = "True"` occurs too
    let line = &line.replace(" =", "=").replace("= ", "=");
    for quote in ['"', '\''] {
        let key = format!("{name}={quote}");
        let mut from = 0;
        // the attribute name must start a word ("id" is not the end of "sid")
        while let Some(at) = line[from..].find(&key).map(|a| a + from) {
            if at == 0 || line[..at].ends_with(char::is_whitespace) {
                let start = at + key.len();
                let end = start + line[start..].find(quote)?;
                return Some(line[start..end].trim_matches('"').to_string());
            }
            from = at + key.len();
        }
    }
    None
}

fn yyyymmdd(s: &str) -> Option<Date> {
    if s.len() != 8 || !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let y = s[..4].parse().ok()?;
    let m = s[4..6].parse().ok()?;
    let d = s[6..].parse().ok()?;
    Date::new(y, m, d).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_with_codings_and_text() {
        let xml = r#"<Validation>
<Sentences>
<Sentence category="T" date="20080804" id="T_1" evaluate="true">
<EventCoding eventcode="042" sourcecode="NOR" targetcode="CHLGOV" />
<EventCoding eventcode="043" sourcecode="CHLGOV" targetcode="NOR" />
<Text>
Norway's envoy went to Chile
on Monday.
</Text>
<Parse>
1	Norway	Norway	PROPN
</Parse>
</Sentence>
<Sentence date="20080805" id="T_2" evaluate="false">
<EventCoding noevents="True" />
<Text>Skipped.</Text>
</Sentence>
<Sentence date="2008" id="T_3">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
</Sentences>"#;
        let records = read("gsr.xml", xml).expect("reads");
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].id, "T_1");
        assert_eq!(records[0].text, "Norway's envoy went to Chile on Monday.");
        assert_eq!(records[0].published, "2008-08-04".parse().ok());
        assert_eq!(records[0].events.len(), 2);
        assert_eq!(records[0].events[1].source, "CHLGOV");
        assert_eq!(records[1].events, vec![]);
        assert_eq!(records[1].published, None);
    }

    #[test]
    fn a_coding_outside_a_record_names_the_line() {
        let err =
            read("g.xml", "<Sentences>\n<EventCoding eventcode=\"01\" />\n").expect_err("an error");
        assert!(err.to_string().starts_with("g.xml:2: "), "{err}");
    }
}
