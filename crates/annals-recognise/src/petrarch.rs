//! PETRARCH/TABARI actor and agent dictionaries, read into and written from an
//! [`ActorDictionary`].
//!
//! Users keep years of dictionary work in these formats (`Phoenix.Countries.actors.txt`,
//! `Phoenix.agents.txt`); annals reads them as they are, date restrictions included, and writes
//! its own dictionaries back in them. The grammar follows PETRARCH‑2's reader:
//!
//! ```text
//! VLADIMIR_PUTIN_          # a group starts with its primary phrase
//! +PUTIN_                  # '+' adds a synonym
//!     [RUSGOV >080508]     # codes: '>d' from d, '<d' before d, 'a-b' from a to before b
//!     [RUSELI]             # undated: the fallback
//! !PERSON! = MAN, MEN      # agents: a substitution set
//! POLICE!PERSON! [~COP]    # agents: phrase {plural} [~ROLE]
//! ```
//!
//! Dates are `YYYYMMDD` or `YYMMDD` (`YY` ≤ 30 → 20YY). PETRARCH's ranges are half-open; annals
//! stores inclusive ends, so `a-b` becomes `a ..= b-1`. Where PETRARCH‑2 lets an inline default
//! win over later dated codes, annals prefers a dated code that holds (what the format's
//! documentation says). A malformed line is an error naming file and line; the rest loads.

use std::collections::HashMap;

use annals_model::Date;

use crate::dict::{ActorDictionary, ActorEntry, DictError, EntryKind};

/// One `[CODE restriction]` of an actor group.
#[derive(Debug, Clone, PartialEq)]
struct CodeSpec {
    code: String,
    start: Option<Date>,
    end: Option<Date>,
    role: Option<String>,
}

/// An actor group being read: its phrases, codes, and the line it started on.
#[derive(Debug, Default)]
struct Group {
    line: usize,
    phrases: Vec<String>,
    codes: Vec<CodeSpec>,
}

/// The formats an actor dictionary file can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictFormat {
    /// annals' own TSV (`kind code name patterns role start end`).
    Annals,
    /// A PETRARCH/TABARI actor dictionary.
    PetrarchActors,
    /// A PETRARCH agents dictionary.
    PetrarchAgents,
}

impl DictFormat {
    /// Guesses a file's format from its content: annals TSV rows start with a known kind and a
    /// tab; agent files carry `[~ROLE]` codes; anything else is read as PETRARCH actors.
    pub fn detect(text: &str) -> DictFormat {
        let mut agents = 0;
        for line in text
            .lines()
            .map(str::trim_start)
            .filter(|l| !l.starts_with('#'))
        {
            if let Some((kind, _)) = line.split_once('\t') {
                if EntryKind::parse(kind.trim()).is_some() {
                    return DictFormat::Annals;
                }
            }
            if line.contains("[~") || line.contains("~]") {
                agents += 1;
                if agents >= 3 {
                    return DictFormat::PetrarchAgents;
                }
            }
        }
        if agents > 0 {
            DictFormat::PetrarchAgents
        } else {
            DictFormat::PetrarchActors
        }
    }
}

