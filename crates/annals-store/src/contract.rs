//! The store contract: what every backend must do, as checks any backend's tests run
//! ([`run`]). SQLite runs it in this crate's tests, PostgreSQL in `annals-postgres`'s; the
//! articles and mentions are made up here, so the expected answers follow from them.

use std::collections::BTreeSet;

use annals_model::{
    Actor, ActorCode, Article, Claim, Event, EventCode, Explanation, Mention, Sentence, Status,
};

use crate::{Coded, EventFilter, Store, StoreError, Stored};

/// Runs every check, each on a fresh empty store from `open`. Panics (as a test does) on the
/// first broken promise, naming it.
pub fn run(open: &mut dyn FnMut() -> Box<dyn Store>) {
    articles_are_stored_once(open().as_mut());
    events_merge_filter_and_page(open().as_mut());
    merging_does_not_depend_on_order(open().as_mut(), open().as_mut());
    replacing_an_article_remerges_its_events(open().as_mut());
    search_reads_the_same_query_language(open().as_mut());
    claims_keep_their_provenance(open().as_mut());
    a_one_sided_event_lacks_a_side(open().as_mut());
    a_long_history_merges_batch_by_batch_as_at_once(open().as_mut());
}

/// An article of the contract's made-up feed.
pub fn article(id: &str, outlet: &str, day: &str, text: &str) -> Article {
    Article {
        id: id.into(),
        path: Some(format!("feed/{id}.txt")),
        url: Some(format!("https://{outlet}.example/{id}")),
        outlet: Some(outlet.into()),
        published: day.parse().ok(),
        title: Some(format!("Report {id}")),
        text: text.into(),
    }
}

fn actor(code: &str) -> Actor {
    Actor {
        code: ActorCode(code.into()),
        name: code.into(),
        entity: None,
        role: None,
    }
}

/// A mention in article `id`, sentence `index`: `source` did `code` to `target` on `day`.
pub fn mention(
    id: &str,
    index: usize,
    (source, code, target): (&str, &str, &str),
    day: &str,
    status: Status,
) -> Mention {
    Mention {
        article_id: id.into(),
        sentence_index: index,
        start: index * 40,
        end: index * 40 + 30,
        sentence: format!("{source} {code} {target} on {day}."),
        cameo: EventCode(code.into()),
        source: actor(source),
        target: actor(target),
        status,
        date: day.parse().ok(),
        end_date: None,
        date_precision: Some(annals_model::DatePrecision::Day),
        location: None,
        explanation: Explanation {
            rule: format!("{code} contract"),
            verb: "did".into(),
            roles: String::new(),
            modality: None,
            paired: false,
        },
        background: false,
    }
}

fn sentence(index: usize, text: &str) -> Sentence {
    Sentence {
        index,
        start: index * 40,
        end: index * 40 + text.len(),
        text: text.into(),
    }
}

/// One article with its sentences and mentions, ready for [`Store::put_batch`].
pub struct Item {
    pub article: Article,
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<Mention>,
    pub claims: Vec<Claim>,
}

impl Item {
    pub fn coded(&self) -> Coded<'_> {
        Coded {
            article: &self.article,
            sentences: &self.sentences,
            mentions: &self.mentions,
            claims: &self.claims,
        }
    }
}

/// The made-up feed: a Norwegian visit to Chile reported by three outlets over two days (one
/// of them copying another), the hosting, a planned agreement, a visit a year later, and a
/// Peruvian protest.
pub fn feed() -> Vec<Item> {
    let item = |id: &str, outlet: &str, day: &str, rows: &[(&str, &str, &str, &str, Status)]| {
        let text: Vec<String> = rows
            .iter()
            .map(|(s, c, t, d, _)| format!("{s} did {c} to {t} on {d} ({id})."))
            .collect();
        Item {
            article: article(id, outlet, day, &text.join(" ")),
            sentences: text
                .iter()
                .enumerate()
                .map(|(i, t)| sentence(i, t))
                .collect(),
            mentions: rows
                .iter()
                .enumerate()
                .map(|(i, (s, c, t, d, st))| mention(id, i, (s, c, t), d, *st))
                .collect(),
            claims: Vec::new(),
        }
    };
    use Status::{Planned, Reported};
    vec![
        item(
            "n1",
            "ledger",
            "2025-03-04",
            &[
                ("NORGOV", "042", "CHL", "2025-03-04", Reported),
                ("CHLGOV", "043", "NORGOV", "2025-03-04", Reported),
                ("NOR", "057", "CHL", "2025-03-05", Planned),
            ],
        ),
        item(
            "n2",
            "courier",
            "2025-03-05",
            &[
                ("NORGOV", "042", "CHL", "2025-03-04", Reported),
                ("NOR", "057", "CHL", "2025-03-05", Reported),
            ],
        ),
        item(
            "n3",
            "gazette",
            "2025-03-05",
            &[("NORGOV", "042", "CHL", "2025-03-05", Reported)],
        ),
        item(
            "n4",
            "ledger",
            "2026-03-10",
            &[("NORGOV", "042", "CHLGOV", "2026-03-10", Reported)],
        ),
        item(
            "p1",
            "courier",
            "2025-06-01",
            &[("PERCVL", "141", "PERGOV", "2025-06-01", Reported)],
        ),
    ]
}

