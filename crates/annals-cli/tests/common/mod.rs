//! Helpers for running the `annals` binary in integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh scratch directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("annals-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Runs `annals` with arguments; the database comes from `--db` in `args`.
pub fn annals(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_annals"))
        .args(args)
        .env_remove("ANNALS_DB")
        .output()
        .expect("run annals")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The project's shared reference folder (`../shared` beside the repository).
pub fn shared() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    assert!(
        p.join("corpus/seeds").is_dir(),
        "the shared reference folder is missing at {}: clone it beside the repository",
        p.display()
    );
    p
}

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Events printed as JSONL, parsed.
pub fn events(db: &Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["events", "--db", db.to_str().unwrap(), "--format", "jsonl"];
    args.extend_from_slice(extra);
    let o = annals(&args);
    assert!(o.status.success(), "events failed: {}", stderr(&o));
    stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("event line is JSON"))
        .collect()
}

/// `annals ingest --db DB INPUT`: the output and its standard error.
pub fn ingest(db: &Path, input: &Path) -> (Output, String) {
    let o = annals(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    let err = stderr(&o);
    (o, err)
}
