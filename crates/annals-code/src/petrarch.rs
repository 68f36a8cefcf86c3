//! PETRARCH‑2's verb dictionary (`CAMEO.2.0.txt`) read into annals' verb dictionary.
//!
//! Each verb block gives its verbs the block's code (`--- VISIT [042:043] ---`: code 042, the
//! paired 043 with the sides swapped); each pattern line (`- * (FOR TALKS) [046:046]`) becomes
//! an annals pattern of the verb followed by the words after `*`. annals patterns have no slot
//! before the verb and no phrase structure, so the reading is lossy, and that is said plainly:
//! words before `*` are dropped (a pattern with nothing after `*` is skipped), parentheses and
//! braces are flattened to words in order, synsets (`&MILITARY`) become alternatives of their
//! members' head words, and the legacy tokens `^ + $ %` are dropped. Irregular forms listed in
//! braces are not needed: annals inflects verbs itself. The result is a baseline to measure
//! annals' own dictionary against, not a replacement for it.

use std::collections::HashMap;

use crate::verbs::{VerbDictError, VerbDictionary};

/// What reading a PETRARCH verb dictionary gave: rows added and lines skipped, by reason.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PetrarchVerbStats {
    pub blocks: usize,
    pub verbs: usize,
    pub rows: usize,
    /// Patterns with words only before the verb, which annals cannot express.
    pub skipped_pre_only: usize,
    /// Patterns and verbs coded `---` (no event).
    pub skipped_no_code: usize,
}

impl VerbDictionary {
    /// Adds PETRARCH‑2's `CAMEO.2.0.txt` verb dictionary (see the module notes for what is
    /// kept). Malformed lines are errors with file and line; the rest is added.
    pub fn add_petrarch(
        &mut self,
        file: &str,
        text: &str,
    ) -> (PetrarchVerbStats, Vec<VerbDictError>) {
        let (tsv, stats, mut errors) = petrarch_to_tsv(file, text);
        errors.extend(self.add_tsv(file, &tsv));
        (stats, errors)
    }
}

/// A verb of a block: its head lemma, the particles after it, and its own code if it has one.
struct Verb {
    head: String,
    particles: Vec<String>,
    code: Option<String>,
}

/// Converts `CAMEO.2.0.txt` to annals verb TSV rows.
fn petrarch_to_tsv(file: &str, text: &str) -> (String, PetrarchVerbStats, Vec<VerbDictError>) {
    let mut stats = PetrarchVerbStats::default();
    let mut errors = Vec::new();
    let mut synsets: HashMap<String, Vec<String>> = HashMap::new();
    let mut current_set: Option<String> = None;
    let mut out = String::new();
    let mut block_code = String::new();
    let mut verbs: Vec<Verb> = Vec::new();
    let mut in_patterns = false;
    for (i, raw) in text.lines().enumerate() {
        let err = |message: String| VerbDictError {
            file: file.to_string(),
            line: i + 1,
            message,
        };
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with("<!") {
            continue;
        }
        if let Some(name) = line.strip_prefix('&') {
            current_set = Some(format!("&{}", name.trim()));
            continue;
        }
        if line.starts_with("---") {
            // --- NAME [CODE] ---
            current_set = None;
            let Some(code) = bracketed(line) else {
                errors.push(err(format!("verb block without a [code]: {line:?}")));
                continue;
            };
            block_code = code.to_string();
            verbs.clear();
            in_patterns = false;
            stats.blocks += 1;
            continue;
        }
        if let Some(set) = &current_set {
            if let Some(member) = line.strip_prefix('+') {
                let head = head_word(member);
                if !head.is_empty() {
                    synsets.entry(set.clone()).or_default().push(head);
                }
                continue;
            }
        }
        if let Some(pattern) = line.strip_prefix('-') {
            in_patterns = true;
            let Some(code) = bracketed(pattern) else {
                errors.push(err(format!("pattern without a [code]: {line:?}")));
                continue;
            };
            let body = &pattern[..pattern.rfind('[').unwrap_or(pattern.len())];
            let Some((pre, post)) = body.split_once('*') else {
                errors.push(err(format!("pattern without '*': {line:?}")));
                continue;
            };
            let words = pattern_words(post, &synsets);
            if words.is_empty() {
                if !pre.trim().is_empty() {
                    stats.skipped_pre_only += 1;
                }
                continue;
            }
            for v in &verbs {
                push_row(&mut out, &mut stats, code, v, &words);
            }
            continue;
        }
        if in_patterns || block_code.is_empty() {
            // verb lines come before a block's patterns
            errors.push(err(format!("unexpected line {line:?}")));
            continue;
        }
        let own_code = bracketed(line).map(str::to_string);
        let word = line
            .split(['{', '['])
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        let parts: Vec<&str> = word.split('_').filter(|w| !w.is_empty()).collect();
        if parts.is_empty() {
            errors.push(err(format!("no verb in {line:?}")));
            continue;
        }
        // the verb is the '+'-marked word of a multi-word verb, else the first
        let at = parts.iter().position(|w| w.starts_with('+')).unwrap_or(0);
        let verb = Verb {
            head: parts[at].trim_start_matches('+').to_lowercase(),
            particles: parts[at + 1..].iter().map(|w| w.to_lowercase()).collect(),
            code: own_code,
        };
        stats.verbs += 1;
        let code = verb.code.clone().unwrap_or_else(|| block_code.clone());
        push_row(&mut out, &mut stats, &code, &verb, &[]);
        verbs.push(verb);
    }
    (out, stats, errors)
}

