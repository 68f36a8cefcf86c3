//! The PostgreSQL store: the same [`Store`] contract as the SQLite file, for a team whose ingest
//! workers on many machines write one database and whose analysts query it over HTTP.
//!
//! - A pooled async client (`deadpool-postgres` over `tokio-postgres`) driven by a small
//!   runtime of the store's own, behind the synchronous [`Store`] trait the CLI and the server
//!   use; stores opened on the same URL share one pool.
//! - Versioned migrations ([`MIGRATIONS`]), applied once under an advisory lock.
//! - Bulk loads: an article's sentences, mentions and claims go in by binary `COPY`.
//! - Full-text search over the evidence sentences with a generated `tsvector` column and a GIN
//!   index; queries are annals' query language ([`annals_store::query`]) written as tsquery.
//! - Many writers: an article is inserted with `ON CONFLICT DO NOTHING` (a second writer of the
//!   same article waits for the first and finds it stored), merge groups wait in an
//!   append-only queue, and each group is re-merged under its own transaction-scoped advisory
//!   lock, so concurrent merges of a group run one after the other and the last one sees every
//!   committed mention. Deadlocks and serialization failures are retried.
//!
//! Merging a group reads, as the SQLite store does, only the days around the change
//! ([`annals_merge::Restart`]); the events are the same as the SQLite store's for the same
//! articles.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::pin::pin;
use std::sync::{Arc, Mutex, OnceLock};

use annals_model::{ClaimRef, Event, Mention, MentionRef};
use annals_store::{
    content_hash, filter_sql, group_text, query::parse_query, Coded, Dialect, EventFilter,
    EventPlace, EventRow, SentenceHit, Store, StoreError, Stored, EVENT_ROW_COLUMNS,
};
use deadpool_postgres::{GenericClient, Manager, ManagerConfig, Pool, RecyclingMethod};
use futures_util::StreamExt;
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::NoTls;

