//! Every England and Wales bank holiday 2018 to 2028, as published by
//! GOV.UK (proclaimed years) and as the rules give them (projected years).

use care_home_toolkit::domain::rules::calendar::{
    built_in_holidays, Calendar, HolidaySource, LocalHoliday, FIRST_YEAR, LAST_YEAR,
};
use chrono::{Datelike, Duration, Weekday};

use super::d;

const KNOWN: &[(i32, &[(u32, u32)])] = &[
    (
        2018,
        &[
            (1, 1),
            (3, 30),
            (4, 2),
            (5, 7),
            (5, 28),
            (8, 27),
            (12, 25),
            (12, 26),
        ],
    ),
    (
        2019,
        &[
            (1, 1),
            (4, 19),
            (4, 22),
            (5, 6),
            (5, 27),
            (8, 26),
            (12, 25),
            (12, 26),
        ],
    ),
    // Early May moved to Friday 8 May (VE Day 75); Boxing Day substitute Monday 28.
    (
        2020,
        &[
            (1, 1),
            (4, 10),
            (4, 13),
            (5, 8),
            (5, 25),
            (8, 31),
            (12, 25),
            (12, 28),
        ],
    ),
    // Christmas on a Saturday: substitutes Monday 27 and Tuesday 28.
    (
        2021,
        &[
            (1, 1),
            (4, 2),
            (4, 5),
            (5, 3),
            (5, 31),
            (8, 30),
            (12, 27),
            (12, 28),
        ],
    ),
    // New Year substitute; Platinum Jubilee 2 and 3 June; State Funeral 19 September;
    // Christmas on a Sunday: Boxing Day Monday 26, Christmas substitute Tuesday 27.
    (
        2022,
        &[
            (1, 3),
            (4, 15),
            (4, 18),
            (5, 2),
            (6, 2),
            (6, 3),
            (8, 29),
            (9, 19),
            (12, 26),
            (12, 27),
        ],
    ),
    // Coronation Monday 8 May.
    (
        2023,
        &[
            (1, 2),
            (4, 7),
            (4, 10),
            (5, 1),
            (5, 8),
            (5, 29),
            (8, 28),
            (12, 25),
            (12, 26),
        ],
    ),
    (
        2024,
        &[
            (1, 1),
            (3, 29),
            (4, 1),
            (5, 6),
            (5, 27),
            (8, 26),
            (12, 25),
            (12, 26),
        ],
    ),
    (
        2025,
        &[
            (1, 1),
            (4, 18),
            (4, 21),
            (5, 5),
            (5, 26),
            (8, 25),
            (12, 25),
            (12, 26),
        ],
    ),
    (
        2026,
        &[
            (1, 1),
            (4, 3),
            (4, 6),
            (5, 4),
            (5, 25),
            (8, 31),
            (12, 25),
            (12, 28),
        ],
    ),
    (
        2027,
        &[
            (1, 1),
            (3, 26),
            (3, 29),
            (5, 3),
            (5, 31),
            (8, 30),
            (12, 27),
            (12, 28),
        ],
    ),
    (
        2028,
        &[
            (1, 3),
            (4, 14),
            (4, 17),
            (5, 1),
            (5, 29),
            (8, 28),
            (12, 25),
            (12, 26),
        ],
    ),
];

#[test]
fn every_bank_holiday_2018_to_2028() {
    let cal = Calendar::england_and_wales();
    for (year, days) in KNOWN {
        let got: Vec<(u32, u32)> = cal
            .holidays_in_year(*year)
            .iter()
            .map(|h| (h.date.month(), h.date.day()))
            .collect();
        assert_eq!(&got, days, "bank holidays in {year}");
    }
}

#[test]
fn sweep_every_day_of_2022_against_the_list() {
    let cal = Calendar::england_and_wales();
    let holidays: Vec<_> = KNOWN.iter().find(|(y, _)| *y == 2022).unwrap().1.to_vec();
    let mut day = d(2022, 1, 1);
    let mut working = 0;
    while day.year() == 2022 {
        let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        let holiday = holidays.contains(&(day.month(), day.day()));
        assert_eq!(cal.is_working_day(day), Ok(!weekend && !holiday), "{day}");
        if !weekend && !holiday {
            working += 1;
        }
        day += Duration::days(1);
    }
    // 260 weekdays in 2022, less 10 bank holidays.
    assert_eq!(working, 250);
}