fn put_all(store: &mut dyn Store, items: &[Item]) {
    let batch: Vec<Coded> = items.iter().map(Item::coded).collect();
    let out = store.put_batch(&batch).expect("put_batch");
    assert!(
        out.iter().all(|o| *o == Stored::Added),
        "new articles are Added: {out:?}"
    );
}

/// The events as JSON, sorted: what two stores are compared by.
pub fn event_bodies(store: &dyn Store) -> Vec<String> {
    let mut out: Vec<String> = store
        .events(&EventFilter::default())
        .expect("events")
        .iter()
        .map(|e| serde_json::to_string(e).expect("event JSON"))
        .collect();
    out.sort();
    out
}

fn ids(events: &[Event]) -> Vec<String> {
    events.iter().map(|e| e.event_id.clone()).collect()
}

fn articles_are_stored_once(store: &mut dyn Store) {
    let feed = feed();
    let first = &feed[0];
    let put = |s: &mut dyn Store, it: &Item| {
        s.put_article(&it.article, &it.sentences, &it.mentions, &it.claims)
            .expect("put_article")
    };
    assert_eq!(put(store, first), Stored::Added);
    assert_eq!(put(store, first), Stored::Unchanged, "same id and text");
    let mut changed = feed[0].article.clone();
    changed.text.push_str(" Updated.");
    let replaced = Item {
        article: changed,
        sentences: first.sentences.clone(),
        mentions: first.mentions[..1].to_vec(),
        claims: Vec::new(),
    };
    assert_eq!(put(store, &replaced), Stored::Replaced, "same id, new text");
    assert_eq!(store.counts().expect("counts"), [1, 3, 1, 0]);
    let known = store.stored_articles().expect("stored_articles");
    let hash = crate::content_hash(&replaced.article);
    assert_eq!(
        known.into_iter().collect::<Vec<_>>(),
        vec![("n1".to_string(), hash)]
    );
    // a batch mixing new, unchanged and repeated articles
    let batch = [feed[1].coded(), replaced.coded(), feed[1].coded()];
    let out = store.put_batch(&batch).expect("put_batch");
    assert_eq!(
        out,
        vec![Stored::Added, Stored::Unchanged, Stored::Unchanged]
    );
    assert_eq!(store.counts().expect("counts")[0], 2);
}

