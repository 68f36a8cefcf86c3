//! Store: annals' embedded SQLite database (WAL mode, versioned schema).
//!
//! Articles are keyed by id and a content hash, so re-ingesting the same article changes
//! nothing; an article whose text changed replaces its sentences and mentions. Events are
//! merged incrementally: after an ingest only the groups of mentions it touched (same base
//! code and country pair, see [`annals_merge::group_key`]) are re-merged, in one transaction,
//! and each event keeps a rank key of its own, so nothing else is re-ranked. Merging a group is
//! deterministic, so the store's events do not depend on ingest order.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use annals_model::hash::stable_id;
use annals_model::{Article, Claim, ClaimRef, Date, Event, Mention, MentionRef, Sentence};
use rusqlite::{params, Connection, OptionalExtension};

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
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub min_sources: Option<usize>,
    /// Statuses to keep (empty: all).
    pub statuses: Vec<String>,
    pub limit: Option<usize>,
}

/// An open store.
pub struct Store {
    conn: Connection,
}

/// One article ready to store: its sentences, mentions and claims.
pub struct Coded<'a> {
    pub article: &'a Article,
    pub sentences: &'a [Sentence],
    pub mentions: &'a [Mention],
    pub claims: &'a [Claim],
}

fn group_text(k: &annals_merge::GroupKey) -> String {
    format!("{}|{}|{}|{}", k.0, k.1, k.2, u8::from(k.3))
}

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
    group_key TEXT);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY, rank INTEGER NOT NULL, cameo TEXT NOT NULL, status TEXT NOT NULL,
    source_code TEXT NOT NULL, target_code TEXT NOT NULL, date TEXT, end_date TEXT,
    num_articles INTEGER NOT NULL, num_outlets INTEGER NOT NULL, body TEXT NOT NULL,
    group_key TEXT, rank_key TEXT);
CREATE INDEX IF NOT EXISTS events_rank ON events(rank);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    measure TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
CREATE TABLE IF NOT EXISTS pending_groups (
    group_key TEXT PRIMARY KEY, code TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,
    negative INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id TEXT NOT NULL, mention_id INTEGER NOT NULL, PRIMARY KEY (event_id, mention_id));
";