#[test]
fn names_and_sources_say_what_each_day_is() {
    let cal = Calendar::england_and_wales();
    let boxing = cal.holiday(d(2022, 12, 26)).unwrap();
    assert_eq!(boxing.name, "Boxing Day");
    let christmas = cal.holiday(d(2022, 12, 27)).unwrap();
    assert_eq!(christmas.name, "Christmas Day (substitute day)");
    let coronation = cal.holiday(d(2023, 5, 8)).unwrap();
    assert!(matches!(
        coronation.source,
        HolidaySource::Proclamation { .. }
    ));
    assert!(coronation.source.describe().contains("Coronation"));
    // The rule day that 2020's VE Day holiday replaced is a working day.
    assert_eq!(cal.is_working_day(d(2020, 5, 4)), Ok(true));
    assert_eq!(cal.is_working_day(d(2022, 5, 30)), Ok(true));
}

#[test]
fn older_one_offs_are_in_the_table() {
    let cal = Calendar::england_and_wales();
    for (y, m, day) in [
        (2002, 6, 3),
        (2002, 6, 4),
        (2011, 4, 29),
        (2012, 6, 4),
        (2012, 6, 5),
    ] {
        assert!(cal.holiday(d(y, m, day)).is_some(), "{y}-{m}-{day}");
    }
    for (y, m, day) in [(2002, 5, 27), (2012, 5, 28)] {
        assert_eq!(cal.is_working_day(d(y, m, day)), Ok(true), "{y}-{m}-{day}");
    }
}

#[test]
fn every_year_in_range_has_eight_or_more_holidays_all_on_weekdays() {
    let cal = Calendar::england_and_wales();
    for year in FIRST_YEAR..=LAST_YEAR {
        let list = cal.holidays_in_year(year);
        assert!(list.len() >= 8, "{year}: {}", list.len());
        for h in list {
            assert!(
                !matches!(h.date.weekday(), Weekday::Sat | Weekday::Sun),
                "{h:?}"
            );
        }
    }
}

#[test]
fn unproclaimed_years_are_marked_projected() {
    let cal = Calendar::england_and_wales();
    assert!(cal.holidays_in_year(2027).iter().all(|h| !h.is_projected()));
    assert!(cal.holidays_in_year(2028).iter().all(|h| h.is_projected()));
}

#[test]
fn outside_the_range_is_an_error_not_a_guess() {
    let cal = Calendar::england_and_wales();
    assert!(cal.is_working_day(d(1999, 12, 31)).is_err());
    assert!(cal.is_working_day(d(2036, 1, 2)).is_err());
    assert!(cal.add_working_days(d(2035, 12, 28), 7).is_err());
    assert!(cal.working_days_after(d(2035, 12, 28), 7).is_err());
    let message = cal.is_working_day(d(2036, 1, 2)).unwrap_err().to_string();
    assert!(message.contains("2000 to 2035"), "{message}");
}

/// The calendar is looked up by binary search, so the built-in list must be
/// in strict date order (one holiday per date), with local holidays added in
/// their place and a local holiday on an existing holiday ignored.
#[test]
fn holidays_are_in_strict_date_order_with_local_ones_in_place() {
    let all = built_in_holidays();
    assert!(all.windows(2).all(|w| w[0].date < w[1].date));
    let local = [
        LocalHoliday {
            date: d(2030, 6, 4),
            name: "Proclaimed".into(),
            instead_of: None,
        },
        LocalHoliday {
            date: d(2030, 5, 27),
            name: "Already the spring bank holiday".into(),
            instead_of: None,
        },
    ];
    let cal = Calendar::with_local(&local);
    let dates: Vec<_> = cal.holidays_in_year(2030).iter().map(|h| h.date).collect();
    assert!(dates.windows(2).all(|w| w[0] < w[1]), "{dates:?}");
    assert_eq!(
        cal.holiday(d(2030, 6, 4)).unwrap().source,
        HolidaySource::Local { instead_of: None }
    );
    assert_eq!(
        cal.holiday(d(2030, 5, 27)).unwrap().source,
        HolidaySource::Rule
    );
    assert_eq!(
        dates.len(),
        all.iter().filter(|h| h.date.year() == 2030).count() + 1
    );
}

