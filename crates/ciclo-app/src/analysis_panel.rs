//! The analysis window: the figures of [`ciclo_doc::analysis`] for the cycle being edited,
//! kept up to date as the group works. The critical moments that still lack a plan are
//! buttons that select the moment in the designer.

use egui::{RichText, Ui};

use ciclo_doc::analysis::{Analysis, Matrix, analyse, decimal};
use ciclo_doc::lang::{Lang, Term};
use ciclo_doc::model::{Document, MomentId};

use super::designer::Designer;
use super::i18n::T;
use super::paint::CRITICAL;

/// The widest a column heading of the moments × terms tables gets before it wraps.
const HEADING_WIDTH: f32 = 96.0;

/// Whether the analysis window is open, and the analysis of the last revision it showed.
#[derive(Default)]
pub(crate) struct AnalysisPanel {
    /// True while the window is open.
    pub(crate) open: bool,
    cache: Option<(u64, Analysis)>,
}

impl Designer {
    /// Opens or closes the analysis window.
    pub fn toggle_analysis(&mut self) {
        self.windows.analysis.open = !self.windows.analysis.open;
    }

    /// True while the analysis window is open.
    pub fn analysis_open(&self) -> bool {
        self.windows.analysis.open
    }

    /// Shows the analysis window, if it is open.
    pub(crate) fn analysis_ui(&mut self, ui: &mut Ui) {
        if !self.windows.analysis.open {
            return;
        }
        let revision = self.document.history.revision();
        if self
            .windows
            .analysis
            .cache
            .as_ref()
            .is_none_or(|(r, _)| *r != revision)
        {
            self.windows.analysis.cache = Some((revision, analyse(self.doc())));
        }
        let Some((_, a)) = self.windows.analysis.cache.take() else {
            return;
        };
        let lang = self.lang();
        let mut open = true;
        let mut select = None;
        egui::Window::new(T::AnalysisTitle.get(lang))
            .id(egui::Id::unique("ciclo-analysis"))
            .open(&mut open)
            .default_width(720.0)
            .default_height(560.0)
            .default_pos(ui.ctx().content_rect().center() - egui::vec2(360.0, 280.0))
            .show(ui.ctx(), |ui| {
                egui::ScrollArea::both().show(ui, |ui| {
                    select = analysis_body_ui(ui, lang, self.document.history.doc(), &a);
                });
            });
        self.windows.analysis.cache = Some((revision, a));
        if let Some(id) = select {
            self.queue.select(Some(id));
        }
        if !open {
            self.windows.analysis.open = false;
        }
    }
}

/// The window's contents; returns the moment the user clicked, if any.
fn analysis_body_ui(ui: &mut Ui, lang: Lang, doc: &Document, a: &Analysis) -> Option<MomentId> {
    if a.moments == 0 {
        ui.label(RichText::new(T::AnEmpty.get(lang)).weak());
        return None;
    }
    figures_ui(ui, lang, a);
    let mut select = missing_plans_ui(ui, lang, a);
    causes_ui(ui, lang, a);
    ui.add_space(10.0);
    ui.heading(T::AnPrinciples.get(lang));
    select = select.or(matrix_ui(
        ui,
        "analysis-principles",
        lang,
        doc,
        &a.principles,
    ));
    ui.add_space(10.0);
    ui.heading(T::AnExpectations.get(lang));
    select = select.or(matrix_ui(
        ui,
        "analysis-expectations",
        lang,
        doc,
        &a.expectations,
    ));
    select
}

/// Moments, critical moments, average satisfaction.
fn figures_ui(ui: &mut Ui, lang: Lang, a: &Analysis) {
    egui::Grid::new("analysis-figures")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label(T::AnMoments.get(lang));
            ui.label(RichText::new(a.moments.to_string()).strong());
            ui.end_row();

            ui.label(T::AnCritical.get(lang));
            let critical = ciclo_doc::analysis::critical_line(a, lang);
            let critical = RichText::new(critical).strong();
            ui.label(if a.critical > 0 {
                critical.color(CRITICAL)
            } else {
                critical
            });
            ui.end_row();

            ui.label(T::AnAverage.get(lang));
            let scored = lang.fmt(
                "scored-line",
                &[("scored", a.scored.into()), ("moments", a.moments.into())],
            );
            match a.average_satisfaction {
                Some(avg) => ui.horizontal(|ui| {
                    ui.label(RichText::new(format!("{} / 5", decimal(avg, lang))).strong());
                    ui.label(RichText::new(scored).weak());
                }),
                None => ui.horizontal(|ui| {
                    ui.label(RichText::new(T::AnNoScore.get(lang)).weak());
                }),
            };
            ui.end_row();
        });
}

