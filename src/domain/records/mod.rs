//! The records the toolkit keeps and the changes to them: the register
//! (homes, residents, their history), agreements, admission assessments,
//! quarterly returns, and this device's settings.

pub mod agreement;
pub mod assessment;
pub mod register;
pub mod returns;
pub mod round;
pub mod settings;
