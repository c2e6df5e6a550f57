//! Reading `.ron` documents: parsing and validation with line and column. Writing them
//! (the text and the safe save) is in [`crate::save`].

use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::model::Document;
use crate::outline::{self, Context, Outline};
pub use crate::problem::{Diagnostic, Problem};
pub use crate::validate::{is_blank, validate, validate_all};

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
    /// The path names a folder, a device, a pipe or a socket, not a regular file.
    #[error("{}: not a regular file ({kind:?})", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is instead.
        kind: SpecialFile,
    },
    /// The file is larger than any document Ciclo opens ([`MAX_DOCUMENT_BYTES`]).
    #[error("{}: {size} bytes, over the limit of {MAX_DOCUMENT_BYTES}", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes (at least this much was there).
        size: u64,
    },
    /// The file's content is not a valid document.
    #[error("{}:{}", path.display(), diagnostics.first().map(|d| d.to_string()).unwrap_or_default())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, and where: every problem found, in file order (at least one,
        /// at most [`MAX_PROBLEMS`]).
        diagnostics: Vec<Diagnostic>,
    },
}

/// What a path names when it is not a regular file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecialFile {
    /// A folder.
    Directory,
    /// A named pipe (FIFO): reading would wait for a writer.
    Pipe,
    /// A character or block device, such as `/dev/zero`: reading may never end.
    Device,
    /// A socket.
    Socket,
    /// Anything else that is not a regular file.
    Other,
}

impl SpecialFile {
    fn of(file_type: std::fs::FileType) -> Option<SpecialFile> {
        #[cfg(unix)]
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_file() {
            return None;
        }
        if file_type.is_dir() {
            return Some(SpecialFile::Directory);
        }
        #[cfg(unix)]
        {
            if file_type.is_fifo() {
                return Some(SpecialFile::Pipe);
            }
            if file_type.is_char_device() || file_type.is_block_device() {
                return Some(SpecialFile::Device);
            }
            if file_type.is_socket() {
                return Some(SpecialFile::Socket);
            }
        }
        Some(SpecialFile::Other)
    }

    fn name(self, lang: Lang) -> &'static str {
        match self {
            SpecialFile::Directory => lang.pick3("a folder", "una carpeta", "папка"),
            SpecialFile::Pipe => lang.pick3(
                "a named pipe",
                "una tubería con nombre",
                "именованный канал",
            ),
            SpecialFile::Device => lang.pick3("a device", "un dispositivo", "устройство"),
            SpecialFile::Socket => lang.pick3("a socket", "un socket", "сокет"),
            SpecialFile::Other => lang.pick3(
                "not a regular file",
                "no es un archivo normal",
                "не обычный файл",
            ),
        }
    }
}

/// The largest document Ciclo reads: 64 MiB, far above any real cycle (1000 moments
/// take about 0.3 MiB), so that a wrong path such as `/dev/zero` cannot exhaust memory.
pub const MAX_DOCUMENT_BYTES: u64 = 64 * 1024 * 1024;

/// The most problems one load reports; `ciclo check` prints them all.
pub const MAX_PROBLEMS: usize = 20;

impl LoadError {
    /// The message for the user, in `lang`: `FILE:LINE:COL: ...`, one line per problem.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::Read { path, error } => {
                format!(
                    "{}: {}: {error}",
                    path.display(),
                    lang.pick3("cannot read", "no se puede leer", "не удаётся прочитать")
                )
            }
            LoadError::NotAFile { path, kind } => {
                let what = kind.name(lang);
                let p = path.display();
                match lang {
                    Lang::En => {
                        format!("{p}: this is {what}, not a file; give the path of a .ron cycle")
                    }
                    Lang::Es => {
                        format!("{p}: es {what}, no un archivo; indique la ruta de un ciclo .ron")
                    }
                    Lang::Ru => format!("{p}: это {what}, а не файл; укажите путь к циклу .ron"),
                }
            }
            LoadError::TooLarge { path, size } => {
                let p = path.display();
                let mib = size.div_ceil(1024 * 1024);
                let max = MAX_DOCUMENT_BYTES / (1024 * 1024);
                match lang {
                    Lang::En => format!(
                        "{p}: the file is {mib} MiB; Ciclo opens documents of up to {max} MiB. Is this the right file?"
                    ),
                    Lang::Es => format!(
                        "{p}: el archivo ocupa {mib} MiB; Ciclo abre documentos de hasta {max} MiB. ¿Es el archivo correcto?"
                    ),
                    Lang::Ru => format!(
                        "{p}: размер файла {mib} МиБ; Ciclo открывает документы размером до {max} МиБ. Это точно нужный файл?"
                    ),
                }
            }
            LoadError::Invalid { path, diagnostics } => diagnostics
                .iter()
                .map(|d| format!("{}:{}", path.display(), d.message(lang)))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

/// Reads and validates a document from a file. Only a regular file of at most
/// [`MAX_DOCUMENT_BYTES`] is read; a folder, pipe or device is refused before reading.
/// Every problem found (up to [`MAX_PROBLEMS`]) is reported.
pub fn load_file(path: &Path) -> Result<Document, LoadError> {
    let bytes = read_document_bytes(path)?;
    parse_bytes_all(&bytes).map_err(|diagnostics| LoadError::Invalid {
        path: path.to_owned(),
        diagnostics,
    })
}

