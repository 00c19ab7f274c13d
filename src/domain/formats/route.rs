//! The app's addresses: every page's fragment ("#/due-list?home=h1"),
//! read and written in one place, so a link a page builds always reads back
//! as the page it names (`Route::parse(&r.href()) == r`, tested natively).
//! Links sent to others (a calculator link, a commissioner's link, a share
//! link, a return's link) are public contracts: their paths never change.

use crate::domain::formats::query;

/// Where the user is. Each page gets the query part of its address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` (or no fragment); `#/?scheme=<id>` sets the default scheme.
    Home {
        query: String,
    },
    /// `#/due?…`: the due-date calculator; the query is its public link.
    Due {
        query: String,
    },
    /// `#/calendar?year=2026`: the bank holidays in use.
    Calendar {
        query: String,
    },
    /// `#/agreements?sort=home|edited`
    Agreements {
        query: String,
    },
    /// `#/agreements/edit?id=…`
    AgreementEdit {
        query: String,
    },
    /// `#/agreements/print?id=…`
    AgreementPrint {
        query: String,
    },
    /// `#/agreements/view?d=…`: a shared link.
    AgreementView {
        query: String,
    },
    /// `#/residents`
    Register,
    /// `#/residents/add?home=…`
    ResidentAdd {
        query: String,
    },
    /// `#/residents/edit?id=…`: change a resident's details;
    /// `&kept=…`: fix one left out of a copy kept aside, to bring back.
    ResidentEdit {
        query: String,
    },
    /// `#/residents/resident?id=…`
    Resident {
        query: String,
    },
    /// `#/residents/<id>/assessment`
    Assessment {
        resident_id: String,
    },
    /// `#/residents/<id>/assessment/print`
    AssessmentPrint {
        resident_id: String,
    },
    /// `#/due-list?home=…`
    DueList {
        query: String,
    },
    /// `#/round?home=…&date=…`
    Round {
        query: String,
    },
    /// `#/home-round?home=…&practice=…&day=…&time=…&mode=…&notice=…`: the
    /// care home prepares its round and reads the outcomes (issue 26); the
    /// query, from the agreement or the practice's link, sets it up.
    HomeRound {
        query: String,
    },
    /// `#/homes/home?id=…`: one care home, its duties and their history.
    CareHome {
        query: String,
    },
    /// `#/rules?scheme=…&obligation=…`: every rule, and where it comes from.
    Rules {
        query: String,
    },
    /// `#/commissioners`: make a scheme link or poster.
    Commissioners,
    /// `#/poster?scheme=…`: a commissioner's poster with a QR code.
    Poster {
        query: String,
    },
    /// `#/returns?home=…&year=…&q=…&submitted=…`: a quarterly return.
    Returns {
        query: String,
    },
    /// `#/returns/collect?d=…`: the commissioner gathers practices' returns
    /// (`d`, a return's link, is added on opening).
    ReturnsCollect {
        query: String,
    },
    /// `#/returns/outcomes?home=…&year=…&half=…`: the outcomes report.
    ReturnsOutcomes {
        query: String,
    },
    /// `#/returns/monitoring?home=…`: LSC monitoring.
    ReturnsMonitoring {
        query: String,
    },
    /// `#/backup`
    Backup,
    /// `#/settings`
    Settings,
    NotFound {
        path: String,
    },
}

