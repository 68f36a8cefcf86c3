//! Store: annals' embedded SQLite database (WAL mode, versioned schema).
//!
//! Articles are keyed by id and a content hash, so re-ingesting the same article changes
//! nothing; an article whose text changed replaces its sentences and mentions. Events are
//! merged incrementally: after an ingest only the groups of mentions it touched (same base
//! code, country pair and polarity, see [`annals_merge::group_key`]) are re-merged, in one
//! transaction, and within a group only the days around the new mentions
//! ([`annals_merge::Restart`]): the mentions there are re-clustered from light index rows,
//! with those the change cannot move pinned to their events, so the work does not grow with
//! the group's history. Only the events whose mentions changed are written again, and each
//! event keeps a rank key of its own, so nothing else is re-ranked. Merging a group is
//! deterministic, so the store's events do not depend on ingest order.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use annals_model::hash::stable_id;
use annals_model::{
    Article, Claim, ClaimRef, Date, DatePrecision, Event, Mention, MentionRef, Sentence,
};
use rusqlite::{params, Connection, OptionalExtension};

#[cfg(any(test, feature = "contract"))]
pub mod contract;
pub mod query;

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: i64 = 1;

/// A store error, with what was being done.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Open {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error(
        "database {path} has schema version {found}; this annals reads version {SCHEMA_VERSION}"
    )]
    Version { path: String, found: i64 },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("database: stored record is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A full-text query the store cannot read.
    #[error("search query: {0}")]
    Query(String),
    /// An error of another backend (PostgreSQL), with what was being done.
    #[error("database: {0}")]
    Backend(String),
    /// Writing out what was read failed (an export's output).
    #[error("writing: {0}")]
    Output(#[from] std::io::Error),
}

/// What storing one article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// A new article.
    Added,
    /// Same id and text as before: nothing changed.
    Unchanged,
    /// Same id, new text: replaced.
    Replaced,
}

/// Filters for listing events (see INTERFACES.md).
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Actor code prefix on either side (`RUS`, `RUSGOV`).
    pub actor: Option<String>,
    /// Two actor code prefixes, either direction.
    pub dyad: Option<(String, String)>,
    /// CAMEO code prefix (`04`, `042`).
    pub code: Option<String>,
    /// Events that go on until this day or later.
    pub since: Option<Date>,
    /// Events that begin on or after this day (a window's lower bound that an index can use).
    pub begins_since: Option<Date>,
    /// Events that begin on or before this day.
    pub until: Option<Date>,
    pub min_sources: Option<usize>,
    /// Statuses to keep (empty: all).
    pub statuses: Vec<String>,
    pub limit: Option<usize>,
    /// Events to skip before the first one listed (pagination).
    pub offset: Option<usize>,
}

/// An event's indexed columns ([`Store::event_rows`]).
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    pub event_id: String,
    pub cameo: String,
    pub status: String,
    pub source: String,
    pub target: String,
    pub date: Option<String>,
    pub end_date: Option<String>,
    pub num_articles: usize,
    pub num_independent_outlets: usize,
    pub place: Option<EventPlace>,
    pub precision: Option<DatePrecision>,
}

/// Where an event took place, as [`EventRow`] carries it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventPlace {
    pub name: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

impl EventPlace {
    /// The place from the events table's `place, country, lat, lon` columns: none unless it
    /// has a name and coordinates.
    pub fn from_columns(
        name: Option<String>,
        country: Option<String>,
        lat: Option<f64>,
        lon: Option<f64>,
    ) -> Option<EventPlace> {
        Some(EventPlace {
            name: name?,
            country: country.unwrap_or_default(),
            lat: lat?,
            lon: lon?,
        })
    }
}

/// The SQL dialect [`filter_sql`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// The columns [`Store::event_rows`] reads, in the order its rows are built from.
pub const EVENT_ROW_COLUMNS: &str = "event_id, cameo, status, source_code, target_code, date, end_date, num_articles, num_outlets, place, country, lat, lon, precision";

/// The SQL selecting `columns` of the events `f` keeps, in rank order, and its arguments (all
/// text). Both backends share it, so a filter means the same on both; codes and rank keys
/// compare bytewise (PostgreSQL's columns are `COLLATE "C"`).
pub fn filter_sql(columns: &str, f: &EventFilter, dialect: Dialect) -> (String, Vec<String>) {
    let mut args: Vec<String> = Vec::new();
    // a placeholder for a new argument (numbered, so it can be used twice)
    let mut arg = |v: String| -> String {
        args.push(v);
        match dialect {
            Dialect::Sqlite => format!("?{}", args.len()),
            Dialect::Postgres => format!("${}", args.len()),
        }
    };
    let mut conds: Vec<String> = Vec::new();
    // code prefixes as ranges: codes are upper-case letters, digits and '-', all below '~'.
    // A pair or an actor on either side is read as two arms, one per direction or side, each
    // through an index in rank order ((src3, tgt3, rank_key), (src3, rank_key),
    // (tgt3, rank_key)) and cut at the page's end, then merged: the cost is the page's, not the
    // pair's or the actor's whole history.
    let mut arms: Option<[String; 2]> = None;
    if let Some((a, b)) = &f.dyad {
        let (a, b) = (a.to_uppercase(), b.to_uppercase());
        let mut side = |x: &str, y: &str| {
            let mut c = Vec::new();
            for (col3, col, v) in [("src3", "source_code", x), ("tgt3", "target_code", y)] {
                let v3: String = v.chars().take(3).collect();
                if v3.len() == 3 {
                    c.push(format!("{col3} = {}", arg(v3)));
                } else {
                    c.push(format!(
                        "{col3} >= {} AND {col3} < {}",
                        arg(v3.clone()),
                        arg(format!("{v3}~"))
                    ));
                }
                if v.len() > 3 {
                    c.push(format!(
                        "{col} >= {} AND {col} < {}",
                        arg(v.to_string()),
                        arg(format!("{v}~"))
                    ));
                }
            }
            c.join(" AND ")
        };
        arms = Some([side(&a, &b), side(&b, &a)]);
    }
    if let Some(a) = &f.actor {
        let a = a.to_uppercase();
        let a3: String = a.chars().take(3).collect();
        let mut side = |col3: &str, col: &str| {
            let mut c = if a3.len() == 3 {
                format!("{col3} = {}", arg(a3.clone()))
            } else {
                format!(
                    "{col3} >= {} AND {col3} < {}",
                    arg(a3.clone()),
                    arg(format!("{a3}~"))
                )
            };
            if a.len() > 3 {
                c.push_str(&format!(
                    " AND {col} >= {} AND {col} < {}",
                    arg(a.clone()),
                    arg(format!("{a}~"))
                ));
            }
            c
        };
        let sides = [side("src3", "source_code"), side("tgt3", "target_code")];
        match arms {
            // with a pair: the actor is one more condition
            Some(_) => conds.push(format!("(({}) OR ({}))", sides[0], sides[1])),
            None => arms = Some(sides),
        }
    }
    if let Some(c) = &f.code {
        let c = c.to_uppercase();
        conds.push(format!(
            "cameo >= {} AND cameo < {}",
            arg(c.clone()),
            arg(format!("{c}~"))
        ));
    }
    if let Some(d) = f.since {
        conds.push(format!(
            "COALESCE(end_date, date) >= {}",
            arg(d.to_string())
        ));
    }
    if let Some(d) = f.begins_since {
        conds.push(format!("date >= {}", arg(d.to_string())));
    }
    if let Some(d) = f.until {
        conds.push(format!("date <= {}", arg(d.to_string())));
    }
    if let Some(n) = f.min_sources {
        // a number, written into the SQL as one
        conds.push(format!("num_outlets >= {n}"));
    }
    if !f.statuses.is_empty() {
        let list: Vec<String> = f.statuses.iter().map(|s| arg(s.clone())).collect();
        conds.push(format!("status IN ({})", list.join(",")));
    }
    // the page as arguments, so one statement serves every page (a prepared-statement cache
    // hit); no limit is SQLite's -1 and PostgreSQL's NULL
    let window = {
        let limit = match (f.limit, dialect) {
            (Some(n), _) => Some(n.to_string()),
            (None, Dialect::Sqlite) => Some("-1".to_string()),
            (None, Dialect::Postgres) => None,
        };
        let offset = f.offset.unwrap_or(0).to_string();
        let (l, o) = match limit {
            Some(l) => (arg(l), arg(offset)),
            None => ("NULL".to_string(), arg(offset)),
        };
        match dialect {
            Dialect::Sqlite => format!(" LIMIT CAST({l} AS INTEGER) OFFSET CAST({o} AS INTEGER)"),
            Dialect::Postgres => format!(" LIMIT ({l}::text)::bigint OFFSET ({o}::text)::bigint"),
        }
    };
    let Some([first_arm, second_arm]) = arms else {
        let cond = if conds.is_empty() {
            "1=1".to_string()
        } else {
            conds.join(" AND ")
        };
        let sql = format!("SELECT {columns} FROM events WHERE {cond} ORDER BY rank_key{window}");
        return (sql, args);
    };
    let rest: String = conds.iter().map(|c| format!(" AND {c}")).collect();
    let cut = match f.limit {
        Some(n) => {
            let k = arg((n + f.offset.unwrap_or(0)).to_string());
            match dialect {
                Dialect::Sqlite => format!(" LIMIT CAST({k} AS INTEGER)"),
                Dialect::Postgres => format!(" LIMIT ({k}::text)::bigint"),
            }
        }
        None => String::new(),
    };
    // SQLite picks rowids, which its indexes hold: an arm reads no table row
    let key = match dialect {
        Dialect::Sqlite => "rowid",
        Dialect::Postgres => "event_id",
    };
    let side = |name: &str, cond: &str| {
        format!(
            "SELECT pick_id FROM (SELECT {key} AS pick_id FROM events WHERE {cond}{rest} ORDER BY rank_key{cut}) AS {name}"
        )
    };
    // SQLite: CROSS JOIN keeps the picked ids as the outer loop
    let join = match dialect {
        Dialect::Sqlite => "CROSS JOIN",
        Dialect::Postgres => "JOIN",
    };
    let sql = format!(
        "SELECT {columns} FROM ({} UNION {}) AS pick {join} events ON events.{key} = pick.pick_id ORDER BY rank_key{window}",
        side("first_arm", &first_arm),
        side("second_arm", &second_arm),
    );
    (sql, args)
}

