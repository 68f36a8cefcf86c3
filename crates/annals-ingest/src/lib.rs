//! Ingest: turns input files into [`Article`]s and finds which lines of a page are prose.
//!
//! Readers ([`read_path`]) accept `.txt` pages (one article per file), `.html` pages (main text
//! and metadata extracted, [`html`]), `.warc` / `.warc.gz` crawls ([`warc`]), `.jsonl` (one
//! article per line) and `-` (JSONL on stdin), walking directories recursively in name order. A
//! bad file, line or record becomes an [`IngestError`] naming the path and line or record and
//! byte offset; reading goes on. [`page::layout`]
//! strips page junk (icon fonts, widgets, captions, teasers, infoboxes, footnotes) while keeping
//! byte offsets into the original text.

pub mod html;
pub mod page;
mod read;
pub mod warc;

pub use annals_model::Article;
pub use page::{layout, Layout};
pub use read::{
    article_from_page, read_inputs, read_jsonl, read_path, read_warc_gz_inputs, read_warc_inputs,
    read_warc_pages, IngestError, Input, InputArticle, Page,
};
