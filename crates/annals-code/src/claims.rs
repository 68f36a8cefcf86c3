//! Figures in a sentence: amounts of money, percentages and counts, with what they measure,
//! who gives them and whether they are approximate, a change or only expected.
//!
//! No parser: a number (digits, "a dozen", "eleven") with its currency sign or scale word is a
//! figure; what it measures comes from a fixed vocabulary of measure words found right after
//! a count ("11 documents") or, for money and percentages, nearest before it ("trade turnover
//! grew … to $240 billion", up to 24 words back) or after "of" ("90 percent of settlements"). A figure with no
//! measure word is left out: a bare number says nothing an analyst can compare.

use annals_model::Status;
use annals_recognise::Token;

/// A figure found in a sentence, before it is tied to an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Byte offsets in the sentence.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub measure: &'static str,
    pub value: f64,
    pub unit: &'static str,
    pub approximate: bool,
    pub change: bool,
    pub status: Status,
    pub attributed_to: Option<String>,
}

/// Measures and the words that name them.
const MEASURES: &[(&str, &[&str])] = &[
    ("trade", &["trade", "turnover", "commerce"]),
    ("investment", &["investment", "investments"]),
    ("exports", &["exports", "export"]),
    ("imports", &["imports", "import"]),
    ("aid", &["aid", "assistance"]),
    ("loans", &["loan", "loans", "credit", "credits"]),
    ("budget", &["budget", "spending"]),
    ("settlements", &["settlements", "payments", "transactions"]),
    ("projects", &["projects"]),
    (
        "documents",
        &[
            "documents",
            "agreements",
            "deals",
            "accords",
            "memoranda",
            "contracts",
            "treaties",
        ],
    ),
    (
        "deaths",
        &["killed", "dead", "deaths", "died", "fatalities", "killing"],
    ),
    ("injured", &["injured", "wounded"]),
    ("arrests", &["arrested", "detained", "arrests"]),
    ("troops", &["troops", "soldiers"]),
    ("refugees", &["refugees", "displaced"]),
    ("prisoners", &["prisoners", "hostages", "detainees"]),
];

fn measure_of(word: &str) -> Option<&'static str> {
    MEASURES
        .iter()
        .find(|(_, ws)| ws.contains(&word))
        .map(|(m, _)| *m)
}

const SMALL: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

const APPROXIMATE: [&str; 11] = [
    "about",
    "around",
    "approximately",
    "almost",
    "nearly",
    "over",
    "some",
    "roughly",
    "up",
    "more",
    "estimated",
];

const EXPECTED: [&str; 9] = [
    "expected",
    "will",
    "would",
    "plan",
    "plans",
    "planned",
    "scheduled",
    "could",
    "may",
];

/// A number token: "240", "1,000", "227.8", "227.8bn", "5m" → value (scale applied) and
/// whether a scale suffix was attached.
fn number(t: &str) -> Option<(f64, bool)> {
    let digits_end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(t.len());
    if digits_end == 0 {
        return None;
    }
    let v: f64 = t[..digits_end].replace(',', "").parse().ok()?;
    let scale = match &t[digits_end..] {
        "" => return Some((v, false)),
        "bn" | "b" => 1e9,
        "m" | "mn" => 1e6,
        "tn" | "trn" => 1e12,
        "k" => 1e3,
        _ => return None,
    };
    Some((v * scale, true))
}

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" | "millions" => 1e6,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" => 1e12,
        _ => return None,
    })
}

fn currency_sign(w: &str) -> Option<&'static str> {
    Some(match w {
        "$" | "us$" | "usd" => "USD",
        "€" | "eur" => "EUR",
        "£" | "gbp" => "GBP",
        "¥" => "CNY",
        "₽" => "RUB",
        _ => return None,
    })
}

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollars" | "dollar" => "USD",
        "euros" | "euro" => "EUR",
        "pounds" => "GBP",
        "yuan" | "renminbi" => "CNY",
        "roubles" | "rubles" => "RUB",
        "rupees" => "INR",
        "yen" => "JPY",
        _ => return None,
    })
}

