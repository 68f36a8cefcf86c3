//! Shallow clause analysis: from a sentence's tokens, actor phrases and verb-pattern matches to
//! (source, event code, target, status).
//!
//! Design: no parser. Each dictionary match is anchored on its head word; the subject is the
//! nearest actor phrase to the left that is not the object of a preposition nor a bare
//! possessive (with "A and B" coordination followed leftwards); the object is the first actor
//! phrase after the pattern inside the clause (clauses end at `;`, `:` and subordinators).
//! A be-verb before a participle makes the clause passive: the subject becomes the target and
//! "by X" the source. Modality markers to the left of the head (will, would, expected to, plans
//! to, could, not, refused to, denied, allegedly…) set the status.
//!
//! Further rules, each a few lines here or in [`crate::Coder`]:
//! - coordination: "A, B, and the C" on either side; a plural subject of a reciprocal pattern
//!   gives every pair;
//! - subordinate clauses: "since Moscow invaded" keeps its subject, and dates and places across
//!   a subordinator belong to the other clause;
//! - event nouns: the source is a possessor or nationality before the noun, a "by" agent, or
//!   the subject of a light verb whose object the noun is ("renewed an appeal to");
//! - participles before nouns and in hyphenated compounds are adjectives ("exiled dissidents",
//!   "Israeli-occupied"); a "that"-clause after demand verbs is hypothetical;
//! - reported speech: "A said B attacked C" gives A accuses B (112) and the attack alleged;
//! - negated cooperation becomes CAMEO's rejection (040 → 125), announced cooperation its
//!   expression of intent (042 → 036), dated when announced; a conflictual act the source says
//!   it will, wants or vows to do is CAMEO's threat (190 → 138, 163 → 1312), beside the act
//!   kept as planned;
//! - a protest, strike or riot, a pledge, refusal, threat or cut (roots 14, 03, 12, 13, 16)
//!   with no target is one-sided (target empty), if its source stands right before the verb
//!   and the sentence has no same act of that source with a target; so is coercion or
//!   violence in the passive with no agent (source empty); general verbs flagged `obj`
//!   ("release") need an actor as their direct object;
//! - an event noun after "since", "after" or "before" names an earlier event: background, not
//!   dated to the article's day;
//! - acts flagged `alone` (resign, surrender, capture a town, impose a curfew, open fire) need
//!   no target; an attack the text introduces ("a bomb attack in Kabul") by no one named needs
//!   no source; rows flagged `rev` ("received weapons from") take the actor after the pattern as
//!   the source;
//! - a trailing attribution (", a local official said") ends the clause an object is sought in;
//!   a place after "in" is where an attack happened, not what it hit; a present-tense act after
//!   "before", "until" or "unless", and what one "must" do, has not happened;
//! - a role of no stated country (in [`crate::Coder`]) is of the nearest place named with it,
//!   else of the one country the sentence's domestic actors name, else (in a sentence naming
//!   no country) of the place of the sentence before, else of the article's dateline, else of
//!   the place of a trailing attribution, else of the corpus's home country; when none applies
//!   it is a verb's source only if no other subject is there;
//! - the means named near an attack's verb refines its code (suicide bombers → 1831, car bomb
//!   1832, IED 1833, grenades 183, air strikes or aircraft as agent 195, drones 1952, shelling
//!   194, chemical weapons 2041 over any other), and a "scathing" or "verbal" attack is
//!   criticism (111) (see [`means`]); a killing in a participle after a comma is the violent
//!   act before it, by its means; a clash between police or troops and civilians is a riot
//!   (145) met by force (175);
//! - objects: a coordinated predicate after the verb's own object has its own ("condemned the
//!   decision and summoned the ambassadors"); coordinated phrases inside a pattern are all its
//!   object; past a pattern's preposition a gerund's object is no target ("accused X of
//!   supplying drones"); a quantity is passed over to the preposition before it ("at hundreds
//!   of protesters");
//! - places (see [`location_at`]): a foreign actor's posting ("the US commander in Iraq") is
//!   not where its talks happen, the place of a topic ("talks on the conflict in Sudan") is
//!   not where the act happens, and a place in the subject's phrase is no target of its act;
//! - "that", "which" or "who" right before a verb is a relative pronoun: its antecedent is the
//!   subject, and an antecedent that is no actor gives none; an adjunct with its own
//!   participle ("without consulting Peru") is another clause, and what "without" governs is
//!   not done; a bare "agreed to" gives way to the act its infinitive names;
//! - asides: a relative clause or an apposition between commas after a name ("Hamas, the
//!   group that rules Gaza, rejected") does not part the subject from its verb, and a date
//!   inside it is its own ([`before_aside`]);
//! - a word between a possessive or article with its modifier and no object after it is a
//!   noun ("invite his Chinese host to"), not the verb;
//! - acts named again ([`names_earlier_act`], with the article's context kept by
//!   [`annals_recognise::Context`]): "condemned the attack" targets the author of the last
//!   act of violence or repression, "claimed responsibility for the raid" its target;
//!   "condemned the move", "welcomed the decision" the doer of the last deed; "praised the
//!   agreement" both its sides; "denied the accusation" the accuser; "concern over the
//!   confrontation" both sides of the last conflict;
//! - what someone is accused of ("accused the RSF of killing civilians", [`accused_of`]) is
//!   an alleged act of the accused; a protest that is the purpose of a gathering ("gathered
//!   outside the court to protest the arrest", [`gathered_to`]) is the gatherers';
//! - a mediator ("after talks mediated by Egypt and Qatar") is no object, nor a side of the
//!   talks, while the author of the object is ("criticized blocs spearheaded by the US"); a
//!   noun coordinated with the pattern's own object is no target ("fired drones and missiles
//!   at"); a finite verb after a subordinator finds its subject there or has none ("after an
//!   attack on a base killed seven soldiers"); the mediator of a deal mediates (045) between
//!   its sides ([`mediators`]);
//! - clause edges: a gerund right before an auxiliary is a noun ("where fighting has
//!   displaced"); a speaker inserted after a relative pronoun ("which they said violated")
//!   is not the verb's subject; a speaker between commas ends a verb's objects; "by" before a
//!   gerund says how ("retaliated by firing"), not who, and bounds the main verb's object;
//!   ", and" after a single phrase opens another clause; a day between a control verb and
//!   its "to" ("agreed on Friday to") dates the agreeing; "failed to" is not done;
//! - "each other" after a verb gives each side of a plural subject to the other; whom
//!   partners cooperate against, and what a conference or talks are about, are no sides;
//! - possessives: "its" (resolved by the recogniser to the subject of its clause, else of the
//!   sentence, else the nearest state or group that is one thing) marks the source's own,
//!   which is no target ("recalled its ambassador"); a hostile act on it goes to the nearest
//!   other side ("sanctions on Belarus, accusing its government");
//! - a participle after a comma (not an aside) opens a clause whose objects are not the verb's
//!   ("signed a treaty, ending decades of conflict over Nagorno-Karabakh"); one of violence
//!   after an accusation "of" an act is the accused's, alleged;
//! - whose a request, proposal or diplomats are ("rejected a request from Spain", "expelled
//!   diplomats from Argentina") is the target; a country adjective on a craft, mission or
//!   facility force is aimed at gives the target and is no place ("at a Philippine boat");
//!   a town force takes as its direct object stands for its country ("seized Goma");
//! - "their" and "them" (resolved by the recogniser) are a group named before them in the
//!   sentence that is not their verb's subject, else the last group of people the article
//!   named ("arrested twelve activists … demanded their release"); an object pronoun is no
//!   verb's subject, and a possessor is no direct object ("welcomed his remarks" is no visit,
//!   but words judged are their author's);
//! - status: the modality marker nearest the verb governs it ("would respond if India
//!   attacked": the attack is hypothetical); what "would" be done "if" is hypothetical, its
//!   threat still stated; a verb in the past tense after "and" shares no "did not" with a bare
//!   verb before it; a finite verb after "and" is coordinated with a finite verb, not with the
//!   gerund of an accusation, and an infinitive takes its controlling verb's subject;
//! - a relative clause between a subject and its verb's auxiliary is passed over ("a
//!   journalist who covered cartels was shot dead"); a gerund with an object right after
//!   "by", "after" or "before" is a verb ("responded by recalling its ambassador");
//! - a phrase apposed to the subject, before or after its name ("The Arakan Army, an ethnic
//!   armed group, said", "An Iran-backed militia, Kataib Hezbollah, denied"), keeps it next to
//!   its verb; a participle right after its subject describes it and takes no object past the
//!   sentence's own verb ("ministers meeting in Kuala Lumpur urged Myanmar");
//! - in what is said, a deed coordinated with another shares what is said's subject ("said
//!   the strikes hit a facility and wounded two soldiers"), a demand the speaker's ("said the
//!   detention was a provocation and demanded an explanation"); an attack named again as a
//!   subject ("The strikes wounded") is its author's;
//! - a warning of what others could do is a pessimistic comment (012), not a threat; acts
//!   feared ("amid fears of a new war") are hypothetical; a nominal event postponed stays
//!   planned and undated, one called off is negated; a time after a participle that modifies
//!   the object is the participle's ("students abducted … last month"); a noun's day
//!   ("Sunday's elections") does not date a verb;
//! - "targeting" after a comma is the aim of the act before it ("sanctions …, targeting 10
//!   officials"); measures targeting someone are sanctions; force on people of no stated
//!   country is kept against them (`---CVL`) where no other country's place says whose they
//!   are;
//! - days between acts ("a day after rebels ambushed", "two days later", "hours after") date
//!   a done act from the sentence's day before the words, else from the last day an earlier
//!   sentence gave; such a look back moves no later count on. An act in a clause of time
//!   ("after", "when", "as", "while") with no day of its own takes the main clause's day, not
//!   a telling's; a time after an invitation is the invited meeting's, one before a verb of
//!   commitment ("agreed to") the committing's;
//! - the object of a relative clause is its antecedent ("the engineers, whom gunmen had
//!   kidnapped"); a verb that needs no object takes none from a subordinate clause
//!   ("resigned after voters rejected …"); a predicate coordinated after an adjunct is another
//!   act ("met in Paris and called on Athens to");
//! - a place taken by force ("captured Goma", "seized most of Aleppo") is territory occupied
//!   (192) against its country; people seized are abducted (181); a vow, pledge or promise
//!   gives way to the act its infinitive names ("pledged to defeat" → 138);
//! - what a speaker says of a thing ("said the duties violated WTO rules") is no deed of the
//!   speaker's, who still goes on to a verb after "and"; a verb phrase after "and" with objects
//!   before it has objects of its own ("attended a summit in Addis Ababa and paid a visit to
//!   Djibouti"); what is stopped or avoided ("to avoid travelling to Japan") is not done, and a
//!   subject of "none of" does nothing;
//! - a judgement of an act done to someone ("condemned a coup against Morales") does not judge
//!   its sufferer: its author, told before or in the object, is the target, else no one; a
//!   deed named as the object of a judgement ("opposed the U.S. sanctions against Iran") is
//!   judged, not told anew.

use annals_model::{Actor, ActorCode, EventCode, Location, Status};
use annals_recognise::{Phrase, Token};

use crate::verbs::{is_preposition, PatternKind, VerbEntry, VerbForm, MAX_GAP};

/// A dictionary match in a sentence.
#[derive(Debug, Clone)]
pub struct Match<'d> {
    pub entry: &'d VerbEntry,
    pub form: VerbForm,
    /// Token index of the head word.
    pub head: usize,
    /// Token indices of every matched word (head first).
    pub words: Vec<usize>,
}

impl Match<'_> {
    /// Last matched token.
    pub fn end(&self) -> usize {
        self.words.last().copied().unwrap_or(self.head)
    }
}

/// A verb already analysed in the sentence, whose subject and modality a verb coordinated
/// with it shares.
#[derive(Debug, Clone)]
pub struct Coordinated {
    pub head: usize,
    pub subject: Vec<Actor>,
    pub status: Status,
    pub modality: Option<String>,
    /// The verb is a gerund ("accused the RSF of committing …"), which a finite verb after
    /// "and" is not coordinated with.
    pub gerund: bool,
}

/// The actors, status and evidence the clause analysis gives one match.
#[derive(Debug, Clone)]
pub struct Roles {
    pub sources: Vec<Actor>,
    pub targets: Vec<Actor>,
    pub status: Status,
    pub modality: Option<String>,
    pub passive: bool,
    /// The sides came from one plural subject ("Chile, Peru and Bolivia met"): every pair of
    /// them is a dyad, not only the first with each other.
    pub reciprocal: bool,
    pub how: String,
}

const BE: [&str; 9] = [
    "is", "are", "was", "were", "be", "been", "being", "get", "got",
];
/// Finite auxiliaries: a gerund right before one is its clause's subject.
const FINITE_AUXILIARIES: [&str; 10] = [
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "continues",
];
const ADVERBS: [&str; 12] = [
    "also",
    "already",
    "reportedly",
    "allegedly",
    "officially",
    "formally",
    "then",
    "later",
    "again",
    "previously",
    "recently",
    "jointly",
];
/// Whether a word (in lower case) is a determiner or possessive ("the", "its").
pub(crate) fn is_determiner(w: &str) -> bool {
    DETERMINERS.contains(&w)
}

const DETERMINERS: [&str; 12] = [
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "'s",
];
const SUBORDINATORS: [&str; 14] = [
    "which", "who", "whom", "while", "whereas", "although", "though", "because", "when", "but",
    "after", "before", "amid", "as",
];

/// The last token of the hyphenated word `word` ("cease-fire") written at token `k` as the
/// tokenizer splits it ("cease", "-", "fire"), if it is there.
pub fn hyphenated_at(tokens: &[Token], k: usize, word: &str) -> Option<usize> {
    let mut at = k;
    for (j, part) in word.split('-').enumerate() {
        if j > 0 {
            let hyphen = tokens.get(at + 1)?;
            if hyphen.text != "-" || hyphen.start != tokens[at].end {
                return None;
            }
            at += 2;
        }
        let t = tokens.get(at)?;
        if t.lower != part || (j > 0 && t.start != tokens[at - 1].end) {
            return None;
        }
    }
    Some(at)
}

/// Tries an entry's pattern at token `head`; returns the matched token indices. A
/// hyphenated head ("cease-fire", "de-escalated") spans its tokens up to `head_end`.
pub fn match_at(
    entry: &VerbEntry,
    tokens: &[Token],
    head: usize,
    head_end: usize,
    limit: usize,
) -> Option<Vec<usize>> {
    let mut words = vec![head];
    let mut pos = head_end;
    for (i, alts) in entry.rest.iter().enumerate() {
        // at most MAX_GAP words in between; the hyphen of "two-day" is no word
        let mut gap = 0;
        let mut found = None;
        // "air strikes", "drone attack": a noun head that modifies the next noun is right
        // before it (not "air defence systems after Russian strikes")
        // (a participle after it is no compound: "protests were held")
        let compound = i == 0
            && entry.kind == PatternKind::Noun
            && !alts
                .iter()
                .any(|a| is_preposition(a) || a.ends_with("ed") || a == "held");
        for (k, t) in tokens.iter().enumerate().take(limit).skip(pos + 1) {
            if is_hard_boundary(t) {
                break;
            }
            let w = t.lower.as_str();
            // "$2 billion in aid", "25,000 tons of food": the "in" or "of" of an amount
            let of_amount = matches!(w, "in" | "of" | "worth")
                && k > 0
                && tokens.get(k - 1).is_some_and(is_amount);
            // "killed by police", "killed in Kenyan police firing": past a "by" or "in" that is
            // not the pattern's own, words are the agent or a place, not the verb's object
            // (not the "by" of a compound word: "a stand-by arrangement")
            let hyphened = k > 0 && tokens[k - 1].text == "-" && tokens[k - 1].end == t.start;
            if entry.kind == PatternKind::Verb
                && matches!(w, "by" | "in")
                && !of_amount
                && !hyphened
                && !entry.rest.iter().flatten().any(|a| a == w)
            {
                break;
            }
            // "would expel 12 officials and recalled its ambassador": past the verb's own object,
            // "and" before another verb opens that verb's predicate ("signed and ratified the
            // treaty" shares one)
            if entry.kind == PatternKind::Verb
                && w == "and"
                && k > pos + 1
                && tokens.get(k + 1).is_some_and(starts_predicate)
            {
                break;
            }
            // "announced the package during a visit": past an adjunct's preposition, a noun is
            // no longer the verb's object
            if entry.kind == PatternKind::Verb
                && matches!(
                    w,
                    "during" | "after" | "before" | "amid" | "despite" | "following" | "while"
                )
                && !alts.iter().any(|a| is_preposition(a))
                && !entry.rest.iter().flatten().any(|a| a == w)
            {
                break;
            }
            // "fired 50 rockets on Monday": an "on" or "in" before a day, month or year dates
            // the act; it is not the pattern's preposition
            if matches!(w, "on" | "in")
                && tokens.get(k + 1).is_some_and(|n| {
                    (n.is_capitalised() && annals_time::is_calendar_word(&n.lower))
                        || (n.text.len() == 4 && n.text.starts_with(['1', '2']) && n.is_figure())
                })
            {
                gap += 1;
                continue;
            }
            // (the plural is built only for a word that could be it)
            let could_be_plural = |a: &str| {
                w.len() > a.len() && w.len() <= a.len() + 3 && w.as_bytes()[0] == a.as_bytes()[0]
            };
            if alts
                .iter()
                .any(|a| a == w || (could_be_plural(a) && crate::verbs::plural(a) == w))
            {
                found = Some(k);
                break;
            }
            // "declared a cease-fire", "staged a sit-in": a hyphenated word, as its tokens
            if let Some(end) = alts.iter().filter(|a| a.contains('-')).find_map(|a| {
                hyphenated_at(tokens, k, a)
                    .or_else(|| hyphenated_at(tokens, k, &crate::verbs::plural(a)))
            }) {
                found = Some(end);
                break;
            }
            // an amount says how much, not what: "provide nearly 25,000 tons of food aid to"
            // is "provide aid to" however long the figure
            // (a name counts as one word, however many it has: "accused the Tigray People's
            // Liberation Front of")
            let inside_name = k > pos + 1
                && (t.is_capitalised() || w == "'s")
                && (tokens[k - 1].is_capitalised() || tokens[k - 1].lower == "'s");
            // ("a long-delayed free trade agreement": a hyphenated word is one word; "a new
            // round of direct talks": the round of talks is the talks)
            let hyphenated = k > 0 && tokens[k - 1].text == "-" && tokens[k - 1].end == t.start;
            let round_of = matches!(w, "round" | "rounds" | "series")
                && tokens.get(k + 1).is_some_and(|n| n.lower == "of")
                || (w == "of"
                    && k > 0
                    && matches!(tokens[k - 1].lower.as_str(), "round" | "rounds" | "series"));
            if w != "-" && !of_amount && !is_amount(t) && !inside_name && !hyphenated && !round_of {
                gap += 1;
                if gap > MAX_GAP || compound {
                    break;
                }
            }
        }
        let hit = found?;
        words.push(hit);
        pos = hit;
    }
    Some(words)
}

/// Words of an amount: figures ("25,000", "$2"), number words, scales and units, and the
/// hedges before a figure ("nearly", "up to", "at least").
fn is_amount(t: &Token) -> bool {
    const AMOUNT_WORDS: [&str; 27] = [
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "billions",
        "trillion",
        "tons",
        "tonnes",
        "ton",
        "tonne",
        "dollars",
        "euros",
        "pounds",
        "nearly",
        "almost",
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "least",
        "more",
        "than",
        "additional",
    ];
    t.is_figure()
        || AMOUNT_WORDS.contains(&t.lower.as_str())
        || annals_recognise::COUNT_WORDS.contains(&t.lower.as_str())
}

fn is_hard_boundary(t: &Token) -> bool {
    matches!(t.text.as_str(), ";" | ":" | "—" | "(" | ")")
}

