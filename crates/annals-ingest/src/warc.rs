//! WARC files (1.0 and 1.1), plain or gzipped one member per record as CC-NEWS ships them: a
//! streaming reader that yields each `response` record's URL, date and HTML body.
//!
//! Records are framed by their `Content-Length`, so the reader never holds more than one
//! record. A damaged record is reported with the file, the record's number and its byte offset
//! in the (decompressed) stream; reading stops at damage it cannot frame past.

use std::io::{BufRead, Read};

/// One WARC `response` record carrying an HTML page.
#[derive(Debug, Clone, PartialEq)]
pub struct WarcPage {
    /// 1-based record number in the file.
    pub record: usize,
    /// Byte offset of the record in the decompressed stream.
    pub offset: u64,
    pub url: Option<String>,
    /// `WARC-Date`, as written.
    pub date: Option<String>,
    pub html: String,
}

/// What the reader yields for one record.
#[derive(Debug)]
pub enum WarcItem {
    Page(WarcPage),
    /// A record that is not an HTML response (request, metadata, warcinfo, images, PDFs…).
    Skipped {
        record: usize,
        reason: &'static str,
    },
    /// A damaged record: why, where.
    Error {
        record: usize,
        offset: u64,
        message: String,
    },
}

/// Largest record read into memory; larger ones are skipped (video, archives).
const MAX_RECORD: u64 = 64 << 20;

/// Reads records from `input` (already decompressed), calling `emit` for each.
pub fn read_warc(mut input: impl BufRead, emit: &mut dyn FnMut(WarcItem)) {
    let mut offset: u64 = 0;
    let mut record = 0usize;
    let mut line = Vec::new();
    loop {
        // the version line, past blank lines between records
        let start = offset;
        line.clear();
        let n = match input.read_until(b'\n', &mut line) {
            Ok(n) => n,
            Err(e) => {
                return emit(WarcItem::Error {
                    record: record + 1,
                    offset: start,
                    message: format!("read error: {e}"),
                })
            }
        };
        if n == 0 {
            return;
        }
        offset += n as u64;
        let text = String::from_utf8_lossy(&line);
        let version = text.trim();
        if version.is_empty() {
            continue;
        }
        record += 1;
        if !matches!(version, "WARC/1.0" | "WARC/1.1") {
            return emit(WarcItem::Error {
                record,
                offset: start,
                message: format!(
                    "expected a WARC/1.0 or WARC/1.1 header, found {:?}",
                    version.chars().take(40).collect::<String>()
                ),
            });
        }
        // named fields up to the blank line
        let mut kind = String::new();
        let mut url = None;
        let mut date = None;
        let mut length: Option<u64> = None;
        loop {
            line.clear();
            match input.read_until(b'\n', &mut line) {
                Ok(0) => {
                    return emit(WarcItem::Error {
                        record,
                        offset: start,
                        message: "file ends inside the record's header".into(),
                    })
                }
                Ok(n) => offset += n as u64,
                Err(e) => {
                    return emit(WarcItem::Error {
                        record,
                        offset: start,
                        message: format!("read error: {e}"),
                    })
                }
            }
            let field = String::from_utf8_lossy(&line);
            let field = field.trim_end();
            if field.is_empty() {
                break;
            }
            let Some((name, value)) = field.split_once(':') else {
                continue;
            };
            let value = value.trim().to_string();
            match name.trim().to_ascii_lowercase().as_str() {
                "warc-type" => kind = value.to_ascii_lowercase(),
                "warc-target-uri" => url = Some(value.trim_matches(['<', '>']).to_string()),
                "warc-date" => date = Some(value),
                "content-length" => length = value.parse().ok(),
                _ => {}
            }
        }
        let Some(length) = length else {
            return emit(WarcItem::Error {
                record,
                offset: start,
                message: "no valid Content-Length: the record cannot be framed".into(),
            });
        };
        if length > MAX_RECORD || kind != "response" {
            let reason = if kind != "response" {
                "not a response record"
            } else {
                "record too large"
            };
            match std::io::copy(&mut (&mut input).take(length), &mut std::io::sink()) {
                Ok(k) if k == length => {}
                _ => {
                    return emit(WarcItem::Error {
                        record,
                        offset: start,
                        message: format!("file ends inside the record's {length}-byte block"),
                    })
                }
            }
            offset += length;
            emit(WarcItem::Skipped { record, reason });
            continue;
        }
        let mut block = Vec::with_capacity(length as usize);
        match (&mut input).take(length).read_to_end(&mut block) {
            Ok(k) if k as u64 == length => {}
            Ok(_) => {
                return emit(WarcItem::Error {
                    record,
                    offset: start,
                    message: format!("file ends inside the record's {length}-byte block"),
                })
            }
            Err(e) => {
                return emit(WarcItem::Error {
                    record,
                    offset: start,
                    message: format!("read error: {e}"),
                })
            }
        }
        offset += length;
        match http_html(&block) {
            Ok(html) => emit(WarcItem::Page(WarcPage {
                record,
                offset: start,
                url,
                date,
                html,
            })),
            Err(reason) => emit(WarcItem::Skipped { record, reason }),
        }
    }
}

