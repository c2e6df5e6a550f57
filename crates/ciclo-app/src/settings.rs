//! What the designer remembers between runs, and the crash-recovery copy.
//!
//! Settings live in eframe's storage (window size is persisted by eframe itself). The
//! recovery copy is a plain `.ron` file in the app's data folder, written while there are
//! unsaved changes and removed once they are saved or deliberately discarded.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use ciclo_doc::file;
use ciclo_doc::lang::Lang;
use ciclo_doc::model::Document;
use ciclo_doc::save;
use ciclo_render::export::{Background, ExportOptions};

use super::i18n::T;

/// How many recent files the File menu lists.
pub const RECENT_LIMIT: usize = 8;

/// The eframe storage key of [`Settings`].
pub const STORAGE_KEY: &str = "ciclo-settings";

/// The user's preferences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Language of the user interface.
    pub lang: Lang,
    /// The colour theme.
    pub theme: Theme,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
    /// The last export choices; also the page shape the canvas shows.
    pub export: ExportSettings,
    /// The name others see in a live workshop; asked for the first time.
    pub workshop_name: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: system_lang(),
            theme: Theme::default(),
            recent: Vec::new(),
            export: ExportSettings::default(),
            workshop_name: String::new(),
        }
    }
}

impl Settings {
    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(RECENT_LIMIT);
    }
}

/// The window's colour themes. The canvas keeps the picture's own colours in all of them;
/// the critical cue is a thicker outline as well as red, so it reads in grayscale too.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Theme {
    /// Dark text on light panels.
    #[default]
    Light,
    /// Light text on dark panels.
    Dark,
    /// Black on white with strong outlines and a thick focus ring, for low vision and
    /// projectors that wash colours out.
    HighContrast,
}

impl Theme {
    /// Every theme, in menu order.
    pub const ALL: &'static [Theme] = &[Theme::Light, Theme::Dark, Theme::HighContrast];

    /// The theme's name in menus.
    pub fn name(self) -> T {
        match self {
            Theme::Light => T::Light,
            Theme::Dark => T::Dark,
            Theme::HighContrast => T::HighContrast,
        }
    }

    /// Makes the window use this theme.
    pub fn apply(self, ctx: &egui::Context) {
        match self {
            Theme::Light => {
                ctx.set_theme(egui::Theme::Light);
                ctx.set_visuals_of(egui::Theme::Light, egui::Visuals::light());
            }
            Theme::Dark => ctx.set_theme(egui::Theme::Dark),
            Theme::HighContrast => {
                ctx.set_theme(egui::Theme::Light);
                ctx.set_visuals_of(egui::Theme::Light, high_contrast());
            }
        }
    }
}

/// Black on white, every widget outlined, the selection black on yellow.
fn high_contrast() -> egui::Visuals {
    use egui::{Color32, Stroke};
    let mut v = egui::Visuals::light();
    let ink = Color32::BLACK;
    v.weak_text_color = Some(Color32::from_gray(64));
    v.panel_fill = Color32::WHITE;
    v.window_fill = Color32::WHITE;
    v.extreme_bg_color = Color32::WHITE;
    v.faint_bg_color = Color32::from_gray(235);
    v.window_stroke = Stroke::new(2.0, ink);
    v.hyperlink_color = Color32::from_rgb(0x00, 0x33, 0x99);
    // Black on yellow: the shortcuts' weaker grey stays readable on it too.
    v.selection.bg_fill = Color32::from_rgb(0xff, 0xd5, 0x00);
    v.selection.stroke = Stroke::new(2.0, ink);
    for w in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.fg_stroke = Stroke::new(1.5, ink);
        w.bg_stroke = Stroke::new(1.5, ink);
    }
    v.widgets.inactive.weak_bg_fill = Color32::WHITE;
    v.widgets.inactive.bg_fill = Color32::WHITE;
    v.widgets.hovered.weak_bg_fill = Color32::from_gray(220);
    v.widgets.hovered.bg_stroke = Stroke::new(2.5, ink);
    v.widgets.active.bg_stroke = Stroke::new(3.0, ink);
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, ink);
    v
}