impl ActorDictionary {
    /// Adds a dictionary file in any of the [`DictFormat`]s (detected from its content);
    /// returns the errors of its malformed lines, with file and line.
    pub fn add_any(&mut self, file: &str, text: &str) -> Vec<DictError> {
        match DictFormat::detect(text) {
            DictFormat::Annals => self.add_tsv(file, text),
            DictFormat::PetrarchActors => self.add_petrarch_actors(file, text),
            DictFormat::PetrarchAgents => self.add_petrarch_agents(file, text),
        }
    }
    /// Adds a PETRARCH/TABARI actor dictionary (`Phoenix.Countries.actors.txt` style). Returns
    /// the errors of malformed lines and code-less groups, with file and line; everything else
    /// is added.
    pub fn add_petrarch_actors(&mut self, file: &str, text: &str) -> Vec<DictError> {
        self.next_layer();
        let mut errors = Vec::new();
        let mut group: Option<Group> = None;
        let mut lines = Lines::new(text);
        while let Some((n, raw_line)) = lines.next_line() {
            let (body, comment) = split_comment(raw_line);
            let line = body.trim();
            if line.is_empty() {
                continue;
            }
            let err = |message: String| DictError::at(file, n, message);
            let (phrase_part, mut codes, bad) = parse_codes(line);
            errors.extend(bad.into_iter().map(&err));
            // annals writes an office held as '# role: …' after a code
            if let Some(role) = comment.and_then(|c| c.strip_prefix("role:")) {
                for c in &mut codes {
                    c.role = Some(role.trim().to_string());
                }
            }
            if line.starts_with('[') {
                match group.as_mut() {
                    Some(g) => g.codes.extend(codes),
                    None => errors.push(err("a code line before any actor phrase".into())),
                }
                continue;
            }
            if let Some(syn) = phrase_part.strip_prefix('+') {
                let Some(g) = group.as_mut() else {
                    errors.push(err("a '+' synonym before any actor phrase".into()));
                    continue;
                };
                match phrase_text(syn) {
                    Some(p) => g.phrases.push(p),
                    None => errors.push(err("empty synonym".into())),
                }
                g.codes.extend(codes);
                continue;
            }
            if let Some(g) = group.take() {
                self.add_group(file, g, &mut errors);
            }
            let Some(primary) = phrase_text(phrase_part) else {
                errors.push(err(format!("no actor phrase in {line:?}")));
                continue;
            };
            group = Some(Group {
                line: n,
                phrases: vec![primary],
                codes,
            });
        }
        if let Some(g) = group.take() {
            self.add_group(file, g, &mut errors);
        }
        errors
    }

    fn add_group(&mut self, file: &str, g: Group, errors: &mut Vec<DictError>) {
        if g.codes.is_empty() {
            errors.push(DictError::at(
                file,
                g.line,
                format!("actor {:?} has no code", g.phrases[0]),
            ));
            return;
        }
        let dated = g.codes.iter().any(|c| c.start.is_some() || c.end.is_some());
        let has_bare_country = g.codes.iter().any(|c| c.code.len() == 3);
        let name = title_case(&g.phrases[0]);
        let patterns: Vec<String> = g.phrases.iter().map(|p| title_case(p)).collect();
        for c in g.codes {
            let kind = if dated && !has_bare_country {
                EntryKind::Person
            } else if c.code.starts_with("IGO") {
                EntryKind::Igo
            } else if c.code.len() == 3 {
                EntryKind::Country
            } else {
                EntryKind::Group
            };
            self.add_entry(
                ActorEntry {
                    kind,
                    code: c.code,
                    name: name.clone(),
                    role: c.role,
                    start: c.start,
                    end: c.end,
                    patterns: patterns.clone(),
                },
                true,
            );
        }
    }

