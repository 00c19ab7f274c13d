//! The user's records: practice–care home agreements and the register of
//! homes and residents. Loaded only by the full app (see `app.rs`), so the
//! first page a link opens need not read or parse them.

use leptos::prelude::*;

use crate::domain::records::agreement::Agreement;
use crate::domain::records::register::Register;
use crate::domain::records::returns::file::ReturnFile;

use super::synced::Synced;

/// What the agreement and register pages read and change.
#[derive(Clone, Copy)]
pub struct Records {
    pub agreements: Synced<Vec<Agreement>>,
    pub register: Synced<Register>,
    /// Returns collected from practices (the commissioner's page).
    pub collected: Synced<Vec<ReturnFile>>,
    /// A care home's rounds (the care home's page, issue 26).
    pub home_rounds: Synced<crate::domain::records::round::home_side::HomeRounds>,
}

impl Records {
    /// Read what this browser has saved; problems reading it are returned
    /// for the storage banner.
    pub fn load() -> (Self, Vec<String>) {
        let (agreements, agreements_problem) = Synced::<Vec<Agreement>>::load();
        let (register, register_problem) = Synced::<Register>::load();
        let (collected, collected_problem) = Synced::<Vec<ReturnFile>>::load();
        let (home_rounds, home_rounds_problem) = Synced::load();
        let problems = [
            agreements_problem,
            register_problem,
            collected_problem,
            home_rounds_problem,
        ]
        .into_iter()
        .flatten()
        .collect();
        (
            Records {
                agreements,
                register,
                collected,
                home_rounds,
            },
            problems,
        )
    }

    /// Everything this browser holds, as on screen, for a backup or a copy
    /// to send. Pending changes are saved (and stamped) first, so the copy
    /// has them.
    pub fn workspace(
        &self,
        app: &super::AppState,
    ) -> crate::domain::records::register::backup::Workspace {
        self.register.flush();
        self.agreements.flush();
        crate::domain::records::register::backup::Workspace {
            register: self.register.value.get_untracked(),
            agreements: self.agreements.value.get_untracked(),
            settings: app.settings.get_untracked(),
            local_holidays: app.local_holidays.get_untracked(),
            collected: self.collected.value.get_untracked(),
            from: None,
        }
    }

    /// Whether there is anything a backup would keep.
    pub fn has_data(&self) -> bool {
        self.register.value.with(|r| !r.homes.is_empty())
            || self
                .agreements
                .value
                .with(|a| !crate::domain::records::agreement::list::none_shown(a))
    }

    /// Change one agreement as typed: shown at once, saved when typing
    /// pauses.
    pub fn edit_agreement(&self, agreement: Agreement) {
        self.agreements
            .edit(|list| crate::domain::records::agreement::list::put(list, agreement));
    }
}
