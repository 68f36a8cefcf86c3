//! The seeds' gold `actors_by_date` (`../shared/corpus/seeds/gold/facts.json`): each person
//! resolves, on the listed day, to the listed code and to the office the gold names.

use std::path::Path;

use annals_recognise::Recogniser;
use serde_json::Value;

/// Lower-case words of an office, with "defense" spelt "defence" and filler words dropped.
fn office_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .map(|w| w.to_lowercase().replace("defense", "defence"))
        .filter(|w| !w.is_empty() && !matches!(w.as_str(), "of" | "the" | "russia"))
        .collect()
}

#[test]
fn gold_actors_resolve_to_their_office_on_the_date() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds/gold/facts.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}: clone the shared folder beside the repository",
            path.display()
        )
    });
    let facts: Value = serde_json::from_str(&text).expect("facts.json is JSON");
    let cases = facts["actors_by_date"].as_array().expect("actors_by_date");
    assert!(cases.len() >= 4);
    let r = Recogniser::builtin();
    for c in cases {
        let name = c["name"].as_str().expect("name");
        let on = c["on"].as_str().and_then(|d| d.parse().ok());
        let role = c["role"].as_str().expect("role");
        // "RUSGOV (Security Council secretary; defence minister until 2024-05-12)"
        let (code, rest) = role.split_once(' ').unwrap_or((role, ""));
        let office = rest
            .trim_start_matches('(')
            .split([';', ')'])
            .next()
            .unwrap_or("")
            .split(|c: char| c.is_ascii_digit())
            .next()
            .unwrap_or("")
            .replace(" until", "")
            .replace(" from", "");
        let got = r
            .resolve(name, "", on)
            .unwrap_or_else(|| panic!("{name} does not resolve"));
        assert_eq!(got.code.as_str(), code, "{name} on {on:?}");
        let have = office_words(got.role.as_deref().unwrap_or(""));
        for w in office_words(&office) {
            assert!(
                have.contains(&w),
                "{name} on {on:?}: office {:?} lacks {w:?} of the gold's {office:?}",
                got.role
            );
        }
    }
}
