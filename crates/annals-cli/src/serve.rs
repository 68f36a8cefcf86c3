//! `annals serve`: an HTTP JSON API and a web event browser over a store.
//!
//! The engine crates know nothing of HTTP; this module wires them to axum. Store work runs on
//! tokio's blocking threads with connections from a small pool (SQLite in WAL mode: many
//! readers, one writer). Errors are JSON `{message, code}`; page sizes and request bodies are
//! bounded; the server binds to 127.0.0.1 unless told otherwise; the ingest endpoint needs the
//! token given at start-up.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use anyhow::{Context as _, Result};
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use annals_code::Coder;
use annals_model::{CameoTable, Date, Event};
use annals_store::{Coded, EventFilter, Store};

use crate::output::event_json;

/// The largest page of events a request may ask for.
pub const MAX_PAGE: usize = 500;

/// How `annals serve` was started.
pub struct Config {
    pub db: PathBuf,
    pub bind: SocketAddr,
    /// The bearer token the ingest endpoint requires; `None` disables ingest.
    pub token: Option<String>,
    pub max_body: usize,
}

struct App {
    db: PathBuf,
    readers: Mutex<Vec<Box<dyn Store>>>,
    writer: Mutex<Option<Box<dyn Store>>>,
    coder: Coder,
    table: CameoTable,
    token: Option<String>,
}

/// A failed request: HTTP status, a stable machine-readable code and a message for people.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
        }
    }
    fn bad(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }
    fn internal(e: impl std::fmt::Display) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Json(json!({"message": self.message, "code": self.code}));
        (self.status, body).into_response()
    }
}

type ApiResult = Result<Json<Value>, ApiError>;

/// Runs the server until the process is stopped. Prints the address it listens on.
pub fn run(cfg: Config) -> Result<()> {
    run_with(cfg, |addr| {
        eprintln!("annals: serving http://{addr}/ (API under /api, description /api/openapi.json)");
    })
}

/// Runs the server, calling `bound` with the address once it listens (port 0 picks one).
pub fn run_with(cfg: Config, bound: impl FnOnce(SocketAddr)) -> Result<()> {
    let store = crate::db::open(&cfg.db)?;
    let app = Arc::new(App {
        db: cfg.db.clone(),
        readers: Mutex::new(vec![store]),
        writer: Mutex::new(None),
        coder: Coder::builtin(),
        table: CameoTable::builtin(),
        token: cfg.token,
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(cfg.bind)
            .await
            .with_context(|| format!("binding {}", cfg.bind))?;
        let addr = listener.local_addr().context("reading the bound address")?;
        bound(addr);
        axum::serve(listener, router(app, cfg.max_body))
            .await
            .context("serving")
    })
}

fn router(app: Arc<App>, max_body: usize) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/api/openapi.json", get(openapi))
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/actors", get(actors))
        .route("/api/dyads/{a}/{b}/series", get(series))
        .route("/api/search", get(search))
        .route("/api/ingest", post(ingest))
        .fallback(|| async {
            ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such endpoint")
        })
        .layer(DefaultBodyLimit::max(max_body))
        .with_state(app)
}

/// Runs `f` on a blocking thread with a pooled read connection.
async fn read<T: Send + 'static>(
    app: &Arc<App>,
    f: impl FnOnce(&dyn Store, &App) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let app = Arc::clone(app);
    tokio::task::spawn_blocking(move || {
        let pooled = app.readers.lock().ok().and_then(|mut p| p.pop());
        let store = match pooled {
            Some(s) => s,
            None => crate::db::open(&app.db).map_err(ApiError::internal)?,
        };
        let out = f(store.as_ref(), &app);
        if let Ok(mut p) = app.readers.lock() {
            p.push(store);
        }
        out
    })
    .await
    .map_err(ApiError::internal)?
}

async fn index() -> Html<&'static str> {
    Html(include_str!("../web/index.html"))
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        include_str!("../web/openapi.json"),
    )
        .into_response()
}

