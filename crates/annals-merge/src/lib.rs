//! Merge: mentions of the same real-world event become one [`Event`].
//!
//! Two mentions are the same event when they have the same 3-digit CAMEO base code, the same
//! country dyad (either direction for reciprocal codes such as 057) and compatible dates: day
//! ranges that touch, a day inside a month, or no date of their own. Mentions dated only to a
//! year make events of their own, one per year. The result depends only on
//! the set of mentions, never on ingest order; event ids are derived from the earliest mention.
//! Events are ranked by support: reported before not-yet-happened, then independent outlets,
//! articles and mentions.

use std::collections::{BTreeMap, HashMap};

use annals_model::hash::stable_id;
use annals_model::{
    Actor, ClaimRef, Date, DatePrecision, Event, EventCode, Location, Mention, MentionRef, Status,
};

/// A visit and what happened between the same two countries while it lasted: the hosting,
/// meetings, talks, agreements signed.
#[derive(Debug, Clone, PartialEq)]
pub struct Episode {
    /// The visit (CAMEO 042) the episode is built around.
    pub visit: String,
    /// The two countries, in the visit's direction (visitor first).
    pub countries: (String, String),
    pub start: Date,
    pub end: Date,
    pub location: Option<Location>,
    /// Every event of the episode, the visit first, then by date and rank.
    pub events: Vec<String>,
}

/// Links each reported, dated visit with the events between the same two countries (either
/// direction) dated within its days; ranked events in, episodes out in the same order.
pub fn episodes(events: &[Event]) -> Vec<Episode> {
    let pair = |e: &Event| {
        let (a, b) = (e.source.code.country(), e.target.code.country());
        if a < b {
            (a.to_string(), b.to_string())
        } else {
            (b.to_string(), a.to_string())
        }
    };
    let dated = |e: &Event| {
        matches!(
            e.date_precision,
            Some(DatePrecision::Day | DatePrecision::Article)
        )
    };
    let mut out: Vec<Episode> = Vec::new();
    for v in events {
        let Some(start) = v.date.filter(|_| dated(v)) else {
            continue;
        };
        if v.cameo.base() != "042" || v.status != Status::Reported {
            continue;
        }
        // a visit dated on one day still takes in the day after ("arrived on Thursday")
        let end = v
            .end_date
            .unwrap_or(start)
            .max(start.tomorrow().unwrap_or(start));
        let countries = (
            v.source.code.country().to_string(),
            v.target.code.country().to_string(),
        );
        // a return visit or a second record of the same days joins the episode already begun
        let same_pair = |e: &Episode| {
            let (a, b) = &e.countries;
            (a.as_str(), b.as_str()) == (countries.0.as_str(), countries.1.as_str())
                || (b.as_str(), a.as_str()) == (countries.0.as_str(), countries.1.as_str())
        };
        if out.iter().any(|e| {
            same_pair(e)
                && e.start <= end
                && start <= e.end.max(e.start.tomorrow().unwrap_or(e.start))
        }) {
            continue;
        }
        let mut members: Vec<&Event> = events
            .iter()
            .filter(|e| {
                e.event_id != v.event_id
                    && pair(e) == pair(v)
                    && dated(e)
                    && e.date.is_some_and(|d| start <= d && d <= end)
            })
            .collect();
        members.sort_by_key(|e| e.date);
        let mut ids = vec![v.event_id.clone()];
        ids.extend(members.iter().map(|e| e.event_id.clone()));
        out.push(Episode {
            visit: v.event_id.clone(),
            countries,
            start,
            end: v.end_date.unwrap_or(start),
            location: v.location.clone(),
            events: ids,
        });
    }
    out
}

/// The figures outlets give for one measure of one pair of countries ("trade, RUS–CHN, USD").
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimGroup {
    pub measure: String,
    pub unit: String,
    /// Figures of change ("grew by 25 percent"), not levels.
    pub change: bool,
    pub countries: Vec<String>,
    pub claims: Vec<ClaimRef>,
    /// Whether articles disagree: two figures more than 1% apart.
    pub conflict: bool,
}

impl ClaimGroup {
    /// The distinct figures given, smallest first.
    pub fn values(&self) -> Vec<f64> {
        let mut v: Vec<f64> = self.claims.iter().map(|c| c.claim.value).collect();
        v.sort_by(f64::total_cmp);
        v.dedup_by(|a, b| same_figure(*a, *b));
        v
    }
}

fn same_figure(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.01 * a.abs().max(b.abs())
}

/// Groups claims by measure, unit, kind and countries; a group where articles give figures
/// more than 1% apart is a conflict. Conflicts first, then groups with more articles.
pub fn claim_groups(claims: Vec<ClaimRef>) -> Vec<ClaimGroup> {
    let mut groups: BTreeMap<(String, String, bool, Vec<String>), Vec<ClaimRef>> = BTreeMap::new();
    for c in claims {
        let key = (
            c.claim.measure.clone(),
            c.claim.unit.clone(),
            c.claim.change,
            c.claim.countries.clone(),
        );
        groups.entry(key).or_default().push(c);
    }
    let mut out: Vec<ClaimGroup> = groups
        .into_iter()
        .map(|((measure, unit, change, countries), claims)| {
            let conflict = claims.iter().any(|a| {
                claims.iter().any(|b| {
                    a.claim.article_id != b.claim.article_id
                        && !same_figure(a.claim.value, b.claim.value)
                })
            });
            ClaimGroup {
                measure,
                unit,
                change,
                countries,
                claims,
                conflict,
            }
        })
        .collect();
    let articles = |g: &ClaimGroup| {
        let mut v: Vec<&str> = g
            .claims
            .iter()
            .map(|c| c.claim.article_id.as_str())
            .collect();
        v.sort_unstable();
        v.dedup();
        v.len()
    };
    out.sort_by_key(|g| (!g.conflict, std::cmp::Reverse(articles(g))));
    out
}

/// Merges mentions into events, ranked most strongly supported first.
pub fn merge(mentions: Vec<MentionRef>) -> Vec<Event> {
    let mut groups: BTreeMap<GroupKey, Vec<MentionRef>> = BTreeMap::new();
    for m in mentions {
        groups.entry(group_key(&m.mention)).or_default().push(m);
    }
    let mut events = Vec::new();
    for (_, ms) in groups {
        for cluster in clusters(ms) {
            events.push(build_event(cluster));
        }
    }
    rank(&mut events);
    events
}

/// Sorts events by salience: reported first; then support, scaled by the event's weight
/// (1 + |Goldstein| / 10) so that a signed agreement from two outlets ranks above a generic
/// meeting from three. Support counts the outlets that report the event as news (not only
/// recall it as background); an outlet that gives it only as the paired side of another code
/// (the hosting implied by a visit) counts half. Then the news outlets, those that state it in
/// their own words, the weightier event, all outlets, articles, mentions, date and id. An
/// event that is only words (a statement, appeal, intent, demand, criticism, rejection or
/// threat: CAMEO roots 01–03 and 10–13) has no weight: a visit ranks above a promise to invest
/// that as many outlets report.
pub fn rank(events: &mut [Event]) {
    events.sort_by_cached_key(rank_key);
}

/// The built-in CAMEO table, parsed once.
fn cameo_table() -> &'static annals_model::CameoTable {
    static TABLE: std::sync::OnceLock<annals_model::CameoTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(annals_model::CameoTable::builtin)
}

/// The event's place in the ranking as a string that sorts like [`rank`] (smaller first), so a
/// store can keep it beside the event and order by it without re-ranking everything.
pub fn rank_key(e: &Event) -> String {
    rank_key_with(e, cameo_table())
}

fn rank_key_with(e: &Event, table: &annals_model::CameoTable) -> String {
    let words_only = matches!(
        e.cameo.root(),
        "01" | "02" | "03" | "10" | "11" | "12" | "13"
    );
    let weight = table
        .get(&e.cameo)
        .and_then(|i| i.goldstein)
        .filter(|_| !words_only)
        .map_or(0, |g| (g.abs() * 10.0) as i64);
    let news = outlets_where(e, |m| !m.mention.background) as i64;
    let direct = outlets_where(e, |m| {
        !m.mention.background && !m.mention.explanation.paired
    }) as i64;
    // in half outlets: a direct outlet counts two, a paired-only one one
    let support = direct + news;
    // larger is better for every count: written as its distance from a ceiling
    let down = |x: i64| format!("{:012}", 999_999_999_999 - x.clamp(0, 999_999_999_999));
    format!(
        "{}{}{}{}{}{}{}{}{}{}",
        u8::from(e.status != Status::Reported),
        down(support * (100 + weight)),
        down(news),
        down(direct),
        down(weight),
        down(e.num_outlets as i64),
        down(e.num_articles as i64),
        down(e.mentions.len() as i64),
        e.date.map_or("0000-00-00".to_string(), |d| d.to_string()),
        e.event_id
    )
}