    /// Adds a PETRARCH agents dictionary (`Phoenix.agents.txt` style): role nouns with plurals
    /// and `!NAME! = a, b` substitution sets. `[~GOV]` is a role appended to a country;
    /// the prefix form `[IGO~]` names an actor of its own.
    pub fn add_petrarch_agents(&mut self, file: &str, text: &str) -> Vec<DictError> {
        self.next_layer();
        let mut errors = Vec::new();
        let mut sets: HashMap<String, Vec<String>> = HashMap::new();
        let mut lines = Lines::new(text);
        while let Some((n, raw_line)) = lines.next_line() {
            let line = split_comment(raw_line).0.trim();
            if line.is_empty() {
                continue;
            }
            let err = |message: String| DictError::at(file, n, message);
            if line.starts_with('!') {
                if let Some((name, members)) = line.split_once('=') {
                    let name = name.trim().to_string();
                    if name.len() < 3 || !name.ends_with('!') {
                        errors.push(err(format!("bad substitution set name {name:?}")));
                        continue;
                    }
                    let members = members
                        .split(',')
                        .map(|m| m.trim().to_string())
                        .filter(|m| !m.is_empty())
                        .collect();
                    sets.insert(name, members);
                    continue;
                }
            }
            let Some(open) = line.find('[') else {
                errors.push(err("an agent needs a [code]".into()));
                continue;
            };
            let Some(close) = line[open..].find(']').map(|c| open + c) else {
                errors.push(err("unclosed '['".into()));
                continue;
            };
            let raw_code = line[open + 1..close].trim();
            let head = line[..open].trim();
            let (phrase, plural) = match head.find('{') {
                Some(b) => {
                    let Some(e) = head[b..].find('}').map(|e| b + e) else {
                        errors.push(err("unclosed '{'".into()));
                        continue;
                    };
                    (
                        head[..b].trim(),
                        Some(
                            head[b + 1..e]
                                .split_whitespace()
                                .map(str::to_string)
                                .collect::<Vec<_>>(),
                        ),
                    )
                }
                None => (head, None),
            };
            if phrase.is_empty() {
                errors.push(err("no agent phrase".into()));
                continue;
            }
            let (kind, code) = if let Some(role) = raw_code.strip_prefix('~') {
                (EntryKind::Agent, role.replace('~', ""))
            } else if let Some(prefix) = raw_code.strip_suffix('~') {
                (EntryKind::Group, prefix.to_string())
            } else {
                (EntryKind::Agent, raw_code.replace('~', ""))
            };
            if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
                errors.push(err(format!("bad agent code {raw_code:?}")));
                continue;
            }
            let mut forms = vec![phrase.to_string()];
            match plural {
                Some(ps) => forms.extend(ps),
                // substituted members are taken as written, with no plural
                None if phrase.contains('!') => {}
                None => forms.push(plural_of(phrase)),
            }
            let mut patterns = Vec::new();
            for f in forms {
                for expanded in substitute(&f, &sets) {
                    if let Some(p) = phrase_text(&expanded) {
                        let p = p.to_lowercase();
                        if !patterns.contains(&p) {
                            patterns.push(p);
                        }
                    }
                }
            }
            let Some(name) = patterns.first().cloned() else {
                errors.push(err("no agent phrase".into()));
                continue;
            };
            self.add_entry(
                ActorEntry {
                    kind,
                    code,
                    name,
                    role: None,
                    start: None,
                    end: None,
                    patterns,
                },
                true,
            );
        }
        errors
    }

    /// Writes the actor entries (everything but agents) as a PETRARCH actor dictionary and the
    /// agents as a PETRARCH agents dictionary. Kinds and roles travel as comments; codes,
    /// phrases and dates are kept exactly.
    pub fn to_petrarch(&self) -> (String, String) {
        let mut actors = String::from("# written by annals: PETRARCH actor dictionary\n");
        let mut agents = String::from("# written by annals: PETRARCH agents dictionary\n");
        // entries with the same name and patterns form one group, in first-seen order
        let mut order: Vec<(&str, &[String])> = Vec::new();
        let mut groups: HashMap<(&str, &[String]), Vec<&ActorEntry>> = HashMap::new();
        for e in self.entries() {
            if e.kind == EntryKind::Agent {
                for p in &e.patterns {
                    agents.push_str(&format!("{} {{}} [~{}]\n", underscored(p), e.code));
                }
                continue;
            }
            let key = (e.name.as_str(), e.patterns.as_slice());
            groups.entry(key).or_default().push(e);
            if !order.contains(&key) {
                order.push(key);
            }
        }
        for key in order {
            let entries = &groups[&key];
            let (name, patterns) = key;
            actors.push_str(&format!(
                "{}  # {}\n",
                underscored(name),
                entries[0].kind.as_str()
            ));
            for p in patterns.iter().filter(|p| !p.eq_ignore_ascii_case(name)) {
                actors.push_str(&format!("+{}\n", underscored(p)));
            }
            // dated codes first: PETRARCH-2 takes the first code that holds
            let mut sorted: Vec<&&ActorEntry> = entries.iter().collect();
            sorted.sort_by_key(|e| !e.is_dated());
            for e in sorted {
                let restriction = match (e.start, e.end.and_then(|d| d.tomorrow().ok())) {
                    (Some(s), Some(x)) => format!(" {}-{}", compact(s), compact(x)),
                    (Some(s), None) => format!(" >{}", compact(s)),
                    (None, Some(x)) => format!(" <{}", compact(x)),
                    (None, None) => String::new(),
                };
                let role = e
                    .role
                    .as_deref()
                    .map(|r| format!("  # role: {r}"))
                    .unwrap_or_default();
                actors.push_str(&format!("\t[{}{}]{}\n", e.code, restriction, role));
            }
        }
        (actors, agents)
    }
}

