//! The resident register: care homes, their residents and what happened to
//! them; the due list across homes; the weekly home-round worklist; and
//! exports (calendar, CSV, whole-workspace backup).

pub mod backup;
pub mod bring_back;
pub mod changes;
pub mod details;
pub mod done_before;
pub mod due_list;
pub mod exports;
pub mod facts;
pub mod fields_of;
pub mod legacy;
pub mod marking;
pub mod model;
pub mod nhs_number;
pub mod resident_json;
pub mod sent_copy;
pub mod store_file;
pub mod validate;
pub mod worklist;

pub use model::{Discharge, DutyRecord, Event, EventKind, Home, LeftBecause, Register, Resident};
