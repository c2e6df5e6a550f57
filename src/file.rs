//! Reading and writing `.ron` documents: parsing, validation with line and column, a
//! stable pretty writer, and atomic saves.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::model::{Document, FORMAT_VERSION, Moment, MomentId};
use crate::outline::{self, Context, Outline};
pub use crate::problem::{Diagnostic, Problem};

/// Why a file could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{}: cannot read: {error}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// The file's content is not a valid document.
    #[error("{}:{diagnostic}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, and where.
        diagnostic: Diagnostic,
    },
}

impl LoadError {
    /// The message for the user, in `lang`: `FILE:LINE:COL: ...`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::Read { path, error } => {
                format!(
                    "{}: {}: {error}",
                    path.display(),
                    lang.pick3("cannot read", "no se puede leer", "не удаётся прочитать")
                )
            }
            LoadError::Invalid { path, diagnostic } => {
                format!("{}:{}", path.display(), diagnostic.message(lang))
            }
        }
    }
}

/// Why a file could not be saved.
#[derive(Debug, thiserror::Error)]
#[error("{}: cannot save: {error}", path.display())]
pub struct SaveError {
    /// The file.
    pub path: PathBuf,
    /// Why.
    pub error: std::io::Error,
}

impl SaveError {
    /// The message for the user, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let mut out = format!(
            "{}: {}: {}.",
            self.path.display(),
            lang.pick3("cannot save", "no se puede guardar", "не удаётся сохранить"),
            self.error,
        );
        if self.path.is_file() {
            out.push(' ');
            out.push_str(lang.pick3(
                "The previous file is unchanged.",
                "El archivo anterior no ha cambiado.",
                "Прежний файл остался без изменений.",
            ));
        }
        out
    }
}

/// Reads and validates a document from a file.
pub fn load_file(path: &Path) -> Result<Document, LoadError> {
    let bytes = std::fs::read(path).map_err(|error| LoadError::Read {
        path: path.to_owned(),
        error,
    })?;
    parse_bytes(&bytes).map_err(|diagnostic| LoadError::Invalid {
        path: path.to_owned(),
        diagnostic,
    })
}

/// Parses and validates a document from raw bytes.
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, Diagnostic> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let text = std::str::from_utf8(valid).unwrap_or_default();
            let (line, col) = outline::line_col(text, text.len());
            Err(Diagnostic {
                line,
                col,
                context: Box::default(),
                problem: Problem::NotText,
            })
        }
    }
}

/// Parses and validates a document from text. Missing ids are assigned.
pub fn parse(src: &str) -> Result<Document, Diagnostic> {
    let body = src.trim_start_matches('\u{feff}');
    let first = body.char_indices().find(|(_, c)| !c.is_whitespace());
    let Some((first_at, first_char)) = first else {
        return Err(Diagnostic {
            line: 1,
            col: 1,
            context: Box::default(),
            problem: Problem::Empty,
        });
    };
    if first_char == '{' || first_char == '[' {
        let (line, col) = outline::line_col(body, first_at);
        return Err(Diagnostic {
            line,
            col,
            context: Box::default(),
            problem: Problem::LooksLikeJson,
        });
    }
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let parsed = options
        .from_str::<Document>(body)
        .map_err(|e| diagnose_ron(body, e))?;
    let mut doc = parsed;
    validate_at(&doc, body)?;
    doc.assign_missing_ids();
    Ok(doc)
}

