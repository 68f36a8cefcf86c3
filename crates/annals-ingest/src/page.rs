//! Page layout of plain text as it comes off the web: which lines are article prose, and what
//! the junk around them says about the article (title, outlet, publication date).
//!
//! Pages are judged line by line, because web text arrives one block per line: icon-font
//! dumps, share/subscribe widgets, photo captions and teaser headlines of other stories,
//! infobox table rows and footnote lists are dropped; prose lines keep their byte spans in the
//! original text, so every later offset points into what the user gave us.

use std::collections::HashMap;

use annals_model::Date;

/// What [`layout`] found in a page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// Byte spans of the prose lines, in order.
    pub prose: Vec<(usize, usize)>,
    /// The first headline-like line, if any.
    pub title: Option<String>,
    /// The outlet named by the page's chrome (byline, caption credit, title suffix).
    pub outlet: Option<String>,
    /// The publication date shown in the page text.
    pub published: Option<Date>,
}

/// What a line of a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Prose,
    Heading,
    Junk(&'static str),
}

/// Finds the prose lines of a page and its title, outlet and publication date.
pub fn layout(text: &str) -> Layout {
    let mut out = Layout {
        published: annals_time::find_publication_date(text).map(|(d, _, _)| d),
        ..Layout::default()
    };
    let mut outlets: HashMap<String, usize> = HashMap::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let start_trim = raw.len() - raw.trim_start().len();
        let line = raw.trim();
        let (s, e) = (offset + start_trim, offset + start_trim + line.len());
        offset += raw.len();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = outlet_credit(line) {
            *outlets.entry(name).or_default() += 1;
        }
        match classify(line) {
            LineKind::Prose => out.prose.push((s, e)),
            LineKind::Heading if out.title.is_none() && out.prose.is_empty() => {
                let (title, outlet) = split_title_suffix(line);
                if let Some(o) = outlet {
                    *outlets.entry(o).or_default() += 2;
                }
                out.title = Some(title);
            }
            _ => {}
        }
    }
    out.outlet = outlets
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(name, _)| name);
    out
}

const WIDGET_WORDS: [&str; 26] = [
    "subscribe",
    "comments",
    "shares",
    "sign in",
    "sign up",
    "log in",
    "login",
    "register",
    "share",
    "comment",
    "newsletter",
    "follow us",
    "advertisement",
    "cookie",
    "read more",
    "related",
    "similar posts",
    "tweet",
    "whatsapp",
    "print",
    "go to the mediabank",
    "most read",
    "recommended",
    "click here",
    "all rights reserved",
    "skip to",
];

/// Classifies one trimmed, non-empty line of a page.
pub fn classify(line: &str) -> LineKind {
    let words: Vec<&str> = line.split_whitespace().collect();
    let n = words.len();
    let lower = line.to_lowercase();
    if n >= 5 && words.iter().filter(|w| w.contains("icon")).count() * 3 >= n {
        return LineKind::Junk("icon font");
    }
    if line.starts_with("![") || line.starts_with('|') || line.ends_with('|') {
        return LineKind::Junk("table row");
    }
    if line.matches(" | ").count() >= 1 && n < 40 || line.contains("---|") {
        return LineKind::Junk("table row");
    }
    if line.starts_with('©')
        || [
            "photo:",
            "image:",
            "picture:",
            "caption:",
            "(photo",
            "file photo",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return LineKind::Junk("caption");
    }
    if caption_credit(line).is_some() {
        return LineKind::Junk("caption");
    }
    if !line.contains(" - ")
        && annals_time::find_publication_date(line).is_some_and(|(_, start, _)| start <= 12)
    {
        return LineKind::Junk("date line");
    }
    if is_footnote(line, &lower) {
        return LineKind::Junk("footnote");
    }
    if n <= 8 && WIDGET_WORDS.iter().any(|w| contains_word(&lower, w)) {
        return LineKind::Junk("widget");
    }
    if line.starts_with("- ") && n <= 8 {
        return LineKind::Junk("byline");
    }
    let ends_sentence = line
        .trim_end_matches(|c: char| c == ']' || c.is_ascii_digit() || c == '[' || c == ' ')
        .ends_with(['.', '!', '?', '"', '”', '’', '\'', ':', ')']);
    if !ends_sentence {
        return if n < 25 {
            LineKind::Heading
        } else {
            LineKind::Prose
        };
    }
    if n < 4 {
        return LineKind::Junk("fragment");
    }
    LineKind::Prose
}

