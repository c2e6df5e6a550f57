//! Who is in the room: the Yjs awareness state every participant publishes,
//! `{ user: { name, color: "#rrggbb" }, selection: "<id>" | null, dragging: bool }`.

use serde::{Deserialize, Serialize};

/// A participant's name and colour.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    /// The name they typed.
    pub name: String,
    /// Their colour, `#rrggbb`.
    pub color: String,
}

/// One participant's awareness state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    /// Who they are.
    pub user: User,
    /// The id of the moment they selected, as a decimal string.
    #[serde(default)]
    pub selection: Option<String>,
    /// True while they drag it.
    #[serde(default)]
    pub dragging: bool,
}

impl Presence {
    /// A participant with this name, its colour derived from it, nothing selected.
    pub fn named(name: &str) -> Self {
        Presence {
            user: User {
                name: name.to_owned(),
                color: color_for(name),
            },
            selection: None,
            dragging: false,
        }
    }

    /// Up to two initials of the name, upper case.
    pub fn initials(&self) -> String {
        let words: Vec<&str> = self.user.name.split_whitespace().collect();
        let letters: String = match words.as_slice() {
            [] => "?".to_owned(),
            [one] => one.chars().take(2).collect(),
            [first, .., last] => first.chars().take(1).chain(last.chars().take(1)).collect(),
        };
        letters.to_uppercase()
    }
}

/// A colour derived from a name: the same name always gets the same, readable colour
/// (a hue from the name's hash at fixed saturation and lightness).
pub fn color_for(name: &str) -> String {
    // FNV-1a: stable across builds and machines.
    let hash = name
        .trim()
        .to_lowercase()
        .bytes()
        .fold(0x811c_9dc5u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        });
    let hue = f64::from(hash % 360);
    let (r, g, b) = hsl(hue, 0.65, 0.45);
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn hsl(hue: f64, s: f64, l: f64) -> (u8, u8, u8) {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let h = hue / 60.0;
    let x = c * (1.0 - (h % 2.0 - 1.0).abs());
    let (r, g, b) = match h as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let m = l - c / 2.0;
    let channel = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    (channel(r), channel(g), channel(b))
}

/// A colour `#rrggbb` as bytes; `None` for anything else a peer might send.
pub fn parse_color(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_always_gets_the_same_colour_and_names_differ() {
        assert_eq!(color_for("Ana"), color_for("Ana"));
        assert_eq!(color_for("Ana"), color_for(" ana "));
        assert_ne!(color_for("Ana"), color_for("Boris"));
        assert!(parse_color(&color_for("Ana")).is_some());
    }

    #[test]
    fn initials_come_from_the_first_and_last_words() {
        assert_eq!(Presence::named("Ana María López").initials(), "AL");
        assert_eq!(Presence::named("boris").initials(), "BO");
        assert_eq!(Presence::named("  ").initials(), "?");
    }

    #[test]
    fn the_state_reads_as_the_issue_documents_it() {
        let json = r##"{"user":{"name":"Ana","color":"#112233"},"selection":"7","dragging":true}"##;
        let p: Presence = serde_json::from_str(json).unwrap();
        assert_eq!(p.selection.as_deref(), Some("7"));
        assert!(p.dragging);
        assert_eq!(parse_color("#11223"), None);
    }
}