/// The critical moments without a plan, as links that select them.
fn missing_plans_ui(ui: &mut Ui, lang: Lang, a: &Analysis) -> Option<MomentId> {
    let mut select = None;
    ui.add_space(10.0);
    ui.heading(T::AnMissingPlans.get(lang));
    if a.missing_plans.is_empty() {
        ui.label(RichText::new(T::AnAllPlanned.get(lang)).weak());
    }
    for m in &a.missing_plans {
        let what = match (m.missing.improvement(), m.missing.owner()) {
            (true, true) => T::AnNeither,
            (true, false) => T::AnNoImprovement,
            _ => T::AnNoOwner,
        };
        let text = RichText::new(format!(
            "! {}. {} — {}",
            m.index + 1,
            m.name,
            what.get(lang)
        ))
        .color(CRITICAL);
        if ui
            .link(text)
            .on_hover_text(T::AnClickToSelect.get(lang))
            .clicked()
        {
            select = Some(m.id);
        }
    }
    select
}

/// How often each cause of dissatisfaction is named, with a bar.
fn causes_ui(ui: &mut Ui, lang: Lang, a: &Analysis) {
    ui.add_space(10.0);
    ui.heading(T::AnCauses.get(lang));
    if a.causes.is_empty() {
        ui.label(RichText::new(T::AnNoCauses.get(lang)).weak());
    } else {
        let most = a.causes.first().map_or(1, |&(_, n)| n.max(1));
        egui::Grid::new("analysis-causes")
            .num_columns(3)
            .spacing([12.0, 4.0])
            .striped(true)
            .show(ui, |ui| {
                for &(cause, count) in &a.causes {
                    ui.label(cause.name(lang));
                    ui.label(RichText::new(count.to_string()).strong());
                    let (rect, _) = ui.allocate_exact_size(
                        egui::vec2(160.0 * count as f32 / most as f32, 10.0),
                        egui::Sense::hover(),
                    );
                    ui.painter()
                        .rect_filled(rect, 2.0, CRITICAL.gamma_multiply(0.7));
                    ui.end_row();
                }
            });
    }
}

/// A check mark where `on`, an empty cell otherwise. Drawn, because the UI font has no
/// check mark glyph; screen readers hear "✓".
fn tick_ui(ui: &mut Ui, on: bool) {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(16.0, 14.0), egui::Sense::hover());
    if !on {
        return;
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, "✓"));
    let color = ui.visuals().strong_text_color();
    let p = |x: f32, y: f32| rect.left_top() + egui::vec2(x * rect.width(), y * rect.height());
    ui.painter().add(egui::Shape::line(
        vec![p(0.15, 0.55), p(0.4, 0.85), p(0.85, 0.15)],
        egui::Stroke::new(2.0, color),
    ));
}

/// A moments × terms table with a ✔ where the moment has the term, and the totals.
fn matrix_ui<X: Term + 'static>(
    ui: &mut Ui,
    id: &str,
    lang: Lang,
    doc: &Document,
    matrix: &Matrix<X>,
) -> Option<MomentId> {
    let mut select = None;
    egui::Grid::new(id)
        // One column more than filled, so that the last term's column is as wide as its
        // heading rather than the rest of the window (its ticks would drift right).
        .num_columns(matrix.columns.len() + 2)
        .spacing([10.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            for c in matrix.columns {
                // Long names ("Teamwork with the customer", "Совместная работа с
                // клиентом") wrap instead of widening the table beyond the window.
                ui.scope(|ui| {
                    ui.set_max_width(HEADING_WIDTH);
                    ui.add(egui::Label::new(RichText::new(c.name(lang)).small().strong()).wrap());
                });
            }
            ui.end_row();
            for (row, (id, cells)) in matrix.rows.iter().enumerate() {
                let Some(m) = doc.moments.get(row) else {
                    continue;
                };
                let mut name = RichText::new(format!("{}. {}", row + 1, m.name));
                if m.critical {
                    name = name.color(CRITICAL);
                }
                if ui
                    .add(egui::Label::new(name).sense(egui::Sense::click()))
                    .on_hover_text(T::AnClickToSelect.get(lang))
                    .clicked()
                {
                    select = Some(*id);
                }
                for &on in cells {
                    ui.vertical_centered(|ui| tick_ui(ui, on));
                }
                ui.end_row();
            }
            ui.label(RichText::new(T::AnTotal.get(lang)).strong());
            for total in &matrix.totals {
                ui.vertical_centered(|ui| {
                    ui.label(RichText::new(total.to_string()).strong());
                });
            }
            ui.end_row();
        });
    select
}
