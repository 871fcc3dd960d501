//! A simple electronic signature (eIDAS art. 25; C. civ. 1366–1367): a typed full
//! name and capacity, perhaps a drawn signature, bound to the contract's fingerprint.
//! Any change of the terms changes the fingerprint and voids it.

use super::fingerprint::Fingerprint;
use serde::{Deserialize, Serialize};

/// Who signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Party {
    Provider,
    Client,
}

/// The longest name or capacity, in characters.
pub const MAX_TEXT: usize = 200;

/// One party's signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    pub party: Party,
    /// The signer's full name, typed.
    pub name: String,
    /// In what capacity they sign ("Gérante", "Entrepreneur individuel"…); may be empty.
    pub capacity: String,
    /// When, by the signer's device clock (ISO 8601, UTC): the signature page says so.
    pub signed_at: String,
    /// The fingerprint of the contract signed.
    pub fingerprint: Fingerprint,
    pub drawing: Option<Drawing>,
}

/// Why a signature cannot be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureError {
    /// No name typed.
    NoName,
    /// A name or capacity longer than `MAX_TEXT`.
    TooLong,
    /// A drawing outside its grid or over its caps (only in a forged message).
    Drawing,
}

/// Whether a signature still holds for the contract as it is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Valid,
    /// The terms changed after it was given: it signs another text.
    Voided,
}

impl Signature {
    /// A signature of the contract whose fingerprint is `fingerprint`, now.
    pub fn new(
        party: Party,
        name: &str,
        capacity: &str,
        signed_at: &str,
        fingerprint: Fingerprint,
        drawing: Option<Drawing>,
    ) -> Result<Signature, SignatureError> {
        let clean = |s: &str| super::canonical::normal(&crate::model::text::clean(s));
        let s = Signature {
            party,
            name: clean(name),
            capacity: clean(capacity),
            signed_at: signed_at.to_string(),
            fingerprint,
            drawing,
        };
        s.check()?;
        Ok(s)
    }

    /// The checks `new` makes, also run on every signature a message brings.
    pub fn check(&self) -> Result<(), SignatureError> {
        if self.name.trim().is_empty() {
            return Err(SignatureError::NoName);
        }
        let long = |s: &str| s.chars().count() > MAX_TEXT;
        if long(&self.name) || long(&self.capacity) || self.signed_at.len() > 40 {
            return Err(SignatureError::TooLong);
        }
        match &self.drawing {
            Some(d) if !d.is_valid() => Err(SignatureError::Drawing),
            _ => Ok(()),
        }
    }

    /// Whether it signs the contract whose fingerprint is `current`.
    pub fn status(&self, current: &Fingerprint) -> Status {
        if &self.fingerprint == current {
            Status::Valid
        } else {
            Status::Voided
        }
    }
}

/// Width of a drawing's grid: x runs from 0 to `GRID_W - 1`.
pub const GRID_W: u16 = 256;
/// Height of a drawing's grid: y runs from 0 to `GRID_H - 1`.
pub const GRID_H: u16 = 96;
/// The most points a drawing keeps; a longer one is thinned.
pub const MAX_POINTS: usize = 1_000;
/// The most strokes a drawing keeps; later ones are dropped.
pub const MAX_STROKES: usize = 64;

/// A drawn signature as a small vector path: strokes of points on a 256 × 96 grid.
/// Never a bitmap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "Steps", try_from = "Steps")]
pub struct Drawing {
    pub strokes: Vec<Vec<(u8, u8)>>,
}

/// A drawing as a message carries it: each point as its step from the one before
/// (from 0, 0 for a stroke's first), small numbers that postcard writes in one byte
/// each and deflate finds repeated: a third of the length of the points themselves.
#[derive(Serialize, Deserialize)]
struct Steps(Vec<Vec<(i16, i16)>>);

impl From<Drawing> for Steps {
    fn from(d: Drawing) -> Steps {
        let steps = d.strokes.iter().map(|s| {
            let mut at = (0i16, 0i16);
            let step = |&(x, y): &(u8, u8)| {
                let (x, y) = (i16::from(x), i16::from(y));
                let step = (x - at.0, y - at.1);
                at = (x, y);
                step
            };
            s.iter().map(step).collect()
        });
        Steps(steps.collect())
    }
}

