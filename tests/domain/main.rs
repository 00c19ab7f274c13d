//! Native known-answer tests for the pure domain (`cargo test --test domain`).
#![cfg(not(target_arch = "wasm32"))]

mod agreements;
mod assessment;
mod bank_holidays;
mod changes;
mod conventions;
mod deadlines_des;
mod deadlines_lsc;
mod deadlines_rotherham;
mod due_link;
mod large_register;
mod merge;
mod mutations;
mod one_way_in;
mod properties;
mod register;
mod returns;
mod round;
mod routes;
mod small_json;
mod storage;
mod working_days;

use chrono::NaiveDate;

/// `d(2026, 12, 25)`: a date from a known-answer table.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test tables hold real dates")
}