impl Route {
    /// Read a fragment such as "#/due?scheme=lsc-2026".
    pub fn parse(hash: &str) -> Route {
        let rest = hash.trim_start_matches('#');
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let query = query.to_string();
        match path.trim_end_matches('/') {
            "" => Route::Home { query },
            "/due" => Route::Due { query },
            "/calendar" => Route::Calendar { query },
            "/agreements" => Route::Agreements { query },
            "/agreements/edit" => Route::AgreementEdit { query },
            "/agreements/print" => Route::AgreementPrint { query },
            "/agreements/view" => Route::AgreementView { query },
            "/residents" => Route::Register,
            "/residents/add" => Route::ResidentAdd { query },
            "/residents/resident" => Route::Resident { query },
            "/residents/edit" => Route::ResidentEdit { query },
            "/due-list" => Route::DueList { query },
            "/round" => Route::Round { query },
            "/home-round" => Route::HomeRound { query },
            "/homes/home" => Route::CareHome { query },
            "/rules" => Route::Rules { query },
            "/poster" => Route::Poster { query },
            "/commissioners" => Route::Commissioners,
            "/returns" => Route::Returns { query },
            "/returns/collect" => Route::ReturnsCollect { query },
            "/returns/outcomes" => Route::ReturnsOutcomes { query },
            "/returns/monitoring" => Route::ReturnsMonitoring { query },
            "/backup" => Route::Backup,
            "/settings" => Route::Settings,
            other => {
                let parts: Vec<&str> = other.trim_start_matches('/').split('/').collect();
                match parts.as_slice() {
                    ["residents", id, "assessment"] => Route::Assessment {
                        resident_id: from_path_part(id),
                    },
                    ["residents", id, "assessment", "print"] => Route::AssessmentPrint {
                        resident_id: from_path_part(id),
                    },
                    _ => Route::NotFound {
                        path: other.to_string(),
                    },
                }
            }
        }
    }

    /// The start page.
    pub const START: &Route = &Route::Home {
        query: String::new(),
    };
    /// The due-date calculator, empty.
    pub const CALCULATOR: &Route = &Route::Due {
        query: String::new(),
    };
    /// The bank holidays of this year.
    pub const BANK_HOLIDAYS: &Route = &Route::Calendar {
        query: String::new(),
    };
    /// The agreements kept here.
    pub const AGREEMENTS: &Route = &Route::Agreements {
        query: String::new(),
    };
    /// The due list, every home.
    pub const DUE_LIST: &Route = &Route::DueList {
        query: String::new(),
    };
    /// The next round of the first home.
    pub const ROUND: &Route = &Route::Round {
        query: String::new(),
    };
    /// The quarterly return of the first home.
    pub const RETURNS: &Route = &Route::Returns {
        query: String::new(),
    };
    /// The commissioner's collection of returns.
    pub const COLLECT_RETURNS: &Route = &Route::ReturnsCollect {
        query: String::new(),
    };
    /// The LSC monitoring report.
    pub const MONITORING: &Route = &Route::ReturnsMonitoring {
        query: String::new(),
    };
    /// The care home's page for preparing the round.
    pub const HOME_ROUND: &Route = &Route::HomeRound {
        query: String::new(),
    };
    /// The rules behind every date.
    pub const RULES: &Route = &Route::Rules {
        query: String::new(),
    };

