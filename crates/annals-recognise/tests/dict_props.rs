//! Property tests for the dictionary readers: no input makes them panic, every error names a
//! line of the file, and what annals writes in PETRARCH format reads back to the same entries.

use annals_model::Date;
use annals_recognise::{ActorDictionary, ActorEntry, EntryKind};
use proptest::prelude::*;

/// Lines built from the formats' own punctuation, so the readers' branches are reached.
fn dictionary_text() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just("[".to_string()),
        Just("]".to_string()),
        Just("+".to_string()),
        Just("~".to_string()),
        Just("!".to_string()),
        Just("=".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("#".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("\t".to_string()),
        Just(" ".to_string()),
        Just("_".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("-".to_string()),
        "[A-Z]{1,9}",
        "[0-9]{1,9}",
        "person|country|agent|igo",
        "\\PC{0,3}",
    ];
    proptest::collection::vec(proptest::collection::vec(fragment, 0..12), 0..20).prop_map(|lines| {
        lines
            .into_iter()
            .map(|l| l.concat())
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn lines_of(text: &str) -> usize {
    text.lines().count()
}

proptest! {
    #[test]
    fn readers_never_panic_and_errors_name_a_line(text in dictionary_text()) {
        let n = lines_of(&text);
        for reader in [
            ActorDictionary::add_tsv as fn(&mut ActorDictionary, &str, &str) -> Vec<_>,
            ActorDictionary::add_petrarch_actors,
            ActorDictionary::add_petrarch_agents,
            ActorDictionary::add_any,
        ] {
            let mut d = ActorDictionary::default();
            for e in reader(&mut d, "f.txt", &text) {
                let msg = e.to_string();
                let line: usize = msg
                    .strip_prefix("f.txt:")
                    .and_then(|r| r.split(':').next())
                    .and_then(|l| l.parse().ok())
                    .unwrap_or(0);
                prop_assert!(line >= 1 && line <= n, "{msg} (file has {n} lines)");
            }
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(text in "\\PC{0,400}") {
        let mut d = ActorDictionary::default();
        d.add_any("f.txt", &text);
        d.add_petrarch_actors("f.txt", &text);
        d.add_petrarch_agents("f.txt", &text);
        let _ = d.to_petrarch();
        let _ = d.to_tsv();
    }

    #[test]
    fn petrarch_output_reads_back(
        people in proptest::collection::vec(
            ("[A-Z][a-z]{2,8} [A-Z][a-z]{2,8}", "[A-Z]{3}(GOV|MIL|ELI)?", 1990i16..2030, 1u16..4000),
            1..8,
        )
    ) {
        let mut d = ActorDictionary::default();
        for (i, (name, code, year, days)) in people.iter().enumerate() {
            let start = Date::new(*year, 1, 1).expect("a date");
            let end = start.checked_add(jiff::Span::new().days(i64::from(*days))).expect("a date");
            d.add_entry(
                ActorEntry {
                    kind: EntryKind::Person,
                    code: code.clone(),
                    name: name.clone(),
                    role: Some(format!("office {i}")),
                    start: Some(start),
                    end: (i % 2 == 0).then_some(end),
                    patterns: vec![name.clone()],
                },
                false,
            );
        }
        let (actors, _) = d.to_petrarch();
        let mut back = ActorDictionary::default();
        let errors = back.add_petrarch_actors("back.txt", &actors);
        prop_assert!(errors.is_empty(), "{errors:?}");
        let key = |e: &ActorEntry| (e.code.clone(), e.start, e.end, e.role.clone(), e.name.clone());
        let mut a: Vec<_> = d.entries().iter().map(key).collect();
        let mut b: Vec<_> = back.entries().iter().map(key).collect();
        a.sort();
        b.sort();
        prop_assert_eq!(a, b);
    }
}
