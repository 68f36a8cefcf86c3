//! A synthetic news corpus for benchmarks and robustness tests: N articles written from
//! annals' own templates (no third-party text), as JSONL, HTML pages or a gzipped WARC file
//! (one member per record, as CC-NEWS ships them). Deterministic for a seed.

use std::io::Write;
use std::path::Path;

use anyhow::{Context as _, Result};

/// Output formats of the generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CorpusFormat {
    Jsonl,
    Html,
    Warc,
}

/// Countries: name, adjective, capital.
const COUNTRIES: [(&str, &str, &str); 16] = [
    ("France", "French", "Paris"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Japan", "Japanese", "Tokyo"),
    ("India", "Indian", "New Delhi"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Germany", "German", "Berlin"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Turkey", "Turkish", "Ankara"),
    ("Nigeria", "Nigerian", "Abuja"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("Poland", "Polish", "Warsaw"),
    ("Chile", "Chilean", "Santiago"),
    ("Canada", "Canadian", "Ottawa"),
    ("South Africa", "South African", "Pretoria"),
];

const ROLES: [&str; 4] = [
    "president",
    "prime minister",
    "foreign minister",
    "defence minister",
];

const OUTLETS: [&str; 6] = [
    "The Daily Ledger",
    "Coastal Times",
    "Meridian Wire",
    "The Northern Courier",
    "Capital Review",
    "Harbour Gazette",
];

const WEEKDAYS: [&str; 5] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// Sentence templates: {A} {a} {Ac} country, adjective, capital of one side; {B} {b} {Bc} of
/// the other; {r} {s} roles; {d} a weekday; {n} a number.
const TEMPLATES: [&str; 18] = [
    "The {a} {r} arrived in {Bc} on {d} for a two-day visit, officials said.",
    "The {a} {r} met the {b} {s} in {Bc} to discuss trade and security.",
    "{A} and {B} signed an agreement on energy cooperation on {d}.",
    "{A}'s foreign ministry condemned the decision by {B} to expel two diplomats.",
    "{A} accused {B} of violating its airspace near the border.",
    "Police in {Ac} arrested dozens of protesters outside the {b} embassy on {d}.",
    "Trade between the two countries reached ${n} billion last year, according to official figures.",
    "{A} will host a summit with {B} next month, the {a} {r} said.",
    "The {b} government did not comment on the report.",
    "Analysts said the talks could lead to a broader partnership between the two neighbours.",
    "{a} troops shelled positions near the border with {B} on {d}, the army said.",
    "{b} officials denied the claim and called it baseless.",
    "The {a} {r} praised {B} for its role in the negotiations.",
    "{A} imposed sanctions on {b} officials over the crackdown.",
    "The two sides agreed to resume talks on a free trade agreement.",
    "In total, {n} agreements were signed during the visit.",
    "{B} recalled its ambassador from {Ac} for consultations.",
    "Markets in {Ac} were little changed after the announcement.",
];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// One generated article.
pub struct GenArticle {
    pub id: String,
    pub url: String,
    pub outlet: &'static str,
    pub published: String,
    pub title: String,
    pub paragraphs: Vec<String>,
}

impl GenArticle {
    /// The article as annals stores it (the text's paragraphs one per line).
    pub fn into_article(self) -> annals_model::Article {
        annals_model::Article {
            published: self.published.parse().ok(),
            id: self.id,
            path: None,
            url: Some(self.url),
            outlet: Some(self.outlet.to_string()),
            title: Some(self.title),
            text: self.paragraphs.join("\n"),
        }
    }
}

/// The `i`-th article of the corpus for `seed`.
pub fn article(seed: u64, i: usize) -> GenArticle {
    let mut rng = Rng(seed ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let a = rng.below(COUNTRIES.len());
    let b = (a + 1 + rng.below(COUNTRIES.len() - 1)) % COUNTRIES.len();
    let (ca, cb) = (COUNTRIES[a], COUNTRIES[b]);
    let day = 1 + rng.below(28);
    let month = 1 + rng.below(12);
    let published = format!("2025-{month:02}-{day:02}");
    let sentences = 8 + rng.below(7);
    let mut paragraphs = Vec::new();
    let mut current = Vec::new();
    for _ in 0..sentences {
        let t = TEMPLATES[rng.below(TEMPLATES.len())];
        let s = t
            .replace("{Ac}", ca.2)
            .replace("{Bc}", cb.2)
            .replace("{A}", ca.0)
            .replace("{B}", cb.0)
            .replace("{a}", ca.1)
            .replace("{b}", cb.1)
            .replace("{r}", ROLES[rng.below(ROLES.len())])
            .replace("{s}", ROLES[rng.below(ROLES.len())])
            .replace("{d}", WEEKDAYS[rng.below(WEEKDAYS.len())])
            .replace("{n}", &(2 + rng.below(90)).to_string());
        let mut chars = s.chars();
        let s = match chars.next() {
            Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
            None => s,
        };
        current.push(s);
        if current.len() >= 2 + rng.below(3) {
            paragraphs.push(current.join(" "));
            current.clear();
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    let outlet = OUTLETS[rng.below(OUTLETS.len())];
    GenArticle {
        id: format!("gen-{seed}-{i}"),
        url: format!(
            "https://{}.example/{published}/{}-{}-{i}",
            outlet.to_lowercase().replace(' ', "-").replace("the-", ""),
            ca.0.to_lowercase().replace(' ', "-"),
            cb.0.to_lowercase().replace(' ', "-")
        ),
        outlet,
        published,
        title: format!("{} and {} leaders meet as ties deepen", ca.0, cb.0),
        paragraphs,
    }
}

/// The article as a web page with navigation, a cookie notice, related links and a footer.
pub fn html(a: &GenArticle) -> String {
    let body: String = a
        .paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>\n", escape(p)))
        .collect();
    format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} - {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{date}T08:00:00Z">
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{title}","datePublished":"{date}T08:00:00Z"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav>
<div class="cookies">This site uses cookies. Accept all cookies to continue.</div>
<article><h1>{title}</h1>
{body}</article>
<aside><h3>Most read</h3><a href="/a">Storm closes northern roads</a> <a href="/b">Shares end week higher</a></aside>
<footer>Copyright 2025 {outlet}. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>"#,
        title = escape(&a.title),
        outlet = a.outlet,
        date = a.published,
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Writes `n` articles to `out`: a `.jsonl` file, a directory of `.html` pages, or a
/// `.warc.gz` file.
/// The `i`-th article, published in one of `years` years ending with the generator's (2025).
fn article_over(seed: u64, i: usize, years: usize) -> GenArticle {
    let mut a = article(seed, i);
    if years > 1 {
        let year = 2025 - (i % years);
        a.published = format!("{year}{}", &a.published[4..]);
        a.url = a.url.replacen("2025-", &format!("{year}-"), 1);
    }
    a
}

/// Writes `n` articles; `years` spreads their publication dates over that many years.
pub fn write(out: &Path, format: CorpusFormat, n: usize, seed: u64, years: usize) -> Result<()> {
    let ctx = || format!("writing {}", out.display());
    match format {
        CorpusFormat::Jsonl => {
            let mut f = std::io::BufWriter::new(std::fs::File::create(out).with_context(ctx)?);
            for i in 0..n {
                let a = article_over(seed, i, years);
                let line = serde_json::json!({
                    "id": a.id, "url": a.url, "outlet": a.outlet, "published": a.published,
                    "title": a.title, "text": a.paragraphs.join("\n"),
                });
                writeln!(f, "{line}").with_context(ctx)?;
            }
            f.flush().with_context(ctx)?;
        }
        CorpusFormat::Html => {
            std::fs::create_dir_all(out).with_context(ctx)?;
            for i in 0..n {
                let a = article_over(seed, i, years);
                std::fs::write(out.join(format!("{:07}.html", i)), html(&a)).with_context(ctx)?;
            }
        }
        CorpusFormat::Warc => {
            let mut f = std::io::BufWriter::new(std::fs::File::create(out).with_context(ctx)?);
            let member = |f: &mut dyn Write, record: &str| -> std::io::Result<()> {
                let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                gz.write_all(record.as_bytes())?;
                f.write_all(&gz.finish()?)
            };
            let info = "software: annals corpus generator\r\nformat: WARC File Format 1.1\r\n";
            member(
                &mut f,
                &warc_record("warcinfo", None, "application/warc-fields", info),
            )
            .with_context(ctx)?;
            for i in 0..n {
                let a = article_over(seed, i, years);
                let request = format!("GET / HTTP/1.1\r\nHost: {}\r\n\r\n", a.outlet);
                member(
                    &mut f,
                    &warc_record(
                        "request",
                        Some(&a.url),
                        "application/http; msgtype=request",
                        &request,
                    ),
                )
                .with_context(ctx)?;
                let page = html(&a);
                let response = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: {}\r\n\r\n{page}",
                    page.len()
                );
                member(
                    &mut f,
                    &warc_record(
                        "response",
                        Some(&a.url),
                        "application/http; msgtype=response",
                        &response,
                    ),
                )
                .with_context(ctx)?;
            }
            f.flush().with_context(ctx)?;
        }
    }
    Ok(())
}

fn warc_record(kind: &str, url: Option<&str>, content_type: &str, block: &str) -> String {
    let uri = url.map_or(String::new(), |u| format!("WARC-Target-URI: {u}\r\n"));
    format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\n{uri}WARC-Date: 2025-06-01T00:00:00Z\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
        block.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_deterministic_and_varied() {
        let (a, b) = (article(7, 3), article(7, 3));
        assert_eq!(a.paragraphs, b.paragraphs);
        assert_ne!(article(7, 4).paragraphs, a.paragraphs);
        assert!(
            a.paragraphs
                .iter()
                .map(|p| p.matches(". ").count() + 1)
                .sum::<usize>()
                >= 8
        );
    }
}
