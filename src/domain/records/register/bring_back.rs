//! A resident left out of the stored register because their record fails
//! the forms' checks (an NHS number whose check digit is wrong, say): kept
//! in the copy set aside, fixed in the resident form, and brought back
//! with their history, assessment and round outcomes (issue 22: one bad
//! record is set aside alone, fixable in the form, then merged back).

use chrono::NaiveDate;

use super::details::ResidentDetails;
use super::model::{Register, Resident};

impl Register {
    /// The residents of `left_out` (the records a kept copy left out,
    /// `store_file::records_left_out`) not in this register: those still
    /// to fix.
    pub fn residents_to_fix<'a>(&self, left_out: &'a Register) -> Vec<&'a Resident> {
        left_out
            .residents
            .iter()
            .filter(|r| self.resident(&r.id).is_none())
            .collect()
    }

    /// Bring back the resident `id` of `left_out` with `details` as fixed
    /// in the form, dated `on`, by `by`: with their history (the fix a
    /// "details changed" entry in it), and their assessment and round
    /// outcomes that were left out with them. Nothing changes unless the
    /// register with them passes the checks the forms use; the error says
    /// what is still wrong.
    pub fn bring_back(
        &mut self,
        left_out: &Register,
        id: &str,
        details: ResidentDetails,
        on: NaiveDate,
        by: &str,
    ) -> Result<(), String> {
        if self.resident(id).is_some() {
            return Err("This resident is already back in the register".into());
        }
        let resident = left_out
            .residents
            .iter()
            .find(|r| r.id == id)
            .ok_or("This resident is not in the data kept aside")?;
        let mut next = self.clone();
        next.residents.push(resident.clone());
        for a in left_out.assessments.iter().filter(|a| a.resident_id == id) {
            if !next.assessments.iter().any(|x| x.resident_id == id) {
                next.assessments.push(a.clone());
            }
        }
        for o in left_out
            .round_outcomes
            .iter()
            .filter(|o| o.resident_id == id)
        {
            if !next.round_outcomes.contains(o) {
                next.round_outcomes.push(o.clone());
            }
        }
        next.edit_resident_stay_from(id, details, on, None, by)?;
        next.validate()
            .map_err(|bad| format!("{}: {}", bad.field, bad.message))?;
        *self = next;
        Ok(())
    }
}
