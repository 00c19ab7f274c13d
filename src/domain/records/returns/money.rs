//! Money in whole pence (never floats), shown as "£1,234.50".

/// An amount in pence.
pub type Pence = i64;

/// "£1,234.50"; "−£5.10" for a negative amount.
pub fn pounds(p: Pence) -> String {
    let sign = if p < 0 { "\u{2212}" } else { "" };
    let p = p.unsigned_abs();
    let whole = (p / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}\u{a3}{grouped}.{:02}", p % 100)
}

/// `percent`% of `amount`, rounded to the nearest penny (a half penny up).
pub fn percent_of(amount: Pence, percent: i64) -> Pence {
    (amount * percent + 50).div_euclid(100)
}
