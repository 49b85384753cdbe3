//! Text that people see: input with control, invisible or bidirectional characters is refused
//! (it could pass for someone else's email or name), and echoed input has its controls escaped.

use std::borrow::Cow;

/// Characters that change how text reads without being seen: C0/C1 controls, zero-width and
/// direction marks, bidi embeddings, overrides and isolates, the byte-order mark, and other
/// format characters that render as nothing (soft hyphen, word joiner, invisible operators).
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}'            // soft hyphen
            | '\u{034F}'          // combining grapheme joiner
            | '\u{061C}'          // Arabic letter mark
            | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' // Hangul fillers
            | '\u{180E}'          // Mongolian vowel separator
            | '\u{200B}'..='\u{200F}' // zero-width space/joiners, LRM, RLM
            | '\u{2028}'..='\u{202E}' // line/paragraph separators, bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{206A}'..='\u{206F}' // deprecated format characters
            | '\u{FE00}'..='\u{FE0F}' // variation selectors
            | '\u{FEFF}'          // byte-order mark / zero-width no-break space
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotations
            | '\u{E0000}'..='\u{E007F}' // tags
        )
}

/// Refuse `s` when it holds a hidden character; the message names `what` and where.
pub fn check_visible(s: &str, what: &str) -> Result<(), String> {
    match s.chars().position(is_hidden) {
        None => Ok(()),
        Some(i) => {
            let c = s.chars().nth(i).unwrap_or_default();
            Err(format!(
                "{what} '{}' contains an invisible or control character (U+{:04X} at position {}); type it again without it",
                escape(s),
                c as u32,
                i + 1
            ))
        }
    }
}

/// The longest names roster keeps, in characters.
pub const WORKSPACE_NAME_MAX: usize = 200;
pub const ACCOUNT_NAME_MAX: usize = 100;
pub const HANDLE_MAX: usize = 64;

/// A display name (workspace, account) or a handle: trimmed, not empty, at most `max`
/// characters, without control, invisible or bidi characters. `what` names it in messages
/// ("a workspace name").
pub fn parse_display(raw: &str, what: &str, max: usize) -> Result<String, String> {
    let name = raw.trim_matches([' ', '\t', '\n', '\r']);
    if name.is_empty() {
        return Err(format!("{what} must not be empty"));
    }
    check_visible(name, what)?;
    let n = name.chars().count();
    if n > max {
        return Err(format!(
            "{what} must be at most {max} characters (this one has {n})"
        ));
    }
    Ok(name.to_string())
}

/// Input echoed back to a terminal or a log: hidden characters become `\u{…}` (tab, newline
/// and carriage return their usual escapes), so what is shown is what was typed.
/// Nothing to escape, told quickly: the common case of a table's cells.
fn printable_ascii(s: &str) -> bool {
    s.bytes().all(|b| (0x20..0x7f).contains(&b))
}

pub fn escape(s: &str) -> Cow<'_, str> {
    if printable_ascii(s) || !s.chars().any(is_hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if is_hidden(c) => out.push_str(&format!("\\u{{{:04x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Bytes that should have been text (an argument that is not UTF-8), shown as `escape` shows
/// text, each byte that is not UTF-8 as `\xNN`.
pub fn escape_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        out.push_str(&escape(chunk.valid()));
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// Multi-line text (a post, a note) keeps its newlines and tabs; every other hidden character
/// is escaped.
pub fn escape_keep_lines(s: &str) -> Cow<'_, str> {
    if printable_ascii(s) || !s.chars().any(|c| is_hidden(c) && c != '\n' && c != '\t') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            c if is_hidden(c) => out.push_str(&format!("\\u{{{:04x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_issue_s_characters_are_hidden() {
        for c in [
            '\u{0}', '\u{7}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9f}', '\u{200B}', '\u{200C}',
            '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}',
            '\u{FEFF}',
        ] {
            assert!(is_hidden(c), "U+{:04X}", c as u32);
        }
        for c in ['a', 'é', 'ß', '中', ' ', '-', '@', '😀'] {
            assert!(!is_hidden(c), "{c}");
        }
    }

    #[test]
    fn escape_shows_what_was_typed() {
        assert_eq!(escape("plain"), "plain");
        assert_eq!(escape("a\u{202E}b\n"), "a\\u{202e}b\\n");
        assert_eq!(escape_keep_lines("a\nb\u{1b}[2J"), "a\nb\\u{001b}[2J");
    }
}