/// The bytes of a regular file no larger than [`MAX_DOCUMENT_BYTES`].
fn read_document_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    use std::io::Read as _;
    let read_error = |error| LoadError::Read {
        path: path.to_owned(),
        error,
    };
    let not_a_file = |kind| LoadError::NotAFile {
        path: path.to_owned(),
        kind,
    };
    // Look before opening: opening a pipe would wait for a writer.
    let meta = std::fs::metadata(path).map_err(read_error)?;
    if let Some(kind) = SpecialFile::of(meta.file_type()) {
        return Err(not_a_file(kind));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // If the path was swapped for a pipe since, do not wait for a writer.
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(read_error)?;
    let meta = file.metadata().map_err(read_error)?;
    if let Some(kind) = SpecialFile::of(meta.file_type()) {
        return Err(not_a_file(kind));
    }
    let too_large = |size| LoadError::TooLarge {
        path: path.to_owned(),
        size,
    };
    if meta.len() > MAX_DOCUMENT_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_DOCUMENT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Parses and validates a document from raw bytes; the first problem, if any.
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, Diagnostic> {
    parse_bytes_all(bytes).map_err(first)
}

/// Parses and validates a document from raw bytes; every problem found (a syntax error
/// stops the parse, so it comes alone), at most [`MAX_PROBLEMS`].
pub fn parse_bytes_all(bytes: &[u8]) -> Result<Document, Vec<Diagnostic>> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_all(text),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let text = std::str::from_utf8(valid).unwrap_or_default();
            let (line, col) = outline::line_col(text, text.len());
            Err(vec![Diagnostic {
                line,
                col,
                context: Box::default(),
                problem: Problem::NotText,
            }])
        }
    }
}

/// Parses and validates a document from text; the first problem, if any. Missing ids
/// are assigned.
pub fn parse(src: &str) -> Result<Document, Diagnostic> {
    parse_all(src).map_err(first)
}

/// The first of a non-empty list of problems.
fn first(mut diagnostics: Vec<Diagnostic>) -> Diagnostic {
    if diagnostics.is_empty() {
        diagnostics.push(Diagnostic {
            line: 1,
            col: 1,
            context: Box::default(),
            problem: Problem::Syntax(String::new()),
        });
    }
    diagnostics.swap_remove(0)
}

/// Parses and validates a document from text; every problem found. Missing ids are
/// assigned, and `format` becomes the one the document is saved in.
pub fn parse_all(src: &str) -> Result<Document, Vec<Diagnostic>> {
    let body = src.trim_start_matches('\u{feff}');
    refuse_what_is_not_ron(body).map_err(|problem| vec![problem])?;
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut doc = options
        .from_str::<Document>(body)
        .map_err(|e| vec![diagnose_ron(body, e)])?;
    crate::validate::validate_at(&doc, body)?;
    doc.assign_missing_ids();
    doc.format = doc.saved_format();
    Ok(doc)
}

/// An empty text, or JSON (which starts with a brace or a bracket), gets its own
/// words rather than the RON parser's.
fn refuse_what_is_not_ron(body: &str) -> Result<(), Diagnostic> {
    let first = body.char_indices().find(|(_, c)| !c.is_whitespace());
    let Some((first_at, first_char)) = first else {
        return Err(Diagnostic {
            line: 1,
            col: 1,
            context: Box::default(),
            problem: Problem::Empty,
        });
    };
    // '\x7b' is the opening brace.
    if matches!(first_char, '\x7b' | '[') {
        let (line, col) = outline::line_col(body, first_at);
        return Err(Diagnostic {
            line,
            col,
            context: Box::default(),
            problem: Problem::LooksLikeJson,
        });
    }
    Ok(())
}

fn diagnose_ron(src: &str, e: ron::error::SpannedError) -> Diagnostic {
    let outline = Outline::scan(src);
    let pos = e.span.start;
    let offset = outline::offset_of(src, pos.line, pos.col);
    let context = outline.context_at(offset);
    let problem = problem_of(e.code, &context);
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

/// What a RON parser error means for this document, given where it happened.
fn problem_of(code: ron::Error, context: &Context) -> Problem {
    use ron::Error as E;
    match code {
        // 0, a negative number or a fraction: the same words for every id that is not positive.
        E::ExpectedInteger | E::IntegerOutOfBounds | E::InvalidValueForType { .. }
            if context.moment.is_some() && context.field.as_deref() == Some("id") =>
        {
            Problem::Expected {
                en: "a positive whole number (1, 2, 3…) that no other moment uses; or remove `id` and Ciclo assigns one",
                es: "un número entero positivo (1, 2, 3…) que no use otro momento; o quite `id` y Ciclo asignará uno",
                ru: "целое положительное число (1, 2, 3…), не занятое другим моментом; или удалите `id`, и Ciclo назначит его сам",
            }
        }
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
    }
}
