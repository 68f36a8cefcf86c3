//! Output formats for events: JSONL (the contract in INTERFACES.md), CSV and a terminal table,
//! and the `explain` report.

use std::io::Write;

use annals_code::Coder;
use annals_model::{Actor, CameoTable, Date, DatePrecision, Event, Location};
use serde_json::{json, Value};

/// An actor's code for a table: `-` for the missing side of a one-sided event.
fn side(a: &Actor) -> &str {
    if a.is_absent() {
        "-"
    } else {
        a.code.as_str()
    }
}

fn actor_json(a: &Actor) -> Value {
    if a.is_absent() {
        return Value::Null;
    }
    let mut v = json!({"code": a.code.as_str(), "name": a.name});
    if let Some(e) = &a.entity {
        v["entity"] = json!(e);
    }
    v
}

/// One event as the JSONL contract writes it.
pub fn event_json(e: &Event, table: &CameoTable) -> Value {
    let info = table.get(&e.cameo);
    let mentions: Vec<Value> = e
        .mentions
        .iter()
        .map(|r| {
            let m = &r.mention;
            json!({
                "article_id": m.article_id,
                "path": r.path,
                "url": r.url,
                "outlet": r.outlet,
                "published": r.published.map(|d| d.to_string()),
                "sentence": m.sentence,
                "sentence_index": m.sentence_index,
                "start": m.start,
                "end": m.end,
                "cameo": m.cameo.as_str(),
                "source": actor_json(&m.source),
                "target": actor_json(&m.target),
                "status": m.status.as_str(),
                "date": DatePrecision::write_opt(m.date_precision, m.date),
                "end_date": DatePrecision::write_opt(m.date_precision, m.end_date),
                "date_precision": m.date_precision.map(|p| p.as_str()),
                "location": location_json(m.location.as_ref()),
                "explanation": m.explanation,
                // recalled as background (an earlier event, or one named to date or explain
                // another), not reported as news
                "background": m.background,
            })
        })
        .collect();
    json!({
        "event_id": e.event_id,
        "cameo": e.cameo.as_str(),
        "root": e.cameo.root(),
        "event_name": info.map(|i| i.name.clone()),
        "goldstein": info.and_then(|i| i.goldstein),
        "quad_class": info.map_or_else(|| e.cameo.quad_class(), |i| i.quad_class),
        "plover": info.and_then(|i| i.plover.clone()),
        "status": e.status.as_str(),
        "source": actor_json(&e.source),
        "target": actor_json(&e.target),
        "date": DatePrecision::write_opt(e.date_precision, e.date),
        "end_date": DatePrecision::write_opt(e.date_precision, e.end_date),
        "date_precision": e.date_precision.map(|p| p.as_str()),
        "location": location_json(e.location.as_ref()),
        "num_articles": e.num_articles,
        "num_outlets": e.num_outlets,
        "num_independent_outlets": e.num_independent_outlets,
        "first_reported": e.mentions.iter().filter_map(|m| m.published).min().map(|d| d.to_string()),
        "last_reported": e.mentions.iter().filter_map(|m| m.published).max().map(|d| d.to_string()),
        "copied_outlets": e.copied_outlets,
        "num_mentions": e.mentions.len(),
        "outlets": outlets(e),
        "mentions": mentions,
    })
}

fn outlets(e: &Event) -> Vec<String> {
    let mut v: Vec<String> = e.mentions.iter().filter_map(|m| m.outlet.clone()).collect();
    v.sort();
    v.dedup();
    v
}

/// Writes events as JSON lines.
pub fn jsonl(out: &mut impl Write, events: &[Event], table: &CameoTable) -> std::io::Result<()> {
    for e in events {
        writeln!(out, "{}", event_json(e, table))?;
    }
    Ok(())
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Writes one row per event (RFC 4180 quoting).
pub fn csv(out: &mut impl Write, events: &[Event], table: &CameoTable) -> std::io::Result<()> {
    csv_header(out)?;
    for e in events {
        csv_row(out, e, table)?;
    }
    Ok(())
}

/// The CSV header row.
pub fn csv_header(out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "event_id,cameo,root,goldstein,quad_class,plover,status,source_code,source_name,target_code,target_name,date,end_date,location,lat,lon,num_articles,num_outlets,num_mentions")
}

