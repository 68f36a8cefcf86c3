//! `annals bench --merge N`: the cost of merging a new article into a store as the store grows
//! to N mentions, on a chronological feed from the corpus generator (articles published day after
//! day, as a crawl delivers them). Prints, at checkpoints, the store size and the milliseconds per
//! article spent storing and merging the latest batch.

use std::time::Instant;

use anyhow::{Context as _, Result};

use annals_code::Coder;
use annals_model::Article;
use annals_store::Coded;

use crate::corpus;

/// Articles coded, stored and merged together, as `annals ingest` batches them.
const BATCH: usize = 500;
/// Articles published per day of the feed.
const PER_DAY: usize = 100;

/// Runs the benchmark up to `target` mentions in `db` (an empty database), or in a fresh
/// SQLite store in a temporary folder.
pub fn run(target: usize, db: Option<&std::path::Path>) -> Result<()> {
    if let Some(db) = db {
        return run_in(db, target);
    }
    let dir = std::env::temp_dir().join(format!("annals-merge-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let db = dir.join("bench.db");
    let result = run_in(&db, target);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn run_in(db: &std::path::Path, target: usize) -> Result<()> {
    let mut store = crate::db::open(db)?;
    if store.counts().context("counting")?[0] > 0 {
        anyhow::bail!("{}: the merge bench needs an empty store", db.display());
    }
    let coder = Coder::builtin();
    let start: annals_model::Date = "2023-01-01".parse().context("start date")?;
    let checkpoints: Vec<usize> = [
        10_000, 50_000, 100_000, 250_000, 500_000, 750_000, 1_000_000,
    ]
    .into_iter()
    .filter(|&c| c < target)
    .chain([target])
    .collect();
    let mut next = 0;
    // (mentions, merge ms/article) at each checkpoint
    let mut rows: Vec<(usize, f64)> = Vec::new();
    let (mut articles, mut mentions) = (0usize, 0usize);
    let mut days = vec![start];
    println!(
        "{} articles per batch, {PER_DAY} articles per day from {start}",
        BATCH
    );
    println!("mentions in store  articles  feed day    store ms/article  merge ms/article  merge ms/mention");
    while next < checkpoints.len() {
        while days.len() <= (articles + BATCH) / PER_DAY {
            let last = days[days.len() - 1];
            days.push(last.tomorrow().context("feed date")?);
        }
        let batch: Vec<Article> = (articles..articles + BATCH)
            .map(|i| Article {
                published: Some(days[i / PER_DAY]),
                ..corpus::article(7, i).into_article()
            })
            .collect();
        let coded = code_parallel(&coder, &batch);
        let items: Vec<Coded> = batch
            .iter()
            .zip(&coded)
            .map(|(a, c)| crate::pipeline::coded(a, c))
            .collect();
        let new_mentions: usize = coded.iter().map(|c| c.mentions.len()).sum();
        let t = Instant::now();
        store.put_batch(&items).context("storing a batch")?;
        let store_s = t.elapsed().as_secs_f64();
        let t = Instant::now();
        store.update_events().context("merging a batch")?;
        let merge_s = t.elapsed().as_secs_f64();
        articles += BATCH;
        mentions += new_mentions;
        if mentions >= checkpoints[next] {
            rows.push((mentions, 1000.0 * merge_s / BATCH as f64));
            println!(
                "{:>17}  {:>8}  {:>8}  {:>16.2}  {:>16.2}  {:>16.3}",
                mentions,
                articles,
                articles / PER_DAY,
                1000.0 * store_s / BATCH as f64,
                1000.0 * merge_s / BATCH as f64,
                1000.0 * merge_s / new_mentions.max(1) as f64,
            );
            while next < checkpoints.len() && mentions >= checkpoints[next] {
                next += 1;
            }
        }
    }
    let [a, _, m, e] = store.counts().context("counting")?;
    println!("store: {a} articles, {m} mentions, {e} events");
    // the growth once the store holds a few months of the feed (a group's merge window)
    if let (Some(&(m0, c0)), Some(&(m1, c1))) = (rows.get(2).or(rows.first()), rows.last()) {
        if m1 > m0 && c0 > 0.0 {
            println!(
                "growth from {m0} to {m1} mentions ({:.1}x): merge ms/article {c0:.2} -> {c1:.2} ({:.2}x)",
                m1 as f64 / m0 as f64,
                c1 / c0
            );
        }
    }
    Ok(())
}

/// Codes a batch on every core.
fn code_parallel(coder: &Coder, batch: &[Article]) -> Vec<annals_code::CodedArticle> {
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = batch.len().div_ceil(jobs).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = batch
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|a| coder.code_article(a))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}
