//! The inspector: every field of the selected moment, or of the cycle itself when nothing
//! is selected. It reads a copy of the data and answers with [`Edit`]s.

use egui::{Response, RichText, TextEdit, Ui};

use ciclo_doc::lang::{Lang, Term};
use ciclo_doc::model::{Document, Evaluation};

use super::action::{Action, Queue};
use super::i18n::{T, term_tip};
use super::state::{Shared, ViewState};
use ciclo_doc::edit::{DocList, DocText, Edit};

mod fields;
mod moment;

pub(crate) use moment::NameField;
use moment::moment_ui;

/// Collects the inspector's actions during a frame.
struct Out<'q> {
    lang: Lang,
    queue: &'q mut Queue,
}

impl Out<'_> {
    fn edit(&mut self, e: Edit) {
        self.queue.edit(e);
    }

    fn seal(&mut self) {
        self.queue.push(Action::Seal);
    }

    /// A labelled text field; returns the new text when it changed.
    fn text_ui(
        &mut self,
        ui: &mut Ui,
        label: T,
        tip: T,
        value: &str,
        multiline: bool,
    ) -> (Option<String>, Response) {
        let l = ui
            .label(RichText::new(label.get(self.lang)).strong())
            .on_hover_text(tip.get(self.lang));
        let mut s = value.to_owned();
        let editor = if multiline {
            TextEdit::multiline(&mut s).desired_rows(2)
        } else {
            TextEdit::singleline(&mut s)
        };
        let r = ui
            .add(editor.desired_width(f32::INFINITY))
            .labelled_by(l.id);
        if r.gained_focus() || r.lost_focus() {
            self.seal();
        }
        if r.gained_focus() {
            r.scroll_to_me(None);
        }
        ui.add_space(4.0);
        ((r.changed() && s != value).then_some(s), r)
    }

    /// An editable list of texts; returns the new list when it changed.
    fn list_ui(&mut self, ui: &mut Ui, label: T, tip: T, items: &[String]) -> Option<Vec<String>> {
        let lang = self.lang;
        let l = ui
            .label(RichText::new(label.get(lang)).strong())
            .on_hover_text(tip.get(lang));
        let mut out = None;
        let mut list = items.to_vec();
        for i in 0..list.len() {
            ui.horizontal(|ui| {
                let remove = ui.button("×").on_hover_text(T::RemoveItem.get(lang));
                let r = ui
                    .add(TextEdit::singleline(&mut list[i]).desired_width(f32::INFINITY))
                    .labelled_by(l.id);
                if r.gained_focus() || r.lost_focus() {
                    self.seal();
                }
                if r.gained_focus() {
                    r.scroll_to_me(None);
                }
                if r.changed() {
                    out = Some(list.clone());
                }
                if remove.clicked() {
                    self.seal();
                    let mut l2 = items.to_vec();
                    l2.remove(i);
                    out = Some(l2);
                }
            });
            if out.as_ref().is_some_and(|o| o.len() < items.len()) {
                break;
            }
        }
        if ui.button(T::AddItem.get(lang)).clicked() {
            self.seal();
            let mut l2 = items.to_vec();
            l2.push(T::NewItem.get(lang).to_owned());
            out = Some(l2);
        }
        ui.add_space(4.0);
        out
    }
}

fn section_ui(ui: &mut Ui, title: T, tip: T, lang: Lang) {
    ui.add_space(6.0);
    ui.label(RichText::new(title.get(lang)).heading().size(15.0))
        .on_hover_text(tip.get(lang));
    ui.separator();
}

fn checkbox_ui<X: Term + PartialEq>(
    ui: &mut Ui,
    lang: Lang,
    x: X,
    list: &[X],
    tip: &str,
) -> Option<bool> {
    let mut on = list.contains(&x);
    ui.checkbox(&mut on, x.name(lang))
        .on_hover_text(tip)
        .changed()
        .then_some(on)
}

