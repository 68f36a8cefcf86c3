//! Input readers: files, directories, JSONL lines and stdin.

use std::fs;
use std::io::{self, BufRead, Read as _};
use std::path::{Path, PathBuf};

use annals_model::{hash::stable_id, Article};
use serde::Deserialize;

use crate::page;

/// Why an input (or part of one) could not be read. Each names the file and, for JSONL, the line.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error("{path}: not UTF-8 text (first bad byte at offset {offset})")]
    NotUtf8 { path: String, offset: usize },
    /// A page that is not valid UTF-8: reported, then read as Windows-1252 and ingested.
    #[error("{path}: not UTF-8 (first bad byte at offset {offset}); read as Windows-1252")]
    BadEncoding { path: String, offset: usize },
    #[error("{path}:{line}: {message}")]
    BadLine {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: unsupported input format; annals reads .txt, .html, .jsonl, .warc, .warc.gz and - (JSONL on stdin)")]
    Unsupported { path: String },
    #[error("{path}: WARC record {record} at byte {offset}: {message}")]
    Warc {
        path: String,
        record: usize,
        offset: u64,
        message: String,
    },
    /// Not an error: an input that holds no English article (a non-HTML WARC record, a page
    /// with no main text, a page in another language). Counted by reason, not reported.
    #[error("{path}: skipped: {reason}")]
    Skipped { path: String, reason: &'static str },
}

/// One article as given in the input JSONL (see INTERFACES.md). Only `text` is required.
#[derive(Debug, Clone, Deserialize)]
pub struct InputArticle {
    pub id: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    pub text: String,
}

/// What a reader hands on: an article, or an HTML page whose article is still to be
/// extracted (so that a pipeline can extract pages in parallel).
#[derive(Debug, Clone)]
pub enum Input {
    Article(Article),
    Page(Page),
}

/// An HTML page as read: its id (path or URL), where it was read, and its markup.
#[derive(Debug, Clone)]
pub struct Page {
    pub id: String,
    /// The file (and `#record` in a WARC file).
    pub path: String,
    pub url: Option<String>,
    pub html: String,
}

impl Input {
    /// The article: as read, or extracted from the page (a page with no English article is
    /// [`IngestError::Skipped`]).
    pub fn into_article(self) -> Result<Article, IngestError> {
        match self {
            Input::Article(a) => Ok(a),
            Input::Page(p) => {
                crate::html::article_from_html(p.id, Some(p.path.clone()), p.url, &p.html).map_err(
                    |skip| IngestError::Skipped {
                        path: p.path,
                        reason: skip.reason(),
                    },
                )
            }
        }
    }

    /// The file (and WARC record) the input came from, if it came from a file.
    pub fn path(&self) -> Option<&str> {
        match self {
            Input::Article(a) => a.path.as_deref(),
            Input::Page(p) => Some(&p.path),
        }
    }
}

/// Reads a path given on the command line: `-` is JSONL on stdin, a directory is walked
/// recursively (entries in name order, hidden entries skipped), a file is read by its extension.
/// Every article or error is handed to `emit` as soon as it is read.
pub fn read_path(path: &Path, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
    read_inputs(path, &mut |r| emit(r.and_then(Input::into_article)));
}

/// [`read_path`], handing on HTML pages unextracted.
pub fn read_inputs(path: &Path, emit: &mut dyn FnMut(Result<Input, IngestError>)) {
    if path.as_os_str() == "-" {
        let stdin = io::stdin();
        read_jsonl(stdin.lock(), "-", &mut |r| emit(r.map(Input::Article)));
        return;
    }
    let shown = path.display().to_string();
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(source) => {
            return emit(Err(IngestError::Io {
                path: shown,
                source,
            }))
        }
    };
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = match fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(source) => {
                return emit(Err(IngestError::Io {
                    path: shown,
                    source,
                }))
            }
        };
        entries.sort();
        for entry in entries {
            let hidden = entry
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            let readable = entry.is_dir() || input_kind(&entry).is_some();
            if !hidden && readable {
                read_inputs(&entry, emit);
            }
        }
        return;
    }
    match input_kind(path) {
        Some(InputKind::Text) => emit(read_text_file(path).map(Input::Article)),
        Some(InputKind::Html) => read_html_file(path, emit),
        Some(kind @ (InputKind::Warc | InputKind::WarcGz)) => match fs::File::open(path) {
            Ok(f) => {
                if matches!(kind, InputKind::WarcGz) {
                    read_warc_gz_inputs(io::BufReader::new(f), &shown, emit)
                } else {
                    read_warc_inputs(io::BufReader::new(f), &shown, emit)
                }
            }
            Err(source) => emit(Err(IngestError::Io {
                path: shown,
                source,
            })),
        },
        Some(InputKind::Jsonl) => match fs::File::open(path) {
            Ok(f) => read_jsonl(io::BufReader::new(f), &shown, &mut |r| {
                emit(r.map(Input::Article))
            }),
            Err(source) => emit(Err(IngestError::Io {
                path: shown,
                source,
            })),
        },
        None => emit(Err(IngestError::Unsupported { path: shown })),
    }
}

