//! What panels ask for: while the window is drawn, every panel reads the state and pushes
//! [`Action`]s onto one queue; the designer applies the queue once, after the panels.
//! Nothing but [`super::Designer::apply`] changes the document, the selection or the
//! windows.

use ciclo_doc::model::MomentId;

use super::commands::Command;
use super::designer::Pending;
use super::settings::Recovered;
use super::workshop::NameFor;
use ciclo_doc::edit::Edit;
use ciclo_render::export::{ExportOptions, Format};

/// One thing a panel asks the designer to do.
#[derive(Clone, Debug)]
pub(crate) enum Action {
    /// Change the document.
    Edit(Edit),
    /// Run a command.
    Command(Command),
    /// Select a moment, or the cycle itself with `None`.
    Select(Option<MomentId>),
    /// Select a moment and put the cursor in its name.
    Rename(MomentId),
    /// Close the open undo step (focus moved, a drag started or ended).
    Seal,
    /// Add a moment where `angle` falls on the ring.
    AddAt(f64),
    /// Start a new cycle or open a file, asking about unsaved changes first.
    Request(Pending),
    /// The answer to "save changes?": save, don't save (`Some(false)`), or cancel.
    AnswerUnsaved(Pending, Option<bool>),
    /// Close the error dialog.
    CloseModal,
    /// Restore a recovery copy from a crashed run.
    Restore(Box<Recovered>),
    /// Throw a recovery copy away.
    Discard(Box<Recovered>),
    /// The Export window's choices changed.
    ExportSettings(ExportOptions, Format),
    /// Write the picture with the Export window's choices.
    ExportNow,
    /// Close the Export window.
    CloseExport,
    /// Ask for photos (Add photo…) and add them to a moment.
    PickPhotos(MomentId),
    /// The workshop's name prompt answered: the name to keep and what waited for it, or
    /// `None` when cancelled.
    NameAnswer(Option<(String, NameFor)>),
    /// The Join workshop prompt answered: the URL, or `None` when cancelled.
    JoinAnswer(Option<String>),
    /// Show (true) or hide the workshop's join panel.
    JoinPanel(bool),
    /// Let browsers on the participant page edit (true) or only view the hosted cycle.
    BrowsersEdit(bool),
}

/// The actions pushed in one frame, applied in order.
#[derive(Debug, Default)]
pub(crate) struct Queue(Vec<Action>);

impl Queue {
    /// Asks for `action`.
    pub(crate) fn push(&mut self, action: Action) {
        self.0.push(action);
    }

    /// Asks for a command.
    pub(crate) fn command(&mut self, command: Command) {
        self.0.push(Action::Command(command));
    }

    /// Asks for an edit.
    pub(crate) fn edit(&mut self, edit: Edit) {
        self.0.push(Action::Edit(edit));
    }

    /// Asks for a selection.
    pub(crate) fn select(&mut self, id: Option<MomentId>) {
        self.0.push(Action::Select(id));
    }

    /// The actions so far, leaving the queue empty.
    pub(crate) fn take(&mut self) -> Vec<Action> {
        std::mem::take(&mut self.0)
    }
}