/// Whether a base/3rd-person form at `head` is used as a noun ("a visit", "the two-day visit").
pub fn used_as_noun(tokens: &[Token], head: usize, phrase_at: &[Option<usize>]) -> bool {
    // "it had struck Hezbollah targets.": "targets" after an actor's name, ending its clause,
    // is a noun the name modifies, not a verb with no object ("IS attacks, officials said"
    // stays an attack)
    if head > 0
        && phrase_at[head - 1].is_some()
        && tokens[head].lower == "targets"
        && tokens
            .get(head + 1)
            .is_none_or(|t| matches!(t.text.as_str(), "." | "," | ";" | ":" | "!" | "?"))
    {
        return true;
    }
    // "a Head of State and Government meeting held in Bali": a word followed by a reduced
    // relative participle is a noun, whatever stands before it
    if tokens.get(head + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "held" | "scheduled" | "planned" | "hosted" | "organised" | "organized" | "chaired"
        )
    }) {
        return true;
    }
    // "where fighting has displaced 50,000 people": a gerund right before a finite auxiliary
    // is that clause's subject, a noun (not "the army is fighting", where BE comes first)
    if tokens[head].lower.ends_with("ing")
        && tokens
            .get(head + 1)
            .is_some_and(|t| FINITE_AUXILIARIES.contains(&t.lower.as_str()))
        && head
            .checked_sub(1)
            .is_none_or(|p| !BE.contains(&tokens[p].lower.as_str()) && phrase_at[p].is_none())
    {
        return true;
    }
    // "both countries face U.S. sanctions", "risk new tariffs": what is faced or risked is a
    // noun, past its modifiers
    let mut k = head;
    while k > 0
        && (phrase_at[k - 1].is_some()
            || matches!(
                tokens[k - 1].lower.as_str(),
                "new" | "more" | "further" | "the"
            ))
        && head - k < 4
    {
        k -= 1;
    }
    if k > 0
        && k < head
        && matches!(
            tokens[k - 1].lower.as_str(),
            "face" | "faces" | "faced" | "facing" | "risk" | "risks" | "risked" | "risking"
        )
    {
        return true;
    }
    // "to rescue peace talks with the government": a noun that names what talks or a meeting
    // are about makes the word after it a noun
    if head > 0
        && matches!(
            tokens[head - 1].lower.as_str(),
            "peace"
                | "trade"
                | "ceasefire"
                | "truce"
                | "border"
                | "nuclear"
                | "security"
                | "unity"
                | "reconciliation"
                | "budget"
                | "tariff"
                | "climate"
        )
        && matches!(
            tokens[head].lower.as_str(),
            "talks" | "meeting" | "meetings" | "visit"
        )
    {
        return true;
    }
    let mut k = head;
    for _ in 0..6 {
        if k == 0 {
            return false;
        }
        k -= 1;
        // "his first international meeting": a possessive pronoun, even one read as its
        // actor, is the noun's determiner
        if matches!(tokens[k].lower.as_str(), "his" | "her" | "its" | "their") {
            return true;
        }
        if phrase_at[k].is_some() {
            // "in Israeli tank shelling": a modifier inside a prepositional phrase
            let mut first = k;
            while first > 0 && phrase_at[first - 1] == phrase_at[k] {
                first -= 1;
            }
            // (not "with him visiting Rwanda", the gerund's subject)
            let in_pp = first > 0
                && matches!(
                    tokens[first - 1].lower.as_str(),
                    "in" | "of" | "from" | "under" | "amid" | "during" | "after" | "by"
                )
                && tokens[head].lower.ends_with("ing")
                && head - k <= 2
                && tokens[k + 1..head].iter().all(|t| {
                    !is_preposition(&t.lower) && !SUBORDINATORS.contains(&t.lower.as_str())
                });
            // "invite his Chinese host", "a terrorist attack", "the Russian host": a word
            // between a possessive or article and the head is its modifier (a plural or a
            // name after "the" may be the subject: "the government has", "the police attack")
            // (a base form only: "a mob attacked", "a party enjoys", "her attackers killed")
            let word = tokens[head].lower.as_str();
            let base = !["s", "ed", "ing"].iter().any(|end| word.ends_with(end))
                && !BE.contains(&word)
                && !matches!(word, "have" | "do" | "say" | "had" | "did");
            let before_phrase = first.checked_sub(1).map(|f| tokens[f].lower.as_str());
            let adjective = |t: &Token| {
                t.is_capitalised()
                    && ["ese", "ian", "an", "ish", "ch", "i"]
                        .iter()
                        .any(|end| t.lower.ends_with(end))
            };
            // (and no object after it: "a mob set 14 houses", "a delegation meet the president")
            let object_after = tokens.get(head + 1).is_some_and(|t| {
                DETERMINERS.contains(&t.lower.as_str())
                    || is_quantity(t)
                    || annals_recognise::COUNT_WORDS.contains(&t.lower.as_str())
                    || matches!(
                        t.lower.as_str(),
                        "it" | "them" | "him" | "her" | "us" | "himself" | "herself" | "themselves"
                    )
            });
            // "struck the PKK targets in northern Iraq", "fired at military targets near":
            // a plural after a one-word name, with a preposition and no object after it, is a
            // noun the name modifies
            let plural_noun = head == k + 1
                && first == k
                && word.ends_with('s')
                && !word.ends_with("ss")
                && tokens.get(head + 1).is_some_and(|t| {
                    matches!(
                        t.lower.as_str(),
                        "in" | "near" | "across" | "along" | "around" | "inside" | "of" | "at"
                    )
                });
            let determined = head == k + 1
                && base
                && !object_after
                && match before_phrase {
                    Some("his" | "her" | "its" | "their" | "our" | "my" | "your") => true,
                    // ("an Islamic State target": a name of several words too)
                    Some("a" | "an") => true,
                    Some("the") => first == k && adjective(&tokens[k]),
                    _ => false,
                };
            return in_pp
                || determined
                || plural_noun
                || tokens[k].lower == "'s"
                || tokens.get(k + 1).is_some_and(|t| t.lower == "'s");
        }
        let w = tokens[k].lower.as_str();
        if DETERMINERS.contains(&w) {
            return true;
        }
        // ("responded by recalling its ambassador", "after meeting the president": a gerund
        // right after a preposition, with an object after it, is a verb)
        // (not the reason "for violating the orders", nor "in criticising the state")
        let gerund_with_object = k + 1 == head
            && matches!(w, "by" | "after" | "before")
            && tokens[head].lower.ends_with("ing")
            && tokens.get(head + 1).is_some_and(|t| {
                DETERMINERS.contains(&t.lower.as_str()) && t.lower != "that" && t.lower != "'s"
            });
        if is_preposition(w) && w != "to" && !gerund_with_object {
            return true; // "in informal talks", "after a visit"
        }
        if matches!(w, "\"" | "“" | "”" | "'" | "‘" | "’") {
            continue; // scare quotes: "informal" talks
        }
        let adjective_like = (tokens[k].is_word()
            && !tokens[k].is_capitalised()
            && !BE.contains(&w)
            && !matches!(
                w,
                "to" | "will"
                    | "would"
                    | "not"
                    | "and"
                    | "or"
                    | "could"
                    | "may"
                    | "might"
                    | "can"
                    | "did"
                    | "does"
                    | "do"
            ))
            || w == "-"
            || tokens[k].text.chars().all(|c| c.is_ascii_digit());
        if !adjective_like {
            return false;
        }
    }
    false
}

/// Words before an infinitival "to" whose subject is also the infinitive's subject ("agreed to
/// sign", "is expected to visit", "plans to attack").
const CONTROL: &[&str] = &[
    "seeking",
    "hoping",
    "aiming",
    "agreeing",
    "deciding",
    "promising",
    "pledging",
    "vowing",
    "refusing",
    "declining",
    "wanting",
    "refuse",
    "refused",
    "refuses",
    "decline",
    "declined",
    "declines",
    "agree",
    "agreed",
    "agrees",
    "decide",
    "decided",
    "decides",
    "plan",
    "plans",
    "planned",
    "planning",
    "want",
    "wants",
    "wanted",
    "promise",
    "promised",
    "promises",
    "vow",
    "vowed",
    "vows",
    "pledge",
    "pledged",
    "pledges",
    "seek",
    "seeks",
    "sought",
    "try",
    "tried",
    "tries",
    "trying",
    "expect",
    "expected",
    "expects",
    "hope",
    "hoped",
    "hopes",
    "aim",
    "aims",
    "aimed",
    "intend",
    "intends",
    "intended",
    "continue",
    "continued",
    "continues",
    "refuse",
    "refused",
    "refuses",
    "threaten",
    "threatened",
    "threatens",
    "set",
    "due",
    "going",
    "likely",
    "unlikely",
    "ready",
    "able",
    "unable",
    "wish",
    "wished",
    "prepare",
    "prepared",
    "prepares",
    "offer",
    "offered",
    "offers",
    "move",
    "moved",
    "began",
    "begin",
    "begins",
    "start",
    "started",
    "starts",
    "fail",
    "failed",
    "fails",
    "manage",
    "managed",
    "scheduled",
    "slated",
    "poised",
    "eager",
    "willing",
    "declined",
    "declines",
    "proceeded",
    "voted",
    "votes",
    "appears",
    "appeared",
    "seems",
    "seemed",
    "has",
    "have",
    "had",
    "need",
    "needs",
    "needed",
    "used",
    "ought",
    "chose",
    "choose",
    "chooses",
    "opted",
];

/// Whether a base-form verb after "to" has its own, unknown subject: "efforts to spread",
/// "decisions to invade" (skipped), unlike "agreed to sign" (coded with the main subject).
pub fn uncontrolled_infinitive(tokens: &[Token], head: usize) -> bool {
    let Some(k) = infinitive_start(tokens, head) else {
        return false;
    };
    // "forcing the police to open fire": an object made to act, who did
    let made_to = tokens[k.saturating_sub(6)..k - 1].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "forced" | "forcing" | "compelled" | "compelling" | "prompted" | "prompting"
        )
    });
    // "analysts expect Russia to attack": the one expected to act, who is expected to
    let expected_to = tokens[k.saturating_sub(6)..k - 1].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "expect" | "expects" | "expected" | "predict" | "predicts"
        )
    });
    !CONTROL.contains(&tokens[before_time_adjunct(tokens, k - 2)].lower.as_str())
        && !made_to
        && !expected_to
}

/// The tokens of a time adjunct between a control verb and the "to" of the infinitive at
/// `head` ("agreed on Friday to restore ties": "on Friday"), which date the agreeing, not
/// the restoring.
/// So too between a verb of saying and its "that" ("warned on Tuesday that Iran would
/// strike"), which dates the warning.
pub fn control_adjunct(tokens: &[Token], head: usize) -> Option<std::ops::Range<usize>> {
    if let Some(k) = infinitive_start(tokens, head) {
        let c = before_time_adjunct(tokens, k - 2);
        if c < k - 2 && CONTROL.contains(&tokens[c].lower.as_str()) {
            return Some(c + 1..k - 1);
        }
    }
    let that = (head.saturating_sub(12)..head)
        .rev()
        .take_while(|&k| !matches!(tokens[k].text.as_str(), ";" | ":"))
        .find(|&k| tokens[k].lower == "that")?;
    let c = before_time_adjunct(tokens, that.checked_sub(1)?);
    (c + 1 < that
        && matches!(
            tokens[c].lower.as_str(),
            "said"
                | "says"
                | "warned"
                | "warns"
                | "announced"
                | "vowed"
                | "pledged"
                | "insisted"
                | "declared"
                | "stressed"
                | "added"
                | "threatened"
        ))
    .then_some(c + 1..that)
}

/// The index right after the "to" of the infinitive whose verb is at `head`, past adverbs
/// ("to formally sign"), if the verb has one at least two words in.
fn infinitive_start(tokens: &[Token], head: usize) -> Option<usize> {
    let mut k = head;
    while k > 0
        && matches!(
            tokens[k - 1].lower.as_str(),
            "not" | "also" | "formally" | "jointly" | "further"
        )
    {
        k -= 1;
    }
    (k >= 2 && tokens[k - 1].lower == "to").then_some(k)
}

/// Whether a word names a day: a weekday, "yesterday", "today" or "tonight".
pub(crate) fn is_day_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
            | "tonight"
    )
}

/// The index of the last word at or before `k` that is not part of a time adjunct ending at
/// `k`: "agreed on Friday to restore ties" → "agreed".
pub fn before_time_adjunct(tokens: &[Token], k: usize) -> usize {
    let w = |i: usize| tokens[i].lower.as_str();
    // ("voted overwhelmingly on Wednesday to demand": a manner adverb too, either side)
    let adverb = |i: usize| {
        let a = w(i);
        a.len() > 5 && a.ends_with("ly") && !tokens[i].is_capitalised()
    };
    let mut k = k;
    while k > 0 && adverb(k) {
        k -= 1;
    }
    let mut j = k;
    if matches!(w(j), "night" | "morning" | "evening" | "afternoon") && j > 0 {
        j -= 1;
    }
    let before = if is_day_word(w(j)) {
        if j >= 1 && w(j - 1) == "on" {
            j.saturating_sub(2)
        } else {
            j.saturating_sub(1)
        }
    } else if matches!(w(j), "week" | "month" | "year") && j >= 1 && w(j - 1) == "last" {
        j.saturating_sub(2)
    } else {
        k
    };
    let mut before = before;
    while before > 0 && before < k && adverb(before) {
        before -= 1;
    }
    before
}

/// The gathering verb whose purpose the protest infinitive at `head` is ("supporters gathered
/// outside the court to protest the arrest", "thousands marched to demand"): its subject is
/// the protest's.
pub fn gathered_to(tokens: &[Token], head: usize) -> Option<usize> {
    let to = head.checked_sub(1).filter(|&k| tokens[k].lower == "to")?;
    (to.saturating_sub(12)..to)
        .rev()
        .take_while(|&k| !matches!(tokens[k].text.as_str(), "," | ";" | ":" | "."))
        .find(|&k| {
            matches!(
                tokens[k].lower.as_str(),
                "gathered"
                    | "gather"
                    | "assembled"
                    | "marched"
                    | "rallied"
                    | "converged"
                    | "poured"
                    | "thronged"
                    | "massed"
                    | "took"
                    | "turned"
                    | "came"
            )
        })
}

/// Whether the head sits in a "when …" clause of its own ("when Xi visited Moscow, he …"):
/// "when" before it with no comma or clause break in between.
pub fn in_when_clause(tokens: &[Token], head: usize) -> bool {
    tokens[head.saturating_sub(6)..head]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.text.as_str(), "," | ";" | ":"))
        .any(|t| t.lower == "when")
}

/// Whether the event noun at `head` follows "since", "after", "before" or "following", past
/// its determiner, possessor and modifiers ("since Moscow's full-scale invasion of"): an event
/// named to date another, so an earlier (or later) one, not the news. Likewise an event named
/// as a cause or setting ("amid", "despite", "over", "to halt", "in its").
pub fn after_temporal_preposition(
    tokens: &[Token],
    phrase_at: &[Option<usize>],
    head: usize,
) -> bool {
    for k in (head.saturating_sub(8)..head).rev() {
        let t = &tokens[k];
        let w = t.lower.as_str();
        // ("amid the war", "sanctions over the invasion", "talks to halt the invasion",
        // "support Moscow in its invasion of Ukraine": a known event, named as a cause or a
        // setting, not reported)
        if matches!(
            w,
            "since"
                | "after"
                | "before"
                | "following"
                | "amid"
                | "despite"
                | "over"
                | "halt"
                | "end"
                | "ending"
                | "halting"
        ) || (w == "in"
            && tokens
                .get(k + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "its" | "their")))
        {
            return true;
        }
        let modifier = phrase_at[k].is_some()
            || DETERMINERS.contains(&w)
            || matches!(w, "'s" | "'" | "’s" | "-")
            || (t.is_word() && !t.is_capitalised() && !is_preposition(w) && !BE.contains(&w));
        if !modifier {
            return false;
        }
    }
    false
}

/// Whether the verb at `head` is passive: a participle after a form of "be" (adverbs skipped).
pub fn is_passive(tokens: &[Token], m: &Match) -> bool {
    if reduced_passive(tokens, m) {
        return true;
    }
    if m.entry.kind != PatternKind::Verb
        || !matches!(
            m.form,
            VerbForm::PastParticiple | VerbForm::PastOrParticiple
        )
    {
        return false;
    }
    let mut k = m.head;
    for _ in 0..3 {
        if k == 0 {
            return false;
        }
        k -= 1;
        let w = tokens[k].lower.as_str();
        if BE.contains(&w) {
            return true;
        }
        if !(ADVERBS.contains(&w) || w == "not" || w == "n't" || w.ends_with("ly")) {
            return false;
        }
    }
    false
}

/// "31 people arrested near here", "two policemen killed in the blast": a participle of an act
/// done to people right after a counted plural, with nothing after it that could be its
/// object, is a reduced relative clause: passive.
pub fn counted_reduced(tokens: &[Token], phrases: &[Phrase], m: &Match) -> bool {
    let count = annals_recognise::is_count;
    // ("people killed in police firing", "protesters wounded by police"): the agent or the
    // attack right after the participle makes it passive, counted or not
    let by_agent = tokens.get(m.head + 1).is_some_and(|t| t.lower == "by")
        || (tokens.get(m.head + 1).is_some_and(|t| t.lower == "in")
            && tokens
                .iter()
                .skip(m.head + 2)
                .take(3)
                .any(|t| ATTACK_NOUNS.contains(&t.lower.as_str())));
    m.entry.kind == PatternKind::Verb
        && annals_recognise::DONE_TO_PEOPLE.contains(&tokens[m.head].lower.as_str())
        && phrases.iter().any(|p| {
            p.last + 1 == m.head
                && !p.actors.is_empty()
                && (by_agent
                    || tokens[p.first..=p.last].iter().any(count)
                    || p.first > 0 && count(&tokens[p.first - 1]))
        })
        && tokens
            .get(m.head + 1)
            .is_none_or(|t| !annals_recognise::takes_object(t))
}

/// Whether the verb at `head` is a participle of a reduced relative clause: "the summit hosted
/// by Indonesia" — a noun before it, "by" right after it.
fn reduced_passive(tokens: &[Token], m: &Match) -> bool {
    m.entry.kind == PatternKind::Verb
        && matches!(
            m.form,
            VerbForm::PastParticiple | VerbForm::PastOrParticiple
        )
        && tokens.get(m.head + 1).is_some_and(|t| t.lower == "by")
        // ("Iran retaliated by firing missiles": "by" before a gerund says how, not who)
        && tokens
            .get(m.head + 2)
            .is_none_or(|t| !t.lower.ends_with("ing") || t.is_capitalised())
        && m.head > 0
        && tokens[m.head - 1].is_word()
        && !ADVERBS.contains(&tokens[m.head - 1].lower.as_str())
        && !BE.contains(&tokens[m.head - 1].lower.as_str())
        && !tokens[m.head - 1].lower.ends_with("ly")
        && !matches!(
            tokens[m.head - 1].lower.as_str(),
            "has" | "have" | "had" | "having" | "and" | "or" | "but" | "then"
        )
}

/// The "and" that makes the verb at `head` the second of two coordinated verb phrases sharing
/// one subject ("Xi will attend the summit in Astana and pay visits to …"): "and" right before
/// the verb, past adverbs and modals, with no actor of its own between.
pub fn coordinated_verb(
    tokens: &[Token],
    phrase_at: &[Option<usize>],
    head: usize,
) -> Option<usize> {
    let mut k = head;
    for _ in 0..4 {
        k = k.checked_sub(1)?;
        if phrase_at[k].is_some() {
            return None;
        }
        let w = tokens[k].lower.as_str();
        if w == "and" {
            return Some(k);
        }
        // ("… and vowed to protect the Druze": past the verb that controls the act)
        let control =
            tokens.get(k + 1).is_some_and(|t| t.lower == "to") && CONTROL_WORDS.contains(&w);
        if !(ADVERBS.contains(&w)
            || w.ends_with("ly")
            || control
            || matches!(
                w,
                "will" | "would" | "then" | "later" | "to" | "also" | "had" | "has" | "have"
            ))
        {
            return None;
        }
    }
    None
}

