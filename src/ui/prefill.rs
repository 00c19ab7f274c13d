//! A form filled from another page, handed over in memory as the user
//! moves there: "Add … to the register" from a care home's request (issue
//! 26) opens "Add a resident" with what the home gave. Not in the address,
//! so no name reaches the browser's history.

use std::cell::RefCell;

use crate::domain::records::register::details::ResidentDraft;

thread_local! {
    static RESIDENT: RefCell<Option<ResidentDraft>> = const { RefCell::new(None) };
}

/// Fill the next "Add a resident" form with `draft`.
pub fn set_resident(draft: ResidentDraft) {
    RESIDENT.with(|r| *r.borrow_mut() = Some(draft));
}

/// The draft handed over, once; an empty form otherwise.
pub fn take_resident() -> ResidentDraft {
    RESIDENT.with(|r| r.borrow_mut().take()).unwrap_or_default()
}
