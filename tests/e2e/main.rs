//! End-to-end tests: the release `dist/` served from a sub-path by a plain
//! static file server (Python's http.server), driven in real Chromium over
//! WebDriver, doing what a person does. Run with `make test` (or
//! `tools/test.sh e2e`), which builds `dist/` first.
#![cfg(not(target_arch = "wasm32"))]

mod accessibility;
mod act_where_you_look;
mod agreements;
mod answers;
mod assessment;
mod bank_holidays;
mod devices;
mod due_dates;
mod first_load;
mod harness;
mod home_round;
mod nothing_lost;
mod offline;
mod own_origin;
mod readable;
mod register;
mod returns;
mod rules;
mod screenshots;
mod smoke;