fn events_merge_filter_and_page(store: &mut dyn Store) {
    put_all(store, &feed());
    let n = store.update_events().expect("update_events");
    let all = store.events(&EventFilter::default()).expect("events");
    assert_eq!(n, all.len());
    // visit 2025 (3 outlets), hosting, planned + done agreement (two statuses, one event or
    // two, as the merge decides: the same on every backend), visit 2026, protest
    let visits: Vec<&Event> = all.iter().filter(|e| e.cameo.as_str() == "042").collect();
    assert_eq!(visits.len(), 2, "visits a year apart stay apart");
    let first = visits
        .iter()
        .find(|e| e.date.map(|d| d.to_string()).as_deref() == Some("2025-03-04"))
        .expect("the 2025 visit");
    assert_eq!(first.num_articles, 3);
    let keys: Vec<String> = all.iter().map(annals_merge::rank_key).collect();
    assert!(
        keys.windows(2).all(|w| w[0] <= w[1]),
        "listed in rank order"
    );
    let rebuilt_from = event_bodies(store);
    store.rebuild_events().expect("rebuild_events");
    assert_eq!(
        event_bodies(store),
        rebuilt_from,
        "incremental merge == full merge"
    );

    let listed = |f: EventFilter| store.events(&f).expect("filtered events");
    let with = |f: fn(&mut EventFilter)| {
        let mut x = EventFilter::default();
        f(&mut x);
        x
    };
    assert!(listed(with(|f| f.code = Some("04".into())))
        .iter()
        .all(|e| e.cameo.as_str().starts_with("04")));
    assert_eq!(listed(with(|f| f.code = Some("04".into()))).len(), 3);
    assert_eq!(listed(with(|f| f.code = Some("14".into()))).len(), 1);
    let nor_chl = listed(with(|f| f.dyad = Some(("NOR".into(), "CHL".into()))));
    let chl_nor = listed(with(|f| f.dyad = Some(("chl".into(), "nor".into()))));
    assert_eq!(ids(&nor_chl), ids(&chl_nor), "a dyad is either direction");
    assert_eq!(nor_chl.len(), all.len() - 1);
    assert_eq!(
        listed(with(|f| f.dyad = Some(("NORGOV".into(), "CHLGOV".into())))).len(),
        2,
        "the hosting (CHLGOV→NORGOV) and the 2026 visit"
    );
    assert_eq!(listed(with(|f| f.actor = Some("PER".into()))).len(), 1);
    assert_eq!(listed(with(|f| f.actor = Some("PERGOV".into()))).len(), 1);
    assert_eq!(listed(with(|f| f.actor = Some("PERMIL".into()))).len(), 0);
    // an actor on either side, each event once, in rank order, page by page
    let nor = listed(with(|f| f.actor = Some("NOR".into())));
    assert_eq!(ids(&nor), ids(&nor_chl));
    assert_eq!(
        ids(&listed(with(|f| f.actor = Some("no".into())))),
        ids(&nor)
    );
    let mut pages = Vec::new();
    for page in 0..nor.len() {
        pages.extend(ids(&listed(EventFilter {
            actor: Some("NOR".into()),
            limit: Some(1),
            offset: Some(page),
            ..Default::default()
        })));
    }
    assert_eq!(pages, ids(&nor));
    let gov = listed(with(|f| {
        f.actor = Some("CHLGOV".into());
        f.code = Some("04".into());
    }));
    assert_eq!(gov.len(), 2, "the hosting and the 2026 visit");
    let since = listed(with(|f| f.since = "2025-06-01".parse().ok()));
    assert_eq!(since.len(), 2, "the protest and the 2026 visit");
    let until = listed(with(|f| f.until = "2025-03-31".parse().ok()));
    assert_eq!(until.len() + since.len(), all.len());
    assert_eq!(
        ids(&listed(with(|f| f.min_sources = Some(3)))),
        vec![first.event_id.clone()]
    );
    let planned = listed(with(|f| f.statuses = vec!["planned".into()]));
    assert!(planned.iter().all(|e| e.status == Status::Planned));
    // pages: limit and offset walk the same order as the whole listing
    let mut paged = Vec::new();
    for page in 0..all.len() {
        let f = EventFilter {
            limit: Some(2),
            offset: Some(page * 2),
            ..Default::default()
        };
        paged.extend(ids(&listed(f)));
    }
    assert_eq!(paged, ids(&all));
    let tail = listed(EventFilter {
        offset: Some(1),
        ..Default::default()
    });
    assert_eq!(ids(&tail), ids(&all[1..]));
    // rows are the events' indexed columns, in the same order
    let rows = store
        .event_rows(&EventFilter::default())
        .expect("event_rows");
    assert_eq!(
        rows.iter().map(|r| r.event_id.clone()).collect::<Vec<_>>(),
        ids(&all)
    );
    for (r, e) in rows.iter().zip(&all) {
        assert_eq!(r.cameo, e.cameo.as_str());
        assert_eq!(r.source, e.source.code.as_str());
        assert_eq!(r.date, e.date.map(|d| d.to_string()));
        assert_eq!(r.num_articles, e.num_articles);
    }
    assert_eq!(
        store.event(&first.event_id).expect("event").as_ref(),
        Some(*first)
    );
    assert_eq!(store.event("no-such-event").expect("event"), None);
    let actors = store.actors("NOR", 10).expect("actors");
    assert_eq!(actors[0].0, "NORGOV");
    let norgov = all
        .iter()
        .filter(|e| e.source.code.as_str() == "NORGOV" || e.target.code.as_str() == "NORGOV")
        .count() as i64;
    assert_eq!(actors[0].1, norgov);
    assert!(store.actors("", 2).expect("actors").len() == 2);
}

