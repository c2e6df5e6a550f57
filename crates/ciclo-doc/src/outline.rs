//! A light scan of a RON document's text that finds where each field and each moment
//! starts, so that errors can say "moment 3 “Greeting”, field `satisfaction`" and point
//! at a line and column even for problems found after parsing.
//!
//! The scan never fails: on text that is not RON it simply finds less.

/// Where the fields and moments of a document are in its text (byte offsets).
#[derive(Debug, Default)]
pub(crate) struct Outline {
    /// Top-level field keys and their offsets.
    pub fields: Vec<(String, usize)>,
    /// The moments, in order.
    pub moments: Vec<MomentSpan>,
}

/// One moment's extent in the text.
#[derive(Debug, Default)]
pub(crate) struct MomentSpan {
    /// Offset of the opening parenthesis.
    pub start: usize,
    /// Offset just past the closing parenthesis (or the end of the text).
    pub end: usize,
    /// Field keys and their offsets.
    pub fields: Vec<(String, usize)>,
    /// The moment's name, when its `name` is a plain string.
    pub name: Option<String>,
}

/// What a position in the text belongs to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// Zero-based index of the moment, and its name when known.
    pub moment: Option<(usize, Option<String>)>,
    /// The field whose value is at (or last before) the position.
    pub field: Option<String>,
}

impl Outline {
    /// Scans `src`.
    pub fn scan(src: &str) -> Outline {
        let bytes = src.as_bytes();
        let mut outline = Outline::default();
        // Stack of open brackets. The document struct is depth 1, the moments list
        // depth 2, a moment depth 3.
        let mut stack: Vec<u8> = Vec::new();
        let mut in_moments = false;
        let mut pending_ident: Option<(usize, usize)> = None;
        let mut expect_name_value = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            match b {
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    i = skip_block_comment(bytes, i);
                    continue;
                }
                b'"' | b'r' if is_string_start(bytes, i) => {
                    let end = skip_string(bytes, i);
                    if expect_name_value && let Some(m) = outline.moments.last_mut() {
                        m.name = ron::from_str::<String>(&src[i..end]).ok();
                    }
                    expect_name_value = false;
                    pending_ident = None;
                    i = end;
                    continue;
                }
                b'\'' => {
                    i = skip_char_literal(bytes, i);
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    if stack.len() == 2 && in_moments && b == b'(' {
                        outline.moments.push(MomentSpan {
                            start: i,
                            end: src.len(),
                            ..MomentSpan::default()
                        });
                    }
                    stack.push(b);
                    if stack.len() == 2 && b == b'[' {
                        in_moments = outline.fields.last().is_some_and(|(k, _)| k == "moments");
                    }
                }
                b')' | b']' | b'}' => {
                    if stack.len() == 3
                        && in_moments
                        && let Some(m) = outline.moments.last_mut()
                    {
                        m.end = i + 1;
                    }
                    if stack.len() == 2 {
                        in_moments = false;
                    }
                    stack.pop();
                }
                b':' => {
                    if let Some((s, e)) = pending_ident.take() {
                        let key = src[s..e].trim_start_matches("r#").to_owned();
                        match stack.len() {
                            1 => outline.fields.push((key, s)),
                            3 if in_moments => {
                                if let Some(m) = outline.moments.last_mut() {
                                    expect_name_value = key == "name";
                                    m.fields.push((key, s));
                                }
                            }
                            _ => {}
                        }
                    }
                }
                _ if b.is_ascii_alphanumeric() || b == b'_' => {
                    let start = i;
                    while i < bytes.len()
                        && (bytes[i].is_ascii_alphanumeric()
                            || bytes[i] == b'_'
                            || bytes[i] == b'#')
                    {
                        i += 1;
                    }
                    pending_ident = Some((start, i));
                    continue;
                }
                _ if b.is_ascii_whitespace() => {}
                _ => pending_ident = None,
            }
            if !b.is_ascii_whitespace() && b != b':' {
                pending_ident = None;
            }
            i += 1;
        }
        outline
    }

    /// What the text at byte `offset` belongs to.
    pub fn context_at(&self, offset: usize) -> Context {
        let moment = self
            .moments
            .iter()
            .enumerate()
            .find(|(_, m)| m.start <= offset && offset < m.end);
        let fields = match moment {
            Some((_, m)) => &m.fields,
            None => &self.fields,
        };
        let field = fields
            .iter()
            .take_while(|(_, at)| *at <= offset)
            .last()
            .map(|(k, _)| k.clone());
        Context {
            moment: moment.map(|(i, m)| (i, m.name.clone())),
            field,
        }
    }

    /// Offset of a top-level field's key.
    pub fn field(&self, name: &str) -> Option<usize> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, at)| *at)
    }

    /// Offset of a moment's field key, or of the moment itself.
    pub fn moment_field(&self, index: usize, name: &str) -> Option<usize> {
        let m = self.moments.get(index)?;
        Some(
            m.fields
                .iter()
                .find(|(k, _)| k == name)
                .map_or(m.start, |(_, at)| *at),
        )
    }
}