/// The formats of the Export dialog: the picture, or the moments as a spreadsheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportFormat {
    /// A PNG image.
    Png,
    /// An SVG drawing.
    Svg,
    /// The moments as CSV.
    Csv,
    /// The moments as an Excel workbook.
    Xlsx,
}

impl ExportFormat {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Png => "png",
            ExportFormat::Svg => "svg",
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
        }
    }

    /// True for the picture formats (size, background and curve apply to them only).
    pub fn is_picture(self) -> bool {
        matches!(self, ExportFormat::Png | ExportFormat::Svg)
    }
}

/// The size presets of the Export dialog: (width, height).
pub const SIZE_PRESETS: &[(u32, u32)] = &[(1280, 720), (1920, 1080), (3840, 2160), (1080, 1080)];

/// Export choices.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportSettings {
    /// PNG, SVG, CSV or XLSX.
    pub format: ExportFormat,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Transparent background instead of white.
    pub transparent: bool,
    /// Draw the satisfaction curve inside the ring (canvas and export).
    pub satisfaction_curve: bool,
    /// SVG: write the text as outlines.
    pub text_as_paths: bool,
}

impl Default for ExportSettings {
    fn default() -> Self {
        ExportSettings {
            format: ExportFormat::Png,
            width: 1920,
            height: 1080,
            transparent: false,
            satisfaction_curve: false,
            text_as_paths: false,
        }
    }
}

impl ExportSettings {
    /// The export these choices ask for. The canvas shows the same picture
    /// ([`ExportOptions::picture`]), and the presentation the same at the screen's size.
    pub fn options(&self) -> ExportOptions {
        ExportOptions {
            width: self.width,
            height: self.height,
            background: if self.transparent {
                Background::Transparent
            } else {
                Background::White
            },
            satisfaction_curve: self.satisfaction_curve,
            text_as_paths: self.text_as_paths,
        }
    }
}

/// The UI language the system asks for (see [`Lang::from_system`]).
pub fn system_lang() -> Lang {
    Lang::from_system()
}

/// The window's language for one run, and the one to remember after it.
///
/// The order: `CICLO_LANG` (for this run only: it is never saved), then the language
/// saved in the settings (the last one picked in the Language menu, or the system's at
/// the first run), then the system's preferred languages. A `CICLO_LANG` that names a
/// language Ciclo does not speak is ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StartLang {
    /// The language the window speaks when it opens.
    pub now: Lang,
    /// The language saved in the settings, or the system's if none was.
    remembered: Lang,
}

impl StartLang {
    /// Chooses from the `CICLO_LANG` value, the saved settings' language and the
    /// system's locales (read only when nothing was saved).
    pub fn choose(
        env: Option<&str>,
        saved: Option<Lang>,
        system: impl FnOnce() -> Vec<String>,
    ) -> StartLang {
        let remembered = saved.unwrap_or_else(|| Lang::first_spoken(system()));
        let now = env.and_then(Lang::matching).unwrap_or(remembered);
        StartLang { now, remembered }
    }

    /// The language to save when the window speaks `lang`: one picked in the Language
    /// menu during this run, or else the remembered one, so that a `CICLO_LANG`
    /// override lasts one run.
    pub fn to_save(self, lang: Lang) -> Lang {
        if lang == self.now {
            self.remembered
        } else {
            lang
        }
    }
}

/// Crash-recovery copies in a data folder: one per running designer, named after its
/// process, so that two windows never overwrite or remove each other's copy.
///
/// A running designer holds an exclusive lock on its own `recovery-N.lock` for as long as
/// it runs; the system drops the lock when the process ends, however it ends. A copy whose
/// lock can be taken therefore belongs to a designer that crashed. File locks work the
/// same on Linux, macOS and Windows.
#[derive(Clone, Debug)]
pub struct Recovery {
    dir: PathBuf,
    owner: u32,
    /// The locked `recovery-{owner}.lock`, held while this designer runs.
    lock: Option<std::sync::Arc<HeldLock>>,
}

/// A lock file held open and locked; closed and removed when the designer ends.
#[derive(Debug)]
struct HeldLock {
    file: Option<std::fs::File>,
    path: PathBuf,
}

