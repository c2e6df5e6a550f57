//! The rules of a document that RON's types cannot express: format version, unique ids,
//! visible names, score and target range, dates, angles.

use crate::model::{Document, FORMAT_VERSION, FORMAT_WITHOUT_PHOTOS, Moment};
use crate::outline::{self, Context, Outline};
use crate::problem::{Diagnostic, Problem};

/// Where a rule is broken: the moment's index (or `None` for the cycle), the field, and
/// the problem.
pub type Finding = (Option<usize>, &'static str, Problem);

/// The first rule a document breaks, if any.
pub fn validate(doc: &Document) -> Result<(), Finding> {
    match validate_all(doc).into_iter().next() {
        Some(finding) => Err(finding),
        None => Ok(()),
    }
}

/// Every rule the document breaks, in file order, at most
/// [`MAX_PROBLEMS`](crate::file::MAX_PROBLEMS).
pub fn validate_all(doc: &Document) -> Vec<Finding> {
    let mut found = Vec::new();
    if doc.format > FORMAT_VERSION {
        found.push((None, "format", Problem::NewerFormat(doc.format)));
    } else if doc.format < FORMAT_WITHOUT_PHOTOS {
        found.push((None, "format", Problem::BadFormat(doc.format)));
    }
    if let Some(date) = &doc.date
        && !crate::date::is_iso_date(date)
    {
        let problem = Problem::Date {
            field: "date",
            found: date.clone(),
        };
        found.push((None, "date", problem));
    }
    let mut seen = std::collections::HashSet::with_capacity(doc.moments.len());
    let mut previous_angle: Option<f64> = None;
    for (i, m) in doc.moments.iter().enumerate() {
        if found.len() >= crate::file::MAX_PROBLEMS {
            break;
        }
        if m.id.0 != 0 && !seen.insert(m.id) {
            found.push((Some(i), "id", Problem::DuplicateId(m.id.0)));
        }
        if is_blank(&m.name) {
            found.push((Some(i), "name", Problem::EmptyName));
        }
        if let Some(s) = m.satisfaction
            && !(1..=5).contains(&s)
        {
            found.push((Some(i), "satisfaction", Problem::Satisfaction(s)));
        }
        found.extend(plan_findings(i, m));
        if let Some(a) = m.angle {
            if !a.is_finite() || !(0.0..360.0).contains(&a) {
                found.push((Some(i), "angle", Problem::AngleRange(a)));
            } else {
                if let Some(p) = previous_angle
                    && a <= p
                {
                    let order = Problem::AngleOrder {
                        angle: a,
                        previous: p,
                    };
                    found.push((Some(i), "angle", order));
                }
                previous_angle = Some(a);
            }
        }
    }
    found.truncate(crate::file::MAX_PROBLEMS);
    found
}

/// What is wrong with a moment's `target` and `due`.
fn plan_findings(i: usize, m: &Moment) -> Vec<Finding> {
    let mut found = Vec::new();
    if let Some(t) = m.target
        && !(1..=5).contains(&t)
    {
        found.push((Some(i), "target", Problem::Target(t)));
    }
    if let Some(due) = &m.due
        && !crate::date::is_iso_date(due)
    {
        let problem = Problem::Date {
            field: "due",
            found: due.clone(),
        };
        found.push((Some(i), "due", problem));
    }
    found
}

/// Every broken rule as a diagnostic with its line and column in `src`.
pub(crate) fn validate_at(doc: &Document, src: &str) -> Result<(), Vec<Diagnostic>> {
    let findings = validate_all(doc);
    if findings.is_empty() {
        return Ok(());
    }
    let outline = Outline::scan(src);
    let diagnostics = findings
        .into_iter()
        .map(|(moment, field, problem)| {
            let offset = match moment {
                Some(i) => outline.moment_field(i, field),
                None => outline.field(field),
            }
            .unwrap_or(0);
            let (line, col) = outline::line_col(src, offset);
            let context = Context {
                moment: moment.map(|i| (i, Some(doc.moments[i].name.clone()))),
                field: Some(field.to_owned()),
            };
            Diagnostic {
                line,
                col,
                context: Box::new(context),
                problem,
            }
        })
        .collect();
    Err(diagnostics)
}

/// True when `s` shows nothing: empty, or only spaces, line breaks, and invisible
/// characters such as the zero-width space (Unicode's White_Space and format
/// characters, and the fillers that render as blanks).
pub fn is_blank(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// Unicode format characters (general category Cf) and the blank fillers.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{0600}'..='\u{0605}' | '\u{06DD}' | '\u{070F}'
        | '\u{0890}'..='\u{0891}' | '\u{08E2}' | '\u{115F}'..='\u{1160}' | '\u{17B4}'..='\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{2800}' | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}'
        | '\u{110BD}' | '\u{110CD}' | '\u{13430}'..='\u{1343F}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0001}' | '\u{E0020}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}'
    ) || c.is_control()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_names_are_blank_like_spaces() {
        for name in [
            "",
            "   ",
            "\u{200B}",
            "\u{200B}\u{FEFF} \u{2060}",
            "\u{3000}",
            "\u{00A0}",
            "\u{3164}",
        ] {
            assert!(is_blank(name), "{name:?}");
        }
        for name in ["a", " ¡Hola! ", "\u{200B}x", "Ёж", "!"] {
            assert!(!is_blank(name), "{name:?}");
        }
    }
}
