//! The command line's contract: bad input is reported with its place and the rest is stored;
//! re-ingesting changes nothing; filters select what INTERFACES.md says.

mod common;

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
    let o = annals(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    let err = stderr(&o);
    assert!(
        !o.status.success(),
        "a bad line must make the exit status non-zero"
    );
    let path = input.display().to_string();
    assert!(err.contains(&format!("{path}:2: ")), "{err}");
    assert!(err.contains(&format!("{path}:4: ")), "{err}");
    let store = annals_store::Store::open(&db).unwrap();
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
            annals_store::Store::open(&db).unwrap().counts().unwrap(),
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
