//! Numbers and amounts in words, as a contract states them beside the figures.
//!
//! French follows the traditional spelling: "vingt et un", "quatre-vingts",
//! "quatre-vingt-un", "deux cents" but "deux cent mille", "mille" invariable,
//! "deux millions d'euros". Written here rather than with a crate: the `num2words`
//! crate adds about 20 KB of wasm for a big-float library we don't need.

use crate::model::{Lang, Money};

const FR_UNITS: [&str; 17] = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
    "quatorze", "quinze", "seize",
];
const FR_TENS: [&str; 7] = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"];

/// 0..=99 in French; `plural_80` puts the "s" on a final "quatre-vingts".
fn fr_below_100(n: u64, plural_80: bool) -> String {
    match n {
        0..=16 => FR_UNITS[n as usize].to_string(),
        17..=19 => format!("dix-{}", FR_UNITS[(n - 10) as usize]),
        20..=69 => {
            let (t, u) = (n / 10, n % 10);
            match u {
                0 => FR_TENS[t as usize].to_string(),
                1 => format!("{} et un", FR_TENS[t as usize]),
                _ => format!("{}-{}", FR_TENS[t as usize], FR_UNITS[u as usize]),
            }
        }
        70..=79 => match n {
            71 => "soixante et onze".to_string(),
            _ => format!("soixante-{}", fr_below_100(n - 60, false)),
        },
        80 => if plural_80 { "quatre-vingts" } else { "quatre-vingt" }.to_string(),
        _ => format!("quatre-vingt-{}", fr_below_100(n - 80, false)),
    }
}

/// 0..=999 in French. `final_position` is true when nothing (or a noun such as
/// "millions") follows, so "cents" and "quatre-vingts" take their "s".
fn fr_below_1000(n: u64, final_position: bool) -> String {
    let (h, rest) = (n / 100, n % 100);
    let mut out = String::new();
    if h > 0 {
        if h > 1 {
            out.push_str(FR_UNITS[h as usize]);
            out.push(' ');
        }
        out.push_str("cent");
        if h > 1 && rest == 0 && final_position {
            out.push('s');
        }
    }
    if rest > 0 || h == 0 {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&fr_below_100(rest, final_position));
    }
    out
}

/// A whole number in French words.
pub fn french(n: u64) -> String {
    if n == 0 {
        return "zéro".into();
    }
    let scales = [(1_000_000_000u64, "milliard"), (1_000_000, "million")];
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, noun) in scales {
        let q = rest / scale;
        if q > 0 {
            let plural = if q > 1 { "s" } else { "" };
            parts.push(format!("{} {}{}", fr_below_1000(q, true), noun, plural));
            rest %= scale;
        }
    }
    let thousands = rest / 1000;
    if thousands > 0 {
        if thousands == 1 {
            parts.push("mille".into());
        } else {
            parts.push(format!("{} mille", fr_below_1000(thousands, false)));
        }
        rest %= 1000;
    }
    if rest > 0 {
        parts.push(fr_below_1000(rest, true));
    }
    parts.join(" ")
}

const EN_UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const EN_TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

fn en_below_100(n: u64) -> String {
    if n < 20 {
        EN_UNITS[n as usize].to_string()
    } else if n.is_multiple_of(10) {
        EN_TENS[(n / 10) as usize].to_string()
    } else {
        format!("{}-{}", EN_TENS[(n / 10) as usize], EN_UNITS[(n % 10) as usize])
    }
}

fn en_below_1000(n: u64) -> String {
    let (h, rest) = (n / 100, n % 100);
    match (h, rest) {
        (0, r) => en_below_100(r),
        (h, 0) => format!("{} hundred", EN_UNITS[h as usize]),
        (h, r) => format!("{} hundred and {}", EN_UNITS[h as usize], en_below_100(r)),
    }
}

