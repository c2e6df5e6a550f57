//! The command line's own words in the command line's language: the summary of every
//! command, the words of every argument and option, clap's headings and its `--help` and
//! `--version` flags all come from the catalogue (`help-COMMAND`, `help-COMMAND-ARG`, or
//! `help-any-ARG` for an argument several commands share), and a usage error is told
//! there too, with the command's usage and where to read more.

use std::process::ExitCode;

use ciclo::lang::{Arg as Var, Lang};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

/// The command line's parser, every word of its help in `lang`.
pub(super) fn command(lang: Lang) -> Command {
    use clap::CommandFactory as _;
    let version = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version);
    let root = super::Cli::command()
        .about(lang.msg("help-ciclo"))
        .long_about(lang.msg("help-ciclo-long"))
        .disable_version_flag(true)
        .arg(version);
    localized(root, "ciclo", lang).mut_subcommands(|sub| {
        let name = sub.get_name().to_owned();
        let about = lang.msg(&format!("help-{name}"));
        localized(sub.about(about).long_about(None), &name, lang)
    })
}

/// `cmd` (named `name` in the catalogue's ids) with its template, headings, help flag
/// and arguments' words in `lang`. Defaults and possible values are in the words
/// themselves, so clap's English "[default: …]" is not added.
fn localized(cmd: Command, name: &str, lang: Lang) -> Command {
    let heading = |id: &str| -> &'static str { lang.msg(id).trim_end_matches(':') };
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        lang.msg("help-usage")
    );
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help);
    cmd.help_template(template)
        .subcommand_help_heading(heading("help-commands"))
        .disable_help_flag(true)
        .arg(help)
        .mut_args(|arg| {
            let words = arg_words(name, arg.get_id().as_str(), lang);
            let group = if arg.is_positional() {
                "help-arguments"
            } else {
                "help-options"
            };
            let values = arg.get_action().takes_values();
            arg.help(words)
                .long_help(None)
                .help_heading(heading(group))
                .hide_default_value(values)
                .hide_possible_values(values)
        })
}

/// The words of argument `arg` of command `name`: its own, or those every command with
/// that argument shares.
fn arg_words(name: &str, arg: &str, lang: Lang) -> &'static str {
    let own = lang.msg(&format!("help-{name}-{arg}"));
    if own.is_empty() {
        lang.msg(&format!("help-any-{arg}"))
    } else {
        own
    }
}

/// Prints a help or version request as clap made it, or a usage error in `lang`: what
/// is wrong, the command's usage, and the command that tells more. Exits 0 for help, 2
/// for an error.
pub(super) fn answer(error: &clap::Error, lang: Lang) -> ExitCode {
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = error.print();
        return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    }
    let mut cmd = command(lang);
    // Building names each command after its parent: "ciclo export".
    cmd.build();
    let sub = named_command(&cmd);
    let path = match &sub {
        Some(sub) => format!("ciclo {sub}"),
        None => "ciclo".to_owned(),
    };
    let words: Vec<String> = std::env::args().skip(1).collect();
    let text = match mistyped_command(&cmd, &words) {
        Some((typed, meant)) => {
            let unknown = lang.fmt("cli-usage-unknown-command", &[("name", typed.into())]);
            let hint = lang.fmt("cli-usage-did-you-mean", &[("suggestion", meant.into())]);
            format!("{unknown}; {hint}")
        }
        None => usage_error(error, lang),
    };
    eprintln!("{}", super::error_lines(lang, &text));
    let usage = match sub.and_then(|s| cmd.find_subcommand_mut(s)) {
        Some(sub) => sub.render_usage().to_string(),
        None => cmd.render_usage().to_string(),
    };
    // clap writes its own English heading before the usage line.
    let usage = usage.trim().strip_prefix("Usage:").unwrap_or(&usage).trim();
    eprintln!("\n{} {usage}\n", lang.msg("help-usage"));
    eprintln!(
        "{}",
        lang.fmt("cli-usage-more", &[("command", path.into())])
    );
    ExitCode::from(2)
}

