//! GDELT's own rows (`../shared/reference/gdelt/`): annals' reader parses every one of the
//! 6,090 sample events, with GDELT's codes kept as strings.

use annals_export::gdelt;

#[test]
fn the_real_gdelt_sample_parses_field_for_field() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/reference/gdelt/gdelt2_events_sample_20170701.csv"
    );
    let text = std::fs::read_to_string(path).expect("the shared GDELT sample (clone ../shared)");
    let (rows, errors) = gdelt::read_events(&text, path);
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(3)]);
    assert_eq!(rows.len(), 6090);
    let first = &rows[0];
    assert_eq!(first.get("GLOBALEVENTID"), "669666350");
    assert_eq!(first.get("SQLDATE"), "20070704");
    assert_eq!(first.get("Actor2Code"), "CVL");
    assert_eq!(first.get("Actor2Name"), "NEIGHBORHOOD");
    assert_eq!(first.get("EventCode"), "040");
    assert_eq!(first.get("EventRootCode"), "04");
    assert_eq!(first.get("DATEADDED"), "20170701234500");
    assert!(first
        .get("SOURCEURL")
        .starts_with("http://www.cvilletomorrow.org/"));
    // the quad class follows the root, as GDELT documents (01–05 → 1, 06–09 → 2, 10–14 → 3,
    // 15–20 → 4), and annals' CAMEO table agrees on every row
    for r in &rows {
        let code = annals_model::EventCode(r.get("EventCode").to_string());
        assert_eq!(
            r.get("QuadClass"),
            code.quad_class().to_string(),
            "{}",
            r.get("GLOBALEVENTID")
        );
    }
    // written back as GDELT's tab-separated files and read again: the same rows
    let mut buf = Vec::new();
    for r in &rows {
        gdelt::write_event(&mut buf, r).unwrap();
    }
    let (again, errors) = gdelt::read_events(std::str::from_utf8(&buf).unwrap(), "again.tsv");
    assert!(errors.is_empty());
    assert_eq!(again, rows);
}