fn merging_does_not_depend_on_order(a: &mut dyn Store, b: &mut dyn Store) {
    let feed = feed();
    for it in &feed {
        put_all(a, std::slice::from_ref(it));
        a.update_events().expect("update_events");
    }
    for it in feed.iter().rev() {
        put_all(b, std::slice::from_ref(it));
    }
    b.update_events().expect("update_events");
    assert_eq!(
        event_bodies(a),
        event_bodies(b),
        "ingest order changes nothing"
    );
}

fn replacing_an_article_remerges_its_events(store: &mut dyn Store) {
    let feed = feed();
    put_all(store, &feed);
    store.update_events().expect("update_events");
    let protest = |s: &dyn Store| {
        s.events(&EventFilter {
            code: Some("14".into()),
            ..Default::default()
        })
        .expect("events")
        .len()
    };
    assert_eq!(protest(store), 1);
    let p1 = &feed[4];
    let mut article = p1.article.clone();
    article.text = "PERGOV did 036 to CHL on 2025-06-01 (p1).".into();
    let m = mention(
        "p1",
        0,
        ("PERGOV", "036", "CHL"),
        "2025-06-01",
        Status::Reported,
    );
    let out = store
        .put_article(&article, &[], &[m], &[])
        .expect("put_article");
    assert_eq!(out, Stored::Replaced);
    store.update_events().expect("update_events");
    assert_eq!(protest(store), 0, "the replaced article's event is gone");
    let meets = store
        .events(&EventFilter {
            code: Some("036".into()),
            ..Default::default()
        })
        .expect("events");
    assert_eq!(meets.len(), 1);
    assert_eq!(meets[0].mentions[0].outlet.as_deref(), Some("courier"));
}

fn search_reads_the_same_query_language(store: &mut dyn Store) {
    let mut feed = feed();
    feed[0].sentences.push(sentence(
        3,
        "The ministers signed a fisheries treaty in Santiago.",
    ));
    feed[2]
        .sentences
        .push(sentence(1, "Santiago hosted the signing ceremony."));
    put_all(store, &feed);
    let hits = |s: &dyn Store, q: &str| -> BTreeSet<(String, usize)> {
        s.search(q, 20)
            .unwrap_or_else(|e| panic!("search {q}: {e}"))
            .into_iter()
            .map(|h| (h.article_id, h.index))
            .collect()
    };
    let set = |v: &[(&str, usize)]| -> BTreeSet<(String, usize)> {
        v.iter().map(|(a, i)| (a.to_string(), *i)).collect()
    };
    assert_eq!(hits(store, "Santiago"), set(&[("n1", 3), ("n3", 1)]));
    assert_eq!(hits(store, "fisheries AND santiago"), set(&[("n1", 3)]));
    assert_eq!(hits(store, "santiago NOT fisheries"), set(&[("n3", 1)]));
    assert_eq!(hits(store, "fisher*"), set(&[("n1", 3)]));
    assert_eq!(hits(store, "\"fisheries treaty\""), set(&[("n1", 3)]));
    assert_eq!(hits(store, "\"treaty fisheries\""), set(&[]));
    assert_eq!(
        hits(store, "treaty OR ceremony"),
        set(&[("n1", 3), ("n3", 1)])
    );
    let found = store.search("ceremony", 5).expect("search");
    assert_eq!(found[0].text, "Santiago hosted the signing ceremony.");
    assert_eq!(found[0].start, 40);
    assert!(matches!(
        store.search("\"open", 5),
        Err(StoreError::Query(_))
    ));
    // a replaced article's sentences leave the index
    let mut n3 = feed[2].article.clone();
    n3.text.push_str(" Corrected.");
    let s = [sentence(0, "A correction was issued.")];
    store
        .put_article(&n3, &s, &feed[2].mentions, &[])
        .expect("put_article");
    assert_eq!(hits(store, "ceremony"), set(&[]));
    assert_eq!(hits(store, "correction"), set(&[("n3", 0)]));
}

