//! The full-text query language both backends read: FTS5's everyday subset (words, `word*`
//! prefixes, `"a phrase"`, `AND`, `OR`, `NOT`, parentheses), parsed once and written out as an
//! FTS5 query for SQLite or a `to_tsquery` string for PostgreSQL, so a search means the same on
//! both and user text never reaches either engine's parser unchecked.

/// A parsed full-text query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// A word; `prefix` matches every word it begins (`sign*`).
    Term {
        word: String,
        prefix: bool,
    },
    /// Words next to each other, in order.
    Phrase(Vec<String>),
    And(Box<Query>, Box<Query>),
    Or(Box<Query>, Box<Query>),
    /// Matches of the left side without the right (FTS5's binary `NOT`).
    Not(Box<Query>, Box<Query>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(String, bool),
    Phrase(Vec<String>),
    And,
    Or,
    Not,
    Open,
    Close,
}

/// Words are runs of letters and digits; everything else separates them.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// A word in lower case, letters and digits only: lower-casing may add a combining mark
/// ("İ" → "i̇"), which is no part of a word (the index folds it away too).
fn fold(word: &str) -> String {
    word.to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn tokens(q: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut chars = q.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c == '"' {
            chars.next();
            let start = i + 1;
            let mut end = None;
            for (j, d) in chars.by_ref() {
                if d == '"' {
                    end = Some(j);
                    break;
                }
            }
            let end = end.ok_or_else(|| format!("unbalanced quote at character {i}"))?;
            let mut ws = words(&q[start..end]);
            let prefix = chars.peek().is_some_and(|&(_, d)| d == '*');
            if prefix {
                chars.next();
            }
            match ws.len() {
                0 => {}
                // a quoted word is a word, never an operator
                1 => out.push(Token::Word(ws.remove(0), prefix)),
                _ => out.push(Token::Phrase(ws)),
            }
        } else if c == '(' || c == ')' {
            chars.next();
            out.push(if c == '(' { Token::Open } else { Token::Close });
        } else if c.is_alphanumeric() {
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_alphanumeric() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            let raw = &q[i..end];
            let prefix = chars.peek().is_some_and(|&(_, d)| d == '*');
            if prefix {
                chars.next();
            }
            out.push(match raw {
                "AND" if !prefix => Token::And,
                "OR" if !prefix => Token::Or,
                "NOT" if !prefix => Token::Not,
                _ => Token::Word(fold(raw), prefix),
            });
        } else {
            chars.next();
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn or(&mut self) -> Result<Query, String> {
        let mut left = self.and()?;
        while self.peek() == Some(&Token::Or) {
            self.at += 1;
            let right = self.and()?;
            left = Query::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Query, String> {
        let mut left = self.atom()?;
        loop {
            match self.peek() {
                Some(Token::And) => {
                    self.at += 1;
                    let right = self.atom()?;
                    left = Query::And(Box::new(left), Box::new(right));
                }
                Some(Token::Not) => {
                    self.at += 1;
                    let right = self.atom()?;
                    left = Query::Not(Box::new(left), Box::new(right));
                }
                Some(Token::Word(..) | Token::Phrase(_) | Token::Open) => {
                    let right = self.atom()?;
                    left = Query::And(Box::new(left), Box::new(right));
                }
                _ => return Ok(left),
            }
        }
    }

    fn atom(&mut self) -> Result<Query, String> {
        let t = self.peek().cloned();
        self.at += 1;
        match t {
            Some(Token::Word(word, prefix)) => Ok(Query::Term { word, prefix }),
            Some(Token::Phrase(ws)) => Ok(Query::Phrase(ws)),
            Some(Token::Open) => {
                self.depth += 1;
                if self.depth > 32 {
                    return Err("parentheses nested too deep".into());
                }
                let q = self.or()?;
                if self.peek() != Some(&Token::Close) {
                    return Err("unclosed parenthesis".into());
                }
                self.at += 1;
                self.depth -= 1;
                Ok(q)
            }
            Some(Token::And) => Err("AND needs a term before it".into()),
            Some(Token::Or) => Err("OR needs a term before it".into()),
            Some(Token::Not) => Err("NOT needs a term before it (a NOT b)".into()),
            Some(Token::Close) => Err("unopened parenthesis".into()),
            None => Err("a term is missing at the end".into()),
        }
    }
}

/// Parses a query; an empty or malformed one is an error saying what is wrong.
///
/// ```
/// use annals_store::query::{parse_query, Query};
/// let q = parse_query("sign* AND \"joint statement\"").unwrap();
/// assert_eq!(q.to_fts5(), "(\"sign\"* AND \"joint statement\")");
/// assert_eq!(q.to_tsquery(), "(sign:* & (joint <-> statement))");
/// assert!(parse_query("\"unbalanced").is_err());
/// ```
pub fn parse_query(q: &str) -> Result<Query, String> {
    let tokens = tokens(q)?;
    if tokens.is_empty() {
        return Err("the query has no words".into());
    }
    let mut p = Parser {
        tokens,
        at: 0,
        depth: 0,
    };
    let out = p.or()?;
    if p.at < p.tokens.len() {
        return Err(match p.tokens[p.at] {
            Token::Close => "unopened parenthesis".into(),
            _ => "unexpected operator".into(),
        });
    }
    Ok(out)
}

impl Query {
    /// The query as FTS5 reads it, every word quoted.
    pub fn to_fts5(&self) -> String {
        match self {
            Query::Term { word, prefix } => {
                format!("\"{word}\"{}", if *prefix { "*" } else { "" })
            }
            Query::Phrase(ws) => format!("\"{}\"", ws.join(" ")),
            Query::And(a, b) => format!("({} AND {})", a.to_fts5(), b.to_fts5()),
            Query::Or(a, b) => format!("({} OR {})", a.to_fts5(), b.to_fts5()),
            Query::Not(a, b) => format!("({} NOT {})", a.to_fts5(), b.to_fts5()),
        }
    }

    /// The query as PostgreSQL's `to_tsquery` reads it (words are letters and digits only).
    pub fn to_tsquery(&self) -> String {
        match self {
            Query::Term { word, prefix } => format!("{word}{}", if *prefix { ":*" } else { "" }),
            Query::Phrase(ws) => {
                if ws.len() == 1 {
                    ws[0].clone()
                } else {
                    format!("({})", ws.join(" <-> "))
                }
            }
            Query::And(a, b) => format!("({} & {})", a.to_tsquery(), b.to_tsquery()),
            Query::Or(a, b) => format!("({} | {})", a.to_tsquery(), b.to_tsquery()),
            Query::Not(a, b) => format!("({} & !{})", a.to_tsquery(), b.to_tsquery()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_read_the_same_on_both_backends() {
        let rows = [
            ("visit", "\"visit\"", "visit"),
            ("Sign*", "\"sign\"*", "sign:*"),
            ("trade AND gas", "(\"trade\" AND \"gas\")", "(trade & gas)"),
            ("trade gas", "(\"trade\" AND \"gas\")", "(trade & gas)"),
            ("a OR b c", "(\"a\" OR (\"b\" AND \"c\"))", "(a | (b & c))"),
            (
                "visit NOT state",
                "(\"visit\" NOT \"state\")",
                "(visit & !state)",
            ),
            (
                "(visit OR trip) \"state visit\"",
                "((\"visit\" OR \"trip\") AND \"state visit\")",
                "((visit | trip) & (state <-> visit))",
            ),
            ("and", "\"and\"", "and"),
            (
                "O'Neil's",
                "((\"o\" AND \"neil\") AND \"s\")",
                "((o & neil) & s)",
            ),
        ];
        for (q, fts, ts) in rows {
            let p = parse_query(q).unwrap();
            assert_eq!(p.to_fts5(), fts, "{q}");
            assert_eq!(p.to_tsquery(), ts, "{q}");
        }
    }

    #[test]
    fn malformed_queries_say_what_is_wrong() {
        for (q, why) in [
            ("", "no words"),
            ("\"open", "unbalanced quote"),
            ("NOT visit", "NOT needs"),
            ("visit AND", "missing at the end"),
            ("(visit", "unclosed"),
            ("visit)", "unopened"),
            ("OR", "OR needs"),
            ("***", "no words"),
        ] {
            let e = parse_query(q).unwrap_err();
            assert!(e.contains(why), "{q}: {e}");
        }
        let deep = "(".repeat(40) + "x" + &")".repeat(40);
        assert!(parse_query(&deep).is_err());
    }

    #[test]
    fn a_capital_dotted_i_is_one_word() {
        let p = parse_query("İstanbul").expect("parses");
        assert_eq!(parse_query(&p.to_fts5()).ok(), Some(p));
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_or_errs_without_panic(q in "\\PC{0,60}") {
            if let Ok(p) = parse_query(&q) {
                // what is written out parses back to the same query
                proptest::prop_assert_eq!(parse_query(&p.to_fts5()).ok(), Some(p));
            }
        }
    }
}
