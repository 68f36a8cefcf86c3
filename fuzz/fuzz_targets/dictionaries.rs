//! Fuzzes the actor dictionary readers (annals TSV, PETRARCH actors, PETRARCH agents) and the
//! PETRARCH writer on arbitrary bytes: no input may panic.
#![no_main]

use annals_recognise::ActorDictionary;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut d = ActorDictionary::default();
    let _ = d.add_tsv("fuzz.tsv", &text);
    let _ = d.add_petrarch_actors("fuzz.actors.txt", &text);
    let _ = d.add_petrarch_agents("fuzz.agents.txt", &text);
    let (actors, _agents) = d.to_petrarch();
    let mut back = ActorDictionary::default();
    let _ = back.add_petrarch_actors("back.txt", &actors);
});