impl TryFrom<Steps> for Drawing {
    type Error = &'static str;

    fn try_from(steps: Steps) -> Result<Drawing, &'static str> {
        let stroke = |s: Vec<(i16, i16)>| {
            let mut at = (0i16, 0i16);
            s.into_iter()
                .map(|(dx, dy)| {
                    at = (at.0.checked_add(dx).ok_or("step")?, at.1.checked_add(dy).ok_or("step")?);
                    Ok((u8::try_from(at.0).map_err(|_| "x")?, u8::try_from(at.1).map_err(|_| "y")?))
                })
                .collect::<Result<Vec<_>, &'static str>>()
        };
        Ok(Drawing { strokes: steps.0.into_iter().map(stroke).collect::<Result<_, _>>()? })
    }
}

impl Drawing {
    /// A drawing from the pointer's strokes, in a box of `width` × `height` (CSS
    /// pixels, origin top left). Points outside the box are clamped to it; repeated
    /// points dropped; past `MAX_POINTS` every stroke is thinned evenly, keeping its
    /// ends. None when nothing is left to show.
    pub fn from_strokes(strokes: &[Vec<(f64, f64)>], width: f64, height: f64) -> Option<Drawing> {
        let scale = |v: f64, size: f64, cells: u16| {
            let max = f64::from(cells - 1);
            let v = if size > 0.0 && v.is_finite() { v / size * max } else { 0.0 };
            v.round().clamp(0.0, max) as u8
        };
        let mut out: Vec<Vec<(u8, u8)>> = strokes
            .iter()
            .take(MAX_STROKES)
            .map(|s| {
                let mut points: Vec<(u8, u8)> =
                    s.iter().map(|&(x, y)| (scale(x, width, GRID_W), scale(y, height, GRID_H))).collect();
                points.dedup();
                points
            })
            .filter(|s| !s.is_empty())
            .collect();
        let total: usize = out.iter().map(Vec::len).sum();
        if total > MAX_POINTS {
            // Each stroke keeps at most len / step + 2 points: under MAX_POINTS / 2 in
            // all, plus two for each of at most MAX_STROKES strokes.
            let step = total.div_ceil(MAX_POINTS / 2);
            for s in &mut out {
                let last = *s.last().expect("no empty stroke");
                let mut thin: Vec<(u8, u8)> = s.iter().step_by(step).copied().collect();
                if thin.last() != Some(&last) {
                    thin.push(last);
                }
                *s = thin;
            }
        }
        (!out.is_empty()).then_some(Drawing { strokes: out })
    }

    /// True when the drawing keeps to its grid and caps.
    pub fn is_valid(&self) -> bool {
        let points: usize = self.strokes.iter().map(Vec::len).sum();
        self.strokes.len() <= MAX_STROKES
            && points <= MAX_POINTS
            && self.strokes.iter().all(|s| !s.is_empty() && s.iter().all(|&(_, y)| u16::from(y) < GRID_H))
    }

    /// An SVG path (`M x y L x y …`) in the grid's units, for an SVG `viewBox` of
    /// `0 0 255 95`; a one-point stroke is a dot.
    pub fn svg_path(&self) -> String {
        let mut out = String::new();
        for s in &self.strokes {
            for (i, (x, y)) in s.iter().enumerate() {
                let op = if i == 0 { 'M' } else { 'L' };
                out.push_str(&format!("{op}{x} {y}"));
            }
            if s.len() == 1 {
                out.push_str("h0");
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_read_back_to_the_points_and_never_leave_the_grid() {
        let d = Drawing { strokes: vec![vec![(3, 4), (255, 0), (0, 95)], vec![(7, 7)]] };
        let steps = Steps::from(d.clone());
        assert_eq!(steps.0, vec![vec![(3, 4), (252, -4), (-255, 95)], vec![(7, 7)]]);
        assert_eq!(Drawing::try_from(steps), Ok(d));
        assert!(Drawing::try_from(Steps(vec![vec![(200, 0), (100, 0)]])).is_err());
        assert!(Drawing::try_from(Steps(vec![vec![(-1, 0)]])).is_err());
        assert!(Drawing::try_from(Steps(vec![vec![(i16::MAX, 0), (1, 0)]])).is_err());
    }
}
