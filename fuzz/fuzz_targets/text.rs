//! Fuzzes the text stages on arbitrary text: sentence splitting, the temporal tagger, and the
//! whole coder (actors, places, clauses, figures) on an article. No input may panic, and every
//! offset must fall on a character boundary of the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static CODER: OnceLock<annals_code::Coder> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    for s in annals_text::split_sentences(&text) {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    let published = "2024-05-16".parse().ok();
    for t in annals_time::tag(&text, published, annals_time::Tense::Past) {
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
    }
    let coder = CODER.get_or_init(annals_code::Coder::builtin);
    let article = annals_model::Article {
        id: "fuzz".into(),
        path: None,
        url: None,
        outlet: None,
        published,
        title: None,
        text: text.clone(),
    };
    let coded = coder.code_article(&article);
    for m in &coded.mentions {
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
    }
    for c in &coded.claims {
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
    }
});