impl Store {
    /// Opens (creating if needed) the SQLite store at `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
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
        conn.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?1)",
            params![SCHEMA_VERSION.to_string()],
        )
        .map_err(open)?;
        // a store written before events were merged incrementally: add the group and rank
        // keys, and merge everything once
        let has_group: bool = conn
            .query_row(
                "SELECT COUNT(*) FROM pragma_table_info('events') WHERE name = 'group_key'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map_err(open)?
            > 0;
        // mentions keyed by their merge group (stores from before: add and fill the key)
        let mentions_keyed: bool = conn
            .query_row(
                "SELECT COUNT(*) FROM pragma_table_info('mentions') WHERE name = 'group_key'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map_err(open)?
            > 0;
        if !mentions_keyed {
            conn.execute_batch("ALTER TABLE mentions ADD COLUMN group_key TEXT;")
                .map_err(open)?;
            let rows: Vec<(i64, String)> = {
                let mut st = conn
                    .prepare("SELECT id, body FROM mentions")
                    .map_err(open)?;
                let rows = st
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                    .map_err(open)?;
                rows.collect::<Result<_, _>>().map_err(open)?
            };
            for (id, body) in rows {
                if let Ok(m) = serde_json::from_str::<Mention>(&body) {
                    conn.execute(
                        "UPDATE mentions SET group_key = ?1 WHERE id = ?2",
                        params![group_text(&annals_merge::group_key(&m)), id],
                    )
                    .map_err(open)?;
                }
            }
        }
        conn.execute_batch("CREATE INDEX IF NOT EXISTS mentions_group ON mentions(group_key);")
            .map_err(open)?;
        let mut store = Store { conn };
        if !has_group {
            store
                .conn
                .execute_batch(
                    "ALTER TABLE events ADD COLUMN group_key TEXT; ALTER TABLE events ADD COLUMN rank_key TEXT;",
                )
                .map_err(open)?;
            store.rebuild_events().map_err(|e| match e {
                StoreError::Sql(source) => StoreError::Open {
                    path: shown.clone(),
                    source,
                },
                other => other,
            })?;
        }
        store
            .conn
            .execute_batch(
                "CREATE INDEX IF NOT EXISTS events_group ON events(group_key); CREATE INDEX IF NOT EXISTS events_rank_key ON events(rank_key);",
            )
            .map_err(open)?;
        Ok(store)
    }

    /// Stores an article with its sentences, mentions and claims, in one transaction. An
    /// article already stored with the same text is left as it is.
    pub fn put_article(
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

    /// Stores several articles in one transaction: all or none are stored, so a killed
    /// ingest leaves no half article and a re-run stores what is missing. The groups of
    /// mentions they touch are recorded in the same transaction, for [`Store::update_events`].
    pub fn put_batch(&mut self, batch: &[Coded]) -> Result<Vec<Stored>, StoreError> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(batch.len());
        for c in batch {
            out.push(put_in(&tx, c)?);
        }
        tx.commit()?;
        Ok(out)
    }

    /// The (id, content hash) of every stored article: what a re-run can skip before coding.
    pub fn stored_articles(&self) -> Result<HashSet<(String, String)>, StoreError> {
        let mut st = self.conn.prepare("SELECT id, content_hash FROM articles")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from)
    }

    /// Every stored claim with its article's provenance, in article order.
    pub fn claims(&self) -> Result<Vec<ClaimRef>, StoreError> {
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
    pub fn rebuild_events(&mut self) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let (refs, ids) = load_mentions(&tx, None)?;
        let events = annals_merge::merge(refs);
        tx.execute("DELETE FROM event_mentions", [])?;
        tx.execute("DELETE FROM events", [])?;
        insert_events(&tx, &events, &ids)?;
        tx.execute("DELETE FROM pending_groups", [])?;
        tx.commit()?;
        Ok(events.len())
    }

    /// Re-merges only the groups of mentions touched since the last merge: a new article joins
    /// the events of its code and country pair, and no other event is rebuilt. Returns the
    /// number of events in the store.
    pub fn update_events(&mut self) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let touched: Vec<annals_merge::GroupKey> = {
            let mut st = tx.prepare("SELECT code, a, b, negative FROM pending_groups")?;
            let rows = st.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)? != 0,
                ))
            })?;
            rows.collect::<Result<_, _>>()?
        };
        tx.execute("DELETE FROM pending_groups", [])?;
        for key in &touched {
            let (refs, ids) = load_mentions(&tx, Some(key))?;
            let text = group_text(key);
            tx.prepare_cached(
                "DELETE FROM event_mentions WHERE event_id IN (SELECT event_id FROM events WHERE group_key = ?1)",
            )?
            .execute(params![text])?;
            tx.prepare_cached("DELETE FROM events WHERE group_key = ?1")?
                .execute(params![text])?;
            insert_events(&tx, &annals_merge::merge(refs), &ids)?;
        }
        tx.commit()?;
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0))?;
        Ok(n as usize)
    }

    pub fn events(&self, f: &EventFilter) -> Result<Vec<Event>, StoreError> {
        let mut out = Vec::new();
        self.for_each_event(f, |e| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }

    /// Hands the events a filter selects to `each`, best-supported first, one at a time: an
    /// export of the whole store runs in constant memory.
    pub fn for_each_event(
        &self,
        f: &EventFilter,
        mut each: impl FnMut(Event) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut sql = String::from("SELECT body FROM events WHERE 1=1");
        let mut args: Vec<String> = Vec::new();
        let mut arg = |sql: &mut String, clause: &str, v: String| {
            args.push(v);
            sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
        };
        if let Some(a) = &f.actor {
            let a = format!("{}%", a.to_uppercase());
            arg(&mut sql, " AND (source_code LIKE ? ", a.clone());
            arg(&mut sql, "OR target_code LIKE ?)", a);
        }
        if let Some((a, b)) = &f.dyad {
            let (a, b) = (
                format!("{}%", a.to_uppercase()),
                format!("{}%", b.to_uppercase()),
            );
            arg(&mut sql, " AND ((source_code LIKE ? ", a.clone());
            arg(&mut sql, "AND target_code LIKE ?) ", b.clone());
            arg(&mut sql, "OR (source_code LIKE ? ", b);
            arg(&mut sql, "AND target_code LIKE ?))", a);
        }
        if let Some(c) = &f.code {
            arg(&mut sql, " AND cameo LIKE ?", format!("{c}%"));
        }
        if let Some(d) = f.since {
            arg(
                &mut sql,
                " AND COALESCE(end_date, date) >= ?",
                d.to_string(),
            );
        }
        if let Some(d) = f.until {
            arg(&mut sql, " AND date <= ?", d.to_string());
        }
        if let Some(n) = f.min_sources {
            arg(
                &mut sql,
                " AND num_outlets >= CAST(? AS INTEGER)",
                n.to_string(),
            );
        }
        if !f.statuses.is_empty() {
            sql.push_str(" AND status IN (");
            for (i, s) in f.statuses.iter().enumerate() {
                if i > 0 {
                    sql.push(',');
                }
                arg(&mut sql, "?", s.clone());
            }
            sql.push(')');
        }
        sql.push_str(" ORDER BY rank_key");
        if let Some(n) = f.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            r.get::<_, String>(0)
        })?;
        for body in rows {
            each(serde_json::from_str(&body?)?)?;
        }
        Ok(())
    }

    /// Counts of stored articles, sentences, mentions and events.
    pub fn counts(&self) -> Result<[i64; 4], StoreError> {
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

fn put_in(tx: &rusqlite::Transaction, c: &Coded) -> Result<Stored, StoreError> {
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
                pend(tx, &annals_merge::group_key(&m))?;
            }
            drop(st);
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
    let mut st = tx.prepare_cached(
        "INSERT INTO mentions(article_id, sentence_index, cameo, source_code, target_code, status, date, body, group_key) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
    )?;
    for m in c.mentions {
        let key = annals_merge::group_key(m);
        st.execute(params![
            article.id,
            m.sentence_index as i64,
            m.cameo.as_str(),
            m.source.code.as_str(),
            m.target.code.as_str(),
            m.status.as_str(),
            m.date.map(|d| d.to_string()),
            serde_json::to_string(m)?,
            group_text(&key)
        ])?;
        pend(tx, &key)?;
    }
    let mut st =
        tx.prepare_cached("INSERT INTO claims(article_id, measure, body) VALUES (?1,?2,?3)")?;
    for k in c.claims {
        st.execute(params![article.id, k.measure, serde_json::to_string(k)?])?;
    }
    Ok(outcome)
}

