//! ISO dates as answers hold them ("YYYY-MM-DD", what `<input type="date">` gives):
//! read by validation, written by the writers' metadata and file names.

use chrono::{Datelike, NaiveDate};

/// Reads an ISO date "YYYY-MM-DD" (what `<input type="date">` gives). Written by hand:
/// chrono's strftime parser costs about 20 KB of wasm.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

/// Writes "YYYY-MM-DD".
pub fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}
