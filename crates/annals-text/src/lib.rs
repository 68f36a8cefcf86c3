//! Text: splits news prose into sentences, keeping byte offsets into the input.
//!
//! News text is full of full stops that do not end sentences: titles ("Gen.", "Sen."),
//! months ("Jan."), units ("bn."), initials ("John F. Kennedy"), dotted acronyms ("U.S.",
//! "U.N."), decimals ("26.3"). The splitter ends a sentence at `.`, `!` or `?` (with any
//! closing quotes and brackets) only when the next word starts a new sentence and the word
//! before the stop is not one of those. Footnote markers such as `[1] [2]` after a sentence
//! are left out of both neighbours.
//!
//! ```
//! let text = "Gen. Ortiz met U.S. envoys on Jan. 4. Talks went well.";
//! let spans = annals_text::split_sentences(text);
//! let sentences: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(sentences, ["Gen. Ortiz met U.S. envoys on Jan. 4.", "Talks went well."]);
//! ```

/// A sentence as a byte range `start..end` of the text it was split from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Abbreviations (lower case, without the dot) after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr",
    "adm", "brig", "gov", "sen", "rep", "rev", "st", "hon", "pres", "amb", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol", "vs", "v",
    "bn", "mn", "mln", "tn", "approx", "est", "inc", "ltd", "co", "corp", "jr", "sr", "fig", "ca",
    "cf", "al", "e.g", "i.e", "dept", "univ", "assn", "gov't", "mt", "ft", "pp", "op", "art",
    "sec",
];

/// Capitalised words that start a sentence after an acronym such as "U.S." ends one.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "In",
    "On",
    "At",
    "His",
    "Her",
    "Their",
    "Its",
    "There",
    "Officials",
    "However",
    "Meanwhile",
];

/// Splits `text` into sentences. Spans are trimmed of surrounding white space, never empty,
/// in order and non-overlapping; every span starts and ends on a character boundary.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    // a text in lower case throughout ("police arrested two men. they were freed.") has no
    // capital to open its sentences: a stop and a space end one there
    let caseless = !text.chars().any(char::is_uppercase);
    let mut out = Vec::new();
    let mut start = skip_gap(text, 0);
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            let mut end = i + 1;
            // runs of ?! and ellipses
            while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?') {
                end += 1;
            }
            end = skip_closers(text, end);
            let next = skip_gap(text, end);
            if next > end && ends_here(text, start, i, next, caseless) {
                push(&mut out, text, start, end);
                start = next;
                i = next;
                continue;
            }
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    push(&mut out, text, start, text.len());
    out
}

fn push(out: &mut Vec<Span>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let s = start + lead;
    let mut e = start + piece.trim_end().len();
    // footnote markers at the very end ("... [4]") belong to no sentence
    loop {
        let t = text[s..e].trim_end();
        match strip_marker_end(t) {
            Some(rest) if !rest.trim().is_empty() => e = s + rest.trim_end().len(),
            _ => {
                e = s + t.len();
                break;
            }
        }
    }
    if e > s {
        out.push(Span { start: s, end: e });
    }
}

/// `"... text [12]"` → `"... text"`.
fn strip_marker_end(t: &str) -> Option<&str> {
    let body = t.strip_suffix(']')?;
    let open = body.rfind('[')?;
    let inner = &body[open + 1..];
    (!inner.is_empty() && inner.len() <= 4 && inner.bytes().all(|b| b.is_ascii_digit()))
        .then(|| &body[..open])
}

