//! `annals ingest`: read → code → store, in parallel over articles with one writer.
//!
//! One thread reads the inputs (files, directories, JSONL, HTML, WARC) into a bounded queue;
//! `--jobs` threads code articles; the calling thread stores them in batched transactions and
//! merges the touched events at the end. Queues are bounded, so memory does not grow with the
//! input. Articles already stored with the same text are skipped before coding, and every
//! batch is one transaction recording the event groups it touches: an ingest killed at any
//! moment and run again stores what is missing, duplicates nothing and merges everything.

use std::collections::{BTreeMap, HashSet};
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};

use annals_code::{CodedArticle, Coder};
use annals_ingest::{Article, IngestError, Input};
use annals_store::{Coded, Store, Stored};

/// Articles stored per transaction.
const BATCH: usize = 64;

enum Work {
    /// An article, or a page to extract its article from (in the coding threads).
    Input(Box<Input>),
    /// Read error or skip, passed through in order for the summary.
    Problem(IngestError),
}

enum Done {
    Coded(Box<(Article, CodedArticle)>),
    AlreadyStored,
    Problem(IngestError),
}

/// Counts for the progress line and the summary.
#[derive(Default)]
struct Tally {
    /// Seconds spent storing batches.
    store_secs: f64,
    read: usize,
    added: usize,
    replaced: usize,
    unchanged: usize,
    errors: usize,
    sentences: usize,
    mentions: usize,
    skipped: BTreeMap<&'static str, usize>,
}