    /// The fragment of this page without its query, known when compiling:
    /// the menu uses it, and `href` builds on it.
    /// An assessment's address holds the resident's id, and an unknown path
    /// is its own: for those it is the page they belong under.
    // Inlined, so a link to a constant page is a constant string (the
    // start app's first load has no room for this table).
    #[inline(always)]
    pub const fn fixed_href(&self) -> &'static str {
        match self {
            Route::Home { .. } | Route::NotFound { .. } => "#/",
            Route::Due { .. } => "#/due",
            Route::Calendar { .. } => "#/calendar",
            Route::Agreements { .. } => "#/agreements",
            Route::AgreementEdit { .. } => "#/agreements/edit",
            Route::AgreementPrint { .. } => "#/agreements/print",
            Route::AgreementView { .. } => "#/agreements/view",
            Route::Register | Route::Assessment { .. } | Route::AssessmentPrint { .. } => {
                "#/residents"
            }
            Route::ResidentAdd { .. } => "#/residents/add",
            Route::ResidentEdit { .. } => "#/residents/edit",
            Route::Resident { .. } => "#/residents/resident",
            Route::DueList { .. } => "#/due-list",
            Route::Round { .. } => "#/round",
            Route::HomeRound { .. } => "#/home-round",
            Route::CareHome { .. } => "#/homes/home",
            Route::Rules { .. } => "#/rules",
            Route::Commissioners => "#/commissioners",
            Route::Poster { .. } => "#/poster",
            Route::Returns { .. } => "#/returns",
            Route::ReturnsCollect { .. } => "#/returns/collect",
            Route::ReturnsOutcomes { .. } => "#/returns/outcomes",
            Route::ReturnsMonitoring { .. } => "#/returns/monitoring",
            Route::Backup => "#/backup",
            Route::Settings => "#/settings",
        }
    }

    /// The fragment of this page, "#/…", as `parse` reads it back.
    pub fn href(&self) -> String {
        let query = match self {
            Route::Assessment { resident_id } => {
                return format!("#/residents/{}/assessment", path_part(resident_id))
            }
            Route::AssessmentPrint { resident_id } => {
                return format!("#/residents/{}/assessment/print", path_part(resident_id))
            }
            Route::NotFound { path } => return format!("#{path}"),
            Route::Register | Route::Commissioners | Route::Backup | Route::Settings => "",
            Route::Home { query }
            | Route::Due { query }
            | Route::Calendar { query }
            | Route::Agreements { query }
            | Route::AgreementEdit { query }
            | Route::AgreementPrint { query }
            | Route::AgreementView { query }
            | Route::ResidentAdd { query }
            | Route::ResidentEdit { query }
            | Route::Resident { query }
            | Route::DueList { query }
            | Route::Round { query }
            | Route::HomeRound { query }
            | Route::CareHome { query }
            | Route::Rules { query }
            | Route::Poster { query }
            | Route::Returns { query }
            | Route::ReturnsCollect { query }
            | Route::ReturnsOutcomes { query }
            | Route::ReturnsMonitoring { query } => query,
        };
        let path = self.fixed_href();
        if query.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{query}")
        }
    }

    /// The whole address of this page on the site at `base` (the page's
    /// address without its fragment): a link to send or to put in a QR code.
    pub fn link(&self, base: &str) -> String {
        format!("{base}{}", self.href())
    }

    /// A resident's page.
    pub fn resident(id: &str) -> Route {
        Route::Resident {
            query: with(&[("id", id)]),
        }
    }

    /// "Change details" of a resident.
    pub fn resident_edit(id: &str) -> Route {
        Route::ResidentEdit {
            query: with(&[("id", id)]),
        }
    }

    /// Fix a resident left out of a copy of the register kept aside
    /// (`kept`, its storage key), to bring them back.
    pub fn resident_fix(id: &str, kept: &str) -> Route {
        Route::ResidentEdit {
            query: with(&[("id", id), ("kept", kept)]),
        }
    }

    /// "Add a resident" to a home.
    pub fn resident_add(home_id: &str) -> Route {
        Route::ResidentAdd {
            query: with(&[("home", home_id)]),
        }
    }

    /// A care home's page.
    pub fn care_home(id: &str) -> Route {
        Route::CareHome {
            query: with(&[("id", id)]),
        }
    }

    /// The due list, filtered to one home.
    pub fn due_list_of(home_id: &str) -> Route {
        Route::DueList {
            query: with(&[("home", home_id)]),
        }
    }

    /// A home's round worklist: its next round, or the round of `date`
    /// (ISO).
    pub fn round_of(home_id: &str, date: Option<&str>) -> Route {
        Route::Round {
            query: match date {
                Some(d) => with(&[("home", home_id), ("date", d)]),
                None => with(&[("home", home_id)]),
            },
        }
    }

    /// The care home's round page, set up by `setup` (a query made by
    /// `RoundSetup::to_query`), or as it was last set up when empty.
    pub fn home_round(setup: &str) -> Route {
        Route::HomeRound {
            query: setup.to_string(),
        }
    }

    /// A sealed link to the practice: a care home's request, opened on the
    /// round page (`d`, the sealed data).
    pub fn sealed_for_practice(d: &str) -> Route {
        Route::Round {
            query: with(&[("d", d)]),
        }
    }

    /// A sealed link to the care home: the practice's outcomes or list of
    /// residents, opened on the home's round page.
    pub fn sealed_for_home(d: &str) -> Route {
        Route::HomeRound {
            query: with(&[("d", d)]),
        }
    }

    /// The rules page at a scheme. (A deadline's link to its obligation is
    /// the calculator's, written literally: `ui::components::rule_link`.)
    pub fn rules_of(scheme: &str) -> Route {
        Route::Rules {
            query: with(&[("scheme", scheme)]),
        }
    }

    /// An agreement's form.
    pub fn agreement_edit(id: &str) -> Route {
        Route::AgreementEdit {
            query: with(&[("id", id)]),
        }
    }

    /// A new agreement's form (its heading says so).
    pub fn agreement_new(id: &str) -> Route {
        Route::AgreementEdit {
            query: with(&[("id", id), ("new", "1")]),
        }
    }

    /// An agreement as a printable document.
    pub fn agreement_print(id: &str) -> Route {
        Route::AgreementPrint {
            query: with(&[("id", id)]),
        }
    }

    /// The bank holidays of one year.
    pub fn calendar_of(year: i32) -> Route {
        Route::Calendar {
            query: with(&[("year", &year.to_string())]),
        }
    }

    /// A quarterly return: a home's, for a year and quarter.
    pub fn return_of(home_id: &str, year: i32, q: u8) -> Route {
        Route::Returns {
            query: with(&[
                ("home", home_id),
                ("year", &year.to_string()),
                ("q", &q.to_string()),
            ]),
        }
    }

    /// The outcomes report of one home.
    pub fn outcomes_of(home_id: &str) -> Route {
        Route::ReturnsOutcomes {
            query: with(&[("home", home_id)]),
        }
    }

    /// Whether the page is in the full app only. The start app, the first
    /// load, has the start page and the due-date calculator (and "not
    /// found"), the pages a link usually opens. A start page with a query
    /// is a commissioner's link, opened once on each device: the full app
    /// reads it, which keeps a calculator link's first load small.
    pub fn needs_full_app(&self) -> bool {
        match self {
            Route::Home { query } => !query.is_empty(),
            Route::Due { .. } | Route::NotFound { .. } => false,
            _ => true,
        }
    }

    /// Which navigation item is current.
    pub const fn section(&self) -> &'static str {
        match self {
            Route::Home { .. } => "home",
            Route::Due { .. } => "due",
            Route::Calendar { .. } => "calendar",
            Route::Agreements { .. }
            | Route::AgreementEdit { .. }
            | Route::AgreementPrint { .. }
            | Route::AgreementView { .. } => "agreements",
            Route::Register
            | Route::ResidentAdd { .. }
            | Route::ResidentEdit { .. }
            | Route::Resident { .. }
            | Route::CareHome { .. }
            | Route::Assessment { .. }
            | Route::AssessmentPrint { .. } => "residents",
            Route::DueList { .. } => "due-list",
            Route::Round { .. } | Route::HomeRound { .. } => "round",
            Route::Returns { .. }
            | Route::ReturnsCollect { .. }
            | Route::ReturnsOutcomes { .. }
            | Route::ReturnsMonitoring { .. } => "returns",
            Route::Backup => "backup",
            Route::Settings => "settings",
            Route::Rules { .. }
            | Route::Poster { .. }
            | Route::Commissioners
            | Route::NotFound { .. } => "",
        }
    }
}

/// A query of these pairs, each encoded.
fn with(pairs: &[(&str, &str)]) -> String {
    query::build(pairs.iter().map(|(k, v)| (*k, v.to_string())))
}

/// A resident's id as one part of a path: an id with a character that
/// would end the part or the path, or be read as an escape, is encoded
/// whole (ids the app makes have none, so their links stay as they were).
fn path_part(id: &str) -> String {
    if id
        .bytes()
        .any(|b| matches!(b, b'/' | b'?' | b'#' | b'%' | b'+'))
    {
        query::encode(id)
    } else {
        id.to_string()
    }
}

/// The id in a path part: decoded when it was encoded.
fn from_path_part(part: &str) -> String {
    if part.bytes().any(|b| b == b'%') {
        query::decode(part)
    } else {
        part.to_string()
    }
}