/// A sentence found by [`Store::search`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceHit {
    pub article_id: String,
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// What every store backend offers, the SQLite file ([`SqliteStore`], the default) and
/// PostgreSQL (the `annals-postgres` crate): the CLI and the server hold a `Box<dyn Store>`, and
/// one contract suite ([`contract`], feature `contract`) runs against both.
pub trait Store: Send {
    /// Stores several articles in one transaction: all or none are stored, so a killed
    /// ingest leaves no half article and a re-run stores what is missing. An article already
    /// stored with the same text is left as it is; one whose text changed is replaced. The
    /// groups of mentions the batch touches wait for [`Store::update_events`].
    fn put_batch(&mut self, batch: &[Coded]) -> Result<Vec<Stored>, StoreError>;

    /// Stores one article with its sentences, mentions and claims.
    fn put_article(
        &mut self,
        article: &Article,
        sentences: &[Sentence],
        mentions: &[Mention],
        claims: &[Claim],
    ) -> Result<Stored, StoreError> {
        let out = self.put_batch(&[Coded {
            article,
            sentences,
            mentions,
            claims,
        }])?;
        Ok(out[0])
    }

    /// The (id, content hash) of every stored article: what a re-run can skip before coding.
    fn stored_articles(&self) -> Result<HashSet<(String, String)>, StoreError>;

    /// Every stored claim with its article's provenance, in article order.
    fn claims(&self) -> Result<Vec<ClaimRef>, StoreError>;

    /// Re-merges all stored mentions into events and replaces the events.
    fn rebuild_events(&mut self) -> Result<usize, StoreError>;

    /// Re-merges only the groups of mentions touched since the last merge: a new article joins
    /// the events of its code and country pair, and no other event is rebuilt. Returns the
    /// number of events in the store.
    fn update_events(&mut self) -> Result<usize, StoreError>;

    /// Hands the events a filter selects to `each`, best-supported first, one at a time: an
    /// export of the whole store runs in constant memory.
    fn for_each_event(
        &self,
        f: &EventFilter,
        each: &mut dyn FnMut(Event) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;

    /// The events a filter selects, best-supported first.
    fn events(&self, f: &EventFilter) -> Result<Vec<Event>, StoreError> {
        let mut out = Vec::new();
        self.for_each_event(f, &mut |e| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }

    /// The events a filter selects, in rank order, as their indexed columns only: a listing
    /// that does not read the events' evidence.
    fn event_rows(&self, f: &EventFilter) -> Result<Vec<EventRow>, StoreError>;

    /// One event by id.
    fn event(&self, id: &str) -> Result<Option<Event>, StoreError>;

    /// Actor codes starting with `prefix` (any, when empty), with the number of events each
    /// is a side of, most frequent first.
    fn actors(&self, prefix: &str, limit: usize) -> Result<Vec<(String, i64)>, StoreError>;

    /// Evidence sentences matching a full-text query, best first. The query language is
    /// FTS5's subset both backends read: words, `word*` prefixes, `"a phrase"`, `AND`, `OR`,
    /// `NOT` (see [`parse_query`]).
    fn search(&self, query: &str, limit: usize) -> Result<Vec<SentenceHit>, StoreError>;

    /// Counts of stored articles, sentences, mentions and events.
    fn counts(&self) -> Result<[i64; 4], StoreError>;
}

/// The SQLite store: one file, WAL mode.
pub struct SqliteStore {
    conn: Connection,
}

/// One article ready to store: its sentences, mentions and claims.
pub struct Coded<'a> {
    pub article: &'a Article,
    pub sentences: &'a [Sentence],
    pub mentions: &'a [Mention],
    pub claims: &'a [Claim],
}

/// A merge group key ([`annals_merge::group_key`]) as the text both backends store.
pub fn group_text(k: &annals_merge::GroupKey) -> String {
    format!("{}|{}|{}|{}", k.0, k.1, k.2, u8::from(k.3))
}

/// How mentions are grouped for merging and events ranked (`meta.merge_partition`); a store
/// keyed otherwise is re-keyed, re-merged and re-ranked once when opened.
const MERGE_PARTITION: &str = "code-dyad-polarity, a missing side by place, a domestic dyad by state and non-state side, day segments, event places and pairs; words-only events unweighted";

/// `span_kind` of a mention row: see [`annals_merge::Span`].
const SPAN_DAYS: i64 = 0;
const SPAN_APART: i64 = 1;
const SPAN_WIDE: i64 = 2;

/// The `precision` column: the order [`annals_merge::clusters`] sorts by.
fn precision_code(p: Option<DatePrecision>) -> Option<i64> {
    p.map(|p| match p {
        DatePrecision::Day => 0,
        DatePrecision::Month => 1,
        DatePrecision::Year => 2,
        DatePrecision::Article => 3,
    })
}

fn precision_of(code: Option<i64>) -> Option<DatePrecision> {
    match code? {
        0 => Some(DatePrecision::Day),
        1 => Some(DatePrecision::Month),
        2 => Some(DatePrecision::Year),
        3 => Some(DatePrecision::Article),
        _ => None,
    }
}

/// What clustering reads of a stored mention, without its JSON body.
struct Light {
    id: i64,
    article_id: String,
    cameo: String,
    date: Option<Date>,
    end_date: Option<Date>,
    precision: Option<DatePrecision>,
    offset: usize,
    published: Option<Date>,
}

impl annals_merge::Dated for Light {
    fn date(&self) -> Option<Date> {
        self.date
    }
    fn end_date(&self) -> Option<Date> {
        self.end_date
    }
    fn precision(&self) -> Option<DatePrecision> {
        self.precision
    }
    fn article_id(&self) -> &str {
        &self.article_id
    }
    fn offset(&self) -> usize {
        self.offset
    }
    fn cameo(&self) -> &str {
        &self.cameo
    }
    fn published(&self) -> Option<Date> {
        self.published
    }
}

fn span_columns(m: &Mention) -> (i64, Option<i64>, Option<i64>) {
    match annals_merge::span(m) {
        annals_merge::Span::Days(a, b) => (SPAN_DAYS, Some(a), Some(b)),
        annals_merge::Span::Apart => (SPAN_APART, None, None),
        annals_merge::Span::Wide => (SPAN_WIDE, None, None),
    }
}

/// Whether a table of the store has a column (stores written by earlier builds may not).
fn has_column(conn: &Connection, table: &str, column: &str) -> rusqlite::Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM pragma_table_info(?1) WHERE name = ?2",
        params![table, column],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// Adds a column to a table of a store written before it existed.
fn add_column(conn: &Connection, table: &str, column: &str, decl: &str) -> rusqlite::Result<()> {
    if !has_column(conn, table, column)? {
        conn.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} {decl};"))?;
    }
    Ok(())
}

