//! The verb/phrase dictionary: CAMEO codes for verb patterns ("pay … visit", "sign … agreement")
//! and nominal event phrases ("talks between", "sanctions against").
//!
//! Format (`dict/verbs.tsv`): `code kind pattern flags`, tab-separated. `kind` is `V` (the first
//! pattern word is a verb lemma; inflections are generated) or `N` (the first word is an event
//! noun). Later words must follow in order with at most [`MAX_GAP`] words between them; `a|b`
//! lists alternatives; nouns also match their plural. Flags: `mirror=CODE` (also emit the
//! paired code with the sides swapped), `recip` (a plural subject gives both sides), `say`
//! (a speech verb), `neg`, `obj` (the target is the direct object), `alone` (the act needs
//! no target) and `rev` (the actor after the pattern is the source: "received aid from").

use std::collections::HashMap;

use annals_model::EventCode;

/// Most words allowed between two consecutive pattern words.
pub const MAX_GAP: usize = 4;

/// A dictionary row could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct VerbDictError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// Whether a pattern is headed by a verb or a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternKind {
    Verb,
    Noun,
}

/// One dictionary entry.
#[derive(Debug, Clone, PartialEq)]
pub struct VerbEntry {
    pub code: EventCode,
    pub kind: PatternKind,
    /// The head word: a verb lemma or an event noun.
    pub head: String,
    /// The following words, each a set of alternatives.
    pub rest: Vec<Vec<String>>,
    pub mirror: Option<EventCode>,
    pub recip: bool,
    pub say: bool,
    pub neg: bool,
    /// The target must be the verb's direct object, an actor right after it ("released the
    /// mayor"), not any actor later in the clause ("released a report on Iran"): for general
    /// verbs that are events only when done to someone.
    pub obj: bool,
    /// The act needs no target ("resigned", "surrendered", "declared a ceasefire"): with no
    /// target actor it is coded as an event of its source alone, as a protest is.
    pub alone: bool,
    /// The actor after the pattern is the source and the subject the target ("received
    /// weapons from Germany": Germany gives).
    pub rev: bool,
    /// The subject suffers the act, as in a passive ("three people died in police firing"):
    /// the subject is the target, and the source is the agent a "by" or an attack noun names.
    pub pass: bool,
    /// The act is a protest only when its subject is named as protesters ("protesters
    /// gathered outside the embassy", not "leaders gathered in Brussels").
    pub crowd: bool,
    /// The act is a telephone call ("Erdogan called Putin on Tuesday"): its target is the
    /// verb's direct object, a person, a state or its government (not "called police"), and
    /// nothing follows that names what the target is called ("called Putin a killer").
    pub phone: bool,
    /// A row of code `---`: the words are no event ("damage relations" is no destruction of
    /// property), and the row, winning as the longer match, keeps a shorter one from coding
    /// them (PETRARCH's `[---]`).
    pub none: bool,
    /// The row as written, for explanations.
    pub rule: String,
}

impl VerbEntry {
    /// Whether the last pattern word is a preposition that introduces the target.
    pub fn ends_in_preposition(&self) -> bool {
        self.rest
            .last()
            .is_some_and(|alts| alts.iter().all(|w| is_preposition(w)))
    }
}

/// Prepositions that introduce targets and places.
pub fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "to" | "in"
            | "on"
            | "at"
            | "with"
            | "against"
            | "from"
            | "for"
            | "into"
            | "of"
            | "by"
            | "between"
            | "over"
            | "toward"
            | "towards"
            | "upon"
            | "about"
            | "near"
            | "across"
            | "around"
            | "outside"
            | "along"
            | "through"
            | "off"
    )
}

/// The form a verb token has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    Base,
    ThirdPerson,
    Past,
    PastParticiple,
    /// A form that is both past and past participle ("signed", "met").
    PastOrParticiple,
    Gerund,
}

/// The verb/phrase dictionary with an index from inflected forms to entries.
#[derive(Debug, Clone, Default)]
pub struct VerbDictionary {
    entries: Vec<VerbEntry>,
    forms: HashMap<String, Vec<(usize, VerbForm)>>,
}

static DEFAULT_VERBS: &str = include_str!("../../../dict/verbs.tsv");

impl VerbDictionary {
    /// The built-in dictionary (checked by a test; bad rows are skipped).
    pub fn builtin() -> VerbDictionary {
        let mut d = VerbDictionary::default();
        let _ = d.add_tsv("dict/verbs.tsv", DEFAULT_VERBS);
        d
    }