/// A PostgreSQL error, with what was being done.
#[derive(Debug, thiserror::Error)]
pub enum PgError {
    #[error("postgres URL {url}: {message}")]
    Url { url: String, message: String },
    #[error("postgres {url}: {source}")]
    Connect {
        url: String,
        #[source]
        source: deadpool_postgres::PoolError,
    },
    #[error("postgres: {0}")]
    Sql(#[from] tokio_postgres::Error),
    #[error("postgres pool: {0}")]
    Pool(#[from] deadpool_postgres::PoolError),
    #[error("postgres: stored record is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("postgres database has schema version {found}; this annals knows up to {known}")]
    Version { found: i32, known: i32 },
    #[error("postgres: starting the client runtime: {0}")]
    Runtime(std::io::Error),
}

impl From<PgError> for StoreError {
    fn from(e: PgError) -> StoreError {
        StoreError::Backend(e.to_string())
    }
}

/// Whether `db` names a PostgreSQL database rather than a SQLite file.
pub fn is_postgres_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// The schema, one migration per version; a database records the versions applied.
pub const MIGRATIONS: &[(i32, &str)] = &[
    (
        1,
        r#"
CREATE TABLE articles (
    id TEXT COLLATE "C" PRIMARY KEY, path TEXT, url TEXT, outlet TEXT, published TEXT,
    title TEXT, text TEXT NOT NULL, content_hash TEXT NOT NULL,
    ingested_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE sentences (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL, start_offset BIGINT NOT NULL, end_offset BIGINT NOT NULL,
    text TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    PRIMARY KEY (article_id, idx));
CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);
CREATE TABLE mentions (
    id BIGSERIAL PRIMARY KEY,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL, cameo TEXT COLLATE "C" NOT NULL,
    source_code TEXT COLLATE "C" NOT NULL, target_code TEXT COLLATE "C" NOT NULL,
    status TEXT NOT NULL, group_key TEXT COLLATE "C" NOT NULL, body TEXT NOT NULL);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_group ON mentions(group_key);
CREATE TABLE claims (
    id BIGSERIAL PRIMARY KEY,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    measure TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX claims_article ON claims(article_id);
CREATE TABLE events (
    event_id TEXT COLLATE "C" PRIMARY KEY, cameo TEXT COLLATE "C" NOT NULL,
    status TEXT NOT NULL, source_code TEXT COLLATE "C" NOT NULL,
    target_code TEXT COLLATE "C" NOT NULL, date TEXT COLLATE "C", end_date TEXT COLLATE "C",
    num_articles INTEGER NOT NULL, num_outlets INTEGER NOT NULL, body TEXT NOT NULL,
    group_key TEXT COLLATE "C" NOT NULL, rank_key TEXT COLLATE "C" NOT NULL,
    place TEXT, country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    src3 TEXT COLLATE "C", tgt3 TEXT COLLATE "C", precision TEXT);
CREATE INDEX events_group ON events(group_key);
CREATE INDEX events_pair ON events(src3, tgt3, rank_key);
CREATE INDEX events_rank_key ON events(rank_key);
CREATE TABLE event_mentions (
    event_id TEXT COLLATE "C" NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    mention_id BIGINT NOT NULL, PRIMARY KEY (event_id, mention_id));
CREATE TABLE pending_groups (id BIGSERIAL PRIMARY KEY, group_key TEXT COLLATE "C" NOT NULL);
CREATE INDEX pending_groups_key ON pending_groups(group_key, id);
"#,
    ),
    (
        2,
        r#"
CREATE INDEX events_src ON events(src3, rank_key, cameo);
CREATE INDEX events_tgt ON events(tgt3, rank_key, cameo);
CREATE INDEX events_pair_date ON events(src3, tgt3, date);
"#,
    ),
    (
        3,
        // the days a mention and an event stand on, so a merge reads only the days around a
        // change; mentions and events from before stay NULL until their group is merged whole
        r#"
ALTER TABLE mentions ADD COLUMN span_kind SMALLINT, ADD COLUMN span_lo INTEGER,
    ADD COLUMN span_hi INTEGER;
CREATE INDEX mentions_span ON mentions(group_key, span_kind, span_lo);
ALTER TABLE events ADD COLUMN span_lo INTEGER, ADD COLUMN span_hi INTEGER;
CREATE INDEX events_span ON events(group_key, span_lo);
ALTER TABLE pending_groups ADD COLUMN lo INTEGER, ADD COLUMN hi INTEGER,
    ADD COLUMN apart BOOLEAN NOT NULL DEFAULT true, ADD COLUMN wide BOOLEAN NOT NULL DEFAULT true;
"#,
    ),
    (
        4,
        // the number of events, kept by each merge transaction (a count would read them all)
        r#"
CREATE TABLE event_count (id INTEGER PRIMARY KEY CHECK (id = 1), n BIGINT NOT NULL);
INSERT INTO event_count SELECT 1, COUNT(*) FROM events;
"#,
    ),
    (
        5,
        // a side the text does not name is keyed by the event's place (`@Kabul`, as
        // `annals_merge::group_key`), and events that are only words lost their weight in the
        // ranking: mentions are re-keyed, and every event re-merged by the next merge
        r#"
UPDATE mentions SET group_key =
  split_part(group_key, '|', 1) || '|' ||
  CASE WHEN source_code = '' AND (body::json -> 'location' ->> 'name') IS NOT NULL
       THEN '@' || (body::json -> 'location' ->> 'name') ELSE split_part(group_key, '|', 2) END
  || '|' ||
  CASE WHEN target_code = '' AND (body::json -> 'location' ->> 'name') IS NOT NULL
       THEN '@' || (body::json -> 'location' ->> 'name') ELSE split_part(group_key, '|', 3) END
  || '|' || split_part(group_key, '|', 4)
WHERE source_code = '' OR target_code = '';
DELETE FROM events;
UPDATE event_count SET n = 0;
INSERT INTO pending_groups(group_key, apart, wide)
  SELECT DISTINCT group_key, true, true FROM mentions ORDER BY group_key;
"#,
    ),
    (
        6,
        // the two sides of a dyad inside one country are keyed by whether each is the state
        // (`annals_merge::state_side`): the mentions of such dyads are re-keyed from their
        // bodies by `rekey_domestic` after this step, and every event re-merged
        r#"
DELETE FROM events;
UPDATE event_count SET n = 0;
"#,
    ),
];

/// Migrations followed, in their transaction, by [`rekey_domestic`].
const REKEY_DOMESTIC_MIGRATIONS: [i32; 1] = [6];

/// Re-keys the mentions whose two sides share a country with [`annals_merge::group_key`] and
/// queues every group for merging.
async fn rekey_domestic(tx: &deadpool_postgres::Transaction<'_>) -> Result<(), PgError> {
    let rows = tx
        .query(
            "SELECT id, body FROM mentions WHERE source_code <> '' AND target_code <> ''
               AND left(source_code, 3) = left(target_code, 3)",
            &[],
        )
        .await?;
    let update = tx
        .prepare("UPDATE mentions SET group_key = $1 WHERE id = $2")
        .await?;
    for row in rows {
        let id: i64 = row.get(0);
        let body: String = row.get(1);
        // a body this build cannot read keeps its key (it is merged as before)
        if let Ok(m) = serde_json::from_str::<Mention>(&body) {
            tx.execute(&update, &[&group_of(&m), &id]).await?;
        }
    }
    tx.batch_execute(
        "INSERT INTO pending_groups(group_key, apart, wide)
           SELECT DISTINCT group_key, true, true FROM mentions ORDER BY group_key;",
    )
    .await?;
    Ok(())
}

/// `mentions.span_kind`: an [`annals_merge::Span`] kind.
const SPAN_DAYS: i16 = 0;
const SPAN_APART: i16 = 1;
const SPAN_WIDE: i16 = 2;

/// A mention's span as its columns: kind, first and last day.
fn span_columns(m: &Mention) -> (i16, Option<i32>, Option<i32>) {
    match annals_merge::span(m) {
        annals_merge::Span::Days(a, b) => (SPAN_DAYS, Some(a as i32), Some(b as i32)),
        annals_merge::Span::Apart => (SPAN_APART, None, None),
        annals_merge::Span::Wide => (SPAN_WIDE, None, None),
    }
}

/// The groups a batch touched: the days their mentions stand on, and whether any is
/// year-dated or wide.
#[derive(Default)]
struct Pending(HashMap<String, Touched>);

/// Of one group: (first day, last day), any year-dated, any wide.
type Touched = (Option<(i32, i32)>, bool, bool);

impl Pending {
    fn note(&mut self, key: String, (kind, lo, hi): (i16, Option<i32>, Option<i32>)) {
        let slot = self.0.entry(key).or_insert((None, false, false));
        if let (Some(lo), Some(hi)) = (lo, hi) {
            slot.0 = Some(slot.0.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
        }
        slot.1 |= kind == SPAN_APART;
        slot.2 |= kind == SPAN_WIDE;
    }

    /// Queues the groups, in key order.
    async fn write(self, tx: &deadpool_postgres::Transaction<'_>) -> Result<(), PgError> {
        let mut rows: Vec<_> = self.0.into_iter().collect();
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        let keys: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        let lo: Vec<Option<i32>> = rows.iter().map(|r| r.1 .0.map(|d| d.0)).collect();
        let hi: Vec<Option<i32>> = rows.iter().map(|r| r.1 .0.map(|d| d.1)).collect();
        let apart: Vec<bool> = rows.iter().map(|r| r.1 .1).collect();
        let wide: Vec<bool> = rows.iter().map(|r| r.1 .2).collect();
        tx.execute(
            "INSERT INTO pending_groups(group_key, lo, hi, apart, wide)
             SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::bool[], $5::bool[])",
            &[&keys, &lo, &hi, &apart, &wide],
        )
        .await?;
        Ok(())
    }
}

/// The advisory lock migrations run under (any constant the application owns).
const MIGRATION_LOCK: i64 = 0x616e_6e61_6c73;

/// How many merge groups one merge transaction takes.
const GROUPS_PER_MERGE: i64 = 64;

/// How often a transaction is retried after a deadlock or a serialization failure.
const RETRIES: usize = 8;

struct Shared {
    runtime: tokio::runtime::Runtime,
    pool: Pool,
}

/// Pools by URL: stores opened on one URL share a pool and a runtime. Never dropped, so no
/// runtime is dropped inside another one.
fn pools() -> &'static Mutex<HashMap<String, Arc<Shared>>> {
    static POOLS: OnceLock<Mutex<HashMap<String, Arc<Shared>>>> = OnceLock::new();
    POOLS.get_or_init(Default::default)
}

/// A store on a PostgreSQL database.
pub struct PgStore {
    shared: Arc<Shared>,
}

impl PgStore {
    /// Opens the database at `url` (`postgres://user@host:port/db`), applying any migration it
    /// lacks.
    pub fn open(url: &str) -> Result<PgStore, StoreError> {
        let mut known = pools().lock().unwrap_or_else(|p| p.into_inner());
        if let Some(shared) = known.get(url) {
            return Ok(PgStore {
                shared: Arc::clone(shared),
            });
        }
        let shown = redact(url);
        let config: tokio_postgres::Config = url.parse().map_err(|e| PgError::Url {
            url: shown.clone(),
            message: format!("{e}"),
        })?;
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(16)
            .build()
            .map_err(|e| PgError::Url {
                url: shown.clone(),
                message: e.to_string(),
            })?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("annals-postgres")
            .enable_all()
            .build()
            .map_err(PgError::Runtime)?;
        let shared = Arc::new(Shared { runtime, pool });
        let store = PgStore {
            shared: Arc::clone(&shared),
        };
        let applied = store.block(async {
            let mut client = shared.pool.get().await.map_err(|source| PgError::Connect {
                url: shown.clone(),
                source,
            })?;
            migrate(&mut client).await
        })?;
        known.insert(url.to_string(), shared);
        drop(known);
        let mut store = store;
        // a migration that re-keys the mentions leaves every event to re-merge: done now, so
        // the first listing after an upgrade is complete
        if applied.iter().any(|v| REMERGE_MIGRATIONS.contains(v)) {
            store.update_events()?;
        }
        Ok(store)
    }

    fn block<T>(&self, f: impl Future<Output = Result<T, PgError>>) -> Result<T, StoreError> {
        self.shared.runtime.block_on(f).map_err(StoreError::from)
    }

    async fn client(&self) -> Result<deadpool_postgres::Object, PgError> {
        Ok(self.shared.pool.get().await?)
    }
}

/// The URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.find(':') {
                Some(c) => format!("{}{}:***{}", &url[..s + 3], &creds[..c], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// Migrations after which every event is re-merged.
const REMERGE_MIGRATIONS: [i32; 2] = [5, 6];

/// Applies the migrations the database lacks; returns the versions applied.
async fn migrate(client: &mut deadpool_postgres::Object) -> Result<Vec<i32>, PgError> {
    client
        .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
        .await?;
    let out = async {
        client
            .batch_execute(
                "CREATE TABLE IF NOT EXISTS annals_migrations (
                    version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
            )
            .await?;
        let applied: HashSet<i32> = client
            .query("SELECT version FROM annals_migrations", &[])
            .await?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let known = MIGRATIONS.iter().map(|m| m.0).max().unwrap_or(0);
        if let Some(&found) = applied.iter().max().filter(|v| **v > known) {
            return Err(PgError::Version { found, known });
        }
        let mut done = Vec::new();
        for (version, sql) in MIGRATIONS {
            if applied.contains(version) {
                continue;
            }
            done.push(*version);
            let tx = client.transaction().await?;
            tx.batch_execute(sql).await?;
            if REKEY_DOMESTIC_MIGRATIONS.contains(version) {
                rekey_domestic(&tx).await?;
            }
            tx.execute(
                "INSERT INTO annals_migrations(version) VALUES ($1)",
                &[version],
            )
            .await?;
            tx.commit().await?;
        }
        Ok(done)
    }
    .await;
    client
        .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK])
        .await?;
    out
}

/// Whether an error is a deadlock or a serialization failure, worth running again.
fn retryable(e: &PgError) -> bool {
    match e {
        PgError::Sql(e) => matches!(
            e.code(),
            Some(c) if *c == SqlState::T_R_DEADLOCK_DETECTED || *c == SqlState::T_R_SERIALIZATION_FAILURE
        ),
        _ => false,
    }
}

/// A mention's group key, as stored.
fn group_of(m: &Mention) -> String {
    group_text(&annals_merge::group_key(m))
}

async fn put_batch_once(
    client: &mut deadpool_postgres::Object,
    batch: &[Coded<'_>],
) -> Result<Vec<Stored>, PgError> {
    let tx = client.transaction().await?;
    // articles in id order (a stable sort keeps repeats in batch order), so writers of
    // overlapping batches wait for each other in one order
    let mut order: Vec<usize> = (0..batch.len()).collect();
    order.sort_by(|&a, &b| batch[a].article.id.cmp(&batch[b].article.id));
    let insert = tx
        .prepare_cached(
            "INSERT INTO articles(id, path, url, outlet, published, title, text, content_hash)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (id) DO NOTHING",
        )
        .await?;
    let hash_of = tx
        .prepare_cached("SELECT content_hash FROM articles WHERE id = $1 FOR UPDATE")
        .await?;
    let mut out = vec![Stored::Unchanged; batch.len()];
    let mut pending = Pending::default();
    for &i in &order {
        let c = &batch[i];
        let a = c.article;
        let hash = content_hash(a);
        let published = a.published.map(|d| d.to_string());
        let args: [&(dyn ToSql + Sync); 8] = [
            &a.id, &a.path, &a.url, &a.outlet, &published, &a.title, &a.text, &hash,
        ];
        if tx.execute(&insert, &args).await? == 1 {
            out[i] = Stored::Added;
            continue;
        }
        let old: String = tx.query_one(&hash_of, &[&a.id]).await?.get(0);
        if old == hash {
            continue;
        }
        // the old mentions' groups are re-merged without them; sentences, mentions and
        // claims go with the article
        for r in tx
            .query(
                "SELECT group_key, span_kind, span_lo, span_hi FROM mentions WHERE article_id = $1",
                &[&a.id],
            )
            .await?
        {
            // a mention from before spans were stored: its group is merged whole
            let kind: Option<i16> = r.get(1);
            pending.note(r.get(0), (kind.unwrap_or(SPAN_WIDE), r.get(2), r.get(3)));
        }
        tx.execute("DELETE FROM articles WHERE id = $1", &[&a.id])
            .await?;
        tx.execute(&insert, &args).await?;
        out[i] = Stored::Replaced;
    }
    let stored: Vec<&Coded> = order
        .iter()
        .filter(|&&i| out[i] != Stored::Unchanged)
        .map(|&i| &batch[i])
        .collect();
    // a repeated article is stored once: its last copy in the batch
    let mut seen = HashSet::new();
    let stored: Vec<&Coded> = stored
        .into_iter()
        .rev()
        .filter(|c| seen.insert(c.article.id.as_str()))
        .collect();
    copy_rows(&tx, &stored, &mut pending).await?;
    pending.write(&tx).await?;
    tx.commit().await?;
    Ok(out)
}

/// Loads the sentences, mentions and claims of newly stored articles by binary COPY, and
/// notes the mentions' groups.
async fn copy_rows(
    tx: &deadpool_postgres::Transaction<'_>,
    stored: &[&Coded<'_>],
    pending: &mut Pending,
) -> Result<(), PgError> {
    let sink = tx
        .copy_in(
            "COPY sentences (article_id, idx, start_offset, end_offset, text) FROM STDIN BINARY",
        )
        .await?;
    let mut w = pin!(BinaryCopyInWriter::new(
        sink,
        &[Type::TEXT, Type::INT4, Type::INT8, Type::INT8, Type::TEXT],
    ));
    for c in stored {
        for s in c.sentences {
            let (idx, start, end) = (s.index as i32, s.start as i64, s.end as i64);
            w.as_mut()
                .write(&[&c.article.id, &idx, &start, &end, &s.text])
                .await?;
        }
    }
    w.finish().await?;
    let sink = tx
        .copy_in("COPY mentions (article_id, sentence_index, cameo, source_code, target_code, status, group_key, body, span_kind, span_lo, span_hi) FROM STDIN BINARY")
        .await?;
    let mut w = pin!(BinaryCopyInWriter::new(
        sink,
        &[
            Type::TEXT,
            Type::INT4,
            Type::TEXT,
            Type::TEXT,
            Type::TEXT,
            Type::TEXT,
            Type::TEXT,
            Type::TEXT,
            Type::INT2,
            Type::INT4,
            Type::INT4
        ],
    ));
    for c in stored {
        for m in c.mentions {
            let key = group_of(m);
            let span = span_columns(m);
            let body = serde_json::to_string(m)?;
            let index = m.sentence_index as i32;
            w.as_mut()
                .write(&[
                    &c.article.id,
                    &index,
                    &m.cameo.as_str(),
                    &m.source.code.as_str(),
                    &m.target.code.as_str(),
                    &m.status.as_str(),
                    &key,
                    &body,
                    &span.0,
                    &span.1,
                    &span.2,
                ])
                .await?;
            pending.note(key, span);
        }
    }
    w.finish().await?;
    let sink = tx
        .copy_in("COPY claims (article_id, measure, body) FROM STDIN BINARY")
        .await?;
    let mut w = pin!(BinaryCopyInWriter::new(
        sink,
        &[Type::TEXT, Type::TEXT, Type::TEXT]
    ));
    for c in stored {
        for k in c.claims {
            let body = serde_json::to_string(k)?;
            w.as_mut()
                .write(&[&c.article.id, &k.measure, &body])
                .await?;
        }
    }
    w.finish().await?;
    Ok(())
}

/// A stored mention with its row id, as clustering reads it.
struct Row {
    id: i64,
    r: MentionRef,
}

impl annals_merge::Dated for Row {
    fn date(&self) -> Option<annals_model::Date> {
        self.r.date()
    }
    fn end_date(&self) -> Option<annals_model::Date> {
        self.r.end_date()
    }
    fn precision(&self) -> Option<annals_model::DatePrecision> {
        self.r.precision()
    }
    fn article_id(&self) -> &str {
        self.r.article_id()
    }
    fn offset(&self) -> usize {
        self.r.offset()
    }
    fn cameo(&self) -> &str {
        annals_merge::Dated::cameo(&self.r)
    }
    fn published(&self) -> Option<annals_model::Date> {
        self.r.published
    }
}

/// A group waiting to be merged: the days its new (or removed) mentions stand on, whether
/// some are year-dated or wide, and the last queue row read.
struct Waiting {
    key: String,
    upto: i64,
    days: Option<(i64, i64)>,
    apart: bool,
    wide: bool,
}

/// The columns [`row`] reads, from `mentions m JOIN articles a`.
const ROW: &str = "m.id, m.body, a.path, a.url, a.outlet, a.published, m.span_kind";

fn row(r: &tokio_postgres::Row) -> Result<Row, PgError> {
    Ok(Row {
        id: r.get(0),
        r: MentionRef {
            mention: serde_json::from_str(r.get::<_, &str>(1))?,
            path: r.get(2),
            url: r.get(3),
            outlet: r.get(4),
            published: r.get::<_, Option<String>>(5).and_then(|p| p.parse().ok()),
        },
    })
}

/// The stored events of a group a filter on `e` selects, each with its mentions' row ids.
async fn stored_events<C: GenericClient>(
    tx: &C,
    filter: &str,
    args: &[&(dyn ToSql + Sync)],
) -> Result<HashMap<String, Vec<i64>>, PgError> {
    let mut stored: HashMap<String, Vec<i64>> = HashMap::new();
    let sql = format!(
        "SELECT e.event_id, em.mention_id FROM events e
         LEFT JOIN event_mentions em ON em.event_id = e.event_id WHERE e.group_key = $1 AND {filter}"
    );
    for r in tx.query(&sql, args).await? {
        let ids = stored.entry(r.get(0)).or_default();
        ids.extend(r.get::<_, Option<i64>>(1));
    }
    Ok(stored)
}

/// Re-merges a waiting group: whole when it holds a wide mention or one from before spans
/// were stored, else the days around its change and its year-dated mentions.
async fn remerge<C: GenericClient>(tx: &C, w: &Waiting) -> Result<i64, PgError> {
    let key = w.key.as_str();
    let wide = w.wide
        || tx
            .query_opt(
                "SELECT 1 FROM mentions WHERE group_key = $1 AND (span_kind IS NULL OR span_kind = $2) LIMIT 1",
                &[&key, &SPAN_WIDE],
            )
            .await?
            .is_some();
    if wide {
        return remerge_whole(tx, key).await;
    }
    let mut delta = 0;
    if let Some((lo, hi)) = w.days {
        delta += remerge_days(tx, key, lo, hi).await?;
    }
    if w.apart {
        let mut rows = Vec::new();
        for r in tx
            .query(
                &format!("SELECT {ROW} FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.group_key = $1 AND m.span_kind = $2"),
                &[&key, &SPAN_APART],
            )
            .await?
        {
            rows.push(row(&r)?);
        }
        let stored = stored_events(tx, "e.span_lo IS NULL", &[&key]).await?;
        delta += replace_events(tx, key, stored, annals_merge::clusters(rows)).await?;
    }
    Ok(delta)
}

/// Re-merges one group from all its mentions, and stores the spans of mentions from before
/// spans were stored.
async fn remerge_whole<C: GenericClient>(tx: &C, key: &str) -> Result<i64, PgError> {
    let mut rows = Vec::new();
    let fill = tx
        .prepare_cached(
            "UPDATE mentions SET span_kind = $2, span_lo = $3, span_hi = $4 WHERE id = $1",
        )
        .await?;
    for r in tx
        .query(
            &format!("SELECT {ROW} FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.group_key = $1 ORDER BY m.id"),
            &[&key],
        )
        .await?
    {
        let row = row(&r)?;
        if r.get::<_, Option<i16>>(6).is_none() {
            let (kind, lo, hi) = span_columns(&row.r.mention);
            tx.execute(&fill, &[&row.id, &kind, &lo, &hi]).await?;
        }
        rows.push(row);
    }
    let stored = stored_events(tx, "true", &[&key]).await?;
    replace_events(tx, key, stored, annals_merge::clusters(rows)).await
}

/// The last day of the segment of the group days `lo..=hi` fall in (as the SQLite store
/// finds it): nothing after it can change when mentions on these days come or go.
async fn segment_end<C: GenericClient>(
    tx: &C,
    key: &str,
    lo: i64,
    hi: i64,
) -> Result<i64, PgError> {
    let gap = annals_merge::SEGMENT_GAP_DAYS;
    let (mut from, mut end) = (lo - annals_merge::MAX_LOCAL_SPAN_DAYS, hi);
    loop {
        let (a, b) = (from as i32, (end + gap) as i32);
        let reach: Option<i32> = tx
            .query_one(
                "SELECT MAX(span_hi) FROM mentions WHERE group_key = $1 AND span_kind = $2 AND span_lo BETWEEN $3 AND $4",
                &[&key, &SPAN_DAYS, &a, &b],
            )
            .await?
            .get(0);
        match reach.map(i64::from) {
            Some(r) if r > end => {
                from = end + gap + 1;
                end = r;
            }
            _ => return Ok(end),
        }
    }
}

/// Re-merges a group's day-dated events around a change on days `lo..=hi`, as the SQLite
/// store does: the mentions of an [`annals_merge::Restart`] window and every mention of the
/// stored events they are in, the mentions the change cannot move pinned to their events.
async fn remerge_days<C: GenericClient>(
    tx: &C,
    key: &str,
    lo: i64,
    hi: i64,
) -> Result<i64, PgError> {
    let end = segment_end(tx, key, lo, hi).await?;
    let mut restart = annals_merge::Restart::around(lo, hi, end);
    loop {
        let (from, to) = (restart.read_from, restart.read_to().unwrap_or(end));
        let reach = annals_merge::MAX_EVENT_SPAN_DAYS;
        let (from32, to32, low32) = (from as i32, to as i32, (from - reach) as i32);
        let stored = stored_events(
            tx,
            "e.span_lo <= $3 AND e.span_hi >= $2 AND e.span_lo >= $4",
            &[&key, &from32, &to32, &low32],
        )
        .await?;
        let first32 = (from - annals_merge::MAX_LOCAL_SPAN_DAYS) as i32;
        let mut read = Vec::new();
        for r in tx
            .query(
                &format!("SELECT {ROW} FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.group_key = $1 AND m.span_kind = $2 AND m.span_lo BETWEEN $3 AND $4 AND m.span_hi >= $5"),
                &[&key, &SPAN_DAYS, &first32, &to32, &from32],
            )
            .await?
        {
            read.push(row(&r)?);
        }
        // the stored events' mentions outside the window
        let have: HashSet<i64> = read.iter().map(|r| r.id).collect();
        let rest: Vec<i64> = stored
            .values()
            .flatten()
            .copied()
            .filter(|id| !have.contains(id))
            .collect();
        if !rest.is_empty() {
            for r in tx
                .query(
                    &format!("SELECT {ROW} FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.id = ANY($1) AND m.group_key = $2 AND m.span_kind = $3"),
                    &[&rest, &key, &SPAN_DAYS],
                )
                .await?
            {
                read.push(row(&r)?);
            }
        }
        match annals_merge::recluster_round(read, |r| r.id, stored.values(), &restart, end) {
            Ok(clusters) => return replace_events(tx, key, stored, clusters).await,
            Err(wider) => restart = wider,
        }
    }
}

/// Replaces stored events of a group with the clusters of their mentions: events whose
/// mentions did not change stay.
async fn replace_events<C: GenericClient>(
    tx: &C,
    key: &str,
    stored: HashMap<String, Vec<i64>>,
    clusters: Vec<Vec<Row>>,
) -> Result<i64, PgError> {
    let by_members: HashMap<Vec<i64>, String> = stored
        .into_iter()
        .map(|(e, mut ids)| {
            ids.sort_unstable();
            (ids, e)
        })
        .collect();
    let mut kept: HashSet<&str> = HashSet::new();
    let mut changed: Vec<(Vec<i64>, Event)> = Vec::new();
    for mut cluster in clusters {
        cluster.sort_by_key(|r| r.id);
        let ids: Vec<i64> = cluster.iter().map(|r| r.id).collect();
        match by_members.get(&ids) {
            Some(e) => {
                kept.insert(e.as_str());
            }
            None => {
                let event = annals_merge::event_of(cluster.into_iter().map(|r| r.r).collect());
                changed.push((ids, event));
            }
        }
    }
    let gone: Vec<&str> = by_members
        .values()
        .map(String::as_str)
        .filter(|e| !kept.contains(e))
        .collect();
    let removed = tx
        .execute("DELETE FROM events WHERE event_id = ANY($1)", &[&gone])
        .await? as i64;
    let upsert = tx
        .prepare_cached(
            "INSERT INTO events(event_id, cameo, status, source_code, target_code, date, end_date,
               num_articles, num_outlets, body, group_key, rank_key, place, country, lat, lon,
               src3, tgt3, precision, span_lo, span_hi)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21)
             ON CONFLICT (event_id) DO UPDATE SET cameo = excluded.cameo,
               status = excluded.status, source_code = excluded.source_code,
               target_code = excluded.target_code, date = excluded.date,
               end_date = excluded.end_date, num_articles = excluded.num_articles,
               num_outlets = excluded.num_outlets, body = excluded.body,
               group_key = excluded.group_key, rank_key = excluded.rank_key,
               place = excluded.place, country = excluded.country, lat = excluded.lat,
               lon = excluded.lon, src3 = excluded.src3, tgt3 = excluded.tgt3,
               precision = excluded.precision, span_lo = excluded.span_lo,
               span_hi = excluded.span_hi",
        )
        .await?;
    // the changed events' writes go out pipelined on the connection, in order (upsert, then
    // its links): one round trip for the group, not three per event
    let unlink = tx
        .prepare_cached("DELETE FROM event_mentions WHERE event_id = $1")
        .await?;
    let link = tx
        .prepare_cached(
            "INSERT INTO event_mentions(event_id, mention_id) SELECT $1, unnest($2::bigint[])",
        )
        .await?;
    type Param = Box<dyn ToSql + Sync + Send>;
    let mut writes = Vec::with_capacity(changed.len() * 3);
    for (ids, e) in &changed {
        let loc = e.location.as_ref();
        let span = annals_merge::event_span(e);
        let row: Vec<Param> = vec![
            Box::new(e.event_id.clone()),
            Box::new(e.cameo.as_str().to_string()),
            Box::new(e.status.as_str().to_string()),
            Box::new(e.source.code.as_str().to_string()),
            Box::new(e.target.code.as_str().to_string()),
            Box::new(e.date.map(|d| d.to_string())),
            Box::new(e.end_date.map(|d| d.to_string())),
            Box::new(e.num_articles as i32),
            // --min-sources counts independent outlets
            Box::new(e.num_independent_outlets as i32),
            Box::new(serde_json::to_string(e)?),
            Box::new(key.to_string()),
            Box::new(annals_merge::rank_key(e)),
            Box::new(loc.map(|l| l.name.clone())),
            Box::new(loc.map(|l| l.country.clone())),
            Box::new(loc.map(|l| l.lat)),
            Box::new(loc.map(|l| l.lon)),
            Box::new(e.source.code.country().to_string()),
            Box::new(e.target.code.country().to_string()),
            Box::new(e.date_precision.map(|p| p.as_str().to_string())),
            Box::new(span.map(|s| s.0 as i32)),
            Box::new(span.map(|s| s.1 as i32)),
        ];
        let id: Vec<Param> = vec![Box::new(e.event_id.clone())];
        let links: Vec<Param> = vec![Box::new(e.event_id.clone()), Box::new(ids.clone())];
        writes.push(tx.execute_raw(&upsert, row));
        writes.push(tx.execute_raw(&unlink, id));
        writes.push(tx.execute_raw(&link, links));
    }
    futures_util::future::try_join_all(writes).await?;
    // an event's id is its earliest mention's: only the events removed above can have had a
    // new event's id
    Ok(changed.len() as i64 - removed)
}

/// Merges one batch of waiting groups in one transaction, each under its advisory lock.
/// Returns false when nothing was waiting.
async fn merge_some(client: &mut deadpool_postgres::Object) -> Result<bool, PgError> {
    let tx = client.transaction().await?;
    let waiting = tx
        .query(
            "SELECT group_key, MAX(id), MIN(lo), MAX(hi), bool_or(apart), bool_or(wide)
             FROM pending_groups GROUP BY group_key ORDER BY group_key LIMIT $1",
            &[&GROUPS_PER_MERGE],
        )
        .await?;
    if waiting.is_empty() {
        return Ok(false);
    }
    let waiting: Vec<Waiting> = waiting
        .iter()
        .map(|r| {
            let (lo, hi): (Option<i32>, Option<i32>) = (r.get(2), r.get(3));
            Waiting {
                key: r.get(0),
                upto: r.get(1),
                days: lo.zip(hi).map(|(a, b)| (i64::from(a), i64::from(b))),
                apart: r.get::<_, Option<bool>>(4).unwrap_or(true),
                wide: r.get::<_, Option<bool>>(5).unwrap_or(true),
            }
        })
        .collect();
    // the groups' locks, taken in key order (so merging processes never wait on each other
    // in a circle), then the groups merged side by side: their queries are pipelined on the
    // connection, not sent one round trip after another
    let keys: Vec<&str> = waiting.iter().map(|w| w.key.as_str()).collect();
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS t(k)",
        &[&keys],
    )
    .await?;
    let t = &tx;
    let deltas = futures_util::future::try_join_all(waiting.iter().map(|w| async move {
        let delta = remerge(t, w).await?;
        t.execute(
            "DELETE FROM pending_groups WHERE group_key = $1 AND id <= $2",
            &[&w.key, &w.upto],
        )
        .await?;
        Ok::<i64, PgError>(delta)
    }))
    .await?;
    // last, after every lock this transaction takes: the count's row lock is held only
    // while committing, so no two merges wait on each other in a circle
    let delta: i64 = deltas.iter().sum();
    if delta != 0 {
        tx.execute("UPDATE event_count SET n = n + $1", &[&delta])
            .await?;
    }
    tx.commit().await?;
    Ok(true)
}