/// The events table: the indexed columns only, so a listing reads dense rows; each event's
/// JSON (with all its mentions) is in `event_bodies`.
const EVENTS_TABLE: &str = "
    event_id TEXT PRIMARY KEY, cameo TEXT NOT NULL, status TEXT NOT NULL,
    source_code TEXT NOT NULL, target_code TEXT NOT NULL, date TEXT, end_date TEXT,
    num_articles INTEGER NOT NULL, num_outlets INTEGER NOT NULL,
    group_key TEXT, rank_key TEXT, span_lo INTEGER, span_hi INTEGER, place TEXT, country TEXT,
    lat REAL, lon REAL, src3 TEXT, tgt3 TEXT, precision TEXT";

/// The columns of [`EVENTS_TABLE`].
const EVENTS_COLUMNS: &str = "event_id, cameo, status, source_code, target_code, date, end_date, num_articles, num_outlets, group_key, rank_key, span_lo, span_hi, place, country, lat, lon, src3, tgt3, precision";

/// An event's JSON, as a column of a query on `events`.
const EVENT_BODY: &str =
    "(SELECT body FROM event_bodies WHERE event_bodies.event_id = events.event_id)";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, path TEXT, url TEXT, outlet TEXT, published TEXT, title TEXT,
    text TEXT NOT NULL, content_hash TEXT NOT NULL, ingested_at TEXT NOT NULL DEFAULT (datetime('now')));
CREATE TABLE IF NOT EXISTS sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (article_id, idx));
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL, cameo TEXT NOT NULL, source_code TEXT NOT NULL,
    target_code TEXT NOT NULL, status TEXT NOT NULL, date TEXT, body TEXT NOT NULL,
    group_key TEXT, span_kind INTEGER, span_lo INTEGER, span_hi INTEGER, precision INTEGER,
    start_offset INTEGER, end_date TEXT);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE TABLE IF NOT EXISTS event_bodies (event_id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    measure TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
CREATE TABLE IF NOT EXISTS pending_groups (
    group_key TEXT PRIMARY KEY, code TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,
    negative INTEGER NOT NULL, lo INTEGER, hi INTEGER, apart INTEGER, wide INTEGER);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(text, content='sentences');
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id TEXT NOT NULL, mention_id INTEGER NOT NULL, seq INTEGER,
    PRIMARY KEY (event_id, mention_id));
";

impl SqliteStore {
    /// Opens (creating if needed) the SQLite store at `path`.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let shown = path.display().to_string();
        let open = |e| StoreError::Open {
            path: shown.clone(),
            source: e,
        };
        let conn = Connection::open(path).map_err(open)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(open)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(open)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(open)?;
        conn.set_prepared_statement_cache_capacity(64);
        // plans that do not change with the values bound: without it the bundled SQLite
        // (built with STAT4) re-prepared the listing statements whenever their arguments
        // changed: re-parsing was 15% of their time (perf, 1.17M events)
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )
        .map_err(open)?;
        // 64 MiB of page cache (SQLite's default is 2 MiB): inserts into the growing mention
        // and event indexes stay in memory instead of re-reading pages
        conn.pragma_update(None, "cache_size", -65536)
            .map_err(open)?;
        // checkpoint the write-ahead log every 32 MiB rather than every 4 MiB: an index page
        // rewritten by many batches reaches the database file (and its fsync) once per
        // checkpoint, not once per 4 MiB of log
        conn.pragma_update(None, "wal_autocheckpoint", 8192)
            .map_err(open)?;
        let found: Option<String> = conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'schema_version'",
                [],
                |r| r.get(0),
            )
            .optional()
            .or_else(|e| match e {
                rusqlite::Error::SqliteFailure(_, _) => Ok(None),
                e => Err(e),
            })
            .map_err(open)?;
        if let Some(v) = found {
            let v: i64 = v.parse().unwrap_or(-1);
            if v != SCHEMA_VERSION {
                return Err(StoreError::Version {
                    path: shown,
                    found: v,
                });
            }
        }
        conn.execute_batch(SCHEMA).map_err(open)?;
        conn.execute_batch(&format!(
            "CREATE TABLE IF NOT EXISTS events ({EVENTS_TABLE});"
        ))
        .map_err(open)?;
        // indexes and triggers of earlier builds that cost ingest time and serve no query
        conn.execute_batch(
            "DROP TRIGGER IF EXISTS sentences_fts_insert; DROP TRIGGER IF EXISTS sentences_fts_delete;
             DROP INDEX IF EXISTS events_rank; DROP INDEX IF EXISTS events_group;
             DROP INDEX IF EXISTS mentions_group;",
        )
        .map_err(open)?;
        let indexed: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'fts_rowid'", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(open)?;
        if indexed.is_none() {
            // full-text index of a store from before it, or filled by triggers: rebuild once
            conn.execute_batch(
                "INSERT INTO sentences_fts(sentences_fts) VALUES('rebuild');
                 INSERT OR REPLACE INTO meta(key, value)
                   SELECT 'fts_rowid', COALESCE(MAX(rowid), 0) FROM sentences;",
            )
            .map_err(open)?;
        }
        conn.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?1)",
            params![SCHEMA_VERSION.to_string()],
        )
        .map_err(open)?;
        // a store written before events were merged incrementally: add the group and rank
        // keys, and merge everything once
        let has_group = has_column(&conn, "events", "group_key").map_err(open)?;
        // mentions keyed by their merge group (stores from before: add; filled by the re-key)
        for (table, column) in [
            ("mentions", "group_key"),
            ("mentions", "span_kind"),
            ("mentions", "span_lo"),
            ("mentions", "span_hi"),
            ("mentions", "precision"),
            ("mentions", "start_offset"),
            ("mentions", "end_date"),
            ("pending_groups", "lo"),
            ("pending_groups", "hi"),
            ("pending_groups", "apart"),
            ("pending_groups", "wide"),
            ("event_mentions", "seq"),
        ] {
            let decl = if matches!(column, "end_date" | "group_key") {
                "TEXT"
            } else {
                "INTEGER"
            };
            add_column(&conn, table, column, decl).map_err(open)?;
        }
        let partition: Option<String> = conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'merge_partition'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(open)?;
        let rekey = partition.as_deref() != Some(MERGE_PARTITION);
        if rekey {
            rekey_mentions(&conn).map_err(open)?;
        }
        conn.execute_batch(
            // every column clustering reads (`LIGHT`): a segment is read from the index alone,
            // never from the mention rows with their bodies
            "CREATE INDEX IF NOT EXISTS mentions_light ON mentions(group_key, span_kind, span_lo, span_hi, article_id, cameo, date, end_date, precision, start_offset);
             DROP INDEX IF EXISTS mentions_span;",
        )
        .map_err(open)?;
        // the recorded number of events is counted afresh by this process's first merge, in
        // case a build that did not keep it wrote to the store
        conn.execute("DELETE FROM meta WHERE key = 'event_count'", [])
            .map_err(open)?;
        let mut store = SqliteStore { conn };
        if !has_group {
            store
                .conn
                .execute_batch(
                    "ALTER TABLE events ADD COLUMN group_key TEXT; ALTER TABLE events ADD COLUMN rank_key TEXT;",
                )
                .map_err(open)?;
        }
        for (column, decl) in [
            ("span_lo", "INTEGER"),
            ("span_hi", "INTEGER"),
            ("place", "TEXT"),
            ("country", "TEXT"),
            ("lat", "REAL"),
            ("lon", "REAL"),
            ("src3", "TEXT"),
            ("tgt3", "TEXT"),
            ("precision", "TEXT"),
        ] {
            add_column(&store.conn, "events", column, decl).map_err(open)?;
        }
        if has_column(&store.conn, "events", "body").map_err(open)? {
            // events of a build that kept their JSON in the row (a listing then walked every
            // body's overflow pages): move the bodies out, once
            store
                .conn
                .execute_batch(&format!(
                    "BEGIN IMMEDIATE;
                     INSERT OR REPLACE INTO event_bodies(event_id, body) SELECT event_id, body FROM events;
                     CREATE TABLE events_slim ({EVENTS_TABLE});
                     INSERT INTO events_slim({EVENTS_COLUMNS}) SELECT {EVENTS_COLUMNS} FROM events;
                     DROP TABLE events;
                     ALTER TABLE events_slim RENAME TO events;
                     COMMIT;"
                ))
                .map_err(open)?;
        }
        if !has_group || rekey {
            store.rebuild_events().map_err(|e| match e {
                StoreError::Sql(source) => StoreError::Open {
                    path: shown.clone(),
                    source,
                },
                other => other,
            })?;
            store
                .conn
                .execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('merge_partition', ?1)",
                    params![MERGE_PARTITION],
                )
                .map_err(open)?;
        }
        store
            .conn
            .execute_batch(
                "DROP INDEX IF EXISTS events_source; DROP INDEX IF EXISTS events_target; CREATE INDEX IF NOT EXISTS events_span ON events(group_key, span_lo); CREATE INDEX IF NOT EXISTS events_pair ON events(src3, tgt3, rank_key); CREATE INDEX IF NOT EXISTS events_rank_key ON events(rank_key); CREATE INDEX IF NOT EXISTS events_src ON events(src3, rank_key, cameo); CREATE INDEX IF NOT EXISTS events_tgt ON events(tgt3, rank_key, cameo); CREATE INDEX IF NOT EXISTS events_pair_date ON events(src3, tgt3, date);",
            )
            .map_err(open)?;
        Ok(store)
    }

    /// Adds the sentences stored since the last search to the full-text index. Ingest does not
    /// index (it would cost it a third of its speed); the first search after it catches up.
    pub fn index_new_sentences(&self) -> Result<usize, StoreError> {
        let behind: bool = self.conn.query_row(
            "SELECT COALESCE(MAX(rowid), 0) > COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_rowid'), 0) FROM sentences",
            [],
            |r| r.get(0),
        )?;
        if !behind {
            return Ok(0);
        }
        let tx = rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Immediate,
        )?;
        let from: i64 = tx
            .query_row(
                "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_rowid'",
                [],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0);
        let n = tx.execute(
            "INSERT INTO sentences_fts(rowid, text) SELECT rowid, text FROM sentences WHERE rowid > ?1",
            params![from],
        )?;
        if n > 0 {
            tx.execute(
                "INSERT OR REPLACE INTO meta(key, value) SELECT 'fts_rowid', MAX(rowid) FROM sentences",
                [],
            )?;
        }
        tx.commit()?;
        Ok(n)
    }
}

