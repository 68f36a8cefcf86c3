//! ICEWS's 20-column event table (tab-separated, with its header): Event ID, Event Date, Source
//! Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity, Target Name, Target
//! Sectors, Target Country, Story ID, Sentence Number, Publisher, City, District, Province,
//! Country, Latitude, Longitude. One row per event, from its first mention.

use std::io::Write;

use annals_model::{CameoTable, Event};

/// The header row.
pub const COLUMNS: [&str; 20] = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
];

/// Writes the header row.
pub fn write_header(out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "{}", COLUMNS.join("\t"))
}

/// Writes one event's row.
pub fn write_event(out: &mut impl Write, e: &Event, table: &CameoTable) -> std::io::Result<()> {
    let info = table.get(&e.cameo);
    let first = e.mentions.first();
    let name = |a: &annals_model::Actor| a.entity.clone().unwrap_or_else(|| a.name.clone());
    let sector = |a: &annals_model::Actor| a.code.plover().1.to_string();
    let loc = e.location.as_ref();
    let city = loc
        .filter(|l| matches!(l.feature.as_str(), "city" | "capital"))
        .map_or(String::new(), |l| l.name.clone());
    let fields = [
        crate::numeric_id(&e.event_id).to_string(),
        e.date.map_or(String::new(), |d| d.to_string()),
        name(&e.source),
        sector(&e.source),
        e.source.code.plover().0.to_string(),
        info.map_or(String::new(), |i| i.name.clone()),
        e.cameo.as_str().to_string(),
        info.and_then(|i| i.goldstein)
            .map_or(String::new(), |g| format!("{g:.1}")),
        name(&e.target),
        sector(&e.target),
        e.target.code.plover().0.to_string(),
        first.map_or(String::new(), |m| m.mention.article_id.clone()),
        first.map_or(String::new(), |m| {
            (m.mention.sentence_index + 1).to_string()
        }),
        first.and_then(|m| m.outlet.clone()).unwrap_or_default(),
        city,
        String::new(),
        loc.and_then(|l| l.adm1_name.clone()).unwrap_or_default(),
        loc.map_or(String::new(), |l| l.country.clone()),
        loc.map_or(String::new(), |l| format!("{:.4}", l.lat)),
        loc.map_or(String::new(), |l| format!("{:.4}", l.lon)),
    ];
    let fields: Vec<String> = fields
        .iter()
        .map(|f| f.replace(['\t', '\n', '\r'], " "))
        .collect();
    writeln!(out, "{}", fields.join("\t"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_columns_golden_row() {
        let mut buf = Vec::new();
        write_header(&mut buf).unwrap();
        write_event(&mut buf, &crate::testing::visit(), &CameoTable::builtin()).unwrap();
        let text = String::from_utf8(buf).unwrap();
        let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
        assert!(rows.iter().all(|r| r.len() == 20));
        assert_eq!(
            rows[1][1..11],
            [
                "2024-03-05",
                "Gabriel Boric",
                "GOV",
                "CHL",
                "Make a visit",
                "042",
                "1.9",
                "Hanoi",
                "",
                "VNM"
            ]
        );
        assert_eq!(rows[1][14], "Hanoi");
        assert_eq!(rows[1][16], "Hanoi");
    }
}