/// Independent outlets (or articles without one) with a mention of the event that passes
/// `keep`: copies of another outlet's text are not counted.
pub fn outlets_where(e: &Event, keep: impl Fn(&MentionRef) -> bool) -> usize {
    let mut v: Vec<String> = e
        .mentions
        .iter()
        .filter(|m| keep(m))
        .map(outlet_key)
        .filter(|o| !e.copied_outlets.contains(o))
        .collect();
    v.sort_unstable();
    v.dedup();
    v.len()
}

fn outlet_key(m: &MentionRef) -> String {
    m.outlet
        .as_ref()
        .map(|o| o.to_lowercase())
        .unwrap_or_else(|| format!("article:{}", m.mention.article_id))
}

/// Whether an actor is the state's side of a conflict inside its country
/// ([`annals_model::ActorCode::is_state_side`]).
pub fn state_side(a: &Actor) -> bool {
    a.code.is_state_side()
}

/// Which mentions may be one event: base code, the two countries (in order, or sorted for a
/// reciprocal code) and whether the mention says the event did not happen.
pub type GroupKey = (String, String, String, bool);

/// Mentions that may be one event: same base code and country dyad, and the same polarity — a
/// report that something did not happen ("is not planning to capture Kharkiv") is never
/// evidence for its happening. A side the text does not name stands for the event's place
/// (`@Kabul`): a bomb attack by no one named in Kabul and one in Kandahar the same day are two
/// events, not one. Inside one country the two sides are told apart by whether each is the
/// state ([`state_side`]): rebels attacking the army (`BFA(non-state)` → `BFA`) and the army's
/// strike on them the same day are two events.
pub fn group_key(m: &Mention) -> GroupKey {
    let code = m.cameo.base().to_string();
    // a side of no known country ("police" in a sentence that names none) is no one another
    // article can be shown to mean: keyed by the place, else kept to its own article
    let unknown = |a: &Actor| a.code.country() == "---";
    let named = |a: &Actor| !a.is_absent() && !unknown(a);
    let domestic =
        named(&m.source) && named(&m.target) && m.source.code.country() == m.target.code.country();
    let side = |a: &Actor| match (&m.location, a.is_absent() || unknown(a)) {
        (Some(l), true) => format!("@{}", l.name),
        (None, true) if unknown(a) => format!("#{}", m.article_id),
        _ if domestic && !state_side(a) => format!("{}(non-state)", a.code.country()),
        _ => a.code.country().to_string(),
    };
    let s = side(&m.source);
    let t = side(&m.target);
    let negative = matches!(m.status, Status::Negated | Status::Denied);
    if m.cameo.is_reciprocal() && t < s {
        (code, t, s, negative)
    } else {
        (code, s, t, negative)
    }
}

/// Mentions of one group whose days lie more than this many days apart never share an event
/// nor shape each other's: the widest reach of the clustering rules (a report dated by its
/// article joins an event that ended up to 7 days before; day ranges touch within a day).
pub const SEGMENT_GAP_DAYS: i64 = 8;

/// The longest day range (in days) merged locally; a longer one makes its group merge whole.
pub const MAX_LOCAL_SPAN_DAYS: i64 = 62;

/// The widest an event of day-spanned mentions can be, from its first span's day to its last
/// span's: its day mentions lie within a range of at most [`MAX_LOCAL_SPAN_DAYS`] from its
/// first day, a month mention's month begins at most 30 days before that day, and a mention
/// dated by its article lies at most 7 days after its last. A store finds the events that
/// overlap a window by looking this far before it.
pub const MAX_EVENT_SPAN_DAYS: i64 = MAX_LOCAL_SPAN_DAYS + 30 + 7 + 1;

/// Where a mention sits for incremental merging, in day numbers ([`annals_model::day_number`]).
/// A group's events can be rebuilt one segment at a time: the mentions with [`Span::Days`]
/// spans no more than [`SEGMENT_GAP_DAYS`] apart, chained; the rest of the group is untouched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// The days the mention stands on: its day or range, its article's day, or its whole month.
    Days(i64, i64),
    /// Dated only to the year: clustered only with mentions like it.
    Apart,
    /// Undated (it joins the best-supported event of its group, wherever that lies), a range
    /// longer than [`MAX_LOCAL_SPAN_DAYS`], or a date of unknown precision: its group is merged
    /// whole.
    Wide,
}

/// The span of a mention; see [`Span`].
pub fn span(m: &Mention) -> Span {
    span_from(m.date, m.end_date, m.date_precision)
}

/// The span of what clustering reads of a mention; see [`Span`].
pub fn dated_span<T: Dated>(m: &T) -> Span {
    span_from(m.date(), m.end_date(), m.precision())
}

fn span_from(date: Option<Date>, end_date: Option<Date>, precision: Option<DatePrecision>) -> Span {
    let Some(start) = date else {
        return Span::Wide;
    };
    let day = annals_model::day_number;
    match precision {
        Some(DatePrecision::Year) => Span::Apart,
        Some(DatePrecision::Month) => {
            let first = start.first_of_month();
            Span::Days(
                day(first),
                day(first) + i64::from(first.days_in_month()) - 1,
            )
        }
        Some(DatePrecision::Article) => Span::Days(day(start), day(start)),
        Some(DatePrecision::Day) => {
            let (a, b) = (day(start), day(end_date.unwrap_or(start)));
            if b - a > MAX_LOCAL_SPAN_DAYS || b < a {
                Span::Wide
            } else {
                Span::Days(a, b)
            }
        }
        None => Span::Wide,
    }
}

/// The days an event's mentions stand on, from the first to the last ([`Span::Days`] members
/// only); `None` for an event of year-dated or undated mentions only.
pub fn event_span(e: &Event) -> Option<(i64, i64)> {
    e.mentions
        .iter()
        .filter_map(|m| match span(&m.mention) {
            Span::Days(a, b) => Some((a, b)),
            _ => None,
        })
        .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
}

/// Outlets whose every sentence about the event repeats, word for word, one another outlet
/// published no later: syndicated or copied texts, which are no independent source.
fn copied_outlets(members: &[MentionRef]) -> Vec<String> {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut by_outlet: BTreeMap<String, (Option<Date>, Vec<String>)> = BTreeMap::new();
    for m in members {
        let e = by_outlet
            .entry(outlet_key(m))
            .or_insert((m.published, Vec::new()));
        e.0 = match (e.0, m.published) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        e.1.push(norm(&m.mention.sentence));
    }
    let order = |k: &String, v: &(Option<Date>, Vec<String>)| (v.0.is_none(), v.0, k.clone());
    by_outlet
        .iter()
        .filter(|(k, v)| {
            // a short sentence ("Putin arrived in Beijing.") may be written twice independently
            v.1.iter().all(|s| s.len() >= 60)
                && by_outlet.iter().any(|(k2, v2)| {
                    k2 != *k && order(k2, v2) < order(k, v) && v.1.iter().all(|s| v2.1.contains(s))
                })
        })
        .map(|(k, _)| k.clone())
        .collect()
}

/// What the clustering of a group reads of a mention: its date, and for a fixed order, its
/// article, offset and code. A store can cluster light rows and load whole mentions only for
/// the events that changed.
pub trait Dated {
    fn date(&self) -> Option<Date>;
    fn end_date(&self) -> Option<Date>;
    fn precision(&self) -> Option<DatePrecision>;
    fn article_id(&self) -> &str;
    /// Byte offset of the mention in its article.
    fn offset(&self) -> usize;
    fn cameo(&self) -> &str;
    /// The publication day of the mention's article, where known: an undated mention is
    /// about the events of its time, not of any year.
    fn published(&self) -> Option<Date> {
        None
    }
}

