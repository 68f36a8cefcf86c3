//! Recognise: who and where in a sentence.
//!
//! A sentence is cut into [`Token`]s; an [`ActorDictionary`] and a [`Gazetteer`] find names in
//! them (longest match first); adjacent names are read together as one noun phrase ("Russian
//! President Vladimir Putin" → one `RUSGOV` actor), office holders resolve to the office they
//! held on the date, and an article-wide [`Context`] resolves "he", "the Russian leader" and
//! "the two leaders" to actors seen before. Countries are those of the date: Juba in 1999 is in
//! Sudan.

mod borders;
mod dict;
mod petrarch;
mod phrase;
pub mod tokens;

pub use borders::country_on;
pub use dict::{ActorDictionary, ActorEntry, DictError, EntryKind, Gazetteer, Place};
pub use petrarch::DictFormat;
pub use phrase::{
    is_count, is_direction, is_plural_head, join_tokens, takes_object, Context, Phrase, Recogniser,
    COUNT_WORDS, DONE_TO_PEOPLE, UNKNOWN_COUNTRY,
};
pub use tokens::{tokenize, Token};
