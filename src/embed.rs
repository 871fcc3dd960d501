//! Presets from the page's URL (`?embed=1&lang=en&accent=1f5f8b&name=…`) and the
//! iframe snippet that carries them to a blog.
//!
//! Pure: `parse` takes the query string (`location.search`), `snippet` writes the HTML
//! a site owner pastes. A parameter that is unknown, malformed, too long or repeated is
//! ignored, never an error: a blog's typo must not break the app for its readers.

use crate::model::field::Choice;
use crate::model::{Answers, Field, Lang, ProviderStatus};

/// Query bytes read at most; pairs past this are ignored (a URL is not a data channel).
pub const MAX_QUERY_BYTES: usize = 4096;
/// Pairs read at most.
pub const MAX_PAIRS: usize = 32;
/// Longest name, in characters.
pub const MAX_NAME: usize = 120;
/// Longest address, in characters.
pub const MAX_ADDRESS: usize = 300;
/// Longest e-mail address (RFC 5321's path limit).
pub const MAX_EMAIL: usize = 254;
/// Iframe heights the snippet accepts, in CSS pixels.
pub const HEIGHTS: std::ops::RangeInclusive<u32> = 400..=3000;
/// The snippet's height when none is chosen.
pub const DEFAULT_HEIGHT: u32 = 900;
/// What the snippet allows the frame: scripts, its own storage (drafts), downloads,
/// and the "open the full page" link (a new tab outside the sandbox).
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-downloads allow-popups allow-popups-to-escape-sandbox";

/// Everything a URL can preset. `None` leaves the app's own default.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Presets {
    /// Compact chrome for an iframe (`embed=1`).
    pub embed: bool,
    /// Interface language (`lang=fr|en`); otherwise the browser's.
    pub ui_lang: Option<Lang>,
    /// Language of the contract (`contract=fr|en`).
    pub contract_lang: Option<Lang>,
    /// Accent colour (`accent=1f5f8b`).
    pub accent: Option<Rgb>,
    pub provider: ProviderPresets,
}

/// The provider's defaults: a freelancer's own site can pre-fill "You".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProviderPresets {
    pub name: Option<String>,
    /// Digits only (9 for a SIREN, 14 for a SIRET).
    pub siren: Option<String>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub vat: Option<Vat>,
    pub status: Option<ProviderStatus>,
}

/// VAT position (`vat=franchise|liable`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vat {
    /// Franchise en base (art. 293 B du CGI): no VAT charged.
    Franchise,
    Liable,
}

impl Vat {
    pub fn key(self) -> &'static str {
        match self {
            Vat::Franchise => "franchise",
            Vat::Liable => "liable",
        }
    }
}

/// A parameter that was read and refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The key as decoded (cut to 40 characters).
    pub key: String,
    pub reason: Reason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Not a value this key accepts.
    Invalid,
    /// Longer than the key allows.
    TooLong,
    /// The key came earlier: the first one counts (as `URLSearchParams.get`).
    Repeated,
    /// Past `MAX_PAIRS` or `MAX_QUERY_BYTES`.
    OverLimit,
    /// A bad `%` escape or bytes that are not UTF-8.
    BadEncoding,
}

/// What `parse` found: the presets, and what it refused (for a console warning).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub presets: Presets,
    pub ignored: Vec<Ignored>,
}

/// The keys `parse` knows, in the order `Presets::query` writes them.
pub const KEYS: [&str; 10] =
    ["embed", "lang", "contract", "accent", "name", "siren", "address", "email", "vat", "status"];

/// Reads presets from a query string, with or without its leading `?` (a trailing
/// `#fragment` is dropped). Unknown keys (`utm_source`, `fbclid`…) are skipped silently.
pub fn parse(query: &str) -> Parsed {
    let query = query.split('#').next().unwrap_or("");
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut out = Parsed::default();
    let mut seen: Vec<&'static str> = Vec::new();
    let mut bytes = 0;
    for (n, pair) in query.split('&').filter(|p| !p.is_empty()).enumerate() {
        bytes += pair.len() + 1;
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = decode(raw_key) else { continue };
        let Some(&known) = KEYS.iter().find(|k| key.eq_ignore_ascii_case(k)) else { continue };
        let mut refuse = |reason| out.ignored.push(Ignored { key: known.to_string(), reason });
        if n >= MAX_PAIRS || bytes > MAX_QUERY_BYTES {
            refuse(Reason::OverLimit);
            continue;
        }
        if seen.contains(&known) {
            refuse(Reason::Repeated);
            continue;
        }
        seen.push(known);
        let Some(value) = decode(raw_value) else {
            refuse(Reason::BadEncoding);
            continue;
        };
        if let Err(reason) = out.presets.set_param(known, &value) {
            refuse(reason);
        }
    }
    out
}