    /// Adds rows from a verbs TSV; returns the errors of bad rows.
    pub fn add_tsv(&mut self, file: &str, text: &str) -> Vec<VerbDictError> {
        let mut errors = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') || line.trim().is_empty() {
                continue;
            }
            match parse_row(line) {
                Ok(entry) => self.add(entry),
                Err(message) => errors.push(VerbDictError {
                    file: file.to_string(),
                    line: i + 1,
                    message,
                }),
            }
        }
        errors
    }

    fn add(&mut self, entry: VerbEntry) {
        let id = self.entries.len();
        let forms = match entry.kind {
            // ("criticize" is also "criticise": British spelling, every form)
            PatternKind::Verb => match british_spelling(&entry.head) {
                Some(ise) => {
                    let mut all = inflections(&entry.head);
                    all.extend(inflections(&ise));
                    all
                }
                None => inflections(&entry.head),
            },
            PatternKind::Noun => vec![
                (entry.head.clone(), VerbForm::Base),
                (plural(&entry.head), VerbForm::Base),
            ],
        };
        for (form, f) in forms {
            let v = self.forms.entry(form).or_default();
            if !v.iter().any(|(e, _)| *e == id) {
                v.push((id, f));
            }
        }
        self.entries.push(entry);
    }

    /// Entries whose head word has this (lower-case) form, with the form it has.
    pub fn lookup(&self, lower: &str) -> impl Iterator<Item = (&VerbEntry, VerbForm)> {
        self.forms
            .get(lower)
            .into_iter()
            .flatten()
            .map(|&(id, f)| (&self.entries[id], f))
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// All entries in file order.
    pub fn entries(&self) -> &[VerbEntry] {
        &self.entries
    }
}

fn parse_row(line: &str) -> Result<VerbEntry, String> {
    let f: Vec<&str> = line.split('\t').map(str::trim).collect();
    // ("---": no event; its code is a placeholder never coded)
    let none = f.first() == Some(&"---");
    let code = f
        .first()
        .and_then(|c| EventCode::parse(if none { "010" } else { c }))
        .ok_or_else(|| format!("bad CAMEO code {:?}", f.first().unwrap_or(&"")))?;
    let kind = match f.get(1).copied() {
        Some("V") => PatternKind::Verb,
        Some("N") => PatternKind::Noun,
        other => {
            return Err(format!(
                "kind must be V or N, not {:?}",
                other.unwrap_or("")
            ))
        }
    };
    let mut words = f.get(2).copied().unwrap_or("").split_whitespace();
    let head = words.next().ok_or("empty pattern")?.to_lowercase();
    if head.contains('|') {
        return Err("the head word cannot have alternatives".into());
    }
    let rest: Vec<Vec<String>> = words
        .map(|w| {
            w.split('|')
                .filter(|a| !a.is_empty())
                .map(str::to_lowercase)
                .collect()
        })
        .collect();
    let mut entry = VerbEntry {
        code,
        kind,
        head,
        rest,
        mirror: None,
        recip: false,
        say: false,
        neg: false,
        obj: false,
        alone: false,
        rev: false,
        pass: false,
        crowd: false,
        phone: false,
        none,
        rule: f[..f.len().min(3)].join(" "),
    };
    for flag in f
        .get(3)
        .copied()
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        match flag.split_once('=') {
            Some(("mirror", c)) => {
                entry.mirror =
                    Some(EventCode::parse(c).ok_or_else(|| format!("bad mirror code {c:?}"))?)
            }
            None if flag == "recip" => entry.recip = true,
            None if flag == "say" => entry.say = true,
            None if flag == "neg" => entry.neg = true,
            None if flag == "obj" => entry.obj = true,
            None if flag == "alone" => entry.alone = true,
            None if flag == "rev" => entry.rev = true,
            None if flag == "pass" => entry.pass = true,
            None if flag == "crowd" => entry.crowd = true,
            None if flag == "phone" => entry.phone = true,
            _ => return Err(format!("unknown flag {flag:?}")),
        }
    }
    Ok(entry)
}

/// The British spelling of an "-ize" verb ("recognize" → "recognise"), not of "seize" or
/// "size".
fn british_spelling(lemma: &str) -> Option<String> {
    let stem = lemma.strip_suffix("ize")?;
    (stem.len() > 2 && !stem.ends_with("se")).then(|| format!("{stem}ise"))
}

