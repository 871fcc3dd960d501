//! The three standard-14 fonts the PDF uses, with their AFM widths (generated at
//! build time by `build.rs`, indexed by WinAnsi code).

mod afm {
    include!(concat!(env!("OUT_DIR"), "/afm_widths.rs"));
}

/// A font of the document; every one is a standard-14 Helvetica in WinAnsiEncoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
    Oblique,
}

impl Font {
    /// Every font, in resource order.
    pub const ALL: [Font; 3] = [Font::Regular, Font::Bold, Font::Oblique];

    /// The name of the font in the page resources.
    pub fn resource(self) -> &'static [u8] {
        match self {
            Font::Regular => b"F1",
            Font::Bold => b"F2",
            Font::Oblique => b"F3",
        }
    }

    /// The PostScript name of the standard-14 font.
    pub fn base_font(self) -> &'static [u8] {
        match self {
            Font::Regular => b"Helvetica",
            Font::Bold => b"Helvetica-Bold",
            Font::Oblique => b"Helvetica-Oblique",
        }
    }

    fn widths(self) -> &'static [u16; 256] {
        match self {
            Font::Regular => &afm::HELVETICA,
            Font::Bold => &afm::HELVETICA_BOLD,
            Font::Oblique => &afm::HELVETICA_OBLIQUE,
        }
    }

    /// Advance width of one WinAnsi code, in 1/1000 em.
    pub fn units(self, code: u8) -> i64 {
        i64::from(self.widths()[usize::from(code)])
    }

    /// Advance width of WinAnsi bytes, in 1/1000 em.
    pub fn units_of(self, bytes: &[u8]) -> i64 {
        bytes.iter().map(|&b| self.units(b)).sum()
    }

    /// Width of WinAnsi bytes at `size` (both in thousandths of a point).
    pub fn width(self, bytes: &[u8], size: i32) -> i32 {
        to_mp(self.units_of(bytes), size)
    }
}

/// Converts 1/1000-em units at `size` (thousandths of a point) to thousandths of a
/// point, saturating rather than overflowing.
pub fn to_mp(units: i64, size: i32) -> i32 {
    let v = units * i64::from(size) / 1000;
    v.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_afm() {
        assert_eq!(Font::Regular.units(b' '), 278);
        assert_eq!(Font::Regular.units(0xA0), 278);
        assert_eq!(Font::Regular.units(b'a'), 556);
        assert_eq!(Font::Bold.units(b'a'), 556);
        assert_eq!(Font::Bold.units(b'i'), 278);
        assert_eq!(Font::Regular.units(0x80), 556);
        assert_eq!(Font::Regular.units(0x9C), 944);
        assert_eq!(Font::Regular.units(0x85), 1000);
        assert_eq!(Font::Regular.width(b"aa", 10_000), 11_120);
    }
}