fn event_row(r: &tokio_postgres::Row) -> EventRow {
    EventRow {
        event_id: r.get(0),
        cameo: r.get(1),
        status: r.get(2),
        source: r.get(3),
        target: r.get(4),
        date: r.get(5),
        end_date: r.get(6),
        num_articles: r.get::<_, i32>(7).max(0) as usize,
        num_independent_outlets: r.get::<_, i32>(8).max(0) as usize,
        place: EventPlace::from_columns(r.get(9), r.get(10), r.get(11), r.get(12)),
        precision: r
            .get::<_, Option<String>>(13)
            .and_then(|p| annals_model::DatePrecision::parse(&p)),
    }
}

fn as_params(args: &[String]) -> Vec<&(dyn ToSql + Sync)> {
    args.iter().map(|a| a as &(dyn ToSql + Sync)).collect()
}

impl Store for PgStore {
    fn put_batch(&mut self, batch: &[Coded]) -> Result<Vec<Stored>, StoreError> {
        self.block(async {
            let mut client = self.client().await?;
            let mut tries = 0;
            loop {
                match put_batch_once(&mut client, batch).await {
                    Err(e) if retryable(&e) && tries < RETRIES => tries += 1,
                    other => return other,
                }
            }
        })
    }

    fn stored_articles(&self) -> Result<HashSet<(String, String)>, StoreError> {
        self.block(async {
            let client = self.client().await?;
            let rows = client
                .query("SELECT id, content_hash FROM articles", &[])
                .await?;
            Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
        })
    }

