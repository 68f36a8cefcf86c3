//! Table-driven tests: phrase × publication date × tense → resolution.

use super::*;

/// `(sentence, published, tense, expected first tag)`; expected is `start[/end]@precision`, or
/// `-` for a tag kept without a value, or `none` for no tag at all.
const CASES: &[(&str, &str, Tense, &str)] = &[
    // the part of the paper's week after or before its day (2025-04-02 is a Wednesday)
    (
        "He will attend a summit in Bangkok later this week.",
        "2025-04-02",
        Tense::Future,
        "2025-04-03/2025-04-06@day",
    ),
    (
        "He attended a summit earlier this week.",
        "2025-04-02",
        Tense::Past,
        "2025-03-31/2025-04-01@day",
    ),
    // a month of last, this or next year
    (
        "Modi visited Paris in April last year.",
        "2016-09-23",
        Tense::Past,
        "2015-04-01@month",
    ),
    (
        "The summit will be held in June next year.",
        "2016-09-23",
        Tense::Future,
        "2017-06-01@month",
    ),
    // a planned act on the paper's own weekday is that day; "next" is a week on
    (
        "The leaders will meet on Tuesday.",
        "2024-05-14",
        Tense::Future,
        "2024-05-14@day",
    ),
    (
        "The leaders will meet next Tuesday.",
        "2024-05-14",
        Tense::Future,
        "2024-05-21@day",
    ),
    // a deadline or an end is no time of the act
    (
        "It ordered the diplomats to leave by Saturday.",
        "2024-10-15",
        Tense::Past,
        "none",
    ),
    (
        "The curfew stays until Friday.",
        "2024-10-15",
        Tense::Present,
        "none",
    ),
    // "over the weekend": its Saturday, in the tense's direction
    (
        "Rebels attacked the town over the weekend.",
        "2025-01-29",
        Tense::Past,
        "2025-01-25@day",
    ),
    (
        "Talks will resume at the weekend.",
        "2025-01-29",
        Tense::Future,
        "2025-02-01@day",
    ),
    // absolute dates
    (
        "They met on 16 May 2024.",
        "2024-06-01",
        Tense::Past,
        "2024-05-16@day",
    ),
    (
        "They met on 16 May, 2024.",
        "",
        Tense::Past,
        "2024-05-16@day",
    ),
    (
        "They met on May 16, 2024.",
        "",
        Tense::Past,
        "2024-05-16@day",
    ),
    (
        "The date was 2024-05-16.",
        "",
        Tense::Past,
        "2024-05-16@day",
    ),
    (
        "Posted 17.05.2024 at noon.",
        "",
        Tense::Past,
        "2024-05-17@day",
    ),
    (
        "On 20–22 March 2023, he visited.",
        "",
        Tense::Past,
        "2023-03-20/2023-03-22@day",
    ),
    (
        "The visit on 16-17 May 2024 ended.",
        "",
        Tense::Past,
        "2024-05-16/2024-05-17@day",
    ),
    (
        "From May 5–10, 2024, he toured Europe.",
        "",
        Tense::Past,
        "2024-05-05/2024-05-10@day",
    ),
    (
        "From July 2 to 6, 2024, he will attend.",
        "",
        Tense::Future,
        "2024-07-02/2024-07-06@day",
    ),
    (
        "He was there from 30 April – 2 May 2024.",
        "",
        Tense::Past,
        "2024-04-30/2024-05-02@day",
    ),
    ("The 4th of July.", "", Tense::Past, "-"),
    (
        "Talks ended on Dec. 31, 2023.",
        "",
        Tense::Past,
        "2023-12-31@day",
    ),
    (
        "It happened on Sept 3rd 2021.",
        "",
        Tense::Past,
        "2021-09-03@day",
    ),
    // year-less days take the year from the publication date and the tense
    (
        "He visited on May 16 and 17.",
        "2024-05-17",
        Tense::Past,
        "2024-05-16/2024-05-17@day",
    ),
    (
        "He will visit on May 16-17.",
        "2024-05-14",
        Tense::Future,
        "2024-05-16/2024-05-17@day",
    ),
    (
        "The ships met on August 19.",
        "2024-05-17",
        Tense::Past,
        "2023-08-19@day",
    ),
    (
        "The summit opens on January 3.",
        "2024-12-20",
        Tense::Future,
        "2025-01-03@day",
    ),
    (
        "Trade fell on December 30.",
        "2025-01-02",
        Tense::Past,
        "2024-12-30@day",
    ),
    (
        "He spoke on 29 February.",
        "2024-03-05",
        Tense::Past,
        "2024-02-29@day",
    ),
    (
        "He spoke on 29 February.",
        "2025-03-05",
        Tense::Past,
        "2024-02-29@day",
    ),
    ("He spoke on May 16.", "", Tense::Past, "-"),
    // months and years
    (
        "He paid a visit in May 2024.",
        "",
        Tense::Past,
        "2024-05-01@month",
    ),
    (
        "Xi visited Moscow in March 2023.",
        "2024-05-14",
        Tense::Past,
        "2023-03-01@month",
    ),
    (
        "A summit is due next June.",
        "2024-05-16",
        Tense::Future,
        "2024-06-01@month",
    ),
    (
        "A summit is due next June.",
        "2024-06-16",
        Tense::Future,
        "2025-06-01@month",
    ),
    (
        "A summit is due next June.",
        "2024-01-16",
        Tense::Future,
        "2024-06-01@month",
    ),
    (
        "They met last June.",
        "2024-07-02",
        Tense::Past,
        "2024-06-01@month",
    ),
    (
        "They met last June.",
        "2024-06-20",
        Tense::Past,
        "2023-06-01@month",
    ),
    (
        "Talks resume in June.",
        "2024-05-16",
        Tense::Future,
        "2024-06-01@month",
    ),
    (
        "Talks began in June.",
        "2024-05-16",
        Tense::Past,
        "2023-06-01@month",
    ),
    (
        "Talks ended in December.",
        "2025-01-02",
        Tense::Past,
        "2024-12-01@month",
    ),
    ("The war began in 2022.", "", Tense::Past, "2022-01-01@year"),
    (
        "He has served since 2012.",
        "",
        Tense::Past,
        "2012-01-01@year",
    ),
    ("Prices may rise.", "2024-05-16", Tense::Future, "none"),
    (
        "Ministers may meet in May.",
        "2024-04-16",
        Tense::Future,
        "2024-05-01@month",
    ),
    (
        "It rose 25 percent to $240 billion.",
        "",
        Tense::Past,
        "none",
    ),
    ("Some 2023 troops left.", "", Tense::Past, "none"),
    // weekdays with tense
    (
        "Moscow announced on Monday that he would come.",
        "2024-05-14",
        Tense::Past,
        "2024-05-13@day",
    ),
    (
        "Lavrov spoke on Tuesday.",
        "2024-05-14",
        Tense::Past,
        "2024-05-14@day",
    ),
    (
        "Xi said on Thursday.",
        "2024-05-17",
        Tense::Past,
        "2024-05-16@day",
    ),
    (
        "He spoke at a press conference on Friday.",
        "2024-05-17",
        Tense::Past,
        "2024-05-17@day",
    ),
    (
        "They met on Wednesday.",
        "2024-02-29",
        Tense::Past,
        "2024-02-28@day",
    ),
    (
        "They will meet on Friday.",
        "2024-02-29",
        Tense::Future,
        "2024-03-01@day",
    ),
    (
        "They will meet on Thursday.",
        "2024-02-29",
        Tense::Future,
        "2024-02-29@day",
    ),
    (
        "They met on Sunday.",
        "2025-01-01",
        Tense::Past,
        "2024-12-29@day",
    ),
    (
        "They meet next Monday.",
        "2024-12-30",
        Tense::Future,
        "2025-01-06@day",
    ),
    (
        "They met last Monday.",
        "2024-12-30",
        Tense::Past,
        "2024-12-23@day",
    ),
    (
        "They meet on Thursday.",
        "2024-05-14",
        Tense::Present,
        "2024-05-16@day",
    ),
    ("They met on Tuesday.", "", Tense::Past, "-"),
    // a text in lower case throughout: day and month names as written there, but "may" and
    // "march" are verbs
    (
        "police said the rally was held on tuesday.",
        "2024-05-16",
        Tense::Past,
        "2024-05-14@day",
    ),
    (
        "the tribunal convened on 3 june 2002.",
        "2024-05-16",
        Tense::Past,
        "2002-06-03@day",
    ),
    (
        "protesters may march again.",
        "2024-05-16",
        Tense::Past,
        "none",
    ),
    (
        "Protesters met on tuesday.",
        "2024-05-16",
        Tense::Past,
        "none",
    ),
    // relative expressions
    (
        "He arrived yesterday.",
        "2024-03-01",
        Tense::Past,
        "2024-02-29@day",
    ),
    (
        "He arrived yesterday.",
        "2025-01-01",
        Tense::Past,
        "2024-12-31@day",
    ),
    (
        "He arrives today.",
        "2024-05-16",
        Tense::Present,
        "2024-05-16@day",
    ),
    (
        "He leaves tomorrow.",
        "2024-12-31",
        Tense::Future,
        "2025-01-01@day",
    ),
    (
        "Talks were held two days ago.",
        "2024-03-01",
        Tense::Past,
        "2024-02-28@day",
    ),
    (
        "Talks were held 3 weeks ago.",
        "2024-05-22",
        Tense::Past,
        "2024-05-01@day",
    ),
    (
        "Talks were held last week.",
        "2024-05-16",
        Tense::Past,
        "2024-05-06/2024-05-12@day",
    ),
    (
        "Talks resume next week.",
        "2024-12-30",
        Tense::Future,
        "2025-01-06/2025-01-12@day",
    ),
    (
        "Talks ended last month.",
        "2025-01-10",
        Tense::Past,
        "2024-12-01@month",
    ),
    (
        "He visited earlier this month.",
        "2024-05-16",
        Tense::Past,
        "2024-05-01@month",
    ),
    (
        "He will return next month.",
        "2024-12-16",
        Tense::Future,
        "2025-01-01@month",
    ),
    (
        "The deal was signed last year.",
        "2024-05-16",
        Tense::Past,
        "2023-01-01@year",
    ),
    (
        "Elections are due next year.",
        "2024-05-16",
        Tense::Future,
        "2025-01-01@year",
    ),
    (
        "It came two months ago.",
        "2024-01-16",
        Tense::Past,
        "2023-11-01@month",
    ),
    (
        "The visit comes days after the offensive.",
        "2024-05-16",
        Tense::Present,
        "-",
    ),
    (
        "The visit comes days after the offensive.",
        "",
        Tense::Present,
        "-",
    ),
    (
        "It ended three days later.",
        "2024-05-16",
        Tense::Past,
        "none",
    ),
];

