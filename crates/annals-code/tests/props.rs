//! The coder on word salad: any sequence of the words its clause rules look at (counts,
//! hyphenated modifiers, auxiliaries, attributions, prepositions, names) codes without a panic,
//! and every event it gives has a source or a target.

use annals_code::Coder;
use annals_recognise::Context;
use proptest::prelude::*;
use std::sync::OnceLock;

fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(Coder::builtin)
}

const WORDS: &[&str] = &[
    "five",
    "a",
    "dozen",
    "about",
    "of",
    "the",
    "state",
    "were",
    "was",
    "have",
    "been",
    "arrested",
    "killed",
    "Saudi",
    "-",
    "led",
    "based",
    "forces",
    "police",
    "rebels",
    ",",
    "said",
    "a",
    "local",
    "official",
    "and",
    "to",
    "in",
    "Kabul",
    "Kenya",
    "Kenyan",
    "on",
    "opened",
    "fire",
    "protesters",
    "resigned",
    "agreed",
    "must",
    "before",
    "until",
    "bomb",
    "attack",
    "attacks",
    "received",
    "weapons",
    "from",
    "Germany",
    "National",
    "Liberation",
    "Army",
    "Zapatista",
    "Russia",
    "Today",
    "today",
    "embargoes",
    "war",
    "torn",
    "curfew",
    "imposed",
    "confiscated",
    "servicemen",
    "blew",
    "themselves",
    "up",
    "captured",
    "town",
    "according",
    "sources",
    "Thai",
    "military",
    ".",
    "'s",
    "(",
    ")",
    "—",
    "3,976",
    "ten",
    "Saudi-led",
    "war-torn",
    "Somalia-based",
    "Kabul-based",
    "Iranian-backed",
    "lathi-charged",
    // this session's rules: amounts, asides, relatives, dying, accidents, fronted clauses,
    // nationals, compass words, lower-case names
    "nearly",
    "25,000",
    "tons",
    "$2",
    "billion",
    "including",
    "among",
    "who",
    "which",
    "died",
    "succumbed",
    "shelling",
    "crash",
    "accident",
    "When",
    "If",
    "amid",
    "its",
    "landowners",
    "Kurds",
    "northern",
    "south",
    "pakistani",
    "nationals",
    "lucknow",
    "bjp",
    "raid",
    "threatened",
    "ödön",
    // asides, described organisations, acts named again, weapons, mediators, accusations
    "accused",
    "blamed",
    "for",
    "killing",
    "by",
    "mediated",
    "after",
    "talks",
    "condemned",
    "welcomed",
    "denied",
    "move",
    "decision",
    "agreement",
    "accusation",
    "claimed",
    "responsibility",
    "World",
    "Bank",
    "bank",
    "bloc",
    "group",
    "Hamas",
    "his",
    "Chinese",
    "host",
    "drones",
    "missiles",
    "fired",
    "launched",
    "at",
    "OUAGADOUGOU",
    "streets",
    "through",
    "Amnesty",
    "International",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn word_salad_codes_without_panic(
        picks in proptest::collection::vec(0..WORDS.len(), 0..40),
        lower in any::<bool>(),
    ) {
        let sentence: Vec<&str> = picks.iter().map(|&i| WORDS[i]).collect();
        let mut sentence = sentence.join(" ");
        // (all in lower case, the names' case is restored first)
        if lower {
            sentence = sentence.to_lowercase();
        }
        let events = coder().code_sentence(&sentence, "2024-05-01".parse().ok(), &mut Context::new());
        for e in events {
            prop_assert!(!(e.source.is_absent() && e.target.is_absent()), "{sentence}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    /// Sentences of one article share its context (pronouns, organisations, earlier acts,
    /// the dateline): word salad across three sentences codes without a panic.
    #[test]
    fn an_article_of_word_salad_codes_without_panic(
        sentences in proptest::collection::vec(
            proptest::collection::vec(0..WORDS.len(), 0..30),
            1..4,
        ),
    ) {
        let mut ctx = Context::new();
        for picks in &sentences {
            let sentence: Vec<&str> = picks.iter().map(|&i| WORDS[i]).collect();
            let sentence = sentence.join(" ");
            let events = coder().code_sentence(&sentence, "2024-05-01".parse().ok(), &mut ctx);
            for e in events {
                prop_assert!(!(e.source.is_absent() && e.target.is_absent()), "{sentence}");
            }
        }
    }
}
