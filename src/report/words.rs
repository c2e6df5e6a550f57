//! The words a report adds to the analysis's labels, in one language. Every fixed text of
//! the report comes from here (or from the analysis's labels); the renderers add none.

use crate::analysis::one_line;
use crate::lang::Lang;
use crate::model::Document;

/// The words a report adds, in one language.
pub(super) struct Words {
    pub(super) lang: Lang,
    pub(super) untitled: &'static str,
    pub(super) about: &'static str,
    pub(super) organization: &'static str,
    pub(super) description: &'static str,
    pub(super) customer: &'static str,
    pub(super) promise: &'static str,
    pub(super) primary: &'static str,
    pub(super) secondary: &'static str,
    pub(super) evaluation: &'static str,
    pub(super) picture: &'static str,
    pub(super) moments: &'static str,
    pub(super) channel: &'static str,
    pub(super) expectations: &'static str,
    pub(super) own_words: &'static str,
    pub(super) principles: &'static str,
    pub(super) critical: &'static str,
    pub(super) critical_tag: &'static str,
    pub(super) yes: &'static str,
    pub(super) no: &'static str,
    pub(super) causes: &'static str,
    pub(super) satisfaction: &'static str,
    pub(super) not_scored: &'static str,
    pub(super) standard: &'static str,
    pub(super) improvement: &'static str,
    pub(super) owner: &'static str,
    pub(super) notes: &'static str,
    pub(super) analysis: &'static str,
    pub(super) plan: &'static str,
    pub(super) plan_order: &'static str,
    pub(super) no_plan: &'static str,
    pub(super) action: &'static str,
    pub(super) number: &'static str,
    pub(super) count: &'static str,
    pub(super) cause: &'static str,
}

impl Words {
    pub(super) fn new(lang: Lang) -> Words {
        let p = |en, es, ru| lang.pick3(en, es, ru);
        Words {
            lang,
            untitled: p("Service cycle", "Ciclo del servicio", "Цикл обслуживания"),
            about: p("About the cycle", "Datos del ciclo", "О цикле"),
            organization: p("Organization", "Organización", "Организация"),
            description: p("Description", "Descripción", "Описание"),
            customer: p("Customer", "Cliente", "Клиент"),
            promise: p(
                "Service promise",
                "Promesa del servicio",
                "Сервисное обещание",
            ),
            primary: p("Primary services", "Servicios primarios", "Основные услуги"),
            secondary: p(
                "Secondary services",
                "Servicios secundarios",
                "Дополнительные услуги",
            ),
            evaluation: p(
                "Evaluation mechanisms",
                "Mecanismos de evaluación",
                "Способы оценки обслуживания",
            ),
            picture: p("The cycle", "El ciclo", "Схема цикла"),
            moments: p("Moments of truth", "Momentos de verdad", "Моменты истины"),
            channel: p("Channel", "Canal", "Канал"),
            expectations: p("Expectations", "Expectativas", "Ожидания"),
            own_words: p(
                "in the customer's words",
                "en palabras del cliente",
                "словами клиента",
            ),
            principles: p("Principles", "Principios", "Принципы"),
            critical: p("Critical", "Crítico", "Критический"),
            critical_tag: p("Critical", "Crítico", "Критический"),
            yes: p("yes", "sí", "да"),
            no: p("no", "no", "нет"),
            causes: p(
                "Causes of dissatisfaction",
                "Causas de insatisfacción",
                "Причины неудовлетворённости",
            ),
            satisfaction: p("Satisfaction", "Satisfacción", "Удовлетворённость"),
            not_scored: p("not scored", "sin puntuar", "нет оценки"),
            standard: p(
                "Service standard",
                "Estándar de servicio",
                "Стандарт обслуживания",
            ),
            improvement: p(
                "Improvement action",
                "Acción de mejora",
                "Мера по улучшению",
            ),
            owner: p("Owner", "Responsable", "Ответственный"),
            notes: p("Notes", "Notas", "Заметки"),
            analysis: p("Analysis", "Análisis", "Анализ"),
            plan: p("Improvement plan", "Plan de mejora", "План улучшений"),
            plan_order: p(
                "Critical moments first (marked !), then the others, each in sequence.",
                "Primero los momentos críticos (marcados con !), luego los demás, cada grupo en orden.",
                "Сначала критические моменты (отмечены !), затем остальные; в каждой группе — по порядку цикла.",
            ),
            no_plan: p(
                "No moment has an improvement action yet.",
                "Ningún momento tiene todavía una acción de mejora.",
                "Ни для одного момента пока не намечена мера по улучшению.",
            ),
            action: p("Action", "Acción", "Мера"),
            number: "#",
            count: p("Moments", "Momentos", "Моменты"),
            cause: p("Cause", "Causa", "Причина"),
        }
    }

    pub(super) fn title(&self, doc: &Document) -> String {
        let title = one_line(&doc.title);
        if title.is_empty() {
            self.untitled.to_owned()
        } else {
            title
        }
    }
}
