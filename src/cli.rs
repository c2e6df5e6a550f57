//! Command-line parsing and the commands that run without a window.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::bail;
use ciclo::deck::{DeckFormat, DeckOptions};
use ciclo::escape::terminal;
use ciclo::export::{
    Background, ExportOptions, MAX_PICTURE_SIDE, MIN_SIDE, check_side, export_file_counted,
};
use ciclo::file::load_file;
use ciclo::lang::{Arg, Lang};
use ciclo::model::Document;
use ciclo::picture::DEFAULT_SIZE;
use ciclo::report::ReportFormat;
use ciclo::save::{SaveError, create_new, refuse_input, save_file, to_ron};
use ciclo::sheet::{SheetFormat, write_sheet};
use ciclo::templates;
use clap::{Parser, Subcommand};

mod helptext;
mod workshop;

/// The command line. Its help (every command's and argument's words) is in the catalogue,
/// `help-…` in `assets/i18n/*.ftl`, set by [`helptext::command`].
#[derive(Parser, Debug)]
#[command(
    name = "ciclo",
    version,
    args_conflicts_with_subcommands = true,
    disable_help_subcommand = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    file: Option<PathBuf>,
}

/// The commands.
#[derive(Subcommand, Debug)]
enum Command {
    Export {
        file: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
        #[command(flatten)]
        size: Size,
        #[arg(long, default_value = "white")]
        background: Background,
        #[arg(long)]
        satisfaction_curve: bool,
        #[arg(long)]
        text_as_paths: bool,
    },
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        summary: bool,
    },
    Report {
        file: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
    },
    New {
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long)]
        template: Option<String>,
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        #[arg(long)]
        force: bool,
    },
    Templates,
    Help {
        topic: Option<String>,
    },
    Serve {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, default_value_t = 7420)]
        port: u16,
        #[arg(long, default_value = "0.0.0.0")]
        bind: std::net::IpAddr,
        #[arg(long)]
        token: Option<String>,
        #[arg(long)]
        view_only: bool,
    },
    Sync {
        url: String,
        file: PathBuf,
        #[arg(long, value_name = "FILE")]
        ca: Option<PathBuf>,
        #[arg(long)]
        replace: bool,
    },
    Join {
        url: String,
    },
    Slides {
        file: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
        #[command(flatten)]
        size: Size,
        #[arg(long)]
        satisfaction_curve: bool,
    },
}

/// A picture's or a slide's size.
#[derive(clap::Args, Debug, Clone, Copy)]
struct Size {
    #[arg(long, default_value_t = DEFAULT_SIZE.0)]
    width: u32,
    #[arg(long, default_value_t = DEFAULT_SIZE.1)]
    height: u32,
}

/// Parses the command line, runs it, prints any error once, in the command line's
/// language ([`Lang::from_system`]: `CICLO_LANG`, or else the system's).
pub fn main() -> ExitCode {
    use clap::FromArgMatches as _;
    let lang = Lang::from_system();
    let parsed = helptext::command(lang)
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return helptext::answer(&e, lang),
    };
    match run(cli, lang) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", error_lines(lang, &format!("{e:#}")));
            ExitCode::from(1)
        }
    }
}

/// `text` (made safe for the terminal) with the message `cli-error` around each line.
fn error_lines(lang: Lang, text: &str) -> String {
    prefixed(lang, "cli-error", text)
}

/// `text` (made safe for the terminal) with the message `id` around each line.
fn prefixed(lang: Lang, id: &str, text: &str) -> String {
    let lines: Vec<String> = terminal(text)
        .lines()
        .map(|line| lang.fmt(id, &[("message", line.into())]))
        .collect();
    lines.join("\n")
}

