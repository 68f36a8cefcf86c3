//! Store: annals' embedded SQLite database (WAL mode, versioned schema).
//!
//! Articles are keyed by id and a content hash, so re-ingesting the same article changes
//! nothing; an article whose text changed replaces its sentences and mentions. Events are
//! re-merged from all stored mentions after each ingest (one transaction), so a reader never
//! sees half an update.

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
    target_code TEXT NOT NULL, status TEXT NOT NULL, date TEXT, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY, rank INTEGER NOT NULL, cameo TEXT NOT NULL, status TEXT NOT NULL,
    source_code TEXT NOT NULL, target_code TEXT NOT NULL, date TEXT, end_date TEXT,
    num_articles INTEGER NOT NULL, num_outlets INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_rank ON events(rank);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    measure TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
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
        Ok(Store { conn })
    }

    /// Stores an article with its sentences and mentions, in one transaction. An article
    /// already stored with the same text is left as it is.
    pub fn put_article(
        &mut self,
        article: &Article,
        sentences: &[Sentence],
        mentions: &[Mention],
        claims: &[Claim],
    ) -> Result<Stored, StoreError> {
        let hash = stable_id(&[&article.text]);
        let tx = self.conn.transaction()?;
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
        {
            let mut st = tx.prepare(
                "INSERT INTO sentences(article_id, idx, start, end, text) VALUES (?1,?2,?3,?4,?5)",
            )?;
            for s in sentences {
                st.execute(params![
                    article.id,
                    s.index as i64,
                    s.start as i64,
                    s.end as i64,
                    s.text
                ])?;
            }
            let mut st = tx.prepare(
                "INSERT INTO mentions(article_id, sentence_index, cameo, source_code, target_code, status, date, body) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
            )?;
            for m in mentions {
                st.execute(params![
                    article.id,
                    m.sentence_index as i64,
                    m.cameo.as_str(),
                    m.source.code.as_str(),
                    m.target.code.as_str(),
                    m.status.as_str(),
                    m.date.map(|d| d.to_string()),
                    serde_json::to_string(m)?
                ])?;
            }
            let mut st =
                tx.prepare("INSERT INTO claims(article_id, measure, body) VALUES (?1,?2,?3)")?;
            for c in claims {
                st.execute(params![article.id, c.measure, serde_json::to_string(c)?])?;
            }
        }
        tx.commit()?;
        Ok(outcome)
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
        let mut refs = Vec::new();
        let mut ids = Vec::new();
        {
            let mut st = tx.prepare(
                "SELECT m.id, m.body, a.path, a.url, a.outlet, a.published FROM mentions m JOIN articles a ON a.id = m.article_id ORDER BY m.id",
            )?;
            let rows = st.query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })?;
            for row in rows {
                let (id, body, path, url, outlet, published) = row?;
                let mention: Mention = serde_json::from_str(&body)?;
                ids.push((
                    mention.article_id.clone(),
                    mention.start,
                    mention.cameo.0.clone(),
                    mention.source.code.0.clone(),
                    mention.target.code.0.clone(),
                    id,
                ));
                refs.push(MentionRef {
                    mention,
                    path,
                    url,
                    outlet,
                    published: published.and_then(|p| p.parse().ok()),
                });
            }
        }
        let events = annals_merge::merge(refs);
        tx.execute("DELETE FROM event_mentions", [])?;
        tx.execute("DELETE FROM events", [])?;
        {
            let mut ins = tx.prepare(
                "INSERT INTO events(event_id, rank, cameo, status, source_code, target_code, date, end_date, num_articles, num_outlets, body) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
            )?;
            let mut link = tx.prepare(
                "INSERT OR IGNORE INTO event_mentions(event_id, mention_id) VALUES (?1, ?2)",
            )?;
            for (rank, e) in events.iter().enumerate() {
                ins.execute(params![
                    e.event_id,
                    rank as i64,
                    e.cameo.as_str(),
                    e.status.as_str(),
                    e.source.code.as_str(),
                    e.target.code.as_str(),
                    e.date.map(|d| d.to_string()),
                    e.end_date.map(|d| d.to_string()),
                    e.num_articles as i64,
                    // --min-sources counts independent outlets
                    e.num_independent_outlets as i64,
                    serde_json::to_string(e)?
                ])?;
                for m in &e.mentions {
                    let mm = &m.mention;
                    if let Some(id) = ids
                        .iter()
                        .find(|x| {
                            x.0 == mm.article_id
                                && x.1 == mm.start
                                && x.2 == mm.cameo.0
                                && x.3 == mm.source.code.0
                                && x.4 == mm.target.code.0
                        })
                        .map(|x| x.5)
                    {
                        link.execute(params![e.event_id, id])?;
                    }
                }
            }
        }
        tx.commit()?;
        Ok(events.len())
    }

    /// Lists events matching the filter, most strongly supported first.
    pub fn events(&self, f: &EventFilter) -> Result<Vec<Event>, StoreError> {
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
        sql.push_str(" ORDER BY rank");
        if let Some(n) = f.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            r.get::<_, String>(0)
        })?;
        let mut out = Vec::new();
        for body in rows {
            out.push(serde_json::from_str(&body?)?);
        }
        Ok(out)
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
