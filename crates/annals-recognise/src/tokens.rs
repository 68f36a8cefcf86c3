//! Word tokens with byte offsets: words, numbers, clitics ("'s", "n't") and punctuation.

/// One token of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets into the tokenised text.
    pub start: usize,
    pub end: usize,
    /// The token as written (curly apostrophes folded to `'`).
    pub text: String,
    /// Lower-cased [`Token::text`].
    pub lower: String,
}

impl Token {
    /// Whether the token starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    /// Whether the token is a word (starts with a letter).
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphabetic)
    }
    /// Whether the token begins a figure: a digit or a currency sign ("25,000", "$2", "12M").
    pub fn is_figure(&self) -> bool {
        self.text
            .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£'))
    }
    /// Whether the token is punctuation.
    pub fn is_punct(&self) -> bool {
        !self.text.chars().next().is_some_and(char::is_alphanumeric) && !self.text.starts_with('\'')
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == '‘'
}

/// Splits text into tokens. Dotted acronyms ("U.S.", "U.N.") stay whole; hyphenated words are
/// split at the hyphen; "Putin's" gives "Putin" + "'s"; "didn't" gives "did" + "n't".
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let push = |out: &mut Vec<Token>, s: usize, e: usize| {
        let raw = &text[s..e];
        let t: String = raw
            .chars()
            .map(|c| if is_apostrophe(c) { '\'' } else { c })
            .collect();
        out.push(Token {
            start: s,
            end: e,
            lower: t.to_lowercase(),
            text: t,
        });
    };
    while i < chars.len() {
        let (s, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                let next = chars.get(j + 1).map(|x| x.1);
                if c.is_alphanumeric() {
                    j += 1;
                } else if (c == '.' || c == ',')
                    && chars[j - 1].1.is_ascii_digit()
                    && next.is_some_and(|n| n.is_ascii_digit())
                {
                    j += 2; // 26.3, 1,000
                } else if c == '.' && chars[j - 1].1.is_alphabetic() && is_acronym_dot(&chars, i, j)
                {
                    j += 1; // U.S.
                } else {
                    break;
                }
            }
            let e = chars.get(j).map_or(text.len(), |x| x.0);
            // "didn't": split "n" off before "'t".
            let next_is_nt = chars.get(j).is_some_and(|x| is_apostrophe(x.1))
                && chars.get(j + 1).is_some_and(|x| x.1 == 't' || x.1 == 'T')
                && !chars.get(j + 2).is_some_and(|x| x.1.is_alphanumeric())
                && j >= 2
                && (chars[j - 1].1 == 'n' || chars[j - 1].1 == 'N')
                && j - 1 > i;
            if next_is_nt {
                push(&mut out, s, chars[j - 1].0);
                let ne = chars.get(j + 2).map_or(text.len(), |x| x.0);
                push(&mut out, chars[j - 1].0, ne);
                i = j + 2;
                continue;
            }
            push(&mut out, s, e);
            i = j;
            continue;
        }
        if is_apostrophe(c)
            && chars.get(i + 1).is_some_and(|x| x.1.is_alphabetic())
            && i > 0
            && chars[i - 1].1.is_alphanumeric()
        {
            let mut j = i + 1;
            while j < chars.len() && chars[j].1.is_alphabetic() {
                j += 1;
            }
            let e = chars.get(j).map_or(text.len(), |x| x.0);
            push(&mut out, s, e);
            i = j;
            continue;
        }
        if is_apostrophe(c)
            && i > 0
            && (chars[i - 1].1 == 's' || chars[i - 1].1 == 'S')
            && !chars.get(i + 1).is_some_and(|x| x.1.is_alphanumeric())
        {
            // plural possessive: "countries'"
            let e = chars.get(i + 1).map_or(text.len(), |x| x.0);
            out.push(Token {
                start: s,
                end: e,
                text: "'s".into(),
                lower: "'s".into(),
            });
            i += 1;
            continue;
        }
        let e = chars.get(i + 1).map_or(text.len(), |x| x.0);
        push(&mut out, s, e);
        i += 1;
    }
    out
}

/// A dot inside or after a dotted acronym: single letters separated by dots ("U.S.", "D.C.").
fn is_acronym_dot(chars: &[(usize, char)], word_start: usize, dot: usize) -> bool {
    // the segment before the dot must be one letter
    let seg_start = (word_start..dot)
        .rev()
        .find(|&k| chars[k].1 == '.')
        .map_or(word_start, |k| k + 1);
    if dot - seg_start != 1 {
        return false;
    }
    let next = chars.get(dot + 1).map(|x| x.1);
    let after = chars.get(dot + 2).map(|x| x.1);
    match next {
        Some(n) if n.is_alphabetic() => after.is_none_or(|a| a == '.'),
        _ => dot > word_start + 1 && chars[dot - 2].1 == '.',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn tokens() {
        assert_eq!(
            words("The U.S. envoy didn't go."),
            ["The", "U.S.", "envoy", "did", "n't", "go", "."]
        );
        assert_eq!(
            words("Putin’s two-day visit"),
            ["Putin", "'s", "two", "-", "day", "visit"]
        );
        assert_eq!(
            words("trade of $240.1 bn and 1,000 km"),
            ["trade", "of", "$", "240.1", "bn", "and", "1,000", "km"]
        );
        assert_eq!(
            words("the countries' leaders"),
            ["the", "countries", "'s", "leaders"]
        );
        assert_eq!(words("in the U.S."), ["in", "the", "U.S."]);
        assert_eq!(words("said: “No.”"), ["said", ":", "“", "No", ".", "”"]);
    }

    proptest::proptest! {
        #[test]
        fn offsets_are_valid(s in "\\PC{0,120}") {
            let mut last = 0;
            for t in tokenize(&s) {
                proptest::prop_assert!(t.start >= last && t.start < t.end && t.end <= s.len());
                proptest::prop_assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
                last = t.end;
            }
        }
    }
}
