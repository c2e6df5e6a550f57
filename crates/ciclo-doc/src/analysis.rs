//! The analysis of a service cycle: how many moments are critical, how satisfied the
//! customer is, which principles and expectations each moment puts at stake, what causes
//! dissatisfaction most often, and which critical moments still lack a plan.
//!
//! Everything here is a pure function of a [`Document`]; [`summary_text`] words the result
//! for the terminal (`ciclo check --summary`), and [`ciclo_render::report`] for the workshop report.

use crate::lang::{Arg, Lang, Term};
use crate::model::{Cause, Document, Expectation, MomentId, Principle};

mod summary;
pub use summary::one_line;
pub use summary::summary_text;

/// The figures of one cycle, computed by [`analyse`].
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// How many moments of truth the cycle has.
    pub moments: usize,
    /// How many of them are critical.
    pub critical: usize,
    /// `critical / moments`, from 0 to 1; 0 for a cycle without moments.
    pub critical_share: f64,
    /// The mean satisfaction of the scored moments only; `None` when none is scored.
    /// Unscored moments do not count, not even as zero.
    pub average_satisfaction: Option<f64>,
    /// How many moments have a satisfaction score.
    pub scored: usize,
    /// Which principles each moment puts at stake.
    pub principles: Matrix<Principle>,
    /// What the customer expects in each moment (the closed list only; the user's own
    /// expectations have no column).
    pub expectations: Matrix<Expectation>,
    /// The causes of dissatisfaction and how many moments each one hits, most frequent
    /// first; ties keep the order of [`Cause::ALL`]; causes that hit no moment are left
    /// out. Every moment counts, critical or not, and a moment counts once per cause even
    /// if it lists the cause twice.
    pub causes: Vec<(Cause, usize)>,
    /// The critical moments without an improvement action or without an owner, in
    /// sequence.
    pub missing_plans: Vec<MissingPlan>,
}

/// A table of moments (rows, in sequence) against the terms of a closed vocabulary
/// (columns, in the order of the vocabulary's `ALL`).
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix<T: 'static> {
    /// The columns: every term, in `ALL` order.
    pub columns: &'static [T],
    /// One row per moment, in sequence: the moment's id and, for each column, whether the
    /// moment has that term.
    pub rows: Vec<(MomentId, Vec<bool>)>,
    /// For each column, how many moments have the term.
    pub totals: Vec<usize>,
}

impl<T: Copy + PartialEq + 'static> Matrix<T> {
    /// Builds the table from each moment's list of terms.
    fn build<'a>(columns: &'static [T], rows: impl Iterator<Item = (MomentId, &'a [T])>) -> Self {
        let rows: Vec<(MomentId, Vec<bool>)> = rows
            .map(|(id, terms)| (id, columns.iter().map(|c| terms.contains(c)).collect()))
            .collect();
        let totals = (0..columns.len())
            .map(|col| rows.iter().filter(|(_, cells)| cells[col]).count())
            .collect();
        Matrix {
            columns,
            rows,
            totals,
        }
    }

    /// Whether the moment in row `row` has `term`; false for a row that does not exist.
    pub fn cell(&self, row: usize, term: T) -> bool {
        let Some(col) = self.columns.iter().position(|c| *c == term) else {
            return false;
        };
        self.rows
            .get(row)
            .and_then(|(_, cells)| cells.get(col))
            .copied()
            .unwrap_or(false)
    }

    /// How many moments have `term`.
    pub fn total(&self, term: T) -> usize {
        self.columns
            .iter()
            .position(|c| *c == term)
            .and_then(|col| self.totals.get(col))
            .copied()
            .unwrap_or(0)
    }
}

/// A critical moment whose improvement plan is incomplete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingPlan {
    /// Its zero-based index in the sequence (the moment's number is `index + 1`).
    pub index: usize,
    /// Its id.
    pub id: MomentId,
    /// Its name.
    pub name: String,
    /// What it lacks.
    pub missing: Missing,
}

