//! Whole crawls: generated corpora (annals' own templates) in JSONL, HTML and WARC, a killed
//! ingest resumed, and damaged inputs read past.

mod common;

use std::process::Command;
use std::time::Duration;

use common::*;

fn corpus(dir: &std::path::Path, name: &str, format: &str, n: usize) -> std::path::PathBuf {
    let out = dir.join(name);
    let o = annals(&[
        "corpus",
        "--articles",
        &n.to_string(),
        "--format",
        format,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    out
}

fn counts(db: &std::path::Path) -> [i64; 4] {
    annals_store::Store::counts(&annals_store::SqliteStore::open(db).unwrap()).unwrap()
}

#[test]
fn the_same_corpus_as_jsonl_html_and_warc_gives_the_same_events() {
    let dir = scratch("formats");
    let mut listed = Vec::new();
    for (name, format) in [
        ("c.jsonl", "jsonl"),
        ("html", "html"),
        ("c.warc.gz", "warc"),
    ] {
        let input = corpus(&dir, name, format, 40);
        let db = dir.join(format!("{format}.db"));
        let o = annals(&[
            "ingest",
            "--db",
            db.to_str().unwrap(),
            input.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert_eq!(counts(&db)[0], 40, "{format}: every article stored");
        // the events' codes and dyads, without ids (which name the article)
        let mut dyads: Vec<String> = events(&db, &[])
            .iter()
            .map(|e| {
                format!(
                    "{} {} {} {}",
                    e["cameo"], e["source"]["code"], e["target"]["code"], e["num_articles"]
                )
            })
            .collect();
        dyads.sort();
        listed.push((format, dyads));
    }
    assert!(listed[0].1.len() > 40);
    for (format, dyads) in &listed[1..] {
        assert_eq!(dyads, &listed[0].1, "{format} differs from jsonl");
    }
}

#[test]
fn a_killed_ingest_run_again_loses_and_duplicates_nothing() {
    let dir = scratch("kill");
    let input = corpus(&dir, "c.jsonl", "jsonl", 3000);
    // the reference: one uninterrupted run
    let clean = dir.join("clean.db");
    let o = annals(&[
        "ingest",
        "--db",
        clean.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    // killed part way (or not at all, on a fast machine: the outcome must be the same)
    let killed = dir.join("killed.db");
    for wait in [300, 700] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_annals"))
            .args([
                "ingest",
                "--db",
                killed.to_str().unwrap(),
                input.to_str().unwrap(),
            ])
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(wait));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
    }
    let o = annals(&[
        "ingest",
        "--db",
        killed.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(counts(&killed), counts(&clean));
    assert_eq!(events(&killed, &[]), events(&clean, &[]));
}

#[test]
fn a_damaged_warc_is_read_up_to_the_damage_with_file_record_and_offset() {
    let dir = scratch("damaged");
    let good = corpus(&dir, "c.warc.gz", "warc", 5);
    // decompress, cut the last record short, store plain
    let mut text = Vec::new();
    {
        use std::io::Read;
        flate2::read::MultiGzDecoder::new(std::fs::File::open(&good).unwrap())
            .read_to_end(&mut text)
            .unwrap();
    }
    text.truncate(text.len() - 300);
    let bad = dir.join("cut.warc");
    std::fs::write(&bad, &text).unwrap();
    let db = dir.join("t.db");
    let o = annals(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        bad.to_str().unwrap(),
    ]);
    let err = stderr(&o);
    assert!(!o.status.success());
    assert!(
        err.contains("cut.warc: WARC record 11 at byte") && err.contains("file ends inside"),
        "{err}"
    );
    // the four whole pages before the damage are stored
    assert_eq!(counts(&db)[0], 4);
}
