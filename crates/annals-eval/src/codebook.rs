//! The CAMEO codebook's example sentences (`cameo_eventtypes_icews_plus_codebook.csv`:
//! `name, code, goldstein, description, usage_notes, example`), one gold event per example with
//! its code and no actors.

use crate::{EvalError, GoldEvent, GoldSentence};

/// Reads the examples; rows whose example is empty or `NULL` are left out.
pub fn read(file: &str, text: &str) -> Result<Vec<GoldSentence>, EvalError> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format_error(file, &e))?
        .clone();
    let col = |name: &str| column(&headers, name, file);
    let (code_at, example_at) = (col("code")?, col("example")?);
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format_error(file, &e))?;
        let code = record.get(code_at).unwrap_or("").trim();
        let example = record.get(example_at).unwrap_or("").trim();
        if code.is_empty() || example.is_empty() || example == "NULL" {
            continue;
        }
        out.push(GoldSentence {
            id: format!("codebook-{code}"),
            text: example.to_string(),
            published: None,
            events: vec![GoldEvent {
                code: code.to_string(),
                source: String::new(),
                target: String::new(),
            }],
        });
    }
    Ok(out)
}

/// The index of a header, or an error naming the file.
pub(crate) fn column(
    headers: &csv::StringRecord,
    name: &str,
    file: &str,
) -> Result<usize, EvalError> {
    headers
        .iter()
        .position(|h| h == name)
        .ok_or_else(|| EvalError::Format {
            file: file.to_string(),
            line: 1,
            message: format!("no {name:?} column"),
        })
}

pub(crate) fn format_error(file: &str, e: &csv::Error) -> EvalError {
    EvalError::Format {
        file: file.to_string(),
        line: e.position().map_or(0, |p| p.line() as usize),
        message: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_become_gold_sentences() {
        let text = "name,code,goldstein,description,usage_notes,example\n\
                    Make statement,010,0,x,y,\"Norway said, on Monday, it was ready.\"\n\
                    Appeal,02,3,x,y,NULL\n";
        let gold = read("codebook.csv", text).expect("reads");
        assert_eq!(gold.len(), 1);
        assert_eq!(gold[0].text, "Norway said, on Monday, it was ready.");
        assert_eq!(gold[0].events[0].code, "010");
    }
}