/// What a critical moment's plan lacks. A text made only of spaces counts as missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Missing {
    /// No improvement action.
    Improvement,
    /// No owner.
    Owner,
    /// Neither an improvement action nor an owner.
    Both,
}

impl Missing {
    /// Whether the improvement action is missing.
    pub fn improvement(self) -> bool {
        matches!(self, Missing::Improvement | Missing::Both)
    }

    /// Whether the owner is missing.
    pub fn owner(self) -> bool {
        matches!(self, Missing::Owner | Missing::Both)
    }

    /// What is missing, in words: "no owner", "sin responsable", "нет ответственного"...
    pub fn describe(self, lang: Lang) -> &'static str {
        lang.msg(&format!("missing-{self:?}"))
    }
}

/// Analyses a cycle.
pub fn analyse(doc: &Document) -> Analysis {
    let moments = doc.moments.len();
    let critical = doc.moments.iter().filter(|m| m.critical).count();
    let critical_share = if moments == 0 {
        0.0
    } else {
        critical as f64 / moments as f64
    };

    let scores: Vec<f64> = doc
        .moments
        .iter()
        .filter_map(|m| m.satisfaction)
        .map(f64::from)
        .collect();
    let scored = scores.len();
    let average_satisfaction = (scored > 0).then(|| scores.iter().sum::<f64>() / scored as f64);

    let principles = Matrix::build(
        Principle::ALL,
        doc.moments.iter().map(|m| (m.id, m.principles.as_slice())),
    );
    let expectations = Matrix::build(
        Expectation::ALL,
        doc.moments
            .iter()
            .map(|m| (m.id, m.expectations.as_slice())),
    );

    let mut causes: Vec<(Cause, usize)> = Cause::ALL
        .iter()
        .map(|&c| {
            (
                c,
                doc.moments.iter().filter(|m| m.causes.contains(&c)).count(),
            )
        })
        .filter(|&(_, n)| n > 0)
        .collect();
    // A stable sort keeps `Cause::ALL` order among equal counts.
    causes.sort_by_key(|&(_, n)| std::cmp::Reverse(n));

    let missing_plans = doc
        .moments
        .iter()
        .enumerate()
        .filter(|(_, m)| m.critical)
        .filter_map(|(index, m)| {
            let no_improvement = m.improvement.trim().is_empty();
            let no_owner = m.owner.trim().is_empty();
            let missing = match (no_improvement, no_owner) {
                (true, true) => Missing::Both,
                (true, false) => Missing::Improvement,
                (false, true) => Missing::Owner,
                (false, false) => return None,
            };
            Some(MissingPlan {
                index,
                id: m.id,
                name: m.name.clone(),
                missing,
            })
        })
        .collect();

    Analysis {
        moments,
        critical,
        critical_share,
        average_satisfaction,
        scored,
        principles,
        expectations,
        causes,
        missing_plans,
    }
}

impl Analysis {
    /// The critical share as a whole percentage, rounded: 0 to 100.
    pub fn critical_percent(&self) -> u32 {
        (self.critical_share * 100.0).round().clamp(0.0, 100.0) as u32
    }
}

/// A short column heading for an expectation, for narrow tables.
pub fn expectation_short(e: Expectation, lang: Lang) -> &'static str {
    lang.msg(&format!("{}-short", e.id()))
}

/// A number with one decimal, with the language's decimal separator ("3.5", "3,5").
pub fn decimal(x: f64, lang: Lang) -> String {
    format!("{x:.1}").replace('.', lang.msg("decimal-separator"))
}

/// "1 moment", "3 moments", in the language, with its plural rules ("1 момент",
/// "3 момента", "5 моментов", "21 момент").
pub(crate) fn moments_word(n: usize, lang: Lang) -> String {
    lang.fmt("moments-count", &[("count", Arg::from(n))])
}

/// The sentence for the critical count: "3 of 10 (30%)".
pub fn critical_line(a: &Analysis, lang: Lang) -> String {
    lang.fmt(
        "critical-line",
        &[
            ("critical", Arg::from(a.critical)),
            ("moments", Arg::from(a.moments)),
            ("percent", Arg::from(a.critical_percent())),
        ],
    )
}