/// Skips closing quotes and brackets after a stop.
fn skip_closers(text: &str, mut at: usize) -> usize {
    while let Some(c) = text[at..].chars().next() {
        if matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»') && !starts_marker(text, at) {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

fn starts_marker(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    rest.starts_with('[')
        && rest[1..]
            .find(']')
            .is_some_and(|k| k > 0 && k <= 4 && rest[1..1 + k].bytes().all(|b| b.is_ascii_digit()))
}

/// Skips white space and footnote markers (`[1] [2]`) between sentences.
fn skip_gap(text: &str, mut at: usize) -> usize {
    loop {
        let rest = &text[at..];
        let trimmed = rest.trim_start();
        at += rest.len() - trimmed.len();
        if starts_marker(text, at) {
            at += text[at..].find(']').map_or(0, |k| k + 1);
            continue;
        }
        return at;
    }
}

/// Whether the stop at `dot` (sentence began at `start`, next text at `next`) ends a sentence.
fn ends_here(text: &str, start: usize, dot: usize, next: usize, caseless: bool) -> bool {
    let Some(first) = text[next..].chars().next() else {
        return true;
    };
    let opener = matches!(first, '"' | '“' | '‘' | '\'' | '(' | '[' | '«');
    if !(first.is_uppercase()
        || first.is_ascii_digit()
        || opener
        || (caseless && first.is_alphabetic()))
    {
        return false;
    }
    if text.as_bytes()[dot] != b'.' {
        return true;
    }
    // the word before the full stop
    let before = &text[start..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    let lower = word.to_lowercase();
    // "… said President Ferdinand Marcos Jr. Duterte denied …": a name's suffix ends the name;
    // a capitalised word after it opens the next sentence (not "Martin Luther King Jr. Day")
    if matches!(lower.as_str(), "jr" | "sr") && !caseless {
        let next_word: String = text[next..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        return next_word.chars().next().is_some_and(char::is_uppercase)
            && !matches!(
                next_word.as_str(),
                "Day" | "High" | "Memorial" | "Boulevard" | "Blvd" | "Avenue" | "Street" | "Bridge"
            );
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        // "Jan." or "No." before a number continues; a month at a sentence end is rare; but
        // "… met Hun Sen. The two …": no title stands before a typical sentence opener
        let next_word: String = text[next..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        return next_word.len() > 1 && !caseless && SENTENCE_STARTERS.contains(&next_word.as_str());
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    // a single initial: "John F. Kennedy"
    if letters.len() == 1
        && word.chars().count() == 1
        && word.chars().all(|c| c.is_uppercase() || caseless)
    {
        return false;
    }
    // a dotted acronym ("U.S."): ends a sentence only before a typical sentence opener
    if word.contains('.')
        && letters.iter().all(|c| c.is_uppercase() || caseless)
        && letters.len() <= 4
    {
        let next_word: String = text[next..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        return SENTENCE_STARTERS
            .iter()
            .any(|w| *w == next_word || (caseless && w.eq_ignore_ascii_case(&next_word)));
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            (
                "The U.S. envoy met Gen. Ortiz. He left.",
                &["The U.S. envoy met Gen. Ortiz.", "He left."],
            ),
            // a name ending like a title ("Hun Sen") before a sentence opener ends it
            (
                "Xi met Hun Sen. The two signed a pact. Sen. Rubio spoke.",
                &[
                    "Xi met Hun Sen.",
                    "The two signed a pact.",
                    "Sen. Rubio spoke.",
                ],
            ),
            (
                "Troops left the U.S. The talks ended.",
                &["Troops left the U.S.", "The talks ended."],
            ),
            (
                "Trade rose to $240 bn. in 2023. It fell.",
                &["Trade rose to $240 bn. in 2023.", "It fell."],
            ),
            (
                "Talks began on Jan. 4 in Oslo. Both sides agreed.",
                &["Talks began on Jan. 4 in Oslo.", "Both sides agreed."],
            ),
            (
                "Growth was 2.5 percent. Prices rose.",
                &["Growth was 2.5 percent.", "Prices rose."],
            ),
            (
                "John F. Kennedy spoke. Then he left.",
                &["John F. Kennedy spoke.", "Then he left."],
            ),
            // a name's suffix ends the name; a capital after it opens the next sentence
            (
                "Lawmakers voted to impeach Vice President Sara Duterte on Wednesday, \
                 defying President Ferdinand Marcos Jr. Duterte denied the accusations. \
                 Martin Luther King Jr. Day is a holiday.",
                &[
                    "Lawmakers voted to impeach Vice President Sara Duterte on Wednesday, \
                     defying President Ferdinand Marcos Jr.",
                    "Duterte denied the accusations.",
                    "Martin Luther King Jr. Day is a holiday.",
                ],
            ),
            (
                "\"We will go,\" she said. \"Now.\" They went.",
                &["\"We will go,\" she said.", "\"Now.\"", "They went."],
            ),
            (
                "The pact was signed. [1] [2] Officials cheered. [3]",
                &["The pact was signed.", "Officials cheered."],
            ),
            (
                "Is it over? Yes! It is.",
                &["Is it over?", "Yes!", "It is."],
            ),
            ("no final stop here", &["no final stop here"]),
            // a stop before a small letter ends no sentence in a text with capitals …
            ("Version 1.2 is out. ok.", &["Version 1.2 is out. ok."]),
            // … but does in a text in lower case throughout, past abbreviations and initials
            (
                "police met gen. ortiz and j. smith in the u.s. capital. they left. it ended.",
                &[
                    "police met gen. ortiz and j. smith in the u.s. capital.",
                    "they left.",
                    "it ended.",
                ],
            ),
            ("   ", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn spans_are_ordered_nonempty_and_on_boundaries(text in "\\PC{0,200}") {
            let mut last = 0;
            for s in split_sentences(&text) {
                proptest::prop_assert!(s.start >= last && s.start < s.end && s.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                proptest::prop_assert!(!text[s.start..s.end].trim().is_empty());
                last = s.end;
            }
        }
    }
}
