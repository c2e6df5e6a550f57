//! What a live workshop shows: the name and URL prompts, the join panel (large enough to
//! read on a projector), the participants, and the others' selections as rings in their
//! colour with their initials.

use egui::{Align2, Color32, FontId, Rect, RichText, Stroke, Ui};

use ciclo_collab::join;
use ciclo_collab::presence::{Presence, parse_color};
use ciclo_doc::lang::Lang;
use ciclo_doc::model::MomentId;

use super::action::{Action, Queue};
use super::designer::Designer;
use super::i18n::T;
use super::workshop::NameFor;

fn color(p: &Presence) -> Color32 {
    let [r, g, b] = parse_color(&p.user.color).unwrap_or([0x55, 0x55, 0x55]);
    Color32::from_rgb(r, g, b)
}

/// The others' selections: each moment someone else selected, and who (a stable order).
pub(crate) type Selections = Vec<(MomentId, Presence)>;

/// The others who selected the moment of a row of the moment list: a small ring in each
/// one's colour with their initials, at the row's right end, the newest selection
/// outermost; hovering one names them.
pub(crate) fn row_rings_ui(ui: &Ui, row: Rect, people: &[&Presence], lang: Lang) {
    let r = (row.height() / 2.0 - 2.0).max(6.0);
    for (k, p) in people.iter().enumerate() {
        let center = egui::pos2(
            row.right() - r - 3.0 - k as f32 * (2.0 * r + 2.0),
            row.center().y,
        );
        let c = color(p);
        let painter = ui.painter();
        painter.circle_filled(center, r, ui.visuals().extreme_bg_color);
        painter.circle_stroke(center, r - 1.0, Stroke::new(2.0, c));
        painter.text(
            center,
            Align2::CENTER_CENTER,
            p.initials(),
            FontId::proportional((r * 0.9).min(11.0)),
            c,
        );
        let who = lang.fmt("ws-on-moment", &[("name", p.user.name.as_str().into())]);
        let spot = Rect::from_center_size(center, egui::vec2(2.0 * r, 2.0 * r));
        let hover = ui.interact(
            spot,
            ui.scope_id().with(("ring", row.top() as i32, k)),
            egui::Sense::hover(),
        );
        hover.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &who));
        hover.on_hover_text(who);
    }
}

impl Designer {
    /// The moments the others selected, and who, for the moment list.
    pub(crate) fn others_selections(&self) -> Selections {
        let Some(live) = &self.workshop.live else {
            return Vec::new();
        };
        live.session
            .others()
            .into_iter()
            .filter_map(|(_, p)| {
                let id = p.selection.as_deref()?.parse::<u32>().ok()?;
                Some((MomentId(id), p))
            })
            .collect()
    }

    /// Draws the workshop's prompts and panels, and the others' selections. Each pushes
    /// what the user asks for; [`Designer::apply`] does it.
    pub(crate) fn workshop_ui(&mut self, ui: &mut Ui) {
        let lang = self.settings.lang;
        if let Some(prompt) = &mut self.workshop.name_prompt {
            prompt.ui(ui, lang, &mut self.queue);
        }
        if let Some(prompt) = &mut self.workshop.join_prompt {
            prompt.ui(ui, lang, &mut self.queue);
        }
        if self.workshop.live.is_some() {
            self.join_panel_ui(ui);
            self.participants_ui(ui);
            self.rings_ui(ui);
        }
    }

    /// The join panel: a QR code to scan from the back of the room, each address and the
    /// token in large type with a copy button, and whether browsers may edit.
    fn join_panel_ui(&mut self, ui: &mut Ui) {
        let lang = self.settings.lang;
        let Some(live) = &self.workshop.live else {
            return;
        };
        let Some(host) = live.host.as_ref().filter(|_| self.workshop.join_panel) else {
            return;
        };
        let urls = live.join_urls.clone();
        let port = host.addr.port();
        let browsers_edit = host.rooms.web.browsers_edit();
        let qr = urls.first().and_then(|url| join::Qr::new(url));
        let mut open = true;
        egui::Window::new(T::WsPanelTitle.get(lang))
            .open(&mut open)
            .collapsible(false)
            .default_width(900.0)
            .anchor(Align2::CENTER_TOP, [0.0, 40.0])
            .show(ui.ctx(), |ui| {
                ui.horizontal_top(|ui| {
                    if let Some(qr) = &qr {
                        let side = (ui.ctx().content_rect().height() * 0.5).clamp(220.0, 400.0);
                        qr_ui(ui, qr, side, T::WsQrLabel.get(lang));
                        ui.add_space(16.0);
                    }
                    ui.vertical(|ui| self.join_addresses_ui(ui, &urls, port, browsers_edit));
                });
            });
        if !open {
            self.queue.push(Action::JoinPanel(false));
        }
    }

