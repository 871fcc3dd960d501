//! Money as integer cents and percentages as hundredths of a percent: never floats.

use crate::model::Lang;

/// An amount in euro cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Money(pub i64);

/// A percentage in hundredths of a percent: 30 % is `Percent(3000)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Percent(pub i64);

/// Why a typed number could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
    Negative,
    TooManyDecimals,
    TooLarge,
}

/// Parses a decimal typed by a French or English speaker into an integer scaled by
/// 10^`decimals`: "1 200,50", "1,200.50", "1200.5", "1 200 €", "30 %".
fn parse_scaled(input: &str, decimals: u32) -> Result<i64, NumberError> {
    let s: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '€' | '%' | '\u{202f}' | '\u{a0}' | '\''))
        .collect();
    if s.is_empty() {
        return Err(NumberError::Empty);
    }
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    // Both marks present: the last one is the decimal mark. One mark only: it groups
    // thousands when it repeats or is followed by exactly three digits, else it is decimal.
    let (int_part, frac_part) = match s.rfind(['.', ',']) {
        None => (s, ""),
        Some(i) => {
            let mark = s.as_bytes()[i] as char;
            let both = s.contains('.') && s.contains(',');
            let after = &s[i + 1..];
            // "0,500" or ",500" is half a unit, not 500: a group mark follows a non-zero
            // leading digit.
            let leading = s[..i].starts_with(|c: char| c.is_ascii_digit() && c != '0');
            if !both && (s.matches(mark).count() > 1 || (after.len() == 3 && leading)) {
                (s, "")
            } else {
                (&s[..i], after)
            }
        }
    };
    let int_digits: String = int_part.chars().filter(|c| *c != '.' && *c != ',').collect();
    if int_digits.is_empty() && frac_part.is_empty() {
        return Err(NumberError::NotANumber);
    }
    if !int_digits.chars().all(|c| c.is_ascii_digit()) || !frac_part.chars().all(|c| c.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    if frac_part.len() as u32 > decimals {
        return Err(NumberError::TooManyDecimals);
    }
    if int_digits.len() > 12 {
        return Err(NumberError::TooLarge);
    }
    let int: i64 = if int_digits.is_empty() { 0 } else { int_digits.parse().map_err(|_| NumberError::TooLarge)? };
    let mut frac: i64 =
        if frac_part.is_empty() { 0 } else { frac_part.parse().map_err(|_| NumberError::NotANumber)? };
    for _ in frac_part.len() as u32..decimals {
        frac *= 10;
    }
    let value = int * 10_i64.pow(decimals) + frac;
    if neg && value != 0 {
        return Err(NumberError::Negative);
    }
    Ok(value)
}

/// The currency as people write it around an amount: "€", "EUR", "euro", "euros",
/// in any case, before or after the number ("1800 euros", "EUR 1 800", "€450").
fn strip_currency(input: &str) -> &str {
    const WORDS: [&str; 4] = ["euros", "euro", "eur", "€"];
    let mut s = input.trim();
    for w in WORDS {
        let n = w.len();
        if s.len() >= n && s.is_char_boundary(s.len() - n) && s[s.len() - n..].eq_ignore_ascii_case(w) {
            s = s[..s.len() - n].trim_end();
            break;
        }
    }
    for w in WORDS {
        let n = w.len();
        if s.len() >= n && s.is_char_boundary(n) && s[..n].eq_ignore_ascii_case(w) {
            s = s[n..].trim_start();
            break;
        }
    }
    s
}

impl Money {
    /// An amount as typed, with or without its currency ("1 800 euros", "€1,800.50").
    pub fn parse(input: &str) -> Result<Money, NumberError> {
        parse_scaled(strip_currency(input), 2).map(Money)
    }

    pub fn euros(self) -> i64 {
        self.0 / 100
    }

    pub fn cents(self) -> i64 {
        self.0 % 100
    }

    /// `self × percent`, rounded to the nearest cent. Computed in i128: a total near
    /// the largest amount (a unit rate × a cap saturates there) times a percentage
    /// overflowed i64 (a panic in debug builds, a wrong amount in release ones).
    pub fn percent(self, p: Percent) -> Money {
        let cents = (i128::from(self.0) * i128::from(p.0) + 5000) / 10000;
        Money(i64::try_from(cents).unwrap_or(if cents < 0 { i64::MIN } else { i64::MAX }))
    }

    /// "1 200,00 €" (French, narrow no-break spaces) or "€1,200.00" (English).
    pub fn format(self, lang: Lang) -> String {
        let euros = group(self.euros(), lang);
        match lang {
            Lang::Fr => format!("{},{:02}\u{a0}€", euros, self.cents()),
            Lang::En => format!("€{}.{:02}", euros, self.cents()),
        }
    }
}

impl Percent {
    pub fn parse(input: &str) -> Result<Percent, NumberError> {
        parse_scaled(input, 2).map(Percent)
    }

    pub const fn whole(p: i64) -> Percent {
        Percent(p * 100)
    }