    fn claims(&self) -> Result<Vec<ClaimRef>, StoreError> {
        self.block(async {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT c.body, a.path, a.url, a.outlet, a.published FROM claims c
                     JOIN articles a ON a.id = c.article_id ORDER BY c.article_id, c.id",
                    &[],
                )
                .await?;
            let mut out = Vec::with_capacity(rows.len());
            for r in rows {
                out.push(ClaimRef {
                    claim: serde_json::from_str(r.get::<_, &str>(0))?,
                    path: r.get(1),
                    url: r.get(2),
                    outlet: r.get(3),
                    published: r.get::<_, Option<String>>(4).and_then(|d| d.parse().ok()),
                });
            }
            Ok(out)
        })
    }

    fn rebuild_events(&mut self) -> Result<usize, StoreError> {
        self.block(async {
            let mut client = self.client().await?;
            let tx = client.transaction().await?;
            tx.batch_execute(
                "DELETE FROM events;
                 UPDATE event_count SET n = 0;
                 INSERT INTO pending_groups(group_key, apart, wide)
                   SELECT DISTINCT group_key, true, true FROM mentions ORDER BY group_key;",
            )
            .await?;
            tx.commit().await?;
            Ok(())
        })?;
        self.update_events()
    }

    fn update_events(&mut self) -> Result<usize, StoreError> {
        self.block(async {
            let mut client = self.client().await?;
            let mut tries = 0;
            loop {
                match merge_some(&mut client).await {
                    Ok(true) => {}
                    Ok(false) => break,
                    Err(e) if retryable(&e) && tries < RETRIES => tries += 1,
                    Err(e) => return Err(e),
                }
            }
            let n: i64 = client
                .query_one("SELECT n FROM event_count", &[])
                .await?
                .get(0);
            Ok(n.max(0) as usize)
        })
    }

    fn for_each_event(
        &self,
        f: &EventFilter,
        each: &mut dyn FnMut(Event) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let (sql, args) = filter_sql("body", f, Dialect::Postgres);
        self.shared.runtime.block_on(async {
            let client = self.client().await?;
            let stream = client
                .query_raw(&sql, as_params(&args))
                .await
                .map_err(PgError::from)?;
            let mut stream = pin!(stream);
            while let Some(row) = stream.next().await {
                let row = row.map_err(PgError::from)?;
                let event = serde_json::from_str(row.get::<_, &str>(0)).map_err(PgError::from)?;
                each(event)?;
            }
            Ok(())
        })
    }

    fn event_rows(&self, f: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
        let (sql, args) = filter_sql(EVENT_ROW_COLUMNS, f, Dialect::Postgres);
        self.block(async {
            let client = self.client().await?;
            let rows = client.query(&sql, &as_params(&args)).await?;
            Ok(rows.iter().map(event_row).collect())
        })
    }

    fn event(&self, id: &str) -> Result<Option<Event>, StoreError> {
        self.block(async {
            let client = self.client().await?;
            let row = client
                .query_opt("SELECT body FROM events WHERE event_id = $1", &[&id])
                .await?;
            Ok(match row {
                Some(r) => Some(serde_json::from_str(r.get::<_, &str>(0))?),
                None => None,
            })
        })
    }

    fn actors(&self, prefix: &str, limit: usize) -> Result<Vec<(String, i64)>, StoreError> {
        let prefix = prefix.to_uppercase();
        let limit = limit as i64;
        self.block(async {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT code, COUNT(*) AS n FROM (
                       SELECT source_code AS code FROM events UNION ALL
                       SELECT target_code FROM events) sides
                     WHERE code >= $1 AND code < $1 || '~' AND code <> ''
                     GROUP BY code ORDER BY n DESC, code LIMIT $2",
                    &[&prefix, &limit],
                )
                .await?;
            Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
        })
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SentenceHit>, StoreError> {
        let q = parse_query(query).map_err(StoreError::Query)?.to_tsquery();
        let limit = limit as i64;
        self.block(async {
            let client = self.client().await?;
            let rows = client
                .query(
                    "SELECT article_id, idx, start_offset, end_offset, text FROM sentences,
                       to_tsquery('english', $1) q
                     WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC, article_id, idx LIMIT $2",
                    &[&q, &limit],
                )
                .await?;
            Ok(rows
                .iter()
                .map(|r| SentenceHit {
                    article_id: r.get(0),
                    index: r.get::<_, i32>(1).max(0) as usize,
                    start: r.get::<_, i64>(2).max(0) as usize,
                    end: r.get::<_, i64>(3).max(0) as usize,
                    text: r.get(4),
                })
                .collect())
        })
    }

    fn counts(&self) -> Result<[i64; 4], StoreError> {
        self.block(async {
            let client = self.client().await?;
            let r = client
                .query_one(
                    "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM sentences),
                            (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM events)",
                    &[],
                )
                .await?;
            Ok([r.get(0), r.get(1), r.get(2), r.get(3)])
        })
    }
}

