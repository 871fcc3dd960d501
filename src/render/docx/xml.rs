//! XML escaping: the one function every DOCX part uses for text that did not come from us.

/// Appends `s` to `out` escaped for XML 1.0 text and attribute values.
///
/// Escapes `& < > " '`, and drops every character XML 1.0 forbids (C0 controls other
/// than tab, newline and carriage return, U+FFFE, U+FFFF) as well as the C1 controls
/// it discourages, so that hostile input can never break the markup.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}' => {}
            _ => out.push(c),
        }
    }
}
