//! Making user text safe where it is shown outside Ciclo: terminals, reports, and markup
//! (SVG, HTML). The document itself keeps every character as the user wrote it. Every
//! SVG and HTML writer escapes through [`markup`]; nothing else escapes XML.

use std::borrow::Cow;
use std::fmt::Write as _;

/// True for characters that a terminal or a report viewer would act on rather than show:
/// C0 and C1 controls (ESC, NUL, BEL...) other than line feed and tab, DEL, and the
/// bidirectional overrides that can make text read differently from what it holds.
pub fn is_hidden_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text for a terminal: every hidden control written as a visible `\u{1b}` escape, so
/// a name such as `\u{1b}]0;pwned\u{7}` cannot retitle the window or ring the bell.
pub fn terminal(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_hidden_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_hidden_control(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text for a report: hidden controls dropped.
pub fn without_controls(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_hidden_control) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|&c| !is_hidden_control(c)).collect())
}

/// True for the characters XML 1.0 can hold (its `Char` production): tab, line feed,
/// carriage return, and everything from U+0020 but U+FFFE and U+FFFF (a Rust `char` is
/// never a surrogate).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= '\u{20}' && !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
}

/// Text for XML and HTML (element content and double-quoted attribute values): `&`, `<`,
/// `>` and `"` written as entities, hidden controls dropped (XML 1.0 cannot hold most of
/// them at all), and so are U+FFFE and U+FFFF, which no XML may hold. Line feeds and tabs
/// stay.
pub fn markup(s: &str) -> Cow<'_, str> {
    let special =
        |c: char| matches!(c, '&' | '<' | '>' | '"') || is_hidden_control(c) || !is_xml_char(c);
    if !s.chars().any(special) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if is_hidden_control(c) || !is_xml_char(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_escapes_what_xml_and_html_would_read() {
        assert_eq!(
            markup("<b>Fish & \"Chips\"</b>"),
            "&lt;b&gt;Fish &amp; &quot;Chips&quot;&lt;/b&gt;"
        );
        assert_eq!(markup("a\u{1b}[31m\u{0}b\u{202e}"), "a[31mb");
        assert_eq!(markup("it's\nÑandú\tЁж"), "it's\nÑandú\tЁж");
        assert!(matches!(markup("plain"), Cow::Borrowed("plain")));
    }

    #[test]
    fn markup_never_gives_a_character_xml_cannot_hold() {
        assert_eq!(markup("a\u{FFFE}b\u{FFFF}c"), "abc");
        let every: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
        let out = markup(&every);
        assert!(out.chars().all(is_xml_char));
        assert!(out.contains('\u{FFFD}') && out.contains('\u{10FFFF}'));
    }

    #[test]
    fn terminal_text_shows_controls_as_escapes() {
        assert_eq!(terminal("\u{1b}]0;pwned\u{7}"), "\\u{1b}]0;pwned\\u{7}");
        assert_eq!(terminal("a\u{0}b"), "a\\u{0}b");
        assert_eq!(
            terminal("Reserva\tmesa\n¡Hola! Ёж"),
            "Reserva\tmesa\n¡Hola! Ёж"
        );
        assert_eq!(terminal("\u{202E}txt.exe"), "\\u{202e}txt.exe");
    }

    #[test]
    fn reports_drop_controls() {
        assert_eq!(without_controls("a\u{1b}[31mb\u{7}"), "a[31mb");
        assert_eq!(without_controls("línea\nnueva"), "línea\nnueva");
    }
}
