//! Incremental merging equals merging everything at once, whatever the order and batching of
//! the articles: a property test over generated mentions with every kind of date (days,
//! ranges, months, years, article days, none), near and far apart, and an article replaced.

use annals_model::{
    Actor, ActorCode, Article, Date, DatePrecision, EventCode, Explanation, Mention, Status,
};
use annals_store::{SqliteStore, Store};
use proptest::prelude::*;

const COUNTRIES: [&str; 3] = ["NOR", "CHL", "PER"];
const CODES: [&str; 3] = ["042", "057", "190"];

/// One generated mention: source, target, code, day offset from 2024-12-01, kind of date and
/// length of a range.
type Spec = (usize, usize, usize, i64, u8, i64);

fn day(offset: i64) -> Date {
    let base: Date = "2024-12-01".parse().unwrap();
    base.checked_add(jiff::Span::new().days(offset)).unwrap()
}

fn mention(article: &str, i: usize, spec: Spec) -> Mention {
    let (a, b, code, offset, kind, len) = spec;
    let b = if a == b { (b + 1) % COUNTRIES.len() } else { b };
    let actor = |c: &str| Actor {
        code: ActorCode(c.into()),
        name: c.into(),
        entity: None,
        role: None,
    };
    // mostly days and article days; now and then a range, a month, a year, no date
    let (date, end, precision) = match kind {
        0..=7 => (Some(day(offset)), None, Some(DatePrecision::Day)),
        8..=10 => (
            Some(day(offset)),
            Some(day(offset + len)),
            Some(DatePrecision::Day),
        ),
        11 | 12 => (Some(day(offset)), None, Some(DatePrecision::Month)),
        13 => (Some(day(offset)), None, Some(DatePrecision::Year)),
        14..=18 => (Some(day(offset)), None, Some(DatePrecision::Article)),
        _ => (None, None, None),
    };
    Mention {
        article_id: article.into(),
        sentence_index: i,
        start: i * 10,
        end: i * 10 + 5,
        sentence: format!("Sentence {i} of {article}."),
        cameo: EventCode(CODES[code].into()),
        source: actor(COUNTRIES[a]),
        target: actor(COUNTRIES[b]),
        status: Status::Reported,
        date,
        end_date: end,
        date_precision: precision,
        location: None,
        explanation: Explanation {
            rule: "test".into(),
            verb: "v".into(),
            roles: String::new(),
            modality: None,
            paired: false,
        },
        background: false,
    }
}

fn mentions(id: &str, specs: &[Spec], shift: i64) -> Vec<Mention> {
    specs
        .iter()
        .enumerate()
        .map(|(i, s)| mention(id, i, (s.0, s.1, s.2, s.3 + shift, s.4, s.5)))
        .collect()
}

fn article(id: &str, version: i64) -> Article {
    Article {
        id: id.into(),
        path: None,
        url: None,
        outlet: Some(format!("outlet-{}", id.len() % 3)),
        published: "2024-12-10".parse().ok(),
        title: None,
        text: format!("{id} version {version}"),
    }
}

fn spec() -> impl Strategy<Value = Spec> {
    (0..3usize, 0..3usize, 0..3usize, 0..90i64, 0..20u8, 0..80i64)
}

fn events(store: &SqliteStore) -> Vec<String> {
    let mut out: Vec<String> = store
        .events(&Default::default())
        .unwrap()
        .iter()
        .map(|e| serde_json::to_string(e).unwrap())
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn incremental_merge_equals_a_full_merge(
        articles in prop::collection::vec(prop::collection::vec(spec(), 1..5), 2..14),
        order in any::<u64>(),
        batch in 1..4usize,
        shift_weeks in 0..3i64,
    ) {
        let dir = tempdir();
        let mut inc = SqliteStore::open(&dir.join("inc.db")).unwrap();
        // the articles in a shuffled order, merged after every `batch` of them
        let mut idx: Vec<usize> = (0..articles.len()).collect();
        let mut seed = order;
        for i in (1..idx.len()).rev() {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            idx.swap(i, (seed >> 33) as usize % (i + 1));
        }
        for (n, &k) in idx.iter().enumerate() {
            let id = format!("a{k}");
            inc.put_article(&article(&id, 0), &[], &mentions(&id, &articles[k], 0), &[]).unwrap();
            if n % batch == 0 {
                inc.update_events().unwrap();
            }
        }
        // the first article replaced by a new text whose mentions moved by some weeks
        let first = idx[0];
        let shift = 7 * shift_weeks;
        if shift > 0 {
            let id = format!("a{first}");
            inc.put_article(&article(&id, 1), &[], &mentions(&id, &articles[first], shift), &[]).unwrap();
        }
        inc.update_events().unwrap();

        // the same final articles, merged once
        let mut all = SqliteStore::open(&dir.join("all.db")).unwrap();
        for (k, specs) in articles.iter().enumerate() {
            let id = format!("a{k}");
            let moved = if k == first { shift } else { 0 };
            all.put_article(&article(&id, i64::from(moved > 0)), &[], &mentions(&id, specs, moved), &[]).unwrap();
        }
        all.rebuild_events().unwrap();
        let (a, b) = (events(&inc), events(&all));
        let _ = std::fs::remove_dir_all(&dir);
        prop_assert_eq!(a, b);
    }
}

fn tempdir() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let d = std::env::temp_dir().join(format!(
        "annals-incremental-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}
