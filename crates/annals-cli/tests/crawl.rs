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
    let (o, err) = ingest(&db, &bad);
    assert!(!o.status.success());
    assert!(
        err.contains("cut.warc: WARC record 11 at byte") && err.contains("file ends inside"),
        "{err}"
    );
    // the four whole pages before the damage are stored
    assert_eq!(counts(&db)[0], 4);
}

/// Splits a gzipped WARC into its members (each starts with a gzip header at a member end).
fn gzip_members(bytes: &[u8]) -> Vec<std::ops::Range<usize>> {
    use std::io::Read;
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let mut rest = &bytes[at..];
        let before = rest.len();
        let mut sink = Vec::new();
        flate2::bufread::GzDecoder::new(&mut rest)
            .read_to_end(&mut sink)
            .unwrap();
        let len = before - rest.len();
        out.push(at..at + len);
        at += len;
    }
    out
}

#[test]
fn a_corrupt_gzip_member_costs_only_its_own_record() {
    let dir = scratch("gzip");
    let good = corpus(&dir, "c.warc.gz", "warc", 6);
    let mut bytes = std::fs::read(&good).unwrap();
    // members: warcinfo, then a request and a response per page; spoil the third page's response
    let members = gzip_members(&bytes);
    assert_eq!(members.len(), 13);
    let spoilt = members[6].clone();
    for b in &mut bytes[spoilt.start + 20..spoilt.start + 60] {
        *b ^= 0x5a;
    }
    let bad = dir.join("spoilt.warc.gz");
    std::fs::write(&bad, &bytes).unwrap();
    let db = dir.join("t.db");
    let (o, err) = ingest(&db, &bad);
    assert!(!o.status.success());
    assert!(
        err.contains(&format!(
            "spoilt.warc.gz: WARC record 7 at byte {}: gzip member at byte {0} of the compressed file does not decompress",
            spoilt.start
        )),
        "{err}"
    );
    // the five other pages, before and after the damage, are stored
    assert_eq!(counts(&db)[0], 5);
}

#[test]
fn html_that_is_not_utf8_is_reported_and_read_as_windows_1252() {
    let dir = scratch("encoding");
    let page = dir.join("page.html");
    let mut html = b"<html><head><title>Talks on the coast</title></head><body><article>".to_vec();
    for _ in 0..4 {
        html.extend_from_slice(b"<p>The Kenyan president visited Somalia on Monday for talks with the Somali president on trade and security along the coast, officials said.</p>");
    }
    html.extend_from_slice(
        b"<p>Caf\xe9 owners called it a \x93new chapter\x94.</p></article></body></html>",
    );
    std::fs::write(&page, &html).unwrap();
    let db = dir.join("t.db");
    let (o, err) = ingest(&db, &page);
    assert!(!o.status.success(), "the encoding is reported as an error");
    let at = html.iter().position(|&b| b == 0xe9).unwrap();
    assert!(
        err.contains(&format!(
            "page.html: not UTF-8 (first bad byte at offset {at})"
        )),
        "{err}"
    );
    assert_eq!(counts(&db)[0], 1, "the page is still ingested");
    let store = annals_store::SqliteStore::open(&db).unwrap();
    let hits = annals_store::Store::search(&store, "\"new chapter\"", 5).unwrap();
    assert!(
        hits.iter()
            .any(|h| h.text.contains("Café owners called it a “new chapter”")),
        "{hits:?}"
    );
}

#[test]
fn a_50_mb_jsonl_line_is_reported_and_skipped_and_the_rest_ingested() {
    let dir = scratch("longline");
    let input = dir.join("dump.jsonl");
    let mut text = String::from("{\"id\":\"a1\",\"published\":\"2025-03-04\",\"text\":\"Norway's prime minister visited Chile on Monday.\"}\n");
    let blob = format!(
        "{{\"id\":\"blob\",\"text\":\"{}\"}}\n",
        "x".repeat(50 << 20)
    );
    text.push_str(&blob);
    text.push_str("{\"id\":\"a2\",\"published\":\"2025-03-05\",\"text\":\"The Chilean president hosted the Norwegian prime minister in Santiago.\"}\n");
    std::fs::write(&input, &text).unwrap();
    let db = dir.join("t.db");
    let (o, err) = ingest(&db, &input);
    assert!(!o.status.success());
    assert!(
        err.contains(&format!(
            "dump.jsonl:2: line of {} bytes is longer than the 8 MiB an article may have",
            blob.len()
        )),
        "{err}"
    );
    assert_eq!(counts(&db)[0], 2);
}