impl Dated for MentionRef {
    fn date(&self) -> Option<Date> {
        self.mention.date
    }
    fn end_date(&self) -> Option<Date> {
        self.mention.end_date
    }
    fn precision(&self) -> Option<DatePrecision> {
        self.mention.date_precision
    }
    fn article_id(&self) -> &str {
        &self.mention.article_id
    }
    fn offset(&self) -> usize {
        self.mention.start
    }
    fn cameo(&self) -> &str {
        &self.mention.cameo.0
    }
    fn published(&self) -> Option<Date> {
        self.published
    }
}

fn order_key<T: Dated>(m: &T) -> (u8, Option<Date>, &str, usize, &str) {
    let p = match m.precision() {
        Some(DatePrecision::Day) => 0,
        Some(DatePrecision::Month) => 1,
        Some(DatePrecision::Year) => 2,
        Some(DatePrecision::Article) => 3,
        None => 4,
    };
    (p, m.date(), m.article_id(), m.offset(), m.cameo())
}

/// Splits mentions of one group (see [`group_key`]) into the clusters that become events,
/// exactly as [`merge`] does; the input order does not matter beyond ties, which keep it.
pub fn clusters<T: Dated>(mut ms: Vec<T>) -> Vec<Vec<T>> {
    ms.sort_by(|a, b| order_key(a).cmp(&order_key(b)));
    cluster_by_date(ms.into_iter().map(|m| (m, None, false)).collect())
}

/// Where an incremental re-merge of a group's days starts, from the first day the new (or
/// removed) mentions stand on. The clustering reads mentions in date order, day-precision ones
/// first, then month-precision, then those dated by their article, and each decision looks back
/// only a bounded number of days; so a mention read before the change keeps its place, and only
/// the events near and after it are re-decided (see [`reclusters`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restart {
    /// Stored events with a mention on this day or after are read whole and re-clustered; the
    /// events before it cannot change.
    pub read_from: i64,
    /// Day-precision mentions starting before this day keep their event.
    day_from: i64,
    /// Month-precision mentions of months before this day's keep their event.
    month_from: i64,
    /// Mentions dated by their article before this day keep their event.
    loose_from: i64,
    /// Mentions after this day (a month's last) keep their event, if the changes settle
    /// before it (see [`Restart::widen`]); `None`: none after the restart does.
    until: Option<i64>,
    /// The first day of the change.
    first: i64,
    /// The last day the change's own mentions stand on.
    last: i64,
}

impl Restart {
    /// The restart for changes on days `first..=last` of a segment that ends on day `end`:
    /// the events after the change are first re-decided up to the end of the month a week
    /// after it, and further only if the changes reach that far.
    pub fn around(first: i64, last: i64, end: i64) -> Restart {
        let until = month_end(last + 8);
        Restart {
            until: (until < end).then_some(until),
            last,
            ..Restart::at(first)
        }
    }

    /// The restart for changes from day `first` (a [`Span::Days`] start) on, re-deciding
    /// everything after it.
    pub fn at(first: i64) -> Restart {
        // a day mention joins a cluster begun at most 8 days before it: clusters begun
        // earlier keep their day mentions
        let changed_from = first - 8;
        // month mentions choose among the clusters begun in their month
        let month_from = month_start(changed_from);
        // a mention dated by its article on day d chooses among the clusters begun on days
        // d-15 ..= d+1
        let loose_from = month_from - 1;
        Restart {
            read_from: loose_from - 15,
            day_from: first,
            month_from,
            loose_from,
            until: None,
            first,
            last: first,
        }
    }

    /// The last day whose mentions a re-merge reads (besides the whole events they are in):
    /// the day after [`Restart::until`], or `None` for all.
    pub fn read_to(&self) -> Option<i64> {
        self.until.map(|u| u + 1)
    }

    /// Whether the events re-decided settle before the mentions kept after
    /// [`Restart::until`]: given the spans of the re-clustered events that differ from the
    /// stored ones, `None` when none can change a decision after it, or the wider restart to
    /// run instead (up to the end of the segment, `end`).
    pub fn widen(
        &self,
        changed: impl IntoIterator<Item = (i64, i64)>,
        end: i64,
    ) -> Option<Restart> {
        let until = self.until?;
        // a change to an event ending on day b reaches the day mentions that may join it
        // (b+1), the month mentions of its month, the article-dated ones up to b+7
        let reach = |b: i64| (b + 7).max(month_end(b));
        let far = changed
            .into_iter()
            .map(|(_, b)| reach(b))
            .fold(reach(self.last), i64::max);
        if far <= until {
            return None;
        }
        // at least twice as far as before
        let next = month_end(far.max(until + (until - self.first)));
        Some(Restart {
            until: (next < end).then_some(next),
            ..*self
        })
    }

    /// Whether the re-merge may move a stored mention to another event; the others stay
    /// pinned to theirs.
    pub fn may_move<T: Dated>(&self, m: &T) -> bool {
        let Some(d) = m.date() else {
            return true;
        };
        let day = annals_model::day_number(d);
        let until = self.until.unwrap_or(i64::MAX);
        match m.precision() {
            Some(DatePrecision::Day) => self.day_from <= day && day <= until,
            Some(DatePrecision::Month) => {
                self.month_from <= month_start(day) && month_start(day) <= until
            }
            Some(DatePrecision::Article) => self.loose_from <= day && day <= until,
            _ => true,
        }
    }
}

/// One round of an incremental re-merge of a group's days: the mentions read for `restart`
/// (see [`reclusters`]), `id` giving each its row id, and the row ids of each stored event
/// read. Returns the clusters that replace the stored events, or, when the changed events
/// reach past the window (see [`Restart::widen`]), the wider restart to read for instead.
pub fn recluster_round<'a, T: Dated>(
    read: Vec<T>,
    id: impl Fn(&T) -> i64,
    stored: impl IntoIterator<Item = &'a Vec<i64>>,
    restart: &Restart,
    end: i64,
) -> Result<Vec<Vec<T>>, Restart> {
    let mut label: HashMap<i64, usize> = HashMap::new();
    let mut members: std::collections::HashSet<Vec<i64>> = Default::default();
    for (i, ids) in stored.into_iter().enumerate() {
        label.extend(ids.iter().map(|&m| (m, i)));
        let mut ids = ids.clone();
        ids.sort_unstable();
        members.insert(ids);
    }
    let read = read
        .into_iter()
        .map(|m| {
            let event = label.get(&id(&m)).copied();
            (m, event)
        })
        .collect();
    let clusters = reclusters(read, restart);
    let changed: Vec<(i64, i64)> = clusters
        .iter()
        .filter_map(|c| {
            let mut ids: Vec<i64> = c.iter().map(&id).collect();
            ids.sort_unstable();
            if members.contains(&ids) {
                return None;
            }
            c.iter()
                .filter_map(|m| match dated_span(m) {
                    Span::Days(a, b) => Some((a, b)),
                    _ => None,
                })
                .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
        })
        .collect();
    match restart.widen(changed, end) {
        None => Ok(clusters),
        Some(wider) => Err(wider),
    }
}

/// The day number of the last of the month holding day `n`.
fn month_end(n: i64) -> i64 {
    // months have 28 to 31 days: the first of a month plus 31 days falls in the next month
    month_start(month_start(n) + 31) - 1
}

/// The day number of the first of the month holding day `n` (H. Hinnant's `civil_from_days`).
fn month_start(n: i64) -> i64 {
    let z = n + 719_468;
    let doe = z - z.div_euclid(146_097) * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day_of_month = doy - (153 * mp + 2) / 5 + 1;
    n - (day_of_month - 1)
}

/// Re-clusters the mentions an incremental merge read for a [`Restart`]: every mention with a
/// span reaching into `restart.read_from ..= restart.read_to()` (the end of the segment when
/// `None`), and every other mention of the stored events those are in, each with its stored
/// event (any label, `None` for a new mention). Mentions the
/// restart may not move stay with their event; the rest are placed afresh, exactly as
/// [`clusters`] would place them among all the group's mentions. Returns the clusters of the
/// mentions read, which replace the stored events read.
pub fn reclusters<T: Dated>(ms: Vec<(T, Option<usize>)>, restart: &Restart) -> Vec<Vec<T>> {
    let mut ms: Vec<(T, Option<usize>, bool)> = ms
        .into_iter()
        .map(|(m, event)| {
            let pinned = event.is_some() && !restart.may_move(&m);
            (m, event, pinned)
        })
        .collect();
    ms.sort_by(|a, b| order_key(&a.0).cmp(&order_key(&b.0)));
    cluster_by_date(ms)
}

