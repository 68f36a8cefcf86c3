//! Borders as of the date: a state that became independent after 1990 was, before its day of
//! independence, part of another (South Sudan of Sudan, Eritrea of Ethiopia, the Soviet
//! republics of the Soviet Union, Slovenia or Bosnia of Yugoslavia, Slovakia of
//! Czechoslovakia). The gazetteer and the
//! dictionaries give today's countries; a text dated before independence is coded with the
//! state of its day, as CAMEO and PETRARCH's dictionaries code it (`SDN` for Juba in 1999;
//! the Soviet republics as `USR` followed by the republic, `USRARM`, as Phoenix writes them).

use annals_model::{ActorCode, Date};

use crate::Phrase;

/// `(today's code, the code before independence, the first day of independence)`. The Soviet
/// republics keep their own code after `USR`; the others take their predecessor's.
const SUCCESSIONS: [(&str, &str, &str); 25] = [
    ("SSD", "SDN", "2011-07-09"),
    ("CZE", "CSK", "1993-01-01"),
    ("SVK", "CSK", "1993-01-01"),
    ("ERI", "ETH", "1993-05-24"),
    ("SVN", "YUG", "1991-06-25"),
    ("HRV", "YUG", "1991-06-25"),
    ("MKD", "YUG", "1991-09-08"),
    ("BIH", "YUG", "1992-03-03"),
    ("MNE", "YUG", "2006-06-03"),
    ("SRB", "YUG", "2006-06-05"),
    ("RUS", "USR", "1991-12-26"),
    ("UKR", "USR", "1991-08-24"),
    ("BLR", "USR", "1991-08-25"),
    ("MDA", "USR", "1991-08-27"),
    ("GEO", "USR", "1991-04-09"),
    ("ARM", "USR", "1991-09-21"),
    ("AZE", "USR", "1991-10-18"),
    ("KAZ", "USR", "1991-12-16"),
    ("UZB", "USR", "1991-08-31"),
    ("TKM", "USR", "1991-10-27"),
    ("KGZ", "USR", "1991-08-31"),
    ("TJK", "USR", "1991-09-09"),
    ("LTU", "USR", "1990-03-11"),
    ("LVA", "USR", "1991-08-21"),
    ("EST", "USR", "1991-08-20"),
];

/// The code a country had on `date`, when it was then part of another state: `SDN` for `SSD`
/// before 9 July 2011, `USRUKR` for `UKR` before 24 August 1991.
///
/// ```
/// use annals_recognise::country_on;
/// let day = |s: &str| s.parse().ok();
/// assert_eq!(country_on("SSD", day("1999-03-01")).as_deref(), Some("SDN"));
/// assert_eq!(country_on("SSD", day("2012-03-01")), None);
/// assert_eq!(country_on("UKR", day("1990-01-01")).as_deref(), Some("USRUKR"));
/// assert_eq!(country_on("FRA", day("1990-01-01")), None);
/// ```
pub fn country_on(country: &str, date: Option<Date>) -> Option<String> {
    state_on(country, date).map(|before| {
        if before == "USR" {
            format!("USR{country}")
        } else {
            before.to_string()
        }
    })
}

/// The state a place was in on `date` (the predecessor's own code: `USR` for Kyiv in 1990).
fn state_on(country: &str, date: Option<Date>) -> Option<&'static str> {
    let date = date?;
    let (_, before, from) = SUCCESSIONS.iter().find(|(c, ..)| *c == country)?;
    (date < from.parse::<Date>().ok()?).then_some(*before)
}

/// Capitals that were their predecessor's too: "Moscow" in 1990 is the Soviet government.
const SHARED_CAPITALS: [&str; 2] = ["RUS", "SRB"];

/// Rewrites the phrases' countries to those of `date`. A capital that stands for a
/// government it did not yet have ("Juba" in 1999) names only the place; one that was its
/// predecessor's capital too stands for that government ("Moscow" in 1990, `USRGOV`).
pub(crate) fn as_of(phrases: &mut [Phrase], date: Option<Date>) {
    if date.is_none() {
        return;
    }
    for p in phrases.iter_mut() {
        let capital_of = p
            .place
            .as_ref()
            .filter(|l| l.feature == "capital")
            .map(|l| l.country.clone());
        if let Some(l) = p.place.as_mut() {
            if let Some(c) = state_on(&l.country, date) {
                l.country = c.to_string();
            }
        }
        if let Some(c) = capital_of {
            if let Some(before) = state_on(&c, date) {
                let is_government =
                    |a: &annals_model::Actor| a.code.country() == c && a.code.role() == "GOV";
                if SHARED_CAPITALS.contains(&c.as_str()) {
                    for a in p.actors.iter_mut().filter(|a| is_government(a)) {
                        a.code = ActorCode(format!("{before}GOV"));
                        // (today's state is not the one that governed from there)
                        a.entity = None;
                    }
                } else {
                    p.actors.retain(|a| !is_government(a));
                }
            }
        }
        for a in &mut p.actors {
            let country = a.code.country();
            if let Some(c) = country_on(country, date) {
                a.code = ActorCode(format!("{c}{}", a.code.role()));
            }
        }
    }
}