/// Status from modality markers in the few words before the head (within the clause).
pub fn status_of(tokens: &[Token], m: &Match) -> (Status, Option<String>) {
    // a nominal event takes the modality of its clause ("will travel … for talks with X")
    let nominal = m.entry.kind == PatternKind::Noun;
    let start = m.head.saturating_sub(if nominal { 20 } else { 7 });
    // ("Theresa May expelled", "in May": a name or the month, not the modal)
    let window: Vec<&str> = tokens[start..m.head]
        .iter()
        .map(|t| {
            if t.text == "May" {
                "May"
            } else {
                t.lower.as_str()
            }
        })
        .collect();
    // only the part after the last clause break counts
    let cut = window
        .iter()
        .rposition(|w| {
            matches!(*w, ";" | ":" | "that" | "but" | "which" | "who")
                || (!nominal && matches!(*w, "," | "and"))
        })
        .map_or(0, |p| p + 1);
    let win = &window[cut..];
    // "denied that its forces attacked", "alleged that troops attacked": the verb before "that"
    // (read from the sentence, not the window: "denied that any of its commanders had been
    // killed" has its "that" at the window's edge)
    let that_at = start + cut;
    let before_that: Vec<&str> = if cut >= 1 && window[cut - 1] == "that" {
        tokens[that_at.saturating_sub(4)..that_at - 1]
            .iter()
            .map(|t| t.lower.as_str())
            .collect()
    } else {
        Vec::new()
    };
    let before_that = before_that.as_slice();
    if nominal {
        // "amid fears of a new war": an act feared, risked or threatened has not happened
        let mut k = m.head;
        while k > 0
            && matches!(
                tokens[k - 1].lower.as_str(),
                "a" | "an"
                    | "the"
                    | "new"
                    | "wider"
                    | "renewed"
                    | "full-scale"
                    | "all-out"
                    | "another"
            )
        {
            k -= 1;
        }
        if k >= 2
            && tokens[k - 1].lower == "of"
            && matches!(
                tokens[k - 2].lower.as_str(),
                "fears"
                    | "fear"
                    | "risk"
                    | "threat"
                    | "prospect"
                    | "possibility"
                    | "danger"
                    | "spectre"
                    | "specter"
                    | "warnings"
            )
        {
            return (
                Status::Hypothetical,
                Some(format!("{} of", tokens[k - 2].lower)),
            );
        }
        // "The signing of the agreement was postponed": what is put off is still planned,
        // what is called off did not happen
        let after = m.end() + 1;
        let be = tokens[after.min(tokens.len())..]
            .iter()
            .take(14)
            .position(|t| {
                matches!(
                    t.lower.as_str(),
                    "was" | "were" | "has" | "have" | "had" | "is"
                )
            })
            .map(|p| after + p);
        if let Some(b) = be.filter(|&b| {
            tokens[after.min(b)..b]
                .iter()
                .all(|t| t.is_word() || t.text == "-" || t.text == "'s")
        }) {
            let mut v = b + 1;
            if tokens.get(v).is_some_and(|t| t.lower == "been") {
                v += 1;
            }
            match tokens.get(v).map(|t| t.lower.as_str()) {
                Some("postponed" | "delayed" | "deferred" | "pushed" | "put") => {
                    return (Status::Planned, Some("postponed".into()));
                }
                Some("cancelled" | "canceled" | "scrapped" | "called" | "abandoned") => {
                    return (Status::Negated, Some("called off".into()));
                }
                _ => {}
            }
        }
    }
    let said = |words: &[&str]| win.iter().chain(before_that).any(|w| words.contains(w));
    // "demanded that Russia withdraw": what is demanded has not happened
    if before_that.iter().any(|w| {
        matches!(
            *w,
            "demand"
                | "demanded"
                | "demands"
                | "demanding"
                | "urged"
                | "urges"
                | "asked"
                | "requested"
                | "proposed"
                | "suggested"
                | "recommended"
        )
    }) {
        return (Status::Hypothetical, Some("demanded that".into()));
    }
    if said(&["denied", "denies", "deny", "denying"]) {
        return (Status::Denied, Some("denied".into()));
    }
    if said(&[
        "allegedly",
        "alleged",
        "alleges",
        "allege",
        "accused",
        "accuses",
        "accusing",
        "suspected",
    ]) {
        return (Status::Alleged, Some("alleged".into()));
    }
    // (a time adjunct between the two words does not part them: "agreed on Friday to")
    let untimed: Vec<&str> = win
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            !(is_day_word(w)
                || (*w == "on" && win.get(i + 1).is_some_and(|n| is_day_word(n)))
                // ("agreed unanimously to")
                || (w.len() > 5 && w.ends_with("ly")))
        })
        .map(|(_, w)| *w)
        .collect();
    let pair = |a: &str, b: &str| untimed.windows(2).any(|x| x[0] == a && x[1] == b);
    // "would impeach Yoon if he did not resign", "threatened to intervene if Iran killed
    // protesters": what a condition names, done or not, is neither done nor refused
    let adjacent_neg = win
        .iter()
        .rev()
        .take(3)
        .any(|w| matches!(*w, "not" | "n't" | "never"));
    // ("if he did not resign": a condition that something is not done names no act at all)
    if !nominal && win.contains(&"if") {
        if adjacent_neg {
            return (Status::Negated, Some("if not".into()));
        }
        return (Status::Hypothetical, Some("if".into()));
    }
    if adjacent_neg {
        return (Status::Negated, Some("not".into()));
    }
    // "resigned without consulting Peru": what is done without doing something is not done
    // ("without being targeted": the passive too)
    let without_being = win.len() >= 2 && win[win.len() - 2..] == ["without", "being"];
    if !nominal && (m.form == VerbForm::Gerund && win.last() == Some(&"without") || without_being) {
        return (Status::Negated, Some("without".into()));
    }
    // "urged Germany to stop receiving migrants", "advised its citizens to avoid travelling to
    // Japan": what one stops or avoids doing is not done (nor refused)
    if !nominal
        && m.form == VerbForm::Gerund
        && matches!(
            win.last().copied(),
            Some("stop" | "stops" | "stopped" | "avoid" | "avoids" | "avoided" | "cease" | "quit")
        )
    {
        return (
            Status::Hypothetical,
            Some(format!("{} …ing", win[win.len() - 1])),
        );
    }
    // "none of the refugees agreed to go back", "no country recognised the vote": a subject
    // that names no one does nothing
    let clause_start = win.first().copied();
    if !nominal
        && (win.windows(2).any(|x| x == ["none", "of"])
            || matches!(clause_start, Some("no" | "nobody" | "neither")))
    {
        return (Status::Negated, Some("none".into()));
    }
    // "has ruled out resigning": not done (the ruling out is its own act)
    if !nominal
        && m.form == VerbForm::Gerund
        && (win.ends_with(&["ruled", "out"])
            || win.ends_with(&["rules", "out"])
            || win.ends_with(&["rule", "out"])
            || win.ends_with(&["ruling", "out"]))
    {
        return (Status::Negated, Some("ruled out".into()));
    }
    // "failed to reach an agreement": not done, and refused by no one
    for verb in ["failed", "fails", "fail", "failing"] {
        if pair(verb, "to") {
            return (Status::Negated, Some("failed to".into()));
        }
    }
    // "refused to meet", "declined to sign": a refusal
    for verb in [
        "refused", "refuses", "refuse", "declined", "declines", "decline",
    ] {
        if pair(verb, "to") {
            return (Status::Negated, Some(format!("{verb} to")));
        }
    }
    // "is prepared to lift the ban" (willing), not "prepared to attend" (getting ready)
    if win
        .windows(3)
        .any(|x| BE.contains(&x[0]) && x[1] == "prepared" && x[2] == "to")
    {
        return (Status::Hypothetical, Some("prepared to".into()));
    }
    // "… before they demobilize", "until they withdraw": a present-tense act after a
    // conjunction of time or condition has not happened yet
    if !nominal
        && matches!(m.form, VerbForm::Base | VerbForm::ThirdPerson)
        && win
            .iter()
            .any(|w| matches!(*w, "before" | "until" | "unless" | "once"))
    {
        return (Status::Hypothetical, Some("before".into()));
    }
    // "threatened to secede unless the Kremlin withdrew its troops": what is done "unless",
    // in any tense, is a condition
    if !nominal && win.contains(&"unless") {
        return (Status::Hypothetical, Some("unless".into()));
    }
    // "Analysts expect Russia to launch an offensive": what others expect someone to do
    let expected = win
        .iter()
        .position(|w| matches!(*w, "expect" | "expects" | "predict" | "predicts"))
        .and_then(|e| Some((e, e + win[e..].iter().position(|w| *w == "to")?)))
        // (someone named between: "expect Russia to", not "expect to win")
        .is_some_and(|(e, to)| {
            to > e + 1 && (nominal || (m.form == VerbForm::Base && to + 1 == win.len()))
        });
    if expected {
        return (Status::Expected, Some("expected".into()));
    }
    for (a, b, s) in [
        // what one must or needs to do is not yet done ("saying he must resign")
        ("need", "to", Status::Hypothetical),
        ("needs", "to", Status::Hypothetical),
        ("has", "to", Status::Hypothetical),
        ("have", "to", Status::Hypothetical),
        ("expected", "to", Status::Expected),
        ("likely", "to", Status::Expected),
        ("due", "to", Status::Planned),
        ("set", "to", Status::Planned),
        ("scheduled", "to", Status::Planned),
        ("slated", "to", Status::Planned),
        ("poised", "to", Status::Expected),
        ("plans", "to", Status::Planned),
        ("planned", "to", Status::Planned),
        ("plan", "to", Status::Planned),
        ("planning", "to", Status::Planned),
        ("intends", "to", Status::Planned),
        ("intend", "to", Status::Planned),
        // wishes and attempts are not deeds
        ("seeking", "to", Status::Planned),
        // a hope is no deed, and one told in the past was seldom met ("had hoped to sign the
        // agreement in June, but it was delayed")
        ("hope", "to", Status::Planned),
        ("hopes", "to", Status::Planned),
        ("hoping", "to", Status::Planned),
        ("hoped", "to", Status::Hypothetical),
        ("wants", "to", Status::Planned),
        ("want", "to", Status::Planned),
        ("wanted", "to", Status::Hypothetical),
        ("seeks", "to", Status::Planned),
        ("seek", "to", Status::Planned),
        ("sought", "to", Status::Planned),
        ("hoping", "to", Status::Planned),
        ("hopes", "to", Status::Planned),
        ("hope", "to", Status::Planned),
        ("wants", "to", Status::Planned),
        ("want", "to", Status::Planned),
        ("wanted", "to", Status::Planned),
        ("aims", "to", Status::Planned),
        ("aiming", "to", Status::Planned),
        ("trying", "to", Status::Planned),
        ("tries", "to", Status::Planned),
        ("tried", "to", Status::Planned),
        ("going", "to", Status::Planned),
        ("ready", "to", Status::Hypothetical),
        ("willing", "to", Status::Hypothetical),
        ("threatened", "to", Status::Hypothetical),
        ("threatens", "to", Status::Hypothetical),
        // a pledge is a statement of intent, not the deed
        ("vowed", "to", Status::Planned),
        ("vows", "to", Status::Planned),
        ("pledged", "to", Status::Planned),
        ("pledges", "to", Status::Planned),
        ("promised", "to", Status::Planned),
        ("promises", "to", Status::Planned),
        ("agreed", "to", Status::Planned),
        ("agrees", "to", Status::Planned),
        ("offered", "to", Status::Planned),
        ("offers", "to", Status::Planned),
        ("decided", "to", Status::Planned),
        ("determined", "to", Status::Planned),
    ] {
        // ("deaths due to police firing": "due to" before a noun is a cause, not a schedule)
        if a == "due" && !untimed.ends_with(&["due", "to"]) {
            continue;
        }
        if pair(a, b) {
            return (s, Some(format!("{a} {b}")));
        }
    }
    // the marker nearest the verb governs it ("would respond if India attacked": "attacked"
    // is under "if", not "would")
    let marker = |w: &str| match w {
        "will" | "'ll" | "shall" | "would" | "upcoming" | "planned" => Some(Status::Planned),
        "could" | "might" | "may" | "should" | "must" | "if" | "proposed" => {
            Some(Status::Hypothetical)
        }
        _ => None,
    };
    if let Some((w, s)) = win.iter().rev().find_map(|w| marker(w).map(|s| (*w, s))) {
        // "Iran would strike back if the United States attacked": what would be done on a
        // condition is hypothetical
        let conditional = !nominal
            && w == "would"
            && tokens
                .iter()
                .skip(m.end() + 1)
                .take(10)
                .take_while(|t| !matches!(t.text.as_str(), ";" | ":" | "." | "but"))
                .any(|t| matches!(t.lower.as_str(), "if" | "unless"));
        if conditional {
            return (Status::Hypothetical, Some("would … if".into()));
        }
        return (s, Some(w.to_string()));
    }
    // "an Israeli attack on Iran would be a disaster": an event noun that is the subject of a
    // conditional is no more than possible
    if nominal {
        let after = tokens
            .iter()
            .skip(m.end() + 1)
            .take(6)
            .take_while(|t| !matches!(t.text.as_str(), "," | ";" | ":" | "—"))
            .map(|t| t.lower.as_str())
            .take_while(|w| !matches!(*w, "that" | "which" | "who" | "but"))
            .find(|w| matches!(*w, "would" | "could" | "might" | "may"));
        if let Some(w) = after {
            return (Status::Hypothetical, Some(w.to_string()));
        }
    }
    (Status::Reported, None)
}

/// Finds source and target actors for a match.
pub fn roles(
    tokens: &[Token],
    phrases: &[Phrase],
    phrase_at: &[Option<usize>],
    m: &Match,
    clause_end: usize,
    earlier: &[Coordinated],
) -> Roles {
    // "… will attend the summit and pay visits to …": the subject and modality of the verb
    // before "and"
    let before = |verb: usize| {
        let and = coordinated_verb(tokens, phrase_at, verb)?;
        // ("accused the RSF of committing genocide and vowed to retake the area": "vowed" goes
        // with "accused", not with the gerund)
        // (nor does the act a finite verb after "and" controls: "… and vowed to retake")
        let finite = !matches!(m.form, VerbForm::Gerund | VerbForm::Base)
            || tokens.get(and + 1).is_some_and(|t| {
                t.lower.ends_with("ed") || IRREGULAR_PASTS.contains(&t.lower.as_str())
            });
        earlier
            .iter()
            .rev()
            .find(|c| c.head < and && !c.subject.is_empty() && !(finite && c.gerund))
            .filter(|c| !tokens[c.head..and].iter().any(|t| t.lower == ";"))
    };
    let shared = |verb: usize| before(verb).map(|c| c.subject.clone());
    let (mut status, mut modality) = status_of(tokens, m);
    // ("did not attend the meeting and criticised France", "would not back down and urged
    // Beijing": a verb in the past tense shares no "did", "would" or "not" with a bare verb
    // before it, unlike "will attend the summit and pay visits")
    let finite_after_bare = |c: &Coordinated| {
        matches!(m.form, VerbForm::Past | VerbForm::PastOrParticiple)
            && (1..=3)
                .filter_map(|d| c.head.checked_sub(d))
                .take_while(|&k| {
                    phrase_at[k].is_none() && !matches!(tokens[k].lower.as_str(), "," | ";" | "and")
                })
                .map(|k| tokens[k].lower.as_str())
                .any(|w| {
                    matches!(
                        w,
                        "did"
                            | "does"
                            | "do"
                            | "would"
                            | "will"
                            | "could"
                            | "can"
                            | "should"
                            | "must"
                            | "might"
                            | "may"
                            | "to"
                    )
                })
    };
    if let Some(c) = before(m.head)
        .filter(|_| status == Status::Reported)
        .filter(|c| !finite_after_bare(c))
    {
        status = c.status;
        modality = c.modality.clone();
    }
    let passive = m.entry.pass || is_passive(tokens, m) || counted_reduced(tokens, phrases, m);
    let mut how = Vec::new();
    let (mut sources, mut targets);
    match m.entry.kind {
        PatternKind::Verb => {
            // "Orbán announced …, visiting Kyiv before traveling to Moscow": a participle with
            // no subject of its own shares the sentence's subject, not the last object
            // ("and Israel began releasing prisoners": a gerund after a verb of beginning,
            // going on or stopping is that verb's, with its subject)
            let aspect = m.head >= 2
                && matches!(
                    tokens[m.head - 1].lower.as_str(),
                    "began"
                        | "begins"
                        | "begin"
                        | "started"
                        | "starts"
                        | "continued"
                        | "continues"
                        | "kept"
                        | "keeps"
                        | "stopped"
                        | "resumed"
                        | "resumes"
                );
            let own_subject = m.head > 0 && (phrase_at[m.head - 1].is_some() || aspect);
            // ("… say Taliban fighters attacked a checkpoint, killing 12": a participle right
            // after a comma goes on with the nearest act coded before it)
            let after_comma = m.head > 0 && tokens[m.head - 1].text == ",";
            let participle = m.form == VerbForm::Gerund && !own_subject;
            let act_before = earlier
                .iter()
                .rev()
                .find(|c| c.head < m.head && !c.subject.is_empty())
                .filter(|_| participle && after_comma)
                .filter(|c| !tokens[c.head..m.head].iter().any(|t| t.lower == ";"));
            let gathering = (m.form == VerbForm::Base && m.entry.code.root() == "14")
                .then(|| gathered_to(tokens, m.head))
                .flatten();
            // "… and vowed to retake the area": the verb right before "to" controls the
            // infinitive, whose subject is its own (not an object named before it)
            let controller =
                (m.form == VerbForm::Base && m.head >= 2 && tokens[m.head - 1].lower == "to")
                    .then(|| {
                        earlier
                            .iter()
                            .rev()
                            .find(|c| c.head + 2 == m.head && !c.subject.is_empty() && !c.gerund)
                    })
                    .flatten();
            let subject = if let Some(c) = controller {
                how.push("infinitive: the subject of the verb before \"to\"".to_string());
                c.subject.clone()
            } else if let Some(g) = gathering {
                how.push("protest the purpose of a gathering: its subject".to_string());
                subject(tokens, phrases, phrase_at, g)
            } else if m.form == VerbForm::Gerund && accused_of(tokens, m.head) {
                // "accused the RSF of killing civilians": the accused, the last actor named
                // before "of"
                how.push("accused of: source = the accused".to_string());
                status = Status::Alleged;
                modality = Some("accused of".into());
                phrases
                    .iter()
                    .filter(|p| p.last + 1 < m.head && !p.actors.is_empty())
                    .max_by_key(|p| p.last)
                    .map(|p| p.actors.clone())
                    .unwrap_or_default()
            } else if let Some(c) = act_before {
                c.subject.clone()
            } else if participle {
                let first = subject(tokens, phrases, phrase_at, first_verb_head(tokens, m.head));
                if first.is_empty() {
                    subject(tokens, phrases, phrase_at, m.head)
                } else {
                    first
                }
            } else if let Some(s) = shared(m.head) {
                how.push("coordinated verb: the subject of the verb before \"and\"".to_string());
                s
            } else if let Some(and) = coordinated_verb(tokens, phrase_at, m.head)
                .filter(|_| matches!(m.form, VerbForm::Past | VerbForm::PastOrParticiple))
            {
                // "He was accompanied by … officials and met with …": the first verb is no
                // event of its own, but its subject is the second's too
                let head_before = first_verb_head(tokens, and);
                // ("the ministry said the strikes hit a facility and wounded two soldiers":
                // in what is said, the deeds share what is said's subject, not the speaker)
                // (a deed only: "Tallinn said the detention was a provocation and demanded an
                // explanation" is the speaker's demand)
                let said = (head_before..and)
                    .filter(|_| m.entry.code.root_between(14, 20))
                    .rev()
                    .find(|&k| is_attribution(&tokens[k]) && phrase_at[k].is_none());
                let reported_head = said.and_then(|s| {
                    let start = if tokens.get(s + 1).is_some_and(|t| t.lower == "that") {
                        s + 2
                    } else {
                        s + 1
                    };
                    (start + 1..and)
                        .find(|&k| {
                            let t = &tokens[k];
                            phrase_at[k].is_none()
                                && (starts_predicate(t)
                                    || (t.is_word()
                                        && !t.is_capitalised()
                                        && (t.lower.ends_with("ed")
                                            || IRREGULAR_PASTS.contains(&t.lower.as_str()))))
                        })
                        .map(|k| (start, k))
                });
                // its subject: an actor between the speech verb and its verb, else none
                let reported_subject = reported_head.map(|(start, k)| {
                    phrases
                        .iter()
                        .filter(|p| p.first >= start && p.last < k && !p.actors.is_empty())
                        .max_by_key(|p| p.last)
                        .map(|p| p.actors.clone())
                        .unwrap_or_default()
                });
                let head_before = reported_head.map_or(head_before, |(_, k)| k);
                let first = match &reported_subject {
                    Some(s) => s.clone(),
                    None => subject(tokens, phrases, phrase_at, head_before),
                };
                // ("a roadside bombing killed one U.S. soldier and wounded two others": the
                // first verb's object is not the second's subject)
                let object_before = phrases
                    .iter()
                    .any(|p| p.first > head_before && p.last < and && !p.actors.is_empty());
                if first.is_empty() && reported_subject.is_some() {
                    how.push(
                        "coordinated verb in what is said: its subject is no actor".to_string(),
                    );
                    Vec::new()
                } else if first.is_empty() && object_before && head_before < and {
                    how.push("coordinated verb: the first verb's subject is no actor".to_string());
                    Vec::new()
                } else if first.is_empty() {
                    subject(tokens, phrases, phrase_at, m.head)
                } else {
                    how.push("coordinated verb: the sentence's subject".to_string());
                    first
                }
            } else if reduced_passive(tokens, m) {
                // "the victims killed by …": the noun the participle follows, if an actor
                how.push("reduced relative: target = the noun before the participle".to_string());
                phrase_at[m.head - 1]
                    .map(|pi| phrases[pi].actors.clone())
                    .unwrap_or_default()
            } else {
                subject(tokens, phrases, phrase_at, m.head)
            };
            let mut object = object(tokens, phrases, m, clause_end, passive);
            // "members of his government, whom they had taken hostage": a relative clause's
            // subject pronoun the recogniser did not resolve is no one before the pronoun
            let unresolved_pronoun = !passive && relative_pronoun_subject(tokens, phrase_at, m);
            let subject = if unresolved_pronoun {
                how.push("relative clause: its subject pronoun is unresolved".into());
                Vec::new()
            } else {
                subject
            };
            // "the engineers, whom gunmen had taken hostage": the object of a relative clause
            // is the noun its pronoun stands for
            if !passive {
                if let Some(antecedent) = object_relative_antecedent(tokens, phrases, phrase_at, m)
                {
                    let pattern_only = phrases.iter().any(|p| {
                        p.first > m.head
                            && p.actors.iter().any(|a| object.contains(a))
                            && (p.first..=p.last).all(|k| m.words.contains(&k))
                    });
                    if object.is_empty() || pattern_only {
                        how.push(
                            "relative clause: target = the noun its pronoun stands for".into(),
                        );
                        object = antecedent;
                    }
                }
            }
            if m.entry.pass {
                // "died in police firing": the agent is named inside the pattern's words
                sources = by_agent(tokens, phrases, phrase_at, m.head, clause_end);
                targets = subject;
                how.push("suffered: target = subject, source = the attack's agent".to_string());
            } else if passive {
                sources = by_agent(tokens, phrases, phrase_at, m.end(), clause_end);
                targets = subject;
                how.push("passive: target = subject, source = by-agent".to_string());
            } else {
                sources = subject;
                targets = object;
                how.push("active: source = subject, target = object".to_string());
                // ("Lebanon, which hosts more than a million Syrians": people counted are
                // sheltered, not a visiting party)
                let counted = phrases.iter().any(|p| {
                    p.first > m.head
                        && !p.actors.is_empty()
                        && p.actors == targets
                        && tokens[p.first.saturating_sub(3)..p.first].iter().any(|t| {
                            // (a year or an ordinal is no count: "attend the 2024 SCO
                            // summit", "the 5th BRICS summit")
                            let year = t.text.len() == 4 && t.text.starts_with(['1', '2']);
                            (annals_recognise::is_count(t) && !year)
                                || matches!(
                                    t.lower.as_str(),
                                    "million" | "millions" | "thousand" | "thousands"
                                )
                        })
                });
                if counted && matches!(m.entry.code.base(), "042" | "043") {
                    targets.clear();
                    how.push("people counted are no visiting party".to_string());
                }
            }
        }
        PatternKind::Noun => {
            sources = modifier(tokens, phrases, phrase_at, m.head);
            // ("talks mediated by Qatar": the mediator's, not the talks' sides)
            let mediated = (m.end() + 1..clause_end.min(tokens.len()).min(m.end() + 4))
                .any(|k| tokens[k].lower == "by" && mediation(&tokens[k - 1]));
            // "a visit by Modi to Moscow": the agent inside the pattern, right after the noun
            if sources.is_empty() && !mediated && agent_in_pattern(tokens, phrases, m).is_some() {
                sources = by_agent(tokens, phrases, phrase_at, m.head, m.end());
            }
            if sources.is_empty() && !mediated {
                sources = by_agent(tokens, phrases, phrase_at, m.end(), clause_end);
            }
            // "announced the package during a visit to Manila", "arrived on a state visit to":
            // a visit the clause's subject is on
            // ("discussed the war in a phone call with Putin": a call the subject makes)
            let before = &tokens[m.head.saturating_sub(4)..m.head];
            let on_visit = (before
                .iter()
                .any(|t| matches!(t.lower.as_str(), "during" | "on"))
                && matches!(tokens[m.head].lower.as_str(), "visit" | "trip" | "tour"))
                || (before
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "during" | "in" | "over"))
                    && matches!(tokens[m.head].lower.as_str(), "phone" | "telephone"));
            if sources.is_empty() && on_visit {
                sources = subject(tokens, phrases, phrase_at, m.head);
            }
            // "In a phone call with Putin, Erdogan urged …": a fronted adjunct's subject is
            // the main clause's, right after its comma
            if sources.is_empty() && on_visit && before.first().is_some_and(|_| m.head <= 4) {
                if let Some(comma) = (m.end() + 1..tokens.len()).find(|&k| tokens[k].text == ",") {
                    if let Some(p) = phrases.iter().find(|p| {
                        !p.actors.is_empty()
                            && (p.first == comma + 1
                                || (p.first == comma + 2 && tokens[comma + 1].lower == "the"))
                    }) {
                        sources = p.actors.clone();
                    }
                }
            }
            // "Turkey renewed an appeal to Belgium": the subject of a light verb whose object
            // the event noun is
            let light = light_verb_before(tokens, m.head).filter(|_| sources.is_empty());
            if let Some(v) = light {
                sources = shared(v).unwrap_or_else(|| subject(tokens, phrases, phrase_at, v));
            }
            // "Putin referred to his meeting with Xi": a person's possessive pronoun before
            // the noun (past its adjectives) is the clause's subject ("their talks" may be
            // others', named later)
            let possessed = tokens[m.head.saturating_sub(4)..m.head]
                .iter()
                .rev()
                .find(|t| {
                    !(t.is_word() && !t.is_capitalised() && !is_preposition(&t.lower))
                        || matches!(t.lower.as_str(), "his" | "her")
                })
                .is_some_and(|t| matches!(t.lower.as_str(), "his" | "her"));
            if sources.is_empty() && possessed {
                sources = subject(tokens, phrases, phrase_at, m.head);
            }
            targets = object(tokens, phrases, m, clause_end, false);
            how.push(
                "nominal: source = possessor/adjective/by-agent, target = prepositional object"
                    .to_string(),
            );
            if let Some(v) = light.filter(|_| !sources.is_empty()) {
                how.push(format!(
                    "light verb {:?}: source = its subject",
                    tokens[v].text
                ));
            }
            if sources.is_empty()
                && targets.len() >= 2
                && m.entry.rest.iter().flatten().any(|w| w == "between")
            {
                sources = vec![targets.remove(0)];
                how.push("between A and B".into());
            }
        }
    }
    // "restrict its labour market for new EU members", "recalled its ambassador": what "its"
    // names as the source's own, or its own organ, is no target; the object is sought past it
    let own = |p: &Phrase| {
        p.coreferent
            && tokens[p.first].lower == "its"
            && p.actors.iter().all(|a| {
                sources.iter().any(|s| {
                    same_actor(s, a)
                        || (s.code.country() == a.code.country() && a.code.is_state_side())
                })
            })
    };
    let from_object = m.entry.kind == PatternKind::Noun || !(passive || m.entry.pass);
    let owned_target = phrases.iter().any(|p| {
        own(p)
            && p.actors
                .iter()
                .any(|a| targets.iter().any(|t| same_actor(a, t)))
    });
    if from_object && owned_target {
        let others: Vec<Phrase> = phrases.iter().filter(|p| !own(p)).cloned().collect();
        targets = object(tokens, &others, m, clause_end, false);
        // "imposed sanctions on Venezuela, accusing its government of …": a hostile act on
        // one's own organ is seldom told so; "its" is then the nearest other state or group
        // named before it
        let hostile = m.entry.code.root_between(10, 13) || m.entry.code.root_between(16, 20);
        let owned = phrases
            .iter()
            .find(|p| own(p) && p.first > m.head && p.last < clause_end);
        if let Some(p) = owned.filter(|_| targets.is_empty() && hostile) {
            let other = phrases
                .iter()
                .rev()
                .filter(|q| q.last < p.first && !q.person && q.actors.len() == 1)
                .map(|q| &q.actors[0])
                .find(|a| {
                    a.code.country() != annals_recognise::UNKNOWN_COUNTRY
                        && sources.iter().all(|s| s.code.country() != a.code.country())
                });
            if let (Some(a), Some(organ)) = (other, p.actors.first()) {
                let state = a.code.country() != "IGO" && a.code.is_state_side();
                let code = if state {
                    ActorCode(format!("{}{}", a.code.country(), organ.code.role()))
                } else {
                    a.code.clone()
                };
                targets = vec![Actor {
                    code,
                    name: organ.name.clone(),
                    entity: a.entity.clone(),
                    role: None,
                }];
                how.push("\"its\": the nearest other side, not the source's own".to_string());
            }
        }
    }
    // one side named twice ("Putin and his delegation") is one actor
    dedupe(&mut sources);
    dedupe(&mut targets);
    targets.retain(|t| !sources.iter().any(|s| same_actor(s, t)));
    // "India and Pakistan accused each other of …": each side to the other, whatever the row
    let each_other = tokens
        .get(m.head + 1..(m.end() + 3).min(tokens.len()))
        .unwrap_or_default()
        .windows(2)
        .any(|w| {
            matches!(
                (w[0].lower.as_str(), w[1].lower.as_str()),
                ("each", "other") | ("one", "another")
            )
        });
    let reciprocal = targets.is_empty() && sources.len() >= 2 && (m.entry.recip || each_other);
    if reciprocal {
        targets = sources.split_off(1);
        how.push(PLURAL_SUBJECT_SPLIT.into());
    }
    Roles {
        sources,
        targets,
        status,
        modality,
        passive,
        reciprocal,
        how: how.join("; "),
    }
}