/// The event one cluster of [`clusters`] becomes (as [`merge`] builds it).
pub fn event_of(members: Vec<MentionRef>) -> Event {
    build_event(members)
}

struct Cluster<T> {
    start: Date,
    end: Date,
    members: Vec<T>,
    /// Distinct articles among the members, kept as members join.
    articles: std::collections::HashSet<String>,
}

impl<T: Dated> Cluster<T> {
    fn new(start: Date, end: Date, m: T) -> Cluster<T> {
        let mut c = Cluster {
            start,
            end,
            members: Vec::new(),
            articles: Default::default(),
        };
        c.push(m);
        c
    }
    fn push(&mut self, m: T) {
        if !self.articles.contains(m.article_id()) {
            self.articles.insert(m.article_id().to_string());
        }
        self.members.push(m);
    }
    fn articles(&self) -> usize {
        self.articles.len()
    }
}

/// Days from `a` to `b` (negative when `b` is earlier), by the civil calendar.
fn days_between(a: Date, b: Date) -> i64 {
    annals_model::day_number(b) - annals_model::day_number(a)
}

/// Splits one group's mentions (sorted by precision then date) into date-compatible clusters.
/// A mention pinned to a label joins the cluster its label's first mention made, whatever the
/// rules would say (see [`reclusters`]).
fn cluster_by_date<T: Dated>(ms: Vec<(T, Option<usize>, bool)>) -> Vec<Vec<T>> {
    let day = annals_model::day_number;
    let mut clusters: Vec<Cluster<T>> = Vec::new();
    // year-dated mentions form events of their own, one per year: joining them to the best
    // event of the year would make every event of a year depend on every other
    let mut years: Vec<Cluster<T>> = Vec::new();
    let mut loose: Vec<(T, Option<usize>, bool)> = Vec::new();
    // a label -> the cluster its first pinned mention joined, or its first mention made
    let mut pinned: HashMap<usize, usize> = HashMap::new();
    // Mentions come sorted by precision, then date (see `order_key`), so while day-precision
    // mentions are read the clusters are in order of their first day, and each later run of
    // new clusters (month, then loose) is too: the lookups below search only the clusters a
    // mention could join, and find the same cluster a scan of all of them would.
    let mut day_clusters = 0; // clusters[..day_clusters] were made by day-precision mentions
    for (m, label, is_pinned) in ms {
        let (Some(start), Some(p)) = (m.date(), m.precision()) else {
            loose.push((m, label, is_pinned));
            continue;
        };
        let pin = label.filter(|_| is_pinned);
        let end = m.end_date().unwrap_or(start);
        if let (Some(label), DatePrecision::Day | DatePrecision::Month) = (pin, p) {
            match pinned.get(&label) {
                Some(&i) => {
                    let c = &mut clusters[i];
                    if p == DatePrecision::Day {
                        c.start = c.start.min(start);
                        c.end = c.end.max(end);
                    }
                    c.push(m);
                }
                None => {
                    let (s, e) = if p == DatePrecision::Day {
                        (start, end)
                    } else {
                        (start, start)
                    };
                    clusters.push(Cluster::new(s, e, m));
                    pinned.insert(label, clusters.len() - 1);
                }
            }
            if p == DatePrecision::Day {
                day_clusters = clusters.len();
            }
            continue;
        }
        match p {
            DatePrecision::Day => {
                // a cluster it joins ends at most a day before it and spans at most 7 days,
                // so began at most 8 days before it
                let from = clusters.partition_point(|c| day(c.start) < day(start) - 8);
                let hit = clusters[from..].iter_mut().find(|c| {
                    days_between(c.end, start) <= 1
                        && days_between(start, c.start) <= 1
                        && days_between(c.start.min(start), c.end.max(end)) <= 7
                });
                match hit {
                    Some(c) => {
                        c.start = c.start.min(start);
                        c.end = c.end.max(end);
                        c.push(m);
                    }
                    None => {
                        clusters.push(Cluster::new(start, end, m));
                        if let Some(l) = label {
                            pinned.entry(l).or_insert(clusters.len() - 1);
                        }
                    }
                }
                day_clusters = clusters.len();
            }
            DatePrecision::Year => {
                match years.iter_mut().find(|c| c.start.year() == start.year()) {
                    Some(c) => c.push(m),
                    None => years.push(Cluster::new(start, start, m)),
                }
            }
            DatePrecision::Month => {
                let first = day(start.first_of_month());
                let next = first + i64::from(start.first_of_month().days_in_month());
                // the clusters that began in this month, in the day run and the month run
                let (days, months) = clusters.split_at_mut(day_clusters);
                let in_month = |run: &[Cluster<T>]| {
                    run.partition_point(|c| day(c.start) < first)
                        ..run.partition_point(|c| day(c.start) < next)
                };
                let (r1, r2) = (in_month(days), in_month(months));
                let best = days[r1]
                    .iter_mut()
                    .chain(months[r2].iter_mut())
                    .max_by_key(|c| (c.articles(), std::cmp::Reverse(c.start)));
                match best {
                    Some(c) => c.push(m),
                    None => {
                        clusters.push(Cluster::new(start, start, m));
                        if let Some(l) = label {
                            pinned.entry(l).or_insert(clusters.len() - 1);
                        }
                    }
                }
            }
            DatePrecision::Article => loose.push((m, label, is_pinned)),
        }
    }
    // clusters by first day; those spanning more than 8 days are always looked at
    let mut by_start: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    let mut long: Vec<usize> = Vec::new();
    let file = |by_start: &mut BTreeMap<i64, Vec<usize>>,
                long: &mut Vec<usize>,
                i: usize,
                c: &Cluster<T>| {
        if days_between(c.start, c.end) > 8 {
            long.push(i);
        } else {
            by_start.entry(day(c.start)).or_default().push(i);
        }
    };
    for (i, c) in clusters.iter().enumerate() {
        file(&mut by_start, &mut long, i, c);
    }
    for (m, label, is_pinned) in loose {
        if let Some(label) = label.filter(|_| is_pinned) {
            match pinned.get(&label) {
                Some(&i) => clusters[i].push(m),
                None => {
                    let d = m.date().unwrap_or(Date::constant(1, 1, 1));
                    clusters.push(Cluster::new(d, d, m));
                    let i = clusters.len() - 1;
                    pinned.insert(label, i);
                    file(&mut by_start, &mut long, i, &clusters[i]);
                }
            }
            continue;
        }
        // an undated mention, or one dated only by its article, joins the best-supported
        // cluster it does not contradict
        let article_day = match (m.date(), m.precision()) {
            (Some(d), Some(DatePrecision::Article)) => Some(d),
            _ => None,
        };
        // (an undated one, a threat or a plan with no day, within its article's season: a
        // month before it to four after, not an act of the same sides years apart)
        let published = m.published();
        let near = |c: &Cluster<T>| match (article_day, published) {
            (Some(d), _) => days_between(c.start, d) >= -1 && days_between(c.end, d) <= 7,
            // (a cluster of undated mentions only stands on its first article's day: two
            // papers a month apart or less telling the same plan)
            (None, Some(p)) if c.start == Date::constant(1, 1, 1) => c
                .members
                .first()
                .and_then(Dated::published)
                .is_none_or(|q| days_between(q, p).abs() <= 31),
            (None, Some(p)) => days_between(c.end, p) <= 31 && days_between(p, c.start) <= 122,
            (None, None) => true,
        };
        let candidates: Vec<usize> = match article_day {
            Some(d) => {
                // a short cluster that ended at most 7 days before it began at most 15 before
                let d = day(d);
                let mut v: Vec<usize> = by_start
                    .range(d - 15..=d + 1)
                    .flat_map(|(_, ids)| ids.iter().copied())
                    .chain(long.iter().copied())
                    .collect();
                v.sort_unstable();
                v
            }
            None => (0..clusters.len()).collect(),
        };
        let best = candidates
            .into_iter()
            .filter(|&i| near(&clusters[i]))
            .max_by_key(|&i| (clusters[i].articles(), std::cmp::Reverse(clusters[i].start)));
        match best {
            Some(i) => clusters[i].push(m),
            None => {
                let d = m.date().unwrap_or(Date::constant(1, 1, 1));
                clusters.push(Cluster::new(d, d, m));
                let i = clusters.len() - 1;
                if let Some(l) = label {
                    pinned.entry(l).or_insert(i);
                }
                file(&mut by_start, &mut long, i, &clusters[i]);
            }
        }
    }
    clusters.extend(years);
    clusters.into_iter().map(|c| c.members).collect()
}

