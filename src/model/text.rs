//! Rules about text that every layer shares: which characters never reach a contract,
//! what an e-mail address and a SIREN look like. One home each, so validation, URL
//! presets, the clauses, the fuzz properties and the hostile tests cannot drift apart.

/// Characters a contract never shows: controls (a line break is the caller's choice),
/// the bidirectional overrides and isolates and the direction marks (which can make a
/// name or an amount read differently than it is), and the byte-order mark.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{feff}')
}

/// User text as a contract shows it: hidden characters removed, line breaks kept.
pub fn clean(s: &str) -> String {
    s.chars().filter(|&c| c == '\n' || !is_hidden(c)).collect()
}

/// One `@`, something before it, a domain with an inner dot, and nothing that breaks
/// out of an address (spaces, quotes, angle brackets, separators, controls).
pub fn is_email(s: &str) -> bool {
    let bad = |c: char| {
        c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\'' | ',' | ';' | '\\' | '(' | ')')
    };
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !s.chars().any(bad)
        }
        None => false,
    }
}

/// The city of a French postal address: the words after its 5-digit postcode, up to a
/// comma or a line break ("8 rue Sainte-Catherine, 33000 Bordeaux" → "Bordeaux";
/// "CEDEX" and its number dropped). `None` when there is no postcode followed by a name.
pub fn city_of(address: &str) -> Option<String> {
    let number = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
    address.rsplit(['\n', ',']).find_map(|part| {
        let mut words = part.split(' ').filter(|w| !w.is_empty());
        words.by_ref().find(|w| w.len() == 5 && number(w))?;
        let city: Vec<&str> = words.take_while(|w| !w.eq_ignore_ascii_case("cedex") && !number(w)).collect();
        (!city.is_empty()).then(|| city.join(" "))
    })
}

/// The digits of a SIREN or SIRET as typed: spaces (also no-break), dots and dashes
/// dropped. Anything else is kept, so a letter makes the number invalid.
pub fn siren_digits(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, ' ' | '.' | '-' | '\u{a0}' | '\u{202f}' | '\t')).collect()
}

/// A SIREN (9 digits) or SIRET (14 digits) whose SIREN part passes the Luhn check
/// every SIREN satisfies.
pub fn is_siren(s: &str) -> bool {
    let d = siren_digits(s);
    d.chars().all(|c| c.is_ascii_digit()) && matches!(d.len(), 9 | 14) && luhn(&d[..9])
}

fn luhn(digits: &str) -> bool {
    let mut sum = 0;
    for (i, c) in digits.chars().rev().enumerate() {
        let mut d = c.to_digit(10).unwrap_or(0);
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rule_each() {
        assert!(is_siren("812 345 676") && is_siren("812.345.676") && is_siren("812 345 676 00012"));
        assert!(!is_siren("812 345 677") && !is_siren("1234") && !is_siren("81234567a"));
        assert!(is_email("marc@atelier-dupont.fr"));
        for bad in ["marc@", "@x.fr", "marc@fr", "a b@x.fr", "a@x.fr>", "a@b@x.fr", "a@.fr", "a@x."] {
            assert!(!is_email(bad), "{bad}");
        }
        assert_eq!(clean("A\u{202e}B\u{feff}C\nD\u{7}"), "ABC\nD");
    }

    #[test]
    fn the_city_of_an_address_follows_its_postcode() {
        assert_eq!(city_of("8 rue Sainte-Catherine, 33000 Bordeaux").as_deref(), Some("Bordeaux"));
        assert_eq!(city_of("12 rue des Lilas\n69003 Lyon\nFrance").as_deref(), Some("Lyon"));
        assert_eq!(city_of("BP 12, 75002 Paris Cedex 02, France").as_deref(), Some("Paris"));
        assert_eq!(
            city_of("4 place Bellecour, 69002 Saint-Didier au Mont d’Or").as_deref(),
            Some("Saint-Didier au Mont d’Or")
        );
        assert_eq!(city_of("10 Downing Street, London"), None);
        assert_eq!(city_of("75002"), None);
        assert_eq!(city_of(""), None);
    }
}
