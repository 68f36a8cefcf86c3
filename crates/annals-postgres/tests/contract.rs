//! The store contract on PostgreSQL, and what only a server database is asked for: the same
//! events as the SQLite store, and several writers at once.
//!
//! Needs a server (see [`annals_postgres::testing`]); `.ci/run` starts one.

use annals_postgres::testing::{self, fresh_database, server};
use annals_postgres::PgStore;
use annals_store::contract::{self, event_bodies, feed, Item};
use annals_store::{Coded, SqliteStore, Store};

#[test]
fn the_postgres_store_keeps_the_store_contract() {
    let Some(admin) = server() else { return };
    contract::run(&mut || Box::new(PgStore::open(&fresh_database(&admin)).unwrap()));
}

#[test]
fn postgres_and_sqlite_give_the_same_events() {
    let Some(admin) = server() else { return };
    let dir = std::env::temp_dir().join(format!("annals-pg-same-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut lite = SqliteStore::open(&dir.join("a.db")).unwrap();
    let mut pg = PgStore::open(&fresh_database(&admin)).unwrap();
    let feed = feed();
    for store in [&mut lite as &mut dyn Store, &mut pg] {
        let batch: Vec<Coded> = feed.iter().map(Item::coded).collect();
        store.put_batch(&batch).unwrap();
        store.update_events().unwrap();
    }
    assert_eq!(event_bodies(&lite), event_bodies(&pg));
    assert_eq!(lite.counts().unwrap(), pg.counts().unwrap());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_database_from_before_spans_merges_as_a_new_one() {
    let Some(admin) = server() else { return };
    let url = fresh_database(&admin);
    let mut pg = PgStore::open(&url).unwrap();
    let feed = feed();
    let (old, new) = feed.split_at(2);
    let batch: Vec<Coded> = old.iter().map(Item::coded).collect();
    pg.put_batch(&batch).unwrap();
    pg.update_events().unwrap();
    // what the span migration leaves of an older database: no spans on mentions and events
    testing::execute(
        &url,
        "UPDATE mentions SET span_kind = NULL, span_lo = NULL, span_hi = NULL;
         UPDATE events SET span_lo = NULL, span_hi = NULL;",
    );
    let batch: Vec<Coded> = new.iter().map(Item::coded).collect();
    pg.put_batch(&batch).unwrap();
    pg.update_events().unwrap();
    let merged = event_bodies(&pg);
    pg.rebuild_events().unwrap();
    assert_eq!(event_bodies(&pg), merged, "no event left behind or doubled");
    let dir = std::env::temp_dir().join(format!("annals-pg-old-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut lite = SqliteStore::open(&dir.join("a.db")).unwrap();
    let batch: Vec<Coded> = feed.iter().map(Item::coded).collect();
    lite.put_batch(&batch).unwrap();
    lite.update_events().unwrap();
    assert_eq!(event_bodies(&lite), merged);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn concurrent_writers_with_overlapping_batches_store_everything_once() {
    let Some(admin) = server() else { return };
    let shared = fresh_database(&admin);
    let alone = fresh_database(&admin);
    // the feed repeated under many ids, so writers overlap on most articles
    let items: Vec<Item> = (0..12)
        .flat_map(|copy| {
            feed().into_iter().map(move |mut it| {
                let id = format!("{}-{copy}", it.article.id);
                it.article.id = id.clone();
                for m in &mut it.mentions {
                    m.article_id = id.clone();
                }
                it
            })
        })
        .collect();
    std::thread::scope(|s| {
        for w in 0..4usize {
            let (items, url) = (&items, &shared);
            s.spawn(move || {
                let mut store = PgStore::open(url).unwrap();
                // each writer takes three quarters of the articles, in its own order
                let mine: Vec<&Item> = items
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % 4 != w)
                    .map(|(_, it)| it)
                    .collect();
                let mut mine = mine;
                let turn = w * 7 % mine.len();
                mine.rotate_left(turn);
                for chunk in mine.chunks(5) {
                    let batch: Vec<Coded> = chunk.iter().map(|it| it.coded()).collect();
                    store.put_batch(&batch).unwrap();
                    store.update_events().unwrap();
                }
            });
        }
    });
    let mut one = PgStore::open(&alone).unwrap();
    let batch: Vec<Coded> = items.iter().map(Item::coded).collect();
    one.put_batch(&batch).unwrap();
    one.update_events().unwrap();
    let mut many = PgStore::open(&shared).unwrap();
    assert_eq!(many.counts().unwrap(), one.counts().unwrap());
    assert_eq!(event_bodies(&many), event_bodies(&one));
    // the number of events the writers' merges kept between them
    assert_eq!(
        many.update_events().unwrap(),
        event_bodies(&many).len(),
        "the kept count of events"
    );
}

#[test]
fn a_database_keyed_before_domestic_sides_is_rekeyed_when_opened() {
    let Some(admin) = server() else { return };
    let url = fresh_database(&admin);
    let mut pg = PgStore::open(&url).unwrap();
    // the feed's Peruvian protest is a dyad inside one country: civilians against the state
    let feed = feed();
    let batch: Vec<Coded> = feed.iter().map(Item::coded).collect();
    pg.put_batch(&batch).unwrap();
    pg.update_events().unwrap();
    let merged = event_bodies(&pg);
    // what a database of the build before migration 6 held: the sides of a domestic dyad
    // keyed by their country alone
    testing::execute(
        &url,
        "UPDATE mentions SET group_key = replace(group_key, '(non-state)', '');
         UPDATE events SET group_key = replace(group_key, '(non-state)', '');
         DELETE FROM annals_migrations WHERE version = 6;",
    );
    // opened again under another URL for the same database, as a new process would
    let again = if url.contains('?') {
        format!("{url}&application_name=annals-upgrade")
    } else {
        format!("{url}?application_name=annals-upgrade")
    };
    let reopened = PgStore::open(&again).unwrap();
    assert_eq!(event_bodies(&reopened), merged);
    // a new mention of the protest joins its re-keyed event
    let mut pg = reopened;
    let mut extra = feed.into_iter().find(|it| it.article.id == "p1").unwrap();
    extra.article.id = "p2".into();
    for m in &mut extra.mentions {
        m.article_id = "p2".into();
    }
    pg.put_batch(&[extra.coded()]).unwrap();
    pg.update_events().unwrap();
    assert_eq!(event_bodies(&pg).len(), merged.len());
}