/// Whether the event noun at `head` is indefinite, introduced by the text as a new event ("a
/// bomb attack", "three grenade attacks", "deadly attacks"), not one named before ("the attack",
/// "its attacks"): past up to three modifiers, "a", "an", a number or nothing before a plural.
pub fn indefinite(tokens: &[Token], head: usize) -> bool {
    let mut k = head;
    for _ in 0..4 {
        let Some(prev) = k.checked_sub(1) else {
            return tokens[head].lower.ends_with('s');
        };
        k = prev;
        let t = &tokens[k];
        let w = t.lower.as_str();
        if matches!(w, "a" | "an") || is_quantity(t) || annals_recognise::COUNT_WORDS.contains(&w) {
            return true;
        }
        if DETERMINERS.contains(&w) || w == "'s" || !t.is_word() || t.is_capitalised() {
            // a plural with no determiner at all ("… killed in grenade attacks")
            return !DETERMINERS.contains(&w) && w != "'s" && tokens[head].lower.ends_with('s');
        }
    }
    false
}

/// Whether the phrase naming the first of `sources` stands right before the verb at `head`,
/// with no comma, clause word or infinitive between: "students in Jakarta demonstrated", not
/// "police moved to disperse students protesting".
pub fn next_to_verb(tokens: &[Token], phrases: &[Phrase], sources: &[Actor], head: usize) -> bool {
    let head = before_aside(tokens, head);
    // (the last phrase naming any of the sources: "An Iran-backed militia, Kataib Hezbollah,")
    let Some(p) = phrases
        .iter()
        .filter(|p| {
            p.last < head
                && p.actors
                    .iter()
                    .any(|a| sources.iter().any(|s| same_actor(a, s)))
        })
        .max_by_key(|p| p.last)
    else {
        return false;
    };
    let mut between = &tokens[p.last + 1..head];
    // "A militia, Kataib Hezbollah, denied", "The Arakan Army, an ethnic armed group, said":
    // the comma closing a phrase apposed to an actor is no break
    let mut opens = p.first;
    while opens > 0 && matches!(tokens[opens - 1].lower.as_str(), "a" | "an" | "the") {
        opens -= 1;
    }
    let apposed = opens >= 2
        && tokens[opens - 1].text == ","
        && phrases
            .iter()
            .any(|q| q.last + 2 == opens && !q.actors.is_empty());
    if apposed && between.first().is_some_and(|t| t.text == ",") {
        between = &between[1..];
    }
    // "The Arakan Army, an ethnic armed group, said it had seized": an apposition right after
    // the subject is no break
    if between.first().is_some_and(|t| t.text == ",")
        && between.get(1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "a" | "an" | "the" | "its" | "his" | "her" | "their"
            )
        })
    {
        if let Some(c) = between.iter().skip(2).take(12).position(|t| t.text == ",") {
            let aside = &between[2..c + 2];
            if aside
                .iter()
                .all(|t| t.is_word() || t.text == "-" || t.text == "'s")
            {
                between = &between[c + 3..];
            }
        }
    }
    // "the police, who fired": the relative pronoun stands for the phrase before it
    if let [rest @ .., who] = between {
        if matches!(who.lower.as_str(), "who" | "which") {
            between = match rest {
                [] => rest,
                [comma] if comma.text == "," => &[],
                _ => between,
            };
        }
    }
    !between.iter().enumerate().any(|(i, t)| {
        // "to" of the subject's own infinitive ("agreed to resign", "vowed to strike") keeps
        // the subject; of a purpose clause ("used tear gas to disperse …") it does not
        // ("forcing the police to open fire": right after the phrase, its own infinitive)
        let own = t.lower == "to"
            && (i == 0
                || CONTROL_WORDS
                    .contains(&between[before_time_adjunct(between, i - 1)].lower.as_str()));
        // (nor across a subordinator: "police fired tear gas as thousands marched")
        !own && (matches!(
            t.lower.as_str(),
            "," | ";" | ":" | "to" | "that" | "which" | "—" | "(" | ")"
        ) || (SUBORDINATORS.contains(&t.lower.as_str()) && !as_well_as(between, i)))
    })
}

/// Whether a verb's subject is a bare pronoun no phrase resolved, right after a relative
/// pronoun ("whom they had taken hostage").
fn relative_pronoun_subject(tokens: &[Token], phrase_at: &[Option<usize>], m: &Match) -> bool {
    let Some(mut k) = m.head.checked_sub(1) else {
        return false;
    };
    while k > 0
        && matches!(
            tokens[k].lower.as_str(),
            "had" | "has" | "have" | "also" | "later"
        )
    {
        k -= 1;
    }
    // ("claimed that they had attacked": "that" after a verb opens what is said)
    let relative = match tokens[k.saturating_sub(1)].lower.as_str() {
        "whom" => true,
        "which" | "that" => k >= 2 && (phrase_at[k - 2].is_some() || tokens[k - 2].text == ","),
        _ => false,
    };
    k > 0
        && relative
        && matches!(
            tokens[k].lower.as_str(),
            "they" | "he" | "she" | "we" | "it"
        )
        && phrase_at[k].is_none()
}

/// "the engineers, whom gunmen had kidnapped", "the village that rebels attacked": a verb whose
/// subject follows a relative pronoun after an actor has that actor as its object.
fn object_relative_antecedent(
    tokens: &[Token],
    phrases: &[Phrase],
    phrase_at: &[Option<usize>],
    m: &Match,
) -> Option<Vec<Actor>> {
    // back past auxiliaries and adverbs to the relative clause's subject
    let mut k = m.head.checked_sub(1)?;
    while matches!(
        tokens[k].lower.as_str(),
        "had" | "has" | "have" | "allegedly" | "reportedly" | "also" | "later" | "then" | "earlier"
    ) {
        k = k.checked_sub(1)?;
    }
    let subject = &phrases[phrase_at[k]?];
    if subject.last != k || subject.actors.is_empty() {
        return None;
    }
    let mut r = subject.first.checked_sub(1)?;
    if matches!(tokens[r].lower.as_str(), "the" | "a" | "an") {
        r = r.checked_sub(1)?;
    }
    if !matches!(tokens[r].lower.as_str(), "whom" | "that" | "which") {
        return None;
    }
    let before = r.checked_sub(if tokens.get(r.wrapping_sub(1))?.text == "," {
        2
    } else {
        1
    })?;
    let antecedent = &phrases[phrase_at[before]?];
    (antecedent.last == before && !antecedent.actors.is_empty()).then(|| antecedent.actors.clone())
}

/// "three persons, including a woman, were arrested": where an aside opened by "including",
/// "among" or "such as" ends right before the verb (past its auxiliaries), the opening comma,
/// which stands in for the verb when the subject is sought.
pub fn before_aside(tokens: &[Token], head: usize) -> usize {
    let mut close = head;
    while close > 0 {
        let w = tokens[close - 1].lower.as_str();
        if BE.contains(&w) || ADVERBS.contains(&w) || matches!(w, "have" | "has" | "had") {
            close -= 1;
        } else {
            break;
        }
    }
    if close == 0 || tokens[close - 1].text != "," {
        return head;
    }
    let close = close - 1;
    let open = (close.saturating_sub(16)..close)
        .rev()
        .find(|&k| tokens[k].text == ",");
    // ("Ba, who came third in the 2024 election, has denied", "Russia, which invaded …,
    // accused": a relative clause between commas, too; "Hamas, the group that rules Gaza,
    // rejected", "JNIM, al-Qaeda's affiliate in the Sahel, claimed": an apposition after a name)
    let relative = |o: usize| {
        matches!(tokens[o + 1].lower.as_str(), "who" | "whose" | "which") && close - o > 2
    };
    let apposition = |o: usize| {
        o > 0
            && tokens[o - 1].is_capitalised()
            && close - o > 2
            && close - o <= 14
            && (matches!(
                tokens[o + 1].lower.as_str(),
                "the" | "a" | "an" | "its" | "his" | "her" | "their"
            ) || tokens[o + 1..close.min(o + 5)]
                .iter()
                .any(|t| t.lower == "'s"))
    };
    match open {
        Some(o)
            if (matches!(tokens[o + 1].lower.as_str(), "including" | "among" | "such")
                && close - o <= 9)
                // ("sixty people, all Muslims, have been booked")
                || (matches!(tokens[o + 1].lower.as_str(), "all" | "both" | "mostly" | "most")
                    && close - o <= 5)
                || relative(o)
                || apposition(o) =>
        {
            o
        }
        _ => head,
    }
}

/// Whether the word at `i` is an "as" of "as well as", a coordination, not a subordinator.
fn as_well_as(words: &[Token], i: usize) -> bool {
    words[i].lower == "as"
        && (words.get(i + 1).is_some_and(|t| t.lower == "well")
            || (i > 0 && words[i - 1].lower == "well"))
}

/// Words whose infinitive is their subject's own act: "agreed to resign", "is ready to strike".
const CONTROL_WORDS: [&str; 46] = [
    "agreed",
    "agree",
    "agrees",
    "vowed",
    "vow",
    "vows",
    "pledged",
    "pledge",
    "pledges",
    "promised",
    "promise",
    "promises",
    "threatened",
    "threaten",
    "threatens",
    "decided",
    "decide",
    "decides",
    "plans",
    "plan",
    "planned",
    "planning",
    "wants",
    "want",
    "wanted",
    "intends",
    "intend",
    "intended",
    "ready",
    "prepared",
    "willing",
    "going",
    "refused",
    "refuse",
    "refuses",
    "offered",
    "offer",
    "offers",
    "continued",
    "began",
    "had",
    "forced",
    "compelled",
    "obliged",
    "managed",
    "able",
];

/// Whether the phrase naming the first of `actors` is the passive verb's own subject: only
/// auxiliaries and adverbs stand between ("protesters were reportedly arrested"), not another
/// clause's verb ("alliances, which Biden argues were damaged").
pub fn passive_subject(
    tokens: &[Token],
    phrases: &[Phrase],
    actors: &[Actor],
    head: usize,
) -> bool {
    let aside = before_aside(tokens, head);
    let Some(p) = naming_phrase(phrases, actors, aside) else {
        return false;
    };
    // (past an aside, the words after it are the verb's auxiliaries)
    let auxiliary = |t: &Token| {
        let w = t.lower.as_str();
        BE.contains(&w)
            || ADVERBS.contains(&w)
            || w.ends_with("ly")
            || matches!(
                w,
                "have" | "has" | "had" | "all" | "both" | "later" | "then"
            )
    };
    let words = &tokens[p.last + 1..aside];
    // ("a journalist who covered drug cartels was shot dead": past a relative clause)
    if words
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "who" | "which"))
    {
        let aux_from = words
            .iter()
            .rposition(|t| !auxiliary(t))
            .map_or(0, |i| i + 1);
        return aux_from > 1
            && aux_from < words.len()
            && words[..aux_from]
                .iter()
                .all(|t| !matches!(t.text.as_str(), "," | ";" | ":"));
    }
    words.iter().all(auxiliary)
}

/// The last phrase before `head` that names the first of `actors`.
fn naming_phrase<'p>(phrases: &'p [Phrase], actors: &[Actor], head: usize) -> Option<&'p Phrase> {
    let first = actors.first()?;
    phrases
        .iter()
        .filter(|p| p.last < head && p.actors.iter().any(|a| same_actor(a, first)))
        .max_by_key(|p| p.last)
}

fn same_actor(a: &Actor, b: &Actor) -> bool {
    a.code == b.code && a.entity == b.entity
}

fn dedupe(v: &mut Vec<Actor>) {
    let mut out: Vec<Actor> = Vec::new();
    for a in v.drain(..) {
        if !out.iter().any(|o| same_actor(o, &a)) {
            out.push(a);
        }
    }
    *v = out;
}

/// Where the sentence's own subject ends: the first lower-case word after the first actor-like
/// stretch of capitalised words, a stand-in for the first finite verb without a parser.
fn first_verb_head(tokens: &[Token], limit: usize) -> usize {
    let mut seen_name = false;
    for (i, t) in tokens.iter().enumerate().take(limit) {
        if t.is_capitalised() {
            seen_name = true;
        } else if seen_name
            && t.is_word()
            && !matches!(t.lower.as_str(), "of" | "the" | "'s" | "and")
        {
            return i;
        }
    }
    limit
}

/// Past tenses without "-ed" that news uses for deeds.
/// Told in the roles' explanation when a plural subject was split into the two sides of a
/// reciprocal act.
pub const PLURAL_SUBJECT_SPLIT: &str = "reciprocal: plural subject gives both sides";

/// Whether a word is one of the common irregular past forms ("struck", "fought", "broke").
pub fn is_irregular_past(w: &str) -> bool {
    IRREGULAR_PASTS.contains(&w)
}

const IRREGULAR_PASTS: [&str; 24] = [
    "hit", "struck", "shot", "fought", "took", "held", "met", "sent", "beat", "fled", "drove",
    "threw", "spoke", "won", "lost", "left", "set", "cut", "broke", "gave", "went", "came",
    "began", "sought",
];

