//! The command list: shortcuts are unique, and every command is listed and worded.

use super::*;

/// How many Open recent commands there must be: one per remembered file.
const RECENT_COMMANDS: usize = RECENT_LIMIT;

/// The language commands of [`UI_LANGS`].
fn language_commands() -> impl Iterator<Item = Command> {
    UI_LANGS.iter().map(|&l| Command::Language(l))
}

#[test]
fn no_two_commands_share_a_shortcut() {
    let mut seen: Vec<(KeyboardShortcut, Command)> = Vec::new();
    for &c in Command::ALL {
        for &s in c.shortcuts() {
            if let Some((_, other)) = seen.iter().find(|(t, _)| *t == s) {
                panic!("{c:?} and {other:?} share {s:?}");
            }
            seen.push((s, c));
        }
    }
    assert!(seen.len() > 20, "the shortcuts are listed");
}

#[test]
fn all_lists_every_command_once_with_every_language_and_recent_file() {
    for (i, a) in Command::ALL.iter().enumerate() {
        assert!(!Command::ALL[i + 1..].contains(a), "{a:?} listed twice");
    }
    for c in language_commands() {
        assert!(Command::ALL.contains(&c), "{c:?} missing from ALL");
    }
    for n in 0..RECENT_COMMANDS {
        assert!(Command::ALL.contains(&Command::OpenRecent(n)));
    }
    for t in Theme::ALL {
        assert!(Command::ALL.contains(&Command::Theme(*t)));
    }
}

#[test]
fn a_shortcut_read_first_is_never_a_part_of_one_read_later() {
    // Ctrl+S would take Ctrl+Shift+S if it were read first.
    let order = Command::by_specificity();
    let at = |c| order.iter().position(|&x| x == c).unwrap_or(usize::MAX);
    assert!(at(Command::SaveAs) < at(Command::Save));
    assert!(at(Command::Redo) < at(Command::Undo));
    assert!(at(Command::NewFromTemplate) < at(Command::New));
    assert!(at(Command::SelectPrevious) < at(Command::SelectNext));
}

#[test]
fn every_command_has_words_in_every_language() {
    for &c in Command::ALL {
        for &l in UI_LANGS {
            assert!(!c.text(l).trim().is_empty(), "{c:?} in {l:?}");
            assert!(!c.tooltip(l).trim().is_empty(), "{c:?} in {l:?}");
        }
    }
}
