//! What can be wrong with a document, where, and how to say it to the user.

use std::fmt::Write as _;

use crate::lang::Lang;
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
                let valid = code_list(expected);
                let hint = did_you_mean(found, expected, lang);
                match lang {
                    Lang::En => format!("unknown field `{found}`{hint}; valid fields are {valid}"),
                    Lang::Es => {
                        format!("campo desconocido `{found}`{hint}; los campos válidos son {valid}")
                    }
                    Lang::Ru => {
                        format!("неизвестное поле `{found}`{hint}; допустимые поля: {valid}")
                    }
                }
            }
            Problem::UnknownVariant { found, expected } => {
                let valid = code_list(expected);
                let hint = did_you_mean(found, expected, lang);
                match lang {
                    Lang::En => format!("unknown value `{found}`{hint}; valid values are {valid}"),
                    Lang::Es => {
                        format!("valor desconocido `{found}`{hint}; los valores válidos son {valid}")
                    }
                    Lang::Ru => {
                        format!("неизвестное значение `{found}`{hint}; допустимые значения: {valid}")
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
            _ => self.rule_message(lang).unwrap_or_default(),
        }
    }

    /// The message for a broken rule of the format (a value RON accepts but Ciclo does
    /// not), or `None` for a problem of the text itself.
    fn rule_message(&self, lang: Lang) -> Option<String> {
        let message = match self {
            Problem::NewerFormat(v) => match lang {
                Lang::En => format!(
                    "this file has format {v}: it was made by a newer Ciclo, and this version reads formats 1 to {FORMAT_VERSION}. Update Ciclo to open it"
                ),
                Lang::Es => format!(
                    "este archivo es de formato {v}, creado por una versión más nueva de Ciclo; esta versión lee los formatos 1 a {FORMAT_VERSION}. Actualice Ciclo para abrirlo"
                ),
                Lang::Ru => format!(
                    "у этого файла формат {v}: его создала более новая версия Ciclo, а эта версия читает форматы с 1 по {FORMAT_VERSION}. Обновите Ciclo, чтобы открыть файл"
                ),
            },
            Problem::BadFormat(v) => match lang {
                Lang::En => {
                    format!("`format: {v}` does not exist; use `format: 1` (or `format: 2` for a cycle with photos)")
                }
                Lang::Es => format!(
                    "`format: {v}` no existe; use `format: 1` (o `format: 2` para un ciclo con fotos)"
                ),
                Lang::Ru => format!(
                    "формата `format: {v}` не существует; укажите `format: 1` (или `format: 2` для цикла с фотографиями)"
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
                    "the moment has no visible name (it is empty or only spaces and invisible characters); give it one",
                    "el momento no tiene un nombre visible (está vacío o solo tiene espacios y caracteres invisibles); póngale uno",
                    "у момента нет видимого названия (оно пустое или состоит только из пробелов и невидимых символов); укажите его",
                )
                .to_owned(),
            _ => return None,
        };
        Some(message)
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
    match lang {
        Lang::En => format!(" — did you mean `{name}`?"),
        Lang::Es => format!(" — ¿quiso decir `{name}`?"),
        Lang::Ru => format!(" — может быть, `{name}`?"),
    }
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

    #[test]
    fn an_unrelated_name_gets_no_suggestion() {
        let problem = Problem::UnknownField {
            found: "colour".into(),
            expected: vec!["name", "satisfaction", "notes"],
        };
        assert!(!problem.message(Lang::En).contains("did you mean"));
    }
}