impl Store for SqliteStore {
    /// Stores several articles in one transaction: all or none are stored, so a killed
    /// ingest leaves no half article and a re-run stores what is missing. The groups of
    /// mentions they touch are recorded in the same transaction, for [`Store::update_events`].
    fn put_batch(&mut self, batch: &[Coded]) -> Result<Vec<Stored>, StoreError> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(batch.len());
        let mut pending = Pending::new();
        for c in batch {
            out.push(put_in(&tx, c, &mut pending)?);
        }
        write_pending(&tx, &pending)?;
        tx.commit()?;
        Ok(out)
    }

    /// The (id, content hash) of every stored article: what a re-run can skip before coding.
    fn stored_articles(&self) -> Result<HashSet<(String, String)>, StoreError> {
        let mut st = self.conn.prepare("SELECT id, content_hash FROM articles")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from)
    }

    /// Every stored claim with its article's provenance, in article order.
    fn claims(&self) -> Result<Vec<ClaimRef>, StoreError> {
        let mut st = self.conn.prepare(
            "SELECT c.body, a.path, a.url, a.outlet, a.published FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.article_id, c.id",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (body, path, url, outlet, published) = row?;
            out.push(ClaimRef {
                claim: serde_json::from_str(&body)?,
                path,
                url,
                outlet,
                published: published.and_then(|d| d.parse().ok()),
            });
        }
        Ok(out)
    }

    /// Re-merges all stored mentions into events and replaces the events tables.
    fn rebuild_events(&mut self) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let (refs, ids) = load_mentions(&tx)?;
        let events = annals_merge::merge(refs);
        tx.execute("DELETE FROM event_mentions", [])?;
        tx.execute("DELETE FROM events", [])?;
        tx.execute("DELETE FROM event_bodies", [])?;
        insert_events(&tx, &events, &ids)?;
        tx.execute("DELETE FROM pending_groups", [])?;
        set_event_count(&tx, events.len() as i64)?;
        tx.commit()?;
        Ok(events.len())
    }

    /// Re-merges only the groups of mentions touched since the last merge: a new article joins
    /// the events of its code and country pair, and no other event is rebuilt. Returns the
    /// number of events in the store.
    fn update_events(&mut self) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        type Pending = (String, Option<i64>, Option<i64>, bool, bool);
        let touched: Vec<Pending> = {
            let mut st = tx.prepare("SELECT group_key, lo, hi, apart, wide FROM pending_groups")?;
            let rows = st.query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get::<_, Option<i64>>(3)?.unwrap_or(0) != 0,
                    r.get::<_, Option<i64>>(4)?.unwrap_or(0) != 0,
                ))
            })?;
            rows.collect::<Result<_, _>>()?
        };
        tx.execute("DELETE FROM pending_groups", [])?;
        // events added less events removed
        let mut delta = 0;
        for (key, lo, hi, apart, wide) in &touched {
            let wide = *wide
                || tx
                    .prepare_cached(
                        "SELECT 1 FROM mentions WHERE group_key = ?1 AND span_kind = ?2 LIMIT 1",
                    )?
                    .exists(params![key, SPAN_WIDE])?;
            if wide {
                // an undated mention or a long range may join anything in its group: merge
                // the group whole
                let rows = light_rows(&tx, key, None)?;
                delta += remerge(&tx, key, Window::Whole, rows)?;
                continue;
            }
            if let (Some(lo), Some(hi)) = (lo, hi) {
                // from a little before the new mentions' days to the end of their segment
                delta += remerge_days(&tx, key, *lo, *hi)?;
            }
            if *apart {
                let rows = light_rows(&tx, key, Some(SPAN_APART))?;
                delta += remerge(&tx, key, Window::YearDated, rows)?;
            }
        }
        // the count is kept up to date rather than counted: counting reads every event
        let n = event_count(&tx)? + delta;
        set_event_count(&tx, n)?;
        tx.commit()?;
        Ok(n.max(0) as usize)
    }

    /// Hands the events a filter selects to `each`, best-supported first, one at a time: an
    /// export of the whole store runs in constant memory.
    fn for_each_event(
        &self,
        f: &EventFilter,
        each: &mut dyn FnMut(Event) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let (sql, args) = filter_sql(EVENT_BODY, f, Dialect::Sqlite);
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            r.get::<_, String>(0)
        })?;
        for body in rows {
            each(event_from_body(&self.conn, &body?)?)?;
        }
        Ok(())
    }

    /// The events a filter selects, in rank order, as their indexed columns only: a listing
    /// that does not read the events' evidence.
    fn event_rows(&self, f: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
        let (sql, args) = filter_sql(EVENT_ROW_COLUMNS, f, Dialect::Sqlite);
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok(EventRow {
                event_id: r.get(0)?,
                cameo: r.get(1)?,
                status: r.get(2)?,
                source: r.get(3)?,
                target: r.get(4)?,
                date: r.get(5)?,
                end_date: r.get(6)?,
                num_articles: r.get::<_, i64>(7)? as usize,
                num_independent_outlets: r.get::<_, i64>(8)? as usize,
                place: EventPlace::from_columns(r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?),
                precision: r
                    .get::<_, Option<String>>(13)?
                    .and_then(|p| DatePrecision::parse(&p)),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One event by id.
    fn event(&self, id: &str) -> Result<Option<Event>, StoreError> {
        let body: Option<String> = self
            .conn
            .query_row(
                "SELECT body FROM event_bodies WHERE event_id = ?1",
                params![id],
                |r| r.get(0),
            )
            .optional()?;
        body.map(|b| event_from_body(&self.conn, &b)).transpose()
    }

    /// Actor codes starting with `prefix` (any, when empty), with the number of events each
    /// is a side of, most frequent first.
    fn actors(&self, prefix: &str, limit: usize) -> Result<Vec<(String, i64)>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT code, COUNT(*) AS n FROM (
                SELECT source_code AS code FROM events UNION ALL SELECT target_code FROM events)
             WHERE code LIKE ?1 AND code <> '' GROUP BY code ORDER BY n DESC, code LIMIT ?2",
        )?;
        let rows = st.query_map(
            params![format!("{}%", prefix.to_uppercase()), limit as i64],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Sentences matching an FTS5 query (`sign* AND trade`), best first: article id, sentence
    /// index, byte offsets and text.
    fn search(&self, query: &str, limit: usize) -> Result<Vec<SentenceHit>, StoreError> {
        let query = query::parse_query(query).map_err(StoreError::Query)?;
        self.index_new_sentences()?;
        let mut st = self.conn.prepare_cached(
            "SELECT s.article_id, s.idx, s.start, s.end, s.text FROM sentences_fts f
             JOIN sentences s ON s.rowid = f.rowid
             WHERE sentences_fts MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        let rows = st.query_map(params![query.to_fts5(), limit as i64], |r| {
            Ok(SentenceHit {
                article_id: r.get(0)?,
                index: r.get::<_, i64>(1)? as usize,
                start: r.get::<_, i64>(2)? as usize,
                end: r.get::<_, i64>(3)? as usize,
                text: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Counts of stored articles, sentences, mentions and events.
    fn counts(&self) -> Result<[i64; 4], StoreError> {
        let mut out = [0; 4];
        for (i, t) in ["articles", "sentences", "mentions", "events"]
            .iter()
            .enumerate()
        {
            out[i] = self
                .conn
                .query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0))?;
        }
        Ok(out)
    }
}

/// The content hash an article is stored under.
pub fn content_hash(article: &Article) -> String {
    stable_id(&[&article.text])
}

fn put_in(
    tx: &rusqlite::Transaction,
    c: &Coded,
    pending: &mut Pending,
) -> Result<Stored, StoreError> {
    let article = c.article;
    let hash = content_hash(article);
    let old: Option<String> = tx
        .query_row(
            "SELECT content_hash FROM articles WHERE id = ?1",
            params![article.id],
            |r| r.get(0),
        )
        .optional()?;
    let outcome = match old {
        Some(h) if h == hash => return Ok(Stored::Unchanged),
        Some(_) => {
            // the groups the old mentions were in are re-merged without them
            let mut st = tx.prepare("SELECT body FROM mentions WHERE article_id = ?1")?;
            let bodies = st.query_map(params![article.id], |r| r.get::<_, String>(0))?;
            for b in bodies {
                let m: Mention = serde_json::from_str(&b?)?;
                pend(pending, &m);
            }
            drop(st);
            // its sentences leave the full-text index (those already in it)
            tx.execute(
                "INSERT INTO sentences_fts(sentences_fts, rowid, text)
                 SELECT 'delete', rowid, text FROM sentences
                 WHERE article_id = ?1 AND rowid <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_rowid')",
                params![article.id],
            )?;
            tx.execute("DELETE FROM articles WHERE id = ?1", params![article.id])?;
            Stored::Replaced
        }
        None => Stored::Added,
    };
    tx.execute(
        "INSERT INTO articles(id, path, url, outlet, published, title, text, content_hash) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
        params![
            article.id,
            article.path,
            article.url,
            article.outlet,
            article.published.map(|d| d.to_string()),
            article.title,
            article.text,
            hash
        ],
    )?;
    let mut st = tx.prepare_cached(
        "INSERT INTO sentences(article_id, idx, start, end, text) VALUES (?1,?2,?3,?4,?5)",
    )?;
    for s in c.sentences {
        st.execute(params![
            article.id,
            s.index as i64,
            s.start as i64,
            s.end as i64,
            s.text
        ])?;
    }
    if outcome == Stored::Replaced {
        // new sentences that took rowids the index has passed are indexed now
        tx.execute(
            "INSERT INTO sentences_fts(rowid, text) SELECT rowid, text FROM sentences
             WHERE article_id = ?1 AND rowid <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_rowid')",
            params![article.id],
        )?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO mentions(article_id, sentence_index, cameo, source_code, target_code, status, date, body, group_key, span_kind, span_lo, span_hi, precision, start_offset, end_date) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)",
    )?;
    for m in c.mentions {
        let key = annals_merge::group_key(m);
        let (kind, lo, hi) = span_columns(m);
        st.execute(params![
            article.id,
            m.sentence_index as i64,
            m.cameo.as_str(),
            m.source.code.as_str(),
            m.target.code.as_str(),
            m.status.as_str(),
            m.date.map(|d| d.to_string()),
            serde_json::to_string(m)?,
            group_text(&key),
            kind,
            lo,
            hi,
            precision_code(m.date_precision),
            m.start as i64,
            m.end_date.map(|d| d.to_string())
        ])?;
        pend(pending, m);
    }
    let mut st =
        tx.prepare_cached("INSERT INTO claims(article_id, measure, body) VALUES (?1,?2,?3)")?;
    for k in c.claims {
        st.execute(params![article.id, k.measure, serde_json::to_string(k)?])?;
    }
    Ok(outcome)
}

/// The groups a batch touched, with the days its mentions stand on: (days, year-dated,
/// wide) per group key, and the key's parts.
type Pending = HashMap<String, (annals_merge::GroupKey, Option<(i64, i64)>, bool, bool)>;

/// Notes a mention's group, and the days it stands on, as waiting to be merged.
fn pend(pending: &mut Pending, m: &Mention) {
    let k = annals_merge::group_key(m);
    let (kind, lo, hi) = span_columns(m);
    let slot = pending
        .entry(group_text(&k))
        .or_insert_with(|| (k, None, false, false));
    if let (Some(lo), Some(hi)) = (lo, hi) {
        slot.1 = Some(slot.1.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
    }
    slot.2 |= kind == SPAN_APART;
    slot.3 |= kind == SPAN_WIDE;
}

/// Records a batch's touched groups as waiting to be merged (merged with those already
/// waiting), in the batch's transaction.
fn write_pending(tx: &rusqlite::Transaction, pending: &Pending) -> Result<(), StoreError> {
    let mut st = tx.prepare_cached(
        "INSERT INTO pending_groups(group_key, code, a, b, negative, lo, hi, apart, wide)
         VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)
         ON CONFLICT(group_key) DO UPDATE SET
           lo = CASE WHEN lo IS NULL THEN excluded.lo WHEN excluded.lo IS NULL THEN lo
                     ELSE min(lo, excluded.lo) END,
           hi = CASE WHEN hi IS NULL THEN excluded.hi WHEN excluded.hi IS NULL THEN hi
                     ELSE max(hi, excluded.hi) END,
           apart = max(coalesce(apart, 0), excluded.apart),
           wide = max(coalesce(wide, 0), excluded.wide)",
    )?;
    for (text, (k, days, apart, wide)) in pending {
        st.execute(params![
            text,
            k.0,
            k.1,
            k.2,
            i64::from(k.3),
            days.map(|d| d.0),
            days.map(|d| d.1),
            i64::from(*apart),
            i64::from(*wide)
        ])?;
    }
    Ok(())
}

/// The last day of the segment of the group that days `lo..=hi` fall in: spans chained no
/// more than [`annals_merge::SEGMENT_GAP_DAYS`] apart; nothing after it can change when
/// mentions on these days come or go. Reads strip after strip of the `(group_key, span_kind,
/// span_lo)` index, each once.
fn segment_end(tx: &rusqlite::Transaction, key: &str, lo: i64, hi: i64) -> Result<i64, StoreError> {
    let gap = annals_merge::SEGMENT_GAP_DAYS;
    let mut st = tx.prepare_cached(
        "SELECT MAX(span_hi) FROM mentions WHERE group_key = ?1 AND span_kind = ?2 AND span_lo BETWEEN ?3 AND ?4",
    )?;
    let (mut from, mut end) = (lo - annals_merge::MAX_LOCAL_SPAN_DAYS, hi);
    loop {
        let reach: Option<i64> =
            st.query_row(params![key, SPAN_DAYS, from, end + gap], |r| r.get(0))?;
        match reach {
            Some(r) if r > end => {
                from = end + gap + 1;
                end = r;
            }
            _ => return Ok(end),
        }
    }
}

/// Re-merges a group's day-dated events after mentions on days `lo..=hi` came or went: the
/// mentions of a window around the change ([`annals_merge::Restart`]), and every mention of
/// the stored events they are in, re-clustered with those the change cannot move pinned to
/// their events. The window starts a little before the change and ends where the changed
/// events stop reaching (at the end of the segment at the latest), so the work is that of the
/// days around the change, however long the group's history.
fn remerge_days(
    tx: &rusqlite::Transaction,
    key: &str,
    lo: i64,
    hi: i64,
) -> Result<i64, StoreError> {
    let end = segment_end(tx, key, lo, hi)?;
    let mut restart = annals_merge::Restart::around(lo, hi, end);
    loop {
        let days = (restart.read_from, restart.read_to().unwrap_or(end));
        let window = Window::Days(days.0, days.1);
        let (stored, read) = read_window(tx, key, days)?;
        let total = read.len();
        match annals_merge::recluster_round(read, |l| l.id, stored.values(), &restart, end) {
            Ok(clusters) => return replace_events(tx, key, window, stored, clusters, total),
            Err(wider) => restart = wider,
        }
    }
}

/// The stored events overlapping a window of days of a group, and the day-spanned mentions
/// in the window with every other mention of those events, read without their bodies.
fn read_window(
    tx: &rusqlite::Transaction,
    key: &str,
    (from, to): (i64, i64),
) -> Result<(StoredEvents, Vec<Light>), StoreError> {
    let stored = stored_events(tx, key, Window::Days(from, to))?;
    let mut st = tx.prepare_cached(&format!(
        "SELECT {LIGHT} FROM mentions WHERE group_key = ?1 AND span_kind = ?2 AND span_lo BETWEEN ?3 AND ?4"
    ))?;
    let rows = st.query_map(
        params![key, SPAN_DAYS, from - annals_merge::MAX_LOCAL_SPAN_DAYS, to],
        light_row,
    )?;
    let mut read: Vec<Light> = Vec::new();
    for row in rows {
        let (_, span_hi, l) = row?;
        if span_hi.unwrap_or(i64::MAX) >= from {
            read.push(l);
        }
    }
    // the stored events' mentions outside the window (a removed mention's row id may have
    // been given to a new mention of another group)
    let have: HashSet<i64> = read.iter().map(|l| l.id).collect();
    let mut st = tx.prepare_cached(&format!(
        "SELECT {LIGHT} FROM mentions WHERE id = ?1 AND group_key = ?2 AND span_kind = ?3"
    ))?;
    for &id in stored.values().flatten() {
        if !have.contains(&id) {
            if let Some((_, _, l)) = st
                .query_row(params![id, key, SPAN_DAYS], light_row)
                .optional()?
            {
                read.push(l);
            }
        }
    }
    Ok((stored, read))
}

/// The columns [`light_row`] reads.
const LIGHT: &str = "id, span_lo, span_hi, article_id, cameo, date, end_date, precision, \
     start_offset, (SELECT published FROM articles a WHERE a.id = mentions.article_id)";

/// A mention row read as its span and a [`Light`].
fn light_row(r: &rusqlite::Row) -> rusqlite::Result<(Option<i64>, Option<i64>, Light)> {
    Ok((
        r.get(1)?,
        r.get(2)?,
        Light {
            id: r.get(0)?,
            article_id: r.get(3)?,
            cameo: r.get(4)?,
            date: r.get::<_, Option<String>>(5)?.and_then(|d| d.parse().ok()),
            end_date: r.get::<_, Option<String>>(6)?.and_then(|d| d.parse().ok()),
            precision: precision_of(r.get(7)?),
            offset: r.get::<_, Option<i64>>(8)?.unwrap_or(0) as usize,
            published: r
                .get::<_, Option<String>>(9)?
                .and_then(|d| d.get(..10).and_then(|d| d.parse().ok())),
        },
    ))
}

/// A group's mentions of one span kind (all kinds: `None`), as light rows.
fn light_rows(
    tx: &rusqlite::Transaction,
    key: &str,
    kind: Option<i64>,
) -> Result<Vec<Light>, StoreError> {
    let mut st = tx.prepare_cached(&format!(
        "SELECT {LIGHT} FROM mentions WHERE group_key = ?1 AND (?2 IS NULL OR span_kind = ?2)"
    ))?;
    let rows = st.query_map(params![key, kind], light_row)?;
    rows.map(|r| Ok(r?.2)).collect()
}

/// Which stored events of a group a re-merge replaces.
#[derive(Clone, Copy)]
enum Window {
    /// Those on these days (a union of whole segments).
    Days(i64, i64),
    /// Those of year-dated mentions.
    YearDated,
    /// All.
    Whole,
}

/// Re-clusters one window of a group from light rows and rebuilds only the events whose
/// mentions changed; the stored events in the window with the same mentions stay as they are.
fn remerge(
    tx: &rusqlite::Transaction,
    key: &str,
    window: Window,
    rows: Vec<Light>,
) -> Result<i64, StoreError> {
    let stored = stored_events(tx, key, window)?;
    let total = rows.len();
    replace_events(tx, key, window, stored, annals_merge::clusters(rows), total)
}

/// Stored events, each with its mentions' row ids.
type StoredEvents = HashMap<String, Vec<i64>>;

/// The stored events of a window of a group, each with its mentions' row ids.
fn stored_events(
    tx: &rusqlite::Transaction,
    key: &str,
    window: Window,
) -> Result<StoredEvents, StoreError> {
    let (filter, lo, hi) = match window {
        // the index on (group_key, span_lo) reads only the events that may overlap
        Window::Days(lo, hi) => (
            "e.span_lo BETWEEN ?2 - ?4 AND ?3 AND e.span_hi >= ?2",
            Some(lo),
            Some(hi),
        ),
        Window::YearDated => ("e.span_lo IS NULL", None, None),
        Window::Whole => ("1", None, None),
    };
    let mut st = tx.prepare_cached(&format!(
        "SELECT e.event_id, em.mention_id FROM events e
         LEFT JOIN event_mentions em ON em.event_id = e.event_id
         WHERE e.group_key = ?1 AND {filter}"
    ))?;
    let reach = annals_merge::MAX_EVENT_SPAN_DAYS;
    let args: Vec<&dyn rusqlite::ToSql> = match (&lo, &hi) {
        (Some(lo), Some(hi)) => vec![&key, lo, hi, &reach],
        _ => vec![&key],
    };
    let rows = st.query_map(args.as_slice(), |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?))
    })?;
    let mut stored = StoredEvents::new();
    for row in rows {
        let (event, mention) = row?;
        stored.entry(event).or_default().extend(mention);
    }
    Ok(stored)
}

/// Replaces a window's stored events with the clusters of its mentions (`total` of them read):
/// the events whose mentions are the same stay as they are, the others are deleted and built
/// again.
fn replace_events(
    tx: &rusqlite::Transaction,
    key: &str,
    window: Window,
    stored: StoredEvents,
    clusters: Vec<Vec<Light>>,
    total: usize,
) -> Result<i64, StoreError> {
    let by_members: HashMap<Vec<i64>, String> = stored
        .into_iter()
        .map(|(e, mut ids)| {
            ids.sort_unstable();
            (ids, e)
        })
        .collect();
    let mut kept = HashSet::new();
    let mut changed: Vec<Vec<i64>> = Vec::new();
    for cluster in clusters {
        let mut ids: Vec<i64> = cluster.iter().map(|l| l.id).collect();
        ids.sort_unstable();
        match by_members.get(&ids) {
            Some(e) => {
                kept.insert(e.clone());
            }
            None => changed.push(ids),
        }
    }
    let mut removed = 0;
    for e in by_members.values().filter(|e| !kept.contains(*e)) {
        tx.prepare_cached("DELETE FROM event_mentions WHERE event_id = ?1")?
            .execute(params![e])?;
        removed += tx
            .prepare_cached("DELETE FROM events WHERE event_id = ?1")?
            .execute(params![e])? as i64;
        tx.prepare_cached("DELETE FROM event_bodies WHERE event_id = ?1")?
            .execute(params![e])?;
    }
    if changed.is_empty() {
        return Ok(-removed);
    }
    // the changed clusters' mentions: looked up one by one when they are few, else read with
    // the window in one pass
    let wanted: Vec<i64> = changed.iter().flatten().copied().collect();
    let (mut refs, mut ids) = if wanted.len() * 4 < total {
        load_mention_ids(tx, &wanted)?
    } else {
        load_window(tx, key, window, &wanted.iter().copied().collect())?
    };
    // members of stored events that began before the window are looked up one by one
    let found: HashSet<i64> = refs.iter().map(|(id, _)| *id).collect();
    let rest: Vec<i64> = wanted
        .into_iter()
        .filter(|id| !found.contains(id))
        .collect();
    if !rest.is_empty() {
        let (more, more_ids) = load_mention_ids(tx, &rest)?;
        refs.extend(more);
        for (k, v) in more_ids {
            ids.entry(k).or_default().extend(v);
        }
    }
    let mut by_id: HashMap<i64, MentionRef> = refs.into_iter().collect();
    let events: Vec<Event> = changed
        .iter()
        .map(|c| {
            c.iter()
                .filter_map(|id| by_id.remove(id))
                .collect::<Vec<_>>()
        })
        .filter(|members| !members.is_empty())
        .map(annals_merge::event_of)
        .collect();
    // an event's id is its earliest mention's: the events removed above are the only ones
    // a new event's id can have been
    insert_events(tx, &events, &ids)?;
    Ok(events.len() as i64 - removed)
}

/// The number of events, as last recorded (see [`set_event_count`]), or counted.
fn event_count(tx: &rusqlite::Transaction) -> Result<i64, StoreError> {
    let kept: Option<String> = tx
        .query_row(
            "SELECT value FROM meta WHERE key = 'event_count'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    match kept.and_then(|v| v.parse().ok()) {
        Some(n) => Ok(n),
        None => Ok(tx.query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0))?),
    }
}

