//! A temporal tagger for news: finds date expressions in running text and resolves them
//! against the article's publication date.
//!
//! It knows the forms news uses: absolute dates ("16 May 2024", "May 16-17", "17.05.2024",
//! "2024-05-16", "20–22 March 2023", "From July 2 to 6, 2024"), months and years ("in May 2024",
//! "next June", "in 2023"), weekdays ("on Tuesday"), and relative expressions ("yesterday",
//! "last week", "earlier this month", "two days ago"). Weekdays and year-less dates are resolved
//! with the tense of the clause: a past-tense "Wednesday" in a Thursday article is the day
//! before, a future "Monday" is the coming one. Expressions that cannot be resolved ("days
//! after", anything relative without a publication date) are kept with no value: never guessed.
//!
//! ```
//! use annals_time::{tag, Precision, Tense};
//! let published = "2024-05-14".parse().ok();
//! let tags = tag("Moscow announced on Monday.", published, Tense::Past);
//! let v = tags[0].value.unwrap();
//! assert_eq!((v.start.to_string(), v.precision), ("2024-05-13".to_string(), Precision::Day));
//! let tags = tag("He will visit on May 16-17.", published, Tense::Future);
//! let v = tags[0].value.unwrap();
//! assert_eq!(v.end.map(|d| d.to_string()).as_deref(), Some("2024-05-17"));
//! ```

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

/// The tense of the clause an expression sits in; it decides which way a weekday or a
/// year-less date points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
}

/// How precisely a resolved expression pins the date down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A resolved date or date range. For month and year precision `start` is the first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeValue {
    pub start: Date,
    /// Last day of a range ("16-17 May" → 17 May; "last week" → its Sunday).
    pub end: Option<Date>,
    pub precision: Precision,
}

/// A date expression found in text: byte offsets, the words, and its value if resolvable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeTag {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: Option<TimeValue>,
}

/// Parses an input date: `YYYY-MM-DD`, or an RFC 3339 / ISO date-time whose date part is taken
/// as written (`2024-05-14T19:12:00+03:00` → 2024-05-14).
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Ok(d) = s.parse::<Date>() {
        return Some(d);
    }
    let head = s.get(..10)?;
    let sep = s.as_bytes().get(10).copied();
    let timed = matches!(sep, Some(b'T' | b't' | b' '))
        && s[11..].starts_with(|c: char| c.is_ascii_digit());
    if timed
        && (s.parse::<jiff::civil::DateTime>().is_ok()
            || s.parse::<jiff::Timestamp>().is_ok()
            || s.parse::<jiff::Zoned>().is_ok())
    {
        return head.parse().ok();
    }
    None
}

/// Finds the publication date a page shows: a line near the top that is only a date (and
/// maybe a time), such as "14 May, 2024 19:12" or "17.05.2024"; else the date most often
/// given in caption credits ("… - Outlet, 1920, 17.05.2024"). Returns the date and the byte
/// span of the expression. Footnote and access dates are not publication dates.
pub fn find_publication_date(text: &str) -> Option<(Date, usize, usize)> {
    let mut offset = 0;
    let mut credits: Vec<(Date, usize, usize)> = Vec::new();
    for (lineno, raw) in text.split_inclusive('\n').enumerate() {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        if trimmed.is_empty() || trimmed.starts_with('[') || trimmed.starts_with('^') {
            continue;
        }
        let stripped = strip_date_label(trimmed);
        let label = trimmed.len() - stripped.len();
        let tags = tag(stripped, None, Tense::Past);
        let day_tags: Vec<&TimeTag> = tags
            .iter()
            .filter(|t| {
                t.value
                    .is_some_and(|v| v.precision == Precision::Day && v.end.is_none())
            })
            .collect();
        if lineno < 40 {
            if let Some(t) = day_tags.first() {
                let rest =
                    stripped[..t.start].trim().is_empty() && is_time_or_empty(&stripped[t.end..]);
                if rest {
                    let s = line_start + lead + label + t.start;
                    return t.value.map(|v| (v.start, s, s + (t.end - t.start)));
                }
            }
        }
        // caption credit: the date closes the line after ", "
        if let Some(t) = day_tags.last() {
            let before = stripped[..t.start].trim_end();
            if t.end == stripped.len() && before.ends_with(',') && before.contains(" - ") {
                let s = line_start + lead + label + t.start;
                if let Some(v) = t.value {
                    credits.push((v.start, s, s + (t.end - t.start)));
                }
            }
        }
    }
    // the most common credit date; ties to the latest (a page is published after its photos)
    let mut best: Option<(usize, (Date, usize, usize))> = None;
    for c in &credits {
        let n = credits.iter().filter(|x| x.0 == c.0).count();
        if best.is_none_or(|(bn, b)| n > bn || (n == bn && c.0 > b.0)) {
            best = Some((n, *c));
        }
    }
    best.map(|(_, c)| c)
}