/// The HTML body of an HTTP response block, if it is a successful HTML response.
fn http_html(block: &[u8]) -> Result<String, &'static str> {
    let split = block
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|k| (k, k + 4))
        .or_else(|| {
            block
                .windows(2)
                .position(|w| w == b"\n\n")
                .map(|k| (k, k + 2))
        })
        .ok_or("no HTTP header")?;
    let head = String::from_utf8_lossy(&block[..split.0]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    if !status.starts_with("HTTP/") {
        return Err("no HTTP status line");
    }
    if status.split_whitespace().nth(1) != Some("200") {
        return Err("HTTP status not 200");
    }
    let content_type = lines
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if !content_type.is_empty() && !content_type.contains("html") {
        return Err("not HTML");
    }
    if content_type.contains("charset=")
        && !content_type.contains("utf-8")
        && !content_type.contains("utf8")
    {
        // pages in other encodings would need a decoder; UTF-8 is what CC-NEWS mostly holds
        if !content_type.contains("ascii") {
            return Err("not UTF-8");
        }
    }
    Ok(String::from_utf8_lossy(&block[split.1..]).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A WARC record with the given type and block.
    pub fn record(kind: &str, url: &str, block: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2025-03-04T10:00:00Z\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    }

    fn read(input: &[u8]) -> Vec<String> {
        let mut out = Vec::new();
        read_warc(input, &mut |i| {
            out.push(match i {
                WarcItem::Page(p) => format!("page {} {}", p.record, p.url.unwrap_or_default()),
                WarcItem::Skipped { record, reason } => format!("skip {record} {reason}"),
                WarcItem::Error {
                    record,
                    offset,
                    message,
                } => format!("error {record}@{offset} {message}"),
            })
        });
        out
    }

    #[test]
    fn responses_are_pages_and_the_rest_is_skipped() {
        let html = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<html><body><p>Hi</p></body></html>";
        let pdf = "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4";
        let input = [
            record("warcinfo", "", "software: annals tests"),
            record("request", "https://a.test/1", "GET /1 HTTP/1.1\r\n\r\n"),
            record("response", "https://a.test/1", html),
            record("response", "https://a.test/2", pdf),
        ]
        .concat();
        assert_eq!(
            read(input.as_bytes()),
            [
                "skip 1 not a response record",
                "skip 2 not a response record",
                "page 3 https://a.test/1",
                "skip 4 not HTML"
            ]
        );
    }

    #[test]
    fn damage_names_the_record_and_offset() {
        let good = record(
            "response",
            "https://a.test/1",
            "HTTP/1.1 200 OK\r\n\r\n<p>x</p>",
        );
        let truncated =
            format!("{good}WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nshort");
        let out = read(truncated.as_bytes());
        assert_eq!(out[0], "page 1 https://a.test/1");
        assert!(
            out[1].starts_with(&format!("error 2@{} file ends inside", good.len())),
            "{out:?}"
        );
        assert!(read(b"GET / HTTP/1.1\r\n")[0].starts_with("error 1@0 expected a WARC"));
    }

    #[test]
    fn gzip_members_one_per_record_are_read_in_turn() {
        use flate2::write::GzEncoder;
        use std::io::Write;
        let mut bytes = Vec::new();
        for k in 1..=3 {
            let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
            let r = record(
                "response",
                &format!("https://a.test/{k}"),
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>",
            );
            gz.write_all(r.as_bytes()).unwrap();
            bytes.extend(gz.finish().unwrap());
        }
        let decoder = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(&bytes[..]));
        assert_eq!(read_all(decoder).len(), 3);
    }

    fn read_all(r: impl BufRead) -> Vec<String> {
        let mut out = Vec::new();
        read_warc(r, &mut |i| {
            if let WarcItem::Page(p) = i {
                out.push(p.url.unwrap_or_default())
            }
        });
        out
    }
}