fn contains_word(hay: &str, word: &str) -> bool {
    hay.match_indices(word).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn is_footnote(line: &str, lower: &str) -> bool {
    let bracketed = line.strip_prefix('[').and_then(|r| r.split_once(']'));
    if let Some((num, _)) = bracketed {
        if !num.is_empty() && num.chars().all(|c| c.is_ascii_digit()) {
            return true;
        }
    }
    lower.starts_with("ibid") || lower.starts_with('^') || lower.starts_with("retrieved ")
}

/// A caption or teaser credit at the end of a line: "… - Outlet Name, 1920, 17.05.2024".
fn caption_credit(line: &str) -> Option<String> {
    let (_, tail) = line.rsplit_once(" - ")?;
    credit_name(tail, true)
}

/// An outlet named by the page's chrome: a byline "- Outlet, 1920" or a caption credit.
fn outlet_credit(line: &str) -> Option<String> {
    if let Some(rest) = line.strip_prefix("- ") {
        if let Some(name) = credit_name(rest, false) {
            return Some(name);
        }
    }
    caption_credit(line)
}

/// Parses "Outlet Name, 1920[, 17.05.2024]" into the outlet name.
fn credit_name(tail: &str, need_date: bool) -> Option<String> {
    let parts: Vec<&str> = tail.split(',').map(str::trim).collect();
    if parts.len() < 2 || parts.len() > 3 || (need_date && parts.len() != 3) {
        return None;
    }
    let name = parts[0];
    let words = name.split_whitespace().count();
    let capitalised = name.chars().next().is_some_and(char::is_uppercase);
    let numeric = parts[1].len() <= 4 && parts[1].chars().all(|c| c.is_ascii_digit());
    let dated = parts.get(2).is_none_or(|d| {
        annals_time::tag(d, None, annals_time::Tense::Past)
            .iter()
            .any(|t| t.start == 0 && t.end == d.len())
    });
    (capitalised && (1..=5).contains(&words) && numeric && !parts[1].is_empty() && dated)
        .then(|| name.to_string())
}

/// Splits "Headline - Outlet" / "Headline | Outlet" into the headline and the outlet.
fn split_title_suffix(line: &str) -> (String, Option<String>) {
    for sep in [" - ", " | ", " — ", " – "] {
        if let Some((head, tail)) = line.rsplit_once(sep) {
            let words: Vec<&str> = tail.split_whitespace().collect();
            let titled = words.iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            });
            if !words.is_empty()
                && words.len() <= 5
                && titled
                && head.split_whitespace().count() >= 3
            {
                return (head.trim().to_string(), Some(tail.trim().to_string()));
            }
        }
    }
    (line.to_string(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "icon search icon menu icon share icon close icon user icon bell\n\
- The Harbour Ledger, 1887\n\
Ministers Agree on Fisheries Pact - The Harbour Ledger\n\
4 March, 2025 10:31\n\
Subscribe\n\
Share this article\n\
Portugal's prime minister welcomed the Brazilian president in Lisbon on Monday.\n\
© Agency / Photographer\n\
The two leaders shake hands in Lisbon. - The Harbour Ledger, 1887, 04.03.2025\n\
Fishing Fleet Returns After Record Season\n\
Date | 3 March 2025 |\n\
The two governments signed a fisheries agreement, officials said. [1] [2]\n\
[1] Ministry statement, accessed 04.03.2025.\n\
Ibid.\n";

    fn prose(text: &str) -> Vec<&str> {
        layout(text)
            .prose
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn keeps_prose_and_drops_junk() {
        assert_eq!(
            prose(PAGE),
            vec![
                "Portugal's prime minister welcomed the Brazilian president in Lisbon on Monday.",
                "The two governments signed a fisheries agreement, officials said. [1] [2]",
            ]
        );
    }

    #[test]
    fn finds_title_outlet_and_date() {
        let l = layout(PAGE);
        assert_eq!(
            l.title.as_deref(),
            Some("Ministers Agree on Fisheries Pact")
        );
        assert_eq!(l.outlet.as_deref(), Some("The Harbour Ledger"));
        assert_eq!(
            l.published.map(|d| d.to_string()).as_deref(),
            Some("2025-03-04")
        );
    }

    #[test]
    fn line_kinds() {
        use LineKind::*;
        let cases = [
            ("Sign in", Junk("widget")),
            ("Comments (12)", Junk("widget")),
            ("World", Heading),
            ("Talks Stall as Envoys Leave Geneva", Heading),
            ("Capital | Oslo |", Junk("table row")),
            ("[3] A report, accessed 2 May 2024.", Junk("footnote")),
            (
                "The envoy left Geneva on Friday after two days of talks.",
                Prose,
            ),
            ("Photo: Soldiers at a checkpoint.", Junk("caption")),
        ];
        for (line, want) in cases {
            assert_eq!(classify(line), want, "{line}");
        }
    }

    proptest::proptest! {
        #[test]
        fn prose_spans_are_valid(text in "\\PC{0,300}(\n\\PC{0,80}){0,6}") {
            let l = layout(&text);
            let mut last = 0;
            for (s, e) in l.prose {
                proptest::prop_assert!(s >= last && s <= e && e <= text.len());
                proptest::prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                last = e;
            }
        }
    }
}
