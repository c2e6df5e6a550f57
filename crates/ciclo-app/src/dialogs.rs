//! Native file dialogs, behind a trait so that tests never open one.

use std::collections::VecDeque;
use std::path::PathBuf;

use ciclo_doc::lang::Lang;

use ciclo_render::export::Format;

/// The file choosers the designer needs.
pub trait Dialogs {
    /// Asks for a `.ron` file to open.
    fn open(&mut self, lang: Lang) -> Option<PathBuf>;
    /// Asks where to save a `.ron` file, proposing `suggested` as the name.
    fn save(&mut self, lang: Lang, suggested: &str) -> Option<PathBuf>;
    /// Asks where to write an exported picture.
    fn export(&mut self, lang: Lang, suggested: &str, format: Format) -> Option<PathBuf>;
    /// Asks where to write the report (`.html` or `.md`), proposing `suggested`.
    fn report(&mut self, lang: Lang, suggested: &str) -> Option<PathBuf>;
    /// Asks for a folder (for the slides).
    fn pick_folder(&mut self, lang: Lang) -> Option<PathBuf>;
    /// Asks for photos to add to a moment (JPEG, PNG, WebP); none when cancelled.
    fn pick_photos(&mut self, lang: Lang) -> Vec<PathBuf>;
    /// Asks where to write a one-file deck (`pdf` or `pptx`), proposing `suggested`.
    fn deck(&mut self, lang: Lang, suggested: &str, extension: &str) -> Option<PathBuf>;
}

/// The platform's dialogs, through rfd.
#[derive(Debug, Default)]
pub struct NativeDialogs;

fn ron_filter(lang: Lang) -> rfd::FileDialog {
    rfd::FileDialog::new().add_filter(lang.msg("service-cycle"), &["ron"])
}

impl Dialogs for NativeDialogs {
    fn open(&mut self, lang: Lang) -> Option<PathBuf> {
        ron_filter(lang)
            .set_title(lang.msg("dialogs-open-service-cycle"))
            .pick_file()
    }

    fn save(&mut self, lang: Lang, suggested: &str) -> Option<PathBuf> {
        let path = ron_filter(lang)
            .set_title(lang.msg("dialogs-save-service-cycle"))
            .set_file_name(suggested)
            .save_file()?;
        Some(if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path
        })
    }

    fn export(&mut self, lang: Lang, suggested: &str, format: Format) -> Option<PathBuf> {
        let ext = format.extension();
        let path = rfd::FileDialog::new()
            .add_filter(ext.to_uppercase(), &[ext])
            .set_title(lang.msg("export-title"))
            .set_file_name(suggested)
            .save_file()?;
        Some(if path.extension().is_none() {
            path.with_extension(ext)
        } else {
            path
        })
    }

    fn report(&mut self, lang: Lang, suggested: &str) -> Option<PathBuf> {
        let path = rfd::FileDialog::new()
            .add_filter("HTML", &["html", "htm"])
            .add_filter("Markdown", &["md"])
            .set_title(lang.msg("dialogs-export-report"))
            .set_file_name(suggested)
            .save_file()?;
        Some(if path.extension().is_none() {
            path.with_extension("html")
        } else {
            path
        })
    }

    fn pick_photos(&mut self, lang: Lang) -> Vec<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(
                super::i18n::T::PhotoFilter.get(lang),
                &["jpg", "jpeg", "png", "webp"],
            )
            .set_title(super::i18n::T::AddPhoto.get(lang).trim_end_matches('…'))
            .pick_files()
            .unwrap_or_default()
    }

    fn deck(&mut self, lang: Lang, suggested: &str, extension: &str) -> Option<PathBuf> {
        let path = rfd::FileDialog::new()
            .add_filter(extension.to_uppercase(), &[extension])
            .set_title(lang.msg("deck-dialog-title"))
            .set_file_name(suggested)
            .save_file()?;
        Some(if path.extension().is_none() {
            path.with_extension(extension)
        } else {
            path
        })
    }

    fn pick_folder(&mut self, lang: Lang) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(lang.msg("dialogs-slides-folder"))
            .pick_folder()
    }
}

/// Dialogs that answer from prepared lists, for tests. An empty list answers "cancelled".
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// Answers to Open, in order.
    pub open: VecDeque<PathBuf>,
    /// Answers to Save As, in order.
    pub save: VecDeque<PathBuf>,
    /// Answers to Export, in order.
    pub export: VecDeque<PathBuf>,
    /// Answers to Export report, in order.
    pub report: VecDeque<PathBuf>,
    /// Answers to the folder chooser, in order.
    pub folder: VecDeque<PathBuf>,
    /// Answers to Add photo, in order.
    pub photos: VecDeque<Vec<PathBuf>>,
    /// Answers to the deck's file chooser, in order.
    pub deck: VecDeque<PathBuf>,
}

impl Dialogs for ScriptedDialogs {
    fn open(&mut self, _lang: Lang) -> Option<PathBuf> {
        self.open.pop_front()
    }

    fn save(&mut self, _lang: Lang, _suggested: &str) -> Option<PathBuf> {
        self.save.pop_front()
    }

    fn export(&mut self, _lang: Lang, _suggested: &str, _format: Format) -> Option<PathBuf> {
        self.export.pop_front()
    }

    fn report(&mut self, _lang: Lang, _suggested: &str) -> Option<PathBuf> {
        self.report.pop_front()
    }

    fn pick_folder(&mut self, _lang: Lang) -> Option<PathBuf> {
        self.folder.pop_front()
    }

    fn pick_photos(&mut self, _lang: Lang) -> Vec<PathBuf> {
        self.photos.pop_front().unwrap_or_default()
    }

    fn deck(&mut self, _lang: Lang, _suggested: &str, _extension: &str) -> Option<PathBuf> {
        self.deck.pop_front()
    }
}