    /// The join panel's words: the addresses, the token, the switch and the firewall hint.
    fn join_addresses_ui(&mut self, ui: &mut Ui, urls: &[String], port: u16, edit: bool) {
        let lang = self.settings.lang;
        ui.label(RichText::new(T::WsPanelHint.get(lang)).size(18.0));
        for url in urls {
            ui.add_space(8.0);
            ui.add(egui::Label::new(RichText::new(url).monospace().size(24.0).strong()).wrap());
            if ui
                .button(RichText::new(T::WsCopy.get(lang)).size(18.0))
                .clicked()
            {
                ui.ctx().copy_text(url.clone());
            }
        }
        if let Some(token) = urls.first().and_then(|u| u.split("token=").nth(1)) {
            ui.add_space(8.0);
            ui.label(
                RichText::new(format!("{}: {token}", T::WsToken.get(lang)))
                    .monospace()
                    .size(28.0),
            );
        }
        ui.add_space(8.0);
        let mut browsers_edit = edit;
        if ui
            .checkbox(&mut browsers_edit, T::WsBrowsersEdit.get(lang))
            .on_hover_text(T::WsBrowsersEditTip.get(lang))
            .changed()
        {
            self.queue.push(Action::BrowsersEdit(browsers_edit));
        }
        ui.add_space(8.0);
        let port = port.to_string();
        let hint = lang.fmt("ws-firewall", &[("port", port.as_str().into())]);
        ui.label(RichText::new(hint).weak());
    }

    /// Who is in the room, each with their colour.
    fn participants_ui(&mut self, ui: &mut Ui) {
        let lang = self.settings.lang;
        let Some(live) = &self.workshop.live else {
            return;
        };
        let people = live.people();
        let hosting = live.host.is_some();
        let mut show_panel = false;
        egui::Window::new(T::WsParticipants.get(lang))
            .anchor(Align2::RIGHT_BOTTOM, [-12.0, -36.0])
            .collapsible(true)
            .resizable(false)
            .show(ui.ctx(), |ui| {
                for (i, p) in people.iter().enumerate() {
                    ui.horizontal(|ui| {
                        let (dot, _) =
                            ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                        ui.painter().circle_filled(dot.center(), 5.0, color(p));
                        let you = if i == 0 {
                            format!(" ({})", T::WsYou.get(lang))
                        } else {
                            String::new()
                        };
                        ui.label(format!("{}{you}", p.user.name));
                    });
                }
                if hosting && ui.small_button(T::WsShowPanel.get(lang)).clicked() {
                    show_panel = true;
                }
            });
        if show_panel {
            self.queue.push(Action::JoinPanel(true));
        }
    }

    /// The others' selections: a ring in their colour around the node, with initials.
    fn rings_ui(&self, ui: &Ui) {
        let Some(live) = &self.workshop.live else {
            return;
        };
        let painter = ui.ctx().layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("ciclo-workshop-rings"),
        ));
        let painter = painter.with_clip_rect(self.view.canvas.rect());
        let radius = (18.0 * self.view.canvas.zoom()).clamp(10.0, 60.0);
        let mut rings_at: std::collections::HashMap<usize, f32> = std::collections::HashMap::new();
        for (_, p) in live.session.others() {
            let Some(index) = p
                .selection
                .as_deref()
                .and_then(|s| s.parse::<u32>().ok())
                .and_then(|id| self.doc().index_of(ciclo_doc::model::MomentId(id)))
            else {
                continue;
            };
            let Some(center) = self.view.canvas.node_screen_pos(index) else {
                continue;
            };
            // Several people on one moment: rings one inside the other.
            let extra = rings_at.entry(index).or_insert(0.0);
            let r = radius + 6.0 + *extra;
            *extra += 5.0;
            let c = color(&p);
            let width = if p.dragging { 4.0 } else { 2.5 };
            painter.circle_stroke(center, r, Stroke::new(width, c));
            let tag = center + egui::vec2(r * 0.75, -r * 0.75);
            painter.circle_filled(tag, 11.0, c);
            painter.text(
                tag,
                Align2::CENTER_CENTER,
                p.initials(),
                FontId::proportional(11.0),
                Color32::WHITE,
            );
        }
    }
}

