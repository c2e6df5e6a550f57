//! The command line's help and usage errors speak the command line's language: every
//! command's and option's words, clap's headings and flags, and what is wrong.

use ciclo::lang::Lang;

use crate::cli_support;
use cli_support::{assert_exit, ciclo, ciclo_in, stderr, stdout};

#[test]
fn a_commands_help_is_in_the_language_of_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let english = Lang::En.msg("help-export");
    for &lang in Lang::ALL {
        let out = ciclo_in(lang.tag(), dir.path(), &["export", "--help"]);
        assert_exit(&out, 0);
        let help = stdout(&out);
        for id in [
            "help-export",
            "help-export-output",
            "help-any-width",
            "help-any-help",
        ] {
            let words = lang.msg(id);
            assert!(
                !words.is_empty() && help.contains(words),
                "{lang:?}: {id} in {help}"
            );
        }
        let usage = lang.msg("help-usage");
        assert!(
            help.contains(&format!("{usage} ciclo export")),
            "{lang:?}: {help}"
        );
        assert!(help.contains(&format!(
            "{}:",
            lang.msg("help-options").trim_end_matches(':')
        )));
        // Nothing of clap's own English is left: its help flag, its default values.
        assert!(
            !help.contains("Print help") && !help.contains("[default:"),
            "{help}"
        );
        if lang != Lang::En {
            assert!(!help.contains(english), "{lang:?} help is English: {help}");
        }
    }
}

#[test]
fn a_mistyped_option_is_named_with_a_suggestion_and_the_usage() {
    let dir = tempfile::tempdir().unwrap();
    let out = ciclo(dir.path(), &["export", "x.ron", "--outptu", "a.png"]);
    assert_exit(&out, 2);
    assert_eq!(
        stderr(&out),
        "error: --outptu is not an option of this command; did you mean --output?\n\n\
         Usage: ciclo export [OPTIONS] --output <OUTPUT> <FILE>\n\n\
         To see what the command takes: ciclo export --help\n"
    );
    for &lang in Lang::ALL {
        let out = ciclo_in(
            lang.tag(),
            dir.path(),
            &["new", "-o", "x.ron", "--lang", "xx"],
        );
        assert_exit(&out, 2);
        let text = stderr(&out);
        let usage = format!("{} ciclo new", lang.msg("help-usage"));
        assert!(
            text.contains("xx") && text.contains("en, es, ru, pt"),
            "{text}"
        );
        assert!(
            text.contains(&usage) && text.contains("ciclo new --help"),
            "{text}"
        );
        if lang != Lang::En {
            assert!(
                !text.contains("is not a value"),
                "{lang:?} error is English: {text}"
            );
        }
    }
}
