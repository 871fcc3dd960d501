//! Dates, durations and counts written the way each language writes them.

use crate::model::Lang;
use chrono::{Datelike, NaiveDate};

const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "1er décembre 2026", "27 novembre 2026" / "1 December 2026".
pub fn date(d: NaiveDate, lang: Lang) -> String {
    let m = d.month0() as usize;
    match lang {
        Lang::Fr => {
            let day = if d.day() == 1 { "1er".to_string() } else { d.day().to_string() };
            format!("{}\u{a0}{} {}", day, FR_MONTHS[m], d.year())
        }
        Lang::En => format!("{}\u{a0}{} {}", d.day(), EN_MONTHS[m], d.year()),
    }
}

// ISO dates are read and written by the model (answers hold them as typed): the
// document only formats them for people.
pub use crate::model::date::{iso, parse_iso};

/// "30 jours" / "1 jour" / "30 days": a count with its noun, agreed in number.
pub fn count(n: u32, singular: &str, plural: &str) -> String {
    format!("{}\u{a0}{}", n, if n > 1 { plural } else { singular })
}

/// "12 jours" / "12 days".
pub fn days(n: u32, lang: Lang) -> String {
    match lang {
        Lang::Fr => count(n, "jour", "jours"),
        Lang::En => count(n, "day", "days"),
    }
}

/// A notice period as the contract and its explanation say it: "un préavis de 15
/// jours" / "15 days' notice".
pub fn notice(n: u32, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Fr, _) => format!("un préavis de {}", days(n, lang)),
        (Lang::En, 1) => "1\u{a0}day's notice".to_string(),
        (Lang::En, _) => format!("{}\u{a0}days' notice", n),
    }
}

/// A session's length: "45 minutes", "1 heure", "1 h 30" / "1 h 30 min".
pub fn duration(minutes: u32, lang: Lang) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (lang, h, m) {
        (Lang::Fr, 0, m) => count(m, "minute", "minutes"),
        (Lang::Fr, h, 0) => count(h, "heure", "heures"),
        (Lang::Fr, h, m) => format!("{}\u{a0}h\u{a0}{:02}", h, m),
        (Lang::En, 0, m) => count(m, "minute", "minutes"),
        (Lang::En, h, 0) => count(h, "hour", "hours"),
        (Lang::En, h, m) => format!("{}\u{a0}h\u{a0}{:02}\u{a0}min", h, m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_per_language() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(date(d, Lang::Fr), "1er\u{a0}décembre 2026");
        assert_eq!(date(d, Lang::En), "1\u{a0}December 2026");
        let d = NaiveDate::from_ymd_opt(2026, 8, 27).unwrap();
        assert_eq!(date(d, Lang::Fr), "27\u{a0}août 2026");
    }

    #[test]
    fn iso_dates_round_trip_and_refuse_junk() {
        let d = NaiveDate::from_ymd_opt(2027, 2, 5).unwrap();
        assert_eq!(iso(d), "2027-02-05");
        assert_eq!(parse_iso("2027-02-05"), Some(d));
        for bad in ["2027-02-30", "2027-2-5", "27-02-2027", "2027-02-05x", "+027-02-05", "", "２０２７-02-05"] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn counts_agree() {
        assert_eq!(count(1, "jour", "jours"), "1\u{a0}jour");
        assert_eq!(count(0, "jour", "jours"), "0\u{a0}jour");
        assert_eq!(count(30, "jour", "jours"), "30\u{a0}jours");
    }
}
