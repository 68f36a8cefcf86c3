//! WARC files (1.0 and 1.1), plain or gzipped one member per record as CC-NEWS ships them: a
//! streaming reader that yields each `response` record's URL, date and HTML body.
//!
//! Records are framed by their `Content-Length`, so the reader never holds more than one
//! record. A damaged record is reported with the file, the record's number and its byte offset
//! in the (decompressed) stream; a plain stream stops at damage it cannot frame past. A gzipped
//! file is read member by member ([`read_warc_gz`]): a corrupt member is reported with its
//! offset in the compressed file and reading goes on at the next member.

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
pub fn read_warc(input: impl BufRead, emit: &mut dyn FnMut(WarcItem)) {
    let (mut record, mut offset) = (0, 0);
    if let Err(cut) = read_records(input, &mut record, &mut offset, emit) {
        emit(cut.into_item());
    }
}

/// A record the input ends inside: where it starts, and what is missing.
struct Cut {
    record: usize,
    offset: u64,
    message: String,
}

impl Cut {
    fn into_item(self) -> WarcItem {
        WarcItem::Error {
            record: self.record,
            offset: self.offset,
            message: self.message,
        }
    }
}

/// Reads whole records, numbering them after `record` and counting bytes from `offset`; both
/// are left after the last whole record. Input that ends inside a record is a [`Cut`].
fn read_records(
    mut input: impl BufRead,
    whole_records: &mut usize,
    whole_offset: &mut u64,
    emit: &mut dyn FnMut(WarcItem),
) -> Result<(), Cut> {
    let mut line = Vec::new();
    loop {
        let (done_record, done_offset) = (*whole_records, *whole_offset);
        let cut = |message: String| Cut {
            record: done_record + 1,
            offset: done_offset,
            message,
        };
        let mut record = done_record;
        let mut offset = done_offset;
        // the version line, past blank lines between records
        let start = offset;
        line.clear();
        let n = match input.read_until(b'\n', &mut line) {
            Ok(n) => n,
            Err(e) => return Err(cut(format!("read error: {e}"))),
        };
        if n == 0 {
            return Ok(());
        }
        offset += n as u64;
        let text = String::from_utf8_lossy(&line);
        let version = text.trim();
        if version.is_empty() {
            (*whole_records, *whole_offset) = (record, offset);
            continue;
        }
        record += 1;
        if !matches!(version, "WARC/1.0" | "WARC/1.1") {
            emit(WarcItem::Error {
                record,
                offset: start,
                message: format!(
                    "expected a WARC/1.0 or WARC/1.1 header, found {:?}",
                    version.chars().take(40).collect::<String>()
                ),
            });
            // nothing past this can be framed: the rest of the input is given up
            (*whole_records, *whole_offset) = (record, offset);
            return Ok(());
        }
        // named fields up to the blank line
        let mut kind = String::new();
        let mut url = None;
        let mut date = None;
        let mut length: Option<u64> = None;
        loop {
            line.clear();
            match input.read_until(b'\n', &mut line) {
                Ok(0) => return Err(cut("file ends inside the record's header".into())),
                Ok(n) => offset += n as u64,
                Err(e) => return Err(cut(format!("read error: {e}"))),
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
            emit(WarcItem::Error {
                record,
                offset: start,
                message: "no valid Content-Length: the record cannot be framed".into(),
            });
            (*whole_records, *whole_offset) = (record, offset);
            return Ok(());
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
                    return Err(cut(format!(
                        "file ends inside the record's {length}-byte block"
                    )))
                }
            }
            offset += length;
            emit(WarcItem::Skipped { record, reason });
            (*whole_records, *whole_offset) = (record, offset);
            continue;
        }
        let mut block = Vec::with_capacity(length as usize);
        match (&mut input).take(length).read_to_end(&mut block) {
            Ok(k) if k as u64 == length => {}
            Ok(_) => {
                return Err(cut(format!(
                    "file ends inside the record's {length}-byte block"
                )))
            }
            Err(e) => return Err(cut(format!("read error: {e}"))),
        }
        offset += length;
        (*whole_records, *whole_offset) = (record, offset);
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

/// Reads a gzipped WARC file (`input`: the compressed bytes) member by member. Records may
/// span members; a member that does not decompress is reported with the record it held and its
/// byte offset in the compressed file, and reading goes on at the next member (the next gzip
/// header after the damage).
pub fn read_warc_gz(input: impl BufRead, emit: &mut dyn FnMut(WarcItem)) {
    let mut input = Counted {
        inner: input,
        at: 0,
    };
    // decompressed bytes of a record begun in an earlier member
    let mut pending: Vec<u8> = Vec::new();
    let (mut record, mut offset) = (0usize, 0u64);
    loop {
        match input.fill_buf() {
            Ok([]) => break,
            Ok(_) => {}
            Err(e) => {
                emit(WarcItem::Error {
                    record: record + 1,
                    offset: input.at,
                    message: format!("read error: {e}"),
                });
                return;
            }
        }
        let member_at = input.at;
        let mut member = Vec::new();
        let read = flate2::bufread::GzDecoder::new(&mut input)
            .take(2 * MAX_RECORD)
            .read_to_end(&mut member);
        // (a decoder that consumed nothing would loop forever: that is damage too)
        let read = read.and_then(|n| match input.at == member_at {
            true => Err(std::io::Error::other("no gzip member")),
            false => Ok(n),
        });
        if let Err(e) = read {
            emit(WarcItem::Error {
                record: record + 1,
                offset: member_at,
                message: format!(
                    "gzip member at byte {member_at} of the compressed file does not decompress ({e}); reading goes on at the next member"
                ),
            });
            // the record the member held is lost, with any part of it in earlier members
            // (numbered as one record: a member holds one in the files this reads)
            record += 1;
            offset += pending.len() as u64;
            pending.clear();
            if !skip_to_member(&mut input, member_at) {
                return;
            }
            continue;
        }
        pending.extend_from_slice(&member);
        let before = offset;
        match read_records(&pending[..], &mut record, &mut offset, emit) {
            Ok(()) => pending.clear(),
            Err(_) if pending.len() as u64 > 2 * MAX_RECORD => {
                emit(WarcItem::Error {
                    record: record + 1,
                    offset,
                    message: "record larger than any a page needs: skipped".into(),
                });
                offset += pending.len() as u64 - (offset - before);
                pending.clear();
            }
            // a record continued in the next member: keep its beginning
            Err(_) => {
                pending.drain(..(offset - before) as usize);
            }
        }
    }
    if pending.iter().any(|b| !b.is_ascii_whitespace()) {
        if let Err(cut) = read_records(&pending[..], &mut record, &mut offset, emit) {
            emit(cut.into_item());
        }
    }
}

/// Consumes input up to the next gzip member header after byte `from`; false at the end.
fn skip_to_member<R: BufRead>(input: &mut Counted<R>, from: u64) -> bool {
    const MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];
    // a header split over two buffer fills: keep up to two bytes of the last fill
    let mut carry: Vec<u8> = Vec::new();
    loop {
        // never the damaged member's own header again
        let skip_own = usize::from(input.at == from && carry.is_empty());
        let buf = match input.fill_buf() {
            Ok([]) | Err(_) => return false,
            Ok(b) => b,
        };
        let mut window = carry.clone();
        window.extend_from_slice(&buf[..buf.len().min(4096)]);
        let found = window
            .windows(3)
            .enumerate()
            .skip(skip_own)
            .find(|(_, w)| *w == MAGIC)
            .map(|(k, _)| k);
        match found {
            Some(k) if k >= carry.len() => {
                input.consume(k - carry.len());
                return true;
            }
            Some(_) => {
                // the header began in the carried bytes: those are consumed already; the
                // member is lost (rare: a header split exactly at a buffer boundary)
                carry.clear();
            }
            None => {
                let n = buf.len().min(4096);
                carry = window[window.len().saturating_sub(2)..].to_vec();
                input.consume(n);
            }
        }
    }
}