/// For tests against a real server: `ANNALS_TEST_POSTGRES=postgres://user@host:port/db` names
/// one (a role that may create databases; each test gets a database of its own). Without it
/// the tests say so and pass, unless `ANNALS_REQUIRE_POSTGRES` is set, as `.ci/run` sets it
/// after starting a server with `.ci/postgres start`.
pub mod testing {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use tokio_postgres::NoTls;

    /// The admin URL, or None (and a note) when no server is configured.
    pub fn server() -> Option<String> {
        match std::env::var("ANNALS_TEST_POSTGRES") {
            Ok(url) if !url.is_empty() => Some(url),
            _ => {
                assert!(
                    std::env::var_os("ANNALS_REQUIRE_POSTGRES").is_none(),
                    "ANNALS_REQUIRE_POSTGRES is set but ANNALS_TEST_POSTGRES is not"
                );
                eprintln!("ANNALS_TEST_POSTGRES not set: PostgreSQL contract not run");
                None
            }
        }
    }

    /// Runs SQL statements on the database at `url` (to set up a case a test needs). Panics
    /// (failing the test) when the server cannot be reached or a statement fails.
    pub fn execute(url: &str, sql: &str) {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let (client, conn) = tokio_postgres::connect(url, NoTls)
                .await
                .expect("connecting to the test server");
            tokio::spawn(conn);
            client.batch_execute(sql).await.expect("running test SQL");
        });
    }

    /// A new empty database on the server; returns its URL. Panics (failing the test) when the
    /// server cannot be reached.
    pub fn fresh_database(admin: &str) -> String {
        static N: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "annals_test_{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        // one statement at a time: CREATE DATABASE may not run inside a transaction
        execute(admin, &format!("DROP DATABASE IF EXISTS {name}"));
        execute(
            admin,
            &format!("CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"),
        );
        let (base, query) = match admin.split_once('?') {
            Some((b, q)) => (b, format!("?{q}")),
            None => (admin, String::new()),
        };
        let root = match base.rfind('/') {
            Some(i) if i > base.find("://").map_or(0, |s| s + 2) => &base[..i],
            _ => base,
        };
        format!("{root}/{name}{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_apart_and_passwords_hidden() {
        assert!(is_postgres_url("postgres://u@h/db"));
        assert!(is_postgres_url("postgresql://u@h/db"));
        assert!(!is_postgres_url("annals.db"));
        assert_eq!(
            redact("postgres://u:secret@h:5/db"),
            "postgres://u:***@h:5/db"
        );
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
    }
}