/// A word that begins a predicate right after a noun phrase: a past-tense or finite verb
/// ("withdrew", "stepped", "said", "has").
fn starts_predicate(t: &Token) -> bool {
    let w = t.lower.as_str();
    t.is_word()
        && !t.is_capitalised()
        && (matches!(
            w,
            "said"
                | "says"
                | "is"
                | "was"
                | "were"
                | "are"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "withdrew"
                | "fled"
                | "took"
                | "made"
                | "began"
                | "won"
                | "lost"
                | "fell"
                | "left"
                | "struck"
                | "hit"
                | "fought"
                | "held"
        ) || (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")))
}

/// Words that start another clause: a date or place across one belongs to that clause.
pub fn opens_other_clause(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "as" | "since"
            | "after"
            | "before"
            | "when"
            | "while"
            | "until"
            | "that"
            | "which"
            | "who"
            | "whom"
            | ";"
    )
}

/// A number or a word of quantity before "of" ("hundreds of", "a group of", "dozens of").
fn is_quantity(t: &Token) -> bool {
    t.text.chars().all(|c| c.is_ascii_digit() || c == ',')
        || matches!(
            t.lower.as_str(),
            "hundreds"
                | "thousands"
                | "tens"
                | "dozens"
                | "millions"
                | "scores"
                | "group"
                | "groups"
                | "number"
                | "crowd"
                | "crowds"
                | "team"
                | "unit"
                | "delegation"
                | "members"
                | "some"
                | "many"
                | "most"
                | "all"
                | "both"
                | "each"
                | "none"
        )
        // ("one of the gunmen", "two of the hostages")
        || is_count_word(&t.lower)
}

/// A number word from one to ten, or "several": how many of something a text counts.
pub fn is_count_word(w: &str) -> bool {
    matches!(
        w,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "several"
    )
}

/// Whether token `k` is a hyphen or a word joined by one ("self-ruled", "Saudi-backed").
fn in_hyphenated_modifier(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.text == "-"
        || tokens
            .get(k + 1)
            .is_some_and(|n| n.text == "-" && n.start == t.end)
        || (k > 0 && tokens[k - 1].text == "-" && tokens[k - 1].end == t.start)
}

fn preceded_by_preposition(tokens: &[Token], p: &Phrase) -> Option<String> {
    let mut k = p.first;
    // a hyphenated compound before the noun ("around self-ruled Taiwan") is passed over
    let in_compound = |k: usize| in_hyphenated_modifier(tokens, k);
    while k > 0 {
        k -= 1;
        let w = tokens[k].lower.as_str();
        if matches!(w, "the" | "a" | "an") || in_compound(k) {
            continue;
        }
        // "investigations against 28 officials": a count after a preposition that takes an
        // object is passed over ("over 50 persons", "among 31 people", "a total of 47" are
        // amounts and sets, not prepositions of the verb)
        if tokens[k].is_figure() {
            return (k > 0
                && matches!(
                    tokens[k - 1].lower.as_str(),
                    "against" | "on" | "at" | "with" | "into"
                ))
            .then(|| tokens[k - 1].lower.clone());
        }
        // "thousands of protesters", "a group of soldiers": a quantity, not a preposition;
        // the preposition, if any, comes before it ("fired at hundreds of protesters")
        if w == "of" && k > 0 && is_quantity(&tokens[k - 1]) {
            let mut j = k - 1;
            loop {
                while j > 0 && matches!(tokens[j - 1].lower.as_str(), "a" | "an" | "the") {
                    j -= 1;
                }
                // ("tens of thousands of")
                if j >= 2 && tokens[j - 1].lower == "of" && is_quantity(&tokens[j - 2]) {
                    j -= 2;
                    continue;
                }
                break;
            }
            return (j > 0 && matches!(tokens[j - 1].lower.as_str(), "at" | "on" | "against"))
                .then(|| tokens[j - 1].lower.clone());
        }
        return (is_preposition(w)
            || matches!(
                w,
                "during"
                    | "since"
                    | "under"
                    | "amid"
                    | "among"
                    | "including"
                    | "than"
                    | "via"
                    | "without"
                    | "behind"
                    | "like"
                    | "throughout"
                    | "across"
                    | "around"
                    | "outside"
                    | "inside"
            ))
        .then(|| w.to_string());
    }
    None
}

fn possessive(tokens: &[Token], p: &Phrase) -> bool {
    tokens.get(p.last + 1).is_some_and(|t| t.lower == "'s")
        || tokens.get(p.last).is_some_and(|t| t.lower == "'s")
}

/// The subject: nearest suitable actor phrase left of `head`, with coordinated phrases.
fn subject(
    tokens: &[Token],
    phrases: &[Phrase],
    phrase_at: &[Option<usize>],
    head: usize,
) -> Vec<Actor> {
    let mut k = before_aside(tokens, head);
    // "a journalist who covered drug cartels was shot dead": a relative clause between the
    // subject and the verb's auxiliary is passed over
    let mut aux = k;
    while aux > 0 && FINITE_AUXILIARIES.contains(&tokens[aux - 1].lower.as_str()) {
        aux -= 1;
    }
    if aux < k {
        let relative = (aux.saturating_sub(10)..aux.saturating_sub(1))
            .rev()
            .take_while(|&r| !matches!(tokens[r].text.as_str(), "," | ";" | ":"))
            .find(|&r| matches!(tokens[r].lower.as_str(), "who" | "which"));
        if let Some(r) = relative.filter(|&r| r > 0 && phrase_at[r - 1].is_some()) {
            k = r;
        }
    }
    // "foiled by the police, who fired 20 rounds": a relative pronoun's antecedent is the
    // verb's subject, whatever preposition it follows
    let mut r = k;
    while r > 0 && ADVERBS.contains(&tokens[r - 1].lower.as_str()) {
        r -= 1;
    }
    // "the launch, which they said violated UN resolutions": a speaker inserted after the
    // relative pronoun is not the verb's subject
    if r >= 3
        && matches!(
            tokens[r - 1].lower.as_str(),
            "said" | "say" | "says" | "claimed" | "claim" | "believe" | "believed" | "alleged"
        )
    {
        let speaker_first = match phrase_at[r - 2] {
            Some(pi) => Some(phrases[pi].first),
            None if matches!(
                tokens[r - 2].lower.as_str(),
                "they" | "he" | "she" | "we" | "it"
            ) =>
            {
                Some(r - 2)
            }
            None => None,
        };
        if let Some(s) = speaker_first
            .filter(|&s| s >= 1 && matches!(tokens[s - 1].lower.as_str(), "which" | "that" | "who"))
        {
            r = s;
        }
    }
    if r >= 2 && matches!(tokens[r - 1].lower.as_str(), "who" | "which") {
        let before = if tokens[r - 2].text == "," {
            r - 2
        } else {
            r - 1
        };
        if let Some(p) = before
            .checked_sub(1)
            .and_then(|b| phrase_at[b])
            .map(|pi| &phrases[pi])
            .filter(|p| !p.actors.is_empty())
        {
            return p.actors.clone();
        }
    }
    // "welcomed the report that accused Sudan", "the report, which accused": "that" right
    // before the verb is a relative pronoun, like "which" and "who"; an antecedent that is no
    // actor leaves the verb with no known subject (unless it is an attack, "strikes that
    // killed 20", whose author is sought further left)
    if r >= 2 && matches!(tokens[r - 1].lower.as_str(), "that" | "which" | "who") {
        // (", which": the antecedent is before the comma)
        let a = if r >= 3 && tokens[r - 2].text == "," && tokens[r - 1].lower != "that" {
            r - 3
        } else {
            r - 2
        };
        let antecedent = tokens[a].lower.as_str();
        let word = phrase_at[a].is_none()
            && tokens[a].is_word()
            && !matches!(
                antecedent,
                "said" | "says" | "so" | "such" | "now" | "and" | "but"
            );
        if word && !ATTACK_NOUNS.contains(&antecedent) && !antecedent.ends_with("ing") {
            return Vec::new();
        }
    }
    while k > 0 {
        k -= 1;
        let w = tokens[k].lower.as_str();
        if matches!(w, ";" | ":") {
            break;
        }
        // "Petro suspended talks after an attack on a base killed seven soldiers": a finite
        // verb's subject lies after the subordinator that opens its clause; none found there,
        // it has none (a gerund, "left after meeting Xi", shares the main clause's)
        if matches!(
            w,
            "after"
                | "before"
                | "when"
                | "because"
                | "although"
                | "though"
                | "while"
                | "since"
                | "until"
                | "unless"
                | "whereas"
                | "as"
        ) && !tokens[head].lower.ends_with("ing")
            && k + 1 < head
            // ("as well as", "such as", "as part of": no subordinator)
            && (w != "as"
                || (k > 0
                    && !matches!(tokens[k - 1].lower.as_str(), "such" | "well" | "as" | "so")
                    && !matches!(tokens[k + 1].lower.as_str(), "well" | "part" | "a" | "an")))
            // ("when they blew themselves up": a pronoun there stands for the main subject)
            && !tokens[k + 1..head]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "they" | "he" | "she" | "it"))
        {
            return Vec::new();
        }
        // "the first country I have visited": a first- or second-person pronoun (a quoted
        // speaker, unresolved) is the verb's subject, and the actor further left is not
        if phrase_at[k].is_none() && matches!(w, "i" | "we" | "you") {
            return Vec::new();
        }
        let Some(pi) = phrase_at[k] else { continue };
        let p = &phrases[pi];
        k = p.first;
        // "Russian shelling killed three civilians": a country's attack, right before the verb,
        // is its subject; the country is the source
        if p.actors.is_empty()
            && preceded_by_preposition(tokens, p).is_none()
            && head > p.last + 1
            && head <= p.last + 4
            && names_attack(tokens, p.last)
            && ATTACK_NOUNS.contains(&tokens[head - 1].lower.as_str())
        {
            if let Some(l) = p.place.as_ref().filter(|l| l.feature == "country") {
                return vec![country_actor(l, None)];
            }
        }
        // "since Moscow invaded": a subordinator, not a preposition, before the verb's subject
        let opens_clause = matches!(
            preceded_by_preposition(tokens, p).as_deref(),
            Some("since" | "after" | "before" | "until")
        ) && tokens[p.last + 1..head]
            .iter()
            .all(|t| ADVERBS.contains(&t.lower.as_str()) || BE.contains(&t.lower.as_str()));
        // "with him visiting Beijing": the actor right before a gerund after "with" is its subject
        // ("deaths due to police firing on mobs", "killed in police firing": the actor right
        // before an attack gerund is its author, whatever preposition it follows)
        let with_gerund = p.last + 1 == head
            && tokens[head].lower.ends_with("ing")
            && (preceded_by_preposition(tokens, p).as_deref() == Some("with")
                || ATTACK_NOUNS.contains(&tokens[head].lower.as_str()));
        // ("the army was purging them from the newly captured areas": an object pronoun is
        // nobody's subject, but "dozens of them were injured" is)
        let object_pronoun = p.first == p.last
            && matches!(tokens[p.first].lower.as_str(), "them" | "him")
            && (p.first == 0 || tokens[p.first - 1].lower != "of");
        if p.actors.is_empty()
            || (preceded_by_preposition(tokens, p).is_some() && !opens_clause && !with_gerund)
            || possessive(tokens, p)
            || (object_pronoun && !with_gerund)
        {
            continue;
        }
        let mut out = p.actors.clone();
        // "A and B", "A, B and C", "A, B, and C", "A and the B", "A and his counterpart B"
        let mut first = p.first;
        let mut joined = false;
        while first >= 2 {
            if matches!(
                tokens[first - 1].lower.as_str(),
                "the" | "his" | "her" | "their"
            ) {
                first -= 1;
                continue;
            }
            let conj = tokens[first - 1].lower.as_str();
            if !matches!(conj, "and" | ",") {
                break;
            }
            // the serial comma: ", and"
            let gap = if conj == "and" && first >= 3 && tokens[first - 2].lower == "," {
                2
            } else {
                1
            };
            let Some(qi) = phrase_at[first - 1 - gap] else {
                break;
            };
            let q = &phrases[qi];
            if q.actors.is_empty() || preceded_by_preposition(tokens, q).is_some() {
                break;
            }
            // ", and" joins the last item of a list ("A, B, and C"); after a single phrase it
            // opens another clause ("… killing senior commanders, and Iran retaliated")
            let mut start = q.first;
            while start > 0 && tokens[start - 1].lower == "the" {
                start -= 1;
            }
            if gap == 2 && start > 0 && tokens[start - 1].text != "," {
                break;
            }
            // "The main opposition party, the Republican People's Party, called …", "The
            // party's leader, Ozgur Ozel, accused …": a name in apposition to a description
            // is one actor, the named one, not a list of two
            let named = |x: &Phrase| tokens[x.first].is_capitalised() && x.first > 0;
            let apposition = !joined
                && conj == ","
                && gap == 1
                && tokens.get(p.last + 1).is_some_and(|t| t.text == ",")
                && (start == 0 || tokens[start - 1].text != ",")
                && named(p) != named(q);
            if apposition {
                if named(q) {
                    out = q.actors.clone();
                }
                first = q.first;
                joined = true;
                continue;
            }
            out.splice(0..0, q.actors.iter().cloned());
            first = q.first;
            joined = true;
        }
        return out;
    }
    Vec::new()
}

/// Verbs that carry an event noun as their object ("made an appeal", "held talks").
const LIGHT_VERBS: [&str; 29] = [
    "organize",
    "organise",
    "announce",
    "order",
    "declare",
    "make",
    "issue",
    "renew",
    "launch",
    "lodge",
    "file",
    "extend",
    "deliver",
    "send",
    "express",
    "voice",
    "hold",
    "conduct",
    "stage",
    "carry",
    "mount",
    "begin",
    "start",
    "continue",
    "resume",
    "reiterate",
    "repeat",
    "step",
    "pay",
];

/// The light verbs' forms other than the gerund, built once.
fn light_verb_forms() -> &'static [String] {
    static FORMS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        LIGHT_VERBS
            .iter()
            .flat_map(|lv| crate::verbs::inflections(lv))
            .filter(|(_, f)| *f != VerbForm::Gerund)
            .map(|(form, _)| form)
            .collect()
    })
}

/// The light verb whose object the event noun at `head` is: within four words before it,
/// past a determiner and adjectives ("renewed an urgent appeal").
fn light_verb_before(tokens: &[Token], head: usize) -> Option<usize> {
    let mut k = head;
    for _ in 0..5 {
        k = k.checked_sub(1)?;
        let t = &tokens[k];
        if !t.is_word() && t.text != "-" {
            return None;
        }
        let w = t.lower.as_str();
        if light_verb_forms().iter().any(|form| form == w) {
            return Some(k);
        }
    }
    None
}

/// A possessor or nationality right before a nominal head ("Russian strikes", "Russia's attack").
fn modifier(
    tokens: &[Token],
    phrases: &[Phrase],
    phrase_at: &[Option<usize>],
    head: usize,
) -> Vec<Actor> {
    let mut k = head;
    // up to three words back; the hyphens of "full-scale" and the "'s" are no words
    let mut words = 0;
    while words < 3 {
        if k == 0 {
            break;
        }
        k -= 1;
        if tokens[k].text != "-" && tokens[k].lower != "'s" {
            words += 1;
        }
        if let Some(pi) = phrase_at[k] {
            let p = &phrases[pi];
            if preceded_by_preposition(tokens, p).is_none() {
                // "a Russian strike on Kharkiv": a country adjective is the country's act
                if p.actors.is_empty() {
                    if let Some(l) = p.place.as_ref().filter(|l| l.feature == "country") {
                        return vec![country_actor(l, None)];
                    }
                }
                return p.actors.clone();
            }
            break;
        }
        // a determiner opens the noun phrase: what stands before it ("Jordan condemned the
        // attack") is not the possessor; nor is a verb's subject ("the United States are
        // mediating talks between Israel and Hamas")
        let verb_between = BE.contains(&tokens[k].lower.as_str())
            || matches!(
                tokens[k].lower.as_str(),
                "has" | "have" | "had" | "will" | "would"
            )
            || (tokens[k].lower.len() > 5
                && tokens[k].lower.ends_with("ing")
                && !matches!(
                    tokens[k].lower.as_str(),
                    "ongoing" | "upcoming" | "continuing" | "lasting" | "long-running"
                ));
        if verb_between
            || matches!(
                tokens[k].lower.as_str(),
                "the" | "a" | "an" | "this" | "that" | "these"
            )
            || !(tokens[k].lower == "'s"
                || (tokens[k].is_word() && !tokens[k].is_capitalised())
                || tokens[k].text == "-")
        {
            break;
        }
    }
    Vec::new()
}

/// The agent of a passive or nominal: "by X" after the head, inside the clause.
/// The first token of the agent an event noun names right after itself, inside its
/// pattern: "a visit by Modi to Moscow" (the agent, not the object, of "visit … to").
fn agent_in_pattern(tokens: &[Token], phrases: &[Phrase], m: &Match) -> Option<usize> {
    if m.entry.kind != PatternKind::Noun || tokens.get(m.head + 1)?.lower != "by" {
        return None;
    }
    let next = m.words.get(1)?;
    phrases
        .iter()
        .find(|p| {
            !p.actors.is_empty()
                && p.last < *next
                && (p.first == m.head + 2
                    || (p.first == m.head + 3 && tokens[m.head + 2].lower == "the"))
        })
        .map(|p| p.first)
}

fn by_agent(
    tokens: &[Token],
    phrases: &[Phrase],
    phrase_at: &[Option<usize>],
    from: usize,
    end: usize,
) -> Vec<Actor> {
    for k in from + 1..end.min(tokens.len()) {
        // "killed in Israeli shelling", "succumbed to police firing": the actor whose attack
        // it was, right before an attack noun after "in" or "to"
        let in_attack = matches!(tokens[k].lower.as_str(), "in" | "to")
            && (k + 1..end.min(tokens.len()).min(k + 4)).any(|j| {
                phrase_at[j].is_some()
                    && phrase_at.get(j + 1).is_none_or(Option::is_none)
                    && names_attack(tokens, j)
                    && (k + 1..j).all(|i| {
                        phrase_at[i].is_some()
                            || matches!(tokens[i].lower.as_str(), "a" | "an" | "the")
                    })
            });
        if tokens[k].lower == "by" || in_attack {
            let next = (k + 1..end.min(tokens.len()).min(k + 4)).find_map(|j| phrase_at[j]);
            if let Some(pi) = next {
                let p = &phrases[pi];
                // "killed by Russian shelling": a country adjective on the agent noun
                if p.actors.is_empty() {
                    if let Some(l) = p.place.as_ref().filter(|l| l.feature == "country") {
                        return vec![country_actor(l, None)];
                    }
                }
                return p.actors.clone();
            }
        }
    }
    Vec::new()
}

/// Whether the words after token `last` are an attack noun, past up to two modifiers: the
/// phrase ending at `last` names the attack's actor ("Israeli tank shelling", "police firing").
pub(crate) fn names_attack(tokens: &[Token], last: usize) -> bool {
    // modifiers are nouns or adjectives: no preposition or verb ("Nigeria went on strike")
    let modifier = |t: &Token| {
        let w = t.lower.as_str();
        !is_preposition(w)
            && !BE.contains(&w)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !starts_predicate(t)
    };
    tokens
        .iter()
        .skip(last + 1)
        .take(3)
        .take_while(|t| t.is_word() && !t.is_capitalised())
        .try_for_each(|t| {
            // ("protesters in Nairobi set fire to …", "troops in Gaza opened fire": a verb's
            // object, not an attack the place's actor made)
            if matches!(
                t.lower.as_str(),
                "set" | "sets" | "open" | "opens" | "opened" | "returned" | "exchanged"
            ) {
                Err(false)
            } else if ATTACK_NOUNS.contains(&t.lower.as_str()) {
                Err(true)
            } else if modifier(t) {
                Ok(())
            } else {
                Err(false)
            }
        })
        .err()
        .unwrap_or(false)
}

/// Nouns of an attack whose actor a modifier names ("Israeli shelling", "police firing").
pub(crate) const ATTACK_NOUNS: [&str; 21] = [
    "firing",
    "fire",
    // the weapons' fire, named by its agent ("killed by police bullets", "army artillery")
    "gunfire",
    "gunshots",
    "bullets",
    "bullet",
    "artillery",
    "shells",
    "rockets",
    "missiles",
    "shelling",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "attack",
    "attacks",
    "bombing",
    "bombardment",
    "raid",
    "raids",
];

