//! HTML pages: the article's main text and metadata, extracted with the `trafilatura` crate (a
//! port of the trafilatura extractor: boilerplate removal, JSON-LD / OpenGraph / `<meta>`
//! metadata and htmldate-style date heuristics).
//!
//! The article's text is the extracted text, paragraphs on their own lines, and every offset
//! annals stores points into it. The publication date follows the precedence of issue #6:
//! metadata the caller gives (a WARC record's URL date is not used) > the page's own metadata
//! > a date line in the extracted text.

use annals_model::{hash::stable_id, Article, Date};

/// Why a page gives no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HtmlSkip {
    /// No main text could be extracted (an index page, a video page, an empty body).
    NoText,
    /// The page's language is not English.
    NotEnglish(String),
}

impl HtmlSkip {
    /// A short reason for counts in the ingest summary.
    pub fn reason(&self) -> &'static str {
        match self {
            HtmlSkip::NoText => "no main text",
            HtmlSkip::NotEnglish(_) => "not English",
        }
    }
}

/// Extracts the article of one HTML page. `id` is the article id (a path or URL), `url` the
/// page's address if known.
pub fn article_from_html(
    id: String,
    path: Option<String>,
    url: Option<String>,
    html: &str,
) -> Result<Article, HtmlSkip> {
    let options = trafilatura::Options::default()
        .with_fallback(false)
        .with_exclude_comments(true);
    let result = trafilatura::extract(html, &options).map_err(|_| HtmlSkip::NoText)?;
    // one paragraph (heading, list item) per line, as the page layout and sentence splitter
    // expect
    let text = block_lines(&result.content_html);
    let text = if text.trim().is_empty() {
        result.content_text.trim().to_string()
    } else {
        text
    };
    if text.split_whitespace().count() < 20 {
        return Err(HtmlSkip::NoText);
    }
    let meta = &result.metadata;
    // the page's own declaration first, then what the extractor found
    let lang = declared_language(html).unwrap_or_else(|| meta.language.trim().to_ascii_lowercase());
    if !lang.is_empty() && !lang.starts_with("en") {
        return Err(HtmlSkip::NotEnglish(lang));
    }
    if lang.is_empty() && !looks_english(&text) {
        return Err(HtmlSkip::NotEnglish("unknown".into()));
    }
    let published: Option<Date> = meta
        .date
        .and_then(|d| annals_time::parse_date(&d.to_string()))
        .or_else(|| crate::page::layout(&text).published);
    let non_empty = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let url = url.or_else(|| non_empty(&meta.url));
    let outlet = non_empty(&meta.sitename).or_else(|| non_empty(&meta.hostname));
    let id = if id.is_empty() {
        url.clone()
            .unwrap_or_else(|| format!("sha:{}", stable_id(&[&text])))
    } else {
        id
    };
    Ok(Article {
        id,
        path,
        url,
        outlet,
        published,
        title: non_empty(&meta.title),
        text,
    })
}

/// The language the page declares: `<html lang="fr-FR">` → `fr-fr`.
fn declared_language(html: &str) -> Option<String> {
    let lower = html.get(..html.len().min(4096))?.to_ascii_lowercase();
    let tag_start = lower.find("<html")?;
    let tag = &lower[tag_start..tag_start + lower[tag_start..].find('>')?];
    let at = tag.find("lang=")? + 5;
    let value = tag[at..].trim_start_matches(['"', '\'']);
    let end = value.find(['"', '\'', ' ']).unwrap_or(value.len());
    Some(value[..end].to_string()).filter(|v| !v.is_empty())
}