pub fn ingest(db: &Path, paths: &[PathBuf], coder: Coder, jobs: usize) -> Result<ExitCode> {
    let mut store = crate::db::open(db)?;
    let known: HashSet<(String, String)> = store.stored_articles()?;
    let total_bytes: u64 = paths.iter().map(|p| input_bytes(p)).sum();
    let done_bytes = AtomicU64::new(0);
    // thread time of each stage, in nanoseconds
    let (read_ns, code_ns) = (AtomicU64::new(0), AtomicU64::new(0));
    let jobs = jobs.max(1);
    let (work_tx, work_rx) = sync_channel::<Work>(jobs * 8);
    // room for several batches: the coders keep coding while the writer stores one (with
    // room for only a few articles they stalled, and coding and storing took turns)
    let (done_tx, done_rx) = sync_channel::<Done>((jobs * 8).max(BATCH * 4));
    let work_rx = Mutex::new(work_rx);
    let mut tally = Tally::default();
    let started = Instant::now();
    let result: Result<()> = std::thread::scope(|scope| {
        // the reader
        let reader_tx = work_tx;
        let (done_bytes, read_ns, code_ns) = (&done_bytes, &read_ns, &code_ns);
        scope.spawn(move || {
            let t = Instant::now();
            read_all(paths, &reader_tx, done_bytes);
            read_ns.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
        });
        // the coders
        for _ in 0..jobs {
            let done_tx: SyncSender<Done> = done_tx.clone();
            let (work_rx, coder, known) = (&work_rx, &coder, &known);
            scope.spawn(move || code_all(work_rx, &done_tx, coder, known, code_ns));
        }
        drop(done_tx);
        // the writer: this thread
        write_all(
            store.as_mut(),
            &done_rx,
            &mut tally,
            started,
            (done_bytes, total_bytes),
        )
    });
    result?;
    let merge_started = Instant::now();
    let events = store.update_events().context("merging events")?;
    let merge_secs = merge_started.elapsed().as_secs_f64();
    if std::io::stderr().is_terminal() {
        eprint!("\r\x1b[K");
    }
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let skipped: Vec<String> = tally
        .skipped
        .iter()
        .map(|(r, n)| format!("{n} {r}"))
        .collect();
    eprintln!(
        "annals: {} articles added, {} replaced, {} unchanged, {} errors; {} new mentions; {events} events in {}",
        tally.added,
        tally.replaced,
        tally.unchanged,
        tally.errors,
        tally.mentions,
        db.display()
    );
    eprintln!(
        "annals: read {} inputs in {secs:.1} s with {jobs} coding threads: {:.0} articles/s, {:.0} sentences/s; skipped: {}",
        tally.read,
        (tally.added + tally.replaced) as f64 / secs,
        tally.sentences as f64 / secs,
        if skipped.is_empty() { "none".to_string() } else { skipped.join(", ") }
    );
    let ns = |a: &AtomicU64| a.load(Ordering::Relaxed) as f64 / 1e9;
    eprintln!(
        "annals: stages: reading {:.1} s (incl. waiting on coders), extracting and coding {:.1} s of thread time, storing {:.1} s, merging events {merge_secs:.1} s",
        ns(&read_ns),
        ns(&code_ns),
        tally.store_secs
    );
    if std::env::var_os("ANNALS_REPORT_PEAK").is_some() {
        if let Some(kib) = crate::peak_kib() {
            eprintln!(
                "annals: peak resident memory {:.0} MiB",
                kib as f64 / 1024.0
            );
        }
    }
    Ok(if tally.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Total size of the input files, for the progress estimate (0 for stdin).
fn input_bytes(p: &Path) -> u64 {
    match std::fs::metadata(p) {
        Ok(m) if m.is_dir() => std::fs::read_dir(p)
            .map(|rd| {
                rd.filter_map(|e| e.ok())
                    .map(|e| input_bytes(&e.path()))
                    .sum()
            })
            .unwrap_or(0),
        Ok(m) => m.len(),
        Err(_) => 0,
    }
}

fn read_all(paths: &[PathBuf], tx: &SyncSender<Work>, done_bytes: &AtomicU64) {
    for path in paths {
        let mut last_file: Option<String> = None;
        annals_ingest::read_inputs(path, &mut |r| {
            // progress by input file: a file's bytes count once the next file starts
            let file = match &r {
                Ok(i) => i.path().map(str::to_string),
                Err(_) => None,
            };
            if let Some(f) = file {
                let f = f.split('#').next().unwrap_or("").to_string();
                if last_file.as_ref() != Some(&f) {
                    if let Some(prev) = last_file.replace(f) {
                        let n = std::fs::metadata(&prev).map_or(0, |m| m.len());
                        done_bytes.fetch_add(n, Ordering::Relaxed);
                    }
                }
            }
            let w = match r {
                Ok(i) => Work::Input(Box::new(i)),
                Err(e) => Work::Problem(e),
            };
            let _ = tx.send(w);
        });
        if let Some(prev) = last_file {
            let n = std::fs::metadata(&prev).map_or(0, |m| m.len());
            done_bytes.fetch_add(n, Ordering::Relaxed);
        }
    }
}

fn code_all(
    rx: &Mutex<Receiver<Work>>,
    tx: &SyncSender<Done>,
    coder: &Coder,
    known: &HashSet<(String, String)>,
    code_ns: &AtomicU64,
) {
    loop {
        let next = match rx.lock() {
            Ok(r) => r.recv(),
            Err(_) => return,
        };
        let Ok(work) = next else { return };
        let done = match work {
            Work::Problem(e) => Done::Problem(e),
            Work::Input(input) => {
                let t = Instant::now();
                let a = match input.into_article() {
                    Ok(a) => a,
                    Err(e) => {
                        if tx.send(Done::Problem(e)).is_err() {
                            return;
                        }
                        continue;
                    }
                };
                if known.contains(&(a.id.clone(), annals_store::content_hash(&a))) {
                    Done::AlreadyStored
                } else {
                    let coded = coder.code_article(&a);
                    code_ns.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
                    Done::Coded(Box::new((a, coded)))
                }
            }
        };
        if tx.send(done).is_err() {
            return;
        }
    }
}

fn write_all(
    store: &mut dyn Store,
    rx: &Receiver<Done>,
    tally: &mut Tally,
    started: Instant,
    (done_bytes, total_bytes): (&AtomicU64, u64),
) -> Result<()> {
    let terminal = std::io::stderr().is_terminal();
    let mut last_report = Instant::now();
    let mut batch: Vec<(Article, CodedArticle)> = Vec::with_capacity(BATCH);
    let mut flush = |batch: &mut Vec<(Article, CodedArticle)>, tally: &mut Tally| -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let items: Vec<Coded> = batch.iter().map(|(a, c)| coded(a, c)).collect();
        let t = Instant::now();
        let outcomes = store
            .put_batch(&items)
            .with_context(|| format!("storing a batch of {} articles", items.len()))?;
        tally.store_secs += t.elapsed().as_secs_f64();
        for ((_, c), o) in batch.iter().zip(outcomes) {
            match o {
                Stored::Added => tally.added += 1,
                Stored::Replaced => tally.replaced += 1,
                Stored::Unchanged => {
                    tally.unchanged += 1;
                    continue;
                }
            }
            tally.sentences += c.sentences.len();
            tally.mentions += c.mentions.len();
        }
        batch.clear();
        Ok(())
    };
    loop {
        match rx.recv_timeout(Duration::from_millis(500)) {
            Ok(Done::Coded(b)) => {
                tally.read += 1;
                batch.push(*b);
                if batch.len() >= BATCH {
                    flush(&mut batch, tally)?;
                }
            }
            Ok(Done::AlreadyStored) => {
                tally.read += 1;
                tally.unchanged += 1;
            }
            Ok(Done::Problem(IngestError::Skipped { reason, .. })) => {
                tally.read += 1;
                *tally.skipped.entry(reason).or_default() += 1;
            }
            Ok(Done::Problem(e)) => {
                tally.errors += 1;
                if terminal {
                    eprint!("\r\x1b[K");
                }
                eprintln!("annals: {e}");
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        }
        let every = if terminal {
            Duration::from_millis(250)
        } else {
            Duration::from_secs(10)
        };
        if last_report.elapsed() >= every {
            last_report = Instant::now();
            progress(
                tally,
                started,
                done_bytes.load(Ordering::Relaxed),
                total_bytes,
                terminal,
            );
        }
    }
    flush(&mut batch, tally)
}

/// A progress report: one line rewritten in place on a terminal, a log line otherwise.
fn progress(t: &Tally, started: Instant, done: u64, total: u64, terminal: bool) {
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let eta = if total > 0 && done > 0 && done < total {
        let left = secs * (total - done) as f64 / done as f64;
        format!(", ETA {:.0} s", left)
    } else {
        String::new()
    };
    let line = format!(
        "annals: {} articles ({} stored, {} skipped), {} sentences, {} mentions; {:.0} articles/s, {:.0} sentences/s, {:.0} mentions/s{eta}",
        t.read,
        t.added + t.replaced,
        t.skipped.values().sum::<usize>() + t.unchanged,
        t.sentences,
        t.mentions,
        t.read as f64 / secs,
        t.sentences as f64 / secs,
        t.mentions as f64 / secs,
    );
    if terminal {
        eprint!("\r\x1b[K{line}");
    } else {
        eprintln!("{line}");
    }
}

/// An article and what the coder found in it, as the store takes them.
pub fn coded<'a>(article: &'a Article, c: &'a CodedArticle) -> Coded<'a> {
    Coded {
        article,
        sentences: &c.sentences,
        mentions: &c.mentions,
        claims: &c.claims,
    }
}