impl Presets {
    /// Sets one key of `KEYS` from its decoded value, as `parse` does (the embed
    /// panel validates what its owner types with it).
    pub fn set_param(&mut self, key: &str, value: &str) -> Result<(), Reason> {
        let p = &mut self.provider;
        match key {
            "embed" => self.embed = flag(value)?,
            "lang" => self.ui_lang = Some(lang(value)?),
            "contract" => self.contract_lang = Some(lang(value)?),
            "accent" => self.accent = Some(Rgb::parse(value).ok_or(Reason::Invalid)?),
            "name" => p.name = Some(text(value, MAX_NAME, false)?),
            "siren" => p.siren = Some(siren(value)?),
            "address" => p.address = Some(text(value, MAX_ADDRESS, true)?),
            "email" => p.email = Some(email(value)?),
            "vat" => {
                p.vat = Some(match value.trim().to_ascii_lowercase().as_str() {
                    "franchise" => Vat::Franchise,
                    "liable" => Vat::Liable,
                    _ => return Err(Reason::Invalid),
                })
            }
            "status" => {
                p.status = Some(ProviderStatus::from_key(&value.trim().to_ascii_lowercase()).ok_or(Reason::Invalid)?)
            }
            _ => return Err(Reason::Invalid),
        }
        Ok(())
    }

    /// The answers the presets set, as the interview's field/value pairs.
    pub fn fields(&self) -> Vec<(Field, String)> {
        let p = &self.provider;
        let mut out = Vec::new();
        if let Some(l) = self.contract_lang {
            out.push((Field::ContractLang, l.code().to_string()));
        }
        let texts = [
            (Field::ProviderName, &p.name),
            (Field::ProviderSiren, &p.siren),
            (Field::ProviderAddress, &p.address),
            (Field::ProviderEmail, &p.email),
        ];
        out.extend(texts.into_iter().filter_map(|(f, v)| v.clone().map(|v| (f, v))));
        if let Some(s) = p.status {
            out.push((Field::ProviderStatus, s.key().to_string()));
        }
        if let Some(v) = p.vat {
            out.push((Field::ProviderVatFranchise, (v == Vat::Franchise).to_string()));
        }
        out
    }

    /// Writes the presets into a new draft's answers.
    pub fn apply(&self, answers: &mut Answers) {
        for (field, value) in self.fields() {
            field.set(answers, &value);
        }
    }

    /// Presets are defaults, never a user's work: a new draft takes them all, an
    /// existing one only in the texts it leaves empty (name, SIREN, address, e-mail).
    pub fn fill(&self, answers: &mut Answers) {
        let fresh = *answers == Answers::default();
        for (field, value) in self.fields() {
            let text = matches!(
                field,
                Field::ProviderName | Field::ProviderSiren | Field::ProviderAddress | Field::ProviderEmail
            );
            if fresh || (text && field.get(answers).trim().is_empty()) {
                field.set(answers, &value);
            }
        }
    }

    /// True when the presets set no answer (only chrome: embed, language, colour).
    pub fn sets_no_answer(&self) -> bool {
        self.fields().is_empty()
    }

    /// The query string (without `?`) that `parse` reads back as these presets.
    pub fn query(&self) -> String {
        let p = &self.provider;
        let pairs: [(&str, Option<String>); 10] = [
            ("embed", self.embed.then(|| "1".to_string())),
            ("lang", self.ui_lang.map(|l| l.code().to_string())),
            ("contract", self.contract_lang.map(|l| l.code().to_string())),
            ("accent", self.accent.map(Rgb::hex)),
            ("name", p.name.clone()),
            ("siren", p.siren.clone()),
            ("address", p.address.clone()),
            ("email", p.email.clone()),
            ("vat", p.vat.map(|v| v.key().to_string())),
            ("status", p.status.map(|s| s.key().to_string())),
        ];
        pairs.into_iter().filter_map(|(k, v)| v.map(|v| format!("{k}={}", encode(&v)))).collect::<Vec<_>>().join("&")
    }
}

fn flag(v: &str) -> Result<bool, Reason> {
    match v.trim().to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(Reason::Invalid),
    }
}

/// `fr`, `EN`, `fr-CA`, `en_GB`: the primary subtag decides.
fn lang(v: &str) -> Result<Lang, Reason> {
    let primary = v.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    Lang::from_key(&primary).ok_or(Reason::Invalid)
}

/// Characters a preset text never carries: controls (but a newline in an address)
/// and the bidirectional overrides that make a name read differently than it is.
fn forbidden(c: char, multiline: bool) -> bool {
    crate::model::text::is_hidden(c) && !(multiline && c == '\n')
}

fn text(v: &str, max: usize, multiline: bool) -> Result<String, Reason> {
    let v = v.replace("\r\n", "\n");
    let v = v.trim();
    if v.is_empty() || v.chars().any(|c| forbidden(c, multiline)) {
        return Err(Reason::Invalid);
    }
    if v.chars().count() > max {
        return Err(Reason::TooLong);
    }
    Ok(v.to_string())
}

/// 9 digits (SIREN) or 14 (SIRET); spaces, dots and dashes are dropped.
fn siren(v: &str) -> Result<String, Reason> {
    if v.len() > 40 {
        return Err(Reason::TooLong);
    }
    // The form's own rule: a preset never fills a number the form would refuse.
    if crate::model::text::is_siren(v) {
        Ok(crate::model::text::siren_digits(v))
    } else {
        Err(Reason::Invalid)
    }
}

