//! Unicode to WinAnsi (cp1252) bytes for the standard-14 fonts, with visible "?"
//! substitution and a record of every character that could not be shown.

/// The WinAnsi code of the no-break space.
pub const NBSP: u8 = 0xA0;

/// What a character becomes in the PDF text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoded {
    /// A WinAnsi byte.
    Byte(u8),
    /// Not text (control or invisible format character): dropped.
    Dropped,
    /// Outside WinAnsi: shown as "?" and reported.
    Missing,
}

/// Maps one character to WinAnsi.
///
/// The Unicode spaces other than U+0020 (U+00A0, U+2000–U+200A, U+202F, …) all become
/// the no-break space 0xA0, so that only U+0020 ever breaks a line. Tabs become plain
/// spaces; other control characters and invisible format characters (soft hyphen,
/// zero-width space and joiners, variation selectors, BOM) are dropped.
pub fn encode(c: char) -> Encoded {
    let code = c as u32;
    let byte = match code {
        0x09 => 0x20,
        0x20..=0x7E => code as u8,
        0xAD => return Encoded::Dropped,
        0xA0..=0xFF => code as u8,
        0x00..=0x1F | 0x7F..=0x9F => return Encoded::Dropped,
        0x200B..=0x200F | 0x2060 | 0xFE00..=0xFE0F | 0xFEFF => return Encoded::Dropped,
        0x2000..=0x200A | 0x202F | 0x205F => NBSP,
        0x2010 | 0x2011 | 0x2212 => b'-',
        0x20AC => 0x80,
        0x201A => 0x82,
        0x0192 => 0x83,
        0x201E => 0x84,
        0x2026 => 0x85,
        0x2020 => 0x86,
        0x2021 => 0x87,
        0x02C6 => 0x88,
        0x2030 => 0x89,
        0x0160 => 0x8A,
        0x2039 => 0x8B,
        0x0152 => 0x8C,
        0x017D => 0x8E,
        0x2018 => 0x91,
        0x2019 => 0x92,
        0x201C => 0x93,
        0x201D => 0x94,
        0x2022 => 0x95,
        0x2013 => 0x96,
        0x2014 => 0x97,
        0x02DC => 0x98,
        0x2122 => 0x99,
        0x0161 => 0x9A,
        0x203A => 0x9B,
        0x0153 => 0x9C,
        0x017E => 0x9E,
        0x0178 => 0x9F,
        _ => return Encoded::Missing,
    };
    Encoded::Byte(byte)
}

/// Collects the characters that had to be replaced by "?", deduplicated, in order of
/// first appearance.
#[derive(Debug, Default)]
pub struct Substitutions {
    chars: Vec<char>,
    /// The same characters, sorted, for a quick "seen already?".
    sorted: Vec<char>,
}

impl Substitutions {
    /// Encodes one character, recording it if it is outside WinAnsi. `None` means the
    /// character is dropped.
    pub fn byte(&mut self, c: char) -> Option<u8> {
        match encode(c) {
            Encoded::Byte(b) => Some(b),
            Encoded::Dropped => None,
            Encoded::Missing => {
                if let Err(at) = self.sorted.binary_search(&c) {
                    self.sorted.insert(at, c);
                    self.chars.push(c);
                }
                Some(b'?')
            }
        }
    }

    /// Encodes a whole string (newlines are dropped like other control characters).
    pub fn bytes(&mut self, s: &str) -> Vec<u8> {
        s.chars().filter_map(|c| self.byte(c)).collect()
    }

    /// The substituted characters, in order of first appearance.
    pub fn into_chars(self) -> Vec<char> {
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_typographic_characters() {
        let mut s = Substitutions::default();
        assert_eq!(
            s.bytes("é€œŒ’‘“”–—…«»"),
            [0xE9, 0x80, 0x9C, 0x8C, 0x92, 0x91, 0x93, 0x94, 0x96, 0x97, 0x85, 0xAB, 0xBB]
        );
        assert_eq!(s.bytes("a\u{a0}b\u{202f};"), [b'a', 0xA0, b'b', 0xA0, b';']);
        assert!(s.into_chars().is_empty());
    }

    #[test]
    fn missing_characters_are_reported_once_in_order() {
        let mut s = Substitutions::default();
        assert_eq!(s.bytes("x😀字😀\u{7}y"), b"x???y");
        assert_eq!(s.into_chars(), ['😀', '字']);
    }
}
