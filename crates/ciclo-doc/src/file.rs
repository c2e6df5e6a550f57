//! Reading `.ron` documents: parsing and validation with line and column. Writing them
//! (the text and the safe save) is in [`crate::save`].

use std::path::{Path, PathBuf};

use crate::lang::{Arg, Lang};
use crate::model::Document;
use crate::outline::{self, Context, Outline};
use crate::problem::Expected;
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

    /// What it is, in `lang` (the message `special-Variant`).
    fn name(self, lang: Lang) -> &'static str {
        lang.msg(&format!("special-{self:?}"))
    }
}

/// A path as a message variable.
fn path_arg(path: &Path) -> (&'static str, Arg<'static>) {
    ("path", Arg::from(path.display().to_string()))
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
            LoadError::Read { path, error } => lang.fmt(
                "load-cannot-read",
                &[path_arg(path), ("error", Arg::from(lang.io_error(error)))],
            ),
            LoadError::NotAFile { path, kind } => lang.fmt(
                "load-not-a-file",
                &[path_arg(path), ("what", Arg::from(kind.name(lang)))],
            ),
            LoadError::TooLarge { path, size } => lang.fmt(
                "load-too-large",
                &[
                    path_arg(path),
                    ("size", Arg::from(size.div_ceil(1024 * 1024))),
                    ("max", Arg::from(MAX_DOCUMENT_BYTES / (1024 * 1024))),
                ],
            ),
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
            Problem::Expected(Expected::Id)
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
        E::ExpectedStringEnd => Problem::Expected(Expected::StringEnd),
        E::ExpectedString => Problem::Expected(Expected::String),
        // A score too large or negative for its type never reaches `validate`; say what is allowed here.
        E::ExpectedInteger | E::IntegerOutOfBounds
            if context.moment.is_some()
                && matches!(context.field.as_deref(), Some("satisfaction" | "target")) =>
        {
            Problem::Expected(Expected::Score)
        }
        E::ExpectedInteger | E::IntegerOutOfBounds => Problem::Expected(Expected::Integer),
        E::ExpectedFloat => Problem::Expected(Expected::Float),
        E::ExpectedBoolean => Problem::Expected(Expected::Boolean),
        E::ExpectedArray => Problem::Expected(Expected::List),
        E::ExpectedArrayEnd => Problem::Expected(Expected::ListEnd),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            Problem::Expected(Expected::StructStart)
        }
        E::ExpectedComma | E::ExpectedStructLikeEnd => Problem::Expected(Expected::StructEnd),
        E::ExpectedMapColon => Problem::Expected(Expected::Colon),
        E::Eof | E::UnclosedBlockComment => Problem::UnexpectedEnd,
        E::TrailingCharacters => Problem::TrailingText,
        E::ExpectedIdentifier => Problem::Expected(Expected::Identifier),
        other => Problem::Syntax(other.to_string()),
    }
}
