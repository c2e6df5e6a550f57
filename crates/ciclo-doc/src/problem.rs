//! What can be wrong with a document, where, and how to say it to the user.

use crate::lang::{Arg, Lang};
use crate::model::FORMAT_VERSION;
use crate::outline::Context;

/// A problem found in a document's text, at a line and column.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// One-based line.
    pub line: usize,
    /// One-based column, in characters.
    pub col: usize,
    /// What the problem belongs to.
    pub context: Box<Context>,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong with a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The bytes are not UTF-8 text.
    NotText,
    /// The file holds nothing.
    Empty,
    /// The file is JSON, not RON.
    LooksLikeJson,
    /// A field that the format does not have.
    UnknownField {
        found: String,
        expected: Vec<&'static str>,
    },
    /// A value that is not one of the allowed names.
    UnknownVariant {
        found: String,
        expected: Vec<&'static str>,
    },
    /// A required field is missing.
    MissingField { field: &'static str },
    /// The same field twice.
    DuplicateField { field: &'static str },
    /// A value of the wrong kind.
    WrongType { expected: String, found: String },
    /// A value of another kind than the field holds (text, number, list...): what was
    /// expected there.
    Expected(Expected),
    /// The text stops before the document is complete.
    UnexpectedEnd,
    /// Something follows the document's closing parenthesis.
    TrailingText,
    /// Any other syntax error, as the RON parser words it.
    Syntax(String),
    /// The file was written by a newer version of Ciclo.
    NewerFormat(u32),
    /// `format` is not a version this build knows.
    BadFormat(u32),
    /// Two moments share an id.
    DuplicateId(u32),
    /// A satisfaction score outside 1..=5.
    Satisfaction(u8),
    /// A target (to-be satisfaction) outside 1..=5.
    Target(u8),
    /// A date (`date` of the cycle, `due` of a moment) that is not a real day written
    /// `YYYY-MM-DD`.
    Date {
        /// The field: `date` or `due`.
        field: &'static str,
        /// The text as written.
        found: String,
    },
    /// An angle that is not a finite number in `[0, 360)`.
    AngleRange(f64),
    /// An angle not greater than the previous placed moment's.
    AngleOrder { angle: f64, previous: f64 },
    /// A moment without a name.
    EmptyName,
}

/// What the parser expected where it found something else; the catalogue words it as
/// `expected-Variant`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A moment's `id`: a positive whole number no other moment uses.
    Id,
    /// The closing quote of a text.
    StringEnd,
    /// A text in double quotes.
    String,
    /// A satisfaction score, 1 to 5.
    Score,
    /// A whole number in range.
    Integer,
    /// A number.
    Float,
    /// `true` or `false`.
    Boolean,
    /// A list in square brackets.
    List,
    /// A comma or the end of a list.
    ListEnd,
    /// An opening parenthesis.
    StructStart,
    /// A comma or a closing parenthesis.
    StructEnd,
    /// A colon after a field name.
    Colon,
    /// A name without quotes (a vocabulary term).
    Identifier,
}

impl Problem {
    /// Describes the problem and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let arg = |name, value: &dyn std::fmt::Display| (name, Arg::from(value.to_string()));
        match self {
            Problem::NotText => lang.msg("problem-not-text").to_owned(),
            Problem::Empty => lang.msg("problem-empty").to_owned(),
            Problem::LooksLikeJson => lang.msg("problem-json").to_owned(),
            Problem::UnknownField { found, expected } => lang.fmt(
                "problem-unknown-field",
                &[
                    arg("found", found),
                    arg("hint", &did_you_mean(found, expected, lang)),
                    arg("valid", &code_list(expected)),
                ],
            ),
            Problem::UnknownVariant { found, expected } => lang.fmt(
                "problem-unknown-value",
                &[
                    arg("found", found),
                    arg("hint", &did_you_mean(found, expected, lang)),
                    arg("valid", &code_list(expected)),
                ],
            ),
            Problem::MissingField { field: "format" } => {
                lang.msg("problem-missing-format").to_owned()
            }
            Problem::MissingField { field } => {
                lang.fmt("problem-missing-field", &[arg("field", field)])
            }
            Problem::DuplicateField { field } => {
                lang.fmt("problem-duplicate-field", &[arg("field", field)])
            }
            Problem::WrongType { expected, found } => lang.fmt(
                "problem-wrong-type",
                &[arg("expected", expected), arg("found", found)],
            ),
            Problem::Expected(what) => {
                let what = lang.msg(&format!("expected-{what:?}"));
                lang.fmt("problem-expected", &[arg("expected", &what)])
            }
            Problem::UnexpectedEnd => lang.msg("problem-unexpected-end").to_owned(),
            Problem::TrailingText => lang.msg("problem-trailing-text").to_owned(),
            Problem::Syntax(detail) => lang.fmt("problem-syntax", &[arg("detail", detail)]),
            Problem::NewerFormat(v) => lang.fmt(
                "problem-newer-format",
                &[arg("found", v), arg("known", &FORMAT_VERSION)],
            ),
            Problem::BadFormat(v) => lang.fmt(
                "problem-bad-format",
                &[arg("found", v), arg("known", &FORMAT_VERSION)],
            ),
            Problem::DuplicateId(id) => lang.fmt("problem-duplicate-id", &[arg("id", id)]),
            Problem::Satisfaction(v) => lang.fmt("problem-satisfaction", &[arg("score", v)]),
            Problem::Target(v) => lang.fmt("problem-target", &[arg("score", v)]),
            Problem::Date { field, found } => lang.fmt(
                "problem-date",
                &[arg("field", field), arg("found", &format!("{found:?}"))],
            ),
            Problem::AngleRange(a) => lang.fmt("problem-angle-range", &[arg("angle", a)]),
            Problem::AngleOrder { angle, previous } => lang.fmt(
                "problem-angle-order",
                &[arg("angle", angle), arg("previous", previous)],
            ),
            Problem::EmptyName => lang.msg("problem-empty-name").to_owned(),
        }
    }
}