/// The object: first actor phrase after the pattern within the clause, plus coordinated ones.
fn object(
    tokens: &[Token],
    phrases: &[Phrase],
    m: &Match,
    end: usize,
    passive: bool,
) -> Vec<Actor> {
    let after = m.end();
    // "ASEAN ministers meeting in Kuala Lumpur urged Myanmar to …": a participle right after
    // its subject describes it; the sentence's own verb and what follows are not its object
    let describing = m.form == VerbForm::Gerund
        && phrases
            .iter()
            .any(|p| p.last + 1 == m.head && !p.actors.is_empty());
    let end = if describing {
        (after + 1..end)
            .find(|&k| {
                let t = &tokens[k];
                t.is_word()
                    && !t.is_capitalised()
                    && (t.lower.ends_with("ed") || IRREGULAR_PASTS.contains(&t.lower.as_str()))
                    && !matches!(
                        tokens[k - 1].lower.as_str(),
                        "was"
                            | "were"
                            | "been"
                            | "be"
                            | "is"
                            | "are"
                            | "has"
                            | "have"
                            | "had"
                            | ","
                    )
            })
            .unwrap_or(end)
    } else {
        end
    };
    let wants_prep = m.entry.ends_in_preposition();
    // "signed a statement with X": when the pattern already holds the verb's object, the
    // target needs a preposition; a bare actor after it is a modifier ("both countries' ties")
    // ("agree to meet X" ends in an infinitive, whose object follows; "demand that X …" in a
    // clause whose subject is the target)
    let infinitive_last = (m.entry.rest.len() >= 2
        && m.entry.rest[m.entry.rest.len() - 2]
            .iter()
            .all(|w| w == "to"))
        || m.entry
            .rest
            .last()
            .is_some_and(|l| l.iter().all(|w| w == "that"));
    // ("stopped attacking Israel", "stop shelling Kharkiv": a gerund that ends the pattern
    // takes its own object, the target)
    let gerund_last = m.words.last().is_some_and(|&k| {
        k != m.head
            && tokens[k].lower.ends_with("ing")
            && matches!(
                tokens[k].lower.as_str(),
                "attacking" | "shelling" | "bombing" | "shooting" | "targeting" | "striking"
            )
    });
    let object_in_pattern = m.entry.kind == PatternKind::Verb
        && !m.entry.rest.is_empty()
        && !wants_prep
        && !infinitive_last
        && !gerund_last;
    // a phrasal verb's particle ("beat up", "round up", "hand back", "shot dead") holds no
    // object: the
    // target is the direct object after it, else an actor after a preposition ("handed back
    // the bodies to Ukraine"), as when the pattern holds the object
    let particle_last = m.entry.rest.last().is_some_and(|l| {
        l.iter().all(|w| {
            matches!(
                w.as_str(),
                "up" | "down" | "off" | "out" | "back" | "over" | "away" | "apart" | "dead"
            )
        })
    });
    // ("threatened to deliver blows to Israel": a bare threat's target is in what it
    // threatens, whose verb the dictionary does not know; other verbs' purpose clauses are
    // no part of their object)
    let bare_threat = m.entry.code.as_str() == "130" && m.entry.rest.is_empty();
    let end = if bare_threat {
        end
    } else {
        end.min(infinitive_after(tokens, after, end))
    };
    // "condemned the decision and summoned the ambassadors": a coordinated predicate after
    // the verb's own object is another act, whose objects are its own ("raped and killed two
    // women" share theirs)
    // ("met in Paris and called on Athens to …": past an adjunct too)
    let end = (after + 2..end)
        .find(|&k| {
            tokens[k].lower == "and"
                && tokens.get(k + 1).is_some_and(starts_predicate)
                && tokens[after + 1..k]
                    .iter()
                    .any(|t| DETERMINERS.contains(&t.lower.as_str()) || is_preposition(&t.lower))
        })
        .unwrap_or(end);
    // "accused Ukraine of supplying drones": past the pattern's preposition, a gerund's
    // object is what the act is about, not the pattern's object
    let gerund_after = wants_prep
        && tokens.get(after + 1).is_some_and(|t| {
            t.is_word() && !t.is_capitalised() && t.lower.len() > 4 && t.lower.ends_with("ing")
        });
    let end = if gerund_after { after + 1 } else { end };
    // "retaliated by firing missiles at Israeli cities": what is done by the means is the
    // gerund's to code, not the main verb's object
    let end = (after + 1..end)
        .find(|&k| {
            tokens[k].lower == "by"
                && !m.words.contains(&k)
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| t.lower.ends_with("ing") && !t.is_capitalised())
        })
        .unwrap_or(end);
    // "resigned after voters rejected …": a subordinate clause holds no object of a verb that
    // needs none (force "when protesters stormed …" is aimed at them)
    let end = (after + 1..end)
        .find(|&k| {
            m.entry.alone
                && matches!(
                    tokens[k].lower.as_str(),
                    "after"
                        | "before"
                        | "when"
                        | "while"
                        | "because"
                        | "although"
                        | "though"
                        | "until"
                )
                && !m.words.contains(&k)
        })
        .unwrap_or(end);
    if m.entry.phone {
        return callee(tokens, phrases, after, end);
    }
    if m.entry.obj {
        return direct_object(tokens, phrases, after, end);
    }
    if particle_last {
        let direct = direct_object(tokens, phrases, after, end);
        if !direct.is_empty() {
            return direct;
        }
    }
    let object_in_pattern = object_in_pattern || particle_last;
    // ("agreed to pause its military offensive in northeastern Syria": where an offensive
    // paused or halted was fought is its target)
    let fought_in = |p: &Phrase| {
        m.entry.code.base() == "087"
            && m.words.last() == Some(&after)
            && tokens.get(after + 1).is_some_and(|t| t.lower == "in")
            && matches!(
                tokens[after].lower.as_str(),
                "offensive" | "operations" | "attacks" | "strikes" | "bombing" | "shelling"
            )
            && p.first > after
            && tokens[after + 1..p.first].iter().all(|t| {
                t.lower == "in" || t.lower == "the" || annals_recognise::is_direction(&t.lower)
            })
    };
    // "raided the Abuja offices of an opposition party": premises the pattern names are their
    // owner's, named after "of", whatever place stands before them
    if !passive
        && m.words.last() == Some(&after)
        && matches!(
            tokens[after].lower.as_str(),
            "offices" | "office" | "headquarters" | "home" | "homes" | "premises" | "residence"
        )
        && tokens.get(after + 1).is_some_and(|t| t.lower == "of")
    {
        if let Some(p) = phrases.iter().find(|p| {
            !p.actors.is_empty()
                && p.last < end
                && (p.first == after + 2
                    || (p.first == after + 3
                        && matches!(tokens[after + 2].lower.as_str(), "the" | "a" | "an")))
        }) {
            return p.actors.clone();
        }
    }
    // "accused Ukraine of attacking", "urged China to": the object sits inside the pattern
    // ("Russia and the United States exchanged prisoners": what both sides give each other is
    // no side)
    let agent = agent_in_pattern(tokens, phrases, m);
    // ("filed a complaint with the WTO against China": the forum after the pattern's own
    // preposition, when the pattern ends in another, is not the object)
    let forum = |p: &Phrase| {
        wants_prep
            && (0..p.first)
                .rev()
                .find(|&k| tokens[k].lower != "the")
                .is_some_and(|k| m.words.contains(&k) && is_preposition(&tokens[k].lower))
    };
    if let Some(p) = phrases.iter().find(|p| {
        p.first > m.head
            && p.last <= after
            && !p.actors.is_empty()
            && Some(p.first) != agent
            && !forum(p)
            && !(m.entry.recip && (p.first..=p.last).any(|k| m.words.contains(&k)))
            // (a pronoun is not, a description is: "urged both sides to"; so is a possessive
            // before the pattern's noun, "demanded his immediate release")
            // ("accused them of interfering": an object pronoun the recogniser resolved is)
            && (!(p.coreferent && p.first == p.last)
                || matches!(tokens[p.first].lower.as_str(), "them" | "him")
                // ("ordered Castillo held": a surname the article gave in full)
                || (p.person
                    && tokens[p.first].is_capitalised()
                    && !matches!(tokens[p.first].lower.as_str(), "he" | "she" | "it" | "they"))
                || (matches!(tokens[p.first].lower.as_str(), "his" | "her" | "their" | "its")
                    && (p.last + 1..(p.last + 3).min(tokens.len()))
                        .find(|&k| {
                            !matches!(
                                tokens[k].lower.as_str(),
                                "immediate" | "unconditional" | "swift" | "prompt" | "early"
                            )
                        })
                        .is_some_and(|k| {
                            // ("welcomed his remarks", "rejected her proposal": words judged
                            // are their author's)
                            m.words.contains(&k)
                                && (done_to_the_possessor(&tokens[k]) || judges_words(m))
                        })))
            // a pattern word may only be the phrase's role noun ("Palestinian prisoners"), or
            // the whole phrase when it names who a release or a coercion is done to
            // ("dispersed demonstrators" located in Monrovia)
            && !m.words.iter().any(|&w| {
                (p.first..p.last).contains(&w)
                    || (w == p.last
                        && p.first == w
                        && !(done_to_people(&m.entry.code)
                            && Some(&w) == m.words.last()
                            && !is_weapon(&tokens[w].lower)))
            })
            // nor a role noun modifying a pattern noun ("offering military support to"; a
            // possessive is the one it concerns: "called for his release")
            && (!modifies_pattern_noun(tokens, m, p) || possessor_concerned(tokens, m, p))
            // nor the complement of a pattern noun when the pattern's preposition has an
            // actor of its own ("returned the bodies of 500 soldiers to Ukraine")
            && !(wants_prep
                && tokens[..p.first]
                    .iter()
                    .rev()
                    .take(3)
                    .find(|t| !(is_quantity(t) || (t.is_word() && !t.is_capitalised() && t.lower != "of")))
                    .is_some_and(|t| t.lower == "of")
                && phrases.iter().any(|q| {
                    !q.actors.is_empty()
                        && (q.first == after + 1
                            || (q.first == after + 2 && tokens[after + 1].lower == "the"))
                }))
            // nor one coordinated with the pattern's own object ("fired drones and missiles
            // at": more of what was fired)
            && !m.words.get(1).is_some_and(|&w| {
                w > p.last + 1
                    && !is_preposition(&tokens[w].lower)
                    && tokens[p.last + 1..w]
                        .iter()
                        .all(|t| matches!(t.lower.as_str(), "and" | "or" | ","))
            })
    }) {
        // ("appealed to Russia for calm": the addressee; "opened fire on protesters": a
        // preposition of the pattern itself)
        // (past an article: "called on the government to resign")
        let mut before = p.first;
        while before > 0 && matches!(tokens[before - 1].lower.as_str(), "the" | "a" | "an") {
            before -= 1;
        }
        let pattern_preposition = before > 0 && m.words.contains(&(before - 1));
        if !passive
            && (pattern_preposition
                || matches!(
                    preceded_by_preposition(tokens, p).as_deref(),
                    None | Some("to")
                ))
        {
            // "summoned the German and French ambassadors": coordinated phrases inside the
            // pattern are all its object
            let mut out = p.actors.clone();
            let mut last = p.last;
            for q in phrases
                .iter()
                .filter(|q| q.first > p.last && q.last <= after)
            {
                let between = &tokens[last + 1..q.first];
                if between.is_empty()
                    || !between
                        .iter()
                        .all(|t| matches!(t.lower.as_str(), "and" | "," | "or"))
                    || q.actors.is_empty()
                {
                    break;
                }
                out.extend(q.actors.iter().cloned());
                last = q.last;
            }
            return out;
        }
    }
    // "rejected a Chilean proposal", "hosted a Chinese delegation": a country adjective on a
    // noun of the pattern gives the noun's country
    if m.entry.kind == PatternKind::Verb && !m.entry.say && !passive {
        if let Some(l) = phrases
            .iter()
            .filter(|p| p.first > m.head && p.last < after && p.actors.is_empty())
            .filter(|p| m.words.contains(&(p.last + 1)))
            .find_map(|p| p.place.as_ref().filter(|l| l.feature == "country"))
        {
            return vec![country_actor(l, None)];
        }
    }
    // "allow inspectors from the IAEA", "expelled diplomats from Argentina and Chile",
    // "rejected a request from Spain": people the pattern names, of an organisation or state
    // named right after them, are that organisation or state; a request or proposal is its
    // author's
    if !wants_prep
        && !passive
        && m.words.last() == Some(&after)
        && (sent_people(&tokens[after]) || authored(&tokens[after]))
    {
        // (the phrase may begin at the pattern's own noun: "diplomats from Costa Rica and
        // Panama" is one phrase)
        if let Some(p) = phrases.iter().find(|p| {
            !p.actors.is_empty()
                && p.last < end
                && tokens
                    .get(after + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "from" | "of" | "by"))
                && (p.first == after + 2
                    || (p.first == after + 3 && tokens[after + 2].lower == "the")
                    || (p.first <= after && p.last > after + 1))
        }) {
            let mut out = p.actors.clone();
            let mut last = p.last;
            let first_after = p.last;
            for q in phrases
                .iter()
                .filter(|q| q.first > first_after && q.last < end)
            {
                let between = &tokens[last + 1..q.first];
                if q.actors.is_empty()
                    || between.is_empty()
                    || !between
                        .iter()
                        .all(|t| matches!(t.lower.as_str(), "and" | "," | "the"))
                {
                    break;
                }
                out.extend(q.actors.iter().cloned());
                last = q.last;
            }
            return out;
        }
    }
    // "M23 rebels seized Goma", "shelled Kharkiv": a town or region that force takes or hits
    // as the verb's direct object stands for its country
    if !passive
        && !wants_prep
        && m.entry.kind == PatternKind::Verb
        && (m.entry.code.root_between(18, 20) || m.entry.code.as_str() == "171")
    {
        if let Some(l) = phrases
            .iter()
            .find(|p| p.first > after && p.last < end)
            .filter(|p| p.actors.is_empty() && p.first <= after + 2)
            .filter(|p| tokens[after + 1..p.first].iter().all(|t| t.lower == "the"))
            .and_then(|p| p.place.as_ref())
        {
            return vec![country_actor(l, None)];
        }
    }
    // "fired water cannon at a Philippine supply boat", "a strike on a Russian tanker": the
    // country adjective of what force is aimed at is its target
    if !passive && m.entry.code.root_between(15, 20) {
        if let Some(l) = phrases
            .iter()
            .filter(|p| p.first > after + 1 && p.last < end && p.actors.is_empty())
            .filter(|p| {
                let mut k = p.first - 1;
                while k > after && matches!(tokens[k].lower.as_str(), "a" | "an" | "the") {
                    k -= 1;
                }
                // (the act's own preposition, not one of a clause after it: "deported 168
                // Liberians for traveling on a Swedish-registered vessel")
                k >= after
                    && k <= after + 3
                    && !tokens[after..k].iter().any(|t| t.lower.ends_with("ing"))
                    && matches!(tokens[k].lower.as_str(), "at" | "on" | "against")
                    && tokens[p.last + 1..]
                        .iter()
                        .take(3)
                        .take_while(|t| t.is_word() && !t.is_capitalised())
                        .any(|t| is_craft_or_mission(&t.lower) || is_facility(&t.lower))
            })
            .find_map(|p| p.place.as_ref().filter(|l| l.feature == "country"))
        {
            return vec![country_actor(l, None)];
        }
    }
    // the last phrase passed over as a place or an agent: a phrase joined to it by "and" or a
    // comma is passed over too ("mediated by Egypt and Qatar", "in Paris and Berlin")
    let mut passed: Option<usize> = None;
    for p in phrases.iter().filter(|p| p.first > after && p.last < end) {
        // "agreed to a ceasefire, U.S. President Donald Trump said, but …": a speaker between
        // commas ends the verb's objects
        if p.first > 0
            && tokens[p.first - 1].text == ","
            && tokens.get(p.last + 1).is_some_and(is_attribution)
        {
            break;
        }
        // "launched 120 drones and four missiles": a noun joined to the pattern's own last
        // noun is more of what was launched, not whom it hit
        if !wants_prep
            && m.words.last() == Some(&after)
            && p.first > after + 1
            && tokens[after + 1].lower == "and"
            && tokens[after + 2..p.first]
                .iter()
                .all(|t| is_quantity(t) || annals_recognise::is_count(t))
        {
            passed = Some(p.last);
            continue;
        }
        if passed.is_some_and(|last| {
            p.first > last + 1
                && tokens[last + 1..p.first]
                    .iter()
                    .all(|t| matches!(t.lower.as_str(), "and" | "or" | "," | "the"))
        }) {
            passed = Some(p.last);
            continue;
        }
        // "met his Australian counterpart": a possessive pronoun before the object's own
        // phrase is its determiner, not the object
        if p.first == p.last
            && matches!(
                tokens[p.first].lower.as_str(),
                "his" | "her" | "its" | "their"
            )
            && phrases.iter().any(|q| q.first == p.last + 1)
        {
            continue;
        }
        if fought_in(p) {
            if !p.actors.is_empty() {
                return p.actors.clone();
            }
            if let Some(l) = &p.place {
                return vec![country_actor(l, None)];
            }
        }
        if p.actors.is_empty() {
            // "arrived in Beijing": the place's country is the target of a movement verb;
            // "shelled Kharkiv": of an attack on the place
            // ("blew themselves up in Beirut": where, not what, an attack hit)
            let assault = m.entry.code.root_between(18, 20)
                && !matches!(
                    preceded_by_preposition(tokens, p).as_deref(),
                    Some(
                        "in" | "at"
                            | "near"
                            | "inside"
                            | "outside"
                            | "across"
                            | "around"
                            | "throughout"
                            | "from"
                    )
                );
            match &p.place {
                Some(l)
                    if (wants_prep || assault)
                        && (p.first <= after + 2
                            || named_settlement(tokens, after + 1, p.first))
                        && !passive =>
                {
                    return vec![country_actor(l, None)];
                }
                // "rejected an Indian proposal", "banned Chinese goods": a country adjective
                // on the verb's object gives the object's country
                // ("stop attacking American ships": past a gerund that ends the pattern too)
                Some(l)
                    if l.feature == "country"
                        && m.entry.kind == PatternKind::Verb
                        && (m.entry.rest.is_empty() || gerund_last)
                        && !m.entry.say
                        && !passive
                        && p.first <= after + 3
                        && tokens[after + 1..p.first]
                            .iter()
                            .all(|t| t.is_word() && !t.is_capitalised())
                        && preceded_by_preposition(tokens, p).is_none()
                        && tokens
                            .get(p.last + 1)
                            .is_some_and(|t| t.is_word() && !t.is_capitalised()) =>
                {
                    return vec![country_actor(l, None)];
                }
                // "imposed restrictions on German goods", "sanctions against Iranian oil": a
                // country adjective on the noun right after the pattern's "on" or "against"
                Some(l)
                    if l.feature == "country"
                        && !m.entry.say
                        && !passive
                        && p.first == after + 2
                        && matches!(tokens[after + 1].lower.as_str(), "on" | "against")
                        && tokens
                            .get(p.last + 1)
                            .is_some_and(|t| t.is_word() && !t.is_capitalised()) =>
                {
                    return vec![country_actor(l, None)];
                }
                _ => continue,
            }
        }
        let prep = preceded_by_preposition(tokens, p);
        if object_in_pattern && prep.is_none() {
            continue;
        }
        // ("established relations after the dissolution of the Soviet Union": the complement
        // of a noun outside the pattern is no target; "expelled inspectors of the IAEA" is)
        if object_in_pattern && prep.as_deref() == Some("of") {
            let of = tokens[..p.first].iter().rposition(|t| t.lower == "of");
            if of.is_none_or(|o| o == 0 || !m.words.contains(&(o - 1))) {
                continue;
            }
        }
        // a speech verb's target is who it is addressed to ("told X", "said to X"), not an
        // actor inside what was said ("said that China …")
        // (only "tell" takes its addressee bare: "said the commission had failed" names what
        // was said of the commission, "told Reuters" whom it was said to)
        let addressed = match prep.as_deref() {
            Some("to") => true,
            None => m.entry.head == "tell",
            _ => false,
        };
        if m.entry.say && !(p.first <= after + 2 && addressed) {
            continue;
        }
        if passive && prep.as_deref() == Some("by") {
            continue;
        }
        // "a state visit to these four countries and …": the pattern's preposition takes the
        // noun phrase right after it; when that is no actor, a later actor is not its object
        // (past a hyphenated modifier: "talks between the Saudi-backed government and …")
        let words_between = (after + 1..p.first)
            .filter(|&k| !in_hyphenated_modifier(tokens, k))
            .count();
        if wants_prep && m.entry.kind == PatternKind::Noun && words_between > 3 {
            break;
        }
        let locative = matches!(
            prep.as_deref(),
            Some(
                "in" | "at"
                    | "near"
                    | "during"
                    | "since"
                    | "from"
                    | "under"
                    | "among"
                    | "including"
                    | "than"
                    | "like"
                    | "amid"
                    | "throughout"
                    | "across"
                    | "around"
                    | "outside"
                    | "inside"
            )
        );
        // "took to the streets of Tbilisi", "on the outskirts of Kharkiv": a place's part, not
        // its government
        let locative = locative
            || (prep.as_deref() == Some("of")
                && p.first >= 2
                && is_place_part(&tokens[p.first - 2].lower));
        // ("confiscated weapons from armed groups": whom a seizure takes from; "fired tear gas
        // at protesters": whom force is aimed at)
        let seized_from = prep.as_deref() == Some("from") && m.entry.code.base() == "171";
        let aimed_at = prep.as_deref() == Some("at")
            && (m.entry.code.root_between(17, 20) || m.entry.code.root() == "14");
        // ("opened an investigation into alleged crimes in Venezuela": what is investigated
        // there is the country's)
        let investigated_in = prep.as_deref() == Some("in")
            && m.entry.code.root() == "09"
            && p.first <= after + 8
            && p.actors.iter().all(|a| a.code.role().is_empty());
        // ("will host a conference on Sudan", "open to dialogue on Ukraine": what a meeting or
        // talks are about is no side of them)
        let topic = matches!(prep.as_deref(), Some("on" | "about" | "regarding"))
            && p.first >= 2
            && (p.first.saturating_sub(4)..p.first - 1).any(|k| {
                matches!(
                    tokens[k].lower.as_str(),
                    "conference"
                        | "summit"
                        | "meeting"
                        | "forum"
                        | "session"
                        | "debate"
                        | "symposium"
                        | "hearing"
                        | "briefing"
                        | "dialogue"
                        | "talks"
                        | "negotiations"
                        | "consultations"
                )
            })
            && !m.words.contains(&(p.first - 1));
        // ("agreed to step up cooperation against smuggling gangs": whom partners cooperate
        // against is no partner)
        let adversary = matches!(m.entry.code.root(), "03" | "04" | "05" | "06")
            && (p.first.saturating_sub(3)..p.first).any(|k| {
                tokens[k].lower == "against"
                    && k > 0
                    && matches!(
                        tokens[k - 1].lower.as_str(),
                        "cooperation"
                            | "cooperate"
                            | "together"
                            | "efforts"
                            | "coalition"
                            | "alliance"
                            | "partnership"
                            | "jointly"
                    )
                    && !m.words.contains(&k)
                    && tokens[k + 1..p.first]
                        .iter()
                        .all(|t| t.is_word() && !t.is_capitalised())
            });
        if topic || adversary {
            passed = Some(p.last);
            continue;
        }
        let kept =
            seized_from || aimed_at || investigated_in || (wants_prep && p.first <= after + 3);
        // ("agreed to a ceasefire after negotiations mediated by Egypt": the agent of a
        // participle, no object of the active verb)
        // ("condemned allegations by Rwanda", "condemned the sanctions imposed by Norway",
        // "blocs spearheaded by the US": the author of the verb's object is its side; a
        // mediator, "in a deal mediated by the UAE", is not)
        let by_at = (0..p.first)
            .rev()
            .find(|&k| !matches!(tokens[k].lower.as_str(), "the" | "a" | "an"))
            .filter(|&k| tokens[k].lower == "by");
        let agent = !passive && by_at.is_some_and(|b| b >= 1 && mediation(&tokens[b - 1]));
        if (locative || agent) && !kept {
            passed = Some(p.last);
            continue;
        }
        // "A and B", "A, B and C", "A, B, and C"
        let mut out = p.actors.clone();
        let mut last = p.last;
        let joins = |from: usize, to: usize| {
            let between: Vec<&str> = tokens[from..to]
                .iter()
                .map(|t| t.lower.as_str())
                .filter(|w| !matches!(*w, "the" | "his" | "her" | "their"))
                .collect();
            matches!(between.as_slice(), ["and"] | [","] | [",", "and"] | ["or"])
        };
        while let Some(q) = phrases.iter().find(|q| {
            q.first > last + 1
                && q.first <= last + 4
                && q.last < end
                && !q.actors.is_empty()
                && joins(last + 1, q.first)
                // ", and the army withdrew", "and China condemned": the subject of another
                // clause, not a second object ("talks between Xi and Putin were held" join: the
                // be-verb there is the talks')
                // "talks between Serbia and Kosovo resumed": a pair always joins
                && (prep.as_deref() == Some("between")
                    || !tokens.get(q.last + 1).is_some_and(|t| {
                    starts_predicate(t)
                        && (tokens[last + 1..q.first].iter().any(|t| t.text == ",")
                            || !(BE.contains(&t.lower.as_str())
                                || matches!(t.lower.as_str(), "has" | "have" | "had")))
                }))
        }) {
            out.extend(q.actors.iter().cloned());
            last = q.last;
        }
        return out;
    }
    Vec::new()
}

/// Whether the phrase `p` modifies the pattern noun right after it ("offering military support
/// to"): a lower-case word before a pattern word that is no preposition.
fn modifies_pattern_noun(tokens: &[Token], m: &Match, p: &Phrase) -> bool {
    // (a phrase that ends in a name modifies nothing: "found activist Ali Hassan guilty")
    m.words.contains(&(p.last + 1))
        && !is_preposition(&tokens[p.last + 1].lower)
        && !tokens[p.first].is_capitalised()
        && !tokens[p.last].is_capitalised()
}

/// A participle of mediation ("mediated", "brokered"): its "by" names a mediator, no side.
/// The mediators of a deal the sentence names ("in a deal brokered by China", "talks mediated
/// by Egypt and Qatar"): the actors after "by" of a mediating participle that follows a noun
/// of negotiation.
pub fn mediators(tokens: &[Token], phrases: &[Phrase]) -> Vec<Actor> {
    const DEALS: [&str; 12] = [
        "deal",
        "agreement",
        "accord",
        "talks",
        "negotiations",
        "ceasefire",
        "truce",
        "swap",
        "exchange",
        "pact",
        "dialogue",
        "process",
    ];
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !matches!(t.lower.as_str(), "mediated" | "brokered" | "facilitated")
            || !tokens[i.saturating_sub(3)..i]
                .iter()
                .any(|d| DEALS.contains(&d.lower.as_str()))
            || tokens.get(i + 1).is_none_or(|b| b.lower != "by")
        {
            continue;
        }
        let mut at = i + 2;
        while let Some(p) = phrases.iter().find(|p| {
            !p.actors.is_empty()
                && (p.first == at || (p.first == at + 1 && tokens[at].lower == "the"))
        }) {
            out.extend(p.actors.iter().cloned());
            // "by Egypt and Qatar", "by Egypt, Qatar and the US"
            // (", officials from both countries said": a speaker after a comma ends the list)
            let speaker_next = || {
                phrases
                    .iter()
                    .find(|q| q.first == p.last + 2 || q.first == p.last + 3)
                    .is_some_and(|q| tokens[q.last + 1..].iter().take(3).any(is_attribution))
            };
            match tokens.get(p.last + 1).map(|t| t.lower.as_str()) {
                Some("and") => at = p.last + 2,
                Some(",") if !speaker_next() => at = p.last + 2,
                _ => break,
            }
            if tokens.get(at).is_some_and(|t| t.lower == "and") {
                at += 1;
            }
        }
    }
    out
}

fn mediation(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "mediated" | "brokered" | "facilitated" | "hosted" | "chaired" | "convened" | "sponsored"
    )
}

/// Whether `p` is a possessive pronoun before a noun whose possessor the act concerns ("his
/// release").
fn possessor_concerned(tokens: &[Token], m: &Match, p: &Phrase) -> bool {
    matches!(
        tokens[p.first].lower.as_str(),
        "his" | "her" | "their" | "its"
    ) && (tokens.get(p.last + 1).is_some_and(done_to_the_possessor)
        || (judges_words(m) && m.words.contains(&(p.last + 1))))
}

/// Whether the match judges what someone said or did ("welcomed his remarks", "rejected her
/// proposal"), whose author is the target.
fn judges_words(m: &Match) -> bool {
    matches!(m.entry.code.root(), "05" | "11" | "12")
}

/// A noun whose possessor is the one an appeal or demand concerns ("his release", "her
/// resignation"), not its doer ("his troops", "his trip").
fn done_to_the_possessor(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "release"
            | "freedom"
            | "freeing"
            | "return"
            | "resignation"
            | "extradition"
            | "arrest"
            | "handover"
            | "removal"
            | "ouster"
            | "dismissal"
            | "prosecution"
            | "trial"
            // ("violated its airspace": the possessor's)
            | "airspace"
            | "territory"
            | "waters"
            | "sovereignty"
    )
}

/// Weapons a pattern may name as what is fired or launched ("fired 50 rockets"): the means,
/// never the target.
pub(crate) fn is_weapon(w: &str) -> bool {
    matches!(
        w,
        "rocket"
            | "rockets"
            | "missile"
            | "missiles"
            | "shell"
            | "shells"
            | "mortar"
            | "mortars"
            | "drone"
            | "drones"
            | "uav"
            | "uavs"
            | "artillery"
            | "bombs"
            | "grenades"
            | "munitions"
    )
}