impl Drop for HeldLock {
    fn drop(&mut self) {
        // Closed first: Windows removes no file that is still open.
        drop(self.file.take());
        let _ = std::fs::remove_file(&self.path);
    }
}

/// A recovery copy left by a designer that is no longer running.
#[derive(Clone, Debug)]
pub struct Recovered {
    /// The document as it was.
    pub doc: Document,
    /// The file it belonged to, if it had one.
    pub origin: Option<PathBuf>,
    /// The copy's own files.
    files: Vec<PathBuf>,
}

impl Recovery {
    /// This process's recovery copies in `dir`, marked as running with its lock file.
    pub fn new(dir: PathBuf) -> Self {
        Recovery::with_owner(dir, std::process::id()).running()
    }

    /// Recovery copies in `dir` that belong to `owner` (a process id; tests pick their own).
    /// Without [`Recovery::running`], other designers take them for a crashed run's.
    pub fn with_owner(dir: PathBuf, owner: u32) -> Self {
        Recovery {
            dir,
            owner,
            lock: None,
        }
    }

    /// Takes this designer's lock, so that other designers know it is running. If the
    /// lock cannot be taken (a read-only folder), the copies still work; another window
    /// may then offer them while this one runs, and restoring makes them its own.
    pub fn running(mut self) -> Self {
        let path = self.lock_path(self.owner);
        let lock = save::create_folder(&self.dir).ok().and_then(|()| {
            let file = lock_file(&path, true)?;
            file.try_lock().ok()?;
            Some(std::sync::Arc::new(HeldLock {
                file: Some(file),
                path,
            }))
        });
        self.lock = lock;
        self
    }

    fn lock_path(&self, owner: u32) -> PathBuf {
        self.dir.join(format!("recovery-{owner}.lock"))
    }

    /// True while the designer that owns `owner`'s copies holds its lock.
    fn is_running(&self, owner: u32) -> bool {
        let Some(file) = lock_file(&self.lock_path(owner), false) else {
            // No lock file: a designer from before lock files, or one that could not
            // make one; its copy is offered rather than lost.
            return false;
        };
        matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock))
    }

    /// The app's data folder, where eframe keeps its own state too.
    pub fn default_dir() -> Option<PathBuf> {
        eframe::storage_dir("ciclo")
    }

    fn paths(&self, owner: u32) -> [PathBuf; 2] {
        [
            self.dir.join(format!("recovery-{owner}.ron")),
            self.dir.join(format!("recovery-{owner}.origin")),
        ]
    }

    /// Writes this designer's copy, replacing its previous one.
    pub fn write(&self, doc: &Document, origin: Option<&Path>) -> Result<(), save::SaveError> {
        save::create_folder(&self.dir)?;
        let [doc_path, origin_path] = self.paths(self.owner);
        let origin = origin
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        save::write_atomically(&origin_path, origin.as_bytes())?;
        save::save_file(doc, &doc_path)
    }

    /// Removes this designer's copy; missing files are fine.
    pub fn clear(&self) {
        for p in self.paths(self.owner) {
            let _ = std::fs::remove_file(p);
        }
    }

    /// Removes a copy found by [`Recovery::find`].
    pub fn discard(&self, found: &Recovered) {
        for p in &found.files {
            let _ = std::fs::remove_file(p);
        }
    }

    /// The newest readable copy left by a designer that is not running any more.
    pub fn find(&self) -> Option<Recovered> {
        let entries = std::fs::read_dir(&self.dir).ok()?;
        let mut found: Vec<(std::time::SystemTime, u32)> = entries
            .filter_map(|e| {
                let e = e.ok()?;
                let name = e.file_name().into_string().ok()?;
                let owner: u32 = name
                    .strip_prefix("recovery-")?
                    .strip_suffix(".ron")?
                    .parse()
                    .ok()?;
                let modified = e.metadata().and_then(|m| m.modified()).ok()?;
                (owner != self.owner && !self.is_running(owner)).then_some((modified, owner))
            })
            .collect();
        found.sort_unstable_by_key(|f| std::cmp::Reverse(f.0));
        found.into_iter().find_map(|(_, owner)| {
            let [doc_path, origin_path] = self.paths(owner);
            let doc = file::load_file(&doc_path).ok()?;
            let origin = std::fs::read_to_string(&origin_path)
                .ok()
                .map(|s| s.trim_end_matches('\n').to_owned())
                .filter(|s| !s.is_empty())
                .map(PathBuf::from);
            Some(Recovered {
                doc,
                origin,
                files: vec![doc_path, origin_path, self.lock_path(owner)],
            })
        })
    }
}

