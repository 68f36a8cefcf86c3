//! Fuzzes the article readers on arbitrary bytes: JSONL lines, WARC streams (plain and read as
//! gzip members), HTML pages
//! and the plain-text page layout. No input may panic; every error names its place.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    annals_ingest::read_jsonl(data, "fuzz.jsonl", &mut |_| {});
    annals_ingest::read_warc_pages(data, "fuzz.warc", &mut |_| {});
    annals_ingest::read_warc_gz_inputs(data, "fuzz.warc.gz", &mut |_| {});
    let text = String::from_utf8_lossy(data);
    let _ = annals_ingest::html::article_from_html("fuzz".into(), None, None, &text);
    let _ = annals_ingest::layout(&text);
});
