//! Characters to glyphs of the embedded faces. Each (face, character) pair a document
//! uses gets its own CID, in order of first use, so the PDF's ToUnicode map gives
//! back exactly the character typed even where two characters share a glyph (a
//! no-break space and a space). A character no face has is shown as "?" and recorded.

use super::fonts::{FaceData, Faces, Font};

/// One glyph as laid out: its CID in the face's font and its advance width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyph {
    pub cid: u16,
    /// Advance width in 1/1000 em.
    pub units: u16,
    /// A U+0020 space: the one glyph justification stretches.
    pub space: bool,
}

/// What a CID of one face stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Used {
    /// The character the CID gives back (ToUnicode).
    pub c: char,
    /// The glyph drawn, in the full font file.
    pub gid: u16,
    pub units: u16,
}

/// How a character is treated before looking for a glyph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Not text (control or invisible format character): dropped.
    Dropped,
    /// A Unicode space other than U+0020: never breaks a line; drawn with the face's
    /// own glyph, or the space's.
    NoBreakSpace,
    /// A hyphen or minus the face may lack: drawn as "-" then.
    Hyphen,
    Other,
}

fn class(c: char) -> Class {
    match c as u32 {
        0x00..=0x1F | 0x7F..=0x9F | 0xAD => Class::Dropped,
        0x200B..=0x200F | 0x2060 | 0xFE00..=0xFE0F | 0xFEFF => Class::Dropped,
        0xA0 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => Class::NoBreakSpace,
        0x2010 | 0x2011 | 0x2212 => Class::Hyphen,
        _ => Class::Other,
    }
}

/// What a face does with a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    Dropped,
    Glyph(u16),
    /// Shown as "?".
    Missing,
}

pub fn resolve(face: &FaceData, c: char) -> Resolved {
    let gid = match class(c) {
        Class::Dropped => return Resolved::Dropped,
        Class::NoBreakSpace => face.glyph(c).or_else(|| face.glyph(' ')),
        Class::Hyphen => face.glyph(c).or_else(|| face.glyph('-')),
        Class::Other => face.glyph(c),
    };
    gid.map_or(Resolved::Missing, Resolved::Glyph)
}

/// Characters below this have their CIDs in a table; others in a sorted list.
const SMALL: usize = 0x800;

/// Turns characters into glyphs, numbering the CIDs of each face and recording the
/// characters that had to be replaced by "?".
pub struct Shaper<'f, 'a> {
    faces: &'f Faces<'a>,
    /// Per face, what CID n + 1 stands for.
    used: [Vec<Used>; 3],
    /// CID of (face, character) for characters below `SMALL`; 0 = not seen yet.
    small: Vec<u16>,
    /// CID of (face, character) for the others, sorted.
    large: Vec<((usize, char), u16)>,
    /// Characters shown as "?", in order of first appearance.
    missing: Vec<char>,
    /// The same, sorted, for a quick "seen already?".
    sorted: Vec<char>,
}

impl<'f, 'a> Shaper<'f, 'a> {
    pub fn new(faces: &'f Faces<'a>) -> Self {
        Shaper {
            faces,
            used: [Vec::new(), Vec::new(), Vec::new()],
            small: vec![0; 3 * SMALL],
            large: Vec::new(),
            missing: Vec::new(),
            sorted: Vec::new(),
        }
    }

    /// The glyph showing `c` in `font`; `None` when `c` is dropped.
    pub fn glyph(&mut self, font: Font, c: char) -> Option<Glyph> {
        let f = font.index();
        let cid = if (c as usize) < SMALL {
            self.small[f * SMALL + c as usize]
        } else {
            self.large.binary_search_by_key(&(f, c), |e| e.0).map_or(0, |i| self.large[i].1)
        };
        if cid == 0 {
            return self.first_use(font, c);
        }
        let used = self.used[f][usize::from(cid - 1)];
        Some(Glyph { cid, units: used.units, space: c == ' ' })
    }

    fn first_use(&mut self, font: Font, c: char) -> Option<Glyph> {
        let face = self.faces.get(font);
        let gid = match resolve(face, c) {
            Resolved::Dropped => return None,
            Resolved::Glyph(gid) => Some(gid),
            Resolved::Missing => None,
        };
        let Some(gid) = gid else {
            if let Err(at) = self.sorted.binary_search(&c) {
                self.sorted.insert(at, c);
                self.missing.push(c);
            }
            return if c == '?' { None } else { self.glyph(font, '?') };
        };
        let f = font.index();
        let units = face.advance(gid).clamp(0, i64::from(u16::MAX)) as u16;
        let Ok(cid) = u16::try_from(self.used[f].len() + 1) else {
            return if c == '?' { None } else { self.glyph(font, '?') };
        };
        self.used[f].push(Used { c, gid, units });
        if (c as usize) < SMALL {
            self.small[f * SMALL + c as usize] = cid;
        } else if let Err(at) = self.large.binary_search_by_key(&(f, c), |e| e.0) {
            self.large.insert(at, ((f, c), cid));
        }
        Some(Glyph { cid, units, space: c == ' ' })
    }

    /// The glyphs of `s` (newlines and other dropped characters left out).
    pub fn glyphs(&mut self, font: Font, s: &str) -> Vec<Glyph> {
        s.chars().filter_map(|c| self.glyph(font, c)).collect()
    }

    /// What each CID of each face stands for, and the characters shown as "?".
    pub fn finish(self) -> ([Vec<Used>; 3], Vec<char>) {
        (self.used, self.missing)
    }
}

/// Width of `glyphs` in 1/1000 em.
pub fn units_of(glyphs: &[Glyph]) -> i64 {
    glyphs.iter().map(|g| i64::from(g.units)).sum()
}

#[cfg(test)]
mod tests {
    use super::super::fonts::FontFiles;
    use super::*;

    #[test]
    fn every_character_keeps_its_own_cid() {
        let files = FontFiles::bundled();
        let faces = Faces::parse(&files).expect("fonts");
        let mut s = Shaper::new(&faces);
        let g = s.glyphs(Font::Regular, "a\u{a0}b\u{202f};a a");
        assert_eq!(g.iter().map(|g| g.cid).collect::<Vec<_>>(), [1, 2, 3, 4, 5, 1, 6, 1]);
        assert!(g[6].space && !g[1].space);
        assert_eq!(g[1].units, 278);
        assert_eq!(s.glyph(Font::Bold, 'a').map(|g| g.cid), Some(1));
        let (used, missing) = s.finish();
        assert_eq!(used[0][1].c, '\u{a0}');
        assert_eq!(used[0][3].c, '\u{202f}');
        assert!(missing.is_empty());
    }

    #[test]
    fn missing_characters_are_reported_once_in_order() {
        let files = FontFiles::bundled();
        let faces = Faces::parse(&files).expect("fonts");
        let mut s = Shaper::new(&faces);
        let g = s.glyphs(Font::Regular, "xŁ😀字😀\u{7}Ωy");
        assert_eq!(g.len(), 7);
        assert_eq!(g[2].cid, g[3].cid, "both shown as ?");
        let (used, missing) = s.finish();
        assert_eq!(missing, ['😀', '字']);
        assert_eq!(used[0].iter().map(|u| u.c).collect::<String>(), "xŁ?Ωy");
    }
}
