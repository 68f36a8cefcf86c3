//! `annals` on PostgreSQL: several `annals ingest` processes writing one database with
//! overlapping inputs store every article, mention and event once, and the events are those of
//! one clean run. Needs a server (see `annals_postgres::testing`); `.ci/run` starts one.

mod common;

use std::process::{Command, Stdio};

use annals_postgres::testing::{fresh_database, server};
use annals_store::Store;
use common::{annals, scratch, shared, stderr, stdout};

#[test]
fn concurrent_ingest_processes_store_everything_once() {
    let Some(admin) = server() else { return };
    let dir = scratch("pg-multi");
    let corpus = dir.join("corpus.jsonl");
    let out = annals(&[
        "corpus",
        "--articles",
        "400",
        "--seed",
        "7",
        "-o",
        corpus.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    // four overlapping slices of the feed: each article is in two or three of them
    let lines: Vec<String> = std::fs::read_to_string(&corpus)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    let seeds = shared().join("corpus/seeds");
    let mut inputs = Vec::new();
    for w in 0..4 {
        let part = dir.join(format!("part{w}.jsonl"));
        let mine: Vec<&str> = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| (i + w) % 4 != 0 || i % 3 == 0)
            .map(|(_, l)| l.as_str())
            .collect();
        std::fs::write(&part, mine.join("\n") + "\n").unwrap();
        inputs.push(part);
    }
    let shared_db = fresh_database(&admin);
    let children: Vec<_> = inputs
        .iter()
        .map(|part| {
            Command::new(env!("CARGO_BIN_EXE_annals"))
                .args(["ingest", "--jobs", "1", "--db", &shared_db])
                .arg(part)
                .arg(&seeds)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn annals ingest")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let clean_db = fresh_database(&admin);
    let out = annals(&[
        "ingest",
        "--db",
        &clean_db,
        corpus.to_str().unwrap(),
        seeds.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));

    let counts = |url: &str| {
        annals_postgres::PgStore::open(url)
            .unwrap()
            .counts()
            .unwrap()
    };
    let (many, one) = (counts(&shared_db), counts(&clean_db));
    assert_eq!(many, one, "articles, sentences, mentions, events");
    assert_eq!(one[0], 405, "400 generated articles and 5 seeds");
    let events = |url: &str| {
        let out = annals(&["events", "--db", url, "--format", "jsonl"]);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    assert_eq!(events(&shared_db), events(&clean_db));
    // the seeds' visit is at the top of the Russia–China dyad on the server too
    let out = annals(&[
        "events", "--db", &shared_db, "--dyad", "RUS,CHN", "--limit", "1", "--format", "jsonl",
    ]);
    let top: serde_json::Value =
        serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(top["cameo"], "042");
    let _ = std::fs::remove_dir_all(&dir);
}
