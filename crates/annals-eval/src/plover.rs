//! The PLOVER gold-standard records joined to CAMEO codes
//! (`PLOVER_GSR_CAMEO.matched_cameo_codes.tsv`: `gsr_id, cameo_code_matched, …, source_codes,
//! target_codes, text`): the records whose CAMEO code is known, with their first source and
//! target (`HUN-GOV` is read `HUNGOV`).

use crate::{EvalError, GoldEvent, GoldSentence};

/// Reads the records that carry a matched CAMEO code.
pub fn read(file: &str, text: &str) -> Result<Vec<GoldSentence>, EvalError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .quoting(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| crate::codebook::format_error(file, &e))?
        .clone();
    let col = |name: &str| crate::codebook::column(&headers, name, file);
    let (id_at, code_at, src_at, tgt_at, text_at) = (
        col("gsr_id")?,
        col("cameo_code_matched")?,
        col("source_codes")?,
        col("target_codes")?,
        col("text")?,
    );
    let first_actor = |s: &str| s.split(';').next().unwrap_or("").replace('-', "");
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| crate::codebook::format_error(file, &e))?;
        let get = |i: usize| record.get(i).unwrap_or("").trim();
        let code = get(code_at);
        if code.is_empty() || get(text_at).is_empty() {
            continue;
        }
        out.push(GoldSentence {
            id: get(id_at).to_string(),
            text: get(text_at).to_string(),
            published: None,
            events: vec![GoldEvent {
                code: code.to_string(),
                source: first_actor(get(src_at)),
                target: first_actor(get(tgt_at)),
            }],
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matched_records_with_actors() {
        let text = "gsr_id\tcameo_code_matched\tmatch_count\tplover_0.5b1_event\tplover_0.8_event\tsource_codes\ttarget_codes\ttext\n\
                    G1\t030\t1\tAGREE\tAGREE\tHUN-GOV;ROU-GOV\t\tHungary and Romania agreed.\n\
                    G2\t\t0\tAGREE\tAGREE\tIGO\tJPN\tNo match.\n";
        let gold = read("gsr.tsv", text).expect("reads");
        assert_eq!(gold.len(), 1);
        assert_eq!(gold[0].events[0].source, "HUNGOV");
        assert_eq!(gold[0].events[0].target, "");
    }
}
