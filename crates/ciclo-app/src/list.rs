//! The moment list: the sequence, critical moments marked; click to select, drag or use
//! the arrow buttons to reorder.

use egui::{RichText, Sense, Ui};

use super::action::{Action, Queue};
use super::commands::Command;
use super::i18n::T;
use super::paint::CRITICAL;
use super::state::Shared;
use super::workshop_ui::{Selections, row_rings_ui};
use ciclo_doc::edit::Edit;

/// Row height of the moment list.
const ROW: f32 = 24.0;

/// What the list remembers between frames.
#[derive(Debug, Default)]
pub(crate) struct ListState {
    /// The selection the list last showed.
    seen: Option<ciclo_doc::model::MomentId>,
    /// The rows on screen in the last frame.
    visible: std::ops::Range<usize>,
}

/// A row being dragged in the list: its index.
#[derive(Clone, Copy)]
struct ListDrag(usize);

/// Shows the moment list: its buttons, then the rows, with the rings of the others who
/// selected a moment in a live workshop.
pub(crate) fn list_ui(
    ui: &mut Ui,
    s: &Shared,
    list: &mut ListState,
    others: &Selections,
    out: &mut Queue,
) {
    let lang = s.lang();
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(T::Moments.get(lang)).heading().size(16.0))
            .on_hover_text(T::TipMoment.get(lang));
    });
    // Wraps in a narrow panel instead of widening it (the panel would keep that width).
    ui.horizontal_wrapped(|ui| {
        for (command, word) in [
            (Command::MoveEarlier, T::Up),
            (Command::MoveLater, T::Down),
            (Command::InsertAfter, T::Add),
            (Command::Delete, T::Delete),
        ] {
            let shortcut = command.shortcut_text(ui.ctx());
            let tip = format!("{} ({shortcut})", command.tooltip(lang));
            let text = if command == Command::InsertAfter {
                format!("+ {}", word.get(lang))
            } else {
                word.get(lang).to_owned()
            };
            if ui
                .add_enabled(s.enabled(command), egui::Button::new(text))
                .on_hover_text(tip)
                .clicked()
            {
                out.command(command);
            }
        }
    });
    ui.separator();
    rows_ui(ui, s, list, others, out);
}

/// The rows of the list: one selectable button per moment, dragged to reorder.
fn rows_ui(ui: &mut Ui, s: &Shared, list: &mut ListState, others: &Selections, out: &mut Queue) {
    let lang = s.lang();
    let doc = s.doc();
    let n = doc.moments.len();
    if n == 0 {
        ui.label(RichText::new(T::NoMoments.get(lang)).weak());
    }
    let selected = s.selected_index();
    // Follow a selection made elsewhere (canvas, Tab) when its row is out of sight.
    let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
    if s.selection != list.seen
        && let Some(i) = selected
        && !list.visible.contains(&i)
    {
        let row = ROW + ui.spacing().item_spacing.y;
        area = area.vertical_scroll_offset((i as f32 * row - ui.available_height() / 2.0).max(0.0));
    }
    list.seen = s.selection;
    area.show_rows(ui, ROW, n, |ui, range| {
        list.visible = range.clone();
        for i in range {
            let m = &doc.moments[i];
            // Red marks the critical ones, except on the selection's own colour, where
            // the "!" and the bold still say it.
            let red = if selected == Some(i) {
                ui.visuals().selection.stroke.color
            } else {
                CRITICAL
            };
            let mut text = RichText::new(format!("{:>2}. {}", i + 1, m.name));
            if m.critical {
                text = text.color(red).strong();
            }
            let mark = RichText::new(if m.critical { "!" } else { " " })
                .strong()
                .color(red);
            let button = egui::Button::selectable(selected == Some(i), (mark, text))
                .truncate()
                .min_size(egui::vec2(ui.available_width(), ROW))
                .sense(Sense::click_and_drag());
            let mut r = ui.add(button);
            let here: Vec<_> = others
                .iter()
                .filter(|(id, _)| *id == m.id)
                .map(|(_, p)| p)
                .collect();
            row_rings_ui(ui, r.rect, &here, lang);
            if m.critical {
                r = r.on_hover_text(T::CriticalMoment.get(lang));
            }
            if r.double_clicked() {
                out.push(Action::Rename(m.id));
            } else if r.clicked() {
                out.select(Some(m.id));
                list.seen = Some(m.id);
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
                let id = doc.moments[from.0].id;
                out.edit(Edit::Reorder(id, i));
                out.push(Action::Seal);
                out.select(Some(id));
            }
        }
    });
}