/// Codes whose pattern may end in the people it is done to ("released prisoners", "dispersed
/// protesters", "killed civilians"): yielding (08), coercion (17), assault (18) and mass
/// violence (20).
fn done_to_people(code: &annals_model::EventCode) -> bool {
    matches!(code.root(), "08" | "17" | "18" | "19" | "20")
}

/// The actor that is the verb's direct object: the first phrase after the pattern's last word
/// `after`, with at most a determiner and a few modifiers between ("released the jailed
/// mayor of Nablus"), none of them a preposition, clause word or punctuation.
fn direct_object(tokens: &[Token], phrases: &[Phrase], after: usize, end: usize) -> Vec<Actor> {
    let mut candidates = phrases.iter().filter(|p| p.first > after && p.last < end);
    let Some(mut p) = candidates.next() else {
        return Vec::new();
    };
    // "welcomed his remarks", "welcomed Guterres's call": a possessor is not the object,
    // unless what it owns is an actor too ("welcomed his Chinese counterpart")
    let pronoun = p.first == p.last
        && p.coreferent
        && matches!(
            tokens[p.first].lower.as_str(),
            "his" | "her" | "its" | "their"
        );
    if pronoun || possessive(tokens, p) {
        match candidates.next() {
            Some(q) if pronoun && q.first == p.last + 1 => p = q,
            _ => return Vec::new(),
        }
    }
    let between = &tokens[after + 1..p.first];
    let plain = between.len() <= 4
        && between.iter().enumerate().all(|(i, t)| {
            let w = t.lower.as_str();
            // "dozens of protesters": a quantity's "of"
            let quantity_of = w == "of" && i > 0 && is_quantity(&between[i - 1]);
            // "at least 30 protesters"
            let at_least = w == "at" && between.get(i + 1).is_some_and(|n| n.lower == "least");
            (t.is_word() || t.text == "-" || is_quantity(t))
                && (!is_preposition(w) || quantity_of || at_least)
                && !matches!(w, "that" | "which" | "who" | "and" | "or" | "but")
        });
    if plain {
        p.actors.clone()
    } else {
        Vec::new()
    }
}

/// The one a telephone call is made to ("called Putin on Tuesday", "called the Kremlin"): the
/// verb's direct object when it is a person, a state or its government, and what follows it
/// is no complement saying what the object is called ("called Putin a killer", "called the
/// president irresponsible") but the clause's end, a preposition, a conjunction, "to" or a
/// time.
fn callee(tokens: &[Token], phrases: &[Phrase], after: usize, end: usize) -> Vec<Actor> {
    let Some(p) = phrases.iter().find(|p| p.first > after && p.last < end) else {
        return Vec::new();
    };
    let state = |a: &Actor| {
        let role = a.code.role();
        role.is_empty() || role.starts_with("GOV")
    };
    if !(p.person || p.actors.iter().all(state)) {
        return Vec::new();
    }
    let plain_end = tokens.get(p.last + 1).is_none_or(|t| {
        let w = t.lower.as_str();
        (!t.is_word() && !matches!(t.text.as_str(), "\"" | "“" | "'" | "‘"))
            || is_preposition(w)
            || matches!(
                w,
                "and"
                    | "to"
                    | "after"
                    | "before"
                    | "as"
                    | "while"
                    | "when"
                    | "last"
                    | "late"
                    | "earlier"
                    | "again"
                    | "twice"
                    | "yesterday"
                    | "today"
                    | "overnight"
                    | "shortly"
                    | "hours"
                    | "days"
                    | "who"
                    | "which"
            )
            || annals_time::is_weekday(w)
    });
    if !plain_end {
        return Vec::new();
    }
    let mut callees = direct_object(tokens, phrases, after, end);
    // "called Macron and Scholz": a second callee joined by "and"
    if !callees.is_empty() && tokens.get(p.last + 1).is_some_and(|t| t.lower == "and") {
        if let Some(q) = phrases
            .iter()
            .find(|q| q.first == p.last + 2 && q.last < end)
        {
            if q.person || q.actors.iter().all(state) {
                callees.extend(q.actors.iter().cloned());
            }
        }
    }
    callees
}

/// An infinitival clause after the pattern ("signed a statement to deepen ties with X"): its
/// "to", or `end` when there is none. "to" before a determiner, number, name or modifier
/// ("to war-torn Mozambique", "to neighbouring Chad", "to northern Mali") is a preposition.
/// Whether the violence a verb names came about by accident: "killed by the flight's crash",
/// "died in a fire", "injured in a road accident" — an accident noun a few words after the
/// verb's "by" or "in", before any other verb or clause boundary.
pub fn by_accident(tokens: &[Token], m: &Match, end: usize) -> bool {
    const ACCIDENTS: [&str; 12] = [
        "crash",
        "accident",
        "collapse",
        "fire",
        "flood",
        "floods",
        "earthquake",
        "landslide",
        "stampede",
        "derailment",
        "storm",
        "cyclone",
    ];
    // natural disasters anywhere after the verb ("were killed … after a volcano erupted")
    const DISASTERS: [&str; 13] = [
        "volcano",
        "eruption",
        "earthquake",
        "quake",
        "tsunami",
        "avalanche",
        "hurricane",
        "typhoon",
        "cyclone",
        "flood",
        "floods",
        "landslide",
        "mudslide",
    ];
    if m.entry.kind != PatternKind::Verb {
        return false;
    }
    if tokens[m.head + 1..tokens.len().min(m.head + 25)]
        .iter()
        .any(|t| DISASTERS.contains(&t.lower.as_str()))
        && m.entry.code.root_between(18, 20)
        && tokens.iter().all(|t| {
            !matches!(
                t.lower.as_str(),
                "gunmen" | "militants" | "troops" | "forces" | "rebels"
            )
        })
    {
        return true;
    }
    let Some(by) = (m.head + 1..end.min(tokens.len()).min(m.head + 3))
        .find(|&k| matches!(tokens[k].lower.as_str(), "by" | "in"))
    else {
        return false;
    };
    // (not gunfire: "killed in the exchange of fire", "caught in the line of fire", "in the
    // crossfire")
    (by + 1..end.min(by + 8).min(tokens.len()))
        .take_while(|&k| tokens[k].is_word() || tokens[k].text == "-" || tokens[k].text == "'s")
        .any(|k| {
            ACCIDENTS.contains(&tokens[k].lower.as_str())
                && !(tokens[k].lower == "fire" && tokens[k - 1].lower == "of")
        })
}

/// A noun for part of a place, before "of" and the place ("the streets of Tbilisi", "the
/// outskirts of Kharkiv"): the place is where, not who.
fn is_place_part(w: &str) -> bool {
    matches!(
        w,
        "streets"
            | "outskirts"
            | "centre"
            | "center"
            | "heart"
            | "suburbs"
            | "suburb"
            | "parts"
            | "districts"
            | "neighbourhoods"
            | "neighborhoods"
    )
}

/// A craft or a mission abroad, which a country adjective before it says whose it is, not
/// where it is ("a Greek tanker", "the Russian embassy").
fn is_craft_or_mission(w: &str) -> bool {
    matches!(
        w,
        "tanker"
            | "ship"
            | "vessel"
            | "boat"
            | "freighter"
            | "ferry"
            | "warship"
            | "submarine"
            | "trawler"
            | "aircraft"
            | "plane"
            | "jet"
            | "airliner"
            | "embassy"
            | "consulate"
    )
}

/// A facility or position force is aimed at ("a Russian oil refinery", "Israeli positions").
fn is_facility(w: &str) -> bool {
    matches!(
        w,
        "base"
            | "bases"
            | "refinery"
            | "refineries"
            | "positions"
            | "position"
            | "convoy"
            | "outpost"
            | "checkpoint"
            | "patrol"
            | "facility"
            | "facilities"
            | "plant"
            | "port"
            | "airfield"
            | "airbase"
            | "depot"
            | "infrastructure"
            | "targets"
    )
}

fn infinitive_after(tokens: &[Token], after: usize, end: usize) -> usize {
    (after + 1..end.min(tokens.len()).saturating_sub(1))
        .find(|&k| {
            let next = &tokens[k + 1];
            let compound = tokens
                .get(k + 2)
                .is_some_and(|d| d.text == "-" && d.start == next.end);
            let w = next.lower.as_str();
            let participle =
                w.len() > 6 && w.ends_with("ing") && !matches!(w, "string" | "spring" | "swing");
            let direction = annals_recognise::is_direction(w);
            tokens[k].lower == "to"
                && next.is_word()
                && !next.is_capitalised()
                && !compound
                && !participle
                && !direction
                && !DETERMINERS.contains(&next.lower.as_str())
                && !matches!(
                    next.lower.as_str(),
                    "both"
                        | "all"
                        | "some"
                        | "each"
                        | "every"
                        | "other"
                        | "our"
                        | "my"
                        | "your"
                        | "one"
                        | "two"
                        | "three"
                )
        })
        .unwrap_or(end)
}

/// The comma that opens a sentence's trailing attribution (", a local official said", ",
/// Thai military sources said today"): what stands after it is who speaks, not an object.
pub(crate) fn trailing_attribution(tokens: &[Token]) -> Option<usize> {
    let comma = tokens.iter().rposition(|t| t.text == ",")?;
    let rest = &tokens[comma + 1..];
    let said = rest.iter().take(7).position(is_attribution)?;
    // only the speaker before the verb, and only a time or place after it
    let speaker_words = rest[..said]
        .iter()
        .all(|t| t.is_word() || t.text == "-" || t.text == "'s");
    let after_ok = rest[said + 1..].iter().all(|t| {
        !t.is_word()
            || is_day_word(&t.lower)
            || matches!(
                t.lower.as_str(),
                "on" | "in"
                    | "at"
                    | "here"
                    | "late"
                    | "early"
                    | "last"
                    | "night"
                    | "week"
                    | "month"
                    | "morning"
                    | "evening"
                    | "afternoon"
                    | "this"
                    | "the"
                    | "a"
                    | "statement"
                    | "told"
                    | "reporters"
            )
    });
    (speaker_words && after_ok && said > 0).then_some(comma)
}

/// Where the clause containing token `from` ends.
pub fn clause_end(tokens: &[Token], from: usize) -> usize {
    // "When the police arrived, the crowd …": a fronted subordinate clause ends at its comma
    if let Some(c) = fronted_clause_end(tokens).filter(|&c| c > from) {
        return c;
    }
    if let Some(c) = trailing_attribution(tokens).filter(|&c| c > from) {
        return clause_end_before(tokens, from, c);
    }
    clause_end_before(tokens, from, tokens.len())
}

/// The comma that ends a subordinate clause opening the sentence ("When the police arrived,",
/// "If Russia attacks,", "After talks in Oslo,"), if the sentence opens with one.
fn fronted_clause_end(tokens: &[Token]) -> Option<usize> {
    let first = tokens.iter().position(|t| t.is_word())?;
    if !matches!(
        tokens[first].lower.as_str(),
        "when"
            | "if"
            | "as"
            | "after"
            | "before"
            | "while"
            | "although"
            | "though"
            | "since"
            | "because"
            | "unless"
            | "once"
            | "until"
            | "whereas"
    ) {
        return None;
    }
    tokens
        .iter()
        .skip(first + 1)
        .position(|t| t.text == ",")
        .map(|k| k + first + 1)
}

fn clause_end_before(tokens: &[Token], from: usize, limit: usize) -> usize {
    for k in from + 1..limit.min(tokens.len()) {
        let w = tokens[k].lower.as_str();
        if matches!(w, ";" | ":" | "—") {
            return k;
        }
        if k > 0 && tokens[k - 1].text == "," && SUBORDINATORS.contains(&w) {
            return k;
        }
        // "signed a peace treaty, ending decades of conflict over Nagorno-Karabakh": a
        // participle after a comma opens a clause of its own, whose objects are not the
        // verb's ("…, including China" lists them)
        // (not an aside the next comma closes: "attacks, occurring every three days, have
        // killed")
        if k > 0
            && tokens[k - 1].text == ","
            && !tokens[k + 1..limit.min(tokens.len())]
                .iter()
                .any(|t| t.text == ",")
            && tokens[k].is_word()
            && !tokens[k].is_capitalised()
            && w.len() > 5
            && w.ends_with("ing")
            && !matches!(
                w,
                "including"
                    | "according"
                    | "following"
                    | "regarding"
                    | "concerning"
                    | "involving"
                    | "excluding"
                    | "during"
                    | "notably"
            )
        {
            return k;
        }
        // "agreed to resign without returning to Kyrgyzstan": an adjunct of manner or time
        // with its own participle is another clause
        if matches!(w, "without" | "before" | "after" | "while" | "upon")
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.lower.len() > 5 && t.lower.ends_with("ing"))
        {
            return k;
        }
    }
    limit.min(tokens.len())
}

/// The place of the clause: places after "in/at/near" (or appositive ", Beijing"), most specific
/// first, nearest to the head.
/// Returns the place and the index of its first token.
/// Whether a place is where a thing the sentence names was made or sits, told by a participle
/// after a noun ("media based in London", "the truce agreed in Minsk", "cars made in China"):
/// not where the sentence's act or roles are.
pub(crate) fn where_a_thing_named_is(tokens: &[Token], phrases: &[Phrase], p: &Phrase) -> bool {
    let k = tokens[..p.first]
        .iter()
        .rposition(|t| t.lower != "the" && !annals_recognise::is_direction(&t.lower));
    let Some(k) = k.filter(|&k| k >= 2 && tokens[k].lower == "in") else {
        return false;
    };
    // (participles seldom a main verb with a place after them, and those that often are:
    // "Rebels agreed in Minsk to …" is where the rebels were)
    let sits = matches!(
        tokens[k - 1].lower.as_str(),
        "based"
            | "headquartered"
            | "exiled"
            | "residing"
            | "made"
            | "produced"
            | "manufactured"
            | "registered"
    );
    let done = matches!(
        tokens[k - 1].lower.as_str(),
        "agreed" | "brokered" | "signed" | "reached"
    );
    let noun_before = tokens[k - 2].is_word()
        && (sits
            || (!tokens[k - 2].is_capitalised()
                && !phrases
                    .iter()
                    .any(|q| (q.first..=q.last).contains(&(k - 2)))))
        && !matches!(
            tokens[k - 2].lower.as_str(),
            "was"
                | "were"
                | "is"
                | "are"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "and"
                | "they"
                | "it"
                | "we"
                | "who"
                | "which"
                | "that"
        );
    (sits || done) && noun_before
}

pub fn location_at(tokens: &[Token], phrases: &[Phrase], m: &Match) -> Option<(usize, Location)> {
    let head = m.head;
    let rank = |l: &Location| match l.feature.as_str() {
        "country" => 2,
        _ => 0,
    };
    phrases
        .iter()
        .filter_map(|p| {
            let l = p.place.as_ref()?;
            // ("in central Nairobi", "in northern Mali": past a word for the part of it)
            let prep = match p.first.checked_sub(1).map(|k| &tokens[k]) {
                Some(t)
                    if p.first >= 2
                        && !t.is_capitalised()
                        && annals_recognise::is_direction(&t.lower) =>
                {
                    Some(tokens[p.first - 2].lower.clone()).filter(|w| is_preposition(w))
                }
                _ => preceded_by_preposition(tokens, p),
            };
            // "the Great Hall of the People, Beijing": a city after a comma, not a country in a
            // list ("the US, Russia, and Switzerland met")
            let appositive =
                p.first > 0 && tokens[p.first - 1].text == "," && l.feature != "country";
            // "in the centre of Beijing", "on the outskirts of Kharkiv", "took to the streets
            // of Tbilisi"
            let of_place = prep.as_deref() == Some("of")
                && (tokens[p.first.saturating_sub(5)..p.first]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "in" | "at" | "on" | "near"))
                    || (p.first >= 2 && is_place_part(&tokens[p.first - 2].lower)));
            // "in Ukraine's northeastern Kharkiv region": a locative before a possessive
            let possessed = tokens[p.first.saturating_sub(6)..p.first]
                .iter()
                .rposition(|t| matches!(t.lower.as_str(), "in" | "at" | "near"))
                .map(|k| p.first.saturating_sub(6) + k)
                .is_some_and(|k| {
                    let between = &tokens[k + 1..p.first];
                    between.iter().any(|t| t.lower == "'s")
                        && between.iter().all(|t| {
                            t.is_capitalised()
                                || t.lower == "'s"
                                || t.lower == "the"
                                || t.lower.ends_with("ern")
                                || t.lower == "central"
                        })
                });
            // ("in Israeli shelling", "in Egyptian custody": whose, not where)
            // ("at a Greek tanker", "at the Russian embassy": whose craft or mission, not
            // where)
            let whose = names_attack(tokens, p.last)
                || tokens
                    .get(p.last + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "custody" | "captivity"))
                || (l.feature == "country"
                    && tokens[p.last + 1..]
                        .iter()
                        .take(3)
                        .take_while(|t| t.is_word() && !t.is_capitalised())
                        .any(|t| is_craft_or_mission(&t.lower)));
            let ok = (matches!(
                prep.as_deref(),
                Some("in" | "at" | "near" | "across" | "throughout" | "outside" | "around")
            ) || appositive
                || of_place
                || possessed)
                && !whose
                && !where_a_thing_named_is(tokens, phrases, p);
            // a place in another clause is that clause's
            let between = if p.last < head {
                &tokens[p.last + 1..head]
            } else {
                &tokens[(head + 1).min(p.first)..p.first]
            };
            let other_clause = between.iter().any(opens_other_clause)
                || (p.last < head && between.iter().any(is_attribution));
            // "…, relief officials in Nairobi said": the place of whoever speaks
            // ("…, Misri said in New Delhi", "told reporters in Geneva": where it was said)
            let said_at = tokens[..p.first]
                .iter()
                .rposition(|t| t.lower != "the")
                .filter(|&k| k >= 1 && matches!(tokens[k].lower.as_str(), "in" | "at"))
                .is_some_and(|k| {
                    is_attribution(&tokens[k - 1])
                        || matches!(tokens[k - 1].lower.as_str(), "reporters" | "journalists")
                });
            let speaker_place = said_at
                || tokens[p.last + 1..]
                    .iter()
                    .take_while(|t| !matches!(t.text.as_str(), "," | ";" | ":"))
                    .take(4)
                    .any(is_attribution);
            // "the US commander in Iraq, General Petraeus, held talks …": where a foreign
            // actor before the verb is posted, not where its talks or other words take place
            // (its forces' force is used there: "French troops in Mali killed …")
            let posted = p.last < head
                && !m.entry.code.root_between(14, 20)
                && prep.as_deref() == Some("in")
                && p.first >= 2
                && phrases.iter().any(|q| {
                    q.last + 2 == p.first
                        && !q.actors.is_empty()
                        && q.actors.iter().all(|a| {
                            let c = a.code.country();
                            c.len() == 3
                                && c != annals_recognise::UNKNOWN_COUNTRY
                                && !c.starts_with("IGO")
                                && c != l.country
                        })
                });
            // "held talks on … the conflict in Sudan": the place of what is talked about
            let topic = !m.entry.code.root_between(14, 20)
                && prep.as_deref() == Some("in")
                && p.first >= 2
                && matches!(
                    tokens[p.first - 2].lower.as_str(),
                    "conflict"
                        | "war"
                        | "crisis"
                        | "situation"
                        | "violence"
                        | "fighting"
                        | "unrest"
                        | "tensions"
                        | "turmoil"
                        | "dispute"
                        | "instability"
                        | "insurgency"
                        | "famine"
                        | "elections"
                        | "election"
                        | "peace"
                        | "ceasefire"
                        | "truce"
                        | "settlement"
                        | "reconstruction"
                );
            (ok && !other_clause && !speaker_place && !posted && !topic)
                .then(|| (rank(l), p.first.abs_diff(head), p.first, l.clone()))
        })
        .min_by_key(|(r, d, ..)| (*r, *d))
        .map(|(_, _, at, l)| (at, l))
}

/// A verb of attribution ("said", "told"), which ends a reported clause.
pub(crate) fn is_attribution(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "said" | "says" | "say" | "told" | "reported" | "reports" | "announced" | "added"
    )
}

/// An actor standing for the country a place is in (the host of a visit).
pub fn country_actor(l: &Location, name: Option<String>) -> Actor {
    Actor {
        code: ActorCode(l.country.clone()),
        name: l.name.clone(),
        entity: name,
        role: None,
    }
}

/// Whether a participle modifies the noun after it ("meet with exiled dissidents", "the
/// detained journalists": a determiner or preposition before it, a lower-case word after) or
/// ends a compound adjective ("Israeli-occupied").
pub fn used_as_adjective(tokens: &[Token], at: usize) -> bool {
    // "Israeli-occupied", "rebel-held": the participle of a compound adjective
    if at > 0 && tokens[at - 1].text == "-" && tokens[at - 1].end == tokens[at].start {
        return true;
    }
    let before_word = at.checked_sub(1).map(|k| tokens[k].lower.as_str());
    // "the detained French tourists": after an article or possessive, whatever follows ("that"
    // is left out: "the group that attacked the base" is a relative clause)
    if before_word.is_some_and(|w| DETERMINERS.contains(&w) && w != "that")
        && tokens.get(at + 1).is_some_and(|t| t.is_word())
    {
        return true;
    }
    // "handed over captured Indian pilot X", "freed captured soldiers": a participle right
    // after another verb's particle or a verb of release is that verb's object's adjective
    if before_word.is_some_and(|w| {
        matches!(
            w,
            "over" | "back" | "released" | "freed" | "returned" | "swapped" | "exchanged"
        )
    }) && tokens.get(at + 1).is_some_and(|t| t.is_word())
    {
        return true;
    }
    let before = before_word.is_some_and(|w| {
        (DETERMINERS.contains(&w) && w != "that")
                || matches!(
                    w,
                    "with" | "of" | "for" | "from" | "among" | "against" | "about"
                    // ("run by ousted leader Aung San Suu Kyi": a participle after a
                    // preposition is no finite verb)
                    | "by" | "to" | "on" | "at" | "under"
                )
                // "the two exiled dissidents", "several jailed activists"
                || w.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    w,
                    "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
                        | "several" | "many" | "some" | "other" | "both" | "all" | "our"
                )
    });
    let after = tokens.get(at + 1).is_some_and(|t| {
        t.is_word() && !t.is_capitalised() && !is_preposition(&t.lower) && t.lower != "by"
    });
    // ("The two discussed reconstruction": "the two" opening a sentence is its subject)
    let the_two_opening = at == 2 && tokens[0].lower == "the" && tokens[1].lower == "two";
    before && after && !the_two_opening
}

