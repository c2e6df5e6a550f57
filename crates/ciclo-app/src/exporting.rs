//! Deliverables written off the UI thread: the report, the slides and the decks take
//! seconds with many photos, so each is written by a thread of its own while the window
//! keeps drawing. The status bar says what is being written; when it is done, the status
//! bar shows where it went, or an error dialog says what went wrong.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use ciclo_doc::lang::{Arg, Lang};

use super::designer::Designer;
use super::i18n::T;

/// How often the status bar's clock ticks while an export runs.
const TICK: Duration = Duration::from_millis(250);

/// What an export ends with: the status bar's notice, or an error dialog's title and
/// message (both in the window's language).
pub(crate) type Outcome = Result<String, (T, String)>;

/// The export being written, if any. Application state, never saved.
#[derive(Debug, Default)]
pub(crate) struct Exporting {
    job: Option<Job>,
    /// The window was asked to close while an export ran: it closes once the export is
    /// written, so that a deck or a folder of slides is never left half-written.
    close_when_done: bool,
}

#[derive(Debug)]
struct Job {
    /// The file or folder being written.
    target: PathBuf,
    started: Instant,
    done: Receiver<Outcome>,
}

impl Exporting {
    /// True while an export is being written.
    pub(crate) fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// The status bar's words while an export is being written.
    pub(crate) fn status(&self, lang: Lang) -> Option<String> {
        let job = self.job.as_ref()?;
        let seconds = job.started.elapsed().as_secs();
        let args = [
            ("path", Arg::from(job.target.display().to_string())),
            ("seconds", Arg::from(seconds as usize)),
        ];
        Some(if self.close_when_done {
            lang.fmt("exporting-then-closing", &args)
        } else {
            lang.fmt("exporting", &args)
        })
    }
}

impl Designer {
    /// True while a report, slides or a deck is being written in the background.
    pub fn exporting(&self) -> bool {
        self.windows.exporting.busy()
    }

    /// Writes `target` with `work` on a thread of its own; [`Designer::ui`] shows the
    /// outcome once it is there. One export at a time: the File menu's exports are off
    /// while one runs.
    pub(crate) fn export_in_background(
        &mut self,
        target: PathBuf,
        work: impl FnOnce() -> Outcome + Send + 'static,
    ) {
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("ciclo-export".to_owned())
            .spawn(move || {
                let _ = tx.send(work());
            });
        if spawned.is_err() {
            let lang = self.lang();
            return self.fail(T::SlidesFailed, T::ExportStopped.get(lang).to_owned());
        }
        self.notice = None;
        self.windows.exporting.job = Some(Job {
            target,
            started: Instant::now(),
            done: rx,
        });
    }

    /// Keeps the window open while an export is written, when it is asked to close: it
    /// closes once the export is done (asking about unsaved changes then, as always). A
    /// second request while it waits closes it at once. True when the close was held.
    pub(crate) fn hold_close_for_export(&mut self, ui: &egui::Ui) -> bool {
        let exporting = &mut self.windows.exporting;
        if !exporting.busy() || exporting.close_when_done {
            return false;
        }
        ui.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        exporting.close_when_done = true;
        true
    }

    /// Shows the outcome of a finished export; while one runs, asks for a frame every
    /// [`TICK`] to move the status bar's clock and to notice the end.
    pub(crate) fn poll_export(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.windows.exporting.job else {
            return;
        };
        let outcome = match job.done.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => return ctx.request_repaint_after(TICK),
            Err(TryRecvError::Disconnected) => Err((
                T::SlidesFailed,
                T::ExportStopped.get(self.lang()).to_owned(),
            )),
        };
        self.windows.exporting.job = None;
        if std::mem::take(&mut self.windows.exporting.close_when_done) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        match outcome {
            Ok(notice) => self.notice = Some(notice),
            Err((title, message)) => self.fail(title, message),
        }
        ctx.request_repaint();
    }
}
