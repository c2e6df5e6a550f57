//! The inspector's fields for a score (1 to 5) and for an ISO date.

use egui::{Color32, Id, RichText, TextEdit, Ui};

use super::super::i18n::T;
use super::Out;

/// A score's words: its label, its tooltip, and the tooltip of its Clear button.
pub(super) struct ScoreWords {
    pub label: T,
    pub tip: T,
    pub clear: T,
}

impl Out<'_> {
    /// A score from 1 to 5 as five buttons and Clear; returns the new score when one was
    /// clicked (`Some(None)`: cleared).
    pub(super) fn score_ui(
        &mut self,
        ui: &mut Ui,
        words: &ScoreWords,
        current: Option<u8>,
    ) -> Option<Option<u8>> {
        let lang = self.lang;
        let l = ui
            .label(RichText::new(words.label.get(lang)).strong())
            .on_hover_text(words.tip.get(lang));
        let mut chosen = None;
        ui.horizontal(|ui| {
            for s in 1..=5u8 {
                let r = ui
                    .selectable_label(current == Some(s), s.to_string())
                    .labelled_by(l.id)
                    .on_hover_text(T::satisfaction_word(s).get(lang));
                if r.clicked() {
                    chosen = Some(Some(s));
                }
            }
            let clear = egui::Button::new(T::Clear.get(lang));
            if ui
                .add_enabled(current.is_some(), clear)
                .on_hover_text(words.clear.get(lang))
                .clicked()
            {
                chosen = Some(None);
            }
        });
        chosen
    }

    /// An ISO date field (`YYYY-MM-DD`). Returns the date to store when the text became a
    /// real day, or `Some(None)` when it was emptied. An impossible date (`2027-02-30`)
    /// stays in the field, marked, until it is corrected, and is never stored: the field
    /// keeps what was typed in the window's memory under `key`.
    pub(super) fn date_ui(
        &mut self,
        ui: &mut Ui,
        (label, tip): (T, T),
        value: Option<&str>,
        key: Id,
    ) -> Option<Option<String>> {
        let lang = self.lang;
        let l = ui
            .label(RichText::new(label.get(lang)).strong())
            .on_hover_text(tip.get(lang));
        let draft: Option<String> = ui.data(|d| d.get_temp(key));
        let mut text = draft
            .clone()
            .unwrap_or_else(|| value.unwrap_or("").to_owned());
        let r = ui
            .add(
                TextEdit::singleline(&mut text)
                    .hint_text(T::DateHint.get(lang))
                    .desired_width(120.0),
            )
            .labelled_by(l.id)
            .on_hover_text(tip.get(lang));
        if r.gained_focus() || r.lost_focus() {
            self.seal();
        }
        let mut stored = None;
        if r.changed() {
            let trimmed = text.trim();
            let real = trimmed.is_empty() || ciclo_doc::date::is_iso_date(trimmed);
            if real {
                ui.data_mut(|d| d.remove::<String>(key));
                let new = (!trimmed.is_empty()).then(|| trimmed.to_owned());
                if new.as_deref() != value {
                    stored = Some(new);
                }
            } else {
                ui.data_mut(|d| d.insert_temp(key, text.clone()));
            }
        }
        let shown_draft: Option<String> = ui.data(|d| d.get_temp(key));
        if shown_draft.is_some() {
            let warning = RichText::new(T::NotADate.get(lang)).small();
            ui.label(warning.color(Color32::from_rgb(0xC0, 0x39, 0x2B)));
        }
        ui.add_space(4.0);
        stored
    }
}
