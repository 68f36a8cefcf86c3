//! NGEC's actor-resolution expectations (`../shared/reference/ngec-actor-tests/`, a peer's test
//! suite kept as data) run through annals' resolver with the built-in dictionaries.
//!
//! Each `agent_to_code(text, context, date)` case (the context is passed on) expects a PLOVER
//! sector (`code_1`) and a country; annals' CAMEO codes are read as PLOVER's by
//! [`annals_model::ActorCode::plover`]. "Today" (and no date) is NGEC's index date, 2023-03-01. The figures are printed; the
//! assertion is a floor against regressions, not the target.

use std::collections::BTreeMap;
use std::path::Path;

use annals_model::{Actor, Date};
use annals_recognise::Recogniser;
use serde_json::Value;

const INDEX_DATE: &str = "2023-03-01";

fn cases_file() -> std::path::PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/reference/ngec-actor-tests/ngec_actor_resolution_cases.jsonl");
    assert!(
        p.is_file(),
        "missing {}: clone the shared folder beside the repository",
        p.display()
    );
    p
}

/// PLOVER's (country, sector) reading of an annals actor.
fn plover(a: &Actor) -> (String, String) {
    let (country, sector) = a.code.plover();
    (country.to_string(), sector.to_string())
}

struct Case {
    text: String,
    context: String,
    date: Option<Date>,
    country: Option<String>,
    sector: Option<Vec<String>>,
    expect_none: bool,
    test: String,
}

fn load() -> Vec<Case> {
    let text = std::fs::read_to_string(cases_file()).expect("read NGEC cases");
    let mut out = Vec::new();
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).expect("NGEC case is JSON");
        let Some(call) = v["calls"]
            .as_array()
            .and_then(|c| c.iter().find(|c| c["method"] == "agent_to_code"))
        else {
            continue;
        };
        let args = call["args"].as_array().cloned().unwrap_or_default();
        let context = args
            .get(1)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let text = args
            .first()
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        // NGEC passes dates as written ("1 july 2021", "October 1, 2021"): read them as
        // annals reads a page's date line
        let date = args
            .get(2)
            .and_then(Value::as_str)
            .filter(|d| !d.is_empty() && !d.eq_ignore_ascii_case("today"))
            .unwrap_or(INDEX_DATE);
        let date = annals_time::parse_date(date).or_else(|| {
            // month names are read capitalised ("may" is a verb)
            let written: Vec<String> = date.split(' ').map(capitalised).collect();
            annals_time::find_publication_date(&written.join(" ")).map(|(d, _, _)| d)
        });
        let mut case = Case {
            text,
            context,
            date,
            country: None,
            sector: None,
            expect_none: false,
            test: v["test"].as_str().unwrap_or("").to_string(),
        };
        for a in v["asserts"].as_array().into_iter().flatten() {
            let lhs = a["lhs"].as_str().unwrap_or("");
            match (lhs, a["op"].as_str().unwrap_or("")) {
                ("code['country']", "Eq") => case.country = a["rhs"].as_str().map(str::to_string),
                ("code['code_1']", "Eq") => {
                    // two Eq asserts on code_1 (GRU: MIL and SPY) accept either
                    let s = a["rhs"].as_str().unwrap_or("").to_string();
                    case.sector.get_or_insert_with(Vec::new).push(s);
                }
                ("code['code_1']", "In") => {
                    case.sector = a["rhs"].as_array().map(|l| {
                        l.iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect()
                    })
                }
                ("code", "Is") => case.expect_none = true,
                _ => {}
            }
        }
        if case.country.is_some() || case.sector.is_some() || case.expect_none {
            out.push(case);
        }
    }
    out
}

fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Runs every case through `r`; prints the shares and the failing categories; returns the
/// share with both sector and country right.
fn run(label: &str, r: &Recogniser) -> f64 {
    let cases = load();
    let (mut n_country, mut ok_country, mut n_sector, mut ok_sector, mut ok_both) = (0, 0, 0, 0, 0);
    let mut failing: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for c in &cases {
        let got = r.resolve(&c.text, &c.context, c.date);
        let p = got.as_ref().map(plover);
        let country_ok = c.country.as_ref().map(|want| {
            n_country += 1;
            let ok = p.as_ref().is_some_and(|(g, _)| g == want);
            ok_country += usize::from(ok);
            ok
        });
        let sector_ok = c.sector.as_ref().map(|want| {
            n_sector += 1;
            let ok = p.as_ref().is_some_and(|(_, g)| want.contains(g));
            ok_sector += usize::from(ok);
            ok
        });
        let both = if c.expect_none {
            got.is_none()
        } else {
            country_ok.unwrap_or(true) && sector_ok.unwrap_or(true)
        };
        ok_both += usize::from(both);
        if !both {
            let category = if c.expect_none {
                "unknown name → none".to_string()
            } else {
                format!(
                    "sector {}",
                    c.sector.as_ref().map_or("-".into(), |s| s.join("|"))
                )
            };
            failing.entry(category).or_default().push(format!(
                "{} {:?} → {}",
                c.test,
                c.text,
                got.as_ref()
                    .map_or("none".into(), |a| format!("{} ({:?})", a.code, a.entity))
            ));
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "NGEC agent_to_code, {label}: {} cases; country {}/{} ({:.1}%), sector {}/{} ({:.1}%), both {}/{} ({:.1}%)",
        cases.len(),
        ok_country,
        n_country,
        pct(ok_country, n_country),
        ok_sector,
        n_sector,
        pct(ok_sector, n_sector),
        ok_both,
        cases.len(),
        pct(ok_both, cases.len())
    );
    println!("failing by expected sector:");
    for (cat, list) in &failing {
        println!("  {cat}: {}", list.len());
        for f in list.iter().take(if verbose() { usize::MAX } else { 3 }) {
            println!("      {f}");
        }
    }
    assert!(
        cases.len() >= 300,
        "expected ~320 cases, read {}",
        cases.len()
    );
    pct(ok_both, cases.len())
}

fn verbose() -> bool {
    std::env::var_os("NGEC_VERBOSE").is_some()
}

#[test]
fn ngec_actor_resolution_builtin() {
    let both = run("built-in dictionaries", &Recogniser::builtin());
    assert!(both >= 77.0, "NGEC both-right share fell to {both:.1}%");
}

/// The same cases with PETRARCH's Phoenix dictionaries added through annals' PETRARCH reader,
/// as a user with years of dictionary work would run it.
#[test]
fn ngec_actor_resolution_with_phoenix() {
    let dir = cases_file()
        .parent()
        .and_then(|p| p.parent())
        .map(|p| p.join("petrarch2"))
        .expect("reference folder");
    let mut r = Recogniser::builtin();
    for f in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ] {
        let text = std::fs::read_to_string(dir.join(f)).expect("read Phoenix actors");
        r.actors.add_petrarch_actors(f, &text);
    }
    let text = std::fs::read_to_string(dir.join("Phoenix.agents.txt")).expect("read agents");
    r.actors.add_petrarch_agents("Phoenix.agents.txt", &text);
    let both = run("built-in + Phoenix dictionaries", &r);
    assert!(both >= 67.0, "NGEC both-right share fell to {both:.1}%");
}
