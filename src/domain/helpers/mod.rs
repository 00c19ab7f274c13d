//! Small helpers with no rules in them: dates as text, a small map and
//! the one stable sort.

pub mod date_text;
pub mod small_map;
pub mod stable_sort;
