//! Command-line parsing and the commands that run without a window.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::bail;
use ciclo::deck::DeckFormat;
use ciclo::escape::terminal;
use ciclo::export::{Background, ExportError, ExportOptions, check_side, export_file_counted};
use ciclo::file::load_file;
use ciclo::lang::Lang;
use ciclo::model::Document;
use ciclo::report::ReportFormat;
use ciclo::save::{SaveError, create_new, refuse_input, save_file, to_ron};
use ciclo::templates;
use clap::{Parser, Subcommand};

mod workshop;

/// Ciclo: design service cycles, the clock-face diagrams of a customer's moments of truth.
///
/// With no command (or with a .ron file), opens the designer window.
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
    /// A cycle to open in the window.
    file: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Draw a cycle as a PNG or SVG picture.
    Export {
        /// The cycle (.ron).
        file: PathBuf,
        /// The picture to write: .png or .svg.
        #[arg(short, long)]
        output: PathBuf,
        /// Width in pixels.
        #[arg(long, default_value_t = 1920)]
        width: u32,
        /// Height in pixels.
        #[arg(long, default_value_t = 1080)]
        height: u32,
        /// white, transparent, or a colour as #rrggbb.
        #[arg(long, default_value = "white")]
        background: Background,
        /// Draw the satisfaction curve inside the ring.
        #[arg(long)]
        satisfaction_curve: bool,
        /// SVG only: write the text as outlines, so that the file looks exactly like the
        /// PNG on any computer (for slides); the text can then no longer be edited.
        #[arg(long)]
        text_as_paths: bool,
    },
    /// Check cycles: one line per file; exits with 1 if any is invalid.
    Check {
        /// The cycles (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Also print the analysis of each valid cycle: critical share, average
        /// satisfaction, principles and expectations per moment, causes, missing plans.
        #[arg(long)]
        summary: bool,
    },
    /// Write the workshop report: properties, picture, every moment, analysis and the
    /// improvement plan, as Markdown (with the PNG beside it) or one self-contained HTML.
    Report {
        /// The cycle (.ron).
        file: PathBuf,
        /// The report to write: .md or .html.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Write a new cycle, empty or from a template.
    New {
        /// The file to create.
        #[arg(short, long)]
        output: PathBuf,
        /// A template (see `ciclo templates`).
        #[arg(long)]
        template: Option<String>,
        /// Language of the new cycle.
        #[arg(long, value_enum, default_value_t = Lang::default())]
        lang: Lang,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// List the templates.
    Templates,
    /// Explain a command (`ciclo help export`) or the cycle file format (`ciclo help format`).
    Help {
        /// A command, or `format`.
        topic: Option<String>,
    },
    /// Host a live workshop: one room per cycle, which participants join from their own
    /// Ciclo (or any Yjs client) on the same network; each file is written as it changes.
    Serve {
        /// The cycles (.ron); each room is named after its file.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The TCP port to listen on.
        #[arg(long, default_value_t = 7420)]
        port: u16,
        /// The address to listen on (all of this computer's by default).
        #[arg(long, default_value = "0.0.0.0")]
        bind: std::net::IpAddr,
        /// The token participants must give (128 random bits by default).
        #[arg(long)]
        token: Option<String>,
    },
    /// Keep a cycle file in step with a workshop room, both ways, without a window: the
    /// room's changes are written to the file, and edits saved to the file reach the room.
    Sync {
        /// The room's URL, as the host prints it: ws://HOST:PORT/ROOM?token=… (or wss://).
        url: String,
        /// The cycle (.ron); it fills the room if the room is empty.
        file: PathBuf,
        /// For wss://: also trust the certificate authorities in this PEM file (a server
        /// with a private CA's certificate). SSL_CERT_FILE is trusted too when set.
        #[arg(long, value_name = "FILE")]
        ca: Option<PathBuf>,
    },
    /// Open the window joined to a live workshop (as Workshop ▸ Join workshop… does).
    Join {
        /// The room's URL, as the host shows it: ws://HOST:PORT/ROOM?token=… (or wss://).
        url: String,
    },
    /// Write presentation slides: the cycle, then one slide per moment, as a PDF deck
    /// (-o deck.pdf), a PowerPoint deck (-o deck.pptx) or a folder of PNGs (-o folder).
    Slides {
        /// The cycle (.ron).
        file: PathBuf,
        /// The deck to write: a .pdf or .pptx file, or a folder for the PNGs (created if
        /// missing).
        #[arg(short, long)]
        output: PathBuf,
        /// Width in pixels.
        #[arg(long, default_value_t = 1920)]
        width: u32,
        /// Height in pixels.
        #[arg(long, default_value_t = 1080)]
        height: u32,
    },
}

/// Parses the command line, runs it, prints any error once.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", terminal(&format!("{e:#}")));
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        None => open_window(cli.file),
        Some(Command::Export {
            file,
            output,
            width,
            height,
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
            export(&file, &output, &opts)
        }
        Some(Command::Check { files, summary }) => Ok(check(&files, summary)),
        Some(Command::Report { file, output }) => report(&file, &output),
        Some(Command::New {
            output,
            template,
            lang,
            force,
        }) => {
            new(&output, template.as_deref(), lang, force)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Slides {
            file,
            output,
            width,
            height,
        }) => slides(&file, &output, width, height),
        Some(Command::Serve {
            files,
            port,
            bind,
            token,
        }) => workshop::serve(&files, port, bind, token),
        Some(Command::Sync { url, file, ca }) => workshop::sync(&url, &file, ca.as_deref()),
        Some(Command::Join { url }) => join_window(url),
        Some(Command::Help { topic }) => help(topic.as_deref()),
        Some(Command::Templates) => {
            list_templates();
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `ciclo export`: the picture as PNG or SVG.
fn export(file: &Path, output: &Path, opts: &ExportOptions) -> anyhow::Result<ExitCode> {
    if let Some(code) = check_size(opts.width, opts.height) {
        return Ok(code);
    }
    if let Some(code) = refuse_to_overwrite(file, &[output]) {
        return Ok(code);
    }
    let doc = load(file)?;
    let dropped = export_file_counted(&doc, opts, output)
        .map_err(|e| anyhow::anyhow!(e.message(Lang::En)))?;
    if dropped > 0 {
        eprintln!(
            "warning: {dropped} of {} moments' names did not fit and were left out \
             (their numbered nodes are drawn); export a larger picture with \
             --width and --height to show every name",
            doc.moments.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `ciclo report`: the workshop report as Markdown (with its picture) or HTML.
fn report(file: &Path, output: &Path) -> anyhow::Result<ExitCode> {
    // A Markdown report writes its picture beside it.
    let markdown = ReportFormat::from_path(output) == Some(ReportFormat::Markdown);
    let picture = output.with_extension("png");
    let outputs: &[&Path] = if markdown {
        &[output, &picture]
    } else {
        &[output]
    };
    if let Some(code) = refuse_to_overwrite(file, outputs) {
        return Ok(code);
    }
    let doc = load(file)?;
    ciclo::report::write_report_of(&doc, Some(file), output)
        .map_err(|e| anyhow::anyhow!(e.message(Lang::En)))?;
    Ok(ExitCode::SUCCESS)
}

/// `ciclo slides`: every slide of the deck as a PNG in `output`.
fn slides(file: &Path, output: &Path, width: u32, height: u32) -> anyhow::Result<ExitCode> {
    if let Some(code) = check_size(width, height) {
        return Ok(code);
    }
    let doc = load(file)?;
    let refused = match DeckFormat::from_path(output) {
        DeckFormat::Pngs => refuse_slides_over_input(file, output, &doc),
        DeckFormat::Pdf | DeckFormat::Pptx => refuse_to_overwrite(file, &[output]),
    };
    if let Some(code) = refused {
        return Ok(code);
    }
    warn_about_photos(&doc, file);
    let written =
        ciclo::deck::write_deck(&doc, Some(file), output, width, height).map_err(|e| match e {
            // A write error names its file already.
            ExportError::Write(_) => anyhow::anyhow!(e.message(Lang::En)),
            _ => anyhow::anyhow!("{}: {}", output.display(), e.message(Lang::En)),
        })?;
    println!("{}: {} slides", output.display(), written.slides);
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
fn help(topic: Option<&str>) -> anyhow::Result<ExitCode> {
    use clap::CommandFactory as _;
    let mut cli = Cli::command();
    cli.build();
    match topic {
        Some("format") => print!("{}", include_str!("../docs/FORMAT.md")),
        Some(name) => {
            let Some(command) = cli.find_subcommand_mut(name) else {
                let mut topics: Vec<String> = Cli::command()
                    .get_subcommands()
                    .map(|c| c.get_name().to_owned())
                    .collect();
                topics.push("format".to_owned());
                eprintln!(
                    "error: there is no help topic `{}`; the topics are: {}",
                    terminal(name),
                    topics.join(", ")
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
fn check_size(width: u32, height: u32) -> Option<ExitCode> {
    for (name, side) in [("width", width), ("height", height)] {
        if let Err(e) = check_side(side) {
            eprintln!("error: --{name} {e}");
            return Some(ExitCode::from(2));
        }
    }
    None
}

/// A usage error (exit code 2) when one of `outputs` is the `input` file itself.
fn refuse_to_overwrite(input: &Path, outputs: &[&Path]) -> Option<ExitCode> {
    let refused = outputs.iter().find_map(|o| refuse_input(input, o).err())?;
    eprintln!("error: {}", refused.message(Lang::En));
    Some(ExitCode::from(2))
}

/// A usage error (exit code 2) when writing the slides of `doc` into `dir` would replace
/// the input (a slide's name is the input, or a link to it) or remove it (the input is an
/// earlier deck's slide in `dir`).
fn refuse_slides_over_input(input: &Path, dir: &Path, doc: &Document) -> Option<ExitCode> {
    let slides: Vec<PathBuf> = ciclo::slides::slide_names(doc)
        .iter()
        .map(|name| dir.join(name))
        .collect();
    let outputs: Vec<&Path> = slides.iter().map(PathBuf::as_path).collect();
    if let Some(code) = refuse_to_overwrite(input, &outputs) {
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
    eprintln!("error: {}", refused.message(Lang::En));
    Some(ExitCode::from(2))
}

fn load(path: &Path) -> anyhow::Result<Document> {
    load_file(path).map_err(|e| anyhow::anyhow!(e.message(Lang::En)))
}

fn check(files: &[PathBuf], summary: bool) -> ExitCode {
    let mut ok = true;
    for path in files {
        match load_file(path) {
            Ok(doc) => {
                let line = format!(
                    "{}: ok, {} moments, {} critical",
                    path.display(),
                    doc.moments.len(),
                    doc.critical_count()
                );
                println!("{}", terminal(&line));
                warn_about_photos(&doc, path);
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
                eprintln!(
                    "error: {}",
                    terminal(&e.message(Lang::En)).replace('\n', "\nerror: ")
                );
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
fn warn_about_photos(doc: &Document, path: &Path) {
    for (i, problem) in ciclo::photo::problems(doc, Some(path)) {
        let name = doc.moments.get(i).map(|m| m.name.as_str()).unwrap_or("");
        let line = format!(
            "warning: {}: moment {} “{name}”: {}; its slides show a placeholder",
            path.display(),
            i + 1,
            problem.message(Lang::En)
        );
        eprintln!("{}", terminal(&line));
    }
}

fn new(output: &Path, template: Option<&str>, lang: Lang, force: bool) -> anyhow::Result<()> {
    let doc = match template {
        Some(name) => {
            let Some(t) = templates::find(name, lang) else {
                bail!(
                    "there is no template `{name}`; the templates are: {}",
                    templates::names().join(", ")
                );
            };
            ciclo::file::parse(t.text).map_err(|e| anyhow::anyhow!("template {name}: {e}"))?
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
    saved.map_err(|e| anyhow::anyhow!(e.message(Lang::En)))?;
    Ok(())
}

#[cfg(not(feature = "window"))]
fn join_window(_url: String) -> anyhow::Result<ExitCode> {
    open_window(None)
}

#[cfg(feature = "window")]
fn join_window(url: String) -> anyhow::Result<ExitCode> {
    if !(url.starts_with("ws://") || url.starts_with("wss://")) {
        bail!(
            "{url:?} is not a workshop URL: it starts with ws:// or wss://, like ws://192.168.1.20:7420/cena?token=…"
        );
    }
    window_result(ciclo::app::run_with(None, Some(url)))
}

#[cfg(not(feature = "window"))]
fn open_window(_file: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    bail!(
        "this ciclo was built without its window (the cargo feature `window`); build it with the default features to design in the window, or use a command such as `ciclo export`"
    )
}

#[cfg(feature = "window")]
fn open_window(file: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    window_result(ciclo::app::run(file))
}

/// The window's exit: success, or the advice for a computer without a display.
#[cfg(feature = "window")]
fn window_result(result: eframe::Result<()>) -> anyhow::Result<ExitCode> {
    let Err(e) = result else {
        return Ok(ExitCode::SUCCESS);
    };
    let lang = ciclo::app::system_lang();
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