/// The plural of a noun (regular rules, and "-oes" for the nouns of the field that take it:
/// "embargoes", "vetoes").
pub fn plural(n: &str) -> String {
    if matches!(
        n,
        "embargo" | "veto" | "torpedo" | "hero" | "cargo" | "echo"
    ) || n.ends_with('s')
        || n.ends_with('x')
        || n.ends_with("ch")
        || n.ends_with("sh")
        || n.ends_with('z')
    {
        format!("{n}es")
    } else if let Some(stem) = n
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ies")
    } else {
        format!("{n}s")
    }
}

const IRREGULAR: &[(&str, &str, &str)] = &[
    ("be", "was", "been"),
    ("have", "had", "had"),
    ("do", "did", "done"),
    ("go", "went", "gone"),
    ("meet", "met", "met"),
    ("pay", "paid", "paid"),
    ("hold", "held", "held"),
    ("take", "took", "taken"),
    ("send", "sent", "sent"),
    ("strike", "struck", "struck"),
    ("fight", "fought", "fought"),
    ("seek", "sought", "sought"),
    ("bring", "brought", "brought"),
    ("buy", "bought", "bought"),
    ("give", "gave", "given"),
    ("come", "came", "come"),
    ("make", "made", "made"),
    ("say", "said", "said"),
    ("tell", "told", "told"),
    ("leave", "left", "left"),
    ("lead", "led", "led"),
    ("speak", "spoke", "spoken"),
    ("break", "broke", "broken"),
    ("begin", "began", "begun"),
    ("see", "saw", "seen"),
    ("shoot", "shot", "shot"),
    ("fly", "flew", "flown"),
    ("draw", "drew", "drawn"),
    ("withdraw", "withdrew", "withdrawn"),
    ("throw", "threw", "thrown"),
    ("overthrow", "overthrew", "overthrown"),
    ("hit", "hit", "hit"),
    ("put", "put", "put"),
    ("set", "set", "set"),
    ("cut", "cut", "cut"),
    ("let", "let", "let"),
    ("quit", "quit", "quit"),
    ("spread", "spread", "spread"),
    ("beat", "beat", "beaten"),
    ("win", "won", "won"),
    ("lose", "lost", "lost"),
    ("keep", "kept", "kept"),
    ("sell", "sold", "sold"),
    ("build", "built", "built"),
    ("feel", "felt", "felt"),
    ("find", "found", "found"),
    ("stand", "stood", "stood"),
    ("understand", "understood", "understood"),
    ("undertake", "undertook", "undertaken"),
    ("forbid", "forbade", "forbidden"),
    ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"),
    ("rise", "rose", "risen"),
    ("drive", "drove", "driven"),
    ("write", "wrote", "written"),
    ("steal", "stole", "stolen"),
    ("swear", "swore", "sworn"),
    ("know", "knew", "known"),
    ("show", "showed", "shown"),
    ("sink", "sank", "sunk"),
    ("hang", "hung", "hung"),
    ("lay", "laid", "laid"),
    ("shut", "shut", "shut"),
    ("bid", "bid", "bid"),
    ("arise", "arose", "arisen"),
    ("become", "became", "become"),
    ("undergo", "underwent", "undergone"),
    ("sweep", "swept", "swept"),
    ("flee", "fled", "fled"),
    ("split", "split", "split"),
    ("shed", "shed", "shed"),
    ("upset", "upset", "upset"),
    ("broadcast", "broadcast", "broadcast"),
    ("forecast", "forecast", "forecast"),
    ("uphold", "upheld", "upheld"),
    ("withhold", "withheld", "withheld"),
    ("get", "got", "gotten"),
    ("slay", "slew", "slain"),
    ("blow", "blew", "blown"),
    ("grow", "grew", "grown"),
    ("bear", "bore", "borne"),
    ("ride", "rode", "ridden"),
    ("mislead", "misled", "misled"),
    ("shake", "shook", "shaken"),
    ("wage", "waged", "waged"),
    ("spend", "spent", "spent"),
    ("lend", "lent", "lent"),
    ("deal", "dealt", "dealt"),
    ("mean", "meant", "meant"),
    ("hear", "heard", "heard"),
    ("choose", "chose", "chosen"),
    ("foresee", "foresaw", "foreseen"),
    ("oversee", "oversaw", "overseen"),
    ("overrun", "overran", "overrun"),
    ("run", "ran", "run"),
    ("outlaw", "outlawed", "outlawed"),
    ("sit", "sat", "sat"),
    ("light", "lit", "lit"),
    ("feed", "fed", "fed"),
    ("bind", "bound", "bound"),
    ("retake", "retook", "retaken"),
    ("rebuild", "rebuilt", "rebuilt"),
    ("wind", "wound", "wound"),
    ("stick", "stuck", "stuck"),
];