fn strip_date_label(line: &str) -> &str {
    let lower = line.to_ascii_lowercase();
    for label in [
        "published:",
        "published on",
        "published",
        "updated:",
        "updated",
        "posted:",
        "posted on",
        "posted",
        "date:",
    ] {
        if lower.starts_with(label) {
            return line[label.len()..].trim_start();
        }
    }
    line
}

/// Whether `rest` is empty or only a clock time ("19:12", "10:31 GMT", "- 19:12 UTC").
fn is_time_or_empty(rest: &str) -> bool {
    let r = rest
        .trim()
        .trim_start_matches([',', '-', '|', '/', '—', '–'])
        .trim();
    if r.is_empty() {
        return true;
    }
    let mut parts = r.split_whitespace();
    let clock = parts.next().unwrap_or("");
    let is_clock = clock.len() <= 5
        && clock.contains(':')
        && clock
            .split(':')
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()));
    is_clock
        && parts.all(|p| {
            let p = p.to_ascii_lowercase();
            matches!(
                p.as_str(),
                "am" | "pm" | "gmt" | "utc" | "msk" | "cet" | "cest" | "est" | "edt" | "bst"
            ) || p.starts_with("gmt")
                || p.starts_with("utc")
                || p.starts_with('(')
        })
}

#[derive(Debug, Clone)]
struct Tok<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    lower: String,
    /// The text is in lower case throughout: names of days and months bear no capital.
    caseless: bool,
}

impl Tok<'_> {
    fn num(&self) -> Option<u32> {
        let digits = self
            .text
            .trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = self.text[digits.len()..].to_ascii_lowercase();
        let ok = !digits.is_empty()
            && digits.len() <= 4
            && digits.bytes().all(|b| b.is_ascii_digit())
            && matches!(suffix.as_str(), "" | "st" | "nd" | "rd" | "th");
        ok.then(|| digits.parse().ok()).flatten()
    }
    fn plain_num(&self) -> Option<u32> {
        self.text
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| self.num())
            .flatten()
    }
    fn is(&self, w: &str) -> bool {
        self.lower == w
    }
    fn is_dash(&self) -> bool {
        matches!(self.text, "-" | "–" | "—" | "‐" | "‑")
    }
    /// Capitalised, or in a text in lower case throughout (where "may" and "march" are
    /// still read as the verbs they mostly are).
    fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
            || (self.caseless && !matches!(self.lower.as_str(), "may" | "march"))
    }
}

fn tokens(text: &str) -> Vec<Tok<'_>> {
    let caseless = !text.chars().any(char::is_uppercase);
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((s, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut e = s + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric() {
                    e = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
        }
        let t = &text[s..e];
        out.push(Tok {
            start: s,
            end: e,
            text: t,
            lower: t.to_lowercase(),
            caseless,
        });
    }
    out
}

/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_of(t: &Tok) -> Option<i8> {
    if !t.capitalised() {
        return None;
    }
    let w = t.lower.as_str();
    if let Some(i) = MONTHS.iter().position(|m| *m == w) {
        return Some(i as i8 + 1);
    }
    let abbr = [
        "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if w == "sept" {
        return Some(9);
    }
    abbr.iter()
        .position(|m| !m.is_empty() && *m == w)
        .map(|i| i as i8 + 1)
}

