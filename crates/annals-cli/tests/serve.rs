//! `annals serve` on loopback: the API answers with the store's events and their evidence,
//! refuses bad parameters with `{message, code}`, and its ingest endpoint refuses missing or
//! wrong tokens, oversize bodies and malformed articles without storing anything.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use common::*;
use serde_json::Value;

/// A server process, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(db: &std::path::Path, extra: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annals"))
        .args([
            "serve",
            "--db",
            db.to_str().unwrap(),
            "--bind",
            "127.0.0.1:0",
        ])
        .args(extra)
        .env_remove("ANNALS_TOKEN")
        .stderr(Stdio::piped())
        .spawn()
        .expect("start annals serve");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let line = lines
        .next()
        .expect("serve prints its address")
        .expect("read");
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    // keep draining stderr so the server never blocks on it
    std::thread::spawn(move || for _ in lines {});
    Server { child, addr }
}

/// One HTTP/1.1 request; returns the status and the body.
fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, Vec<u8>) {
    let mut s = TcpStream::connect(addr).expect("connect");
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    let _ = s.write_all(body);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response head");
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .expect("a status code");
    let mut body = raw[split + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    (status, body)
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = b.windows(2).position(|w| w == b"\r\n") {
        let n = usize::from_str_radix(String::from_utf8_lossy(&b[..eol]).trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + n]);
        b = &b[eol + 2 + n + 2..];
    }
    out
}