/// Finds the figures of one sentence. `speaker` is the actor a say-verb in the sentence
/// attributes it to, if the caller found one.
pub fn figures(sentence: &str, tokens: &[Token], speaker: Option<&str>) -> Vec<Figure> {
    let lower: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
    let status = if lower.iter().any(|w| EXPECTED.contains(w)) {
        Status::Expected
    } else {
        Status::Reported
    };
    let attributed_to = according_to(sentence, tokens).or(speaker.map(str::to_string));
    let mut out: Vec<Figure> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some((first, last, value, unit)) = read_figure(&lower, i) else {
            i += 1;
            continue;
        };
        i = last + 1;
        let approximate = (first > 0 && APPROXIMATE.contains(&lower[first - 1]))
            || (first > 1
                && matches!(
                    (lower[first - 2], lower[first - 1]),
                    ("more", "than") | ("up", "to")
                ))
            || lower[first..=last].contains(&"dozen");
        let before = |k: usize| k.checked_sub(1).map(|p| lower[p]);
        let change = matches!(before(first), Some("by"))
            || matches!(before(first), Some(a) if APPROXIMATE.contains(&a))
                && matches!(before(first.saturating_sub(1)), Some("by"));
        let measure = if unit == "count" {
            // "11 documents", "a dozen bilateral documents", "20 people were killed"
            lower[last + 1..]
                .iter()
                .take(4)
                .find_map(|w| measure_of(w))
                .or_else(|| {
                    // "killing 20 people"
                    before(first).and_then(measure_of)
                })
        } else {
            let after_of = (lower.get(last + 1) == Some(&"of"))
                .then(|| lower[last + 2..].iter().take(3).find_map(|w| measure_of(w)))
                .flatten();
            after_of.or_else(|| {
                lower[first.saturating_sub(24)..first]
                    .iter()
                    .rev()
                    .take_while(|w| **w != ";")
                    .find_map(|w| measure_of(w))
            })
        };
        let Some(measure) = measure else { continue };
        let (start, end) = (tokens[first].start, tokens[last].end);
        out.push(Figure {
            start,
            end,
            text: sentence[start..end].to_string(),
            measure,
            value,
            unit,
            approximate,
            change,
            status,
            attributed_to: attributed_to.clone(),
        });
    }
    // "from $111 billion to $227.8 billion": the level reached, not the one left
    let mut keep = vec![true; out.len()];
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let between = &sentence[a.end..b.start];
        if a.measure == b.measure
            && a.unit == b.unit
            && !a.change
            && between.trim().eq_ignore_ascii_case("to")
        {
            keep[k - 1] = false;
        }
    }
    out.into_iter()
        .zip(keep)
        .filter_map(|(f, k)| k.then_some(f))
        .collect()
}

/// A figure starting at token `i`: first and last token, value and unit.
fn read_figure(lower: &[&str], i: usize) -> Option<(usize, usize, f64, &'static str)> {
    let w = lower[i];
    // "$240 billion", "$227.8bn", "US$ 5m"
    if let Some(unit) = currency_sign(w) {
        let (v, scaled) = number(lower.get(i + 1)?)?;
        return match lower.get(i + 2).and_then(|s| scale_word(s)) {
            Some(s) if !scaled => Some((i, i + 2, v * s, unit)),
            _ => Some((i, i + 1, v, unit)),
        };
    }
    // "a dozen", "dozens" are counts
    if w == "dozen" {
        let first = if i > 0 && lower[i - 1] == "a" {
            i - 1
        } else {
            i
        };
        return Some((first, i, 12.0, "count"));
    }
    let (v, scaled) = match SMALL.iter().position(|s| *s == w) {
        Some(n) => (n as f64, false),
        None => number(w)?,
    };
    // a year is no figure
    if !scaled && v.fract() == 0.0 && (1900.0..=2100.0).contains(&v) && !w.contains(',') {
        return None;
    }
    let mut last = i;
    let mut value = v;
    if let Some(s) = lower.get(i + 1).and_then(|s| scale_word(s)) {
        value *= s;
        last = i + 1;
    }
    let next = lower.get(last + 1).copied();
    if let Some(unit) = next.and_then(currency_word) {
        return Some((i, last + 1, value, unit));
    }
    match next {
        Some("%") => return Some((i, last + 1, value, "percent")),
        Some("percent") => return Some((i, last + 1, value, "percent")),
        Some("per") if lower.get(last + 2) == Some(&"cent") => {
            return Some((i, last + 2, value, "percent"))
        }
        _ => {}
    }
    // a bare count, not a date's day ("May 16") nor a decimal
    let month_before = i > 0 && annals_time::MONTHS.contains(&lower[i - 1]);
    (!month_before && value.fract() == 0.0).then_some((i, last, value, "count"))
}

