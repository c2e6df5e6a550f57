//! Command-line parsing and the commands that run without a window.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use ciclo::export::{Background, ExportOptions, MAX_SIDE, export_file_counted};
use ciclo::file::{load_file, save_file, to_ron};
use ciclo::lang::Lang;
use ciclo::model::Document;
use ciclo::templates;
use clap::{Parser, Subcommand};

/// Ciclo: design service cycles, the clock-face diagrams of a customer's moments of truth.
///
/// With no command (or with a .ron file), opens the designer window.
#[derive(Parser, Debug)]
#[command(name = "ciclo", version, args_conflicts_with_subcommands = true)]
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
        /// Language of the new cycle: en, es or ru.
        #[arg(long, default_value = "en", value_parser = ["en", "es", "ru"])]
        lang: String,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// List the templates.
    Templates,
    /// Write presentation slides: the cycle, then one slide per moment.
    Slides {
        /// The cycle (.ron).
        file: PathBuf,
        /// The folder to write the PNGs into (created if missing).
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
            eprintln!("error: {e:#}");
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
        }) => {
            if let Some(code) = check_size(width, height) {
                return Ok(code);
            }
            let doc = load(&file)?;
            let opts = ExportOptions {
                width,
                height,
                background,
                satisfaction_curve,
            };
            let dropped = export_file_counted(&doc, &opts, &output)
                .with_context(|| format!("cannot export {}", output.display()))?;
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
        Some(Command::Check { files, summary }) => Ok(check(&files, summary)),
        Some(Command::Report { file, output }) => {
            let doc = load(&file)?;
            ciclo::report::write_report(&doc, &output)
                .map_err(|e| anyhow::anyhow!(e.message(Lang::En)))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::New {
            output,
            template,
            lang,
            force,
        }) => {
            new(&output, template.as_deref(), Lang::from_tag(&lang), force)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Slides {
            file,
            output,
            width,
            height,
        }) => {
            if let Some(code) = check_size(width, height) {
                return Ok(code);
            }
            let doc = load(&file)?;
            let written = ciclo::slides::write_slides(&doc, &output, width, height)
                .with_context(|| format!("cannot write slides into {}", output.display()))?;
            println!("{}: {} slides", output.display(), written.len());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Templates) => {
            for name in templates::names() {
                let title = |lang| {
                    templates::find(name, lang)
                        .map(|t| t.title())
                        .unwrap_or_default()
                };
                let titles: Vec<String> = Lang::ALL.iter().map(|&l| title(l)).collect();
                println!("{name:<22}{}", titles.join("  /  "));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A usage error (exit code 2) when a picture size is out of range.
fn check_size(width: u32, height: u32) -> Option<ExitCode> {
    for (name, side) in [("width", width), ("height", height)] {
        if side == 0 || side > MAX_SIDE {
            eprintln!("error: --{name} {side} is out of range; use 1 to {MAX_SIDE} pixels");
            return Some(ExitCode::from(2));
        }
    }
    None
}

fn load(path: &Path) -> anyhow::Result<Document> {
    load_file(path).map_err(|e| anyhow::anyhow!(e.message(Lang::En)))
}

fn check(files: &[PathBuf], summary: bool) -> ExitCode {
    let mut ok = true;
    for path in files {
        match load_file(path) {
            Ok(doc) => {
                println!(
                    "{}: ok, {} moments, {} critical",
                    path.display(),
                    doc.moments.len(),
                    doc.critical_count()
                );
                if summary {
                    // In the document's own language, like its picture.
                    let lang = Lang::from_tag(&doc.language);
                    let analysis = ciclo::analysis::analyse(&doc);
                    println!("{}", ciclo::analysis::summary_text(&analysis, &doc, lang));
                }
            }
            Err(e) => {
                ok = false;
                eprintln!("error: {}", e.message(Lang::En));
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn new(output: &Path, template: Option<&str>, lang: Lang, force: bool) -> anyhow::Result<()> {
    if output.exists() && !force {
        bail!(
            "{} already exists; choose another name or add --force to replace it",
            output.display()
        );
    }
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
            title: lang
                .pick3(
                    "New service cycle",
                    "Nuevo ciclo del servicio",
                    "Новый цикл обслуживания",
                )
                .to_owned(),
            ..Document::default()
        },
    };
    debug_assert!(ciclo::file::parse(&to_ron(&doc)).is_ok());
    save_file(&doc, output).map_err(|e| anyhow::anyhow!(e.message(Lang::En)))?;
    Ok(())
}

fn open_window(file: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    ciclo::app::run(file).map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))?;
    Ok(ExitCode::SUCCESS)
}