/// Records a group of mentions as waiting to be merged.
fn pend(tx: &rusqlite::Transaction, k: &annals_merge::GroupKey) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO pending_groups(group_key, code, a, b, negative) VALUES (?1,?2,?3,?4,?5)",
    )?
    .execute(params![group_text(k), k.0, k.1, k.2, i64::from(k.3)])?;
    Ok(())
}

/// A mention's identity within the store, to link events to mention rows.
type MentionIds = HashMap<(String, usize, String, String, String), i64>;

/// The stored mentions with their articles' provenance: all, or one group's.
fn load_mentions(
    tx: &rusqlite::Transaction,
    group: Option<&annals_merge::GroupKey>,
) -> Result<(Vec<MentionRef>, MentionIds), StoreError> {
    let base = "SELECT m.id, m.body, a.path, a.url, a.outlet, a.published FROM mentions m JOIN articles a ON a.id = m.article_id";
    let (sql, args): (String, Vec<String>) = match group {
        None => (format!("{base} ORDER BY m.id"), vec![]),
        Some(k) => (
            format!("{base} WHERE m.group_key = ?1 ORDER BY m.id"),
            vec![group_text(k)],
        ),
    };
    let mut st = tx.prepare_cached(&sql)?;
    let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
        ))
    })?;
    let mut refs = Vec::new();
    let mut ids = MentionIds::new();
    for row in rows {
        let (id, body, path, url, outlet, published) = row?;
        let mention: Mention = serde_json::from_str(&body)?;
        if group.is_some_and(|k| annals_merge::group_key(&mention) != *k) {
            continue;
        }
        ids.insert(mention_identity(&mention), id);
        refs.push(MentionRef {
            mention,
            path,
            url,
            outlet,
            published: published.and_then(|p| p.parse().ok()),
        });
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
        "INSERT OR REPLACE INTO events(event_id, rank, cameo, status, source_code, target_code, date, end_date, num_articles, num_outlets, body, group_key, rank_key) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)",
    )?;
    let mut link = tx.prepare_cached(
        "INSERT OR IGNORE INTO event_mentions(event_id, mention_id) VALUES (?1, ?2)",
    )?;
    for e in events {
        let group = e
            .mentions
            .first()
            .map(|m| group_text(&annals_merge::group_key(&m.mention)));
        ins.execute(params![
            e.event_id,
            0i64,
            e.cameo.as_str(),
            e.status.as_str(),
            e.source.code.as_str(),
            e.target.code.as_str(),
            e.date.map(|d| d.to_string()),
            e.end_date.map(|d| d.to_string()),
            e.num_articles as i64,
            // --min-sources counts independent outlets
            e.num_independent_outlets as i64,
            serde_json::to_string(e)?,
            group,
            annals_merge::rank_key(e),
        ])?;
        for m in &e.mentions {
            if let Some(id) = ids.get(&mention_identity(&m.mention)) {
                link.execute(params![e.event_id, id])?;
            }
        }
    }
    Ok(())
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
    fn reingest_is_idempotent_and_filters_work() {
        let dir = std::env::temp_dir().join(format!("annals-store-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.db");
        let _ = std::fs::remove_file(&path);
        let mut s = Store::open(&path).unwrap();
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