/// Counting working days skips exactly the days the holiday list holds, on
/// every day the calendar covers, with local holidays on its first and
/// last days and one beyond its years.
#[test]
fn counting_skips_exactly_the_listed_holidays_on_every_day() {
    use care_home_toolkit::domain::rules::calendar::{LocalHoliday, FIRST_YEAR, LAST_YEAR};
    let local = |date| LocalHoliday {
        date,
        name: "Local".into(),
        instead_of: None,
    };
    let cal = Calendar::with_local(&[
        local(d(FIRST_YEAR, 1, 3)),
        local(d(LAST_YEAR, 12, 31)),
        local(d(LAST_YEAR + 1, 3, 3)),
    ]);
    let mut from = d(FIRST_YEAR, 1, 1);
    while from <= d(LAST_YEAR, 12, 10) {
        let span = cal.add_working_days(from, 5).unwrap();
        assert_eq!(cal.working_days_after(from, 5), Ok(span.due), "{from}");
        let mut day = from.succ_opt().unwrap();
        let (mut counted, mut skipped) = (Vec::new(), Vec::new());
        while day <= span.due {
            if cal.holiday(day).is_some() && !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                skipped.push(day);
            } else if cal.is_working_day(day).unwrap() {
                counted.push(day);
            }
            day = day.succ_opt().unwrap();
        }
        assert_eq!(span.counted, counted, "from {from}");
        let listed: Vec<_> = span.holidays_skipped.iter().map(|h| h.date).collect();
        assert_eq!(listed, skipped, "from {from}");
        from = from.succ_opt().unwrap();
    }
}

/// Two tabs' local holidays: a tab saving its list wrote over a holiday
/// another tab had added since it read them. Additions, changes and
/// removals made in either since are now kept, in date order.
#[test]
fn two_tabs_local_holidays_merge_keeping_each_change() {
    use care_home_toolkit::domain::rules::calendar::{merge_local_holidays_since, LocalHoliday};
    let h = |day: u32, name: &str| LocalHoliday {
        date: d(2030, 6, day),
        name: name.into(),
        instead_of: None,
    };
    let seen = vec![
        h(3, "Kept"),
        h(4, "Removed here"),
        h(5, "Removed there"),
        h(6, "Renamed there"),
    ];
    let mine = vec![
        h(3, "Kept"),
        h(5, "Removed there"),
        h(6, "Renamed there"),
        h(10, "Added here"),
    ];
    let stored = vec![
        h(3, "Kept"),
        h(4, "Removed here"),
        h(6, "Renamed"),
        h(7, "Added there"),
    ];
    assert_eq!(
        merge_local_holidays_since(&mine, &stored, &seen),
        vec![
            h(3, "Kept"),
            h(6, "Renamed"),
            h(7, "Added there"),
            h(10, "Added here")
        ]
    );
    // Both changed one day: this tab's stays; a removal there of a day
    // changed here keeps the change.
    let mine = vec![h(3, "Renamed here"), h(5, "Changed here")];
    let stored = vec![h(3, "Renamed there")];
    assert_eq!(
        merge_local_holidays_since(&mine, &stored, &seen),
        vec![h(3, "Renamed here"), h(5, "Changed here")]
    );
    // Nothing changed since: the stored list as it is.
    assert_eq!(merge_local_holidays_since(&seen, &stored, &seen), stored);

    // Each tab moved the same bank holiday (the late May one, 27 May
    // 2030) to another day: this tab's move is kept, not both.
    let moved = |day: u32, name: &str| LocalHoliday {
        instead_of: Some(d(2030, 5, 27)),
        ..h(day, name)
    };
    let mine = vec![moved(10, "Moved here")];
    let stored = vec![moved(11, "Moved there")];
    assert_eq!(
        merge_local_holidays_since(&mine, &stored, &[]),
        vec![moved(10, "Moved here")]
    );
    // Moved there after being moved here before: the later move.
    let seen = vec![moved(10, "Moved here")];
    assert_eq!(
        merge_local_holidays_since(&seen, &stored, &seen),
        vec![moved(11, "Moved there")]
    );
}