/// Shows the inspector: the selected moment, or the cycle itself.
pub(crate) fn inspector_ui(ui: &mut Ui, s: &Shared, view: &mut ViewState, queue: &mut Queue) {
    let mut out = Out {
        lang: s.lang(),
        queue,
    };
    // Another moment (or the cycle) opens at its top, not where the last one was left.
    let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
    if view.inspector_shows != Some(s.selection) {
        view.inspector_shows = Some(s.selection);
        area = area.vertical_scroll_offset(0.0);
    }
    area.show(ui, |ui| {
        ui.add_space(4.0);
        match s.selected_index() {
            Some(i) => {
                let m = &s.doc().moments[i];
                let n = s.doc().moments.len();
                let focus = std::mem::take(&mut view.focus_name);
                moment_ui(ui, &mut out, m, (i, n), focus, &mut view.name_field);
                let document = s.open.path.as_deref();
                let thumbs = &mut view.photos;
                super::photos_panel::photos_ui(ui, out.queue, m, document, thumbs, out.lang);
            }
            None => cycle_ui(ui, &mut out, s.doc()),
        }
    });
}

fn cycle_ui(ui: &mut Ui, out: &mut Out, d: &Document) {
    let lang = out.lang;
    ui.label(RichText::new(T::ServiceCycle.get(lang)).heading())
        .on_hover_text(T::TipCycle.get(lang));
    ui.label(RichText::new(T::NothingSelected.get(lang)).weak().small());
    ui.add_space(4.0);
    for (field, label, tip, multi, value) in [
        (DocText::Title, T::Title, T::TipTitle, false, &d.title),
        (
            DocText::Organization,
            T::Organization,
            T::TipOrganization,
            false,
            &d.organization,
        ),
        (
            DocText::Description,
            T::Description,
            T::TipCycleDescription,
            true,
            &d.description,
        ),
        (
            DocText::Customer,
            T::Customer,
            T::TipCustomer,
            true,
            &d.customer,
        ),
        (
            DocText::Promise,
            T::Promise,
            T::TipPromise,
            true,
            &d.promise,
        ),
    ] {
        if let (Some(s), _) = out.text_ui(ui, label, tip, value, multi) {
            out.edit(Edit::DocText(field, s));
        }
    }
    if let Some(list) = out.list_ui(ui, T::Authors, T::TipAuthors, &d.authors) {
        out.edit(Edit::DocList(DocList::Authors, list));
    }
    let key = egui::Id::unique("inspector-cycle-date");
    if let Some(date) = out.date_ui(ui, (T::CycleDate, T::TipCycleDate), d.date.as_deref(), key) {
        out.edit(Edit::Date(date));
    }
    section_ui(ui, T::Services, T::TipServices, lang);
    if let Some(list) = out.list_ui(ui, T::PrimaryServices, T::TipPrimary, &d.primary_services) {
        out.edit(Edit::DocList(DocList::Primary, list));
    }
    if let Some(list) = out.list_ui(
        ui,
        T::SecondaryServices,
        T::TipSecondary,
        &d.secondary_services,
    ) {
        out.edit(Edit::DocList(DocList::Secondary, list));
    }
    section_ui(ui, T::EvaluationMechanisms, T::TipEvaluation, lang);
    ui.label(RichText::new(T::TipEvaluation.get(lang)).weak().small());
    for &e in Evaluation::ALL {
        if let Some(on) = checkbox_ui(ui, lang, e, &d.evaluation, term_tip(lang, e)) {
            out.edit(Edit::Evaluation(e, on));
        }
    }
    section_ui(ui, T::DocumentLanguage, T::TipDocumentLanguage, lang);
    let l = ui.label(T::TipDocumentLanguage.get(lang));
    let current = Lang::from_tag(&d.language);
    let mut chosen = current;
    egui::ComboBox::from_id_salt("doc-lang")
        .selected_text(current.native_name())
        .show_ui(ui, |ui| {
            for &l in Lang::ALL {
                ui.selectable_value(&mut chosen, l, l.native_name());
            }
        })
        .response
        .labelled_by(l.id);
    if chosen != current {
        out.edit(Edit::Language(chosen.tag().to_owned()));
    }
}
