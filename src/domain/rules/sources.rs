//! The source documents (the seeds), and a cited clause in plain words.
//! Clauses are kept in the data as cited in `docs/rules.md`, with the
//! seed's code ("LSC 2026/27 (000) §2.6"); what a user reads names the
//! document in plain words ("LSC specification 2026/27, section 2.6").

/// Each document as cited in the data, and as a user reads it.
const NAMES: [(&str, &str); 12] = [
    ("LSC 2026/27 (000) ", "LSC specification 2026/27, "),
    ("LSC (000) ", "LSC specification, "),
    ("Rotherham (003) ", "Rotherham scheme overview, "),
    (
        "EHCH framework (002) ",
        "Enhanced Health in Care Homes framework, ",
    ),
    (
        "Rotherham 2019/20 (001) ",
        "Rotherham specification 2019/20, ",
    ),
    ("Rotherham overview (003) ", "Rotherham scheme overview, "),
    ("DES summary (004)", "DES summary for practices"),
    // Short citations inside rules and interpretations, e.g. "(000 §2.6)".
    ("000 ", "LSC specification, "),
    ("001 ", "Rotherham specification, "),
    ("002 ", "EHCH framework, "),
    ("003 ", "Rotherham scheme overview, "),
    ("004 ", "DES summary, "),
];

/// `text` with every cited document named in plain words and "§" read as
/// "section".
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    'outer: while !rest.is_empty() {
        for (cited, plain) in NAMES {
            // A short code counts only at the start of a word and before "§"
            // or "Appendix" ("000 §2.6"), so years and counts are left alone.
            if let Some(after) = rest.strip_prefix(cited) {
                let short = cited.len() == 4;
                let at_word_start = out
                    .chars()
                    .last()
                    .is_none_or(|c| !c.is_ascii_alphanumeric());
                if !short
                    || (at_word_start
                        && (after.starts_with('\u{a7}') || after.starts_with("Appendix")))
                {
                    out.push_str(plain);
                    rest = after;
                    continue 'outer;
                }
            }
        }
        // A seed's code left in brackets (" (002)") means nothing to a user.
        let b = rest.as_bytes();
        if b.len() >= 6 && b.starts_with(b" (00") && b[4].is_ascii_digit() && b[5] == b')' {
            rest = &rest[6..];
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        match c {
            '\u{a7}' => out.push_str("section "),
            c => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn clauses_read_in_plain_words() {
        assert_eq!(
            plain("LSC 2026/27 (000) §2.6 and §6.1"),
            "LSC specification 2026/27, section 2.6 and section 6.1"
        );
        assert_eq!(
            plain("EHCH framework (002) Appendix 1 (b)(i)"),
            "Enhanced Health in Care Homes framework, Appendix 1 (b)(i)"
        );
        assert_eq!(
            plain("EHCH framework v2 (002), Appendix 1; DES summary (004)"),
            "EHCH framework v2, Appendix 1; DES summary for practices"
        );
        assert_eq!(
            plain("LSC (000) §2.6; Rotherham (003) §5"),
            "LSC specification, section 2.6; Rotherham scheme overview, section 5"
        );
        assert_eq!(
            plain("Rotherham 2019/20 (001) §3.2; Rotherham overview (003) §5"),
            "Rotherham specification 2019/20, section 3.2; Rotherham scheme overview, section 5"
        );
        assert_eq!(
            plain("in step with the re-admission PCSP (000, opening list)"),
            "in step with the re-admission PCSP (000, opening list)"
        );
        assert_eq!(
            plain("the review inside the initial review (000 §2.6) counts"),
            "the review inside the initial review (LSC specification, section 2.6) counts"
        );
        // Numbers that are not document codes stay as they are.
        assert_eq!(
            plain("2000 §1 and 1000 days"),
            "2000 section 1 and 1000 days"
        );
        assert_eq!(plain(""), "");
        assert_eq!(plain("é§é"), "ésection é");
    }
}