/// Text of extracted HTML with each block element (paragraph, heading, list item, table row,
/// line break) on its own line and character references decoded.
fn block_lines(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..lt]));
        let Some(gt) = rest[lt..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[lt + 1..lt + gt]
            .trim_start_matches('/')
            .to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if matches!(
            name.as_str(),
            "p" | "br"
                | "div"
                | "li"
                | "tr"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "blockquote"
                | "section"
                | "article"
                | "ul"
                | "ol"
                | "table"
                | "hr"
        ) {
            out.push('\n');
        }
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(&decode_entities(rest));
    // tidy: trimmed lines, no runs of blank lines
    let lines: Vec<String> = out
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let semi = after.find(';').filter(|&k| k <= 10);
        let decoded = semi.and_then(|k| {
            let name = &after[1..k];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => ' ',
                "rsquo" | "lsquo" => '\'',
                "ldquo" | "rdquo" => '"',
                "ndash" => '–',
                "mdash" => '—',
                _ => {
                    let n = name.strip_prefix('#')?;
                    let code = match n.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => n.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, k + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether a text reads as English: enough of its words are common English function words.
/// (Pages without a declared language.)
fn looks_english(text: &str) -> bool {
    const COMMON: [&str; 16] = [
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by",
        "said", "it",
    ];
    let words: Vec<String> = text
        .split_whitespace()
        .take(400)
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .collect();
    let hits = words
        .iter()
        .filter(|w| COMMON.contains(&w.as_str()))
        .count();
    !words.is_empty() && hits * 100 / words.len() >= 12
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head>
<title>Lisbon and Accra sign fisheries pact - The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2025-03-04T09:30:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lisbon and Accra sign fisheries pact","datePublished":"2025-03-04T09:30:00Z"}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies.</div>
<article>
<h1>Lisbon and Accra sign fisheries pact</h1>
<p>Portugal and Ghana signed a fisheries agreement in Accra on Tuesday, the two governments said, ending a dispute over licences for trawlers off the West African coast.</p>
<p>The Portuguese foreign minister met Ghanaian President John Mahama before the signing ceremony and praised what she called a fair settlement for both fleets.</p>
<p>Under the deal, Portuguese vessels will pay higher fees and carry Ghanaian observers, while Ghana will open two more ports to inspections by European officials.</p>
</article>
<aside><h3>Related</h3><a href="/x">Storm hits northern coast</a><a href="/y">Markets close higher</a></aside>
<footer>Copyright 2025 The Harbour Gazette. All rights reserved.</footer>
</body></html>"#;

    #[test]
    fn main_text_and_metadata_without_page_junk() {
        let a = article_from_html("p1".into(), None, None, PAGE).unwrap();
        assert!(a.text.contains("signed a fisheries agreement in Accra"));
        assert!(a.text.contains("open two more ports"));
        for junk in ["cookies", "Storm hits", "Copyright", "Sport"] {
            assert!(!a.text.contains(junk), "{junk:?} left in {:?}", a.text);
        }
        assert_eq!(
            a.published.map(|d| d.to_string()).as_deref(),
            Some("2025-03-04")
        );
        assert_eq!(a.outlet.as_deref(), Some("The Harbour Gazette"));
        // paragraphs stay on their own lines
        assert!(a.text.lines().count() >= 3, "{:?}", a.text);
    }

    #[test]
    fn blocks_become_lines_and_entities_are_decoded() {
        assert_eq!(
            block_lines(
                "<h1>A &amp; B</h1><p>One&nbsp;two &#8220;x&#x201D;</p><p>Three<br>four</p>"
            ),
            "A & B\nOne two \u{201c}x\u{201d}\nThree\nfour"
        );
        assert_eq!(
            declared_language("<!doctype html><html lang=\"fr-FR\">"),
            Some("fr-fr".into())
        );
    }

    #[test]
    fn non_english_and_empty_pages_are_skipped() {
        let fr = PAGE
            .replace("lang=\"en\"", "lang=\"fr\"")
            .replace("Portugal and Ghana", "Le Portugal et le Ghana");
        assert_eq!(
            article_from_html("p2".into(), None, None, &fr)
                .unwrap_err()
                .reason(),
            "not English"
        );
        assert_eq!(
            article_from_html(
                "p3".into(),
                None,
                None,
                "<html><body><nav>Home</nav></body></html>"
            )
            .unwrap_err(),
            HtmlSkip::NoText
        );
    }
}
