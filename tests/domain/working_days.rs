//! "N working days after D", calendar days and months (docs/rules.md §2).

use care_home_toolkit::domain::rules::calendar::{
    add_days, add_months, Calendar, LocalHoliday, LocalHolidayError,
};
use chrono::Duration;

use super::d;

/// (event, N, due): the N-th working day strictly after the event.
const WORKING_DAY_TABLE: &[((i32, u32, u32), u32, (i32, u32, u32))] = &[
    // An ordinary week: Monday + 7 working days is the Wednesday after next.
    ((2026, 11, 2), 7, (2026, 11, 11)),
    // Friday: the weekend is skipped.
    ((2026, 11, 6), 7, (2026, 11, 17)),
    // Saturday and Sunday events count from Monday: both give the same day.
    ((2026, 11, 7), 7, (2026, 11, 17)),
    ((2026, 11, 8), 7, (2026, 11, 17)),
    // Christmas 2026: Fri 25 and Mon 28 Dec are holidays; New Year Fri 1 Jan 2027.
    ((2026, 12, 21), 7, (2027, 1, 4)),
    ((2026, 12, 24), 7, (2027, 1, 7)),
    // Easter 2026: Good Friday 3 April and Easter Monday 6 April.
    ((2026, 4, 1), 7, (2026, 4, 14)),
    ((2026, 4, 3), 1, (2026, 4, 7)),
    // 2020: VE Day Friday 8 May is a holiday, Monday 4 May is not.
    ((2020, 5, 1), 7, (2020, 5, 13)),
    // 2022: Platinum Jubilee Thu 2 and Fri 3 June.
    ((2022, 5, 31), 7, (2022, 6, 13)),
    // 2022: State Funeral Monday 19 September.
    ((2022, 9, 16), 1, (2022, 9, 20)),
    // 2023: Coronation Monday 8 May, after early May Monday 1 May.
    ((2023, 4, 28), 7, (2023, 5, 11)),
    // Zero working days after a working day is that day.
    ((2026, 11, 4), 0, (2026, 11, 4)),
];

#[test]
fn n_working_days_after_known_answers() {
    let cal = Calendar::england_and_wales();
    for &((y, m, dd), n, (dy, dm, ddd)) in WORKING_DAY_TABLE {
        let span = cal.add_working_days(d(y, m, dd), n).unwrap();
        assert_eq!(
            span.due,
            d(dy, dm, ddd),
            "{n} working days after {y}-{m}-{dd}"
        );
        assert_eq!(span.counted.len(), n as usize);
        // The due list's count without the working: the same day.
        assert_eq!(cal.working_days_after(d(y, m, dd), n), Ok(span.due));
    }
}

#[test]
fn the_working_lists_what_was_counted_and_skipped() {
    let cal = Calendar::england_and_wales();
    let span = cal.add_working_days(d(2026, 12, 24), 7).unwrap();
    assert_eq!(
        span.counted,
        vec![
            d(2026, 12, 29),
            d(2026, 12, 30),
            d(2026, 12, 31),
            d(2027, 1, 4),
            d(2027, 1, 5),
            d(2027, 1, 6),
            d(2027, 1, 7)
        ]
    );
    let skipped: Vec<_> = span.holidays_skipped.iter().map(|h| h.date).collect();
    assert_eq!(
        skipped,
        vec![d(2026, 12, 25), d(2026, 12, 28), d(2027, 1, 1)]
    );
    assert_eq!(span.weekend_days_skipped, 4);
}

#[test]
fn properties_hold_for_every_day_of_2025_to_2027() {
    let cal = Calendar::england_and_wales();
    let mut day = d(2025, 1, 1);
    while day <= d(2027, 12, 1) {
        for n in [1u32, 5, 7] {
            let span = cal.add_working_days(day, n).unwrap();
            assert_eq!(cal.working_days_after(day, n), Ok(span.due), "{day} + {n}");
            assert!(span.due > day, "{day} + {n}");
            assert_eq!(cal.is_working_day(span.due), Ok(true), "{day} + {n}");
            assert_eq!(
                cal.working_days_between(day, span.due),
                Ok(i64::from(n)),
                "{day} + {n}"
            );
        }
        if cal.is_working_day(day).unwrap() {
            assert_eq!(cal.add_working_days(day, 0).unwrap().due, day);
        }
        day += Duration::days(1);
    }
}

#[test]
fn calendar_days_and_months() {
    // "Within 2 weeks" is D + 14.
    assert_eq!(add_days(d(2026, 12, 20), 14), Some(d(2027, 1, 3)));
    // Month-end clamps, in leap and common years.
    assert_eq!(add_months(d(2026, 8, 31), 6), Some(d(2027, 2, 28)));
    assert_eq!(add_months(d(2027, 8, 31), 6), Some(d(2028, 2, 29)));
    assert_eq!(add_months(d(2024, 2, 29), 12), Some(d(2025, 2, 28)));
    assert_eq!(add_months(d(2026, 10, 31), 2), Some(d(2026, 12, 31)));
    assert_eq!(add_months(d(2026, 12, 31), 2), Some(d(2027, 2, 28)));
    assert_eq!(add_months(d(2026, 5, 31), 3), Some(d(2026, 8, 31)));
}