/// Records the number of events (in the transaction that changed them). Each process
/// counts once, on its first merge, and keeps the figure up to date from there.
fn set_event_count(tx: &rusqlite::Transaction, n: i64) -> Result<(), StoreError> {
    tx.prepare_cached("INSERT OR REPLACE INTO meta(key, value) VALUES ('event_count', ?1)")?
        .execute(params![n.to_string()])?;
    Ok(())
}

/// The mentions of a window of a group whose row ids are in `wanted`, read in one pass.
fn load_window(
    tx: &rusqlite::Transaction,
    key: &str,
    window: Window,
    wanted: &HashSet<i64>,
) -> Result<(Vec<(i64, MentionRef)>, MentionIds), StoreError> {
    let base = "SELECT m.id, m.body, a.path, a.url, a.outlet, a.published FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.group_key = ?1";
    let (sql, lo, hi) = match window {
        Window::Days(lo, hi) => (
            format!("{base} AND m.span_kind = {SPAN_DAYS} AND m.span_lo BETWEEN ?2 AND ?3"),
            Some(lo - annals_merge::SEGMENT_GAP_DAYS - annals_merge::MAX_LOCAL_SPAN_DAYS),
            Some(hi),
        ),
        Window::YearDated => (
            format!("{base} AND m.span_kind = {SPAN_APART} AND ?2 IS NULL AND ?3 IS NULL"),
            None,
            None,
        ),
        Window::Whole => (format!("{base} AND ?2 IS NULL AND ?3 IS NULL"), None, None),
    };
    let mut st = tx.prepare_cached(&sql)?;
    let rows = st.query_map(params![key, lo, hi], mention_row)?;
    let mut refs = Vec::new();
    let mut ids = MentionIds::new();
    for row in rows {
        let row = row?;
        if !wanted.contains(&row.0) {
            continue;
        }
        let (id, r) = mention_ref(row)?;
        note_id(&mut ids, &r.mention, id);
        refs.push((id, r));
    }
    Ok((refs, ids))
}

