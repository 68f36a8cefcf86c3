//! The store `--db` names: a PostgreSQL URL (`postgres://…`) or a SQLite file path (the
//! default, `annals.db`).

use std::path::Path;

use annals_store::{SqliteStore, Store};
use anyhow::{Context, Result};

/// Opens (creating if needed) the store `db` names.
pub fn open(db: &Path) -> Result<Box<dyn Store>> {
    let shown = db.to_string_lossy();
    if annals_postgres::is_postgres_url(&shown) {
        let store = annals_postgres::PgStore::open(&shown)?;
        return Ok(Box::new(store));
    }
    let store = SqliteStore::open(db).with_context(|| format!("opening {}", db.display()))?;
    Ok(Box::new(store))
}

/// Whether the store exists: a SQLite file on disk; a PostgreSQL database is taken to exist
/// (opening it says otherwise).
pub fn exists(db: &Path) -> bool {
    annals_postgres::is_postgres_url(&db.to_string_lossy()) || db.exists()
}
