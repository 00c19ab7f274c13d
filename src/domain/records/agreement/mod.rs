//! The practice–care home agreement (seed 004, "Practice / Care Home
//! Agreement Template"; docs/rules.md §5): the record, its checks, its
//! file format and its share link.

mod checks;
pub mod fields;
mod file;
pub mod list;
pub mod merge;
mod model;
pub mod share_link;
pub mod template;

pub use checks::{
    check, completeness, is_uk_telephone, set_text, text_of, AgreementField, Completeness, Finding,
    Severity,
};
pub use file::{
    check_ids, read_agreements, write_agreements, write_agreements_stored, AgreementsFile,
    AGREEMENTS_FORMAT, AGREEMENTS_VERSION,
};
pub use model::{
    Agreement, CareHomeDetails, ClinicalLead, PracticeDetails, RoundMode, Seamless, ServiceType,
    SignOff, WeeklyRound,
};
pub use share_link::{
    compressed_envelope, decode_link, decode_open_link, encode_link, encode_open_link,
    is_protected, open_compressed, sealed_link, split_sealed, LinkError, Secret, PBKDF2_ROUNDS,
    SEALED_AAD,
};
