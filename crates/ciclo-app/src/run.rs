//! Where commands and actions take effect: the one place that changes the designer's
//! state while the window runs.

use egui::Ui;

use ciclo_doc::lang::Lang;
use ciclo_doc::model::Moment;

use super::action::Action;
use super::commands::Command;
use super::designer::{Designer, Modal, Pending};
use super::state::Panels;
use super::workshop::NameFor;
use super::workshop_ui::JoinPrompt;
use ciclo_doc::edit::{Edit, default_moment_name};

impl Designer {
    /// Runs a command.
    pub fn run(&mut self, command: Command, ctx: &egui::Context) {
        let n = self.doc().moments.len();
        let sel = self.selected_index();
        match command {
            Command::New => self.request(Pending::New(None)),
            Command::Open => self.request(Pending::Open(None)),
            Command::OpenRecent(i) => {
                if let Some(path) = self.settings.recent.get(i).cloned() {
                    self.open_path(path);
                }
            }
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as();
            }
            Command::Export => {
                // The canvas is the preview: show the whole picture beside the dialog.
                self.windows.export.open = true;
                self.windows.export.focus = true;
                self.view.canvas.fit();
            }
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Undo | Command::Redo if self.is_live() => {
                self.live_undo(command == Command::Redo);
            }
            Command::Undo | Command::Redo => self.undo_redo(command == Command::Undo),
            Command::HostWorkshop => self.with_name(NameFor::Host),
            Command::JoinWorkshop => self.workshop.join_prompt = Some(JoinPrompt::default()),
            Command::LeaveWorkshop => self.leave_workshop(),
            Command::AddMoment => self.add_moment(n, None),
            Command::InsertAfter => self.add_moment(sel.map_or(n, |i| i + 1), None),
            Command::Delete => self.delete_selected(),
            Command::Rename => self.view.focus_name = sel.is_some(),
            Command::ToggleCritical => {
                if let Some(m) = sel.map(|i| &self.doc().moments[i]) {
                    let edit = Edit::Critical(m.id, !m.critical);
                    self.edit(edit);
                    self.document.history.seal();
                }
            }
            Command::DistributeEvenly => self.edit(Edit::DistributeEvenly),
            Command::SelectNext | Command::SelectPrevious => {
                self.step_selection(command == Command::SelectNext);
            }
            Command::MoveEarlier | Command::MoveLater => {
                self.move_selected(command == Command::MoveEarlier);
            }
            Command::ZoomIn => self.view.canvas.zoom_by(1.25),
            Command::ZoomOut => self.view.canvas.zoom_by(0.8),
            Command::ZoomFit => self.view.canvas.fit(),
            Command::SelectNone => self.view.selection = None,
            Command::ShowList => self.view.panels.list = !self.view.panels.list,
            Command::ShowInspector => self.view.panels.inspector = !self.view.panels.inspector,
            Command::CanvasOnly => {
                let show = !(self.view.panels.list || self.view.panels.inspector);
                self.view.panels = Panels {
                    list: show,
                    inspector: show,
                };
            }
            Command::SatisfactionCurve => {
                let e = &mut self.settings.export;
                e.satisfaction_curve = !e.satisfaction_curve;
            }
            Command::Analysis => self.toggle_analysis(),
            Command::Present if self.presenting() => self.stop_presentation(ctx),
            Command::Present => self.start_presentation(ctx),
            Command::Theme(theme) => {
                self.settings.theme = theme;
                theme.apply(ctx);
            }
            Command::Language(lang) => {
                self.settings.lang = lang;
                self.shown_title.clear();
            }
            Command::NewFromTemplate => self.show_gallery(),
            Command::ExportReport => self.export_report(),
            Command::ExportSlides => self.export_slides(),
            Command::ExportPdf => self.export_deck("pdf"),
            Command::ExportPptx => self.export_deck("pptx"),
            Command::Palette => self.windows.palette.open(),
            Command::Shortcuts => self.windows.shortcuts = true,
            Command::About => self.windows.about = true,
            Command::Dismiss => self.dismiss(ctx),
        }
    }

    /// Closes the top-most thing, and only that: the palette, a help window, the Export
    /// window, the template gallery, the presentation, a blocking dialog; with nothing
    /// open, the selection.
    fn dismiss(&mut self, ctx: &egui::Context) {
        let w = &mut self.windows;
        if let Some(modal) = &w.modal {
            match modal {
                Modal::Unsaved(p) => {
                    let p = p.clone();
                    self.answer_unsaved(p, None);
                }
                Modal::Error { .. } => w.modal = None,
                // A recovery copy needs an answer: Escape keeps it for the next start.
                Modal::Recover(_) => {}
            }
        } else if w.palette.is_open() {
            w.palette.close();
        } else if w.shortcuts || w.about {
            w.shortcuts = false;
            w.about = false;
        } else if w.export.open {
            w.export.open = false;
            self.view.canvas.covered = None;
        } else if w.gallery.open {
            w.gallery.open = false;
        } else if self.presenting() {
            self.stop_presentation(ctx);
        } else {
            self.view.selection = None;
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let history = &mut self.document.history;
        let restored = if undo {
            history.undo(self.view.selection)
        } else {
            history.redo(self.view.selection)
        };
        if let Some(selection) = restored {
            self.view.selection = selection.filter(|id| self.doc().index_of(*id).is_some());
        }
    }

    fn delete_selected(&mut self) {
        let Some(i) = self.selected_index() else {
            return;
        };
        let id = self.doc().moments[i].id;
        self.edit(Edit::Delete(id));
        let doc = self.doc();
        self.view.selection = doc
            .moments
            .get(i.min(doc.moments.len().saturating_sub(1)))
            .map(|m| m.id);
    }

    fn step_selection(&mut self, forward: bool) {
        let n = self.doc().moments.len();
        if n == 0 {
            return;
        }
        let i = match self.selected_index() {
            Some(i) if forward => (i + 1) % n,
            Some(i) => (i + n - 1) % n,
            None if forward => 0,
            None => n - 1,
        };
        self.view.selection = Some(self.doc().moments[i].id);
    }

    fn move_selected(&mut self, earlier: bool) {
        let n = self.doc().moments.len();
        let Some(i) = self.selected_index() else {
            return;
        };
        let to = if earlier {
            i.checked_sub(1)
        } else {
            Some(i + 1)
        };
        if let Some(to) = to.filter(|&to| to < n) {
            let id = self.doc().moments[i].id;
            self.edit(Edit::Reorder(id, to));
            self.document.history.seal();
        }
    }

    /// Adds a new moment at `index` (or where `angle` falls on the ring), selects it and
    /// puts the cursor in its name.
    pub fn add_moment(&mut self, index: usize, angle: Option<f64>) {
        let id = self.doc().next_id();
        let lang = Lang::from_tag(&self.doc().language);
        let add = |name: String| Edit::Add {
            moment: Box::new(Moment::named(id, name)),
            index,
            angle,
        };
        // The default name carries the number the moment gets in the sequence.
        let mut probe = self.doc().clone();
        add(String::new()).apply(&mut probe);
        let number = probe.index_of(id).map_or(index, |i| i) + 1;
        self.edit(add(default_moment_name(lang, number)));
        self.document.history.seal();
        self.view.selection = Some(id);
        self.view.focus_name = true;
    }

    /// Does what one action asks.
    pub(crate) fn apply(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::Edit(e) => self.edit(e),
            Action::Command(c) => {
                if self.shared().enabled(c) {
                    self.run(c, ctx);
                }
            }
            Action::Select(id) => self.view.selection = id,
            Action::Rename(id) => {
                self.view.selection = Some(id);
                self.view.focus_name = true;
            }
            Action::Seal => self.document.history.seal(),
            Action::PickPhotos(id) => {
                let paths = self.dialogs.pick_photos(self.lang());
                self.add_photos(id, &paths);
            }
            Action::AddAt(angle) => {
                let n = self.doc().moments.len();
                self.add_moment(n, Some(angle));
            }
            Action::Request(p) => self.request(p),
            Action::AnswerUnsaved(p, save) => self.answer_unsaved(p, save),
            Action::CloseModal => self.windows.modal = None,
            Action::Restore(found) => {
                self.windows.modal = None;
                self.restore(&found);
            }
            Action::Discard(found) => {
                self.windows.modal = None;
                if let Some(r) = &self.document.recovery {
                    r.discard(&found);
                }
            }
            Action::ExportSettings(options, format) => {
                self.settings.export = options;
                self.settings.export_format = format;
            }
            Action::ExportNow => self.export_now(),
            Action::NameAnswer(answer) => {
                self.workshop.name_prompt = None;
                if let Some((name, then)) = answer {
                    self.settings.workshop_name = name;
                    self.with_name(then);
                }
            }
            Action::JoinAnswer(answer) => {
                self.workshop.join_prompt = None;
                if let Some(url) = answer {
                    self.with_name(NameFor::Join(url));
                }
            }
            Action::JoinPanel(shown) => self.workshop.join_panel = shown,
            Action::BrowsersEdit(edit) => {
                if let Some(host) = self.workshop.live.as_ref().and_then(|l| l.host.as_ref()) {
                    host.rooms.web.set_browsers_edit(edit);
                }
            }
            Action::CloseExport => {
                self.windows.export.open = false;
                self.view.canvas.covered = None;
            }
        }
    }

    /// Applies what the panels asked for in this frame, in order, and draws again if
    /// anything changed.
    pub(crate) fn apply_queue(&mut self, ctx: &egui::Context) {
        let actions = self.queue.take();
        if actions.is_empty() {
            return;
        }
        for action in actions {
            self.apply(action, ctx);
        }
        ctx.request_repaint();
    }

    /// Reads keyboard shortcuts, most specific first. Plain keys are left to a focused
    /// text field, and Tab to a focused button or field other than the canvas, so that
    /// the keyboard can still move between widgets.
    pub(crate) fn shortcuts(&mut self, ui: &Ui) {
        let ctx = ui.ctx();
        let typing = ctx.text_edit_focused();
        let typing = typing || self.view.was_typing;
        let focused = ctx.memory(|m| m.focused());
        let focus_elsewhere = focused.is_some_and(|f| !self.view.canvas.owns(f));
        let popup = egui::Popup::is_any_open(ctx);
        let blocked = self.windows.modal.is_some() || self.presenting();
        for command in Command::by_specificity() {
            let palette = self.windows.palette.is_open() && command == Command::Dismiss;
            if command.yields_to_text() && typing && !palette {
                continue;
            }
            let tab = matches!(command, Command::SelectNext | Command::SelectPrevious);
            if tab && focus_elsewhere {
                continue;
            }
            // A menu closes itself on Escape; a modal and the presentation take only
            // Escape (and their own keys).
            if command == Command::Dismiss && popup {
                continue;
            }
            let in_presentation = self.presenting() && command == Command::Present;
            if blocked && command != Command::Dismiss && !in_presentation {
                continue;
            }
            // Every press in this frame counts: keys typed fast (or repeated) arrive
            // together.
            let presses = ui.input_mut(|i| {
                let mut n = 0;
                for s in command.shortcuts() {
                    while i.consume_shortcut(s) {
                        n += 1;
                    }
                }
                n
            });
            for _ in 0..presses {
                if !self.shared().enabled(command) {
                    break;
                }
                self.run(command, ctx);
                if tab {
                    // Tab moved the selection, not the focus: the focus goes to the
                    // selected moment, and a screen reader says which it is.
                    let target = match self.view.selection {
                        Some(id) => self.view.canvas.node_widget(id),
                        None => self.view.canvas.id(),
                    };
                    ui.memory_mut(|m| {
                        m.request_focus(target);
                        m.move_focus(egui::FocusDirection::None);
                    });
                }
            }
        }
    }
}
