//! How a frame travels: in a link's fragment (the part after `#`, which browsers never
//! send to a server), base64url without padding, or in a `.cadre` file when the link
//! would be too long for an e-mail.

use super::frame::PayloadError;
use base64::alphabet::URL_SAFE;
use base64::engine::general_purpose::{GeneralPurpose, NO_PAD};
use base64::DecodeError;
use base64::Engine;

/// What starts the fragment of a Cadre link: `https://…/#cadre=…`.
pub const FRAGMENT_KEY: &str = "cadre=";

/// The longest link sent as a link; a longer one goes as a `.cadre` file. 2,000 is the
/// conservative length long given for URLs (Internet Explorer's limit was 2,083), past
/// which some mail programs may cut or break a link; every reference mission's
/// proposal fits well under it (README, "Agreement").
pub const LINK_MAX: usize = 2_000;

/// The first bytes of a `.cadre` file, then the frame. The PNG-style `\x89` and
/// `\r\n\x1a\n` show a file mangled by a text-mode transfer.
pub const FILE_MAGIC: &[u8; 10] = b"\x89CADRE\r\n\x1a\n";

const B64: GeneralPurpose = GeneralPurpose::new(&URL_SAFE, NO_PAD);

/// The link to `page` (the app's address; any fragment it has is replaced) carrying
/// `frame`.
pub fn link(page: &str, frame: &[u8]) -> String {
    let page = page.split('#').next().unwrap_or_default();
    format!("{page}#{FRAGMENT_KEY}{}", B64.encode(frame))
}

/// True when `link` is short enough to send as a link rather than as a file.
pub fn fits_in_link(link: &str) -> bool {
    link.len() <= LINK_MAX
}

/// True when a page was opened with a Cadre message in its fragment (with or without
/// its `#`): the page should then show the message rather than the drafts.
pub fn is_message(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with(FRAGMENT_KEY)
}

/// The frame a link carries: a whole link or just its fragment, as pasted (spaces and
/// line breaks a mail client added are ignored).
pub fn frame_of_link(link: &str) -> Result<Vec<u8>, PayloadError> {
    let fragment = link.split_once('#').map_or(link, |(_, f)| f);
    let text: String = fragment.chars().filter(|c| !c.is_whitespace()).collect();
    let encoded = text.strip_prefix(FRAGMENT_KEY).ok_or(PayloadError::NotCadre)?;
    match B64.decode(encoded) {
        Ok(bytes) => Ok(bytes),
        // One character of a group of four: the link was cut.
        Err(DecodeError::InvalidLength(_)) => Err(PayloadError::Truncated),
        // A last group that cannot end a frame: cut there, or a character changed.
        // Without that group the frame tells which: too short, or not.
        Err(DecodeError::InvalidLastSymbol(..)) => {
            let whole = &encoded[..encoded.len() / 4 * 4];
            let bytes = B64.decode(whole).map_err(|_| PayloadError::Changed)?;
            match super::frame::open(&bytes) {
                Err(PayloadError::Truncated) => Err(PayloadError::Truncated),
                _ => Err(PayloadError::Changed),
            }
        }
        Err(_) => Err(PayloadError::Changed),
    }
}

/// A `.cadre` file's bytes.
pub fn file(frame: &[u8]) -> Vec<u8> {
    [FILE_MAGIC.as_slice(), frame].concat()
}

/// The frame a `.cadre` file carries.
pub fn frame_of_file(bytes: &[u8]) -> Result<&[u8], PayloadError> {
    match bytes.strip_prefix(FILE_MAGIC.as_slice()) {
        Some(frame) => Ok(frame),
        None if FILE_MAGIC.starts_with(bytes) => Err(PayloadError::Truncated),
        None => Err(PayloadError::NotCadre),
    }
}
