//! The command line's contract: bad input is reported with its place and the rest is stored;
//! re-ingesting changes nothing; filters select what INTERFACES.md says.

mod common;

use annals_store::Store;
use common::*;

#[test]
fn malformed_jsonl_line_names_file_and_line_and_the_rest_is_stored() {
    let dir = scratch("badline");
    let input = dir.join("articles.jsonl");
    std::fs::write(
        &input,
        concat!(
            "{\"id\":\"a1\",\"outlet\":\"Ledger\",\"published\":\"2025-03-04\",\"text\":\"Norway's prime minister visited Chile on Monday.\"}\n",
            "{\"id\":\"a2\",\"text\": oops}\n",
            "{\"id\":\"a3\",\"outlet\":\"Courier\",\"published\":\"2025-03-05\",\"text\":\"The Chilean president hosted the Norwegian prime minister in Santiago on Monday.\"}\n",
            "{\"id\":\"a4\",\"published\":\"someday\",\"text\":\"Text.\"}\n",
        ),
    )
    .unwrap();
    let db = dir.join("t.db");
    let (o, err) = ingest(&db, &input);
    assert!(
        !o.status.success(),
        "a bad line must make the exit status non-zero"
    );
    let path = input.display().to_string();
    assert!(err.contains(&format!("{path}:2: ")), "{err}");
    assert!(err.contains(&format!("{path}:4: ")), "{err}");
    let store = annals_store::SqliteStore::open(&db).unwrap();
    assert_eq!(
        store.counts().unwrap()[0],
        2,
        "the two good articles are stored"
    );
    // a later ingest of a bad file loses nothing already stored
    let o = annals(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        dir.join("missing.txt").to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("missing.txt"), "{}", stderr(&o));
    assert_eq!(store.counts().unwrap()[0], 2);
}