fn most_common<T: Clone + Ord>(items: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: BTreeMap<T, usize> = BTreeMap::new();
    for i in items {
        *counts.entry(i).or_default() += 1;
    }
    let max = counts.values().copied().max()?;
    counts.into_iter().find(|(_, c)| *c == max).map(|(k, _)| k)
}

fn build_event(mut members: Vec<MentionRef>) -> Event {
    // a reciprocal act's twin (its sentence coded the other way, "Russia and China signed")
    // adds nothing to an event that holds both directions: only the sentence's own reading stays
    let originals: Vec<(String, usize, String, String)> = members
        .iter()
        .filter(|m| !m.mention.explanation.paired)
        .map(|m| {
            (
                m.mention.article_id.clone(),
                m.mention.start,
                m.mention.source.code.country().to_string(),
                m.mention.target.code.country().to_string(),
            )
        })
        .collect();
    members.retain(|m| {
        let twin = (
            m.mention.article_id.clone(),
            m.mention.start,
            m.mention.target.code.country().to_string(),
            m.mention.source.code.country().to_string(),
        );
        !(m.mention.explanation.paired
            && m.mention.cameo.is_reciprocal()
            && originals.contains(&twin))
    });
    members.sort_by(|a, b| {
        (
            a.published,
            &a.mention.article_id,
            a.mention.start,
            &a.mention.cameo.0,
        )
            .cmp(&(
                b.published,
                &b.mention.article_id,
                b.mention.start,
                &b.mention.cameo.0,
            ))
    });
    let first = members
        .iter()
        .min_by(|a, b| {
            (&a.mention.article_id, a.mention.start).cmp(&(&b.mention.article_id, b.mention.start))
        })
        .map(|m| &m.mention);
    let cameo = most_common(members.iter().map(|m| m.mention.cameo.0.clone()))
        .map(EventCode)
        .unwrap_or_else(|| EventCode("010".into()));
    let status = if members.iter().any(|m| m.mention.status == Status::Reported) {
        Status::Reported
    } else {
        most_common(members.iter().map(|m| m.mention.status)).unwrap_or(Status::Reported)
    };
    // orientation: the source country most mentions give
    let src_country = most_common(
        members
            .iter()
            .map(|m| m.mention.source.code.country().to_string()),
    )
    .unwrap_or_default();
    let oriented: Vec<(&Actor, &Actor)> = members
        .iter()
        .map(|m| {
            if m.mention.source.code.country() == src_country {
                (&m.mention.source, &m.mention.target)
            } else {
                (&m.mention.target, &m.mention.source)
            }
        })
        .collect();
    let sources: Vec<&Actor> = oriented.iter().map(|o| o.0).collect();
    let targets: Vec<&Actor> = oriented.iter().map(|o| o.1).collect();
    let source = representative(&sources);
    let target = representative(&targets);
    let (date, end_date, date_precision) = event_date(&members);
    let location = event_location(&members);
    let num_articles = {
        let mut v: Vec<&str> = members
            .iter()
            .map(|m| m.mention.article_id.as_str())
            .collect();
        v.sort_unstable();
        v.dedup();
        v.len()
    };
    let num_outlets = {
        let mut v: Vec<String> = members.iter().map(outlet_key).collect();
        v.sort_unstable();
        v.dedup();
        v.len()
    };
    let copied_outlets = copied_outlets(&members);
    let event_id = match first {
        Some(f) => format!(
            "ev-{}",
            stable_id(&[
                cameo.base(),
                &f.article_id,
                &f.start.to_string(),
                f.cameo.as_str(),
                f.source.code.as_str(),
                f.target.code.as_str()
            ])
        ),
        None => "ev-empty".into(),
    };
    Event {
        event_id,
        cameo,
        status,
        source,
        target,
        date,
        end_date,
        date_precision,
        location,
        num_articles,
        num_independent_outlets: num_outlets - copied_outlets.len(),
        num_outlets,
        copied_outlets,
        mentions: members,
    }
}

/// The actor most mentions give for one side: the most common code, and among those the most
/// common resolved entity.
fn representative(side: &[&Actor]) -> Actor {
    let code = most_common(side.iter().map(|a| a.code.clone()));
    let entity = most_common(
        side.iter()
            .filter(|a| Some(&a.code) == code.as_ref())
            .filter_map(|a| a.entity.clone()),
    );
    side.iter()
        .find(|a| Some(&a.code) == code.as_ref() && a.entity == entity)
        .or_else(|| side.iter().find(|a| Some(&a.code) == code.as_ref()))
        .or(side.first())
        .map(|a| (*a).clone())
        .unwrap_or_else(|| Actor {
            code: annals_model::ActorCode(String::new()),
            name: String::new(),
            entity: None,
            role: None,
        })
}

fn event_date(members: &[MentionRef]) -> (Option<Date>, Option<Date>, Option<DatePrecision>) {
    for p in [
        DatePrecision::Day,
        DatePrecision::Month,
        DatePrecision::Year,
        DatePrecision::Article,
    ] {
        let dated: Vec<&MentionRef> = members
            .iter()
            .filter(|m| m.mention.date_precision == Some(p))
            .collect();
        if dated.is_empty() {
            continue;
        }
        let start = dated.iter().filter_map(|m| m.mention.date).min();
        let end = dated
            .iter()
            .filter_map(|m| m.mention.end_date.or(m.mention.date))
            .max();
        return (
            start,
            end.filter(|e| Some(*e) != start && p == DatePrecision::Day),
            Some(p),
        );
    }
    (None, None, None)
}

