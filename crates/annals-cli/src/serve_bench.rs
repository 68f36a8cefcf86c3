//! `annals bench --serve DB`: a bounded load test of `annals serve` on loopback. Client threads
//! send event queries (pages, actor and dyad filters, single events) over keep-alive
//! connections while another thread ingests generated articles into the same store; prints
//! requests per second and latency percentiles, and the ingest rate meanwhile.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _, Result};

use annals_code::Coder;
use annals_model::Article;
use annals_store::{Coded, EventFilter};

use crate::{corpus, serve};

/// Runs `clients` query threads for `seconds` against a server on `db`, with an ingest running
/// (unless `with_ingest` is false).
pub fn run(db: &Path, seconds: f64, clients: usize, with_ingest: bool) -> Result<()> {
    let store = crate::db::open(db)?;
    let [_, _, mentions, events] = store.counts().context("counting")?;
    if events == 0 {
        bail!("{} holds no events: ingest something first", db.display());
    }
    // the queries: the busiest actors and dyads, and some event ids
    let actors: Vec<String> = store
        .actors("", 40)?
        .into_iter()
        .map(|(c, _)| c.chars().take(3).collect())
        .collect();
    let sample = store.events(&EventFilter {
        limit: Some(200),
        ..Default::default()
    })?;
    let mut paths: Vec<String> = Vec::new();
    for (i, e) in sample.iter().enumerate() {
        let (a, b) = (e.source.code.country(), e.target.code.country());
        paths.push(format!("/api/events/{}", e.event_id));
        paths.push(format!("/api/events?dyad={a},{b}&limit=50"));
        paths.push(format!("/api/events?limit=50&offset={}", (i * 37) % 2000));
        if let Some(a) = actors.get(i % actors.len().max(1)) {
            paths.push(format!("/api/events?actor={a}&code=04&limit=50"));
        }
    }
    drop(store);
    println!(
        "store {}: {events} events, {mentions} mentions; {clients} clients for {seconds} s, {} distinct queries, {}",
        db.display(),
        paths.len(),
        if with_ingest { "an ingest running" } else { "no ingest" }
    );

    let (tx, rx) = std::sync::mpsc::channel();
    let cfg = serve::Config {
        db: db.to_path_buf(),
        bind: "127.0.0.1:0".parse().context("address")?,
        token: None,
        max_body: 1 << 20,
    };
    std::thread::spawn(move || {
        let _ = serve::run_with(cfg, |addr| {
            let _ = tx.send(addr);
        });
    });
    let addr: SocketAddr = rx
        .recv_timeout(Duration::from_secs(30))
        .context("the server did not start")?;

    let stop = Arc::new(AtomicBool::new(false));
    let ingested = Arc::new(AtomicUsize::new(0));
    let writer = {
        let (stop, ingested, db) = (Arc::clone(&stop), Arc::clone(&ingested), db.to_path_buf());
        std::thread::spawn(move || {
            if with_ingest {
                ingest_until(&db, &stop, &ingested)
            } else {
                Ok(0)
            }
        })
    };
    let paths = Arc::new(paths);
    let started = Instant::now();
    let deadline = started + Duration::from_secs_f64(seconds);
    let handles: Vec<_> = (0..clients)
        .map(|c| {
            let paths = Arc::clone(&paths);
            std::thread::spawn(move || client(addr, &paths, c, deadline))
        })
        .collect();
    let mut timed: Vec<(usize, Duration)> = Vec::new();
    let mut errors = 0usize;
    let mut not_found = 0usize;
    for h in handles {
        let (l, e) = h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))?;
        timed.extend(l);
        errors += e.0;
        not_found += e.1;
    }
    let mut latencies: Vec<Duration> = timed.iter().map(|t| t.1).collect();
    let elapsed = started.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    let wrote = writer
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))?;
    latencies.sort_unstable();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    println!(
        "requests {}  errors {errors}  404 {not_found}  {:.0} requests/s  latency ms: p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.2}",
        latencies.len(),
        latencies.len() as f64 / elapsed,
        pct(0.50),
        pct(0.90),
        pct(0.99),
        pct(1.0)
    );
    for (k, name) in KINDS.iter().enumerate() {
        let mut of: Vec<f64> = timed
            .iter()
            .filter(|t| t.0 == k)
            .map(|t| t.1.as_secs_f64() * 1000.0)
            .collect();
        if of.is_empty() {
            continue;
        }
        of.sort_by(f64::total_cmp);
        let at = |p: f64| of[((of.len() as f64 * p) as usize).min(of.len() - 1)];
        println!(
            "  {name:<28} {:>6} requests  mean {:.2} ms  p50 {:.2}  p99 {:.2}",
            of.len(),
            of.iter().sum::<f64>() / of.len() as f64,
            at(0.5),
            at(0.99)
        );
    }
    if !with_ingest {
        return Ok(());
    }
    println!(
        "ingest meanwhile: {wrote} articles in {elapsed:.1} s ({:.0} articles/s), stored and merged in batches of 100",
        wrote as f64 / elapsed
    );
    Ok(())
}