impl Diagnostic {
    /// `LINE:COL: where: what`, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let text = |value: &dyn std::fmt::Display| Arg::from(value.to_string());
        let mut out = format!("{}:{}: ", self.line, self.col);
        if let Some((index, name)) = &self.context.moment {
            let number = ("number", Arg::from(index + 1));
            out.push_str(&match name {
                Some(name) => lang.fmt("where-moment-named", &[number, ("name", text(name))]),
                None => lang.fmt("where-moment", &[number]),
            });
            out.push_str(if self.context.field.is_some() {
                ", "
            } else {
                ": "
            });
        }
        if let Some(field) = &self.context.field {
            out.push_str(&lang.fmt("where-field", &[("field", text(field))]));
            out.push_str(": ");
        }
        out.push_str(&self.problem.message(lang));
        out
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Diagnostic {}

/// Names as code, separated by commas: `` `a`, `b` ``.
fn code_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    quoted.join(", ")
}

/// `— did you mean `x`?` in `lang` when one valid name is close to `found` (a typo, a
/// missing letter, another case), or nothing.
fn did_you_mean(found: &str, valid: &[&str], lang: Lang) -> String {
    let found_lower = found.to_lowercase();
    let nearest = valid
        .iter()
        .map(|v| (strsim::levenshtein(&found_lower, &v.to_lowercase()), *v))
        .min_by_key(|(distance, _)| *distance);
    let Some((distance, name)) = nearest else {
        return String::new();
    };
    let close = distance <= (found.chars().count() / 3).max(2) && distance < name.chars().count();
    if !close {
        return String::new();
    }
    lang.fmt("problem-did-you-mean", &[("name", Arg::from(name))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_name_suggests_the_nearest_valid_one() {
        let fields = ["name", "satisfaction", "standard", "notes"];
        let problem = Problem::UnknownField {
            found: "satisfacion".into(),
            expected: fields.to_vec(),
        };
        let message = problem.message(Lang::En);
        assert!(
            message.contains("did you mean `satisfaction`?"),
            "{message}"
        );
        let message = problem.message(Lang::Es);
        assert!(
            message.contains("¿quiso decir `satisfaction`?"),
            "{message}"
        );
        let channels = ["InPerson", "Phone", "Web"];
        let problem = Problem::UnknownVariant {
            found: "inperson".into(),
            expected: channels.to_vec(),
        };
        assert!(problem.message(Lang::En).contains("`InPerson`?"));
    }

    /// Every `Expected`, a `SpecialFile` and `Missing` too: the ids built from their names
    /// (`expected-Id`...) exist in every language. The matches make a new variant fail to
    /// compile here until it is listed.
    #[test]
    fn every_worded_variant_has_its_message_in_every_language() {
        use crate::analysis::Missing;
        use crate::file::SpecialFile;
        use Expected::*;
        let listed = |e: Expected| match e {
            Id | StringEnd | String | Score | Integer | Float | Boolean | List | ListEnd
            | StructStart | StructEnd | Colon | Identifier => (),
        };
        let expected = [
            Id,
            StringEnd,
            String,
            Score,
            Integer,
            Float,
            Boolean,
            List,
            ListEnd,
            StructStart,
            StructEnd,
            Colon,
            Identifier,
        ];
        let special = |s: SpecialFile| match s {
            SpecialFile::Directory
            | SpecialFile::Pipe
            | SpecialFile::Device
            | SpecialFile::Socket
            | SpecialFile::Other => (),
        };
        let specials = [
            SpecialFile::Directory,
            SpecialFile::Pipe,
            SpecialFile::Device,
            SpecialFile::Socket,
            SpecialFile::Other,
        ];
        let lacks = |m: Missing| match m {
            Missing::Improvement | Missing::Owner | Missing::Both => m,
        };
        let missing = [Missing::Improvement, Missing::Owner, Missing::Both].map(lacks);
        let mut ids: Vec<std::string::String> = Vec::new();
        for e in expected {
            listed(e);
            ids.push(format!("expected-{e:?}"));
        }
        for s in specials {
            special(s);
            ids.push(format!("special-{s:?}"));
        }
        ids.extend(missing.iter().map(|m| format!("missing-{m:?}")));
        for &lang in Lang::ALL {
            for id in &ids {
                assert!(
                    !lang.tr().msg(id).unwrap_or("").is_empty(),
                    "{lang:?}: no {id}"
                );
            }
        }
    }

    #[test]
    fn an_unrelated_name_gets_no_suggestion() {
        let problem = Problem::UnknownField {
            found: "colour".into(),
            expected: vec!["name", "satisfaction", "notes"],
        };
        assert!(!problem.message(Lang::En).contains("did you mean"));
    }
}