#[derive(Deserialize, Default)]
struct EventQuery {
    actor: Option<String>,
    dyad: Option<String>,
    code: Option<String>,
    since: Option<String>,
    until: Option<String>,
    status: Option<String>,
    min_sources: Option<usize>,
    limit: Option<usize>,
    offset: Option<usize>,
    /// Whole events with every mention, instead of their summaries.
    full: Option<bool>,
}

fn date_param(name: &str, v: &Option<String>) -> Result<Option<Date>, ApiError> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => s
            .parse()
            .map(Some)
            .map_err(|_| ApiError::bad(format!("{name}: {s:?} is not a date (YYYY-MM-DD)"))),
    }
}

fn filter_of(q: &EventQuery) -> Result<EventFilter, ApiError> {
    let limit = q.limit.unwrap_or(50);
    if limit == 0 || limit > MAX_PAGE {
        return Err(ApiError::bad(format!(
            "limit: {limit} is outside 1..={MAX_PAGE}"
        )));
    }
    let dyad = match q.dyad.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(d) => match d.split_once(',') {
            Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                Some((a.trim().to_string(), b.trim().to_string()))
            }
            _ => return Err(ApiError::bad(format!("dyad: {d:?} is not two codes, A,B"))),
        },
    };
    let nonempty = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let statuses: Vec<String> = nonempty(&q.status)
        .map(|s| s.split(',').map(|x| x.trim().to_string()).collect())
        .unwrap_or_default();
    if let Some(s) = statuses
        .iter()
        .find(|s| annals_model::Status::parse(s).is_none())
    {
        return Err(ApiError::bad(format!(
            "status: {s:?} is not reported, planned, expected, hypothetical, negated, alleged or denied"
        )));
    }
    Ok(EventFilter {
        actor: nonempty(&q.actor),
        dyad,
        code: nonempty(&q.code),
        since: date_param("since", &q.since)?,
        begins_since: None,
        until: date_param("until", &q.until)?,
        min_sources: q.min_sources,
        statuses,
        limit: Some(limit),
        offset: q.offset,
    })
}

async fn events(
    State(app): State<Arc<App>>,
    Query(q): Query<EventQuery>,
) -> Result<Response, ApiError> {
    let f = filter_of(&q)?;
    let (limit, offset) = (f.limit.unwrap_or(50), f.offset.unwrap_or(0));
    let full = q.full.unwrap_or(false);
    // the page is written out in the blocking task too, straight from the rows
    let body = read(&app, move |s, app| {
        let text = if full {
            let events = s.events(&f).map_err(ApiError::internal)?;
            let list: Vec<Value> = events.iter().map(|e| event_json(e, &app.table)).collect();
            PageJson::write(list, limit, offset)
        } else {
            // summaries from the indexed columns: no evidence is read
            let rows = s.event_rows(&f).map_err(ApiError::internal)?;
            let list: Vec<RowJson> = rows.iter().map(|r| row_json(r, &app.table)).collect();
            PageJson::write(list, limit, offset)
        };
        text.map_err(ApiError::internal)
    })
    .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

async fn event(State(app): State<Arc<App>>, Path(id): Path<String>) -> ApiResult {
    read(&app, move |s, app| {
        let e = s.event(&id).map_err(ApiError::internal)?.ok_or_else(|| {
            ApiError::new(StatusCode::NOT_FOUND, "not_found", format!("no event {id}"))
        })?;
        // the events linked with it: the episode (visit, hosting, meetings, agreements) it is in
        let (a, b) = (e.source.code.country(), e.target.code.country());
        // an episode lies within its visit's days, and a visit lasts less than a month
        let month_before =
            |d: Option<Date>| d.and_then(|d| d.checked_add(jiff::Span::new().days(-31)).ok());
        // first the pair's visits that may hold it (begun in the month before it, up to its
        // last day); then only the days of those that do: a busy pair has hundreds of events
        // in the weeks around any one
        let dyad = Some((a.to_string(), b.to_string()));
        let visits = s
            .event_rows(&EventFilter {
                dyad: dyad.clone(),
                code: Some("042".into()),
                begins_since: month_before(e.date),
                until: e.end_date.or(e.date),
                statuses: vec!["reported".into()],
                ..Default::default()
            })
            .map_err(ApiError::internal)?;
        let day = |d: &Option<String>| d.as_deref().and_then(|d| d.parse::<Date>().ok());
        let spans: Vec<(Date, Date)> = visits
            .iter()
            .filter_map(|v| {
                let start = day(&v.date)?;
                let end = day(&v.end_date)
                    .unwrap_or(start)
                    .max(start.tomorrow().unwrap_or(start));
                e.date.filter(|d| start <= *d && *d <= end)?;
                Some((start, end))
            })
            .collect();
        let rows = match (
            spans.iter().map(|s| s.0).min(),
            spans.iter().map(|s| s.1).max(),
        ) {
            // read as rows: no evidence of the other events is parsed
            (Some(first), Some(last)) => s
                .event_rows(&EventFilter {
                    dyad,
                    begins_since: Some(first),
                    until: Some(last),
                    ..Default::default()
                })
                .map_err(ApiError::internal)?,
            _ => Vec::new(),
        };
        let thin: Vec<Event> = rows.iter().map(thin_event).collect();
        let linked: Vec<RowJson> = annals_merge::episodes(&thin)
            .into_iter()
            .filter(|ep| ep.events.contains(&e.event_id))
            .flat_map(|ep| ep.events)
            .filter(|id| *id != e.event_id)
            .filter_map(|id| rows.iter().find(|r| r.event_id == id))
            .map(|r| row_json(r, &app.table))
            .collect();
        Ok(Json(
            json!({"event": event_json(&e, &app.table), "linked": linked}),
        ))
    })
    .await
}

/// An event's summary, as the listing gives it (`full=true` gives whole events): written
/// straight from the row, keys in name order (as a JSON object map orders them).
#[derive(Serialize)]
struct RowJson<'a> {
    cameo: &'a str,
    date: &'a Option<String>,
    end_date: &'a Option<String>,
    event_id: &'a str,
    event_name: Option<&'a str>,
    goldstein: Option<f64>,
    location: Option<PlaceJson<'a>>,
    num_articles: usize,
    num_independent_outlets: usize,
    quad_class: u8,
    root: &'a str,
    source: CodeJson<'a>,
    status: &'a str,
    target: CodeJson<'a>,
}