/// Lines with their 1-based numbers, `<!-- … -->` comments removed (also across lines).
struct Lines<'a> {
    inner: std::iter::Enumerate<std::str::Lines<'a>>,
    in_comment: bool,
    buf: String,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        Lines {
            inner: text.lines().enumerate(),
            in_comment: false,
            buf: String::new(),
        }
    }

    fn next_line(&mut self) -> Option<(usize, &str)> {
        let (i, line) = self.inner.next()?;
        self.buf.clear();
        let mut rest = line;
        loop {
            if self.in_comment {
                match rest.find("-->") {
                    Some(e) => {
                        rest = &rest[e + 3..];
                        self.in_comment = false;
                    }
                    None => break,
                }
            } else {
                match rest.find("<!") {
                    Some(b) => {
                        self.buf.push_str(&rest[..b]);
                        rest = &rest[b..];
                        self.in_comment = true;
                    }
                    None => {
                        self.buf.push_str(rest);
                        break;
                    }
                }
            }
        }
        Some((i + 1, self.buf.as_str()))
    }
}

/// The line before its `#` comment, and the comment's text.
fn split_comment(line: &str) -> (&str, Option<&str>) {
    match line.split_once('#') {
        Some((body, c)) => (body, Some(c.trim()).filter(|c| !c.is_empty())),
        None => (line, None),
    }
}

/// Splits a line into its phrase part, the `[CODE restriction]` specs it carries, and the
/// messages of malformed specs (the good ones are kept).
fn parse_codes(line: &str) -> (&str, Vec<CodeSpec>, Vec<String>) {
    let phrase_end = line.find('[').unwrap_or(line.len());
    let mut specs = Vec::new();
    let mut bad = Vec::new();
    let mut rest = &line[phrase_end..];
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else {
            bad.push("unclosed '['".into());
            break;
        };
        match parse_spec(&rest[open + 1..close]) {
            Ok(s) => specs.push(s),
            Err(m) => bad.push(m),
        }
        rest = &rest[close + 1..];
    }
    (line[..phrase_end].trim(), specs, bad)
}

fn parse_spec(inner: &str) -> Result<CodeSpec, String> {
    let inner = inner.trim();
    let (code, restriction) = match inner.split_once(char::is_whitespace) {
        Some((c, r)) => (c, r.split_whitespace().collect::<String>()),
        None => (inner, String::new()),
    };
    if code.is_empty()
        || !code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '~' || c == '-')
    {
        return Err(format!("bad actor code {code:?}"));
    }
    let (start, end) = if restriction.is_empty() {
        (None, None)
    } else if let Some(d) = restriction.strip_prefix('<') {
        (None, Some(before(parse_date(d)?)?))
    } else if let Some(d) = restriction.strip_prefix('>') {
        (Some(parse_date(d)?), None)
    } else if let Some((a, b)) = restriction.split_once('-') {
        let (a, b) = (parse_date(a)?, parse_date(b)?);
        if b <= a {
            return Err(format!("date range {restriction:?} ends before it starts"));
        }
        (Some(a), Some(before(b)?))
    } else {
        return Err(format!(
            "bad date restriction {restriction:?} (want <DATE, >DATE or DATE-DATE)"
        ));
    };
    Ok(CodeSpec {
        code: code.to_string(),
        start,
        end,
        role: None,
    })
}

/// The day before `d`: PETRARCH's exclusive ends become inclusive ones.
fn before(d: Date) -> Result<Date, String> {
    d.yesterday().map_err(|e| e.to_string())
}