/// A whole number in (British) English words.
pub fn english(n: u64) -> String {
    if n == 0 {
        return "zero".into();
    }
    let scales = [(1_000_000_000u64, "billion"), (1_000_000, "million"), (1_000, "thousand")];
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, noun) in scales {
        let q = rest / scale;
        if q > 0 {
            parts.push(format!("{} {}", en_below_1000(q), noun));
            rest %= scale;
        }
    }
    if rest > 0 {
        if !parts.is_empty() && rest < 100 {
            parts.push(format!("and {}", en_below_100(rest)));
        } else {
            parts.push(en_below_1000(rest));
        }
    }
    parts.join(" ")
}

/// An amount in words: "mille deux cents euros et cinquante centimes",
/// "one thousand two hundred euros and fifty cents".
pub fn money(m: Money, lang: Lang) -> String {
    let euros = m.euros().unsigned_abs();
    let cents = m.cents().unsigned_abs();
    match lang {
        Lang::Fr => {
            let words = french(euros);
            // "un million d'euros", but "un million deux cents euros".
            let unit = if euros > 1
                && (words.ends_with("million")
                    || words.ends_with("millions")
                    || words.ends_with("milliard")
                    || words.ends_with("milliards"))
            {
                " d’euros"
            } else if euros > 1 {
                " euros"
            } else {
                " euro"
            };
            let mut out = format!("{}{}", words, unit);
            if cents > 0 {
                out.push_str(&format!(" et {} centime{}", french(cents), if cents > 1 { "s" } else { "" }));
            }
            out
        }
        Lang::En => {
            let mut out = format!("{} euro{}", english(euros), if euros == 1 { "" } else { "s" });
            if cents > 0 {
                out.push_str(&format!(" and {} cent{}", english(cents), if cents == 1 { "" } else { "s" }));
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_follows_the_traditional_rules() {
        let cases = [
            (0, "zéro"),
            (1, "un"),
            (16, "seize"),
            (17, "dix-sept"),
            (21, "vingt et un"),
            (22, "vingt-deux"),
            (61, "soixante et un"),
            (70, "soixante-dix"),
            (71, "soixante et onze"),
            (77, "soixante-dix-sept"),
            (80, "quatre-vingts"),
            (81, "quatre-vingt-un"),
            (90, "quatre-vingt-dix"),
            (91, "quatre-vingt-onze"),
            (99, "quatre-vingt-dix-neuf"),
            (100, "cent"),
            (101, "cent un"),
            (200, "deux cents"),
            (201, "deux cent un"),
            (280, "deux cent quatre-vingts"),
            (1000, "mille"),
            (1001, "mille un"),
            (1200, "mille deux cents"),
            (2000, "deux mille"),
            (21000, "vingt et un mille"),
            (80000, "quatre-vingt mille"),
            (200000, "deux cent mille"),
            (1_000_000, "un million"),
            (2_000_000, "deux millions"),
            (200_000_000, "deux cents millions"),
            (80_000_000, "quatre-vingts millions"),
            (1_234_567, "un million deux cent trente-quatre mille cinq cent soixante-sept"),
            (3_000_000_000, "trois milliards"),
        ];
        for (n, want) in cases {
            assert_eq!(french(n), want, "{}", n);
        }
    }

    #[test]
    fn english_words() {
        let cases = [
            (0, "zero"),
            (21, "twenty-one"),
            (100, "one hundred"),
            (250, "two hundred and fifty"),
            (1050, "one thousand and fifty"),
            (1200, "one thousand two hundred"),
            (2_000_001, "two million and one"),
        ];
        for (n, want) in cases {
            assert_eq!(english(n), want, "{}", n);
        }
    }

    #[test]
    fn amounts_in_words() {
        assert_eq!(money(Money(120050), Lang::Fr), "mille deux cents euros et cinquante centimes");
        assert_eq!(money(Money(100), Lang::Fr), "un euro");
        assert_eq!(money(Money(101), Lang::Fr), "un euro et un centime");
        assert_eq!(money(Money(200_000_000), Lang::Fr), "deux millions d’euros");
        assert_eq!(money(Money(8_000_000), Lang::Fr), "quatre-vingt mille euros");
        assert_eq!(money(Money(120050), Lang::En), "one thousand two hundred euros and fifty cents");
        assert_eq!(money(Money(100), Lang::En), "one euro");
    }
}