/// People an organisation sends to do its work: inspectors, observers, monitors.
fn sent_people(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "inspectors"
            | "observers"
            | "monitors"
            | "investigators"
            | "peacekeepers"
            | "experts"
            | "envoys"
            | "mediators"
            | "negotiators"
            | "diplomats"
            | "diplomat"
            | "ambassador"
            | "ambassadors"
            | "envoy"
            | "staff"
    )
}

/// What one side puts to another, whose author is the target of an answer to it ("rejected
/// a request from Spain").
fn authored(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "request"
            | "requests"
            | "proposal"
            | "proposals"
            | "offer"
            | "offers"
            | "demand"
            | "demands"
            | "invitation"
            | "plan"
            | "appeal"
            | "bid"
            | "call"
            | "calls"
            | "ultimatum"
    )
}

/// Whether `tokens[from..to]` is "the town of", "the city of", "the province of" … : the
/// words that lead from a preposition to a place's name ("withdrew from the town of Khan
/// Younis").
fn named_settlement(tokens: &[Token], from: usize, to: usize) -> bool {
    let words: Vec<&str> = tokens
        .get(from..to)
        .unwrap_or_default()
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    let kind = |w: &str| {
        matches!(
            w,
            "town"
                | "city"
                | "village"
                | "region"
                | "province"
                | "district"
                | "port"
                | "state"
                | "island"
                | "capital"
                | "enclave"
                | "border"
                | "outskirts"
                // ("shelled western districts of Aleppo", "residential areas of Kharkiv")
                | "districts"
                | "areas"
                | "parts"
                | "neighbourhoods"
                | "neighborhoods"
                | "suburbs"
                | "villages"
                | "towns"
        )
    };
    match words.as_slice() {
        ["the", k, "of"] | [k, "of"] => kind(k),
        ["the", _, k, "of"] | [_, k, "of"] => kind(k),
        _ => false,
    }
}

/// Whether the gerund at `head` is what someone is accused of ("accused the RSF of killing
/// civilians", "blamed Kyiv for shelling the plant"): a verb, whose subject is the accused.
pub fn accused_of(tokens: &[Token], head: usize) -> bool {
    let Some(prep) = head.checked_sub(1) else {
        return false;
    };
    let by = match tokens[prep].lower.as_str() {
        "of" => &[
            "accused",
            "accuses",
            "accusing",
            "accuse",
            "suspected",
            "suspects",
        ][..],
        "for" => &["blamed", "blames", "blaming", "blame"][..],
        _ => return false,
    };
    tokens[prep.saturating_sub(8)..prep]
        .iter()
        .any(|t| by.contains(&t.lower.as_str()))
}

/// An act an earlier sentence reported, named again as the object of a verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EarlierAct {
    /// "condemned the attack", "denounced Saturday's bombing", "claimed responsibility for
    /// the raid".
    Violence,
    /// "condemned the crackdown", "denounced the arrests".
    Repression,
    /// "condemned the move", "welcomed the decision", "rejected the sanctions".
    Move,
    /// "called the ruling perverse", "welcomed the verdict": a court's, if one was told.
    Ruling,
    /// "praised the agreement", "welcomed the ceasefire".
    Agreement,
    /// "denied the accusation", "rejected the allegations".
    Accusation,
    /// "expressed concern over the confrontation", "condemned the clashes".
    Conflict,
}

/// Which act known from before, if any, is the object after the verb ending at `end`: a
/// definite determiner, up to two modifiers, then the act's noun, and no "on"/"against"/"by"
/// naming a side right after.
pub fn names_earlier_act(tokens: &[Token], end: usize) -> Option<EarlierAct> {
    const MOVES: [&str; 69] = [
        "impeachment",
        "agreements",
        "deals",
        "accords",
        // ("welcomed the support", "praised the aid": the giver's)
        "support",
        "aid",
        "assistance",
        "loan",
        "loans",
        "offer",
        "declaration",
        "invitation",
        "delay",
        "coup",
        "takeover",
        "pledge",
        "pledges",
        "deportation",
        "deportations",
        "sentence",
        "sentences",
        "proposal",
        "apology",
        "apologies",
        "threat",
        "threats",
        "warning",
        "warnings",
        "ultimatum",
        "drills",
        "exercises",
        "manoeuvres",
        "vote",
        "ratification",
        "approval",
        "move",
        "decision",
        "measure",
        "measures",
        "step",
        "steps",
        "sanctions",
        "ban",
        "announcement",
        "action",
        "actions",
        "plan",
        "tariffs",
        "expulsion",
        "agreement",
        "deal",
        "accord",
        "ceasefire",
        "truce",
        "expulsions",
        "confrontation",
        "incident",
        "clash",
        "clashes",
        "tensions",
        "fighting",
        "escalation",
        "standoff",
        "warrant",
        "verdict",
        "ruling",
        "judgment",
        "judgement",
        "indictment",
    ];
    let agreement = |w: &str| {
        matches!(
            w,
            "agreement"
                | "deal"
                | "accord"
                | "ceasefire"
                | "truce"
                | "agreements"
                | "deals"
                | "accords"
        )
    };
    let conflict = |w: &str| {
        matches!(
            w,
            "confrontation"
                | "incident"
                | "clash"
                | "clashes"
                | "tensions"
                | "fighting"
                | "escalation"
                | "standoff"
        )
    };
    let accusation = |w: &str| {
        matches!(
            w,
            "accusation"
                | "accusations"
                | "allegation"
                | "allegations"
                | "charge"
                | "charges"
                | "claim"
                | "claims"
                | "criticism"
                | "criticisms"
        )
    };
    // ("welcomed the decision": a pattern that holds the noun itself ends on it)
    let end = if tokens
        .get(end)
        .is_some_and(|t| MOVES.contains(&t.lower.as_str()) || accusation(&t.lower))
    {
        match (1..=3).filter_map(|d| end.checked_sub(d)).find(|&k| {
            matches!(
                tokens[k].lower.as_str(),
                "the" | "this" | "that" | "these" | "those"
            )
        }) {
            Some(k) if k > 0 => k - 1,
            _ => return None,
        }
    } else {
        end
    };
    if let Some(act) = names_earlier_violence(tokens, end) {
        return Some(act);
    }
    let mut k = end + 1;
    // ("expressed concern over the confrontation")
    if tokens
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "over" | "about" | "regarding" | "at"))
    {
        k += 1;
    }
    if !tokens.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "the" | "this" | "that" | "these" | "those"
        )
    }) {
        return None;
    }
    k += 1;
    for _ in 0..3 {
        let t = tokens.get(k)?;
        if accusation(&t.lower) {
            let next = tokens.get(k + 1).map(|n| n.lower.as_str());
            return (!matches!(next, Some("by" | "of" | "from" | "that")))
                .then_some(EarlierAct::Accusation);
        }
        if MOVES.contains(&t.lower.as_str()) {
            let next = tokens.get(k + 1).map(|n| n.lower.as_str());
            // ("the decision to …", "the move by X", "the sanctions on X": named there)
            let ruling = matches!(
                t.lower.as_str(),
                "verdict" | "ruling" | "judgment" | "judgement" | "sentence" | "sentences"
            );
            let kind = if agreement(&t.lower) {
                EarlierAct::Agreement
            } else if conflict(&t.lower) {
                EarlierAct::Conflict
            } else if ruling {
                EarlierAct::Ruling
            } else {
                EarlierAct::Move
            };
            // (not a time: "welcomed the decision on Sunday")
            let timed = matches!(next, Some("on" | "last" | "this"))
                && tokens
                    .get(k + 2)
                    .is_some_and(|w| annals_time::is_calendar_word(&w.lower));
            return (timed
                || !matches!(
                    next,
                    Some(
                        "on" | "against" | "by" | "to" | "of" | "for" | "from" | "with" | "between"
                    )
                ))
            .then_some(kind);
        }
        if !t.is_word() || is_preposition(&t.lower) || t.is_capitalised() {
            return None;
        }
        k += 1;
    }
    None
}

/// Repression nouns: what a judging verb's object may name as done before.
const REPRESSION: [&str; 7] = [
    "crackdown",
    "arrest",
    "arrests",
    "detention",
    "detentions",
    "execution",
    "executions",
];
/// Acts of violence a later sentence may name again (with [`REPRESSION`]'s).
const ACTS: &[&str] = &[
    "airstrikes",
    "assaults",
    "ambushes",
    "shootings",
    "abductions",
    "kidnappings",
    "beheading",
    "beheadings",
    "massacres",
    "assassinations",
    "incursions",
    "offensive",
    "siege",
    "coup",
    "takeover",
    "invasion",
    "incursion",
    "bombardment",
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "raid",
    "killing",
    "killings",
    "shelling",
    "strike",
    "strikes",
    "airstrike",
    "massacre",
    "assault",
    "ambush",
    "blast",
    "explosion",
    "crackdown",
    "shooting",
    "abduction",
    "kidnapping",
    "violence",
    "assassination",
];

/// Whether a noun names an act of violence or repression ([`ACTS`] or [`REPRESSION`]).
fn is_act(noun: &str) -> bool {
    ACTS.contains(&noun) || REPRESSION.contains(&noun)
}

/// Repression or violence, by the act's noun (see [`is_act`]).
fn act_kind(noun: &str) -> EarlierAct {
    if REPRESSION.contains(&noun) {
        EarlierAct::Repression
    } else {
        EarlierAct::Violence
    }
}

/// "condemned the detention of Suu Kyi", "the violence against protesters": the object of a
/// judging verb ending at `end` names an act of violence or repression and whom it was done
/// to, not who did it.
pub fn act_done_to_object(tokens: &[Token], end: usize) -> Option<EarlierAct> {
    let mut k = end + 1;
    if tokens
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "this" | "that" | "a" | "an"))
    {
        k += 1;
    }
    // ("condemned the treatment of migrants": ill-treatment is repression too)
    let ill_treatment = |w: &str| {
        matches!(
            w,
            "treatment"
                | "mistreatment"
                | "persecution"
                | "harassment"
                | "torture"
                | "abuse"
                | "abuses"
                | "jailing"
                | "imprisonment"
                | "deportation"
                | "deportations"
        )
    };
    for _ in 0..3 {
        let t = tokens.get(k)?;
        if ill_treatment(&t.lower) || is_act(&t.lower) {
            let of = tokens
                .get(k + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "of" | "against" | "on"));
            let kind = if ill_treatment(&t.lower) {
                EarlierAct::Repression
            } else {
                act_kind(&t.lower)
            };
            return of.then_some(kind);
        }
        // ("the use of force against protesters")
        if t.lower == "use" && tokens.get(k + 1).is_some_and(|n| n.lower == "of") {
            let what = tokens.get(k + 2).map(|n| n.lower.as_str());
            let against = tokens.get(k + 3).is_some_and(|n| n.lower == "against");
            return (matches!(what, Some("force" | "violence")) && against)
                .then_some(EarlierAct::Violence);
        }
        if !t.is_word() || is_preposition(&t.lower) || t.is_capitalised() {
            return None;
        }
        k += 1;
    }
    None
}

/// Whether the object after the verb ending at `end` is an act of violence or repression named
/// as known ("condemned the attack", "denounced Saturday's bombing", "claimed responsibility
/// for the raid"): a definite determiner, up to two modifiers, then the act's noun, and no
/// "on"/"against" naming whom it hit right after.
fn names_earlier_violence(tokens: &[Token], end: usize) -> Option<EarlierAct> {
    let mut k = end + 1;
    // "vowed to punish those behind the attack", "the perpetrators of the bombing": who did it
    let w = |i: usize| tokens.get(i).map_or("", |t| t.lower.as_str());
    match (w(k), w(k + 1), w(k + 2)) {
        ("those" | "whoever", "behind", _) => k += 2,
        ("those", "responsible", "for") => k += 3,
        ("the", "perpetrators" | "organisers" | "organizers" | "masterminds", "of") => k += 3,
        _ => {}
    }
    // "claimed responsibility for the raid"
    if tokens.get(k).is_some_and(|t| t.lower == "responsibility") {
        k += 1;
    }
    if tokens.get(k).is_some_and(|t| t.lower == "for") {
        k += 1;
    }
    let definite = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "the" | "this" | "that" | "these" | "those" | "its" | "their"
        ) || tokens.get(k + 1).is_some_and(|n| n.lower == "'s")
    };
    if !tokens.get(k).is_some_and(definite) {
        return None;
    }
    k += if tokens.get(k + 1).is_some_and(|n| n.lower == "'s") {
        2
    } else {
        1
    };
    for _ in 0..3 {
        let t = tokens.get(k)?;
        if is_act(&t.lower) {
            let named_there = tokens
                .get(k + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "on" | "against" | "by"));
            return (!named_there).then(|| act_kind(&t.lower));
        }
        if !t.is_word() || is_preposition(&t.lower) {
            return None;
        }
        k += 1;
    }
    None
}

/// Whether a noun-pattern head stands as a noun: after a determiner, possessive, adjective or
/// at the start of a phrase ("talks between", "the attack on", "Russian strikes").
/// A verb's base or -s form right after a form of "be" is a noun ("are veto members"): a
/// verb there would be a participle ("are vetoing", "were vetoed").
pub fn after_be(tokens: &[Token], head: usize) -> bool {
    head > 0 && BE.contains(&tokens[head - 1].lower.as_str())
}

/// An event noun that only modifies the plural noun after it ("veto members of the Council",
/// "attack helicopters over"), or is followed by a verb ("the attack kills … on"): the rest
/// of its pattern, after that word, belongs to another phrase.
pub fn modifies_next_noun(tokens: &[Token], words: &[usize]) -> bool {
    let (Some(&head), Some(&second)) = (words.first(), words.get(1)) else {
        return false;
    };
    let Some(next) = tokens.get(head + 1).filter(|_| second > head + 1) else {
        return false;
    };
    let w = next.lower.as_str();
    next.is_word()
        && !next.is_capitalised()
        && w.len() >= 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !matches!(
            w,
            "across"
                | "always"
                | "perhaps"
                | "whereas"
                | "besides"
                | "towards"
                | "afterwards"
                | "nevertheless"
                | "unless"
                | "sometimes"
                | "hours"
                | "days"
                | "weeks"
                | "months"
                | "years"
                | "decades"
                | "minutes"
        )
}

pub fn used_as_noun_or_head(tokens: &[Token], head: usize) -> bool {
    if head == 0 {
        return true;
    }
    let prev = tokens[head - 1].lower.as_str();
    !matches!(
        prev,
        "to" | "will" | "would" | "could" | "can" | "may" | "might" | "did" | "not" | "n't"
    )
}

/// Whether `code` is one [`means`] gives: an attack's code that names how it was done.
pub fn names_means(code: &EventCode) -> bool {
    matches!(
        code.as_str(),
        "1831" | "1832" | "1833" | "183" | "194" | "195" | "1952" | "2041"
    )
}

/// The CAMEO code of the means of an attack named near its verb, in its clause: suicide
/// bombing (1831), car bombing (1832), roadside bombing (1833), grenades and other bombs (183),
/// aerial weapons (195; drones 1952), artillery (194) and chemical weapons (2041). Chemical
/// weapons win, else the nearest named means.
pub fn means(tokens: &[Token], head: usize, end: usize) -> Option<EventCode> {
    let from = (head.saturating_sub(10)..head)
        .rev()
        .find(|&k| matches!(tokens[k].text.as_str(), ";" | ":" | "." | "—"))
        .map_or(head.saturating_sub(10), |k| k + 1);
    let to = end.min(head + 12).min(tokens.len());
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    // right before the verb (its subject), or after "with", "by" or "using" past it
    let agent_or_means = |k: usize| {
        (k < head && head - k <= 2)
            || (k > head
                && (1..=2).any(|d| {
                    k.checked_sub(d)
                        .is_some_and(|j| matches!(word(j), "with" | "by" | "using"))
                }))
    };
    let code_at = |k: usize| -> Option<&'static str> {
        let (w, next) = (word(k), word(k + 1));
        let bomb = |x: &str| {
            matches!(
                x,
                "bomb" | "bombs" | "bomber" | "bombers" | "bombing" | "bombings"
            )
        };
        Some(match w {
            "suicide"
                if bomb(next)
                    || matches!(
                        next,
                        "attack" | "attacks" | "vest" | "vests" | "belt" | "belts" | "car"
                    ) =>
            {
                "1831"
            }
            "kamikaze" | "kamikazes" | "svbied" => "1831",
            "car" | "truck" | "vehicle" if bomb(next) => "1832",
            "vbied" | "vehicle-borne" => "1832",
            "roadside" if bomb(next) => "1833",
            "ied" | "ieds" => "1833",
            "improvised" if next == "explosive" => "1833",
            "grenade" | "grenades" => "183",
            "drone" | "drones" if matches!(next, "strike" | "strikes" | "attack" | "attacks") => {
                "1952"
            }
            // a gas or chemical attack: chemical weapons (2041), not tear gas
            "chemical" | "poisonous" | "poison" | "toxic" | "chlorine" | "sarin" | "nerve"
                if matches!(
                    next,
                    "gas" | "attack" | "attacks" | "weapons" | "weapon" | "agent" | "agents"
                ) =>
            {
                "2041"
            }
            "sarin" | "chlorine" => "2041",
            "airstrike" | "airstrikes" | "warplanes" | "warplane" => "195",
            // aircraft or drones as the agent or the means ("its aircraft struck", "struck
            // with helicopter gunships", "attacked with drones"), not as what was hit ("shot
            // down an aircraft")
            "drone" | "drones" | "uav" | "uavs" if agent_or_means(k) => "1952",
            "aircraft" | "jets" | "helicopters" | "gunships" if agent_or_means(k) => "195",
            "air" if matches!(next, "strike" | "strikes" | "raid" | "raids") => "195",
            // (not "tear-gas shells", "smoke shells": crowd control, no artillery)
            "shells" if k > 0 && matches!(word(k - 1), "gas" | "teargas" | "smoke") => return None,
            "shelling" | "shelled" | "artillery" | "mortar" | "mortars" | "shells" => "194",
            _ => return None,
        })
    };
    // (chemical weapons win over the means that delivered them: "mortars filled with chlorine
    // gas", "barrel bombs loaded with a poison gas")
    (from..to)
        .filter_map(|k| code_at(k).map(|c| (c != "2041", k.abs_diff(head), c)))
        .min()
        .and_then(|(_, _, c)| EventCode::parse(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_recognise::tokenize;

    /// `used_as_noun` on the word `word` of `text`, with the words in `names` taken as an
    /// actor's phrase.
    fn noun(text: &str, word: &str, names: &[&str]) -> bool {
        let tokens = tokenize(text);
        let phrase_at: Vec<Option<usize>> = tokens
            .iter()
            .map(|t| names.contains(&t.text.as_str()).then_some(0))
            .collect();
        let head = tokens.iter().position(|t| t.text == word).unwrap();
        used_as_noun(&tokens, head, &phrase_at)
    }

    #[test]
    fn an_event_named_as_a_setting_or_cause_is_recalled() {
        let recalled = |text: &str, names: &[&str]| {
            let tokens = tokenize(text);
            let phrase_at: Vec<Option<usize>> = tokens
                .iter()
                .map(|t| names.contains(&t.text.as_str()).then_some(0))
                .collect();
            let head = tokens.iter().position(|t| t.lower == "invasion").unwrap();
            after_temporal_preposition(&tokens, &phrase_at, head)
        };
        assert!(recalled(
            "ties grew since Moscow's full-scale invasion of Ukraine",
            &["Moscow"]
        ));
        assert!(recalled(
            "sanctions imposed over the invasion of Ukraine",
            &[]
        ));
        assert!(recalled(
            "talks to halt the Russian invasion of Ukraine",
            &["Russian"]
        ));
        assert!(recalled(
            "not to support Moscow in its invasion of Ukraine",
            &["Moscow"]
        ));
        assert!(!recalled(
            "Russia launched an invasion of Ukraine",
            &["Russia"]
        ));
        assert!(!recalled("the invasion of Ukraine began at dawn", &[]));
    }

    #[test]
    fn a_word_before_a_reduced_relative_is_a_noun() {
        assert!(noun(
            "a Government meeting held in Accra",
            "meeting",
            &["Government"]
        ));
        assert!(noun("the talks scheduled for May", "talks", &[]));
        assert!(!noun(
            "Ghana meeting Togo in Accra",
            "meeting",
            &["Ghana", "Togo"]
        ));
        assert!(noun("after the meeting in Accra", "meeting", &[]));
    }

    #[test]
    fn a_known_act_of_violence_is_named_as_the_object() {
        let names = |text: &str, verb_end: &str| {
            let tokens = tokenize(text);
            let end = tokens.iter().position(|t| t.text == verb_end).unwrap();
            names_earlier_violence(&tokens, end).is_some()
        };
        assert!(names("Chad condemned the attack.", "condemned"));
        assert!(names(
            "Chad condemned Saturday's deadly bombing.",
            "condemned"
        ));
        assert!(names(
            "The group claimed responsibility for the raid.",
            "responsibility"
        ));
        // whom it hit named after it, an attack the sentence introduces, another object
        assert!(!names(
            "Chad condemned the attack on the embassy.",
            "condemned"
        ));
        assert!(!names("Chad condemned an attack on a base.", "condemned"));
        assert!(!names("Chad condemned the decision.", "condemned"));
    }

    #[test]
    fn a_word_after_a_determined_modifier_is_a_noun() {
        assert!(noun(
            "Obi will invite his Ghanaian host to Abuja",
            "host",
            &["Ghanaian"]
        ));
        assert!(noun("the Kenyan host thanked them", "host", &["Kenyan"]));
        assert!(noun("fears of a rebel attack here", "attack", &["rebel"]));
        // a subject before its verb, a plural or a name after "the", a verb with an object
        assert!(!noun(
            "the government has denied it",
            "has",
            &["government"]
        ));
        assert!(!noun("a crowd attacked the office", "attacked", &["crowd"]));
        assert!(!noun("the Kremlin host talks", "host", &["Kremlin"]));
        assert!(!noun("a crowd set two cars on fire", "set", &["crowd"]));
        assert!(!noun("we watched a crowd beat them", "beat", &["crowd"]));
    }
}