/// A sentence that goes on with what the paragraph's last speaker said, naming no speaker of
/// its own: "…, adding that …", "It was stated that …", "He added …".
pub fn continues_speech(tokens: &[Token]) -> bool {
    let w: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
    w.windows(2).any(|p| {
        matches!(
            p[0],
            "adding" | "noting" | "saying" | "stressing" | "explaining"
        ) && matches!(p[1], "that" | "the" | "a" | "an")
    }) || w.windows(3).any(|p| {
        p[0] == "it" && matches!(p[1], "was" | "is") && matches!(p[2], "stated" | "said" | "noted")
    }) || matches!(
        w.get(..2),
        Some(["he" | "she", "added" | "said" | "noted" | "stressed"])
    )
}

/// "…, according to Chinese statistics" → "Chinese statistics".
pub fn according_to(sentence: &str, tokens: &[Token]) -> Option<String> {
    let k = tokens
        .windows(2)
        .position(|w| w[0].lower == "according" && w[1].lower == "to")?;
    let from = tokens.get(k + 2)?;
    let to = tokens[k + 2..]
        .iter()
        .take(6)
        .take_while(|t| !matches!(t.text.as_str(), "," | "." | ";" | ":" | "\"" | "”"))
        .last()?;
    Some(sentence[from.start..to.end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_recognise::tokenize;

    fn figs(s: &str) -> Vec<String> {
        figures(s, &tokenize(s), None)
            .iter()
            .map(|f| {
                format!(
                    "{} {} {}{}{}{}{}",
                    f.measure,
                    f.value,
                    f.unit,
                    if f.approximate { " ~" } else { "" },
                    if f.change { " change" } else { "" },
                    if f.status == Status::Expected {
                        " expected"
                    } else {
                        ""
                    },
                    f.attributed_to
                        .as_ref()
                        .map_or(String::new(), |a| format!(" by {a}")),
                )
            })
            .collect()
    }

    #[test]
    fn speech_continuing_from_the_last_speaker() {
        let yes = [
            "Trade doubled to $40 billion, adding that payments are made in rupees.",
            "It was stated that both sides would invest $2 billion.",
            "He added that 30 percent of the loans were repaid.",
        ];
        let no = [
            "Trade doubled to $40 billion, officials said.",
            "Adding to the pressure, prices rose 3 percent.",
        ];
        for s in yes {
            assert!(continues_speech(&tokenize(s)), "{s}");
        }
        for s in no {
            assert!(!continues_speech(&tokenize(s)), "{s}");
        }
    }

    #[test]
    fn money_percentages_and_counts() {
        assert_eq!(
            figs("Bilateral trade rose by 12 percent last year to $31 billion, according to customs data."),
            ["trade 12 percent change by customs data", "trade 31000000000 USD by customs data"]
        );
        assert_eq!(
            figs("Trade between the two has grown from $4.5bn to $9.2bn in a decade."),
            ["trade 9200000000 USD"]
        );
        assert_eq!(
            figs("Some 40 percent of payments are now made in rupees."),
            ["settlements 40 percent ~"]
        );
        assert_eq!(
            figs("In all, 14 agreements were signed on Tuesday."),
            ["documents 14 count"]
        );
        assert_eq!(
            figs("About a dozen deals are expected to be signed during the trip."),
            ["documents 12 count ~ expected"]
        );
        assert_eq!(
            figs("Shelling killed eleven civilians, officials said."),
            ["deaths 11 count"]
        );
    }

    #[test]
    fn years_dates_and_bare_numbers_are_no_figures() {
        assert!(figs("The two leaders met on May 16 in 2024.").is_empty());
        assert!(figs("It was the 12th summit of the group.").is_empty());
    }
}