/// `YYYYMMDD` or `YYMMDD` (`YY` ≤ 30 → 20YY, else 19YY).
fn parse_date(s: &str) -> Result<Date, String> {
    let bad = || format!("bad date {s:?} (want YYMMDD or YYYYMMDD)");
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<i16>().map_err(|_| bad());
    let (y, m, d) = match s.len() {
        8 => (num(0..4)?, num(4..6)?, num(6..8)?),
        6 => {
            let yy = num(0..2)?;
            (
                if yy <= 30 { 2000 + yy } else { 1900 + yy },
                num(2..4)?,
                num(4..6)?,
            )
        }
        _ => return Err(bad()),
    };
    Date::new(y, m as i8, d as i8).map_err(|_| bad())
}

fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A dictionary phrase as words: `_` is a space, a trailing `_` (TABARI's "no stem") dropped.
fn phrase_text(p: &str) -> Option<String> {
    let words: Vec<&str> = p
        .split(['_', ' ', '\t'])
        .filter(|w| !w.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

fn underscored(p: &str) -> String {
    p.split_whitespace()
        .collect::<Vec<_>>()
        .join("_")
        .to_uppercase()
}

/// PETRARCH's upper-case phrases in title case: annals then needs a capitalised word to match.
fn title_case(p: &str) -> String {
    p.split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            let mut cs = lower.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// PETRARCH's agent plural on the last word: `…Y` → `…IES`, `…S` → `…SES`, else `+S`.
fn plural_of(phrase: &str) -> String {
    if let Some(stem) = phrase
        .strip_suffix('Y')
        .or_else(|| phrase.strip_suffix('y'))
    {
        format!("{stem}IES")
    } else if phrase.ends_with(['S', 's']) {
        format!("{phrase}ES")
    } else {
        format!("{phrase}S")
    }
}

/// Expands every `!NAME!` in a phrase with the members of its substitution set.
fn substitute(phrase: &str, sets: &HashMap<String, Vec<String>>) -> Vec<String> {
    let mut out = vec![phrase.to_string()];
    for (name, members) in sets {
        if !phrase.contains(name.as_str()) {
            continue;
        }
        out = out
            .iter()
            .flat_map(|p| members.iter().map(move |m| p.replace(name.as_str(), m)))
            .collect();
    }
    // an unknown set name stays literal and cannot match text: drop it
    out.retain(|p| !p.contains('!'));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTORS: &str = "\
# a comment line
VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
+PRESIDENT_VLADIMIR_PUTIN_
\t[RUSELI 700101-990809]
\t[RUSGOV 991231-080507]
\t[RUSGOV >080508] # role: President of Russia
\t[RUSELI]
CROATIA [YUGHRV <910625]
\t[HRV >920115]
<!-- a block
comment -->
ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]
LEONID_BREZHNEV_
ABU_NIDAL_ORGANIZATION [IMGMUSALQ] # kkl
+FATAH_REVOLUTIONARY_COUNCIL_
BROKEN_ONE [RUSGOV 2004017-20061201]
\t[RUSGOV]
";

    fn d(s: &str) -> Option<Date> {
        s.parse().ok()
    }

    #[test]
    fn actor_groups_codes_and_dates() {
        let mut dict = ActorDictionary::default();
        let errs = dict.add_petrarch_actors("Phoenix.test.txt", ACTORS);
        let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert_eq!(msgs.len(), 2, "{msgs:?}");
        assert!(msgs[0].starts_with("Phoenix.test.txt:14: actor \"LEONID BREZHNEV\" has no code"));
        assert!(
            msgs[1].starts_with("Phoenix.test.txt:17: bad date"),
            "{}",
            msgs[1]
        );
        let putin: Vec<&ActorEntry> = dict
            .entries()
            .iter()
            .filter(|e| e.name == "Vladimir Putin")
            .collect();
        assert_eq!(putin.len(), 4);
        assert!(putin.iter().all(|e| e.kind == EntryKind::Person));
        assert_eq!(putin[0].start, d("1970-01-01"));
        assert_eq!(putin[0].end, d("1999-08-08"));
        assert_eq!(putin[2].start, d("2008-05-08"));
        assert_eq!(putin[2].end, None);
        assert_eq!(
            putin[0].patterns,
            ["Vladimir Putin", "Putin", "President Vladimir Putin"]
        );
        assert_eq!(putin[0].role, None);
        assert_eq!(putin[2].role.as_deref(), Some("President of Russia"));
        let croatia: Vec<&ActorEntry> = dict
            .entries()
            .iter()
            .filter(|e| e.name == "Croatia")
            .collect();
        assert_eq!(croatia.len(), 2);
        assert_eq!(croatia[0].end, d("1991-06-24"));
        assert_eq!(croatia[1].kind, EntryKind::Country);
        let veneman: Vec<&str> = dict
            .entries()
            .iter()
            .filter(|e| e.name == "Ann Veneman")
            .map(|e| e.code.as_str())
            .collect();
        assert_eq!(veneman, ["USAGOV", "IGOUNOKID"]);
        let abu = dict
            .entries()
            .iter()
            .find(|e| e.code == "IMGMUSALQ")
            .map(|e| e.patterns.clone());
        assert_eq!(
            abu,
            Some(vec![
                "Abu Nidal Organization".to_string(),
                "Fatah Revolutionary Council".to_string()
            ])
        );
        // the bad code is reported, the group's good code still loads
        assert!(dict.entries().iter().any(|e| e.name == "Broken One"));
    }

    #[test]
    fn agents_plurals_and_substitutions() {
        let text = "\
!PERSON! = MAN, MEN, WOMAN, WOMEN
POLICE {} [~COP]
POLICE!PERSON!  [~COP]
PRESIDENT [~GOV]
ARMY [~MIL] # comment
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
PEACEKEEPING_TROOPS {} [IGO~]
NO_CODE_HERE
";
        let mut dict = ActorDictionary::default();
        let errs = dict.add_petrarch_agents("agents.txt", text);
        assert_eq!(errs.len(), 1);
        assert!(errs[0].to_string().starts_with("agents.txt:8: "));
        let pats = |code: &str| -> Vec<String> {
            dict.entries()
                .iter()
                .filter(|e| e.code == code)
                .flat_map(|e| e.patterns.clone())
                .collect()
        };
        assert_eq!(
            pats("COP"),
            [
                "police",
                "policeman",
                "policemen",
                "policewoman",
                "policewomen"
            ]
        );
        assert_eq!(pats("GOV"), ["president", "presidents"]);
        assert_eq!(pats("MIL"), ["army", "armies"]);
        assert_eq!(pats("BUS"), ["chamber of commerce", "chambers of commerce"]);
        let igo = dict.entries().iter().find(|e| e.code == "IGO");
        assert_eq!(igo.map(|e| e.kind), Some(EntryKind::Group));
    }

    #[test]
    fn formats_are_detected() {
        assert_eq!(DictFormat::detect(ACTORS), DictFormat::PetrarchActors);
        assert_eq!(
            DictFormat::detect("PRESIDENT [~GOV]\nARMY [~MIL]\n"),
            DictFormat::PetrarchAgents
        );
        assert_eq!(
            DictFormat::detect("# c\ncountry\tNOR\tNorway\tNorway\t\t\t\n"),
            DictFormat::Annals
        );
    }

    #[test]
    fn writes_and_reads_back() {
        let mut dict = ActorDictionary::default();
        assert!(dict.add_petrarch_actors("a.txt", ACTORS).len() == 2);
        let (actors, _) = dict.to_petrarch();
        let mut back = ActorDictionary::default();
        let errs = back.add_petrarch_actors("back.txt", &actors);
        assert!(errs.is_empty(), "{errs:?}\n{actors}");
        let key = |e: &ActorEntry| {
            (
                e.code.clone(),
                e.start,
                e.end,
                e.patterns.clone(),
                e.role.clone(),
            )
        };
        let mut a: Vec<_> = dict.entries().iter().map(key).collect();
        let mut b: Vec<_> = back.entries().iter().map(key).collect();
        a.sort_by(|x, y| format!("{x:?}").cmp(&format!("{y:?}")));
        b.sort_by(|x, y| format!("{x:?}").cmp(&format!("{y:?}")));
        assert_eq!(a, b);
    }
}