fn run(cli: Cli, lang: Lang) -> anyhow::Result<ExitCode> {
    match cli.command {
        None => open_window(cli.file, lang),
        Some(Command::Export {
            file,
            output,
            size: Size { width, height },
            background,
            satisfaction_curve,
            text_as_paths,
        }) => {
            let opts = ExportOptions {
                width,
                height,
                background,
                satisfaction_curve,
                text_as_paths,
            };
            export(&file, &output, &opts, lang)
        }
        Some(Command::Check { files, summary }) => Ok(check(&files, summary, lang)),
        Some(Command::Report { file, output }) => report(&file, &output, lang),
        Some(Command::New {
            output,
            template,
            lang: new_lang,
            force,
        }) => {
            new(
                &output,
                template.as_deref(),
                new_lang.unwrap_or(lang),
                force,
                lang,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Slides {
            file,
            output,
            size: Size { width, height },
            satisfaction_curve,
        }) => {
            let opts = DeckOptions {
                width,
                height,
                satisfaction_curve,
                ..DeckOptions::default()
            };
            slides(&file, &output, &opts, lang)
        }
        Some(Command::Serve {
            files,
            port,
            bind,
            token,
            view_only,
        }) => workshop::serve(&files, port, bind, token, view_only, lang),
        Some(Command::Sync {
            url,
            file,
            ca,
            replace,
        }) => workshop::sync(&url, &file, ca.as_deref(), replace, lang),
        Some(Command::Join { url }) => join_window(url, lang),
        Some(Command::Help { topic }) => help(topic.as_deref(), lang),
        Some(Command::Templates) => {
            list_templates();
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `ciclo export`: the picture as PNG or SVG, or the moments as CSV or XLSX.
fn export(
    file: &Path,
    output: &Path,
    opts: &ExportOptions,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    let is_sheet = SheetFormat::from_path(output).is_some();
    if !is_sheet && let Some(code) = check_size(opts.width, opts.height, lang) {
        return Ok(code);
    }
    if let Some(code) = refuse_to_overwrite(file, &[output], lang) {
        return Ok(code);
    }
    let doc = load(file, lang)?;
    if is_sheet {
        write_sheet(&doc, output).map_err(|e| anyhow::anyhow!(e.message(lang)))?;
        return Ok(ExitCode::SUCCESS);
    }
    let dropped =
        export_file_counted(&doc, opts, output).map_err(|e| anyhow::anyhow!(e.message(lang)))?;
    if dropped > 0 {
        let args = [
            ("dropped", Arg::from(dropped)),
            ("moments", Arg::from(doc.moments.len())),
        ];
        warn(lang, &lang.fmt("cli-names-dropped", &args));
    }
    Ok(ExitCode::SUCCESS)
}

/// One warning for the user, each of its lines marked as one.
fn warn(lang: Lang, text: &str) {
    eprintln!("{}", prefixed(lang, "cli-warning", text));
}

/// `ciclo report`: the workshop report as Markdown (with its picture) or HTML.
fn report(file: &Path, output: &Path, lang: Lang) -> anyhow::Result<ExitCode> {
    // A Markdown report writes its picture beside it.
    let markdown = ReportFormat::from_path(output) == Some(ReportFormat::Markdown);
    let picture = output.with_extension("png");
    let outputs: &[&Path] = if markdown {
        &[output, &picture]
    } else {
        &[output]
    };
    if let Some(code) = refuse_to_overwrite(file, outputs, lang) {
        return Ok(code);
    }
    let doc = load(file, lang)?;
    ciclo::report::write_report_of(&doc, Some(file), output)
        .map_err(|e| anyhow::anyhow!(e.message(lang)))?;
    Ok(ExitCode::SUCCESS)
}

/// `ciclo slides`: every slide of the deck as a PNG in `output`.
fn slides(file: &Path, output: &Path, opts: &DeckOptions, lang: Lang) -> anyhow::Result<ExitCode> {
    if let Some(code) = check_size(opts.width, opts.height, lang) {
        return Ok(code);
    }
    let doc = load(file, lang)?;
    let format = DeckFormat::from_path(output);
    let refused = match format {
        DeckFormat::Pngs => refuse_slides_over_input(file, output, &doc, lang),
        DeckFormat::Pdf | DeckFormat::Pptx => refuse_to_overwrite(file, &[output], lang),
    };
    if let Some(code) = refused {
        return Ok(code);
    }
    warn_about_photos(&doc, file, lang);
    let written = ciclo::deck::write_deck(&doc, Some(file), output, format, opts)
        .map_err(|e| anyhow::anyhow!(e.message_about(output, lang)))?;
    let args = [
        ("output", Arg::from(output.display().to_string())),
        ("count", Arg::from(written.slides)),
    ];
    println!("{}", terminal(&lang.fmt("cli-slides-written", &args)));
    Ok(ExitCode::SUCCESS)
}

/// `ciclo templates`: each template's name and its title in every language.
fn list_templates() {
    for name in templates::names() {
        let title = |lang| {
            templates::find(name, lang)
                .map(|t| t.title())
                .unwrap_or_default()
        };
        let titles: Vec<String> = Lang::ALL.iter().map(|&l| title(l)).collect();
        println!("{name:<22}{}", titles.join("  /  "));
    }
}

/// `ciclo help [TOPIC]`: the file format, a command's help, or the overview.
fn help(topic: Option<&str>, lang: Lang) -> anyhow::Result<ExitCode> {
    let mut cli = helptext::command(lang);
    cli.build();
    match topic {
        Some("format") => print!("{}", include_str!("../docs/FORMAT.md")),
        Some(name) => {
            let mut topics: Vec<String> = cli
                .get_subcommands()
                .map(|c| c.get_name().to_owned())
                .collect();
            let Some(command) = cli.find_subcommand_mut(name) else {
                topics.push("format".to_owned());
                let args = [
                    ("topic", Arg::from(name)),
                    ("topics", topics.join(", ").into()),
                ];
                eprintln!(
                    "{}",
                    error_lines(lang, &lang.fmt("cli-no-help-topic", &args))
                );
                return Ok(ExitCode::from(2));
            };
            command.print_long_help()?;
        }
        None => cli.print_long_help()?,
    }
    Ok(ExitCode::SUCCESS)
}

/// A usage error (exit code 2) when a picture size is out of range.
fn check_size(width: u32, height: u32, lang: Lang) -> Option<ExitCode> {
    for (name, side) in [("width", width), ("height", height)] {
        if check_side(side).is_none() {
            let args = [
                ("option", Arg::from(name)),
                ("value", Arg::from(side)),
                ("min", Arg::from(MIN_SIDE)),
                ("max", Arg::from(MAX_PICTURE_SIDE)),
            ];
            let text = lang.fmt("cli-side-out-of-range", &args);
            eprintln!("{}", error_lines(lang, &text));
            return Some(ExitCode::from(2));
        }
    }
    None
}

/// A usage error (exit code 2) when one of `outputs` is the `input` file itself.
fn refuse_to_overwrite(input: &Path, outputs: &[&Path], lang: Lang) -> Option<ExitCode> {
    let refused = outputs.iter().find_map(|o| refuse_input(input, o).err())?;
    eprintln!("{}", error_lines(lang, &refused.message(lang)));
    Some(ExitCode::from(2))
}

/// A usage error (exit code 2) when writing the slides of `doc` into `dir` would replace
/// the input (a slide's name is the input, or a link to it) or remove it (the input is an
/// earlier deck's slide in `dir`).
fn refuse_slides_over_input(
    input: &Path,
    dir: &Path,
    doc: &Document,
    lang: Lang,
) -> Option<ExitCode> {
    let slides: Vec<PathBuf> = ciclo::slides::slide_names(doc)
        .iter()
        .map(|name| dir.join(name))
        .collect();
    let outputs: Vec<&Path> = slides.iter().map(PathBuf::as_path).collect();
    if let Some(code) = refuse_to_overwrite(input, &outputs, lang) {
        return Some(code);
    }
    let folder = input.parent().filter(|p| !p.as_os_str().is_empty());
    let name = input.file_name()?.to_str()?;
    let canonical = |p: &Path| std::fs::canonicalize(p).ok();
    let same_folder = canonical(folder.unwrap_or(Path::new("."))) == canonical(dir);
    if !(same_folder && ciclo::slides::is_slide_name(name)) {
        return None;
    }
    let refused = SaveError::IsTheInput {
        path: input.to_owned(),
    };
    eprintln!("{}", error_lines(lang, &refused.message(lang)));
    Some(ExitCode::from(2))
}

fn load(path: &Path, lang: Lang) -> anyhow::Result<Document> {
    load_file(path).map_err(|e| anyhow::anyhow!(e.message(lang)))
}

/// `ciclo check`: one status line per valid file (in the command line's language), the
/// problems of each invalid one.
fn check(files: &[PathBuf], summary: bool, lang: Lang) -> ExitCode {
    let mut ok = true;
    for path in files {
        match load_file(path) {
            Ok(doc) => {
                let args = [
                    ("file", Arg::from(path.display().to_string())),
                    ("moments", Arg::from(doc.moments.len())),
                    ("critical", Arg::from(doc.critical_count())),
                ];
                println!("{}", terminal(&lang.fmt("cli-check-ok", &args)));
                warn_about_photos(&doc, path, lang);
                if summary {
                    // In the document's own language, like its picture.
                    let lang = Lang::from_tag(&doc.language);
                    let analysis = ciclo::analysis::analyse(&doc);
                    let text = ciclo::analysis::summary_text(&analysis, &doc, lang);
                    println!("{}", terminal(&text));
                }
            }
            Err(e) => {
                ok = false;
                eprintln!("{}", error_lines(lang, &e.message(lang)));
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// One warning line for each photo of `doc` (loaded from `path`) that cannot be shown.
/// A photo never makes the check fail: the cycle is still valid, its slides show a
/// placeholder.
fn warn_about_photos(doc: &Document, path: &Path, lang: Lang) {
    for (i, problem) in ciclo::photo::problems(doc, Some(path)) {
        let name = doc.moments.get(i).map(|m| m.name.as_str()).unwrap_or("");
        let place = [("number", Arg::from(i + 1)), ("name", Arg::from(name))];
        let args = [
            ("file", Arg::from(path.display().to_string())),
            ("where", lang.fmt("where-moment-named", &place).into()),
            ("problem", problem.message(lang).into()),
        ];
        warn(lang, &lang.fmt("cli-photo-unusable", &args));
    }
}

/// `ciclo new`: a cycle in `lang` (empty or from a template), with errors in `speak`.
fn new(
    output: &Path,
    template: Option<&str>,
    lang: Lang,
    force: bool,
    speak: Lang,
) -> anyhow::Result<()> {
    let doc = match template {
        Some(name) => {
            let Some(t) = templates::find(name, lang) else {
                let names = templates::names().join(", ");
                let args = [("name", Arg::from(name)), ("names", names.into())];
                bail!(speak.fmt("cli-no-template", &args));
            };
            ciclo::file::parse(t.text).map_err(|e| {
                let args = [
                    ("name", Arg::from(name)),
                    ("error", e.message(speak).into()),
                ];
                anyhow::anyhow!(speak.fmt("cli-template-broken", &args))
            })?
        }
        None => Document {
            language: lang.tag().to_owned(),
            title: lang.msg("cli-new-cycle-title").to_owned(),
            ..Document::default()
        },
    };
    debug_assert!(ciclo::file::parse(&to_ron(&doc)).is_ok());
    let saved = if force {
        save_file(&doc, output)
    } else {
        // Refuses an existing name at the moment of writing, so of concurrent runs only
        // one creates the file.
        create_new(output, to_ron(&doc).as_bytes())
    };
    saved.map_err(|e| anyhow::anyhow!(e.message(speak)))?;
    Ok(())
}

#[cfg(not(feature = "window"))]
fn join_window(_url: String, lang: Lang) -> anyhow::Result<ExitCode> {
    open_window(None, lang)
}

#[cfg(feature = "window")]
fn join_window(url: String, lang: Lang) -> anyhow::Result<ExitCode> {
    if !(url.starts_with("ws://") || url.starts_with("wss://")) {
        let args = [("url", Arg::from(format!("{url:?}")))];
        bail!(lang.fmt("cli-not-workshop-url", &args));
    }
    window_result(ciclo::app::run_with(None, Some(url)), lang)
}

#[cfg(not(feature = "window"))]
fn open_window(_file: Option<PathBuf>, lang: Lang) -> anyhow::Result<ExitCode> {
    bail!(lang.msg("cli-no-window-build"))
}

#[cfg(feature = "window")]
fn open_window(file: Option<PathBuf>, lang: Lang) -> anyhow::Result<ExitCode> {
    window_result(ciclo::app::run(file), lang)
}

/// The window's exit: success, or the advice for a computer without a display.
#[cfg(feature = "window")]
fn window_result(result: eframe::Result<()>, lang: Lang) -> anyhow::Result<ExitCode> {
    let Err(e) = result else {
        return Ok(ExitCode::SUCCESS);
    };
    let cause = without_build_paths(&e.to_string());
    let advice = lang.msg("cli-no-display");
    bail!("{advice}\n({cause})")
}

/// An error text without the source paths of the crates it came from
/// (`…/.cargo/registry/…/mod.rs:765:`), which mean nothing to a user.
#[cfg(feature = "window")]
fn without_build_paths(text: &str) -> String {
    let kept: Vec<&str> = text
        .split(' ')
        .filter(|word| !(word.contains("/.cargo/") || word.contains("/rustc/")))
        .collect();
    kept.join(" ").replace("os error at ", "").trim().to_owned()
}