fn is_string_start(bytes: &[u8], i: usize) -> bool {
    if bytes[i] == b'"' {
        return true;
    }
    // A raw string: r"..." or r#"..."#, not part of an identifier.
    let prev_is_ident = i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
    let mut j = i + 1;
    while bytes.get(j) == Some(&b'#') {
        j += 1;
    }
    !prev_is_ident && bytes.get(j) == Some(&b'"')
}

fn skip_string(bytes: &[u8], i: usize) -> usize {
    if bytes[i] == b'r' {
        let mut j = i + 1;
        let mut hashes = 0;
        while bytes.get(j) == Some(&b'#') {
            hashes += 1;
            j += 1;
        }
        j += 1;
        while j < bytes.len() {
            if bytes[j] == b'"'
                && bytes[j + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&c| c == b'#')
                    .count()
                    == hashes
            {
                return (j + 1 + hashes).min(bytes.len());
            }
            j += 1;
        }
        return bytes.len();
    }
    let mut j = i + 1;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 2,
            b'"' => return j + 1,
            _ => j += 1,
        }
    }
    bytes.len()
}

fn skip_char_literal(bytes: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    while j < bytes.len() && j < i + 12 {
        match bytes[j] {
            b'\\' => j += 2,
            b'\'' => return j + 1,
            _ => j += 1,
        }
    }
    i + 1
}

fn skip_block_comment(bytes: &[u8], i: usize) -> usize {
    let mut depth = 0;
    let mut j = i;
    while j + 1 < bytes.len() {
        if bytes[j] == b'/' && bytes[j + 1] == b'*' {
            depth += 1;
            j += 2;
        } else if bytes[j] == b'*' && bytes[j + 1] == b'/' {
            depth -= 1;
            j += 2;
            if depth == 0 {
                return j;
            }
        } else {
            j += 1;
        }
    }
    bytes.len()
}

/// Converts a byte offset into a one-based line and column (in characters).
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(src, offset.min(src.len()));
    let before = &src[..offset];
    let line = 1 + before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let col = 1 + before[line_start..].chars().count();
    (line, col)
}

/// Converts a one-based line and column (in characters) into a byte offset.
pub fn offset_of(src: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for (n, text) in src.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            let within = text
                .char_indices()
                .nth(col.saturating_sub(1))
                .map_or(text.len(), |(at, _)| at);
            return offset + within;
        }
        offset += text.len();
    }
    src.len()
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r##"(
    format: 1, // a comment with name: "x"
    title: "A (tricky) \"title\"",
    moments: [
        (id: 1, name: "Arrive", satisfaction: 3),
        (name: r#"Pay"#, /* nested /* block */ */ critical: true),
    ],
)"##;

    #[test]
    fn finds_top_fields_and_moments() {
        let o = Outline::scan(SRC);
        let keys: Vec<_> = o.fields.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["format", "title", "moments"]);
        assert_eq!(o.moments.len(), 2);
        assert_eq!(o.moments[0].name.as_deref(), Some("Arrive"));
        assert_eq!(o.moments[1].name.as_deref(), Some("Pay"));
        let keys: Vec<_> = o.moments[1]
            .fields
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(keys, ["name", "critical"]);
    }

    #[test]
    fn context_names_moment_and_field() {
        let o = Outline::scan(SRC);
        let at = SRC.find("3)").unwrap_or(0);
        let c = o.context_at(at);
        assert_eq!(c.moment, Some((0, Some("Arrive".to_owned()))));
        assert_eq!(c.field.as_deref(), Some("satisfaction"));
        let c = o.context_at(SRC.find("A (tricky)").unwrap_or(0));
        assert_eq!(c.moment, None);
        assert_eq!(c.field.as_deref(), Some("title"));
    }

    #[test]
    fn line_col_round_trips() {
        let src = "ab\ncñd\nx";
        for offset in [0, 1, 3, 6, 8, 9] {
            let (l, c) = line_col(src, offset);
            assert_eq!(offset_of(src, l, c), offset, "offset {offset} -> {l}:{c}");
        }
        assert_eq!(line_col(src, 6), (2, 3));
    }
}