fn show(v: Option<TimeValue>) -> String {
    match v {
        None => "-".into(),
        Some(v) => {
            let p = match v.precision {
                Precision::Day => "day",
                Precision::Month => "month",
                Precision::Year => "year",
            };
            match v.end {
                Some(e) => format!("{}/{}@{p}", v.start, e),
                None => format!("{}@{p}", v.start),
            }
        }
    }
}

#[test]
fn phrase_table() {
    assert!(CASES.len() >= 60);
    let mut failures = Vec::new();
    for (text, published, tense, want) in CASES {
        let p = parse_date(published);
        let tags = tag(text, p, *tense);
        let got = tags.first().map_or("none".to_string(), |t| show(t.value));
        if got != *want {
            failures.push(format!(
                "{text:?} published {published:?} {tense:?}: got {got}, want {want}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn tags_cover_their_words() {
    let text = "Moscow announced on Monday that Putin would visit China on May 16-17.";
    let tags = tag(text, parse_date("2024-05-14"), Tense::Past);
    let words: Vec<&str> = tags.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(words, ["Monday", "May 16-17"]);
}

#[test]
fn input_dates() {
    assert_eq!(
        parse_date("2024-05-14").map(|d| d.to_string()).as_deref(),
        Some("2024-05-14")
    );
    assert_eq!(
        parse_date("2024-05-14T19:12:00+03:00")
            .map(|d| d.to_string())
            .as_deref(),
        Some("2024-05-14")
    );
    assert_eq!(
        parse_date("2024-05-14T19:12:00Z")
            .map(|d| d.to_string())
            .as_deref(),
        Some("2024-05-14")
    );
    assert_eq!(parse_date("2024-02-30"), None);
    assert_eq!(parse_date("yesterday"), None);
    assert_eq!(parse_date("2024-05-14Tnonsense"), None);
}

#[test]
fn publication_dates_on_pages() {
    let cases: &[(&str, Option<&str>)] = &[
        ("icon menu icon search\n14 May, 2024 19:12\n\nHeadline here\nText.", Some("2024-05-14")),
        ("Headline\nPublished: 3 March 2025\nBody text on 1 March 2025.", Some("2025-03-03")),
        ("- The Ledger, 1887\nHeadline\nA caption of a photo. - The Ledger, 1887, 04.03.2025\nOther caption - The Ledger, 1887, 04.03.2025\nOld photo - The Ledger, 1887, 01.02.2020\nBody.", Some("2025-03-04")),
        ("Body text that mentions 16 May 2024 in a sentence.\n[1] Source, accessed 16.05.2024.", None),
        ("No dates at all.", None),
    ];
    for (page, want) in cases {
        let got = find_publication_date(page).map(|(d, s, e)| {
            assert!(s < e && e <= page.len());
            d.to_string()
        });
        assert_eq!(got.as_deref(), *want, "{page:?}");
    }
}

proptest::proptest! {
    #[test]
    fn never_panics_and_spans_are_valid(text in "\\PC{0,120}", days in -3000i64..3000) {
        let p = add_days(Date::constant(2024, 2, 29), days);
        for tense in [Tense::Past, Tense::Present, Tense::Future] {
            let mut last = 0;
            for t in tag(&text, p, tense) {
                proptest::prop_assert!(t.start >= last && t.start < t.end && t.end <= text.len());
                last = t.end;
                if let Some(v) = t.value {
                    proptest::prop_assert!(v.end.is_none_or(|e| e > v.start));
                }
            }
        }
        let _ = find_publication_date(&text);
    }

    #[test]
    fn weekdays_resolve_to_that_weekday_within_a_week(days in -3000i64..3000, wd in 0usize..7) {
        let p = add_days(Date::constant(2024, 2, 29), days).unwrap();
        let (name, weekday) = WEEKDAYS[wd];
        let mut word = name.to_string();
        word[..1].make_ascii_uppercase();
        for (tense, lo, hi) in [(Tense::Past, -6, 0), (Tense::Future, 0, 6), (Tense::Present, -6, 6)] {
            let tags = tag(&format!("They met on {word}."), Some(p), tense);
            let v = tags[0].value.unwrap();
            proptest::prop_assert_eq!(v.start.weekday(), weekday);
            let off = i64::from(p.until(v.start).unwrap().get_days());
            proptest::prop_assert!((lo..=hi).contains(&off), "{tense:?} offset {off}");
        }
    }

    #[test]
    fn year_less_dates_respect_tense(days in -3000i64..3000, m in 1i8..=12, d in 1i8..=28) {
        let p = add_days(Date::constant(2024, 2, 29), days).unwrap();
        let past = infer_year(p, m, d, Tense::Past).unwrap();
        let fut = infer_year(p, m, d, Tense::Future).unwrap();
        proptest::prop_assert!(past <= add_days(p, 1).unwrap() && past > add_days(p, -368).unwrap());
        proptest::prop_assert!(fut >= add_days(p, -1).unwrap() && fut < add_days(p, 368).unwrap());
    }
}

#[test]
fn day_shifts_between_acts() {
    let found = |text: &str| {
        day_shifts(text)
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.days, s.opens_clause))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        found("The raid came two days after gunmen attacked a patrol."),
        [("two days after".to_string(), -2, true)]
    );
    assert_eq!(
        found("It struck on Friday, a week before the vote."),
        [("a week before".to_string(), 7, true)]
    );
    assert_eq!(
        found("A court freed them 3 days later, and the next day they left."),
        [
            ("3 days later".to_string(), 3, false),
            ("the next day".to_string(), 1, false)
        ]
    );
    assert_eq!(
        found("They met the day after the summit."),
        [("the day after".to_string(), -1, true)]
    );
    assert!(found("Talks lasted two days in Doha.").is_empty());
    assert!(found("It came less than a week after the raid.").is_empty());
    // a span of time, not a day
    assert!(found("It imposed martial law for 30 days after the raid.").is_empty());
    assert_eq!(
        found("It struck hours after the vote, two hours before dawn."),
        [
            ("hours after".to_string(), 0, true),
            ("two hours before".to_string(), 0, true)
        ]
    );
    assert!(found("days after the vote").is_empty());
    // the same day as the act before
    assert_eq!(
        found("Hours later, shelling was reported, and they met the same day."),
        [
            ("Hours later".to_string(), 0, false),
            ("the same day".to_string(), 0, false)
        ]
    );
    assert_eq!(
        found("Protesters stormed his residence earlier that day."),
        [("earlier that day".to_string(), 0, false)]
    );
}