fn get(addr: &str, path: &str) -> (u16, Value) {
    let (status, body) = http(addr, "GET", path, &[], b"");
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

fn post(addr: &str, token: Option<&str>, body: &[u8]) -> (u16, Value) {
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Content-Type", "application/x-ndjson")];
    if let Some(a) = &auth {
        headers.push(("Authorization", a));
    }
    let (status, body) = http(addr, "POST", "/api/ingest", &headers, body);
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

fn sample_store(name: &str) -> std::path::PathBuf {
    fill(scratch(name).join("t.db"))
}

/// A PostgreSQL database with the samples, when a server is configured (see
/// `annals_postgres::testing`): the API's tests run on both stores.
fn sample_postgres() -> Option<std::path::PathBuf> {
    let admin = annals_postgres::testing::server()?;
    Some(fill(
        annals_postgres::testing::fresh_database(&admin).into(),
    ))
}

/// Ingests the shipped samples into `db` (a file or a PostgreSQL URL).
fn fill(db: std::path::PathBuf) -> std::path::PathBuf {
    let o = annals(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        repo().join("samples").to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    db
}

#[test]
fn the_api_serves_events_evidence_series_actors_and_search() {
    api_serves_events_evidence_series_actors_and_search(&sample_store("serve-api"));
}

#[test]
fn the_api_serves_the_same_on_postgres() {
    if let Some(db) = sample_postgres() {
        api_serves_events_evidence_series_actors_and_search(&db);
        ingest_over_http_needs_the_token_and_stores_all_or_nothing_on(&db);
    }
}

fn api_serves_events_evidence_series_actors_and_search(db: &std::path::Path) {
    let db = db.to_path_buf();
    let srv = start(&db, &[]);
    let a = srv.addr.as_str();

    let (status, page) = get(a, "/api/events?limit=3");
    assert_eq!(status, 200, "{page}");
    let events = page["events"].as_array().unwrap();
    assert_eq!(events.len(), 3);
    assert_eq!(page["next_offset"], 3);
    // the same order as the command line
    let cli = common::events(&db, &[]);
    assert_eq!(events[0]["event_id"], cli[0]["event_id"]);
    let (_, second) = get(a, "/api/events?limit=3&offset=3");
    assert_eq!(second["events"][0]["event_id"], cli[3]["event_id"]);

    // filtered to the dyad, every event is between the two
    let (_, dyad) = get(a, "/api/events?dyad=CAN,BRA&limit=500");
    let list = dyad["events"].as_array().unwrap();
    assert!(!list.is_empty());
    for e in list {
        let pair = [
            e["source"]["code"].as_str().unwrap(),
            e["target"]["code"].as_str().unwrap(),
        ];
        assert!(
            pair.iter().any(|c| c.starts_with("CAN")) && pair.iter().any(|c| c.starts_with("BRA")),
            "{e}"
        );
    }

    // one event with its mentions, and its episode's other events
    let id = cli[0]["event_id"].as_str().unwrap();
    let (status, one) = get(a, &format!("/api/events/{id}"));
    assert_eq!(status, 200);
    assert_eq!(one["event"]["event_id"], id);
    assert!(!one["event"]["mentions"].as_array().unwrap().is_empty());
    assert!(one["linked"].is_array());
    // an episode's events each link the others, as `annals episodes` lists them
    let o = common::annals(&[
        "episodes",
        "--db",
        db.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    let episode: serde_json::Value =
        serde_json::from_str(common::stdout(&o).lines().next().expect("an episode")).unwrap();
    let ids: Vec<&str> = episode["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event_id"].as_str().unwrap())
        .collect();
    assert!(ids.len() > 3, "{ids:?}");
    for id in [ids[0], ids[1], ids[ids.len() - 1]] {
        let (_, one) = get(a, &format!("/api/events/{id}"));
        let mut linked: Vec<&str> = one["linked"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["event_id"].as_str().unwrap())
            .collect();
        linked.push(id);
        linked.sort_unstable();
        let mut want = ids.clone();
        want.sort_unstable();
        assert_eq!(linked, want, "linked events of {id}");
    }
    let (status, missing) = get(a, "/api/events/no-such-event");
    assert_eq!((status, missing["code"].as_str()), (404, Some("not_found")));

    let (status, series) = get(a, "/api/dyads/CAN/BRA/series?interval=day");
    assert_eq!(status, 200);
    let points = series["series"].as_array().unwrap();
    assert!(!points.is_empty());
    let total: u64 = points.iter().map(|p| p["events"].as_u64().unwrap()).sum();
    let reported = list
        .iter()
        .filter(|e| e["status"] == "reported" && !e["date"].is_null())
        .count();
    assert_eq!(total as usize, reported);

    let (_, actors) = get(a, "/api/actors?prefix=CAN");
    let actors = actors["actors"].as_array().unwrap();
    assert!(actors
        .iter()
        .all(|x| x["code"].as_str().unwrap().starts_with("CAN")));
    assert!(!actors.is_empty());

    let (status, hits) = get(a, "/api/search?q=visit*");
    assert_eq!(status, 200);
    let hits = hits["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    assert!(hits
        .iter()
        .all(|h| h["text"].as_str().unwrap().to_lowercase().contains("visit")));

    // bad parameters: structured errors
    for path in [
        "/api/events?limit=100000",
        "/api/events?since=yesterday",
        "/api/events?dyad=RUS",
        "/api/events?status=rumoured",
        "/api/dyads/CAN/BRA/series?interval=fortnight",
        "/api/search?q=%22unbalanced",
        "/api/search",
    ] {
        let (status, err) = get(a, path);
        assert_eq!(status, 400, "{path}: {err}");
        assert_eq!(err["code"], "bad_request", "{path}");
        assert!(
            err["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{path}"
        );
    }
    let (status, err) = get(a, "/api/nothing-here");
    assert_eq!((status, err["code"].as_str()), (404, Some("not_found")));

    // the web page and the API description
    let (status, page) = http(a, "GET", "/", &[], b"");
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&page).contains("/api/events"));
    let (status, spec) = get(a, "/api/openapi.json");
    assert_eq!(status, 200);
    assert!(spec["paths"]["/api/ingest"].is_object());
}

#[test]
fn ingest_over_http_needs_the_token_and_stores_all_or_nothing() {
    ingest_over_http_needs_the_token_and_stores_all_or_nothing_on(&sample_store("serve-ingest"));
}

fn ingest_over_http_needs_the_token_and_stores_all_or_nothing_on(db: &std::path::Path) {
    let db = db.to_path_buf();
    let before = common::events(&db, &[]).len();
    let srv = start(&db, &["--token", "s3cret", "--max-body-mb", "1"]);
    let a = srv.addr.as_str();
    let good = br#"{"id":"http-1","outlet":"Harbour Post","published":"2025-06-02","text":"The Norwegian prime minister visited Chile on Monday and signed a fisheries agreement with the Chilean president."}"#;

    let (status, err) = post(a, None, good);
    assert_eq!((status, err["code"].as_str()), (401, Some("missing_token")));
    let (status, err) = post(a, Some("guess"), good);
    assert_eq!((status, err["code"].as_str()), (403, Some("wrong_token")));
    // a good line and a malformed one: refused, naming the line, nothing stored
    let mut mixed = good.to_vec();
    mixed.extend_from_slice(b"\n{\"id\":\"http-2\",\"text\": oops}\n");
    let (status, err) = post(a, Some("s3cret"), &mixed);
    assert_eq!(status, 400, "{err}");
    assert!(err["message"].as_str().unwrap().contains("body:2"), "{err}");
    let big = vec![b'x'; 2 << 20];
    let (status, err) = post(a, Some("s3cret"), &big);
    assert_eq!((status, err["code"].as_str()), (413, Some("too_large")));
    assert_eq!(
        common::events(&db, &[]).len(),
        before,
        "nothing stored by refused requests"
    );
    assert!(common::events(&db, &["--actor", "NOR"]).is_empty());

    let (status, done) = post(a, Some("s3cret"), good);
    assert_eq!(status, 200, "{done}");
    assert_eq!(done["added"], 1);
    assert!(done["mentions"].as_u64().unwrap() >= 1);
    let (_, page) = get(a, "/api/events?actor=NOR");
    assert!(!page["events"].as_array().unwrap().is_empty());
    // the same article again changes nothing
    let (_, again) = post(a, Some("s3cret"), good);
    assert_eq!(again["unchanged"], 1);
}

#[test]
fn ingest_is_disabled_without_a_token() {
    let db = sample_store("serve-notoken");
    let srv = start(&db, &[]);
    let (status, err) = post(&srv.addr, Some("anything"), b"{}");
    assert_eq!(
        (status, err["code"].as_str()),
        (403, Some("ingest_disabled"))
    );
}
