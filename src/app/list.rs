//! The moment list: the sequence, critical moments marked; click to select, drag or use
//! the arrow buttons to reorder.

use egui::{RichText, Sense, Ui};

use super::commands::Command;
use super::designer::Designer;
use super::edit::Edit;
use super::i18n::T;
use super::paint::CRITICAL;

/// Row height of the moment list.
const ROW: f32 = 24.0;

/// What the list remembers between frames.
#[derive(Debug, Default)]
pub(crate) struct ListState {
    /// The selection the list last showed.
    seen: Option<crate::model::MomentId>,
    /// The rows on screen in the last frame.
    visible: std::ops::Range<usize>,
}

/// A row being dragged in the list: its index.
#[derive(Clone, Copy)]
struct ListDrag(usize);

impl Designer {
    /// Shows the moment list.
    pub(crate) fn list_ui(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.label(RichText::new(T::Moments.get(lang)).heading().size(16.0))
                .on_hover_text(T::TipMoment.get(lang));
        });
        // Wraps in a narrow panel instead of widening it (the panel would keep that width).
        ui.horizontal_wrapped(|ui| {
            for (command, word) in [(Command::MoveEarlier, T::Up), (Command::MoveLater, T::Down)] {
                let shortcut = command.shortcut_text(ui.ctx());
                let tip = format!("{} ({shortcut})", command.text(lang));
                let button = egui::Button::new(word.get(lang));
                if ui
                    .add_enabled(self.enabled(command), button)
                    .on_hover_text(tip)
                    .clicked()
                {
                    self.run(command, ui);
                }
            }
            if ui
                .button(format!("+ {}", T::Add.get(lang)))
                .on_hover_text(Command::InsertAfter.tooltip(lang))
                .clicked()
            {
                self.run(Command::InsertAfter, ui);
            }
            if ui
                .add_enabled(
                    self.enabled(Command::Delete),
                    egui::Button::new(T::Delete.get(lang)),
                )
                .on_hover_text(Command::Delete.tooltip(lang))
                .clicked()
            {
                self.run(Command::Delete, ui);
            }
        });
        ui.separator();

        let n = self.doc().moments.len();
        if n == 0 {
            ui.label(RichText::new(T::NoMoments.get(lang)).weak());
        }
        let mut select = None;
        let mut reorder = None;
        let selected = self.selected_index();
        // Follow a selection made elsewhere (canvas, Tab) when its row is out of sight.
        let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
        if self.selection != self.list.seen
            && let Some(i) = selected
            && !self.list.visible.contains(&i)
        {
            let row = ROW + ui.spacing().item_spacing.y;
            area = area
                .vertical_scroll_offset((i as f32 * row - ui.available_height() / 2.0).max(0.0));
        }
        self.list.seen = self.selection;
        area.show_rows(ui, ROW, n, |ui, range| {
            self.list.visible = range.clone();
            for i in range {
                let m = &self.history.doc().moments[i];
                let mut text = RichText::new(format!("{:>2}. {}", i + 1, m.name));
                if m.critical {
                    text = text.color(CRITICAL).strong();
                }
                let mark = RichText::new(if m.critical { "!" } else { " " })
                    .strong()
                    .color(CRITICAL);
                let button = egui::Button::selectable(selected == Some(i), (mark, text))
                    .truncate()
                    .min_size(egui::vec2(ui.available_width(), ROW))
                    .sense(Sense::click_and_drag());
                let mut r = ui.add(button);
                if m.critical {
                    r = r.on_hover_text(T::CriticalMoment.get(lang));
                }
                if r.clicked() {
                    select = Some(m.id);
                }
                if r.double_clicked() {
                    self.focus_name = true;
                }
                r.dnd_set_drag_payload(ListDrag(i));
                if let Some(from) = r.dnd_hover_payload::<ListDrag>() {
                    let y = if from.0 < i {
                        r.rect.bottom()
                    } else {
                        r.rect.top()
                    };
                    let stroke = egui::Stroke::new(2.0, ui.visuals().selection.stroke.color);
                    ui.painter().hline(r.rect.x_range(), y, stroke);
                }
                if let Some(from) = r.dnd_release_payload::<ListDrag>()
                    && from.0 != i
                {
                    reorder = Some((from.0, i));
                }
            }
        });
        if let Some(id) = select {
            self.selection = Some(id);
            self.list.seen = Some(id);
        }
        if let Some((from, to)) = reorder {
            let id = self.doc().moments[from].id;
            self.edit(Edit::Reorder(id, to));
            self.selection = Some(id);
        }
    }
}
