//! Reading `.ron` documents: parsing and validation with line and column. Writing them
//! (the text and the safe save) is in [`crate::save`].

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::model::{Document, FORMAT_VERSION};
use crate::outline::{self, Context, Outline};

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
    /// expected, in English, Spanish and Russian.
    Expected {
        en: &'static str,
        es: &'static str,
        ru: &'static str,
    },
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
    /// An angle that is not a finite number in `[0, 360)`.
    AngleRange(f64),
    /// An angle not greater than the previous placed moment's.
    AngleOrder { angle: f64, previous: f64 },
    /// A moment without a name.
    EmptyName,
}

impl Problem {
    /// Describes the problem and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let list = |items: &[&str]| {
            items
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Problem::NotText => lang
                .pick3(
                    "this is not a text file; a Ciclo document is UTF-8 text in RON format",
                    "no es un archivo de texto; un documento de Ciclo es texto UTF-8 en formato RON",
                    "это не текстовый файл; документ Ciclo — это текст в кодировке UTF-8 в формате RON",
                )
                .to_owned(),
            Problem::Empty => lang
                .pick3(
                    "the file is empty; create a cycle with `ciclo new -o FILE.ron`",
                    "el archivo está vacío; cree un ciclo con `ciclo new -o ARCHIVO.ron`",
                    "файл пуст; создайте цикл командой `ciclo new -o ФАЙЛ.ron`",
                )
                .to_owned(),
            Problem::LooksLikeJson => lang
                .pick3(
                    "this looks like JSON; Ciclo documents are RON, starting with `(` and `format: 1` (see docs/FORMAT.md)",
                    "parece JSON; los documentos de Ciclo son RON, empiezan con `(` y `format: 1` (vea docs/FORMAT.md)",
                    "похоже, это JSON; документы Ciclo пишутся в формате RON и начинаются с `(` и `format: 1` (см. docs/FORMAT.md)",
                )
                .to_owned(),
            Problem::UnknownField { found, expected } => {
                let valid = list(expected);
                match lang {
                    Lang::En => format!("unknown field `{found}`; valid fields are {valid}"),
                    Lang::Es => {
                        format!("campo desconocido `{found}`; los campos válidos son {valid}")
                    }
                    Lang::Ru => format!("неизвестное поле `{found}`; допустимые поля: {valid}"),
                }
            }
            Problem::UnknownVariant { found, expected } => {
                let valid = list(expected);
                match lang {
                    Lang::En => format!("unknown value `{found}`; valid values are {valid}"),
                    Lang::Es => {
                        format!("valor desconocido `{found}`; los valores válidos son {valid}")
                    }
                    Lang::Ru => {
                        format!("неизвестное значение `{found}`; допустимые значения: {valid}")
                    }
                }
            }
            Problem::MissingField { field: "format" } => lang
                .pick3(
                    "missing `format: 1` at the start of the document",
                    "falta `format: 1` al comienzo del documento",
                    "в начале документа не хватает `format: 1`",
                )
                .to_owned(),
            Problem::MissingField { field } => match lang {
                Lang::En => format!("the required field `{field}` is missing"),
                Lang::Es => format!("falta el campo obligatorio `{field}`"),
                Lang::Ru => format!("не хватает обязательного поля `{field}`"),
            },
            Problem::DuplicateField { field } => match lang {
                Lang::En => format!("the field `{field}` appears twice; keep one"),
                Lang::Es => format!("el campo `{field}` aparece dos veces; deje uno"),
                Lang::Ru => format!("поле `{field}` указано дважды; оставьте одно"),
            },
            Problem::WrongType { expected, found } => match lang {
                Lang::En => format!("expected {expected}, but found {found}"),
                Lang::Es => format!("se esperaba {expected}, pero hay {found}"),
                Lang::Ru => format!("ожидалось {expected}, а указано {found}"),
            },
            Problem::Expected { en, es, ru } => match lang {
                Lang::En => format!("expected {en}"),
                Lang::Es => format!("se esperaba {es}"),
                Lang::Ru => format!("ожидается {ru}"),
            },
            Problem::UnexpectedEnd => lang
                .pick3(
                    "the file ends too early; a closing `)`, `]` or `\"` is probably missing",
                    "el archivo termina antes de tiempo; probablemente falta un `)`, `]` o `\"` de cierre",
                    "файл обрывается раньше времени; вероятно, не хватает закрывающего символа `)`, `]` или `\"`",
                )
                .to_owned(),
            Problem::TrailingText => lang
                .pick3(
                    "there is text after the document's closing `)`; remove it",
                    "hay texto después del `)` que cierra el documento; bórrelo",
                    "после скобки `)`, которая закрывает документ, есть ещё текст; удалите его",
                )
                .to_owned(),
            Problem::Syntax(detail) => match lang {
                Lang::En => format!("RON syntax error: {detail}"),
                Lang::Es => format!("error de sintaxis RON: {detail}"),
                Lang::Ru => format!("синтаксическая ошибка RON: {detail}"),
            },
            Problem::NewerFormat(v) => match lang {
                Lang::En => format!(
                    "this file has format {v}: it was made by a newer Ciclo, and this version reads format {FORMAT_VERSION}. Update Ciclo to open it"
                ),
                Lang::Es => format!(
                    "este archivo es de formato {v}, creado por una versión más nueva de Ciclo; esta versión lee el formato {FORMAT_VERSION}. Actualice Ciclo para abrirlo"
                ),
                Lang::Ru => format!(
                    "у этого файла формат {v}: его создала более новая версия Ciclo, а эта версия читает формат {FORMAT_VERSION}. Обновите Ciclo, чтобы открыть файл"
                ),
            },
            Problem::BadFormat(v) => match lang {
                Lang::En => {
                    format!("`format: {v}` does not exist; use `format: {FORMAT_VERSION}`")
                }
                Lang::Es => format!("`format: {v}` no existe; use `format: {FORMAT_VERSION}`"),
                Lang::Ru => format!(
                    "формата `format: {v}` не существует; укажите `format: {FORMAT_VERSION}`"
                ),
            },
            Problem::DuplicateId(id) => match lang {
                Lang::En => format!(
                    "id {id} is already used by another moment; give each moment its own id (or remove `id` to have one assigned)"
                ),
                Lang::Es => format!(
                    "el id {id} ya lo usa otro momento; cada momento necesita un id propio (o quite `id` y se asignará uno)"
                ),
                Lang::Ru => format!(
                    "id {id} уже занят другим моментом; у каждого момента должен быть свой id (или удалите `id`, и он будет назначен автоматически)"
                ),
            },
            Problem::Satisfaction(v) => match lang {
                Lang::En => format!(
                    "satisfaction {v} is out of range; use a whole number from 1 to 5, or remove the field"
                ),
                Lang::Es => format!(
                    "la satisfacción {v} está fuera de rango; use un entero de 1 a 5, o quite el campo"
                ),
                Lang::Ru => format!(
                    "оценка удовлетворённости {v} вне допустимых пределов; укажите целое число от 1 до 5 или удалите поле"
                ),
            },
            Problem::AngleRange(a) => match lang {
                Lang::En => format!(
                    "angle {a} is not valid; use degrees from 0 up to (not including) 360, or remove `angle` to spread it evenly"
                ),
                Lang::Es => format!(
                    "el ángulo {a} no es válido; use grados desde 0 hasta menos de 360, o quite `angle` para repartirlo"
                ),
                Lang::Ru => format!(
                    "угол {a} недопустим; укажите число градусов от 0 до 360 (не включая 360) или удалите `angle`, и момент займёт место на круге автоматически"
                ),
            },
            Problem::AngleOrder { angle, previous } => match lang {
                Lang::En => format!(
                    "angle {angle} is not greater than the previous placed moment's ({previous}); angles must increase along the sequence, or remove `angle`"
                ),
                Lang::Es => format!(
                    "el ángulo {angle} no es mayor que el del momento ubicado anterior ({previous}); los ángulos deben crecer en el orden del ciclo, o quite `angle`"
                ),
                Lang::Ru => format!(
                    "угол {angle} не больше угла предыдущего размещённого момента ({previous}); углы должны возрастать по ходу цикла — или удалите `angle`"
                ),
            },
            Problem::EmptyName => lang
                .pick3(
                    "the moment has an empty name; give it one",
                    "el momento tiene el nombre vacío; póngale uno",
                    "у момента пустое название; укажите его",
                )
                .to_owned(),
        }
    }
}

impl Diagnostic {
    /// `LINE:COL: where: what`, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let mut out = format!("{}:{}: ", self.line, self.col);
        if let Some((index, name)) = &self.context.moment {
            let _ = write!(
                out,
                "{} {}",
                lang.pick3("moment", "momento", "момент"),
                index + 1
            );
            if let Some(name) = name {
                let _ = match lang {
                    Lang::Ru => write!(out, " «{name}»"),
                    Lang::En | Lang::Es => write!(out, " “{name}”"),
                };
            }
            out.push_str(if self.context.field.is_some() {
                ", "
            } else {
                ": "
            });
        }
        if let Some(field) = &self.context.field {
            let _ = write!(out, "{} `{field}`: ", lang.pick3("field", "campo", "поле"));
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
