//! Restoring the case of lower-cased text: on any text it never panics, keeps every byte
//! offset (the sentence's spans stay valid), changes only letters' case, and leaves text with
//! an upper-case letter alone.

use annals_recognise::Recogniser;
use proptest::prelude::*;
use std::sync::OnceLock;

fn recogniser() -> &'static Recogniser {
    static R: OnceLock<Recogniser> = OnceLock::new();
    R.get_or_init(Recogniser::builtin)
}

/// Lower-case words, names among them, with punctuation, digits and non-ASCII letters.
fn lower_text() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "police",
        "arrested",
        "two",
        "pakistani",
        "nationals",
        "in",
        "lucknow",
        "uttar",
        "pradesh",
        "bjp",
        "the",
        "us",
        "who",
        "turkey",
        "vladimir",
        "putin",
        "rice",
        ",",
        ".",
        "-",
        "'s",
        "25,000",
        "ödön",
        "straße",
        "ǆ",
        "ﬁ",
        "istanbul",
        "i̇zmir",
    ]);
    prop::collection::vec(words, 0..30).prop_map(|w| w.join(" "))
}

proptest! {
    #[test]
    fn offsets_are_kept_and_only_case_changes(text in lower_text()) {
        if let Some(cased) = recogniser().truecase(&text) {
            prop_assert_eq!(cased.len(), text.len());
            prop_assert_eq!(cased.to_lowercase(), text.to_lowercase());
            for (a, b) in cased.char_indices().zip(text.char_indices()) {
                prop_assert_eq!(a.0, b.0);
            }
        }
    }

    #[test]
    fn any_text_is_safe(text in ".{0,80}") {
        let out = recogniser().truecase(&text);
        if text.chars().any(char::is_uppercase) {
            prop_assert!(out.is_none());
        } else if let Some(cased) = out {
            prop_assert_eq!(cased.len(), text.len());
        }
    }
}