/// Whether a word (in lower case) is a month's or a weekday's name.
pub fn is_calendar_word(w: &str) -> bool {
    MONTHS.contains(&w) || is_weekday(w)
}

/// Whether a word (in lower case) is a weekday's name.
pub fn is_weekday(w: &str) -> bool {
    WEEKDAYS.iter().any(|(d, _)| *d == w)
}

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

fn number_word(w: &str) -> Option<i32> {
    let words = [
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    words.iter().position(|x| *x == w).map(|i| i.max(1) as i32)
}

/// Which way a modifier points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Modifier {
    Last,
    This,
    Next,
}

fn modifier(w: &str) -> Option<Modifier> {
    match w {
        "last" | "past" | "previous" => Some(Modifier::Last),
        "this" => Some(Modifier::This),
        "next" | "coming" => Some(Modifier::Next),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// An expression as written, before resolution.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Raw {
    /// A day with optional year, and an optional range end (month, day, year).
    Day {
        y: Option<i16>,
        m: i8,
        d: i8,
        end: Option<(Option<i16>, i8, i8)>,
    },
    MonthYear {
        y: i16,
        m: i8,
    },
    /// A month of the year `years` from the publication's ("in April last year": -1).
    MonthOfYear {
        m: i8,
        years: i16,
    },
    Month {
        m: i8,
        modifier: Option<Modifier>,
    },
    /// The rest of the publication's week after its day ("later this week"), or the part
    /// before it ("earlier this week").
    PartOfWeek {
        later: bool,
    },
    Year {
        y: i16,
    },
    Weekday {
        wd: Weekday,
        modifier: Option<Modifier>,
    },
    /// `offset` units from the publication date; `exact` for "N days ago" style counts.
    Relative {
        unit: Unit,
        offset: i32,
    },
    Unresolvable,
}

fn year_of(t: &Tok) -> Option<i16> {
    t.plain_num()
        .filter(|y| (1900..=2100).contains(y) && t.text.len() == 4)
        .map(|y| y as i16)
}

fn day_of(t: &Tok) -> Option<i8> {
    t.num()
        .filter(|d| (1..=31).contains(d) && t.text.len() <= 4)
        .map(|d| d as i8)
}

/// Words before a bare month or year that make it a date ("in May", "since 2022").
const TIME_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "of",
    "early",
    "late",
    "mid",
    "from",
    "before",
    "after",
    "through",
    "between",
    "throughout",
    "around",
    "last",
    "next",
    "this",
    "and",
    "or",
    "to",
];

