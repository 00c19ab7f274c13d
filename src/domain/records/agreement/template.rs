//! The wording of the "Practice / Care Home Agreement Template" (seed 004),
//! shared by the form and the printed copy so they read the same.

pub const TITLE: &str =
    "Our Primary Care Network, Our Care Home, Our Resident: Practice / Care Home Agreement";
pub const RETAIN: &str = "A copy should be retained by the care home and practice";
pub const INFORMATION_SHARING: &str =
    "Practice and care home has systems in place for information sharing \
     (e.g. NHS.net email), use of shared care records and clear clinical governance";
pub const SEAMLESS_INTRO: &str = "Each service has a responsibility for ensuring:";
pub const SEAMLESS_SECURE: &str =
    "Secure communication processes are in place (NHS emails, proxy access, consent for record sharing).";
pub const SEAMLESS_CARE_PLAN: &str = "An agreed process for contacting the care home/practice and dissemination \
     of changes in personalised care planning for the resident, which may include SystmOne proxy access.";
pub const SEAMLESS_DESIGNATED: &str =
    "A designated person at the care home and practice for seamless communication.";
pub const SEAMLESS_RESIDENTS: &str = "The resident(s) to be seen in the home round should be identified in \
     advance, through discussion with care home staff and through MDT meeting. Any relevant information about \
     the resident(s) should be made available to the healthcare professional in a timely manner.";
pub use crate::domain::helpers::date_text::WEEKDAYS;