const DOUBLING: &[&str] = &[
    "admit", "commit", "submit", "permit", "omit", "regret", "refer", "prefer", "deter", "kidnap",
    "patrol", "control", "compel", "expel", "repel", "propel", "rebel", "equip", "occur", "incur",
    "confer", "transfer", "abet", "embed", "outstrip", "acquit", "remit", "dispel", "annul",
    "extol", "scrap", "rebut", "outbid", "airdrop",
];

fn doubles(v: &str) -> bool {
    if DOUBLING.contains(&v) {
        return true;
    }
    let c: Vec<char> = v.chars().collect();
    let n = c.len();
    let vowel = |ch: char| "aeiou".contains(ch);
    (3..=4).contains(&n)
        && !vowel(c[n - 1])
        && !"wxy".contains(c[n - 1])
        && vowel(c[n - 2])
        && !vowel(c[n - 3])
        && c[..n - 2].iter().filter(|&&ch| vowel(ch)).count() == 0
}

/// All inflected forms of a verb lemma with their form.
pub fn inflections(lemma: &str) -> Vec<(String, VerbForm)> {
    let v = lemma;
    let mut out = vec![(v.to_string(), VerbForm::Base)];
    let third = if v == "be" {
        "is".to_string()
    } else if v == "have" {
        "has".to_string()
    } else if v.ends_with('s')
        || v.ends_with('x')
        || v.ends_with("ch")
        || v.ends_with("sh")
        || v.ends_with('z')
        || v.ends_with('o')
    {
        format!("{v}es")
    } else if let Some(stem) = v
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ies")
    } else {
        format!("{v}s")
    };
    out.push((third, VerbForm::ThirdPerson));
    let last = v.chars().last().unwrap_or('x');
    let double = doubles(v);
    let gerund = if let Some(stem) = v.strip_suffix("ie") {
        format!("{stem}ying")
    } else if v.ends_with('e') && !v.ends_with("ee") && v.len() > 2 {
        format!("{}ing", &v[..v.len() - 1])
    } else if double {
        format!("{v}{last}ing")
    } else {
        format!("{v}ing")
    };
    out.push((gerund, VerbForm::Gerund));
    let irregular: Vec<&(&str, &str, &str)> =
        IRREGULAR.iter().filter(|(b, _, _)| *b == v).collect();
    if !irregular.is_empty() {
        for (_, past, part) in irregular {
            if past == part {
                out.push((past.to_string(), VerbForm::PastOrParticiple));
            } else {
                out.push((past.to_string(), VerbForm::Past));
                out.push((part.to_string(), VerbForm::PastParticiple));
            }
        }
        if v == "be" {
            for f in ["are", "were", "am", "being"] {
                out.push((f.into(), VerbForm::Base));
            }
        }
        return out;
    }
    let past = if v.ends_with('e') {
        format!("{v}d")
    } else if let Some(stem) = v
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ied")
    } else if double {
        format!("{v}{last}ed")
    } else {
        format!("{v}ed")
    };
    out.push((past, VerbForm::PastOrParticiple));
    // British spelling doubles a final -l after one vowel: travelled, cancelling
    if british_l(v) {
        out.push((format!("{v}led"), VerbForm::PastOrParticiple));
        out.push((format!("{v}ling"), VerbForm::Gerund));
    }
    out
}

