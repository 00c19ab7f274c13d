//! A form's field filled from stored data, while another tab may change
//! that data: until the user changes the field, it follows.

use leptos::prelude::*;

/// `field` still shows `shown`, what it was filled with: it takes `now`,
/// the stored value as it is now. A field the user has changed is left.
pub fn follow_if_untouched<T: Clone + PartialEq + Send + Sync + 'static>(
    field: RwSignal<T>,
    shown: &T,
    now: &T,
) {
    if shown != now && field.with_untracked(|v| v == shown) {
        field.set(now.clone());
    }
}