/// The first word when it is no command and no file but a command mistyped
/// (`ciclo exprot x.ron`), with the command meant: clap takes such a word for the window's
/// FILE and complains about what follows instead.
fn mistyped_command(cmd: &clap::Command, words: &[String]) -> Option<(String, String)> {
    let first = words.first()?;
    if first.starts_with('-') || std::path::Path::new(first).exists() {
        return None;
    }
    let names = cmd.get_subcommands().map(|c| c.get_name().to_owned());
    let (distance, meant) = names
        .map(|name| (strsim::damerau_levenshtein(first, &name), name))
        .min()?;
    (distance > 0 && distance <= 2).then(|| (first.clone(), meant))
}

/// What is wrong with the command line, in `lang`.
fn usage_error(error: &clap::Error, lang: Lang) -> String {
    let get = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let var = |name: &'static str, kind: ContextKind| (name, Var::from(get(kind)));
    let suggested = |kind: ContextKind| {
        let s = get(kind);
        let useful = !s.is_empty() && !s.contains(' ');
        let args = [("suggestion", Var::from(s))];
        useful.then(|| lang.fmt("cli-usage-did-you-mean", &args))
    };
    let (text, suggestion) = match error.kind() {
        ErrorKind::UnknownArgument => (
            lang.fmt(
                "cli-usage-unknown-argument",
                &[var("arg", ContextKind::InvalidArg)],
            ),
            suggested(ContextKind::SuggestedArg),
        ),
        ErrorKind::InvalidSubcommand => (
            lang.fmt(
                "cli-usage-unknown-command",
                &[var("name", ContextKind::InvalidSubcommand)],
            ),
            suggested(ContextKind::SuggestedSubcommand),
        ),
        ErrorKind::InvalidValue => {
            let args = [
                var("value", ContextKind::InvalidValue),
                var("arg", ContextKind::InvalidArg),
                var("valid", ContextKind::ValidValue),
            ];
            (lang.fmt("cli-usage-invalid-value", &args), None)
        }
        ErrorKind::ValueValidation => {
            let args = [
                var("value", ContextKind::InvalidValue),
                var("arg", ContextKind::InvalidArg),
            ];
            (
                lang.fmt(bad_value(&get(ContextKind::InvalidArg)), &args),
                None,
            )
        }
        ErrorKind::MissingRequiredArgument => {
            let args = [var("args", ContextKind::InvalidArg)];
            (lang.fmt("cli-usage-missing", &args), None)
        }
        ErrorKind::ArgumentConflict => {
            let args = [
                var("arg", ContextKind::InvalidArg),
                var("other", ContextKind::PriorArg),
            ];
            (lang.fmt("cli-usage-conflict", &args), None)
        }
        _ => {
            let detail = error.kind().as_str().unwrap_or("?").to_owned();
            let args = [("detail", Var::from(detail))];
            (lang.fmt("cli-usage-other", &args), None)
        }
    };
    match suggestion {
        Some(s) => format!("{text}; {s}"),
        None => text,
    }
}

/// The message for a value `arg` (`--width <WIDTH>`) could not take, with what it takes.
fn bad_value(arg: &str) -> &'static str {
    let option = arg.split(' ').next().unwrap_or_default();
    match option {
        "--background" => "cli-usage-bad-background",
        "--width" | "--height" | "--port" => "cli-usage-not-a-number",
        _ => "cli-usage-bad-value",
    }
}

/// The command of `cmd` the command line names, if it names one.
fn named_command(cmd: &Command) -> Option<String> {
    std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .filter(|a| cmd.get_subcommands().any(|s| s.get_name() == a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_argument_has_words_in_the_catalogue() {
        let cmd = command(Lang::En);
        let mut missing = Vec::new();
        for sub in std::iter::once(&cmd).chain(cmd.get_subcommands()) {
            let name = if sub.get_name() == "ciclo" {
                "ciclo"
            } else {
                sub.get_name()
            };
            if Lang::En.msg(&format!("help-{name}")).is_empty() {
                missing.push(format!("help-{name}"));
            }
            for arg in sub.get_arguments() {
                if arg_words(name, arg.get_id().as_str(), Lang::En).is_empty() {
                    missing.push(format!("help-{name}-{}", arg.get_id()));
                }
            }
        }
        assert!(missing.is_empty(), "no words for {missing:?}");
    }
}