/// One `@`, something on each side, a dot in the domain, nothing that breaks out of
/// an address (spaces, quotes, angle brackets, controls).
fn email(v: &str) -> Result<String, Reason> {
    let v = v.trim();
    if v.len() > MAX_EMAIL {
        return Err(Reason::TooLong);
    }
    if crate::model::text::is_email(v) {
        Ok(v.to_string())
    } else {
        Err(Reason::Invalid)
    }
}

/// Percent-decoding as in `application/x-www-form-urlencoded` (`+` is a space).
/// `None` for a bad escape or bytes that are not UTF-8.
pub fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
    pub const BLACK: Rgb = Rgb(0, 0, 0);

    /// `1f5f8b`, `#1f5f8b`, `1F5F8B` or the short `15a`.
    pub fn parse(s: &str) -> Option<Rgb> {
        let s = s.trim();
        let s = s.strip_prefix('#').unwrap_or(s);
        if !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let long = match s.len() {
            6 => s.to_string(),
            3 => s.chars().flat_map(|c| [c, c]).collect(),
            _ => return None,
        };
        let byte = |i: usize| u8::from_str_radix(&long[i..i + 2], 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    /// `1f5f8b` (lower case, no `#`), as in the URL.
    pub fn hex(self) -> String {
        format!("{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// `#1f5f8b`, for CSS.
    pub fn css(self) -> String {
        format!("#{}", self.hex())
    }

    /// WCAG 2 relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG 2 contrast ratio, from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// `self` moved toward `to` by `t` (0 to 1).
    pub fn mix(self, to: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t).round() as u8;
        Rgb(m(self.0, to.0), m(self.1, to.1), m(self.2, to.2))
    }
}

/// Minimum contrast for text (WCAG AA, normal size).
pub const AA: f64 = 4.5;

/// The accent colours the stylesheet uses (`--accent`, `--accent-text`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Readable as text on the page (links, secondary buttons).
    pub accent: Rgb,
    /// Text on an accent background (primary buttons).
    pub accent_text: Rgb,
}

/// The page backgrounds the accent is read on (styles/app.css: `--bg`, `--panel`).
const LIGHT_BG: Rgb = Rgb(0xf6, 0xf5, 0xf2);
const DARK_PANEL: Rgb = Rgb(0x1f, 0x22, 0x28);
const DARK_TEXT: Rgb = Rgb(0x0d, 0x11, 0x17);

/// A site's accent made readable: darkened on the light theme, lightened on the dark
/// one, until text in it reaches 4.5:1; then white or dark text on it, whichever reads.
pub fn palette(accent: Rgb, dark: bool) -> Palette {
    let (bg, toward) = if dark { (DARK_PANEL, Rgb::WHITE) } else { (LIGHT_BG, Rgb::BLACK) };
    let accent = (0..=20).map(|i| accent.mix(toward, i as f64 / 20.0)).find(|c| c.contrast(bg) >= AA).unwrap_or(toward);
    let accent_text = if accent.contrast(Rgb::WHITE) >= accent.contrast(DARK_TEXT) { Rgb::WHITE } else { DARK_TEXT };
    Palette { accent, accent_text }
}

/// The app's address without query or fragment: where the snippet points.
pub fn base_url(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    &href[..end]
}

/// The address of the same page outside the iframe: `embed` dropped, every other
/// parameter (language, presets) kept, the fragment dropped.
pub fn full_page_url(href: &str) -> String {
    let no_fragment = href.split('#').next().unwrap_or("");
    let (base, query) = no_fragment.split_once('?').unwrap_or((no_fragment, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split('=').next().unwrap_or("");
            !decode(key).is_some_and(|k| k.eq_ignore_ascii_case("embed"))
        })
        .collect();
    if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

/// The address an iframe loads: `base` plus the presets, `embed=1` always.
pub fn embed_url(base: &str, presets: &Presets) -> String {
    let presets = Presets { embed: true, ..presets.clone() };
    format!("{}?{}", base_url(base), presets.query())
}

/// Escapes text for an HTML attribute value in double quotes.
pub fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The HTML a site owner pastes: a sandboxed, lazy iframe with no referrer, and a
/// plain link under it for readers whose browser or blog strips iframes.
pub fn snippet(base: &str, presets: &Presets, height: u32, lang: Lang) -> String {
    let t = text::get(lang);
    let url = embed_url(base, presets);
    let full = full_page_url(&url);
    let height = height.clamp(*HEIGHTS.start(), *HEIGHTS.end());
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" style=\"width:100%;height:{height}px;border:0\" loading=\"lazy\" referrerpolicy=\"no-referrer\" sandbox=\"{SANDBOX}\" allow=\"clipboard-write\"></iframe>\n<p><a href=\"{href}\" target=\"_blank\" rel=\"noopener\">{link}</a></p>\n",
        src = attr(&url),
        title = attr(t.frame_title),
        href = attr(&full),
        link = attr(t.open_full_page),
    )
}

/// Interface strings of the embed mode: in `i18n::embed`, with every other sentence.
pub use crate::i18n::embed as text;
