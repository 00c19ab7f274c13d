//! NHS numbers: 10 digits, the last a Modulus 11 check digit
//! (docs/rules.md §4: weights 10 down to 2; 11 - remainder; 11 becomes 0;
//! 10 is invalid). Shown as 3-3-4.

/// Why an NHS number was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NhsNumberError {
    NotTenDigits,
    CheckDigit,
}

impl std::fmt::Display for NhsNumberError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NhsNumberError::NotTenDigits => write!(f, "NHS number must be 10 digits, like 943 476 5919"),
            NhsNumberError::CheckDigit => write!(
                f,
                "This is not a valid NHS number: its check digit does not match. Check it against the resident\u{2019}s records"
            ),
        }
    }
}

/// Read a typed NHS number (spaces and hyphens allowed); the 10 digits.
pub fn parse(text: &str) -> Result<String, NhsNumberError> {
    let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    check(&digits)?;
    Ok(digits)
}

/// Check an NHS number held as its 10 digits alone (as the register holds
/// it), without copying it.
pub fn check(digits: &str) -> Result<(), NhsNumberError> {
    let d = digits.as_bytes();
    if d.len() != 10 || !d.iter().all(u8::is_ascii_digit) {
        return Err(NhsNumberError::NotTenDigits);
    }
    let value = |b: u8| u32::from(b - b'0');
    let sum: u32 = d[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(x, w)| value(*x) * w)
        .sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return Err(NhsNumberError::CheckDigit),
        c => c,
    };
    if check == value(d[9]) {
        Ok(())
    } else {
        Err(NhsNumberError::CheckDigit)
    }
}

/// "943 476 5919".
pub fn format(digits: &str) -> String {
    // Only ten ASCII digits are split: slicing other text by bytes could
    // cut inside a character and panic.
    if digits.len() == 10 && digits.bytes().all(|b| b.is_ascii_digit()) {
        let mut out = String::with_capacity(12);
        for (i, c) in digits.chars().enumerate() {
            if i == 3 || i == 6 {
                out.push(' ');
            }
            out.push(c);
        }
        out
    } else {
        digits.to_string()
    }
}