fn claims_keep_their_provenance(store: &mut dyn Store) {
    let mut feed = feed();
    for (i, (value, text)) in [(240.0, "$240bn"), (227.8, "$227.8bn")].iter().enumerate() {
        let it = &mut feed[i];
        it.claims.push(Claim {
            article_id: it.article.id.clone(),
            sentence_index: 0,
            start: 3,
            end: 3 + text.len(),
            sentence: format!("Trade reached {text}."),
            measure: "trade".into(),
            text: (*text).into(),
            value: *value,
            unit: "USD".into(),
            approximate: false,
            change: false,
            status: Status::Reported,
            attributed_to: Some("customs".into()),
            countries: vec!["CHL".into(), "NOR".into()],
        });
    }
    put_all(store, &feed);
    let claims = store.claims().expect("claims");
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[0].claim, feed[0].claims[0]);
    assert_eq!(claims[0].outlet.as_deref(), Some("ledger"));
    assert_eq!(claims[1].outlet.as_deref(), Some("courier"));
    assert_eq!(claims[1].published, "2025-03-05".parse().ok());
    assert_eq!(claims[1].url, feed[1].article.url);
}

/// A protest with no target and an arrest with no source (the default, empty actor) are
/// stored, merged and read back as one-sided events, and the empty code is no actor in the
/// actor list.
fn a_one_sided_event_lacks_a_side(store: &mut dyn Store) {
    let mut feed = feed();
    feed.truncate(1);
    let mut protest = mention(
        "n1",
        3,
        ("CHLCVL", "141", ""),
        "2025-03-04",
        Status::Reported,
    );
    protest.target = Actor::default();
    feed[0].mentions.push(protest);
    let mut arrest = mention(
        "n1",
        4,
        ("", "173", "CHLCVL"),
        "2025-03-04",
        Status::Reported,
    );
    arrest.source = Actor::default();
    feed[0].mentions.push(arrest);
    // two attacks by no one named, the same day in two cities: two events
    for (k, city) in [(5, "Arica"), (6, "Iquique"), (7, "Arica")] {
        let mut attack = mention("n1", k, ("", "183", "CHL"), "2025-03-04", Status::Reported);
        attack.source = Actor::default();
        attack.location = Some(annals_model::Location {
            name: city.into(),
            country: "CHL".into(),
            adm1: None,
            adm1_name: None,
            lat: -20.0,
            lon: -70.0,
            feature: "city".into(),
        });
        feed[0].mentions.push(attack);
    }
    put_all(store, &feed);
    store.update_events().expect("merge");
    let events = store
        .events(&EventFilter {
            code: Some("14".into()),
            ..EventFilter::default()
        })
        .expect("events");
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(events[0].target.is_absent(), "{:?}", events[0].target);
    assert_eq!(events[0].source.code.as_str(), "CHLCVL");
    let arrests = store
        .events(&EventFilter {
            code: Some("173".into()),
            ..EventFilter::default()
        })
        .expect("events");
    assert_eq!(arrests.len(), 1, "{arrests:?}");
    assert!(arrests[0].source.is_absent(), "{:?}", arrests[0].source);
    let attacks = store
        .events(&EventFilter {
            code: Some("183".into()),
            ..EventFilter::default()
        })
        .expect("events");
    let mut places: Vec<(String, usize)> = attacks
        .iter()
        .map(|e| {
            let place = e
                .location
                .as_ref()
                .map_or(String::new(), |l| l.name.clone());
            (place, e.mentions.len())
        })
        .collect();
    places.sort();
    assert_eq!(
        places,
        [("Arica".to_string(), 2), ("Iquique".to_string(), 1)],
        "{attacks:?}"
    );
    let actors = store.actors("", 100).expect("actors");
    assert!(
        actors.iter().all(|(code, _)| !code.is_empty()),
        "{actors:?}"
    );
    assert!(
        actors.iter().any(|(code, _)| code == "CHLCVL"),
        "{actors:?}"
    );
}