/// Finds date expressions in `text` and resolves them against `published` with `tense`.
pub fn tag(text: &str, published: Option<Date>, tense: Tense) -> Vec<TimeTag> {
    let toks = tokens(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // "leave the country by Saturday", "until Friday": a deadline or an end, not the time
        // of the act
        let deadline = i > 0 && matches!(toks[i - 1].lower.as_str(), "by" | "until" | "till");
        match parse_at(&toks, i) {
            Some((n, _)) if deadline => i += n,
            Some((n, raw)) => {
                let (s, e) = (toks[i].start, toks[i + n - 1].end);
                out.push(TimeTag {
                    start: s,
                    end: e,
                    text: text[s..e].to_string(),
                    value: resolve(raw, published, tense),
                });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// A span of days between two acts the text relates ("two days after", "a week later",
/// "the next day"): the act it dates lies `days` from the other (negative: before it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayShift {
    /// Byte offsets of the words ("two days after").
    pub start: usize,
    pub end: usize,
    pub days: i64,
    /// Whether the words open the clause of the act they date ("a day after rebels
    /// attacked …": the attack is a day before the main act) rather than follow its verb
    /// ("released them two days later": two days after the act before).
    pub opens_clause: bool,
}

/// Finds spans of days between acts: "N days|weeks after|before" and "the day after|before"
/// open the clause of the earlier or later act; "N days|weeks later", "the next|following
/// day", and the same day's "hours later", "the same day", "later|earlier that day" follow
/// the verb of the later one.
pub fn day_shifts(text: &str) -> Vec<DayShift> {
    let toks = tokens(text);
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let unit = |k: usize| match toks.get(k).map(|t| t.lower.as_str()) {
            Some("day" | "days") => Some(1),
            Some("week" | "weeks") => Some(7),
            // ("two hours after": the same day)
            Some("hour" | "hours" | "minute" | "minutes") => Some(0),
            _ => None,
        };
        let count = number_word(&toks[i].lower)
            .or_else(|| toks[i].plain_num().filter(|n| *n < 100).map(|n| n as i32))
            .map(i64::from);
        let shift = |days: i64, last: usize, opens_clause: bool| DayShift {
            start: toks[i].start,
            end: toks[last].end,
            days,
            opens_clause,
        };
        // ("less than a week after", "about two days later": no day to count)
        let approximate = i > 0
            && matches!(
                toks[i - 1].lower.as_str(),
                "than"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "around"
                    | "some"
                    | "roughly"
                    | "within"
                    // ("martial law for 30 days after …": a span of time, not a day)
                    | "for"
                    | "every"
            );
        if approximate {
            continue;
        }
        // "hours after", "shortly after", "moments before": the same day; "hours later",
        // "moments later": the same day as the act before
        let counted = i > 0
            && (number_word(&toks[i - 1].lower).is_some() || toks[i - 1].plain_num().is_some());
        let span = matches!(toks[i].lower.as_str(), "hours" | "minutes" | "moments");
        match toks.get(i + 1).map(|t| t.lower.as_str()) {
            Some("after" | "before")
                if !counted
                    && (span
                        || matches!(
                            toks[i].lower.as_str(),
                            "shortly" | "soon" | "immediately"
                        )) =>
            {
                out.push(shift(0, i + 1, true));
                continue;
            }
            Some("later") if !counted && span => {
                out.push(shift(0, i + 1, false));
                continue;
            }
            _ => {}
        }
        // "the same day", "later that day", "earlier that day", "on that day"
        if toks[i].is("the")
            && toks.get(i + 1).is_some_and(|t| t.is("same"))
            && toks.get(i + 2).is_some_and(|t| t.is("day"))
        {
            out.push(shift(0, i + 2, false));
            continue;
        }
        if matches!(toks[i].lower.as_str(), "later" | "earlier" | "on")
            && toks.get(i + 1).is_some_and(|t| t.is("that"))
            && toks.get(i + 2).is_some_and(|t| t.is("day"))
        {
            out.push(shift(0, i + 2, false));
            continue;
        }
        if let (Some(n), Some(u)) = (count, unit(i + 1)) {
            // (one word only before the count: "a day after", not "every two days after")
            match toks.get(i + 2).map(|t| t.lower.as_str()) {
                Some("after") => out.push(shift(-n * u, i + 2, true)),
                Some("before") => out.push(shift(n * u, i + 2, true)),
                Some("later") => out.push(shift(n * u, i + 2, false)),
                _ => {}
            }
        } else if toks[i].is("the") && toks.get(i + 1).is_some_and(|t| t.is("day")) {
            match toks.get(i + 2).map(|t| t.lower.as_str()) {
                Some("after") => out.push(shift(-1, i + 2, true)),
                Some("before") => out.push(shift(1, i + 2, true)),
                _ => {}
            }
        } else if toks[i].is("the")
            && toks
                .get(i + 1)
                .is_some_and(|t| t.is("next") || t.is("following"))
            && toks.get(i + 2).is_some_and(|t| t.is("day"))
        {
            out.push(shift(1, i + 2, false));
        }
    }
    out
}

/// A five-token numeric date (`2024-05-16`, `17.05.2024`) if the day exists.
fn full_date(y: i16, m: u32, d: u32) -> Option<(usize, Raw)> {
    let (m, d) = (i8::try_from(m).ok()?, i8::try_from(d).ok()?);
    Date::new(y, m, d).is_ok().then_some((
        5,
        Raw::Day {
            y: Some(y),
            m,
            d,
            end: None,
        },
    ))
}

fn adjacent(toks: &[Tok], i: usize) -> bool {
    i + 1 < toks.len() && toks[i].end == toks[i + 1].start
}

/// Tries to read an expression at token `i`: the number of tokens and what they say.
fn parse_at(t: &[Tok], i: usize) -> Option<(usize, Raw)> {
    let get = |k: usize| t.get(k);
    let cur = &t[i];
    // 2024-05-16
    if let (Some(y), Some(a), Some(m), Some(b), Some(d)) =
        (year_of(cur), get(i + 1), get(i + 2), get(i + 3), get(i + 4))
    {
        if a.text == "-"
            && b.text == "-"
            && (i..i + 4).all(|k| adjacent(t, k))
            && m.text.len() == 2
            && d.text.len() == 2
        {
            if let (Some(m), Some(d)) = (m.plain_num(), d.plain_num()) {
                if let Some(found) = full_date(y, m, d) {
                    return Some(found);
                }
            }
        }
    }
    // 17.05.2024
    if let (Some(d), Some(a), Some(m), Some(b), Some(y)) = (
        cur.plain_num(),
        get(i + 1),
        get(i + 2),
        get(i + 3),
        get(i + 4).and_then(year_of),
    ) {
        if a.text == "."
            && b.text == "."
            && (i..i + 4).all(|k| adjacent(t, k))
            && cur.text.len() <= 2
            && m.text.len() <= 2
        {
            if let Some(m) = m.plain_num() {
                if let Some(found) = full_date(y, m, d) {
                    return Some(found);
                }
            }
        }
    }
    // 16 May [2024], 16-17 May 2024, 16 and 17 May, 30 April – 2 May 2024
    if let Some(d) = day_of(cur) {
        let mut k = i + 1;
        let mut d2 = None;
        if let (Some(sep), Some(x)) = (get(k), get(k + 1).and_then(day_of)) {
            if (sep.is_dash() || sep.is("and") || sep.is("to"))
                && get(k + 2).and_then(month_of).is_some()
            {
                d2 = Some(x);
                k += 2;
            }
        }
        if let Some(m) = get(k).and_then(month_of) {
            k += 1;
            if get(k).is_some_and(|x| x.text == ".") && t[k - 1].lower.len() <= 4 {
                k += 1;
            }
            // cross-month range: 30 April – 2 May [2024]
            let mut end: Option<(Option<i16>, i8, i8)> = d2.map(|x| (None, m, x));
            if end.is_none() {
                if let (Some(sep), Some(x), Some(m2)) = (
                    get(k),
                    get(k + 1).and_then(day_of),
                    get(k + 2).and_then(month_of),
                ) {
                    if sep.is_dash() || sep.is("to") {
                        end = Some((None, m2, x));
                        k += 3;
                    }
                }
            }
            if get(k).is_some_and(|x| x.text == ",") && get(k + 1).and_then(year_of).is_some() {
                k += 1;
            }
            let y = get(k).and_then(year_of);
            if y.is_some() {
                k += 1;
            }
            let end = end.map(|(_, m2, x)| (y, m2, x));
            return Some((k - i, Raw::Day { y, m, d, end }));
        }
    }
    // May 16[, 2024], May 16-17, May 16 and 17, July 2 to 6, 2024, May 2024, in May
    if let Some(m) = month_of(cur) {
        let mut k = i + 1;
        if get(k).is_some_and(|x| x.text == ".") && cur.lower.len() <= 4 {
            k += 1;
        }
        if let Some(d) = get(k)
            .and_then(day_of)
            .filter(|_| get(k).and_then(year_of).is_none())
        {
            k += 1;
            let mut end = None;
            if let (Some(sep), Some(x)) = (get(k), get(k + 1)) {
                if sep.is_dash() || sep.is("and") || sep.is("to") {
                    if let Some(x) = day_of(x).filter(|x| *x > d) {
                        end = Some((m, x));
                        k += 2;
                    } else if let (Some(m2), Some(x2)) = (month_of(x), get(k + 2).and_then(day_of))
                    {
                        end = Some((m2, x2));
                        k += 3;
                    }
                }
            }
            if get(k).is_some_and(|x| x.text == ",") && get(k + 1).and_then(year_of).is_some() {
                k += 1;
            }
            let y = get(k).and_then(year_of);
            if y.is_some() {
                k += 1;
            }
            return Some((
                k - i,
                Raw::Day {
                    y,
                    m,
                    d,
                    end: end.map(|(m2, x)| (y, m2, x)),
                },
            ));
        }
        let prev = i.checked_sub(1).map(|p| t[p].lower.as_str());
        if let Some(y) = get(k).and_then(year_of) {
            // "May 2024" (but "May" as a verb never stands before a year)
            return Some((k + 1 - i, Raw::MonthYear { y, m }));
        }
        // "in April last year", "in June next year"
        if let (Some(which), Some(true)) = (get(k), get(k + 1).map(|x| x.is("year"))) {
            let years = match which.lower.as_str() {
                "last" => Some(-1),
                "this" => Some(0),
                "next" => Some(1),
                _ => None,
            };
            if let Some(years) = years {
                return Some((k + 2 - i, Raw::MonthOfYear { m, years }));
            }
        }
        let date_like = prev.is_some_and(|p| TIME_PREPOSITIONS.contains(&p));
        if date_like && (m != 5 || prev.is_some_and(|p| p != "and" && p != "or" && p != "to")) {
            return Some((k - i, Raw::Month { m, modifier: None }));
        }
    }
    // "next June", "last May": the modifier starts the expression
    if let (Some(md), Some(next)) = (modifier(&cur.lower), get(i + 1)) {
        if let Some(m) = month_of(next) {
            return Some((
                2,
                Raw::Month {
                    m,
                    modifier: Some(md),
                },
            ));
        }
        if let Some(&(_, wd)) = WEEKDAYS
            .iter()
            .find(|(w, _)| next.lower == *w && next.capitalised())
        {
            return Some((
                2,
                Raw::Weekday {
                    wd,
                    modifier: Some(md),
                },
            ));
        }
        let unit = match next.lower.as_str() {
            "week" | "weekend" => Some(Unit::Week),
            "month" => Some(Unit::Month),
            "year" => Some(Unit::Year),
            _ => None,
        };
        if let Some(unit) = unit {
            let offset = match md {
                Modifier::Last => -1,
                Modifier::This => 0,
                Modifier::Next => 1,
            };
            return Some((2, Raw::Relative { unit, offset }));
        }
    }
    // "over the weekend", "at the weekend": the Saturday of the weekend the tense points to
    if (cur.is("over") || cur.is("at"))
        && get(i + 1).is_some_and(|x| x.is("the"))
        && get(i + 2).is_some_and(|x| x.is("weekend"))
    {
        return Some((
            3,
            Raw::Weekday {
                wd: Weekday::Saturday,
                modifier: None,
            },
        ));
    }
    // "earlier this month", "later this year"
    if (cur.is("earlier") || cur.is("later")) && get(i + 1).is_some_and(|x| x.is("this")) {
        let unit = match get(i + 2).map(|x| x.lower.as_str()) {
            Some("week") => Some(Unit::Week),
            Some("month") => Some(Unit::Month),
            Some("year") => Some(Unit::Year),
            _ => None,
        };
        if unit == Some(Unit::Week) {
            return Some((
                3,
                Raw::PartOfWeek {
                    later: cur.is("later"),
                },
            ));
        }
        if let Some(unit) = unit {
            return Some((3, Raw::Relative { unit, offset: 0 }));
        }
    }
    // in 2023, since 2012
    if let Some(y) = year_of(cur) {
        let prev = i.checked_sub(1).map(|p| t[p].lower.as_str());
        let next_is_unit = get(i + 1).is_some_and(|x| {
            matches!(
                x.lower.as_str(),
                "percent" | "%" | "people" | "troops" | "km" | "kilometers" | "miles" | "soldiers"
            )
        });
        if prev.is_some_and(|p| TIME_PREPOSITIONS.contains(&p)) && !next_is_unit {
            return Some((1, Raw::Year { y }));
        }
    }
    // weekdays
    if let Some(&(_, wd)) = WEEKDAYS
        .iter()
        .find(|(w, _)| cur.lower == *w && cur.capitalised())
    {
        return Some((1, Raw::Weekday { wd, modifier: None }));
    }
    match cur.lower.as_str() {
        "yesterday" => {
            return Some((
                1,
                Raw::Relative {
                    unit: Unit::Day,
                    offset: -1,
                },
            ))
        }
        "today" | "tonight" => {
            return Some((
                1,
                Raw::Relative {
                    unit: Unit::Day,
                    offset: 0,
                },
            ))
        }
        "tomorrow" => {
            return Some((
                1,
                Raw::Relative {
                    unit: Unit::Day,
                    offset: 1,
                },
            ))
        }
        _ => {}
    }
    // "two days ago", "3 weeks ago"; "days after" (unresolvable)
    let count =
        number_word(&cur.lower).or_else(|| cur.plain_num().filter(|n| *n < 1000).map(|n| n as i32));
    let unit_at = |k: usize| {
        get(k).and_then(|x| match x.lower.as_str() {
            "day" | "days" => Some(Unit::Day),
            "week" | "weeks" => Some(Unit::Week),
            "month" | "months" => Some(Unit::Month),
            "year" | "years" => Some(Unit::Year),
            _ => None,
        })
    };
    if let (Some(n), Some(unit)) = (count, unit_at(i + 1)) {
        if get(i + 2).is_some_and(|x| x.is("ago")) {
            let offset = if unit == Unit::Week { -7 * n } else { -n };
            let unit = if unit == Unit::Week { Unit::Day } else { unit };
            return Some((3, Raw::Relative { unit, offset }));
        }
    }
    if matches!(cur.lower.as_str(), "days" | "weeks" | "months")
        && get(i + 1)
            .is_some_and(|x| x.is("after") || x.is("before") || x.is("later") || x.is("earlier"))
        && !i
            .checked_sub(1)
            .is_some_and(|p| t[p].plain_num().is_some() || number_word(&t[p].lower).is_some())
    {
        return Some((2, Raw::Unresolvable));
    }
    None
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

fn month_start(y: i16, m: i8) -> Option<Date> {
    Date::new(y, m, 1).ok()
}

/// Shifts (year, month) by `n` months.
fn shift_month(y: i16, m: i8, n: i32) -> (i16, i8) {
    let total = i32::from(y) * 12 + i32::from(m) - 1 + n;
    (
        (total.div_euclid(12)) as i16,
        (total.rem_euclid(12) + 1) as i8,
    )
}

fn resolve(raw: Raw, published: Option<Date>, tense: Tense) -> Option<TimeValue> {
    let day = |d: Date| TimeValue {
        start: d,
        end: None,
        precision: Precision::Day,
    };
    match raw {
        Raw::Unresolvable => None,
        Raw::Day { y, m, d, end } => {
            let start = match y {
                Some(y) => Date::new(y, m, d).ok()?,
                None => infer_year(published?, m, d, tense)?,
            };
            let end = match end {
                None => None,
                Some((ey, em, ed)) => {
                    let ey = ey.unwrap_or(start.year());
                    let mut e = Date::new(ey, em, ed).ok()?;
                    if e < start {
                        e = Date::new(ey + 1, em, ed).ok()?;
                    }
                    Some(e).filter(|e| *e != start)
                }
            };
            Some(TimeValue {
                start,
                end,
                precision: Precision::Day,
            })
        }
        Raw::MonthYear { y, m } => Some(TimeValue {
            start: month_start(y, m)?,
            end: None,
            precision: Precision::Month,
        }),
        Raw::PartOfWeek { later } => {
            let p = published?;
            let into = i64::from(p.weekday().to_monday_zero_offset());
            let (start, end) = match (later, into) {
                // (on a Sunday, "later this week" is the week to come; on a Monday, "earlier
                // this week" is that day)
                (true, 6) => (add_days(p, 1)?, add_days(p, 7)?),
                (true, _) => (add_days(p, 1)?, add_days(p, 6 - into)?),
                (false, 0) => (p, p),
                (false, _) => (add_days(p, -into)?, add_days(p, -1)?),
            };
            Some(TimeValue {
                start,
                end: (end != start).then_some(end),
                precision: Precision::Day,
            })
        }
        Raw::MonthOfYear { m, years } => Some(TimeValue {
            start: month_start(published?.year().checked_add(years)?, m)?,
            end: None,
            precision: Precision::Month,
        }),
        Raw::Year { y } => Some(TimeValue {
            start: Date::new(y, 1, 1).ok()?,
            end: None,
            precision: Precision::Year,
        }),
        Raw::Month { m, modifier } => {
            let p = published?;
            let (py, pm) = (p.year(), p.month());
            let y = match (modifier, tense) {
                (Some(Modifier::This), _) => py,
                (Some(Modifier::Next), _) => {
                    if m > pm {
                        py
                    } else {
                        py + 1
                    }
                }
                (Some(Modifier::Last), _) => {
                    if m < pm {
                        py
                    } else {
                        py - 1
                    }
                }
                (None, Tense::Past) => {
                    if m <= pm {
                        py
                    } else {
                        py - 1
                    }
                }
                (None, Tense::Future) => {
                    if m >= pm {
                        py
                    } else {
                        py + 1
                    }
                }
                (None, Tense::Present) => py,
            };
            Some(TimeValue {
                start: month_start(y, m)?,
                end: None,
                precision: Precision::Month,
            })
        }
        Raw::Weekday { wd, modifier } => {
            let p = published?;
            let back = i64::from(
                (p.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset()).rem_euclid(7),
            );
            let fwd = i64::from(
                (wd.to_monday_zero_offset() - p.weekday().to_monday_zero_offset()).rem_euclid(7),
            );
            let offset = match (modifier, tense) {
                (Some(Modifier::Last), _) => -(if back == 0 { 7 } else { back }),
                (Some(Modifier::Next), _) => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                // ("will meet on Tuesday" in a Tuesday's paper is that day, as wire style
                // names today's weekday)
                (None, Tense::Future) => fwd,
                (None, Tense::Past) => -back,
                (Some(Modifier::This), _) | (None, Tense::Present) => {
                    if fwd < back {
                        fwd
                    } else {
                        -back
                    }
                }
            };
            Some(day(add_days(p, offset)?))
        }
        Raw::Relative { unit, offset } => {
            let p = published?;
            match unit {
                Unit::Day => Some(day(add_days(p, i64::from(offset))?)),
                Unit::Week => {
                    let monday = add_days(p, -i64::from(p.weekday().to_monday_zero_offset()))?;
                    let start = add_days(monday, 7 * i64::from(offset))?;
                    Some(TimeValue {
                        start,
                        end: add_days(start, 6),
                        precision: Precision::Day,
                    })
                }
                Unit::Month => {
                    let (y, m) = shift_month(p.year(), p.month(), offset);
                    Some(TimeValue {
                        start: month_start(y, m)?,
                        end: None,
                        precision: Precision::Month,
                    })
                }
                Unit::Year => Some(TimeValue {
                    start: Date::new(p.year().checked_add(offset as i16)?, 1, 1).ok()?,
                    end: None,
                    precision: Precision::Year,
                }),
            }
        }
    }
}

/// The year of a year-less day: the candidate around the publication date that fits the
/// tense (past: not after the publication day; future: not before it; present: nearest).
fn infer_year(p: Date, m: i8, d: i8, tense: Tense) -> Option<Date> {
    let candidates: Vec<Date> = [p.year() - 1, p.year(), p.year() + 1]
        .iter()
        .filter_map(|&y| Date::new(y, m, d).ok())
        .collect();
    let dist = |c: &Date| (p.until(*c).map(|s| i64::from(s.get_days())).unwrap_or(0)).abs();
    let fits = |c: &&Date| match tense {
        Tense::Past => *c <= &add_days(p, 1).unwrap_or(p),
        Tense::Future => *c >= &add_days(p, -1).unwrap_or(p),
        Tense::Present => true,
    };
    candidates
        .iter()
        .filter(fits)
        .min_by_key(|c| dist(c))
        .or_else(|| candidates.iter().min_by_key(|c| dist(c)))
        .copied()
}

#[cfg(test)]
mod tests;