fn diagnose_ron(src: &str, e: ron::error::SpannedError) -> Diagnostic {
    use ron::Error as E;
    let outline = Outline::scan(src);
    let pos = e.span.start;
    let offset = outline::offset_of(src, pos.line, pos.col);
    let context = outline.context_at(offset);
    let problem = match e.code {
        E::NoSuchStructField {
            expected, found, ..
        } => Problem::UnknownField {
            found,
            expected: expected.to_vec(),
        },
        E::NoSuchEnumVariant {
            expected, found, ..
        } => Problem::UnknownVariant {
            found,
            expected: expected.to_vec(),
        },
        E::MissingStructField { field, .. } => Problem::MissingField { field },
        E::DuplicateStructField { field, .. } => Problem::DuplicateField { field },
        E::InvalidValueForType { expected, found } => Problem::WrongType { expected, found },
        E::ExpectedStringEnd => Problem::Expected {
            en: "the closing `\"` of this text; a quote is missing",
            es: "el `\"` que cierra este texto; falta una comilla",
            ru: "закрывающая кавычка `\"` в конце текста; одной кавычки не хватает",
        },
        E::ExpectedString => Problem::Expected {
            en: "a text in double quotes, like \"Welcome\"",
            es: "un texto entre comillas dobles, como \"Bienvenida\"",
            ru: "текст в двойных кавычках, например \"Добро пожаловать\"",
        },
        // A score too large or negative for its type never reaches `validate`; say what is allowed here.
        E::ExpectedInteger | E::IntegerOutOfBounds
            if context.moment.is_some() && context.field.as_deref() == Some("satisfaction") =>
        {
            Problem::Expected {
                en: "a whole number from 1 to 5 (or remove the field)",
                es: "un número entero de 1 a 5 (o quite el campo)",
                ru: "целое число от 1 до 5 (или удалите поле)",
            }
        }
        E::ExpectedInteger | E::IntegerOutOfBounds => Problem::Expected {
            en: "a whole number in range",
            es: "un número entero dentro del rango",
            ru: "целое число в допустимых пределах",
        },
        E::ExpectedFloat => Problem::Expected {
            en: "a number",
            es: "un número",
            ru: "число",
        },
        E::ExpectedBoolean => Problem::Expected {
            en: "`true` or `false`",
            es: "`true` o `false`",
            ru: "`true` или `false`",
        },
        E::ExpectedArray => Problem::Expected {
            en: "a list in square brackets, like [A, B]",
            es: "una lista entre corchetes, como [A, B]",
            ru: "список в квадратных скобках, например [A, B]",
        },
        E::ExpectedArrayEnd => Problem::Expected {
            en: "a comma or the closing `]` of the list",
            es: "una coma o el `]` que cierra la lista",
            ru: "запятая или скобка `]`, закрывающая список",
        },
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => Problem::Expected {
            en: "an opening `(`",
            es: "un `(` de apertura",
            ru: "открывающая скобка `(`",
        },
        E::ExpectedComma | E::ExpectedStructLikeEnd => Problem::Expected {
            en: "a comma or a closing `)`",
            es: "una coma o un `)` de cierre",
            ru: "запятая или закрывающая скобка `)`",
        },
        E::ExpectedMapColon => Problem::Expected {
            en: "a colon after the field name",
            es: "dos puntos tras el nombre del campo",
            ru: "двоеточие после имени поля",
        },
        E::Eof | E::UnclosedBlockComment => Problem::UnexpectedEnd,
        E::TrailingCharacters => Problem::TrailingText,
        E::ExpectedIdentifier => Problem::Expected {
            en: "a name without quotes, such as `InPerson` or `Reliability`",
            es: "un nombre sin comillas, como `InPerson` o `Reliability`",
            ru: "имя без кавычек, например `InPerson` или `Reliability`",
        },
        other => Problem::Syntax(other.to_string()),
    };
    // A missing field is only noticed at the closing parenthesis; point at the struct
    // rather than at whatever field came last.
    let context = match problem {
        Problem::TrailingText => Context::default(),
        Problem::MissingField { .. } => Context {
            field: None,
            ..context
        },
        _ => context,
    };
    Diagnostic {
        line: pos.line,
        col: pos.col,
        context: Box::new(context),
        problem,
    }
}