/// The sentence for the average: "3.4 of 5 (8 of 10 scored)".
pub fn average_line(a: &Analysis, lang: Lang) -> String {
    let scored = [
        ("scored", Arg::from(a.scored)),
        ("moments", Arg::from(a.moments)),
    ];
    match a.average_satisfaction {
        Some(avg) => {
            let average = ("average", Arg::from(decimal(avg, lang)));
            lang.fmt(
                "average-line",
                &[average, scored[0].clone(), scored[1].clone()],
            )
        }
        None => lang.fmt("average-none", &scored),
    }
}

/// One line about an incomplete plan: "moment 3 “Calls to book”: no owner"; Russian
/// quotes the name «like this».
pub fn missing_plan_line(m: &MissingPlan, lang: Lang) -> String {
    let moment = lang.fmt(
        "where-moment-named",
        &[
            ("number", Arg::from(m.index + 1)),
            ("name", Arg::from(one_line(&m.name))),
        ],
    );
    format!("{moment}: {}", m.missing.describe(lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Moment;

    fn doc() -> Document {
        let mut a = Moment::named(MomentId(1), "Greeting");
        a.satisfaction = Some(4);
        a.principles = vec![Principle::Interest];
        let mut b = Moment::named(MomentId(2), "Calls to book");
        b.critical = true;
        b.improvement = "Answer in three rings".into();
        b.causes = vec![Cause::LongWait];
        Document {
            title: "Tiny".into(),
            moments: vec![a, b],
            ..Document::default()
        }
    }

    #[test]
    fn an_empty_cycle_has_zero_share_and_no_average() {
        let a = analyse(&Document::default());
        assert_eq!(a.moments, 0);
        assert_eq!(a.critical_share, 0.0);
        assert_eq!(a.average_satisfaction, None);
        assert!(summary_text(&a, &Document::default(), Lang::En).contains("(no moments)"));
    }

    #[test]
    fn the_summary_names_the_moment_without_an_owner() {
        let d = doc();
        let text = summary_text(&analyse(&d), &d, Lang::En);
        assert!(
            text.contains("moment 2 “Calls to book”: no owner"),
            "{text}"
        );
        assert!(text.contains("Critical moments: 1 of 2 (50%)"), "{text}");
        assert!(text.contains("4.0 of 5 (1 of 2 scored)"), "{text}");
        let es = summary_text(&analyse(&d), &d, Lang::Es);
        assert!(
            es.contains("momento 2 “Calls to book”: sin responsable"),
            "{es}"
        );
        assert!(es.contains("4,0 de 5 (1 de 2 puntuados)"), "{es}");
    }

    #[test]
    fn russian_counts_agree_with_the_number() {
        let word = |n| moments_word(n, Lang::Ru);
        assert_eq!(word(1), "1 момент");
        assert_eq!(word(3), "3 момента");
        assert_eq!(word(5), "5 моментов");
        assert_eq!(word(11), "11 моментов");
        assert_eq!(word(12), "12 моментов");
        assert_eq!(word(21), "21 момент");
        assert_eq!(word(24), "24 момента");
        assert_eq!(word(0), "0 моментов");
        assert_eq!(moments_word(1, Lang::En), "1 moment");
        assert_eq!(moments_word(2, Lang::Es), "2 momentos");
    }

    #[test]
    fn the_summary_tables_are_aligned() {
        let d = doc();
        let text = summary_text(&analyse(&d), &d, Lang::En);
        let rows: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with("Principles by moment"))
            .skip(1)
            .take(4)
            .collect();
        assert!(rows[0].ends_with("R  C  A  G  I  T"), "{rows:?}");
        // The ✓ of "Interest" sits under the I.
        let col = |line: &str, pat: char| line.chars().position(|c| c == pat);
        assert_eq!(col(rows[0], 'I'), col(rows[1], '✓'), "{rows:?}");
        assert!(rows[2].starts_with("  2!"), "{rows:?}");
    }
}
