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

/// The French scale nouns above a thousand (long scale: a "billion" is 10¹², a
/// "trillion" 10¹⁸), largest first. Every u64 is below 10²¹, so the quotient by each
/// scale is below 1000 and `fr_below_1000` covers it.
const FR_SCALES: [(u64, &str); 5] = [
    (1_000_000_000_000_000_000, "trillion"),
    (1_000_000_000_000_000, "billiard"),
    (1_000_000_000_000, "billion"),
    (1_000_000_000, "milliard"),
    (1_000_000, "million"),
];

/// A whole number in French words, for every u64 ("dix-huit trillions…" at the top).
pub fn french(n: u64) -> String {
    if n == 0 {
        return "zéro".into();
    }
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, noun) in FR_SCALES {
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

/// True when French words end with a scale noun ("deux millions"), which takes "d’"
/// before the unit: "deux millions d’euros".
fn fr_ends_with_scale(words: &str) -> bool {
    let last = words.rsplit(' ').next().unwrap_or(words);
    let last = last.strip_suffix('s').unwrap_or(last);
    FR_SCALES.iter().any(|&(_, noun)| noun == last)
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

/// The English scale nouns (short scale), largest first. Every u64 is below 10²¹, so
/// the quotient by each scale is below 1000 and `en_below_1000` covers it.
const EN_SCALES: [(u64, &str); 6] = [
    (1_000_000_000_000_000_000, "quintillion"),
    (1_000_000_000_000_000, "quadrillion"),
    (1_000_000_000_000, "trillion"),
    (1_000_000_000, "billion"),
    (1_000_000, "million"),
    (1_000, "thousand"),
];

/// A whole number in (British) English words, for every u64.
pub fn english(n: u64) -> String {
    if n == 0 {
        return "zero".into();
    }
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, noun) in EN_SCALES {
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
            let unit = if euros > 1 && fr_ends_with_scale(&words) {
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
    // proptest is a native dev-dependency: the property runs natively only.
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;

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
        assert_eq!(money(Money(i64::MAX), Lang::Fr).split(' ').nth(1), Some("billiards"));
        assert!(money(Money(200_000_000_000_000), Lang::Fr).starts_with("deux billions d’euros"));
    }

    #[test]
    fn the_scales_above_a_billion() {
        assert_eq!(french(1_700_000_000_000), "un billion sept cents milliards");
        assert_eq!(french(2_000_000_000_000_000), "deux billiards");
        assert_eq!(french(1_000_000_000_000_000_000), "un trillion");
        assert_eq!(french(80_000_000_000_000), "quatre-vingts billions");
        assert_eq!(
            french(u64::MAX),
            "dix-huit trillions quatre cent quarante-six billiards sept cent quarante-quatre billions \
soixante-treize milliards sept cent neuf millions cinq cent cinquante et un mille six cent quinze"
        );
        assert_eq!(english(1_700_000_000_000), "one trillion seven hundred billion");
        assert_eq!(english(3_000_000_000_000_000_000), "three quintillion");
        assert_eq!(
            english(u64::MAX),
            "eighteen quintillion four hundred and forty-six quadrillion seven hundred and forty-four trillion \
seventy-three billion seven hundred and nine million five hundred and fifty-one thousand six hundred and fifteen"
        );
    }

    /// Reads French words back into a number, checking the agreement rules on the way:
    /// a scale noun is plural exactly when more than one, "cents" and "vingts" end the
    /// number or come before a scale noun, "mille" is never "un mille" nor plural.
    fn read_french(words: &str) -> u64 {
        let tokens: Vec<&str> = words.split([' ', '-']).collect();
        let (mut total, mut group) = (0u64, 0u64);
        for (i, &t) in tokens.iter().enumerate() {
            let next = tokens.get(i + 1).copied();
            let ends_or_scale = next.is_none_or(|n| FR_SCALES.iter().any(|&(_, s)| n.trim_end_matches('s') == s));
            let unit =
                FR_UNITS.iter().position(|&u| u == t).or_else(|| FR_TENS.iter().position(|&u| u == t).map(|p| p * 10));
            match t {
                "et" => {}
                "vingts" | "vingt" if i > 0 && tokens[i - 1] == "quatre" => {
                    assert_eq!(t == "vingts", ends_or_scale, "{words}: “{t}” before {next:?}");
                    group += 80 - 4;
                }
                _ if unit.is_some() => group += unit.unwrap_or(0) as u64,
                "cent" | "cents" => {
                    assert_eq!(t == "cents", group > 1 && ends_or_scale, "{words}: “{t}” before {next:?}");
                    group = group.max(1) * 100;
                }
                "mille" => {
                    assert!(group != 1, "{words}: “un mille”");
                    total += group.max(1) * 1000;
                    group = 0;
                }
                _ => {
                    let noun = t.strip_suffix('s').unwrap_or(t);
                    let &(scale, _) = FR_SCALES
                        .iter()
                        .find(|&&(_, s)| s == noun)
                        .unwrap_or_else(|| panic!("{words}: unknown word {t}"));
                    assert_eq!(t.ends_with('s'), group > 1, "{words}: agreement of {t}");
                    total += group * scale;
                    group = 0;
                }
            }
        }
        total + group
    }

    /// Reads English words back into a number.
    fn read_english(words: &str) -> u64 {
        let (mut total, mut group) = (0u64, 0u64);
        for t in words.split([' ', '-']) {
            if t == "and" {
                continue;
            }
            if let Some(u) = EN_UNITS.iter().position(|&u| u == t) {
                group += u as u64;
            } else if let Some(p) = EN_TENS.iter().position(|&u| u == t && !u.is_empty()) {
                group += p as u64 * 10;
            } else if t == "hundred" {
                group *= 100;
            } else {
                let &(scale, _) =
                    EN_SCALES.iter().find(|&&(_, s)| s == t).unwrap_or_else(|| panic!("{words}: unknown word {t}"));
                total += group * scale;
                group = 0;
            }
        }
        total + group
    }

    /// Words that read back to `n`, one space between words, nothing else around.
    fn check(n: u64) {
        for (words, back) in [(french(n), read_french as fn(&str) -> u64), (english(n), read_english)] {
            assert!(!words.is_empty() && words.trim() == words && !words.contains("  "), "{n}: {words:?}");
            assert_eq!(back(&words), n, "{n}: {words}");
        }
    }

    #[test]
    fn every_number_up_to_twenty_thousand_reads_back() {
        (0..=20_000).for_each(check);
    }

    #[test]
    fn the_edges_of_every_scale_read_back() {
        let mut p = 1u64;
        loop {
            for k in 1..=19u64 {
                if let Some(base) = p.checked_mul(k) {
                    for n in [base - 1, base, base + 1, base.saturating_add(p / 2)] {
                        check(n);
                    }
                }
            }
            match p.checked_mul(10) {
                Some(next) => p = next,
                None => break,
            }
        }
        for n in [1_699_999_999_999, 1_700_000_000_000, u64::MAX - 1, u64::MAX] {
            check(n);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        #![proptest_config(ProptestConfig { cases: 2048, failure_persistence: None, ..ProptestConfig::default() })]

        /// Any u64, uniform or of any magnitude: no panic, and the words read back.
        #[test]
        fn any_u64_reads_back(n in prop_oneof![
            any::<u64>(),
            (0u32..64).prop_flat_map(|shift| 0..=(u64::MAX >> shift)),
        ]) {
            check(n);
        }
    }
}