/// A made-up wire of a year and a half: a dozen reports a day between two countries, dated to
/// the day, the month or the article, some recalling events months back, two in three a day or
/// two late, some articles corrected later, and late copies of old reports filed one by one.
/// Merged batch by batch as it comes in, it must give the events a merge of the whole store
/// gives.
fn a_long_history_merges_batch_by_batch_as_at_once(store: &mut dyn Store) {
    use annals_model::DatePrecision;
    let mut seed: u64 = 0x5eed;
    let mut next = move |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    // the days of the wire: day 0 is 2024-01-01
    let mut days: Vec<annals_model::Date> = vec!["2023-01-01".parse().expect("date")];
    while days.len() < 1_400 {
        let last = days[days.len() - 1];
        days.push(last.tomorrow().expect("a date in range"));
    }
    let day = |n: i64| days[(n + 365) as usize];
    let pairs = [
        ("NORGOV", "042", "CHL"),
        ("CHL", "057", "NORGOV"),
        ("NOR", "036", "CHL"),
    ];
    let mut items: Vec<Item> = Vec::new();
    for i in 0..1_200u64 {
        let published = (i / 12) as i64 * 5 + next(3) as i64;
        let id = format!("w{i}");
        let outlet = ["ledger", "courier", "wire", "herald"][next(4) as usize];
        let n = 1 + next(3) as usize;
        let mut mentions = Vec::new();
        for k in 0..n {
            let (s, c, t) = pairs[next(3) as usize];
            let back = match next(10) {
                0 => 30 + next(200) as i64,
                1..=6 => next(3) as i64,
                _ => 0,
            };
            let d = day(published - back);
            let mut m = mention(&id, k, (s, c, t), &d.to_string(), Status::Reported);
            m.date_precision = Some(match next(10) {
                0 => DatePrecision::Month,
                1 | 2 => DatePrecision::Article,
                _ => DatePrecision::Day,
            });
            if m.date_precision == Some(DatePrecision::Article) {
                m.date = Some(day(published));
            }
            if next(15) == 0 {
                m.end_date = Some(day(published - back + 1 + next(3) as i64));
            }
            mentions.push(m);
        }
        let text: Vec<String> = mentions.iter().map(|m| m.sentence.clone()).collect();
        items.push(Item {
            article: article(&id, outlet, &day(published).to_string(), &text.join(" ")),
            sentences: text
                .iter()
                .enumerate()
                .map(|(i, t)| sentence(i, t))
                .collect(),
            mentions,
            claims: Vec::new(),
        });
    }
    for (b, batch) in items.chunks(40).enumerate() {
        put_all(store, batch);
        // now and then an article of a month ago is corrected: its reports move a week on
        if b % 5 == 4 && b * 40 >= 200 {
            let old = &items[b * 40 - 150];
            let mut fixed = old.article.clone();
            fixed.text.push_str(" (corrected)");
            let moved: Vec<Mention> = old
                .mentions
                .iter()
                .map(|m| Mention {
                    date: m.date.map(|d| {
                        day(annals_model::day_number(d) - annals_model::day_number(day(0)) + 7)
                    }),
                    end_date: None,
                    ..m.clone()
                })
                .collect();
            store
                .put_article(&fixed, &old.sentences, &moved, &[])
                .expect("put_article");
        }
        store.update_events().expect("update_events");
    }
    // late reports of days long past, one at a time: the change has history after it
    for (j, it) in items.iter().step_by(97).enumerate() {
        let id = format!("late{j}");
        let mentions: Vec<Mention> = it
            .mentions
            .iter()
            .map(|m| Mention {
                article_id: id.clone(),
                ..m.clone()
            })
            .collect();
        let late = article(&id, "archive", "2025-09-01", &it.article.text);
        store
            .put_article(&late, &it.sentences, &mentions, &[])
            .expect("put_article");
        store.update_events().expect("update_events");
    }
    let merged = event_bodies(store);
    assert!(merged.len() > 100, "a long history makes many events");
    assert_eq!(
        store.update_events().expect("update_events"),
        merged.len(),
        "the merge tells the number of events"
    );
    store.rebuild_events().expect("rebuild_events");
    let whole = event_bodies(store);
    let differ = merged.iter().filter(|e| !whole.contains(e)).count();
    assert!(
        differ == 0 && merged.len() == whole.len(),
        "merging batch by batch == merging the whole store: {} events vs {}, {differ} differ; \
         first: {:?}",
        merged.len(),
        whole.len(),
        merged.iter().find(|e| !whole.contains(e))
    );
}