#[derive(Serialize)]
struct CodeJson<'a> {
    code: &'a str,
}

#[derive(Serialize)]
struct PlaceJson<'a> {
    country: &'a str,
    lat: f64,
    lon: f64,
    name: &'a str,
}

fn row_json<'a>(r: &'a annals_store::EventRow, table: &'a CameoTable) -> RowJson<'a> {
    let info = table.get(&annals_model::EventCode(r.cameo.clone()));
    RowJson {
        cameo: &r.cameo,
        date: &r.date,
        end_date: &r.end_date,
        event_id: &r.event_id,
        event_name: info.map(|i| i.name.as_str()),
        goldstein: info.and_then(|i| i.goldstein),
        location: r.place.as_ref().map(|p| PlaceJson {
            country: &p.country,
            lat: p.lat,
            lon: p.lon,
            name: &p.name,
        }),
        num_articles: r.num_articles,
        num_independent_outlets: r.num_independent_outlets,
        quad_class: info.map_or_else(
            || annals_model::EventCode(r.cameo.clone()).quad_class(),
            |i| i.quad_class,
        ),
        root: r.cameo.get(..2).unwrap_or(&r.cameo),
        source: CodeJson { code: &r.source },
        status: &r.status,
        target: CodeJson { code: &r.target },
    }
}

/// A page of a listing.
#[derive(Serialize)]
struct PageJson<T> {
    events: Vec<T>,
    limit: usize,
    next_offset: Option<usize>,
    offset: usize,
}

impl<T: Serialize> PageJson<T> {
    /// The page as JSON; a full page has a next one.
    fn write(events: Vec<T>, limit: usize, offset: usize) -> serde_json::Result<String> {
        let next_offset = (events.len() == limit).then_some(offset + limit);
        serde_json::to_string(&PageJson {
            events,
            limit,
            next_offset,
            offset,
        })
    }
}

