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
        Words {
            lang,
            untitled: lang.msg("service-cycle"),
            about: lang.msg("report-about"),
            organization: lang.msg("organization"),
            description: lang.msg("description"),
            customer: lang.msg("customer"),
            promise: lang.msg("promise"),
            primary: lang.msg("primary-services"),
            secondary: lang.msg("secondary-services"),
            evaluation: lang.msg("evaluation-mechanisms"),
            picture: lang.msg("report-picture"),
            moments: lang.msg("moments-of-truth"),
            channel: lang.msg("channel"),
            expectations: lang.msg("expectations"),
            own_words: lang.msg("report-own-words"),
            principles: lang.msg("principles"),
            critical: lang.msg("report-critical"),
            critical_tag: lang.msg("report-critical"),
            yes: lang.msg("report-yes"),
            no: lang.msg("report-no"),
            causes: lang.msg("report-causes"),
            satisfaction: lang.msg("satisfaction"),
            not_scored: lang.msg("report-not-scored"),
            standard: lang.msg("standard-2"),
            improvement: lang.msg("improvement-action"),
            owner: lang.msg("owner"),
            notes: lang.msg("notes"),
            analysis: lang.msg("cmd-analysis"),
            plan: lang.msg("report-plan"),
            plan_order: lang.msg("report-plan-order"),
            no_plan: lang.msg("report-no-plan"),
            action: lang.msg("report-action"),
            number: "#",
            count: lang.msg("report-count"),
            cause: lang.msg("report-cause"),
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