#[test]
fn reingesting_the_samples_changes_nothing() {
    let dir = scratch("reingest");
    let db = dir.join("t.db");
    let samples = repo().join("samples");
    let run = || {
        let o = annals(&[
            "ingest",
            "--db",
            db.to_str().unwrap(),
            samples.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        (
            events(&db, &[]),
            annals_store::SqliteStore::open(&db)
                .unwrap()
                .counts()
                .unwrap(),
        )
    };
    let first = run();
    assert!(!first.0.is_empty(), "the samples give events");
    assert_eq!(first, run());
}

#[test]
fn filters_select_events() {
    let dir = scratch("filters");
    let db = dir.join("t.db");
    let samples = repo().join("samples");
    let o = annals(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        samples.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let all = events(&db, &[]);
    let code = all[0]["cameo"].as_str().unwrap().to_string();
    let src = all[0]["source"]["code"].as_str().unwrap()[..3].to_string();
    let tgt = all[0]["target"]["code"].as_str().unwrap()[..3].to_string();
    for e in events(&db, &["--code", &code[..2]]) {
        assert!(e["cameo"].as_str().unwrap().starts_with(&code[..2]));
    }
    let dyad = format!("{tgt},{src}");
    let d = events(&db, &["--dyad", &dyad]);
    assert!(!d.is_empty());
    for e in &d {
        let s = e["source"]["code"].as_str().unwrap();
        let t = e["target"]["code"].as_str().unwrap();
        assert!(
            (s.starts_with(&src) && t.starts_with(&tgt))
                || (s.starts_with(&tgt) && t.starts_with(&src)),
            "{e}"
        );
    }
    for e in events(&db, &["--min-sources", "2"]) {
        assert!(e["num_outlets"].as_u64().unwrap() >= 2);
    }
    let late = events(&db, &["--since", "2030-01-01"]);
    assert!(late.is_empty(), "no sample event is after 2030: {late:?}");
    let o = annals(&[
        "events",
        "--db",
        db.to_str().unwrap(),
        "--since",
        "May 2024",
    ]);
    assert!(
        !o.status.success() && stderr(&o).contains("--since"),
        "{}",
        stderr(&o)
    );
    // every event quotes its evidence
    for e in &all {
        let ms = e["mentions"].as_array().unwrap();
        assert!(!ms.is_empty());
        for m in ms {
            let s = m["sentence"].as_str().unwrap();
            assert!(!s.is_empty());
            assert!(m["start"].as_u64().unwrap() < m["end"].as_u64().unwrap());
        }
        assert!(e["cameo"].is_string() && e["root"].is_string());
    }
}

/// A user's PETRARCH dictionary (invented people) is read by `--dict`, a malformed entry is
/// reported with file and line, the office on the date decides the code, and `dict convert`
/// writes it as annals TSV and back as PETRARCH without losing codes or dates.
#[test]
fn user_petrarch_dictionary_is_read_converted_and_used() {
    let dir = scratch("userdict");
    let petr = dir.join("mine.actors.txt");
    std::fs::write(
        &petr,
        "# invented office holders\n\
         ASTRID_VANGEN_\n\
         +VANGEN_\n\
         \t[NORGOV 200101-250101] # role: Prime Minister of Norway\n\
         \t[NORELI >250101]\n\
         BROKEN_ENTRY [NORGOV 20xx0101-]\n",
    )
    .unwrap();
    let p = petr.to_str().unwrap();
    let o = annals(&["actor", "--dict", p, "--date", "2022-06-01", "Vangen"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("code:    NORGOV"), "{out}");
    assert!(out.contains("office:  Prime Minister of Norway"), "{out}");
    assert!(
        stderr(&o).contains(&format!("{p}:6: bad date")),
        "{}",
        stderr(&o)
    );
    let o = annals(&[
        "actor",
        "--dict",
        p,
        "--date",
        "2025-06-01",
        "Astrid Vangen",
    ]);
    assert!(stdout(&o).contains("code:    NORELI"), "{}", stdout(&o));

    let o = annals(&[
        "explain",
        "--dict",
        p,
        "--date",
        "2022-06-01",
        "Vangen visited Chile on Monday.",
    ]);
    assert!(stdout(&o).contains("042 NORGOV → CHL"), "{}", stdout(&o));

    let tsv = dir.join("mine.tsv");
    let text = convert("annals", &tsv, p);
    assert!(
        text.contains("person\tNORGOV\tAstrid Vangen\tAstrid Vangen|Vangen\tPrime Minister of Norway\t2020-01-01\t2024-12-31"),
        "{text}"
    );
    let back = dir.join("back.txt");
    let text = convert("petrarch-actors", &back, tsv.to_str().unwrap());
    assert!(
        text.contains("\t[NORGOV 20200101-20250101]  # role: Prime Minister of Norway"),
        "{text}"
    );
    assert!(text.contains("\t[NORELI >20250101]"), "{text}");
}

/// Runs `annals dict convert --to FORMAT -o OUT INPUT` and returns what it wrote.
fn convert(format: &str, out: &std::path::Path, input: &str) -> String {
    let o = annals(&[
        "dict",
        "convert",
        "--to",
        format,
        "-o",
        out.to_str().unwrap(),
        input,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn exports_stream_every_event_in_each_format_and_gdelt_reads_back() {
    let dir = scratch("export");
    let db = dir.join("t.db");
    let samples = repo().join("samples");
    let o = annals(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        samples.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let stored = events(&db, &[]);
    let export = |format: &str| {
        let out = dir.join(format!("out.{format}"));
        let o = annals(&[
            "export",
            "--db",
            db.to_str().unwrap(),
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        std::fs::read_to_string(out).unwrap()
    };
    // GDELT events: one 61-field row per event, read back by annals' GDELT reader
    let text = export("gdelt-events");
    let (rows, errors) = annals_export::gdelt::read_events(&text, "out.tsv");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(rows.len(), stored.len());
    for (row, e) in rows.iter().zip(&stored) {
        assert_eq!(row.get("EventCode"), e["cameo"].as_str().unwrap());
        assert_eq!(row.get("Actor1Code"), e["source"]["code"].as_str().unwrap());
        assert_eq!(row.get("NumArticles"), e["num_articles"].to_string());
    }
    // mentions: one row per mention
    let mentions: usize = stored
        .iter()
        .map(|e| e["mentions"].as_array().unwrap().len())
        .sum();
    assert_eq!(export("gdelt-mentions").lines().count(), mentions);
    // PLOVER: JSON lines with the manual's required fields
    for line in export("plover").lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for field in ["id", "date", "actor", "event"] {
            assert!(v.get(field).is_some(), "{field} missing in {line}");
        }
    }
    // ICEWS and CSV: a header and one row per event
    assert_eq!(export("icews").lines().count(), stored.len() + 1);
    assert_eq!(export("csv").lines().count(), stored.len() + 1);
}

#[test]
fn gdelt_rows_import_as_text_less_events_beside_annals_ones() {
    let dir = scratch("import");
    let db = dir.join("t.db");
    let sample = shared().join("reference/gdelt/gdelt2_events_sample_20170701.csv");
    let o = annals(&[
        "import",
        "--db",
        db.to_str().unwrap(),
        "--format",
        "gdelt-events",
        sample.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let log = stderr(&o);
    let count = |key: &str| -> usize {
        log.split(key)
            .next()
            .unwrap()
            .split_whitespace()
            .last()
            .unwrap()
            .parse()
            .unwrap()
    };
    // every row is imported or skipped (no actor at all): none lost
    assert_eq!(
        count(" GDELT events imported") + count(" rows skipped"),
        6090,
        "{log}"
    );
    let evs = events(&db, &[]);
    assert!(!evs.is_empty());
    for e in &evs {
        for m in e["mentions"].as_array().unwrap() {
            assert!(m["article_id"].as_str().unwrap().starts_with("gdelt:"));
        }
    }
    // and the samples' own articles go in beside them
    let samples = repo().join("samples");
    let o = annals(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        samples.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(events(&db, &["--actor", "CAN"]).len() > 3);
}

/// A protest with no target, and an arrest with no agent, are stored and printed as one-sided
/// events: `null` in JSONL (INTERFACES.md), `-` in the table, empty Actor fields in GDELT's.
#[test]
fn a_protest_with_no_target_is_a_one_sided_event() {
    let dir = scratch("one_sided");
    let input = dir.join("articles.jsonl");
    std::fs::write(
        &input,
        concat!(
            "{\"id\":\"p1\",\"outlet\":\"Ledger\",\"published\":\"2025-03-04\",\"text\":\"Thousands of students demonstrated in Jakarta on Monday.\"}\n",
            "{\"id\":\"p2\",\"outlet\":\"Ledger\",\"published\":\"2025-03-04\",\"text\":\"Three protesters were arrested in Lagos on Monday.\"}\n",
        ),
    )
    .unwrap();
    let db = dir.join("t.db");
    let (o, err) = ingest(&db, &input);
    assert!(o.status.success(), "{err}");
    let evs = events(&db, &[]);
    let protest = evs
        .iter()
        .find(|e| e["root"] == "14")
        .unwrap_or_else(|| panic!("no protest in {evs:?}"));
    assert_eq!(protest["source"]["code"], "IDNEDU");
    assert!(protest["target"].is_null(), "{protest}");
    assert!(protest["mentions"][0]["target"].is_null(), "{protest}");
    // an arrest in the passive with no agent has no source
    let arrest = evs
        .iter()
        .find(|e| e["cameo"] == "173")
        .unwrap_or_else(|| panic!("no arrest in {evs:?}"));
    assert!(arrest["source"].is_null(), "{arrest}");
    assert_eq!(arrest["target"]["code"], "NGACVL");
    let table = annals(&["events", "--db", db.to_str().unwrap()]);
    assert!(
        String::from_utf8_lossy(&table.stdout).contains("IDNEDU → -"),
        "{}",
        String::from_utf8_lossy(&table.stdout)
    );
    let gdelt = annals(&[
        "export",
        "--db",
        db.to_str().unwrap(),
        "--format",
        "gdelt-events",
    ]);
    let row = String::from_utf8_lossy(&gdelt.stdout).to_string();
    let line = row.lines().find(|l| l.contains("\tIDNEDU\t")).unwrap_or("");
    let fields: Vec<&str> = line.split('\t').collect();
    // Actor1Code is GDELT's 6th column, Actor2Code its 16th
    assert_eq!(fields.get(5).copied(), Some("IDNEDU"), "{row}");
    assert_eq!(fields.get(15).copied(), Some(""), "{row}");
}