/// A mention row with its article's provenance: id, body, path, url, outlet, published.
type MentionRow = (
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Reads the columns `m.id, m.body, a.path, a.url, a.outlet, a.published`.
fn mention_row(r: &rusqlite::Row) -> rusqlite::Result<MentionRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
    ))
}

fn mention_ref(
    (id, body, path, url, outlet, published): MentionRow,
) -> Result<(i64, MentionRef), StoreError> {
    Ok((
        id,
        MentionRef {
            mention: serde_json::from_str(&body)?,
            path,
            url,
            outlet,
            published: published.and_then(|p| p.parse().ok()),
        },
    ))
}

/// Writes every mention's merge group key afresh (a store from before the key or its
/// partition changed).
fn rekey_mentions(conn: &Connection) -> Result<(), rusqlite::Error> {
    let rows: Vec<(i64, String)> = {
        let mut st = conn.prepare("SELECT id, body FROM mentions")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    let mut up = conn.prepare(
        "UPDATE mentions SET group_key = ?1, span_kind = ?2, span_lo = ?3, span_hi = ?4,
         precision = ?5, start_offset = ?6, end_date = ?7, date = ?8 WHERE id = ?9",
    )?;
    for (id, body) in rows {
        if let Ok(m) = serde_json::from_str::<Mention>(&body) {
            let (kind, lo, hi) = span_columns(&m);
            up.execute(params![
                group_text(&annals_merge::group_key(&m)),
                kind,
                lo,
                hi,
                precision_code(m.date_precision),
                m.start as i64,
                m.end_date.map(|d| d.to_string()),
                m.date.map(|d| d.to_string()),
                id
            ])?;
        }
    }
    Ok(())
}

/// A mention's identity within the store, to link events to mention rows: the row ids of
/// the mentions with each identity (two mentions may share one).
type MentionIds = HashMap<(String, usize, String, String, String), Vec<i64>>;

/// Records that row `id` holds `m`.
fn note_id(ids: &mut MentionIds, m: &Mention, id: i64) {
    ids.entry(mention_identity(m)).or_default().push(id);
}

/// The stored mentions of these row ids, with their articles' provenance.
fn load_mention_ids(
    tx: &rusqlite::Transaction,
    ids: &[i64],
) -> Result<(Vec<(i64, MentionRef)>, MentionIds), StoreError> {
    let mut st = tx.prepare_cached(
        "SELECT m.id, m.body, a.path, a.url, a.outlet, a.published FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.id = ?1",
    )?;
    let mut refs = Vec::with_capacity(ids.len());
    let mut out = MentionIds::new();
    for &id in ids {
        let Some(row) = st.query_row(params![id], mention_row).optional()? else {
            continue;
        };
        let (id, r) = mention_ref(row)?;
        note_id(&mut out, &r.mention, id);
        refs.push((id, r));
    }
    Ok((refs, out))
}

/// Every stored mention with its article's provenance.
fn load_mentions(tx: &rusqlite::Transaction) -> Result<(Vec<MentionRef>, MentionIds), StoreError> {
    let mut st = tx.prepare_cached(
        "SELECT m.id, m.body, a.path, a.url, a.outlet, a.published FROM mentions m JOIN articles a ON a.id = m.article_id ORDER BY m.id",
    )?;
    let rows = st.query_map([], mention_row)?;
    let mut refs = Vec::new();
    let mut ids = MentionIds::new();
    for row in rows {
        let (id, r) = mention_ref(row?)?;
        note_id(&mut ids, &r.mention, id);
        refs.push(r);
    }
    Ok((refs, ids))
}

fn mention_identity(m: &Mention) -> (String, usize, String, String, String) {
    (
        m.article_id.clone(),
        m.start,
        m.cameo.0.clone(),
        m.source.code.0.clone(),
        m.target.code.0.clone(),
    )
}

/// Writes merged events with their group and rank keys, and links them to their mentions.
fn insert_events(
    tx: &rusqlite::Transaction,
    events: &[Event],
    ids: &MentionIds,
) -> Result<(), StoreError> {
    let mut ins = tx.prepare_cached(
        "INSERT OR REPLACE INTO events(event_id, cameo, status, source_code, target_code, date, end_date, num_articles, num_outlets, group_key, rank_key, span_lo, span_hi, place, country, lat, lon, src3, tgt3, precision) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20)",
    )?;
    let mut body =
        tx.prepare_cached("INSERT OR REPLACE INTO event_bodies(event_id, body) VALUES (?1, ?2)")?;
    let mut link = tx.prepare_cached(
        "INSERT OR REPLACE INTO event_mentions(event_id, mention_id, seq) VALUES (?1, ?2, ?3)",
    )?;
    for e in events {
        let group = e
            .mentions
            .first()
            .map(|m| group_text(&annals_merge::group_key(&m.mention)));
        let span = annals_merge::event_span(e);
        // each mention's row, in the event's order; the stored body then leaves the mentions
        // out (they are read back from their rows), unless one has no row to point to
        let mut rows: Vec<i64> = Vec::with_capacity(e.mentions.len());
        let mut used: HashSet<i64> = HashSet::with_capacity(e.mentions.len());
        for m in &e.mentions {
            let free = ids
                .get(&mention_identity(&m.mention))
                .and_then(|c| c.iter().find(|id| !used.contains(*id)));
            if let Some(&id) = free {
                used.insert(id);
                rows.push(id);
            }
        }
        let text = if rows.len() == e.mentions.len() {
            serde_json::to_string(&e.head())?
        } else {
            serde_json::to_string(e)?
        };
        body.execute(params![e.event_id, text])?;
        ins.execute(params![
            e.event_id,
            e.cameo.as_str(),
            e.status.as_str(),
            e.source.code.as_str(),
            e.target.code.as_str(),
            e.date.map(|d| d.to_string()),
            e.end_date.map(|d| d.to_string()),
            e.num_articles as i64,
            // --min-sources counts independent outlets
            e.num_independent_outlets as i64,
            group,
            annals_merge::rank_key(e),
            span.map(|s| s.0),
            span.map(|s| s.1),
            e.location.as_ref().map(|l| l.name.as_str()),
            e.location.as_ref().map(|l| l.country.as_str()),
            e.location.as_ref().map(|l| l.lat),
            e.location.as_ref().map(|l| l.lon),
            e.source.code.country(),
            e.target.code.country(),
            e.date_precision.map(|p| p.as_str()),
        ])?;
        for (seq, id) in rows.iter().enumerate() {
            link.execute(params![e.event_id, id, seq as i64])?;
        }
    }
    Ok(())
}

/// An event read from its stored body: a body stored without its mentions gets them back
/// from their rows, in the event's order, with their articles' provenance.
fn event_from_body(conn: &Connection, body: &str) -> Result<Event, StoreError> {
    let mut e: Event = serde_json::from_str(body)?;
    if e.mentions.is_empty() {
        let mut st = conn.prepare_cached(
            "SELECT m.id, m.body, a.path, a.url, a.outlet, a.published FROM event_mentions em
             JOIN mentions m ON m.id = em.mention_id JOIN articles a ON a.id = m.article_id
             WHERE em.event_id = ?1 ORDER BY em.seq, em.mention_id",
        )?;
        let rows = st.query_map(params![e.event_id], mention_row)?;
        for row in rows {
            e.mentions.push(mention_ref(row?)?.1);
        }
    }
    Ok(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_model::{Actor, ActorCode, EventCode, Explanation, Status};

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            path: None,
            url: None,
            outlet: Some("Ledger".into()),
            published: "2025-03-04".parse().ok(),
            title: None,
            text: text.into(),
        }
    }

    fn mention(article: &str, code: &str) -> Mention {
        Mention {
            article_id: article.into(),
            sentence_index: 0,
            start: 0,
            end: 5,
            sentence: "Norway visited Chile.".into(),
            cameo: EventCode(code.into()),
            source: Actor {
                code: ActorCode("NOR".into()),
                name: "Norway".into(),
                entity: None,
                role: None,
            },
            target: Actor {
                code: ActorCode("CHL".into()),
                name: "Chile".into(),
                entity: None,
                role: None,
            },
            status: Status::Reported,
            date: "2025-03-04".parse().ok(),
            end_date: None,
            date_precision: Some(annals_model::DatePrecision::Day),
            location: None,
            explanation: Explanation {
                rule: "042 V visit".into(),
                verb: "visited".into(),
                roles: String::new(),
                modality: None,
                paired: false,
            },
            background: false,
        }
    }

    #[test]
    fn the_sqlite_store_keeps_the_store_contract() {
        let dir = std::env::temp_dir().join(format!("annals-contract-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut n = 0;
        crate::contract::run(&mut || {
            n += 1;
            Box::new(SqliteStore::open(&dir.join(format!("{n}.db"))).unwrap())
        });
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn search_finds_stored_sentences_and_forgets_replaced_ones() {
        let dir = std::env::temp_dir().join(format!("annals-store-fts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.db");
        let _ = std::fs::remove_file(&path);
        let mut s = SqliteStore::open(&path).unwrap();
        let sentence = |text: &str| Sentence {
            index: 0,
            start: 0,
            end: text.len(),
            text: text.into(),
        };
        let a = article("a", "Norway visited Chile.");
        s.put_article(&a, &[sentence("Norway visited Chile.")], &[], &[])
            .unwrap();
        let b = article("b", "Peru hosted talks.");
        s.put_article(&b, &[sentence("Peru hosted talks.")], &[], &[])
            .unwrap();
        let hits = |s: &SqliteStore, q: &str| -> Vec<String> {
            s.search(q, 10)
                .unwrap()
                .into_iter()
                .map(|h| h.article_id)
                .collect()
        };
        assert_eq!(hits(&s, "visit*"), vec!["a"]);
        // article b replaced after it was indexed: the old words are gone, the new found
        let b2 = article("b", "Peru signed a treaty.");
        s.put_article(&b2, &[sentence("Peru signed a treaty.")], &[], &[])
            .unwrap();
        assert!(hits(&s, "hosted").is_empty());
        assert_eq!(hits(&s, "treaty"), vec!["b"]);
        assert!(s.search("\"unbalanced", 10).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Event bodies are stored without their mentions, which are read back from their rows:
    /// two mentions that look alike (same article, offset, code and actors) both come back,
    /// in the event's order, and a body written whole by an earlier build reads the same.
    #[test]
    fn events_read_their_mentions_back_from_the_mention_rows() {
        let dir = std::env::temp_dir().join(format!("annals-store-heads-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.db");
        let _ = std::fs::remove_file(&path);
        let mut s = SqliteStore::open(&path).unwrap();
        let a = article("a", "Norway visited Chile.");
        let mut twin = mention("a", "042");
        twin.sentence_index = 1;
        twin.sentence = "Norway visited Chile, it said.".into();
        s.put_article(&a, &[], &[mention("a", "042"), twin], &[])
            .unwrap();
        s.put_article(
            &article("b", "Norway visited Chile."),
            &[],
            &[mention("b", "042")],
            &[],
        )
        .unwrap();
        s.update_events().unwrap();
        let events = s.events(&EventFilter::default()).unwrap();
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].mentions.len(), 3);
        let head: String = s
            .conn
            .query_row("SELECT body FROM event_bodies", [], |r| r.get(0))
            .unwrap();
        assert!(head.contains("\"mentions\":[]"), "{head}");
        assert_eq!(
            s.event(&events[0].event_id).unwrap().as_ref(),
            Some(&events[0])
        );
        // a store whose bodies hold their mentions (an earlier build) reads the same
        s.conn
            .execute(
                "UPDATE event_bodies SET body = ?1",
                params![serde_json::to_string(&events[0]).unwrap()],
            )
            .unwrap();
        s.conn.execute("DELETE FROM event_mentions", []).unwrap();
        assert_eq!(s.events(&EventFilter::default()).unwrap(), events);
        drop(s);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn reingest_is_idempotent_and_filters_work() {
        let dir = std::env::temp_dir().join(format!("annals-store-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.db");
        let _ = std::fs::remove_file(&path);
        let mut s = SqliteStore::open(&path).unwrap();
        let a = article("a", "Norway visited Chile.");
        assert_eq!(
            s.put_article(&a, &[], &[mention("a", "042")], &[]).unwrap(),
            Stored::Added
        );
        assert_eq!(
            s.put_article(&a, &[], &[mention("a", "042")], &[]).unwrap(),
            Stored::Unchanged
        );
        s.rebuild_events().unwrap();
        let before = s.events(&EventFilter::default()).unwrap();
        assert_eq!(
            s.put_article(&a, &[], &[mention("a", "042")], &[]).unwrap(),
            Stored::Unchanged
        );
        s.rebuild_events().unwrap();
        assert_eq!(before, s.events(&EventFilter::default()).unwrap());
        assert_eq!(s.counts().unwrap(), [1, 0, 1, 1]);
        let b = article("a", "Norway visited Chile again.");
        assert_eq!(
            s.put_article(&b, &[], &[mention("a", "057")], &[]).unwrap(),
            Stored::Replaced
        );
        s.rebuild_events().unwrap();
        assert_eq!(s.counts().unwrap(), [1, 0, 1, 1]);
        let f = |code: &str| EventFilter {
            code: Some(code.into()),
            ..Default::default()
        };
        assert_eq!(s.events(&f("05")).unwrap().len(), 1);
        assert_eq!(s.events(&f("04")).unwrap().len(), 0);
        let dy = EventFilter {
            dyad: Some(("CHL".into(), "NOR".into())),
            ..Default::default()
        };
        assert_eq!(s.events(&dy).unwrap().len(), 1);
        drop(s);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