/// The text inside the last `[…]` of a line.
fn bracketed(line: &str) -> Option<&str> {
    let open = line.rfind('[')?;
    let close = open + line[open..].find(']')?;
    Some(line[open + 1..close].trim())
}

/// A phrase's head word: the last word of `A_B_C`, lower-cased.
fn head_word(phrase: &str) -> String {
    phrase
        .trim()
        .trim_end_matches('_')
        .rsplit('_')
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// The words after `*`, each a set of alternatives.
fn pattern_words(post: &str, synsets: &HashMap<String, Vec<String>>) -> Vec<String> {
    post.replace(['(', ')', '{', '}'], " ")
        .split_whitespace()
        .filter(|t| !matches!(*t, "^" | "+" | "$" | "%") && !t.starts_with('+'))
        .filter_map(|t| {
            if t.starts_with('&') {
                let members = synsets.get(t.trim_end_matches('_'))?;
                Some(members.join("|"))
            } else {
                let w = head_word(t);
                (!w.is_empty()).then_some(w)
            }
        })
        .collect()
}

/// One annals row: `code V verb particles… words…`, with the paired code as `mirror=`.
fn push_row(
    out: &mut String,
    stats: &mut PetrarchVerbStats,
    code: &str,
    v: &Verb,
    words: &[String],
) {
    let (active, paired) = code.split_once(':').unwrap_or((code, ""));
    let (active, paired) = (active.trim(), paired.trim());
    // "[:B]": a passive-only code, the subject is the target; annals keeps the code
    let main = if active.is_empty() { paired } else { active };
    if main.is_empty() || main == "---" {
        stats.skipped_no_code += 1;
        return;
    }
    let mut pattern = v.head.clone();
    for w in v.particles.iter().chain(words) {
        pattern.push(' ');
        pattern.push_str(w);
    }
    let flags = if !active.is_empty() && !paired.is_empty() && paired != "---" && paired != main {
        format!("mirror={paired}")
    } else {
        String::new()
    };
    out.push_str(&format!("{main}\tV\t{pattern}\t{flags}\n"));
    stats.rows += 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
####### SYNONYM SETS #######
&MILITARY
+ARMY
+ARMED_FORCES

####### VERB PATTERNS #######
---  VISIT   [042:043]  ---
VISIT
- PILGRIMS *                                          [---]         # VISIT
- * {&MILITARY HOSPITAL}                              [042]         # VISIT
- * (FOR TALKS)                                       [046:046]     # VISIT
- INSPECTOR *                                         [090]         # VISIT

---  CALL   [---]  ---
CALL
+CALL_OFF [160]
- * (FOR) [020]
";

    #[test]
    fn blocks_verbs_and_patterns_become_rows() {
        let (tsv, stats, errors) = petrarch_to_tsv("CAMEO.2.0.txt", SAMPLE);
        assert!(errors.is_empty(), "{errors:?}");
        let rows: Vec<&str> = tsv.lines().collect();
        assert_eq!(
            rows,
            [
                "042\tV\tvisit\tmirror=043",
                "042\tV\tvisit army|forces hospital\t",
                "046\tV\tvisit for talks\t",
                "160\tV\tcall off\t",
                "020\tV\tcall for\t",
                "020\tV\tcall off for\t",
            ]
        );
        assert_eq!(stats.blocks, 2);
        assert_eq!(stats.verbs, 3);
        assert_eq!(stats.skipped_pre_only, 2);
        assert_eq!(stats.skipped_no_code, 1);
        let mut d = VerbDictionary::default();
        let (_, errors) = d.add_petrarch("CAMEO.2.0.txt", SAMPLE);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(d.len(), 6);
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let (_, _, errors) = petrarch_to_tsv("v.txt", "---  X  ---\nX\n- * TALKS\n");
        let msgs: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(msgs.len(), 3, "{msgs:?}");
        assert!(msgs[0].starts_with("v.txt:1: verb block without"));
        assert!(msgs[1].starts_with("v.txt:2: unexpected line"));
        assert!(msgs[2].starts_with("v.txt:3: pattern without a [code]"));
    }
}