fn event_location(members: &[MentionRef]) -> Option<Location> {
    let mut counts: HashMap<(u8, String), (usize, &Location)> = HashMap::new();
    for m in members {
        if let Some(l) = &m.mention.location {
            let specific = u8::from(l.feature == "country");
            let e = counts.entry((specific, l.name.clone())).or_insert((0, l));
            e.0 += 1;
        }
    }
    counts
        .into_iter()
        .min_by(|a, b| {
            a.0 .0
                .cmp(&b.0 .0)
                .then(b.1 .0.cmp(&a.1 .0))
                .then(a.0 .1.cmp(&b.0 .1))
        })
        .map(|(_, (_, l))| l.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_model::{ActorCode, Explanation, Mention};

    fn actor(code: &str) -> Actor {
        Actor {
            code: ActorCode(code.into()),
            name: code.into(),
            entity: None,
            role: None,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn mention(
        article: &str,
        outlet: Option<&str>,
        code: &str,
        s: &str,
        t: &str,
        date: Option<&str>,
        p: Option<DatePrecision>,
        status: Status,
    ) -> MentionRef {
        MentionRef {
            mention: Mention {
                article_id: article.into(),
                sentence_index: 0,
                start: 0,
                end: 10,
                sentence: "x".into(),
                cameo: EventCode(code.into()),
                source: actor(s),
                target: actor(t),
                status,
                date: date.map(|d| d.parse().unwrap()),
                end_date: None,
                date_precision: p,
                location: None,
                explanation: Explanation {
                    rule: String::new(),
                    verb: String::new(),
                    roles: String::new(),
                    modality: None,
                    paired: false,
                },
                background: false,
            },
            path: None,
            url: None,
            outlet: outlet.map(str::to_string),
            published: None,
        }
    }

    /// A mention with no date of its own, in an article published on `published`.
    fn undated_mention(
        article: &str,
        published: &str,
        code: &str,
        s: &str,
        t: &str,
        status: Status,
    ) -> MentionRef {
        MentionRef {
            published: published.parse().ok(),
            ..mention(article, Some(article), code, s, t, None, None, status)
        }
    }

    #[test]
    fn sides_of_no_known_country_merge_only_by_place_or_within_an_article() {
        use DatePrecision::Day;
        let r = Status::Reported;
        let day = Some("2025-03-04");
        let arrest =
            |article: &str| mention(article, None, "173", "---COP", "---CVL", day, Some(Day), r);
        // two articles' "police arrested protesters", no place: two events
        assert_eq!(merge(vec![arrest("a"), arrest("b")]).len(), 2);
        // the same article twice: one event
        assert_eq!(merge(vec![arrest("a"), arrest("a")]).len(), 1);
        // the same town in both: one event
        let in_town = |article: &str| {
            let mut m = arrest(article);
            m.mention.location = Some(Location {
                name: "Lyon".into(),
                country: "FRA".into(),
                adm1: None,
                adm1_name: None,
                lat: 45.76,
                lon: 4.84,
                feature: "city".into(),
            });
            m
        };
        assert_eq!(merge(vec![in_town("a"), in_town("b")]).len(), 1);
    }

    #[test]
    fn the_sides_of_a_conflict_inside_one_country_are_kept_apart() {
        use DatePrecision::Day;
        let r = Status::Reported;
        let day = Some("2025-03-04");
        let attack = |article: &str, s: &str, t: &str| {
            mention(article, None, "190", s, t, day, Some(Day), r)
        };
        // rebels attacking the army and the army striking back: two events
        let events = merge(vec![
            attack("a", "BFAREB", "BFAMIL"),
            attack("a", "BFAMIL", "BFAREB"),
            attack("b", "BFAREB", "BFA"),
        ]);
        assert_eq!(events.len(), 2);
        let rebels = events
            .iter()
            .find(|e| e.source.code.as_str() == "BFAREB")
            .expect("the rebels' attack");
        assert_eq!(
            rebels.mentions.len(),
            2,
            "the army and the country are one side"
        );
        // a paramilitary against the army, civilians attacked by the police: non-state sides
        assert!(!state_side(&actor("SDNMILPRM")));
        assert!(!state_side(&actor("NGACVL")));
        assert!(state_side(&actor("NGACOP")) && state_side(&actor("NGAGOVLEG")));
        // two countries: the roles do not part them
        assert_eq!(
            group_key(&attack("a", "RUSMIL", "UKR").mention),
            group_key(&attack("b", "RUSREB", "UKRMIL").mention)
        );
    }

    #[test]
    fn a_reciprocal_acts_twin_is_not_a_second_mention_of_its_event() {
        use DatePrecision::Day;
        let r = Status::Reported;
        let day = Some("2025-03-04");
        let signed = |article: &str, s: &str, t: &str, paired: bool| {
            let mut m = mention(article, None, "057", s, t, day, Some(Day), r);
            m.mention.explanation.paired = paired;
            m
        };
        // "Norway and Chile signed …" in one article; "Chile and Norway signed …" in another
        let events = merge(vec![
            signed("a", "NOR", "CHL", false),
            signed("a", "CHL", "NOR", true),
            signed("b", "CHL", "NOR", false),
            signed("b", "NOR", "CHL", true),
            signed("c", "NOR", "CHL", false),
            signed("c", "CHL", "NOR", true),
        ]);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].mentions.len(), 3);
        assert!(events[0]
            .mentions
            .iter()
            .all(|m| !m.mention.explanation.paired));
        // the orientation most sentences give
        assert_eq!(events[0].source.code.country(), "NOR");
        // a twin whose own reading is elsewhere stays: a visit's hosting is no reciprocal act
        let visit = mention("a", None, "042", "NOR", "CHL", day, Some(Day), r);
        let mut hosting = mention("a", None, "043", "CHL", "NOR", day, Some(Day), r);
        hosting.mention.explanation.paired = true;
        let events = merge(vec![visit, hosting]);
        assert_eq!(events.len(), 2);
    }

    #[test]
    fn an_act_ranks_above_words_that_as_many_outlets_report() {
        use DatePrecision::Day;
        let r = Status::Reported;
        let day = Some("2025-03-04");
        let mut ms = Vec::new();
        for (article, outlet) in [("a", "Ledger"), ("b", "Courier")] {
            // a promise to invest (0311, Goldstein 5.2) and a visit (042, 1.9)
            ms.push(mention(
                article,
                Some(outlet),
                "0311",
                "NORBUS",
                "CHL",
                day,
                Some(Day),
                r,
            ));
            ms.push(mention(
                article,
                Some(outlet),
                "042",
                "NORGOV",
                "CHL",
                day,
                Some(Day),
                r,
            ));
        }
        let events = merge(ms);
        let codes: Vec<&str> = events.iter().map(|e| e.cameo.as_str()).collect();
        assert_eq!(codes, ["042", "0311"]);
    }

    #[test]
    fn a_visit_links_what_happened_between_the_two_while_it_lasted() {
        let d = Some(DatePrecision::Day);
        let r = Status::Reported;
        let events = merge(vec![
            mention(
                "a1",
                Some("A"),
                "042",
                "BRAGOV",
                "JPN",
                Some("2025-03-04"),
                d,
                r,
            ),
            mention(
                "a1",
                Some("A"),
                "043",
                "JPNGOV",
                "BRAGOV",
                Some("2025-03-04"),
                d,
                r,
            ),
            mention(
                "a2",
                Some("B"),
                "057",
                "JPNGOV",
                "BRAGOV",
                Some("2025-03-05"),
                d,
                r,
            ),
            // after the visit, and another pair: not in the episode
            mention(
                "a3",
                Some("C"),
                "040",
                "JPNGOV",
                "BRAGOV",
                Some("2025-04-20"),
                d,
                r,
            ),
            mention(
                "a3",
                Some("C"),
                "040",
                "JPNGOV",
                "KORGOV",
                Some("2025-03-04"),
                d,
                r,
            ),
        ]);
        let eps = episodes(&events);
        assert_eq!(eps.len(), 1);
        let codes: Vec<&str> = eps[0]
            .events
            .iter()
            .filter_map(|id| events.iter().find(|e| &e.event_id == id))
            .map(|e| e.cameo.as_str())
            .collect();
        assert_eq!(codes, ["042", "043", "057"]);
        assert_eq!(eps[0].countries, ("BRA".to_string(), "JPN".to_string()));
    }

    #[test]
    fn day_numbers_count_calendar_days() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(annals_model::day_number(d("1970-01-01")), 0);
        assert_eq!(days_between(d("2024-02-28"), d("2024-03-01")), 2);
        assert_eq!(days_between(d("2023-12-31"), d("2023-12-30")), -1);
        for (a, b) in [("1999-12-31", "2000-03-01"), ("2024-05-16", "2031-01-17")] {
            let span = d(a).until(d(b)).unwrap().get_days();
            assert_eq!(days_between(d(a), d(b)), i64::from(span));
        }
    }

    #[test]
    fn figures_more_than_one_percent_apart_are_a_conflict() {
        let claim = |article: &str, value: f64| ClaimRef {
            claim: annals_model::Claim {
                article_id: article.into(),
                sentence_index: 0,
                start: 0,
                end: 1,
                sentence: String::new(),
                measure: "trade".into(),
                text: String::new(),
                value,
                unit: "USD".into(),
                approximate: false,
                change: false,
                status: Status::Reported,
                attributed_to: None,
                countries: vec!["BRA".into(), "JPN".into()],
            },
            path: None,
            url: None,
            outlet: None,
            published: None,
        };
        let agree = claim_groups(vec![claim("a", 31.0e9), claim("b", 31.1e9)]);
        assert_eq!(agree.len(), 1);
        assert!(!agree[0].conflict);
        let differ = claim_groups(vec![claim("a", 31.0e9), claim("b", 29.5e9)]);
        assert!(differ[0].conflict);
        assert_eq!(differ[0].values(), vec![29.5e9, 31.0e9]);
        // one article giving two figures is no disagreement between outlets
        let one = claim_groups(vec![claim("a", 31.0e9), claim("a", 29.5e9)]);
        assert!(!one[0].conflict);
    }

    #[test]
    fn a_denial_is_never_merged_with_reports_of_the_event() {
        let d = Some(DatePrecision::Day);
        let events = merge(vec![
            mention(
                "a1",
                Some("A"),
                "190",
                "RUS",
                "UKR",
                Some("2024-05-10"),
                d,
                Status::Reported,
            ),
            mention(
                "a2",
                Some("B"),
                "190",
                "RUS",
                "UKR",
                None,
                None,
                Status::Negated,
            ),
        ]);
        assert_eq!(events.len(), 2);
        assert!(events.iter().all(|e| e.mentions.len() == 1));
    }

    #[test]
    fn an_undated_mention_joins_only_an_event_of_its_articles_season() {
        let d = Some(DatePrecision::Day);
        let undated = |article, published| {
            undated_mention(
                article,
                published,
                "138",
                "ISR",
                "LBN",
                Status::Hypothetical,
            )
        };
        let events = merge(vec![
            mention(
                "a1",
                Some("A"),
                "138",
                "ISR",
                "LBN",
                Some("2026-03-10"),
                d,
                Status::Reported,
            ),
            // a threat told two years before: its own event
            undated("a2", "2024-01-05"),
            // one told a week before: the same
            undated("a3", "2026-03-03"),
        ]);
        assert_eq!(events.len(), 2, "{events:#?}");
        let sizes: Vec<usize> = events.iter().map(|e| e.mentions.len()).collect();
        assert!(sizes.contains(&2) && sizes.contains(&1), "{sizes:?}");
        let alone = events.iter().find(|e| e.mentions.len() == 1).unwrap();
        assert_eq!(alone.mentions[0].mention.article_id, "a2");
    }

    #[test]
    fn undated_mentions_of_papers_a_month_apart_or_less_are_one_event() {
        let undated = |article, published| {
            undated_mention(article, published, "036", "INDGOV", "AUS", Status::Reported)
        };
        let events = merge(vec![
            undated("a1", "2024-05-01"),
            undated("a2", "2024-05-20"),
            undated("a3", "2025-02-01"),
        ]);
        let mut sizes: Vec<usize> = events.iter().map(|e| e.mentions.len()).collect();
        sizes.sort_unstable();
        assert_eq!(sizes, [1, 2], "{events:#?}");
    }

    #[test]
    fn a_copied_text_is_no_independent_source() {
        let d = Some(DatePrecision::Day);
        let long = "The two presidents signed a joint statement on deepening their partnership in Beijing.";
        let mut a = mention(
            "a1",
            Some("Wire"),
            "057",
            "RUS",
            "CHN",
            Some("2024-05-16"),
            d,
            Status::Reported,
        );
        let mut b = mention(
            "a2",
            Some("Reprint"),
            "057",
            "RUS",
            "CHN",
            Some("2024-05-16"),
            d,
            Status::Reported,
        );
        let mut c = mention(
            "a3",
            Some("Own"),
            "057",
            "RUS",
            "CHN",
            Some("2024-05-16"),
            d,
            Status::Reported,
        );
        a.mention.sentence = long.into();
        b.mention.sentence = long.into();
        c.mention.sentence = "Moscow and Beijing put their names to a long statement on Thursday evening, officials said.".into();
        a.published = "2024-05-16".parse().ok();
        b.published = "2024-05-17".parse().ok();
        c.published = "2024-05-17".parse().ok();
        let events = merge(vec![b, c, a]);
        assert_eq!(events.len(), 1);
        let e = &events[0];
        assert_eq!(e.num_outlets, 3);
        assert_eq!(e.num_independent_outlets, 2);
        assert_eq!(e.copied_outlets, vec!["reprint".to_string()]);
        assert_eq!(outlets_where(e, |_| true), 2);
    }

    #[test]
    fn merges_across_articles_and_keeps_separate_events_apart() {
        use DatePrecision::*;
        let r = Status::Reported;
        let ms = vec![
            mention(
                "a",
                Some("Ledger"),
                "042",
                "NORGOV",
                "CHL",
                Some("2025-03-04"),
                Some(Day),
                r,
            ),
            mention(
                "b",
                Some("Courier"),
                "042",
                "NORGOV",
                "CHLGOV",
                Some("2025-03-05"),
                Some(Day),
                r,
            ),
            mention(
                "c",
                None,
                "042",
                "NORGOV",
                "CHL",
                Some("2025-03-01"),
                Some(Month),
                r,
            ),
            mention("d", None, "042", "NORGOV", "CHL", None, None, r),
            mention(
                "e",
                Some("Ledger"),
                "042",
                "NORGOV",
                "CHL",
                Some("2024-07-01"),
                Some(Day),
                r,
            ),
            mention(
                "a",
                Some("Ledger"),
                "057",
                "NORGOV",
                "CHLGOV",
                Some("2025-03-04"),
                Some(Day),
                r,
            ),
            mention(
                "b",
                Some("Courier"),
                "057",
                "CHLGOV",
                "NORGOV",
                Some("2025-03-04"),
                Some(Day),
                r,
            ),
            mention(
                "f",
                Some("Courier"),
                "042",
                "CHLGOV",
                "NOR",
                Some("2025-03-04"),
                Some(Day),
                Status::Planned,
            ),
        ];
        let mut rev = ms.clone();
        rev.reverse();
        let events = merge(ms);
        assert_eq!(events, merge(rev), "order independent");
        let summary: Vec<(String, String, usize, usize)> = events
            .iter()
            .map(|e| {
                (
                    e.cameo.0.clone(),
                    e.date.map(|d| d.to_string()).unwrap_or_default(),
                    e.num_articles,
                    e.num_outlets,
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                // the visit: day mentions, the month mention and the undated one
                ("042".into(), "2025-03-04".into(), 4, 4),
                ("057".into(), "2025-03-04".into(), 2, 2),
                ("042".into(), "2024-07-01".into(), 1, 1),
                ("042".into(), "2025-03-04".into(), 1, 1),
            ]
        );
        assert_eq!(
            events[0].end_date.map(|d| d.to_string()).as_deref(),
            Some("2025-03-05")
        );
        assert_eq!(events[0].source.code.0, "NORGOV");
        assert_eq!(events[0].target.code.0, "CHL");
        assert_eq!(events[3].status, Status::Planned);
    }

    #[test]
    fn an_event_runs_over_new_year_and_year_dated_mentions_stand_apart() {
        use DatePrecision::*;
        let r = Status::Reported;
        let at = |id: &str, d: &str, p| {
            mention(id, Some(id), "042", "NORGOV", "CHL", Some(d), Some(p), r)
        };
        let events = merge(vec![
            at("a", "2024-12-31", Day),
            at("b", "2025-01-01", Day),
            at("c", "2025-01-01", Year),
        ]);
        let sizes: Vec<usize> = events.iter().map(|e| e.num_articles).collect();
        assert_eq!(sizes, vec![2, 1]);
    }
}

/// The clustering rules as a plain scan of every cluster: the oracle the indexed lookups of
/// `cluster_by_date` are checked against.
#[cfg(test)]
mod oracle {
    use super::*;

    use std::collections::HashSet;

    pub fn cluster_by_scan<T: Dated>(mut ms: Vec<T>) -> Vec<Vec<T>> {
        ms.sort_by(|a, b| order_key(a).cmp(&order_key(b)));
        let mut clusters: Vec<Cluster<T>> = Vec::new();
        let mut years: Vec<Cluster<T>> = Vec::new();
        let mut loose: Vec<T> = Vec::new();
        for m in ms {
            let (Some(start), Some(p)) = (m.date(), m.precision()) else {
                loose.push(m);
                continue;
            };
            let end = m.end_date().unwrap_or(start);
            match p {
                DatePrecision::Day => {
                    let hit = clusters.iter_mut().find(|c| {
                        days_between(c.end, start) <= 1
                            && days_between(start, c.start) <= 1
                            && days_between(c.start.min(start), c.end.max(end)) <= 7
                    });
                    match hit {
                        Some(c) => {
                            c.start = c.start.min(start);
                            c.end = c.end.max(end);
                            c.push(m);
                        }
                        None => clusters.push(Cluster::new(start, end, m)),
                    }
                }
                DatePrecision::Year => {
                    match years.iter_mut().find(|c| c.start.year() == start.year()) {
                        Some(c) => c.push(m),
                        None => years.push(Cluster::new(start, start, m)),
                    }
                }
                DatePrecision::Month => {
                    let same = |c: &Cluster<T>| {
                        c.start.year() == start.year() && c.start.month() == start.month()
                    };
                    let best = clusters
                        .iter_mut()
                        .filter(|c| same(c))
                        .max_by_key(|c| (c.articles(), std::cmp::Reverse(c.start)));
                    match best {
                        Some(c) => c.push(m),
                        None => clusters.push(Cluster::new(start, start, m)),
                    }
                }
                DatePrecision::Article => loose.push(m),
            }
        }
        for m in loose {
            let near = |c: &Cluster<T>| match (m.date(), m.precision()) {
                (Some(d), Some(DatePrecision::Article)) => {
                    days_between(c.start, d) >= -1 && days_between(c.end, d) <= 7
                }
                _ => true,
            };
            let best = clusters
                .iter_mut()
                .filter(|c| near(c))
                .max_by_key(|c| (c.articles(), std::cmp::Reverse(c.start)));
            match best {
                Some(c) => c.push(m),
                None => {
                    let d = m.date().unwrap_or(Date::constant(1, 1, 1));
                    clusters.push(Cluster::new(d, d, m))
                }
            }
        }
        clusters.extend(years);
        clusters.into_iter().map(|c| c.members).collect()
    }

    /// A made-up mention for the property test.
    #[derive(Debug, Clone)]
    pub struct Fake {
        pub id: usize,
        pub date: Option<Date>,
        pub end: Option<Date>,
        pub precision: Option<DatePrecision>,
        pub article: String,
    }

    impl Dated for Fake {
        fn date(&self) -> Option<Date> {
            self.date
        }
        fn end_date(&self) -> Option<Date> {
            self.end
        }
        fn precision(&self) -> Option<DatePrecision> {
            self.precision
        }
        fn article_id(&self) -> &str {
            &self.article
        }
        fn offset(&self) -> usize {
            self.id
        }
        fn cameo(&self) -> &str {
            "042"
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn indexed_lookups_cluster_as_a_scan_of_every_cluster(
            specs in proptest::collection::vec(
                (0..6u8, 0..120i64, 0..12i64, 0..6usize, proptest::bool::ANY), 1..120)
        ) {
            let base = Date::constant(2024, 1, 1);
            let at = |d: i64| base.checked_add(jiff::Span::new().days(d)).ok();
            let fakes: Vec<Fake> = specs
                .iter()
                .enumerate()
                .map(|(id, &(kind, day, len, article, long))| {
                    let precision = match kind {
                        0 | 1 => Some(DatePrecision::Day),
                        2 => Some(DatePrecision::Month),
                        3 => Some(DatePrecision::Year),
                        4 => Some(DatePrecision::Article),
                        _ => None,
                    };
                    let date = if kind == 5 && long { None } else { at(day) };
                    // day ranges of a few days, and some long ones
                    let end = match (kind, long) {
                        (1, false) => at(day + len % 4),
                        (1, true) => at(day + len * 9),
                        _ => None,
                    };
                    Fake { id, date, end, precision, article: format!("a{article}") }
                })
                .collect();
            let ids = |cs: Vec<Vec<Fake>>| -> Vec<Vec<usize>> {
                cs.into_iter().map(|c| c.into_iter().map(|f| f.id).collect()).collect()
            };
            proptest::prop_assert_eq!(ids(clusters(fakes.clone())), ids(cluster_by_scan(fakes)));
        }

        /// An incremental re-merge, as a store runs it: the stored events, some mentions
        /// added and some removed, only the mentions from the restart on (and the whole
        /// events they are in) re-clustered, up to the end of the changed segment. The events
        /// come out as a merge of everything from scratch makes them.
        #[test]
        fn reclustering_from_a_restart_equals_clustering_everything(
            specs in proptest::collection::vec(
                (0..4u8, 0..300i64, 0..40i64, 0..5usize, 0..8u8), 1..200),
            changed_from in 0..300i64,
            changed_days in 1..40i64,
        ) {
            let base = Date::constant(2024, 1, 1);
            let at = |d: i64| base.checked_add(jiff::Span::new().days(d)).ok();
            // (fake, 0 kept / 1 added / 2 removed)
            let fakes: Vec<(Fake, u8)> = specs
                .iter()
                .enumerate()
                .map(|(id, &(kind, day, len, article, change))| {
                    let precision = match kind {
                        0 | 1 => DatePrecision::Day,
                        2 => DatePrecision::Month,
                        _ => DatePrecision::Article,
                    };
                    // mostly single days, some ranges of a few days, a few long ones
                    let end = match (kind, len) {
                        (1, 0..=29) => at(day + len % 4),
                        (1, _) => at(day + len),
                        _ => None,
                    };
                    let fake = Fake {
                        id,
                        date: at(day),
                        end,
                        precision: Some(precision),
                        article: format!("a{article}"),
                    };
                    // the changes fall on a few days of a long history
                    let change = if (changed_from..changed_from + changed_days).contains(&day) {
                        [0, 0, 0, 0, 0, 1, 1, 2][change as usize]
                    } else {
                        0
                    };
                    (fake, change)
                })
                .collect();
            let span = |f: &Fake| match dated_span(f) {
                Span::Days(a, b) => (a, b),
                _ => unreachable!("only day spans are made"),
            };
            let of = |keep: &dyn Fn(u8) -> bool| -> Vec<Fake> {
                fakes.iter().filter(|(_, c)| keep(*c)).map(|(f, _)| f.clone()).collect()
            };
            let before = clusters(of(&|c| c != 1));
            let after = clusters(of(&|c| c != 2));
            let changed: Vec<(i64, i64)> =
                fakes.iter().filter(|(_, c)| *c != 0).map(|(f, _)| span(f)).collect();
            let Some(first) = changed.iter().map(|s| s.0).min() else {
                return Ok(());
            };
            let last = changed.iter().map(|s| s.1).max().unwrap_or(first);
            // the end of the segment: spans chained no more than the gap apart
            let now = of(&|c| c != 2);
            let mut end = last;
            loop {
                let reach = now
                    .iter()
                    .map(span)
                    .filter(|&(a, _)| a >= first - MAX_LOCAL_SPAN_DAYS && a <= end + SEGMENT_GAP_DAYS)
                    .map(|(_, b)| b)
                    .fold(end, i64::max);
                if reach == end {
                    break;
                }
                end = reach;
            }
            let ids = |cs: Vec<Vec<Fake>>| -> Vec<Vec<usize>> {
                cs.into_iter().map(|c| c.into_iter().map(|f| f.id).collect()).collect()
            };
            let label: HashMap<usize, usize> = before
                .iter()
                .enumerate()
                .flat_map(|(e, c)| c.iter().map(move |f| (f.id, e)))
                .collect();
            let mut restart = Restart::around(first, last, end);
            let mut rounds = 0;
            let (touched, got) = loop {
                rounds += 1;
                let to = restart.read_to().unwrap_or(i64::MAX);
                let in_window = |f: &Fake| {
                    let (a, b) = span(f);
                    b >= restart.read_from && a <= to
                };
                // the stored events whose days overlap the window, removed mentions' too
                let touched: HashSet<usize> = of(&|c| c != 1)
                    .iter()
                    .filter(|f| in_window(f))
                    .filter_map(|f| label.get(&f.id).copied())
                    .collect();
                let read: Vec<Fake> = now
                    .iter()
                    .filter(|f| {
                        in_window(f) || label.get(&f.id).is_some_and(|e| touched.contains(e))
                    })
                    .cloned()
                    .collect();
                // the touched events as a store reads them: their mentions' row ids
                let events: Vec<Vec<i64>> = touched
                    .iter()
                    .map(|&e| before[e].iter().map(|f| f.id as i64).collect())
                    .collect();
                match recluster_round(read, |f| f.id as i64, &events, &restart, end) {
                    Ok(clusters) => break (touched, ids(clusters)),
                    Err(wider) => restart = wider,
                }
                proptest::prop_assert!(rounds < 50, "widening ends");
            };
            let mut got = got;
            got.extend(
                before
                    .iter()
                    .enumerate()
                    .filter(|(e, _)| !touched.contains(e))
                    .map(|(_, c)| c.iter().map(|f| f.id).collect()),
            );
            let sorted = |mut cs: Vec<Vec<usize>>| {
                for c in &mut cs {
                    c.sort_unstable();
                }
                cs.retain(|c| !c.is_empty());
                cs.sort();
                cs
            };
            proptest::prop_assert_eq!(sorted(got), sorted(ids(after)));
        }
    }
}
