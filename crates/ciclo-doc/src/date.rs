//! ISO calendar dates, `YYYY-MM-DD`, as the document writes them (a cycle's `date`, a
//! moment's `due`): checked, never converted, so a date is saved exactly as typed.

/// True when `text` is a real day written `YYYY-MM-DD`: four digits of year (0001 to
/// 9999), a month 01 to 12 and a day that month has (29 February only in a leap year).
pub fn is_iso_date(text: &str) -> bool {
    parse(text).is_some()
}

/// The year, month and day of a real day written `YYYY-MM-DD`.
pub fn parse(text: &str) -> Option<(u16, u8, u8)> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u16> {
        let digits = &bytes[range];
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(digits.iter().fold(0, |n, d| n * 10 + u16::from(d - b'0')))
    };
    let year = number(0..4)?;
    let month = u8::try_from(number(5..7)?).ok()?;
    let day = u8::try_from(number(8..10)?).ok()?;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (year >= 1 && (1..=days).contains(&day)).then_some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_days_pass_and_impossible_ones_fail() {
        for ok in [
            "2027-01-31",
            "2024-02-29",
            "2000-02-29",
            "2027-12-31",
            "0001-01-01",
        ] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "2027-13-45",
            "2027-02-30",
            "2027-02-29",
            "1900-02-29",
            "2027-04-31",
            "2027-00-10",
            "2027-01-00",
            "0000-01-01",
            "27-01-01",
            "2027-1-01",
            "2027/01/01",
            "2027-01-01 ",
            "２０２７-01-01",
            "",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
        assert_eq!(parse("2027-03-09"), Some((2027, 3, 9)));
    }
}
