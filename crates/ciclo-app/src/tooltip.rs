//! The tooltip that shows a moment's details when the pointer rests on its node.

use egui::Ui;

use ciclo_doc::lang::{Lang, Term};

use super::i18n::T;
use super::paint::CRITICAL;

/// The details of a moment, for the hover tooltip.
pub(super) fn moment_tooltip_ui(
    ui: &mut Ui,
    lang: Lang,
    index: usize,
    m: &ciclo_doc::model::Moment,
) {
    ui.set_max_width(320.0);
    ui.strong(format!("{}. {}", index + 1, m.name));
    if m.critical {
        ui.colored_label(CRITICAL, T::CriticalMoment.get(lang));
    }
    ui.label(format!(
        "{}: {}",
        T::Channel.get(lang),
        m.channel.name(lang)
    ));
    if let Some(s) = m.satisfaction {
        ui.label(format!("{}: {s}/5", T::Satisfaction.get(lang)));
    }
    if !m.description.is_empty() {
        ui.label(&m.description);
    }
    if !m.causes.is_empty() {
        let causes: Vec<_> = m.causes.iter().map(|c| c.name(lang)).collect();
        ui.label(format!("{}: {}", T::Causes.get(lang), causes.join(", ")));
    }
    ui.weak(T::DragHint.get(lang));
}
