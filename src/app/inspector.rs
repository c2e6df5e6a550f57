//! The inspector: every field of the selected moment, or of the cycle itself when nothing
//! is selected. It reads a copy of the data and answers with [`Edit`]s.

use egui::{Response, RichText, TextEdit, Ui};

use crate::lang::{Lang, Term};
use crate::model::{
    Cause, Channel, Document, Evaluation, Expectation, Moment, MomentId, Principle,
};

use super::action::{Action, Queue};
use super::commands::Command;
use super::edit::{DocList, DocText, Edit, MomentText};
use super::i18n::{T, term_tip};
use super::state::{Shared, ViewState};

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
            }
            None => cycle_ui(ui, &mut out, s.doc()),
        }
    });
}

/// The name field's memory while it has the focus. A moment always has a name: while the
/// user has emptied the field, the document keeps the name the field had when it got the
/// focus, and leaving the field empty keeps that name.
#[derive(Debug, Default)]
pub(crate) struct NameField {
    before: Option<(MomentId, String)>,
    blank: bool,
}

fn moment_ui(
    ui: &mut Ui,
    out: &mut Out,
    m: &Moment,
    (index, count): (usize, usize),
    focus: bool,
    field: &mut NameField,
) {
    let lang = out.lang;
    let id = m.id;
    // The buttons follow the heading and wrap under it when the panel is narrow, so they
    // never cover it.
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(
                "{} {} / {count}",
                T::MomentOfTruth.get(lang),
                index + 1
            ))
            .weak(),
        )
        .on_hover_text(T::TipMoment.get(lang));
        for (command, word) in [
            (Command::InsertAfter, T::InsertShort),
            (Command::Delete, T::Delete),
        ] {
            let tip = format!(
                "{} ({})",
                command.tooltip(lang),
                command.shortcut_text(ui.ctx())
            );
            if ui.small_button(word.get(lang)).on_hover_text(tip).clicked() {
                out.queue.command(command);
            }
        }
    });

    // Name: focused and selected right after the moment is added.
    let l = ui
        .label(RichText::new(T::Name.get(lang)).strong())
        .on_hover_text(T::TipName.get(lang));
    let before = field
        .before
        .as_ref()
        .filter(|(b, _)| *b == id)
        .map(|(_, n)| n.clone());
    let shown = if field.blank && before.is_some() {
        ""
    } else {
        m.name.as_str()
    };
    let mut name = shown.to_owned();
    let mut te = TextEdit::singleline(&mut name)
        .desired_width(f32::INFINITY)
        .show(ui);
    let r = te.response.response.clone().labelled_by(l.id);
    if focus {
        r.request_focus();
        let all = egui::text::CCursorRange::two(
            egui::text::CCursor::new(0),
            egui::text::CCursor::new(m.name.chars().count()),
        );
        te.state.cursor.set_char_range(Some(all));
        te.state.store(ui.ctx(), r.id);
    }
    if r.gained_focus() || r.lost_focus() {
        out.seal();
    }
    if r.gained_focus() {
        r.scroll_to_me(None);
    }
    if r.gained_focus() || (r.has_focus() && before.is_none()) {
        *field = NameField {
            before: Some((id, m.name.clone())),
            blank: false,
        };
    }
    if r.changed() {
        if name.trim().is_empty() {
            field.blank = true;
            if let Some(b) = before.filter(|b| *b != m.name) {
                out.edit(Edit::MomentText(id, MomentText::Name, b));
            }
        } else {
            field.blank = false;
            if name != m.name {
                out.edit(Edit::MomentText(id, MomentText::Name, name));
            }
        }
    }
    if r.lost_focus() {
        *field = NameField::default();
    }
    ui.add_space(4.0);

    if let (Some(s), _) = out.text_ui(ui, T::Description, T::TipDescription, &m.description, true) {
        out.edit(Edit::MomentText(id, MomentText::Description, s));
    }

    let l = ui
        .label(RichText::new(T::Channel.get(lang)).strong())
        .on_hover_text(T::TipChannel.get(lang));
    let mut channel = m.channel;
    egui::ComboBox::from_id_salt("channel")
        .selected_text(channel.name(lang))
        .width(ui.available_width() - 8.0)
        .show_ui(ui, |ui| {
            for &c in Channel::ALL {
                ui.selectable_value(&mut channel, c, c.name(lang))
                    .on_hover_text(term_tip(lang, c));
            }
        })
        .response
        .labelled_by(l.id);
    if channel != m.channel {
        out.edit(Edit::Channel(id, channel));
    }

    section_ui(ui, T::Expectations, T::TipExpectations, lang);
    ui.label(RichText::new(T::TipExpectations.get(lang)).weak().small());
    for &e in Expectation::ALL {
        if let Some(on) = checkbox_ui(ui, lang, e, &m.expectations, term_tip(lang, e)) {
            out.edit(Edit::Expectation(id, e, on));
        }
    }
    if let Some(list) = out.list_ui(
        ui,
        T::OwnExpectations,
        T::TipOwnExpectations,
        &m.other_expectations,
    ) {
        out.edit(Edit::OtherExpectations(id, list));
    }

    section_ui(ui, T::Principles, T::TipPrinciples, lang);
    for &p in Principle::ALL {
        let tip = term_tip(lang, p);
        if let Some(on) = checkbox_ui(ui, lang, p, &m.principles, tip) {
            out.edit(Edit::Principle(id, p, on));
        }
    }

    section_ui(ui, T::Evaluation, T::TipEvaluationSection, lang);
    let mut critical = m.critical;
    let crit_text = RichText::new(T::CriticalMoment.get(lang)).strong();
    if ui
        .checkbox(&mut critical, crit_text)
        .on_hover_text(T::TipCritical.get(lang))
        .changed()
    {
        out.edit(Edit::Critical(id, critical));
    }
    if m.critical || !m.causes.is_empty() {
        ui.indent("causes", |ui| {
            ui.label(RichText::new(T::Causes.get(lang)).strong())
                .on_hover_text(T::TipCauses.get(lang));
            for &c in Cause::ALL {
                if let Some(on) = checkbox_ui(ui, lang, c, &m.causes, term_tip(lang, c)) {
                    out.edit(Edit::Cause(id, c, on));
                }
            }
        });
    }
    ui.add_space(4.0);
    let l = ui
        .label(RichText::new(T::Satisfaction.get(lang)).strong())
        .on_hover_text(T::TipSatisfaction.get(lang));
    ui.horizontal(|ui| {
        for s in 1..=5u8 {
            let r = ui
                .selectable_label(m.satisfaction == Some(s), s.to_string())
                .labelled_by(l.id)
                .on_hover_text(T::satisfaction_word(s).get(lang));
            if r.clicked() {
                out.edit(Edit::Satisfaction(id, Some(s)));
            }
        }
        if ui
            .add_enabled(
                m.satisfaction.is_some(),
                egui::Button::new(T::Clear.get(lang)),
            )
            .on_hover_text(T::TipClearSatisfaction.get(lang))
            .clicked()
        {
            out.edit(Edit::Satisfaction(id, None));
        }
    });
    ui.add_space(4.0);

    section_ui(ui, T::Improvement, T::TipImprovementSection, lang);
    for (field, label, tip, multi, value) in [
        (
            MomentText::Standard,
            T::Standard,
            T::TipStandard,
            true,
            &m.standard,
        ),
        (
            MomentText::Improvement,
            T::ImprovementAction,
            T::TipImprovement,
            true,
            &m.improvement,
        ),
        (MomentText::Owner, T::Owner, T::TipOwner, false, &m.owner),
        (MomentText::Notes, T::Notes, T::TipNotes, true, &m.notes),
    ] {
        if let (Some(s), _) = out.text_ui(ui, label, tip, value, multi) {
            out.edit(Edit::MomentText(id, field, s));
        }
    }
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