#[test]
fn a_local_holiday_moves_working_days() {
    let base = Calendar::england_and_wales();
    let extra = LocalHoliday::validate(d(2026, 11, 10), "Proclaimed holiday", None, &base).unwrap();
    let cal = Calendar::with_local(&[extra]);
    assert_eq!(
        base.add_working_days(d(2026, 11, 2), 7).unwrap().due,
        d(2026, 11, 11)
    );
    assert_eq!(
        cal.add_working_days(d(2026, 11, 2), 7).unwrap().due,
        d(2026, 11, 12)
    );
    assert_eq!(
        cal.holiday(d(2026, 11, 10)).unwrap().source.describe(),
        "Added on this device"
    );
}

#[test]
fn local_holidays_are_checked() {
    let cal = Calendar::england_and_wales();
    assert_eq!(
        LocalHoliday::validate(d(2026, 11, 10), "  ", None, &cal),
        Err(LocalHolidayError::NameMissing)
    );
    assert_eq!(
        LocalHoliday::validate(d(2026, 11, 7), "x", None, &cal),
        Err(LocalHolidayError::Weekend)
    );
    assert_eq!(
        LocalHoliday::validate(d(2026, 12, 25), "x", None, &cal),
        Err(LocalHolidayError::AlreadyHoliday("Christmas Day".into()))
    );
    assert_eq!(
        LocalHoliday::validate(d(2040, 1, 3), "x", None, &cal),
        Err(LocalHolidayError::OutOfRange)
    );
}

/// A proclamation that moves a holiday, entered on the device as 2020's was
/// in the built-in table: 2030's spring bank holiday (Monday 27 May) moved
/// to Tuesday 4 June. 27 May becomes a working day again, 4 June does not.
#[test]
fn a_moved_holiday_replaces_the_rule_day() {
    let base = Calendar::england_and_wales();
    let moved = LocalHoliday::validate(
        d(2030, 6, 4),
        "Spring bank holiday (moved)",
        Some(d(2030, 5, 27)),
        &base,
    )
    .unwrap();
    let cal = Calendar::with_local(&[moved.clone()]);
    assert_eq!(base.is_working_day(d(2030, 5, 27)), Ok(false));
    assert_eq!(cal.is_working_day(d(2030, 5, 27)), Ok(true));
    assert_eq!(cal.is_working_day(d(2030, 6, 4)), Ok(false));
    // Seven working days from Friday 24 May 2030:
    // built in:  28, 29, 30, 31 May, 3, 4, 5 June (27 May skipped);
    // moved:     27, 28, 29, 30, 31 May, 3, 5 June (4 June skipped).
    assert_eq!(
        base.add_working_days(d(2030, 5, 24), 7).unwrap().due,
        d(2030, 6, 5)
    );
    let span = cal.add_working_days(d(2030, 5, 24), 7).unwrap();
    assert_eq!(span.due, d(2030, 6, 5));
    assert_eq!(span.holidays_skipped.len(), 1);
    assert_eq!(span.holidays_skipped[0].date, d(2030, 6, 4));
    assert_eq!(
        cal.holiday(d(2030, 6, 4)).unwrap().source.describe(),
        "Added on this device, moved from Monday 27 May 2030"
    );
    assert_eq!(
        cal.holidays_in_year(2030).len(),
        base.holidays_in_year(2030).len()
    );
    // Four and five working days from Friday 24 May land a day earlier once
    // 27 May is a working day again.
    assert_eq!(
        base.add_working_days(d(2030, 5, 24), 4).unwrap().due,
        d(2030, 5, 31)
    );
    assert_eq!(
        cal.add_working_days(d(2030, 5, 24), 4).unwrap().due,
        d(2030, 5, 30)
    );
    assert_eq!(
        base.add_working_days(d(2030, 5, 24), 5).unwrap().due,
        d(2030, 6, 3)
    );
    assert_eq!(
        cal.add_working_days(d(2030, 5, 24), 5).unwrap().due,
        d(2030, 5, 31)
    );
}

#[test]
fn only_a_built_in_holiday_can_be_moved() {
    let cal = Calendar::england_and_wales();
    assert_eq!(
        LocalHoliday::validate(d(2030, 6, 4), "x", Some(d(2030, 5, 28)), &cal),
        Err(LocalHolidayError::NothingToMove(d(2030, 5, 28)))
    );
    assert_eq!(
        LocalHoliday::validate(d(2030, 5, 27), "x", Some(d(2030, 5, 27)), &cal),
        Err(LocalHolidayError::MovedToItself)
    );
    let added = LocalHoliday::validate(d(2030, 6, 4), "Extra", None, &cal).unwrap();
    let with_added = Calendar::with_local(&[added]);
    assert_eq!(
        LocalHoliday::validate(d(2030, 6, 5), "x", Some(d(2030, 6, 4)), &with_added),
        Err(LocalHolidayError::NothingToMove(d(2030, 6, 4))),
        "a holiday added on the device is removed, not moved"
    );
}