enum InputKind {
    Text,
    Jsonl,
    Html,
    Warc,
    WarcGz,
}

fn input_kind(path: &Path) -> Option<InputKind> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    if name.ends_with(".warc.gz") {
        return Some(InputKind::WarcGz);
    }
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "txt" => Some(InputKind::Text),
        "jsonl" => Some(InputKind::Jsonl),
        "html" | "htm" => Some(InputKind::Html),
        "warc" => Some(InputKind::Warc),
        _ => None,
    }
}

/// An HTML file as a page. Bytes that are not UTF-8 are reported (file and offset) and read
/// as Windows-1252, the encoding such pages mostly are in, so the page is still ingested.
fn read_html_file(path: &Path, emit: &mut dyn FnMut(Result<Input, IngestError>)) {
    let shown = path.display().to_string();
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(source) => {
            return emit(Err(IngestError::Io {
                path: shown,
                source,
            }))
        }
    };
    let html = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            emit(Err(IngestError::BadEncoding {
                path: shown.clone(),
                offset: e.utf8_error().valid_up_to(),
            }));
            windows_1252(e.as_bytes())
        }
    };
    emit(Ok(Input::Page(Page {
        id: shown.clone(),
        path: shown,
        url: None,
        html,
    })))
}

/// Decodes bytes as Windows-1252 (ISO-8859-1 with printable characters in 0x80–0x9F).
pub fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Reads the HTML pages of a WARC stream as articles (id: the record's URL).
pub fn read_warc_pages(
    input: impl BufRead,
    path: &str,
    emit: &mut dyn FnMut(Result<Article, IngestError>),
) {
    read_warc_inputs(input, path, &mut |r| emit(r.and_then(Input::into_article)));
}

/// The HTML pages of a WARC stream, unextracted; other records are skipped, damage reported.
pub fn read_warc_inputs(
    input: impl BufRead,
    path: &str,
    emit: &mut dyn FnMut(Result<Input, IngestError>),
) {
    crate::warc::read_warc(input, &mut |item| warc_input(item, path, emit));
}

/// [`read_warc_inputs`] for a gzipped WARC (`input`: the compressed bytes), read member by
/// member so that a corrupt member costs only its own records.
pub fn read_warc_gz_inputs(
    input: impl BufRead,
    path: &str,
    emit: &mut dyn FnMut(Result<Input, IngestError>),
) {
    crate::warc::read_warc_gz(input, &mut |item| warc_input(item, path, emit));
}

fn warc_input(
    item: crate::warc::WarcItem,
    path: &str,
    emit: &mut dyn FnMut(Result<Input, IngestError>),
) {
    match item {
        crate::warc::WarcItem::Page(p) => {
            let at = format!("{path}#{}", p.record);
            emit(Ok(Input::Page(Page {
                id: p.url.clone().unwrap_or_else(|| at.clone()),
                path: at,
                url: p.url,
                html: p.html,
            })))
        }
        crate::warc::WarcItem::Skipped { record, reason } => emit(Err(IngestError::Skipped {
            path: format!("{path}#{record}"),
            reason,
        })),
        crate::warc::WarcItem::Error {
            record,
            offset,
            message,
        } => emit(Err(IngestError::Warc {
            path: path.to_string(),
            record,
            offset,
            message,
        })),
    }
}

fn read_text_file(path: &Path) -> Result<Article, IngestError> {
    let shown = path.display().to_string();
    let bytes = fs::read(path).map_err(|source| IngestError::Io {
        path: shown.clone(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| IngestError::NotUtf8 {
        path: shown.clone(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    Ok(article_from_page(shown.clone(), Some(shown), text))
}

/// Builds an article from a plain-text page, detecting title, outlet and publication date from
/// the text.
pub fn article_from_page(id: String, path: Option<String>, text: String) -> Article {
    let layout = page::layout(&text);
    Article {
        id,
        path,
        url: None,
        outlet: layout.outlet,
        published: layout.published,
        title: layout.title,
        text,
    }
}

/// Longest JSONL line read as an article: news articles are tens of kilobytes, and a longer
/// line (a dump's stray blob) is skipped without being held in memory.
pub const MAX_LINE: usize = 8 << 20;

/// Reads JSONL articles line by line; a bad line is reported with `path:line` and skipped.
pub fn read_jsonl(
    mut reader: impl BufRead,
    path: &str,
    emit: &mut dyn FnMut(Result<Article, IngestError>),
) {
    let mut bytes = Vec::new();
    for lineno in 1.. {
        let bad = |message: String| IngestError::BadLine {
            path: path.to_string(),
            line: lineno,
            message,
        };
        bytes.clear();
        let read = (&mut reader)
            .take(MAX_LINE as u64 + 1)
            .read_until(b'\n', &mut bytes);
        match read {
            Ok(0) => return,
            Ok(_) => {}
            Err(source) => {
                return emit(Err(IngestError::Io {
                    path: path.to_string(),
                    source,
                }))
            }
        }
        if bytes.len() > MAX_LINE && bytes.last() != Some(&b'\n') {
            match skip_line(&mut reader) {
                Ok(rest) => emit(Err(bad(format!(
                    "line of {} bytes is longer than the {} MiB an article may have; skipped",
                    bytes.len() + rest,
                    MAX_LINE >> 20
                )))),
                Err(source) => {
                    return emit(Err(IngestError::Io {
                        path: path.to_string(),
                        source,
                    }))
                }
            }
            continue;
        }
        let Ok(line) = std::str::from_utf8(&bytes) else {
            emit(Err(bad("not UTF-8".into())));
            continue;
        };
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let input: InputArticle = match serde_json::from_str(line) {
            Ok(a) => a,
            Err(e) => {
                emit(Err(bad(format!("not an article object: {e}"))));
                continue;
            }
        };
        emit(article_from_input(input).map_err(bad));
    }
}

/// Consumes the rest of a line (through its newline); the bytes skipped.
fn skip_line(reader: &mut impl BufRead) -> io::Result<usize> {
    let mut skipped = 0;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(skipped);
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(k) => {
                reader.consume(k + 1);
                return Ok(skipped + k + 1);
            }
            None => {
                let n = buf.len();
                reader.consume(n);
                skipped += n;
            }
        }
    }
}

fn article_from_input(input: InputArticle) -> Result<Article, String> {
    if input.text.trim().is_empty() {
        return Err("empty \"text\"".into());
    }
    let published = match input.published.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(p) => Some(annals_time::parse_date(p).ok_or_else(|| {
            format!("\"published\": {p:?} is not a date (YYYY-MM-DD or RFC 3339)")
        })?),
    };
    let layout = page::layout(&input.text);
    let id = input
        .id
        .filter(|s| !s.trim().is_empty())
        .or_else(|| input.url.clone().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| format!("sha:{}", stable_id(&[&input.text])));
    Ok(Article {
        id,
        path: None,
        url: input.url,
        outlet: input.outlet.or(layout.outlet),
        published: published.or(layout.published),
        title: input.title.or(layout.title),
        text: input.text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(input: &str) -> (Vec<Article>, Vec<String>) {
        let mut ok = Vec::new();
        let mut errs = Vec::new();
        read_jsonl(input.as_bytes(), "in.jsonl", &mut |r| match r {
            Ok(a) => ok.push(a),
            Err(e) => errs.push(e.to_string()),
        });
        (ok, errs)
    }

    #[test]
    fn bad_lines_are_reported_and_the_rest_read() {
        let input = concat!(
            "{\"id\":\"a\",\"published\":\"2025-01-02\",\"text\":\"Ministers met in Oslo.\"}\n",
            "{\"id\":\"b\", \"text\": \n",
            "\n",
            "{\"url\":\"https://x.test/c\",\"text\":\"Troops withdrew.\",\"published\":\"2025-02-30\"}\n",
            "{\"url\":\"https://x.test/d\",\"text\":\"Troops withdrew.\",\"published\":\"2025-02-03T10:00:00+02:00\"}\n",
            "[1,2]\n",
        );
        let (ok, errs) = collect(input);
        assert_eq!(ok.len(), 2);
        assert_eq!(ok[0].id, "a");
        assert_eq!(
            ok[0].published.map(|d| d.to_string()).as_deref(),
            Some("2025-01-02")
        );
        assert_eq!(ok[1].id, "https://x.test/d");
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert!(errs[0].starts_with("in.jsonl:2: "), "{}", errs[0]);
        assert!(errs[1].starts_with("in.jsonl:4: "), "{}", errs[1]);
        assert!(errs[2].starts_with("in.jsonl:6: "), "{}", errs[2]);
    }

    #[test]
    fn id_defaults_to_url_then_content_hash() {
        let (ok, _) = collect("{\"text\":\"A text.\"}\n{\"text\":\"A text.\"}\n");
        assert_eq!(ok.len(), 2);
        assert!(ok[0].id.starts_with("sha:"));
        assert_eq!(ok[0].id, ok[1].id);
    }

    #[test]
    fn missing_file_names_the_path() {
        let mut errs = Vec::new();
        read_path(Path::new("/nonexistent/annals/x.txt"), &mut |r| {
            if let Err(e) = r {
                errs.push(e.to_string())
            }
        });
        assert_eq!(errs.len(), 1);
        assert!(errs[0].starts_with("/nonexistent/annals/x.txt: "));
    }
}
