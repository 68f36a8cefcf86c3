//! PLOVER JSONL (the PLOVER manual's "Data Fields" chapter): one event per line with `id`,
//! `date`/`enddate`, `actor` and `recipient` entity lists (code, sector, entity text), `event`,
//! `mode`, `context`, `quad_code`, `event_scale`, `event_loc`, `event_text`, `text_info` and
//! `cite_info`.

use annals_model::{Actor, CameoTable, DatePrecision, Event};
use serde_json::{json, Value};

fn entity(a: &Actor) -> Value {
    let (country, sector) = a.code.plover();
    let mut v = json!({"code": country, "entity_text": a.name});
    if !sector.is_empty() {
        v["sector"] = json!(sector);
    }
    if let Some(e) = &a.entity {
        v["identifier_text"] = json!(e);
    }
    if let Some(r) = &a.role {
        v["office"] = json!(r);
    }
    v
}

/// An event as one PLOVER record. Context is not coded by annals and is left empty.
pub fn record(e: &Event, table: &CameoTable) -> Value {
    let info = table.get(&e.cameo);
    let write = |d| DatePrecision::write_opt(e.date_precision, d);
    let mut v = json!({
        "id": e.event_id,
        "date": write(e.date),
        "actor": if e.source.is_absent() { vec![] } else { vec![entity(&e.source)] },
        // a one-sided event (a protest, an attack by no one named) lacks one side
        "recipient": if e.target.is_absent() { vec![] } else { vec![entity(&e.target)] },
        "event": info.and_then(|i| i.plover.clone()).map_or_else(Vec::new, |p| vec![p]),
        "mode": info.and_then(|i| i.plover_mode.clone()).map_or_else(Vec::new, |m| vec![m]),
        "context": [],
        "quad_code": info.map_or_else(|| e.cameo.quad_class(), |i| i.quad_class),
        "event_scale": info.and_then(|i| i.goldstein),
        "event_text": e.mentions.iter().map(|m| m.mention.sentence.clone()).collect::<Vec<_>>(),
        "text_info": e.mentions.iter().map(|m| json!({
            "article_id": m.mention.article_id,
            "sentence_index": m.mention.sentence_index,
            "start": m.mention.start, "end": m.mention.end,
        })).collect::<Vec<_>>(),
        "cite_info": e.mentions.iter().map(|m| json!({
            "source": m.outlet, "url": m.url, "path": m.path,
            "published": m.published.map(|d| d.to_string()),
        })).collect::<Vec<_>>(),
        "has_event": true,
        "cameo": e.cameo.as_str(),
        "status": e.status.as_str(),
    });
    if let Some(end) = e.end_date {
        v["enddate"] = json!(write(Some(end)));
    }
    if let Some(l) = &e.location {
        v["event_loc"] = json!({
            "name": l.name, "country": l.country, "adm1": l.adm1_name,
            "lat": l.lat, "lon": l.lon, "feature": l.feature,
        });
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::visit;

    #[test]
    fn a_visit_is_a_plover_consult() {
        let r = record(&visit(), &CameoTable::builtin());
        assert_eq!(r["date"], "2024-03-05");
        assert_eq!(r["enddate"], "2024-03-06");
        assert_eq!(r["event"], json!(["CONSULT"]));
        assert_eq!(r["actor"][0]["code"], "CHL");
        assert_eq!(r["actor"][0]["sector"], "GOV");
        assert_eq!(r["recipient"][0]["code"], "VNM");
        assert_eq!(r["event_text"].as_array().unwrap().len(), 2);
        assert_eq!(r["cite_info"][1]["source"], "courier");
        assert_eq!(r["event_loc"]["name"], "Hanoi");
    }
}