    /// "30 %" / "12,5 %" (French) or "30%" / "12.5%" (English).
    pub fn format(self, lang: Lang) -> String {
        let int = self.0 / 100;
        let frac = self.0 % 100;
        let num = if frac == 0 {
            int.to_string()
        } else {
            let f = if frac % 10 == 0 { format!("{}", frac / 10) } else { format!("{:02}", frac) };
            match lang {
                Lang::Fr => format!("{},{}", int, f),
                Lang::En => format!("{}.{}", int, f),
            }
        };
        match lang {
            Lang::Fr => format!("{}\u{a0}%", num),
            Lang::En => format!("{}%", num),
        }
    }
}

/// Groups thousands: "1 200 000" (French, U+202F) or "1,200,000" (English).
pub fn group(n: i64, lang: Lang) -> String {
    let digits = n.abs().to_string();
    let sep = match lang {
        Lang::Fr => '\u{202f}',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{}", out)
    } else {
        out
    }
}

/// Parses a whole number such as a count of days ("30", " 8 ").
pub fn parse_count(input: &str) -> Result<u32, NumberError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(NumberError::Empty);
    }
    if s.starts_with('-') {
        return Err(NumberError::Negative);
    }
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    if s.len() > 6 {
        return Err(NumberError::TooLarge);
    }
    s.parse().map_err(|_| NumberError::TooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_amounts_as_typed_in_both_languages() {
        let cases: &[(&str, Result<i64, NumberError>)] = &[
            ("1200", Ok(120000)),
            ("1 200", Ok(120000)),
            ("1\u{202f}200,50", Ok(120050)),
            ("1 200,5", Ok(120050)),
            ("1,200.50", Ok(120050)),
            ("1.200,50", Ok(120050)),
            ("1200.5", Ok(120050)),
            ("450 €", Ok(45000)),
            ("0,99", Ok(99)),
            ("1,000,000", Ok(100000000)),
            ("", Err(NumberError::Empty)),
            ("   ", Err(NumberError::Empty)),
            ("abc", Err(NumberError::NotANumber)),
            ("12a", Err(NumberError::NotANumber)),
            ("-5", Err(NumberError::Negative)),
            ("1,234", Ok(123400)),
            ("1.234", Ok(123400)),
            ("10,555", Ok(1055500)),
            ("12,3456", Err(NumberError::TooManyDecimals)),
            ("9999999999999", Err(NumberError::TooLarge)),
            // Hostile input (tests/hostile.rs): no thousands after a leading zero.
            ("0,500", Err(NumberError::TooManyDecimals)),
            (",500", Err(NumberError::TooManyDecimals)),
            ("0,50", Ok(50)),
        ];
        for (input, want) in cases {
            assert_eq!(Money::parse(input).map(|m| m.0), *want, "input {:?}", input);
        }
    }

    #[test]
    fn amounts_are_read_with_their_currency_before_or_after() {
        for input in [
            "1800 euros",
            "1800 euro",
            "1800 EUR",
            "1800 €",
            "1800€",
            "1 800 Euros",
            "€1800",
            "€ 1800",
            "EUR 1800",
            "eur1800",
            "1800,00 euros",
            "1.800 EUR",
            "Euros 1 800",
        ] {
            assert_eq!(Money::parse(input), Ok(Money(180_000)), "input {input:?}");
        }
        assert_eq!(Money::parse("euros"), Err(NumberError::Empty));
        assert_eq!(Money::parse("1800 dollars"), Err(NumberError::NotANumber));
        assert_eq!(Money::parse("1800 euros euros"), Err(NumberError::NotANumber));
        assert_eq!(Money::parse("-5 euros"), Err(NumberError::Negative));
    }

    #[test]
    fn formats_money_per_language() {
        assert_eq!(Money(120050).format(Lang::Fr), "1\u{202f}200,50\u{a0}€");
        assert_eq!(Money(120050).format(Lang::En), "€1,200.50");
        assert_eq!(Money(5).format(Lang::Fr), "0,05\u{a0}€");
        assert_eq!(Money(100_000_000).format(Lang::En), "€1,000,000.00");
    }

    #[test]
    fn percent_of_money_rounds_to_the_cent() {
        assert_eq!(Money(100000).percent(Percent::whole(30)), Money(30000));
        assert_eq!(Money(333).percent(Percent::whole(50)), Money(167));
        // The largest total (a saturated unit rate × cap) does not overflow.
        assert_eq!(Money(i64::MAX).percent(Percent::whole(100)), Money(i64::MAX));
        assert_eq!(Money(i64::MAX).percent(Percent::whole(30)).0, (i128::from(i64::MAX) * 3 / 10) as i64);
        assert_eq!(Percent::parse("12,5").unwrap().format(Lang::Fr), "12,5\u{a0}%");
        assert_eq!(Percent::parse("12.25").unwrap().format(Lang::En), "12.25%");
    }

    #[test]
    fn counts_are_whole_numbers() {
        assert_eq!(parse_count(" 30 "), Ok(30));
        assert_eq!(parse_count("3.5"), Err(NumberError::NotANumber));
        assert_eq!(parse_count("-1"), Err(NumberError::Negative));
    }
}