/// Whether a verb ends in one vowel + `l` with the stress before it (travel, cancel, signal).
fn british_l(v: &str) -> bool {
    let c: Vec<char> = v.chars().collect();
    let n = c.len();
    let vowel = |ch: char| "aeiou".contains(ch);
    n >= 5 && c[n - 1] == 'l' && vowel(c[n - 2]) && !vowel(c[n - 3]) && !doubles(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(v: &str) -> Vec<String> {
        inflections(v).into_iter().map(|(f, _)| f).collect()
    }

    #[test]
    fn inflects() {
        assert_eq!(forms("visit"), ["visit", "visits", "visiting", "visited"]);
        assert_eq!(forms("sign"), ["sign", "signs", "signing", "signed"]);
        assert_eq!(forms("meet"), ["meet", "meets", "meeting", "met"]);
        assert_eq!(forms("plan"), ["plan", "plans", "planning", "planned"]);
        assert_eq!(forms("deny"), ["deny", "denies", "denying", "denied"]);
        assert_eq!(forms("host"), ["host", "hosts", "hosting", "hosted"]);
        assert_eq!(
            forms("arrive"),
            ["arrive", "arrives", "arriving", "arrived"]
        );
        assert_eq!(forms("admit"), ["admit", "admits", "admitting", "admitted"]);
        assert_eq!(forms("take"), ["take", "takes", "taking", "took", "taken"]);
        assert_eq!(
            forms("launch"),
            ["launch", "launches", "launching", "launched"]
        );
    }

    #[test]
    fn plurals() {
        for (n, p) in [
            ("sanction", "sanctions"),
            ("embargo", "embargoes"),
            ("veto", "vetoes"),
            ("photo", "photos"),
            ("ally", "allies"),
            ("survey", "surveys"),
            ("crash", "crashes"),
        ] {
            assert_eq!(plural(n), p);
        }
    }

    #[test]
    fn rows_and_errors() {
        let mut d = VerbDictionary::default();
        let errs = d.add_tsv(
            "v.tsv",
            "# c\n042\tV\tpay visit\tmirror=043\n057\tV\tsign agreement|deal\trecip\n99x\tV\tfoo\n040\tQ\tmeet\n040\tV\tmeet\tbogus\n0841\tV\trelease\tobj\n0831\tV\tresign\talone\n072\tV\treceive weapons from\trev\n",
        );
        assert_eq!(d.len(), 5);
        assert!(d.lookup("received").all(|(e, _)| e.rev));
        assert!(d.lookup("resigned").all(|(e, _)| e.alone));
        assert!(d.lookup("released").any(|(e, _)| e.obj));
        // British spellings of "-ize" verbs, not of "seize"
        let b = VerbDictionary::builtin();
        assert!(b.lookup("recognised").any(|(e, _)| e.head == "recognize"));
        assert!(b.lookup("mobilising").any(|(e, _)| e.head == "mobilize"));
        assert!(b.lookup("seised").next().is_none());
        assert!(d.lookup("signed").all(|(e, _)| e.recip && !e.obj));
        let lines: Vec<usize> = errs.iter().map(|e| e.line).collect();
        assert_eq!(lines, [4, 5, 6]);
        let (e, f) = d.lookup("paid").next().unwrap();
        assert_eq!(e.code.as_str(), "042");
        assert_eq!(f, VerbForm::PastOrParticiple);
        assert_eq!(e.mirror.as_ref().map(|c| c.as_str()), Some("043"));
    }

    #[test]
    fn builtin_dictionary_loads_and_codes_exist() {
        let mut d = VerbDictionary::default();
        let errs = d.add_tsv("dict/verbs.tsv", DEFAULT_VERBS);
        assert!(errs.is_empty(), "{errs:?}");
        let table = annals_model::CameoTable::builtin();
        let mut roots = std::collections::BTreeSet::new();
        for e in d.entries() {
            assert!(table.contains(e.code.as_str()), "unknown code {}", e.code);
            roots.insert(e.code.root().to_string());
        }
        assert_eq!(roots.len(), 20, "roots covered: {roots:?}");
    }

    /// A second row with the same kind and pattern could never win (the first one does).
    #[test]
    fn builtin_verb_rows_are_headed_by_a_verb() {
        // an adverb head ("sexually assault") is never inflected, so the row never matches;
        // a head with alternatives is read as one word
        for (n, line) in DEFAULT_VERBS.lines().enumerate() {
            let f: Vec<&str> = line.split('\t').collect();
            if line.starts_with('#') || f.len() < 3 || f[1] != "V" {
                continue;
            }
            let head = f[2].split(' ').next().unwrap_or_default();
            let verb_in_ly = [
                "ally", "comply", "fly", "rally", "supply", "apply", "rely", "reply",
            ];
            assert!(
                !head.contains('|') && (!head.ends_with("ly") || verb_in_ly.contains(&head)),
                "dict/verbs.tsv:{}: {head:?} is no verb lemma",
                n + 1
            );
        }
    }

    #[test]
    fn builtin_dictionary_has_no_row_twice() {
        let mut seen = std::collections::BTreeMap::new();
        for (n, line) in DEFAULT_VERBS.lines().enumerate() {
            let f: Vec<&str> = line.split('\t').collect();
            if line.starts_with('#') || f.len() < 3 {
                continue;
            }
            if let Some(first) = seen.insert((f[1], f[2]), n + 1) {
                panic!(
                    "dict/verbs.tsv:{}: {:?} already on line {first}",
                    n + 1,
                    f[2]
                );
            }
        }
    }
}
