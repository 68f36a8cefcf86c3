//! The shared vocabulary of annals: what flows between the pipeline stages.
//!
//! Data flows one way — ingest → text → recognise → code → merge → store → query — and every
//! stage speaks in these types: an [`Article`] is split into [`Sentence`]s, in which [`Actor`]s
//! are recognised and coded into [`Mention`]s of CAMEO [`EventCode`]s; mentions of the same
//! real-world happening are merged into one [`Event`].

mod cameo;
mod event;
pub mod hash;

pub use cameo::{CameoInfo, CameoTable, EventCode};
pub use event::{
    day_number, Actor, ActorCode, Article, Claim, ClaimRef, DatePrecision, Event, Explanation,
    Location, Mention, MentionRef, Sentence, Status,
};
pub use jiff::civil::Date;