/// Checks the rules that RON's types cannot: format version, unique ids, score range,
/// angles. Positions point into `src`.
fn validate_at(doc: &Document, src: &str) -> Result<(), Diagnostic> {
    validate(doc).map_err(|(moment, field, problem)| {
        let outline = Outline::scan(src);
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
}

/// The first rule a document breaks: the moment's index, the field, and the problem.
pub fn validate(doc: &Document) -> Result<(), (Option<usize>, &'static str, Problem)> {
    if doc.format > FORMAT_VERSION {
        return Err((None, "format", Problem::NewerFormat(doc.format)));
    }
    if doc.format != FORMAT_VERSION {
        return Err((None, "format", Problem::BadFormat(doc.format)));
    }
    let mut seen = std::collections::HashSet::new();
    let mut previous_angle: Option<f64> = None;
    for (i, m) in doc.moments.iter().enumerate() {
        if m.name.trim().is_empty() {
            return Err((Some(i), "name", Problem::EmptyName));
        }
        if m.id.0 != 0 && !seen.insert(m.id) {
            return Err((Some(i), "id", Problem::DuplicateId(m.id.0)));
        }
        if let Some(s) = m.satisfaction
            && !(1..=5).contains(&s)
        {
            return Err((Some(i), "satisfaction", Problem::Satisfaction(s)));
        }
        if let Some(a) = m.angle {
            if !a.is_finite() || !(0.0..360.0).contains(&a) {
                return Err((Some(i), "angle", Problem::AngleRange(a)));
            }
            if let Some(p) = previous_angle
                && a <= p
            {
                return Err((
                    Some(i),
                    "angle",
                    Problem::AngleOrder {
                        angle: a,
                        previous: p,
                    },
                ));
            }
            previous_angle = Some(a);
        }
    }
    Ok(())
}

/// Writes a document as pretty, stable RON: fields in the documented order, empty
/// optional moment fields left out. Saving the same document twice gives the same bytes.
pub fn to_ron(doc: &Document) -> String {
    let mut out = String::with_capacity(256 + doc.moments.len() * 256);
    out.push_str("// Ciclo service cycle. Format: docs/FORMAT.md\n(\n");
    let _ = writeln!(out, "    format: {},", doc.format);
    let _ = writeln!(out, "    language: {},", quote(&doc.language));
    for (key, value) in [
        ("title", &doc.title),
        ("organization", &doc.organization),
        ("description", &doc.description),
        ("customer", &doc.customer),
        ("promise", &doc.promise),
    ] {
        let _ = writeln!(out, "    {key}: {},", quote(value));
    }
    let _ = writeln!(
        out,
        "    primary_services: {},",
        string_list(&doc.primary_services)
    );
    let _ = writeln!(
        out,
        "    secondary_services: {},",
        string_list(&doc.secondary_services)
    );
    let _ = writeln!(out, "    evaluation: {},", debug_list(&doc.evaluation));
    if doc.moments.is_empty() {
        out.push_str("    moments: [],\n");
    } else {
        out.push_str("    moments: [\n");
        for m in &doc.moments {
            write_moment(&mut out, m);
        }
        out.push_str("    ],\n");
    }
    out.push_str(")\n");
    out
}

fn write_moment(out: &mut String, m: &Moment) {
    const IN: &str = "            ";
    out.push_str("        (\n");
    if m.id != MomentId(0) {
        let _ = writeln!(out, "{IN}id: {},", m.id.0);
    }
    let _ = writeln!(out, "{IN}name: {},", quote(&m.name));
    if !m.description.is_empty() {
        let _ = writeln!(out, "{IN}description: {},", quote(&m.description));
    }
    if let Some(angle) = m.angle {
        let _ = writeln!(out, "{IN}angle: {angle:?},");
    }
    let _ = writeln!(out, "{IN}channel: {:?},", m.channel);
    if !m.expectations.is_empty() {
        let _ = writeln!(out, "{IN}expectations: {},", debug_list(&m.expectations));
    }
    if !m.other_expectations.is_empty() {
        let _ = writeln!(
            out,
            "{IN}other_expectations: {},",
            string_list(&m.other_expectations)
        );
    }
    if !m.principles.is_empty() {
        let _ = writeln!(out, "{IN}principles: {},", debug_list(&m.principles));
    }
    let _ = writeln!(out, "{IN}critical: {},", m.critical);
    if !m.causes.is_empty() {
        let _ = writeln!(out, "{IN}causes: {},", debug_list(&m.causes));
    }
    if let Some(s) = m.satisfaction {
        let _ = writeln!(out, "{IN}satisfaction: {s},");
    }
    for (key, value) in [
        ("standard", &m.standard),
        ("improvement", &m.improvement),
        ("owner", &m.owner),
        ("notes", &m.notes),
    ] {
        if !value.is_empty() {
            let _ = writeln!(out, "{IN}{key}: {},", quote(value));
        }
    }
    out.push_str("        ),\n");
}

/// A RON string literal: double quotes, with `\` escapes for quotes, backslashes and
/// control characters. Everything else, accents included, is written as is.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn string_list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", inner.join(", "))
}

fn debug_list<T: std::fmt::Debug>(items: &[T]) -> String {
    let inner: Vec<String> = items.iter().map(|t| format!("{t:?}")).collect();
    format!("[{}]", inner.join(", "))
}

/// Saves a document atomically: the text goes to a temporary file in the same folder,
/// is flushed to disk, then renamed over `path`. On failure the old file is untouched
/// and the temporary file is removed.
pub fn save_file(doc: &Document, path: &Path) -> Result<(), SaveError> {
    write_atomically(path, to_ron(doc).as_bytes())
}

/// Writes `bytes` to `path` atomically (temp file, fsync, rename).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let fail = |error| SaveError {
        path: path.to_owned(),
        error,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(fail)
}
