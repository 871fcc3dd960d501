//! File names for downloads, made of what the user typed: lower-case ASCII words, so a
//! name is safe on every system and still readable. Used by `render` (contracts) and
//! `storage` (exported drafts, quarantined values), which do not depend on each other.

/// How many bytes of a name the slug of a client, a mission or a draft keeps.
pub const SLUG_BYTES: usize = 40;

/// Lower-case ASCII words joined by hyphens, accents folded, at most `max` bytes.
pub fn slug(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.chars() {
        let folded = match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' | 'À' | 'Â' | 'Ä' | 'Á' => "a",
            'ç' | 'Ç' => "c",
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
            'î' | 'ï' | 'í' | 'ì' | 'Î' | 'Ï' => "i",
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' | 'Ô' | 'Ö' => "o",
            'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' => "u",
            'ÿ' | 'ý' => "y",
            'ñ' | 'Ñ' => "n",
            'œ' | 'Œ' => "oe",
            'æ' | 'Æ' => "ae",
            'ß' => "ss",
            _ => "",
        };
        let piece: String = if !folded.is_empty() {
            folded.to_string()
        } else if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase().to_string()
        } else {
            String::new()
        };
        if piece.is_empty() {
            dash = !out.is_empty();
            continue;
        }
        if out.len() + piece.len() + 1 > max {
            break;
        }
        if dash {
            out.push('-');
            dash = false;
        }
        out.push_str(&piece);
    }
    out
}

/// The slug of the first of `candidates` that has one (`SLUG_BYTES` at most): the
/// draft's name, else the client's, else the mission's…
pub fn first_slug<'a>(candidates: impl IntoIterator<Item = &'a String>) -> Option<String> {
    candidates.into_iter().map(|s| slug(s, SLUG_BYTES)).find(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lower_case_ascii_words() {
        assert_eq!(slug("  Œuvre & Café <script> / ../../etc ", 40), "oeuvre-cafe-script-etc");
        assert_eq!(slug("Ça coûte 1 200 €", 40), "ca-coute-1-200");
        assert_eq!(slug("日本", 40), "");
        assert!(slug("abc def ghi", 7).len() <= 7);
        assert!(slug(&"x".repeat(500), 60).len() <= 60);
    }

    #[test]
    fn the_first_candidate_with_a_slug_wins() {
        let (empty, japanese, name) = (String::new(), "日本".to_string(), "Atelier Dupont".to_string());
        assert_eq!(first_slug([&empty, &japanese, &name]), Some("atelier-dupont".into()));
        assert_eq!(first_slug([&empty, &japanese]), None);
    }
}