/// The kinds of query the load test sends, as its report names them.
const KINDS: [&str; 4] = [
    "one event (/api/events/{id})",
    "dyad page",
    "actor + code page",
    "page with offset",
];

/// Which of [`KINDS`] a path is.
fn kind(path: &str) -> usize {
    if !path.starts_with("/api/events?") {
        0
    } else if path.contains("dyad=") {
        1
    } else if path.contains("actor=") {
        2
    } else {
        3
    }
}

/// What one client saw: (kind, latency) of each answered query; errors and 404s.
type ClientReport = (Vec<(usize, Duration)>, (usize, usize));

/// Sends queries over one keep-alive connection until the deadline; (kind, latency) of each
/// answered query, and the numbers of errors and of 404s (an event a re-merge replaced).
fn client(
    addr: SocketAddr,
    paths: &[String],
    seed: usize,
    deadline: Instant,
) -> Result<ClientReport> {
    let mut out = Vec::new();
    let (mut errors, mut not_found) = (0, 0);
    let mut conn = connect(addr)?;
    let mut i = seed * 7919;
    while Instant::now() < deadline {
        i = i.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let path = &paths[(i >> 8) % paths.len()];
        let t = Instant::now();
        match request(&mut conn, addr, path) {
            Ok(200) => out.push((kind(path), t.elapsed())),
            Ok(404) => not_found += 1,
            Ok(_) => errors += 1,
            Err(_) => {
                errors += 1;
                conn = connect(addr)?;
            }
        }
    }
    Ok((out, (errors, not_found)))
}

fn connect(addr: SocketAddr) -> Result<BufReader<TcpStream>> {
    let s = TcpStream::connect(addr).with_context(|| format!("connecting to {addr}"))?;
    s.set_nodelay(true).context("nodelay")?;
    Ok(BufReader::new(s))
}

/// One GET on a keep-alive connection; the status. Reads the body by its Content-Length.
fn request(conn: &mut BufReader<TcpStream>, addr: SocketAddr, path: &str) -> Result<u16> {
    write!(
        conn.get_mut(),
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: keep-alive\r\n\r\n"
    )?;
    let mut line = String::new();
    conn.read_line(&mut line)?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .context("status line")?;
    let mut length = None;
    loop {
        line.clear();
        conn.read_line(&mut line)?;
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse::<usize>().ok();
            }
        }
    }
    let mut body = vec![0; length.context("no Content-Length")?];
    conn.read_exact(&mut body)?;
    Ok(status)
}

/// Stores and merges generated articles until told to stop; the number written.
fn ingest_until(db: &Path, stop: &AtomicBool, done: &AtomicUsize) -> Result<usize> {
    let mut store = crate::db::open(db)?;
    let coder = Coder::builtin();
    let seed = std::process::id() as u64;
    let mut i = 0;
    while !stop.load(Ordering::Relaxed) {
        let batch: Vec<Article> = (i..i + 100)
            .map(|k| {
                let a = corpus::article(seed, k).into_article();
                Article {
                    id: format!("load-{}", a.id),
                    ..a
                }
            })
            .collect();
        let coded: Vec<_> = batch.iter().map(|a| coder.code_article(a)).collect();
        let items: Vec<Coded> = batch
            .iter()
            .zip(&coded)
            .map(|(a, c)| crate::pipeline::coded(a, c))
            .collect();
        store.put_batch(&items).context("storing")?;
        store.update_events().context("merging")?;
        i += batch.len();
        done.store(i, Ordering::Relaxed);
    }
    Ok(i)
}