/// Opens a lock file (creating it if `create`) without changing its contents.
fn lock_file(path: &Path, create: bool) -> Option<std::fs::File> {
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(create)
        .truncate(false)
        .open(path)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_designers_copy_is_not_offered_until_it_ends() {
        let dir = tempfile::tempdir().unwrap();
        let doc = Document {
            title: "still open".into(),
            ..Document::default()
        };
        let running = Recovery::with_owner(dir.path().to_owned(), 7).running();
        running.write(&doc, None).unwrap();
        let other = Recovery::with_owner(dir.path().to_owned(), 8).running();
        assert!(other.find().is_none(), "a window that runs keeps its copy");
        // Ending (or crashing: the system drops the lock) makes the copy a crashed run's.
        drop(running);
        let found = other
            .find()
            .expect("the copy is offered once its window is gone");
        assert_eq!(found.doc, doc);
        other.discard(&found);
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(
            left,
            ["recovery-8.lock"],
            "only the running window's lock is left"
        );

        // A crash leaves the lock file behind, unlocked: the copy is offered too.
        let crashed = Recovery::with_owner(dir.path().to_owned(), 9);
        crashed.write(&doc, None).unwrap();
        std::fs::write(dir.path().join("recovery-9.lock"), b"").unwrap();
        assert!(other.find().is_some());
    }

    #[test]
    fn recovery_round_trips_between_runs() {
        let dir = tempfile::tempdir().unwrap();
        let crashed = Recovery::with_owner(dir.path().join("sub"), u32::MAX);
        let next = Recovery::with_owner(dir.path().join("sub"), u32::MAX - 1);
        assert!(next.find().is_none());
        let doc = Document {
            title: "x".into(),
            ..Document::default()
        };
        crashed.write(&doc, Some(Path::new("/tmp/a.ron"))).unwrap();
        assert!(
            crashed.find().is_none(),
            "a designer never offers its own copy"
        );
        let found = next.find().unwrap();
        assert_eq!(found.doc, doc);
        assert_eq!(found.origin.as_deref(), Some(Path::new("/tmp/a.ron")));
        next.discard(&found);
        assert!(next.find().is_none());
    }

    #[test]
    fn ciclo_lang_wins_for_one_run_and_the_saved_choice_wins_over_the_system() {
        let brazil = || vec!["pt_BR.UTF-8".to_owned()];
        let unread = || -> Vec<String> { panic!("the system is not asked when a choice is saved") };
        // The report: English saved, CICLO_LANG=pt; the window speaks Portuguese...
        let start = StartLang::choose(Some("pt"), Some(Lang::En), unread);
        assert_eq!(start.now, Lang::Pt);
        // ...and the saved choice stays English, unless the user picks another.
        assert_eq!(start.to_save(Lang::Pt), Lang::En);
        assert_eq!(start.to_save(Lang::Ru), Lang::Ru);
        // The saved choice wins over the system's locale.
        let start = StartLang::choose(None, Some(Lang::Es), brazil);
        assert_eq!(start.now, Lang::Es);
        assert_eq!(start.to_save(Lang::Es), Lang::Es);
        // Nothing saved (the first run): the system's language, remembered.
        let start = StartLang::choose(None, None, brazil);
        assert_eq!((start.now, start.to_save(Lang::Pt)), (Lang::Pt, Lang::Pt));
        // A CICLO_LANG Ciclo does not speak is ignored; a locale form is understood.
        assert_eq!(
            StartLang::choose(Some("fr_FR"), Some(Lang::Ru), brazil).now,
            Lang::Ru
        );
        assert_eq!(
            StartLang::choose(Some("es_MX.UTF-8"), None, brazil).now,
            Lang::Es
        );
    }
}