/// One event as a CSV row.
pub fn csv_row(out: &mut impl Write, e: &Event, table: &CameoTable) -> std::io::Result<()> {
    let info = table.get(&e.cameo);
    let loc = e.location.as_ref();
    let row = [
        e.event_id.clone(),
        e.cameo.0.clone(),
        e.cameo.root().to_string(),
        info.and_then(|i| i.goldstein)
            .map(|g| g.to_string())
            .unwrap_or_default(),
        info.map_or(e.cameo.quad_class(), |i| i.quad_class)
            .to_string(),
        info.and_then(|i| i.plover.clone()).unwrap_or_default(),
        e.status.as_str().to_string(),
        e.source.code.0.clone(),
        e.source
            .entity
            .clone()
            .unwrap_or_else(|| e.source.name.clone()),
        e.target.code.0.clone(),
        e.target
            .entity
            .clone()
            .unwrap_or_else(|| e.target.name.clone()),
        e.date.map(|d| d.to_string()).unwrap_or_default(),
        e.end_date.map(|d| d.to_string()).unwrap_or_default(),
        loc.map(|l| l.name.clone()).unwrap_or_default(),
        loc.map(|l| l.lat.to_string()).unwrap_or_default(),
        loc.map(|l| l.lon.to_string()).unwrap_or_default(),
        e.num_articles.to_string(),
        e.num_outlets.to_string(),
        e.mentions.len().to_string(),
    ];
    let line: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
    writeln!(out, "{}", line.join(","))
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

/// A readable table: one block per event with its outlets and quoted sentences.
pub fn table(out: &mut impl Write, events: &[Event], table: &CameoTable) -> std::io::Result<()> {
    if events.is_empty() {
        writeln!(out, "no events")?;
    }
    for (i, e) in events.iter().enumerate() {
        let name = table
            .get(&e.cameo)
            .map(|i| i.name.clone())
            .unwrap_or_default();
        let date = match (e.date, e.end_date) {
            (Some(d), Some(x)) => format!("{d}/{x}"),
            (Some(d), None) => d.to_string(),
            _ => "-".into(),
        };
        writeln!(
            out,
            "{:>3}. {} {} {} → {}  [{}]  {}  {}  {} articles, {} outlets  ({})",
            i + 1,
            e.cameo,
            short(&name, 28),
            side(&e.source),
            side(&e.target),
            e.status.as_str(),
            date,
            e.location
                .as_ref()
                .map_or("-".to_string(), |l| l.name.clone()),
            e.num_articles,
            e.num_outlets,
            e.event_id
        )?;
        for m in &e.mentions {
            writeln!(
                out,
                "       {} [{}{}] {}",
                m.outlet.as_deref().unwrap_or(&m.mention.article_id),
                m.mention.status.as_str(),
                if m.mention.background {
                    ", background"
                } else {
                    ""
                },
                short(&m.mention.sentence, 110)
            )?;
        }
    }
    Ok(())
}

/// Codes one sentence and prints every step.
pub fn explain(
    out: &mut impl Write,
    coder: &Coder,
    sentence: &str,
    date: Option<Date>,
) -> std::io::Result<()> {
    writeln!(out, "sentence: {sentence}")?;
    // a text all in lower case is read with its names' case restored, as the coder reads it
    let recased = coder.recogniser.truecase(sentence);
    if let Some(r) = recased.as_deref().filter(|r| *r != sentence) {
        writeln!(out, "read as:  {r}")?;
    }
    let tokens = annals_recognise::tokenize(recased.as_deref().unwrap_or(sentence));
    let mut ctx = annals_recognise::Context::new();
    let phrases = coder.recogniser.phrases(&tokens, date, &mut ctx.clone());
    writeln!(out, "actors and places:")?;
    for p in &phrases {
        let words: Vec<&str> = tokens[p.first..=p.last]
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        let actors: Vec<String> = p
            .actors
            .iter()
            .map(|a| format!("{} ({})", a.code, a.entity.clone().unwrap_or_default()))
            .collect();
        writeln!(
            out,
            "  {:<40} {}{}",
            words.join(" "),
            actors.join(", "),
            p.place.as_ref().map_or(String::new(), |l| format!(
                "  place: {} {} ({:.2}, {:.2})",
                l.name, l.country, l.lat, l.lon
            ))
        )?;
    }
    let events = coder.code_sentence(sentence, date, &mut ctx);
    if events.is_empty() {
        writeln!(out, "events: none")?;
    }
    for e in events {
        let info = coder.cameo.get(&e.cameo);
        writeln!(
            out,
            "event: {} {} → {}  {} ({})  status {}  date {}  place {}",
            e.cameo,
            side(&e.source),
            side(&e.target),
            info.map(|i| i.name.as_str()).unwrap_or(""),
            info.and_then(|i| i.goldstein)
                .map_or("-".into(), |g| g.to_string()),
            e.status.as_str(),
            e.date.map_or("-".into(), |d| d.to_string()),
            e.location.as_ref().map_or("-", |l| l.name.as_str()),
        )?;
        writeln!(
            out,
            "  rule: {}   verb words: {:?}",
            e.explanation.rule, e.explanation.verb
        )?;
        writeln!(out, "  roles: {}", e.explanation.roles)?;
        writeln!(
            out,
            "  source: {:?} = {}   target: {:?} = {}",
            e.source.name,
            side(&e.source),
            e.target.name,
            side(&e.target)
        )?;
        if let Some(m) = &e.explanation.modality {
            writeln!(out, "  modality: {m}")?;
        }
    }
    Ok(())
}

/// `annals actor`: the resolved actor, or a line saying none was found.
pub fn actor(out: &mut impl Write, actor: Option<&Actor>) -> std::io::Result<()> {
    let Some(a) = actor else {
        return writeln!(out, "no actor: no dictionary entry covers the phrase");
    };
    writeln!(out, "code:    {}", a.code)?;
    writeln!(out, "written: {}", a.name)?;
    if let Some(e) = &a.entity {
        writeln!(out, "entity:  {e}")?;
    }
    if let Some(r) = &a.role {
        writeln!(out, "office:  {r}")?;
    }
    let country = a.code.country();
    writeln!(
        out,
        "country: {}",
        if country == annals_recognise::UNKNOWN_COUNTRY {
            "(not given)"
        } else {
            country
        }
    )?;
    let role = a.code.role();
    writeln!(out, "role:    {}", if role.is_empty() { "-" } else { role })?;
    let (country, sector) = a.code.plover();
    writeln!(out, "plover:  country {country:?}, sector {sector:?}")
}

/// A location as GDELT's ActionGeo gives it: name, country, ADM1, coordinates, feature type,
/// GDELT's geographic type and a precision word.
fn location_json(l: Option<&Location>) -> serde_json::Value {
    let Some(l) = l else {
        return serde_json::Value::Null;
    };
    json!({
        "name": l.name,
        "country": l.country,
        "adm1": l.adm1,
        "adm1_name": l.adm1_name,
        "lat": l.lat,
        "lon": l.lon,
        "feature": l.feature,
        "geo_type": l.gdelt_type(),
        "precision": l.precision(),
    })
}

/// Episodes as a table: the visit, then each linked event on its own line.
pub fn episodes_table(
    out: &mut impl Write,
    episodes: &[annals_merge::Episode],
    events: &[Event],
    table: &CameoTable,
) -> std::io::Result<()> {
    if episodes.is_empty() {
        writeln!(out, "no episodes (no reported, dated visits)")?;
    }
    for (i, ep) in episodes.iter().enumerate() {
        let (a, b) = &ep.countries;
        let days = if ep.end > ep.start {
            format!("{} to {}", ep.start, ep.end)
        } else {
            ep.start.to_string()
        };
        let place = ep.location.as_ref().map_or("-", |l| l.name.as_str());
        writeln!(
            out,
            "{:>3}. visit {a} → {b}  {days}  {place}  ({} events)",
            i + 1,
            ep.events.len()
        )?;
        for id in &ep.events {
            let Some(e) = events.iter().find(|e| &e.event_id == id) else {
                continue;
            };
            let name = table.get(&e.cameo).map(|i| i.name.as_str()).unwrap_or("");
            writeln!(
                out,
                "       {} {} {} → {}  [{}]  {}  {} outlets  ({})",
                e.cameo,
                short(name, 28),
                side(&e.source),
                side(&e.target),
                e.status.as_str(),
                DatePrecision::write_opt(e.date_precision, e.date).unwrap_or_else(|| "-".into()),
                e.num_independent_outlets,
                e.event_id
            )?;
        }
    }
    Ok(())
}

/// Episodes as JSON lines: the visit's countries, days and place, and the linked events in full.
pub fn episodes_jsonl(
    out: &mut impl Write,
    episodes: &[annals_merge::Episode],
    events: &[Event],
    table: &CameoTable,
) -> std::io::Result<()> {
    for ep in episodes {
        let linked: Vec<serde_json::Value> = ep
            .events
            .iter()
            .filter_map(|id| events.iter().find(|e| &e.event_id == id))
            .map(|e| event_json(e, table))
            .collect();
        let line = json!({
            "visit": ep.visit,
            "countries": [ep.countries.0, ep.countries.1],
            "start": ep.start.to_string(),
            "end": ep.end.to_string(),
            "location": location_json(ep.location.as_ref()),
            "events": linked,
        });
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// A figure for people: 240000000000 → "240 billion".
fn figure(v: f64) -> String {
    let (v, word) = match v.abs() {
        a if a >= 1e12 => (v / 1e12, " trillion"),
        a if a >= 1e9 => (v / 1e9, " billion"),
        a if a >= 1e6 => (v / 1e6, " million"),
        _ => (v, ""),
    };
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("{s}{word}")
}

fn claim_source(c: &annals_model::ClaimRef) -> String {
    c.outlet
        .clone()
        .or_else(|| c.path.clone())
        .unwrap_or_else(|| c.claim.article_id.clone())
}

/// Claim groups as a table: the measure and countries, then each figure with its outlet,
/// attribution, status and sentence.
pub fn claims_table(
    out: &mut impl Write,
    groups: &[annals_merge::ClaimGroup],
) -> std::io::Result<()> {
    if groups.is_empty() {
        writeln!(out, "no conflicting figures")?;
    }
    for g in groups {
        let values: Vec<String> = g.values().into_iter().map(figure).collect();
        writeln!(
            out,
            "{}{} ({}) {}: {}{}",
            g.measure,
            if g.change { " change" } else { "" },
            g.unit,
            if g.countries.is_empty() {
                "-".to_string()
            } else {
                g.countries.join("–")
            },
            values.join(" vs "),
            if g.conflict { "  CONFLICT" } else { "" }
        )?;
        for c in &g.claims {
            let k = &c.claim;
            writeln!(
                out,
                "     {}{}  {}  [{}]{}  \"{}\"",
                if k.approximate { "~" } else { "" },
                figure(k.value),
                claim_source(c),
                k.status.as_str(),
                k.attributed_to
                    .as_ref()
                    .map_or(String::new(), |a| format!("  according to {a}")),
                short(&k.sentence, 100)
            )?;
        }
    }
    Ok(())
}

/// Claim groups as JSON lines, one group per line with every claim and its provenance.
pub fn claims_jsonl(
    out: &mut impl Write,
    groups: &[annals_merge::ClaimGroup],
) -> std::io::Result<()> {
    for g in groups {
        let claims: Vec<Value> = g
            .claims
            .iter()
            .map(|c| {
                let k = &c.claim;
                json!({
                    "value": k.value, "text": k.text, "approximate": k.approximate,
                    "status": k.status.as_str(), "attributed_to": k.attributed_to,
                    "article_id": k.article_id, "path": c.path, "url": c.url, "outlet": c.outlet,
                    "published": c.published.map(|d| d.to_string()),
                    "sentence": k.sentence, "sentence_index": k.sentence_index,
                    "start": k.start, "end": k.end,
                })
            })
            .collect();
        let line = json!({
            "measure": g.measure, "unit": g.unit, "change": g.change,
            "countries": g.countries, "values": g.values(), "conflict": g.conflict,
            "claims": claims,
        });
        writeln!(out, "{line}")?;
    }
    Ok(())
}
