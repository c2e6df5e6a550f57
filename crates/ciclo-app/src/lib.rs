//! The designer window: a canvas with the cycle, the moment list, the inspector, menus,
//! undo, files and export.
//!
//! Layers: [`Designer`] holds one document and everything about editing it, and draws the
//! whole window into an [`egui::Ui`]; it knows nothing of eframe, so tests drive it with
//! egui_kittest. [`run`] wraps it in an eframe window that persists the settings.
//!
//! State is grouped by lifetime in [`state`]: the open document, the view, the windows.
//! Panels read it and push actions ([`action`]) onto one queue, applied once per frame
//! after the panels are drawn ([`run`]). Every user action is a [`Command`]
//! ([`commands`] says how to add one). Every change to the document is an [`Edit`]
//! applied by [`History`](ciclo_doc::edit::History); selection, zoom and hover never enter the document.

mod action;
mod analysis_panel;
mod canvas;
mod commands;
mod deliverables;
mod designer;
mod dialogs;

mod exporting;
mod files;
mod gallery;
mod i18n;
mod inspector;
mod list;
mod menus;
mod paint;
mod palette;
mod photo_cache;
mod photos_panel;
mod present;
mod prompts;
mod run;
mod settings;
mod state;
mod tooltip;
mod view;
mod workshop;
mod workshop_ui;

use std::path::PathBuf;

pub use ciclo_doc::edit::{DocList, DocText, Edit, MomentText};
pub use commands::{Command, Menu, TOOLBAR};
pub use designer::{Designer, Modal, Panels, Pending, RECOVERY_INTERVAL};
pub use dialogs::{Dialogs, NativeDialogs, ScriptedDialogs};
pub use i18n::T;
pub use settings::{Recovery, Settings, StartLang, Theme, system_lang};

/// The eframe application: the designer plus persistence.
struct CicloApp {
    designer: Designer,
    /// True once the window has been checked against the screen's size.
    sized: bool,
    /// The language the window opened in, and the one the settings keep.
    lang: StartLang,
}

impl CicloApp {
    /// On a screen smaller than the window asks for (a 1024×768 projector), shrinks the
    /// window to the screen instead of letting it run off the edges.
    fn fit_screen(&mut self, ctx: &egui::Context) {
        if self.sized {
            return;
        }
        let (monitor, inner) = ctx.input(|i| (i.viewport().monitor_size, i.viewport().inner_rect));
        let (Some(monitor), Some(inner)) = (monitor, inner) else {
            return;
        };
        self.sized = true;
        if inner.width() > monitor.x || inner.height() > monitor.y {
            let size = inner.size().min(monitor);
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::Pos2::ZERO));
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
        }
    }
}

impl eframe::App for CicloApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.fit_screen(ui.ctx());
        self.designer.ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let mut kept = self.designer.settings.clone();
        kept.lang = self.lang.to_save(kept.lang);
        eframe::set_value(storage, settings::STORAGE_KEY, &kept);
    }
}

/// The application icon (`assets/ciclo.png`, drawn from `assets/ciclo.svg`).
pub const ICON_PNG: &[u8] = include_bytes!("../../../assets/ciclo.png");

/// The window's icon; none if the embedded PNG could not be read (a test checks it can).
fn icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(ICON_PNG).unwrap_or_default()
}

/// Opens the designer window, with `file` loaded if given. Returns when the window closes.
pub fn run(file: Option<PathBuf>) -> eframe::Result<()> {
    run_with(file, None)
}

/// Opens the window; with `join`, joined to the live workshop at that URL (asking for
/// the person's name first if the settings have none).
pub fn run_with(file: Option<PathBuf>, join: Option<String>) -> eframe::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_app_id("ciclo")
            .with_title("Ciclo")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true)
            .with_icon(std::sync::Arc::new(icon())),
        ..Default::default()
    };
    eframe::run_native(
        "ciclo",
        options,
        Box::new(move |cc| {
            let saved = cc.storage.and_then(Settings::stored);
            let lang = StartLang::choose(
                std::env::var("CICLO_LANG").ok().as_deref(),
                saved.as_ref().map(|s| s.lang),
                || sys_locale::get_locales().collect(),
            );
            let mut settings = saved.unwrap_or_default();
            settings.lang = lang.now;
            settings.theme.apply(&cc.egui_ctx);
            let mut designer = Designer::new(settings, Box::new(NativeDialogs));
            if let Some(dir) = Recovery::default_dir() {
                designer = designer.with_recovery(Recovery::new(dir));
            }
            if let Some(path) = file {
                designer.open_path(path);
            }
            if let Some(url) = join {
                designer.start_joining(&url, &cc.egui_ctx);
            }
            Ok(Box::new(CicloApp {
                designer,
                sized: false,
                lang,
            }))
        }),
    )
}