/// The name prompt: the name typed so far, and what waits for it.
#[derive(Debug)]
pub(crate) struct NamePrompt {
    /// The name typed so far.
    pub(crate) name: String,
    /// What the name is asked for.
    pub(crate) then: NameFor,
}

impl NamePrompt {
    /// An empty prompt for `then`.
    pub(crate) fn new(then: NameFor) -> Self {
        NamePrompt {
            name: String::new(),
            then,
        }
    }

    /// Asks for the name; pushes [`Action::NameAnswer`] once the user answers.
    fn ui(&mut self, ui: &Ui, lang: Lang, out: &mut Queue) {
        let name = &mut self.name;
        let answer = prompt_ui(ui, lang, (T::WsNameTitle, T::Ok), |ui| {
            let label = ui.label(T::WsNameHint.get(lang));
            let field = ui.text_edit_singleline(name).labelled_by(label.id);
            (field, !name.trim().is_empty())
        });
        match answer {
            Some(true) => out.push(Action::NameAnswer(Some((
                self.name.trim().to_owned(),
                self.then.clone(),
            )))),
            Some(false) => out.push(Action::NameAnswer(None)),
            None => {}
        }
    }
}

/// The Join workshop prompt: the URL typed so far.
#[derive(Debug, Default)]
pub(crate) struct JoinPrompt {
    /// The URL typed so far.
    pub(crate) url: String,
}

impl JoinPrompt {
    /// Asks for the URL; pushes [`Action::JoinAnswer`] once the user answers.
    fn ui(&mut self, ui: &Ui, lang: Lang, out: &mut Queue) {
        let url = &mut self.url;
        let answer = prompt_ui(ui, lang, (T::WsJoinTitle, T::WsJoin), |ui| {
            ui.label(T::WsJoinHint.get(lang));
            let field = ui.add(
                egui::TextEdit::singleline(url)
                    .desired_width(420.0)
                    .hint_text("ws://192.168.1.20:7420/cena?token=…"),
            );
            (field, true)
        });
        match answer {
            Some(true) => out.push(Action::JoinAnswer(Some(self.url.clone()))),
            Some(false) => out.push(Action::JoinAnswer(None)),
            None => {}
        }
    }
}

/// A prompt in the middle of the window, titled `title`: the text field that `field`
/// draws (focused when nothing else is; it says whether the answer can be taken), the
/// `ok` button and Cancel. `Some(true)` when OK is clicked, or Return pressed in the
/// field, while the answer can be taken; `Some(false)` on Cancel.
fn prompt_ui(
    ui: &Ui,
    lang: Lang,
    (title, ok): (T, T),
    field: impl FnOnce(&mut Ui) -> (egui::Response, bool),
) -> Option<bool> {
    let mut answer = None;
    egui::Window::new(title.get(lang))
        .collapsible(false)
        .resizable(false)
        .anchor(Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            let (field, can) = field(ui);
            if ui.memory(|m| m.focused().is_none()) {
                field.request_focus();
            }
            let entered = submitted(&field, ui);
            ui.horizontal(|ui| {
                let button = ui.add_enabled(can, egui::Button::new(ok.get(lang)));
                if button.clicked() || (entered && can) {
                    answer = Some(true);
                }
                if ui.button(T::Cancel.get(lang)).clicked() {
                    answer = Some(false);
                }
            });
        });
    answer
}

/// True when Return was pressed in the single-line `field`: in the frame of the key the
/// field still has focus (it gives it up at the end of that frame), so `lost_focus`
/// alone would only be seen a frame later, without the key.
fn submitted(field: &egui::Response, ui: &Ui) -> bool {
    (field.has_focus() || field.lost_focus()) && ui.input(|i| i.key_pressed(egui::Key::Enter))
}

/// A QR code `side` points square, dark modules on white with the quiet zone phones need,
/// named `label` for screen readers.
fn qr_ui(ui: &mut Ui, qr: &join::Qr, side: f32, label: &str) {
    const QUIET: usize = 3;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label));
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    let cells = qr.width + 2 * QUIET;
    let module = side / cells as f32;
    for y in 0..qr.width {
        for x in 0..qr.width {
            if qr.is_dark(x as isize, y as isize) {
                let min = rect.min + egui::vec2((x + QUIET) as f32, (y + QUIET) as f32) * module;
                // A hair wider than a module, so that no seam shows between dark ones.
                let cell = Rect::from_min_size(min, egui::vec2(module + 0.5, module + 0.5));
                painter.rect_filled(cell, 0.0, Color32::BLACK);
            }
        }
    }
}