/// An event with what a listing row holds and no evidence: enough to find episodes.
fn thin_event(r: &annals_store::EventRow) -> Event {
    let actor = |code: &str| annals_model::Actor {
        code: annals_model::ActorCode(code.to_string()),
        ..Default::default()
    };
    Event {
        event_id: r.event_id.clone(),
        cameo: annals_model::EventCode(r.cameo.clone()),
        status: annals_model::Status::parse(&r.status).unwrap_or(annals_model::Status::Reported),
        source: actor(&r.source),
        target: actor(&r.target),
        date: r.date.as_deref().and_then(|d| d.parse().ok()),
        end_date: r.end_date.as_deref().and_then(|d| d.parse().ok()),
        date_precision: r.precision,
        location: None,
        num_articles: r.num_articles,
        num_outlets: r.num_independent_outlets,
        num_independent_outlets: r.num_independent_outlets,
        copied_outlets: Vec::new(),
        mentions: Vec::new(),
    }
}

#[derive(Deserialize)]
struct ActorQuery {
    prefix: Option<String>,
    limit: Option<usize>,
}

async fn actors(State(app): State<Arc<App>>, Query(q): Query<ActorQuery>) -> ApiResult {
    let limit = q.limit.unwrap_or(100).clamp(1, MAX_PAGE);
    let prefix = q.prefix.unwrap_or_default();
    read(&app, move |s, _| {
        let rows = s.actors(&prefix, limit).map_err(ApiError::internal)?;
        let list: Vec<Value> = rows
            .into_iter()
            .map(|(code, n)| json!({"code": code, "events": n}))
            .collect();
        Ok(Json(json!({ "actors": list })))
    })
    .await
}

#[derive(Deserialize)]
struct SeriesQuery {
    interval: Option<String>,
}

/// The period a day falls in: the day, the Monday of its ISO week, or the month.
fn period(d: Date, interval: &str) -> String {
    match interval {
        "day" => d.to_string(),
        "week" => {
            let back = d.weekday().to_monday_zero_offset();
            let monday = (0..back).fold(d, |x, _| x.yesterday().unwrap_or(x));
            monday.to_string()
        }
        _ => format!("{:04}-{:02}", d.year(), d.month()),
    }
}

async fn series(
    State(app): State<Arc<App>>,
    Path((a, b)): Path<(String, String)>,
    Query(q): Query<SeriesQuery>,
) -> ApiResult {
    let interval = q.interval.unwrap_or_else(|| "month".into());
    if !matches!(interval.as_str(), "day" | "week" | "month") {
        return Err(ApiError::bad(format!(
            "interval: {interval:?} is not day, week or month"
        )));
    }
    read(&app, move |s, app| {
        let f = EventFilter {
            dyad: Some((a.clone(), b.clone())),
            statuses: vec!["reported".into()],
            ..Default::default()
        };
        let mut by: std::collections::BTreeMap<String, (usize, f64, usize, usize)> =
            Default::default();
        // index rows only: the series needs no evidence
        for r in s.event_rows(&f).map_err(ApiError::internal)? {
            let Some(d) = r.date.as_deref().and_then(|d| d.parse::<Date>().ok()) else {
                continue;
            };
            let code = annals_model::EventCode(r.cameo);
            let info = app.table.get(&code);
            let slot = by.entry(period(d, &interval)).or_default();
            slot.0 += 1;
            slot.1 += info.and_then(|i| i.goldstein).unwrap_or(0.0);
            match info.map_or_else(|| code.quad_class(), |i| i.quad_class) {
                1 | 2 => slot.2 += 1,
                _ => slot.3 += 1,
            }
        }
        let points: Vec<Value> = by
            .into_iter()
            .map(|(p, (n, g, coop, conflict))| {
                json!({"period": p, "events": n, "goldstein": g, "cooperation": coop, "conflict": conflict})
            })
            .collect();
        Ok(Json(json!({"dyad": [a, b], "interval": interval, "series": points})))
    })
    .await
}

#[derive(Deserialize)]
struct SearchQuery {
    q: Option<String>,
    limit: Option<usize>,
}

