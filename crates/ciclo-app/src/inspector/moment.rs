//! The inspector's page for one moment: its name, description and channel, the
//! customer's expectations and the principles, the evaluation, and the plan.

use egui::{RichText, TextEdit, Ui};

use ciclo_doc::lang::Term;
use ciclo_doc::model::{Cause, Channel, Expectation, Moment, MomentId, Principle};

use super::super::commands::Command;
use super::super::i18n::{T, term_tip};
use super::fields::ScoreWords;
use super::{Out, checkbox_ui, section_ui};
use ciclo_doc::edit::{Edit, MomentText};

/// The name field's memory while it has the focus. A moment always has a name: while the
/// user has emptied the field, the document keeps the name the field had when it got the
/// focus, and leaving the field empty keeps that name.
#[derive(Debug, Default)]
pub(crate) struct NameField {
    before: Option<(MomentId, String)>,
    blank: bool,
}

/// Every field of moment `m`, number `index` (0-based) of `count`; `focus` puts the
/// cursor in its name, with the name selected.
pub(super) fn moment_ui(
    ui: &mut Ui,
    out: &mut Out,
    m: &Moment,
    (index, count): (usize, usize),
    focus: bool,
    field: &mut NameField,
) {
    heading_ui(ui, out, index, count);
    name_ui(ui, out, m, focus, field);
    if let (Some(s), _) = out.text_ui(ui, T::Description, T::TipDescription, &m.description, true) {
        out.edit(Edit::MomentText(m.id, MomentText::Description, s));
    }
    channel_ui(ui, out, m);
    terms_ui(ui, out, m);
    evaluation_ui(ui, out, m);
    plan_ui(ui, out, m);
}

/// "Moment of truth 3 / 12", with Insert after and Delete.
fn heading_ui(ui: &mut Ui, out: &mut Out, index: usize, count: usize) {
    let lang = out.lang;
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
}

/// The name: focused and selected right after the moment is added.
fn name_ui(ui: &mut Ui, out: &mut Out, m: &Moment, focus: bool, field: &mut NameField) {
    let (lang, id) = (out.lang, m.id);
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
}

/// The channel, from the closed list.
fn channel_ui(ui: &mut Ui, out: &mut Out, m: &Moment) {
    let (lang, id) = (out.lang, m.id);
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
}

/// The customer's expectations and the principles of good service.
fn terms_ui(ui: &mut Ui, out: &mut Out, m: &Moment) {
    let (lang, id) = (out.lang, m.id);
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
}

/// Critical or not, what makes the customer dissatisfied, and the satisfaction score.
fn evaluation_ui(ui: &mut Ui, out: &mut Out, m: &Moment) {
    let (lang, id) = (out.lang, m.id);
    section_ui(ui, T::Evaluation, T::TipEvaluationSection, lang);
    let mut critical = m.critical;
    let crit_text = RichText::new(T::CriticalMoment.get(lang)).strong();
    let tip = format!(
        "{} ({})",
        T::TipCritical.get(lang),
        Command::ToggleCritical.shortcut_text(ui.ctx())
    );
    // The moment shown is the selected one: the command marks it.
    if ui
        .checkbox(&mut critical, crit_text)
        .on_hover_text(tip)
        .changed()
    {
        out.queue.command(Command::ToggleCritical);
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
    let words = ScoreWords {
        label: T::Satisfaction,
        tip: T::TipSatisfaction,
        clear: T::TipClearSatisfaction,
    };
    if let Some(s) = out.score_ui(ui, &words, m.satisfaction) {
        out.edit(Edit::Satisfaction(id, s));
    }
    ui.add_space(4.0);
}

/// The service standard, the improvement, its owner, target and due date, and notes.
fn plan_ui(ui: &mut Ui, out: &mut Out, m: &Moment) {
    let id = m.id;
    section_ui(ui, T::Improvement, T::TipImprovementSection, out.lang);
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
    ] {
        if let (Some(s), _) = out.text_ui(ui, label, tip, value, multi) {
            out.edit(Edit::MomentText(id, field, s));
        }
    }
    let words = ScoreWords {
        label: T::Target,
        tip: T::TipTarget,
        clear: T::TipClearTarget,
    };
    if let Some(t) = out.score_ui(ui, &words, m.target) {
        out.edit(Edit::Target(id, t));
    }
    ui.add_space(4.0);
    let key = egui::Id::unique(("inspector-due", id));
    if let Some(due) = out.date_ui(ui, (T::Due, T::TipDue), m.due.as_deref(), key) {
        out.edit(Edit::Due(id, due));
    }
    if let (Some(s), _) = out.text_ui(ui, T::Notes, T::TipNotes, &m.notes, true) {
        out.edit(Edit::MomentText(id, MomentText::Notes, s));
    }
}