/// A reader that counts the bytes consumed from it: offsets in the compressed file.
struct Counted<R> {
    inner: R,
    at: u64,
}

impl<R: BufRead> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.at += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.at += amt as u64;
        self.inner.consume(amt);
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

    /// What a reader yields, one line per item.
    fn items(reader: fn(&[u8], &mut dyn FnMut(WarcItem)), input: &[u8]) -> Vec<String> {
        let mut out = Vec::new();
        reader(input, &mut |i| {
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

    fn read(input: &[u8]) -> Vec<String> {
        items(|i, emit| read_warc(i, emit), input)
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

    fn gz(bytes: &[u8]) -> Vec<u8> {
        use flate2::write::GzEncoder;
        use std::io::Write;
        let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(bytes).unwrap();
        gz.finish().unwrap()
    }

    fn read_gz(input: &[u8]) -> Vec<String> {
        items(|i, emit| read_warc_gz(i, emit), input)
    }

    #[test]
    fn gzip_members_are_read_past_damage_and_records_may_span_members() {
        let page = |k: usize| {
            record(
                "response",
                &format!("https://a.test/{k}"),
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>",
            )
        };
        // record 2 is split over two members
        let second = page(2);
        let (head, tail) = second.split_at(30);
        let members = [
            gz(page(1).as_bytes()),
            gz(head.as_bytes()),
            gz(tail.as_bytes()),
            gz(page(3).as_bytes()),
        ];
        let whole = members.concat();
        assert_eq!(
            read_gz(&whole),
            [
                "page 1 https://a.test/1",
                "page 2 https://a.test/2",
                "page 3 https://a.test/3"
            ]
        );
        // the third member spoilt: record 2 is lost, record 3 is read
        let mut spoilt = whole.clone();
        let at = members[0].len() + members[1].len();
        for b in &mut spoilt[at + 12..at + 24] {
            *b ^= 0xff;
        }
        let out = read_gz(&spoilt);
        assert_eq!(out[0], "page 1 https://a.test/1");
        assert!(
            out[1].starts_with(&format!("error 2@{at} gzip member at byte {at}")),
            "{out:?}"
        );
        assert_eq!(out[2], "page 3 https://a.test/3");
        assert_eq!(out.len(), 3);
        // cut inside the last member: the whole records before it are read, the cut reported
        let cut = &whole[..whole.len() - 10];
        let out = read_gz(cut);
        assert_eq!(
            &out[..2],
            ["page 1 https://a.test/1", "page 2 https://a.test/2"]
        );
        assert!(out[2].starts_with("error 3@"), "{out:?}");
        // garbage is an error, never a panic
        assert!(read_gz(b"\x1f\x8b\x08garbage")[0].starts_with("error 1@0"));
    }

    proptest::proptest! {
        /// Spoiling any bytes of a gzipped WARC gives errors with their place, never a panic,
        /// and never more pages than the file held.
        #[test]
        fn spoilt_gzip_never_panics(at in 0usize..400, len in 1usize..40, flip in 1u8..=255) {
            let page = |k: usize| gz(record("response", &format!("https://a.test/{k}"),
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>").as_bytes());
            let mut bytes = [page(1), page(2), page(3)].concat();
            let at = at % bytes.len();
            let end = (at + len).min(bytes.len());
            for b in &mut bytes[at..end] {
                *b ^= flip;
            }
            let out = read_gz(&bytes);
            proptest::prop_assert!(out.iter().filter(|o| o.starts_with("page")).count() <= 3);
            for o in &out {
                proptest::prop_assert!(!o.starts_with("error 0@"), "{}", o);
            }
        }
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