async fn search(State(app): State<Arc<App>>, Query(q): Query<SearchQuery>) -> ApiResult {
    let query = q.q.unwrap_or_default();
    if query.trim().is_empty() {
        return Err(ApiError::bad("q: a search query is required"));
    }
    let limit = q.limit.unwrap_or(50).clamp(1, MAX_PAGE);
    read(&app, move |s, _| {
        let hits = s.search(&query, limit).map_err(|e| {
            ApiError::bad(format!("q: {query:?} is not a full-text query ({e})"))
        })?;
        let list: Vec<Value> = hits
            .into_iter()
            .map(|h| {
                json!({"article_id": h.article_id, "sentence_index": h.index, "start": h.start, "end": h.end, "text": h.text})
            })
            .collect();
        Ok(Json(json!({ "hits": list })))
    })
    .await
}

/// Reads a request body of articles: a JSON array of article objects, or JSON lines. Every
/// article must read; the first bad one is the error and nothing is stored.
fn articles_of(body: &[u8]) -> Result<Vec<annals_model::Article>, ApiError> {
    let text = std::str::from_utf8(body).map_err(|_| ApiError::bad("body: not UTF-8"))?;
    let lines: String = if text.trim_start().starts_with('[') {
        let items: Vec<Value> = serde_json::from_str(text)
            .map_err(|e| ApiError::bad(format!("body: not a JSON array of articles ({e})")))?;
        items.iter().map(|v| format!("{v}\n")).collect()
    } else {
        text.to_string()
    };
    let mut out = Vec::new();
    let mut first_error = None;
    annals_ingest::read_jsonl(lines.as_bytes(), "body", &mut |r| match r {
        Ok(a) => out.push(a),
        Err(e) => {
            first_error.get_or_insert(e.to_string());
        }
    });
    if let Some(e) = first_error {
        return Err(ApiError::bad(e));
    }
    if out.is_empty() {
        return Err(ApiError::bad("body: no article"));
    }
    Ok(out)
}

async fn ingest(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Result<axum::body::Bytes, BytesRejection>,
) -> ApiResult {
    let Some(token) = app.token.as_deref() else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "ingest_disabled",
            "ingest is disabled: start `annals serve` with --token",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    match given {
        None => {
            return Err(ApiError::new(
                StatusCode::UNAUTHORIZED,
                "missing_token",
                "an Authorization: Bearer <token> header is required",
            ))
        }
        Some(t) if !constant_time_eq(t.as_bytes(), token.as_bytes()) => {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "wrong_token",
                "the token is not the one this server was started with",
            ))
        }
        Some(_) => {}
    }
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                "the body is larger than the server's limit (--max-body-mb)",
            )
        } else {
            ApiError::bad(e.body_text())
        }
    })?;
    let articles = articles_of(&body)?;
    let app2 = Arc::clone(&app);
    tokio::task::spawn_blocking(move || {
        let coded: Vec<_> = articles
            .iter()
            .map(|a| app2.coder.code_article(a))
            .collect();
        let items: Vec<Coded> = articles
            .iter()
            .zip(&coded)
            .map(|(a, c)| crate::pipeline::coded(a, c))
            .collect();
        let mut guard = app2.writer.lock().map_err(ApiError::internal)?;
        if guard.is_none() {
            *guard = Some(crate::db::open(&app2.db).map_err(ApiError::internal)?);
        }
        let store = guard
            .as_mut()
            .ok_or_else(|| ApiError::internal("no store"))?;
        // one transaction for the whole request: all stored, or none
        let outcomes = store.put_batch(&items).map_err(ApiError::internal)?;
        let events = store.update_events().map_err(ApiError::internal)?;
        let count = |k: annals_store::Stored| outcomes.iter().filter(|o| **o == k).count();
        Ok(Json(json!({
            "articles": articles.len(),
            "added": count(annals_store::Stored::Added),
            "replaced": count(annals_store::Stored::Replaced),
            "unchanged": count(annals_store::Stored::Unchanged),
            "mentions": coded.iter().map(|c| c.mentions.len()).sum::<usize>(),
            "events_in_store": events,
        })))
    })
    .await
    .map_err(ApiError::internal)?
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
