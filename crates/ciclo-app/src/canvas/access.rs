//! The canvas for screen readers and the keyboard: every moment's node is a widget of its
//! own, with its role, its name and state in the UI language ("Moment 3 of 12, Calls to
//! book a table, critical, satisfaction 2 of 5") and whether it is selected. Selecting a
//! moment with the keyboard gives its node the focus, which is what a screen reader
//! announces.
//!
//! The node widgets only take the focus, never the pointer: clicks and drags stay with
//! the canvas underneath.

use egui::{Rect, Sense, Ui, vec2};

use ciclo_doc::lang::{Arg, Lang};
use ciclo_doc::model::{Moment, MomentId};

use super::super::i18n::T;
use super::super::state::Shared;
use super::Canvas;

/// What a screen reader says for moment `index` (0-based) of `count`.
pub(crate) fn moment_label(lang: Lang, index: usize, count: usize, m: &Moment) -> String {
    let number = [
        ("number", Arg::from(index + 1)),
        ("count", Arg::from(count)),
    ];
    let mut parts = vec![lang.fmt("a11y-moment", &number), m.name.clone()];
    if m.critical {
        parts.push(T::A11yCritical.get(lang).to_owned());
    }
    if let Some(s) = m.satisfaction {
        let score = [("score", Arg::from(usize::from(s)))];
        parts.push(lang.fmt("a11y-satisfaction", &score));
    }
    parts.join(", ")
}

impl Canvas {
    /// The id of the widget that stands for moment `id` on the canvas.
    pub(crate) fn node_widget(&self, id: MomentId) -> egui::Id {
        self.id.with(("moment", id.0))
    }

    /// True when `id` is the canvas or one of its moments: the keyboard is on the canvas.
    pub(crate) fn owns(&self, id: egui::Id) -> bool {
        id == self.id || self.node_widgets.contains(&id)
    }
}

/// One focusable widget per drawn moment, described for screen readers.
pub(super) fn nodes_ui(ui: &Ui, s: &Shared, canvas: &mut Canvas) {
    canvas.node_widgets.clear();
    let Some(scene) = &canvas.scene else {
        return;
    };
    let lang = s.lang();
    let doc = s.doc();
    let count = doc.moments.len();
    let side = 2.0 * scene.layout.node_radius * canvas.zoom;
    let mut widgets = Vec::with_capacity(scene.layout.nodes.len());
    for node in &scene.layout.nodes {
        let Some(index) = doc.index_of(node.id) else {
            continue;
        };
        let m = &doc.moments[index];
        let id = canvas.node_widget(node.id);
        let rect = Rect::from_center_size(canvas.screen_from_page(node.center), vec2(side, side));
        let response = ui.interact(rect, id, Sense::focusable_noninteractive());
        let selected = s.selection == Some(node.id);
        let label = moment_label(lang, index, count, m);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        // Selected, as a list item is (egui would say "pressed", as of a toggle).
        ui.ctx()
            .accesskit_node_builder(id, |n| n.set_selected(selected));
        widgets.push(id);
    }
    canvas.node_widgets.extend(widgets);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_critical_scored_moment_says_so_in_every_language() {
        let mut m = Moment::named(MomentId(3), "Calls to book a table");
        m.critical = true;
        m.satisfaction = Some(2);
        assert_eq!(
            moment_label(Lang::En, 2, 12, &m),
            "Moment 3 of 12, Calls to book a table, critical, satisfaction 2 of 5"
        );
        assert_eq!(
            moment_label(Lang::Es, 2, 12, &m),
            "Momento 3 de 12, Calls to book a table, crítico, satisfacción 2 de 5"
        );
        assert!(moment_label(Lang::Ru, 2, 12, &m).starts_with("Момент 3 из 12, "));
        m.critical = false;
        m.satisfaction = None;
        assert_eq!(
            moment_label(Lang::En, 0, 1, &m),
            "Moment 1 of 1, Calls to book a table"
        );
    }
}
