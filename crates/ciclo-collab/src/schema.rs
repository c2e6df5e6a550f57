//! The shared document, schema 1 (docs/COLLABORATION.md): a [`Document`] as a Y doc and
//! back.
//!
//! Writing puts every field in its documented place. Reading is deterministic (every peer
//! draws the same picture from the same Y doc) and forgiving: a value Ciclo does not
//! accept is read as the field's default and named in [`Read::problems`], and the Y doc
//! is left as it is.

use std::fmt::Debug;

use yrs::types::GetString as _;
use yrs::{Any, Array, ArrayPrelim, Map, MapPrelim, MapRef, Out, ReadTxn, TextPrelim};
use yrs::{TransactionMut, WriteTxn};

use ciclo_doc::model::{Cause, Channel, Evaluation, Expectation, Principle};
use ciclo_doc::model::{Document, FORMAT_VERSION, Moment, MomentId};

/// The root map of the cycle's own fields.
pub const CYCLE: &str = "cycle";
/// The root map of the moments, by decimal id.
pub const MOMENTS: &str = "moments";
/// The schema version written in `cycle.format`.
pub const SCHEMA: u32 = 1;

/// The cycle's texts, each a Y.Text in `cycle`.
pub const CYCLE_TEXTS: [&str; 5] = [
    "title",
    "organization",
    "description",
    "customer",
    "promise",
];
/// A moment's texts, each a Y.Text.
pub const MOMENT_TEXTS: [&str; 6] = [
    "name",
    "description",
    "standard",
    "improvement",
    "owner",
    "notes",
];

/// The cycle's text with this schema name.
pub fn cycle_text<'a>(doc: &'a Document, key: &str) -> &'a str {
    match key {
        "title" => &doc.title,
        "organization" => &doc.organization,
        "description" => &doc.description,
        "customer" => &doc.customer,
        "promise" => &doc.promise,
        _ => "",
    }
}

fn cycle_text_mut<'a>(doc: &'a mut Document, key: &str) -> Option<&'a mut String> {
    Some(match key {
        "title" => &mut doc.title,
        "organization" => &mut doc.organization,
        "description" => &mut doc.description,
        "customer" => &mut doc.customer,
        "promise" => &mut doc.promise,
        _ => return None,
    })
}

/// The moment's text with this schema name.
pub fn moment_text<'a>(m: &'a Moment, key: &str) -> &'a str {
    match key {
        "name" => &m.name,
        "description" => &m.description,
        "standard" => &m.standard,
        "improvement" => &m.improvement,
        "owner" => &m.owner,
        "notes" => &m.notes,
        _ => "",
    }
}

fn moment_text_mut<'a>(m: &'a mut Moment, key: &str) -> Option<&'a mut String> {
    Some(match key {
        "name" => &mut m.name,
        "description" => &mut m.description,
        "standard" => &mut m.standard,
        "improvement" => &mut m.improvement,
        "owner" => &mut m.owner,
        "notes" => &mut m.notes,
        _ => return None,
    })
}

/// A variant's name, as RON and the Y doc write it.
pub fn variant_name<T: Debug>(v: &T) -> String {
    format!("{v:?}")
}

fn variant<T: Debug + Copy>(all: &[T], name: &str) -> Option<T> {
    all.iter().copied().find(|v| variant_name(v) == name)
}

/// True when the Y doc holds no cycle yet (a new room).
pub fn is_empty<T: ReadTxn>(txn: &T) -> bool {
    let filled = |name: &str| txn.get_map(name).is_some_and(|m| m.len(txn) > 0);
    !filled(CYCLE) && !filled(MOMENTS)
}

/// A random id for a new moment in [1 000 000, 2^31) that the Y doc does not use yet, so
/// that two people adding moments at once do not pick the same one.
pub fn fresh_id<T: ReadTxn>(txn: &T) -> MomentId {
    let moments = txn.get_map(MOMENTS);
    loop {
        let mut bytes = [0u8; 4];
        // Without the system's randomness, the time still spreads the ids.
        if getrandom::fill(&mut bytes).is_err() {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos());
            bytes = nanos.to_le_bytes();
        }
        let id = 1_000_000 + u32::from_le_bytes(bytes) % ((1 << 31) - 1_000_000);
        let used = moments
            .as_ref()
            .is_some_and(|m| m.contains_key(txn, &id.to_string()));
        if !used {
            return MomentId(id);
        }
    }
}

/// Writes the whole document into an empty Y doc.
pub fn write_document(txn: &mut TransactionMut, doc: &Document) {
    let cycle = txn.get_or_insert_map(CYCLE);
    cycle.insert(txn, "format", f64::from(SCHEMA));
    cycle.insert(txn, "language", doc.language.as_str());
    for key in CYCLE_TEXTS {
        cycle.insert(txn, key, TextPrelim::new(cycle_text(doc, key)));
    }
    cycle.insert(txn, "primary_services", strings(&doc.primary_services));
    cycle.insert(txn, "secondary_services", strings(&doc.secondary_services));
    cycle.insert(txn, "authors", strings(&doc.authors));
    if let Some(date) = &doc.date {
        cycle.insert(txn, "date", date.as_str());
    }
    cycle.insert(txn, "evaluation", set(&doc.evaluation));
    let moments = txn.get_or_insert_map(MOMENTS);
    let keys = super::order::spread(doc.moments.len());
    for (m, key) in doc.moments.iter().zip(keys) {
        insert_moment(txn, &moments, m, &key);
    }
}

/// Writes one moment under its id, with this order key.
pub fn insert_moment(txn: &mut TransactionMut, moments: &MapRef, m: &Moment, order: &str) {
    let map = moments.insert(txn, m.id.0.to_string(), MapPrelim::default());
    for key in MOMENT_TEXTS {
        map.insert(txn, key, TextPrelim::new(moment_text(m, key)));
    }
    map.insert(txn, "order", order);
    if let Some(angle) = m.angle {
        map.insert(txn, "angle", angle);
    }
    map.insert(txn, "channel", variant_name(&m.channel));
    map.insert(txn, "expectations", set(&m.expectations));
    map.insert(txn, "principles", set(&m.principles));
    map.insert(txn, "causes", set(&m.causes));
    map.insert(txn, "other_expectations", strings(&m.other_expectations));
    map.insert(txn, "critical", m.critical);
    if let Some(s) = m.satisfaction {
        map.insert(txn, "satisfaction", f64::from(s));
    }
    if let Some(t) = m.target {
        map.insert(txn, "target", f64::from(t));
    }
    if let Some(due) = &m.due {
        map.insert(txn, "due", due.as_str());
    }
    if !m.photos.is_empty() {
        map.insert(txn, "photos", photos(&m.photos));
    }
}

/// A moment's photos as a Y.Array of Y.Map `{ path, caption }` (both strings).
pub fn photos(items: &[ciclo_doc::model::Photo]) -> ArrayPrelim {
    ArrayPrelim::from(items.iter().map(|p| {
        let map: MapPrelim = [
            ("path", yrs::In::Any(Any::from(p.path.as_str()))),
            ("caption", yrs::In::Any(Any::from(p.caption.as_str()))),
        ]
        .into_iter()
        .collect();
        yrs::In::from(map)
    }))
}

/// A list of strings as a Y.Array.
pub fn strings(items: &[String]) -> ArrayPrelim {
    ArrayPrelim::from(items.iter().map(|s| Any::from(s.as_str())))
}

/// A set of variants as a Y.Map of `name: true`.
pub fn set<T: Debug>(items: &[T]) -> MapPrelim {
    items
        .iter()
        .map(|v| (variant_name(v), yrs::In::Any(Any::Bool(true))))
        .collect()
}

/// A document read from a Y doc, and what in it Ciclo could not accept.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    /// The document every peer draws from the same Y doc.
    pub document: Document,
    /// The order key of each moment, in the sequence.
    pub orders: Vec<String>,
    /// One line per value read as its default, e.g. `moment 7: satisfaction 9 is not 1 to 5`.
    pub problems: Vec<String>,
}

/// Reads the Y doc as a document (see the module's documentation).
pub fn read_document<T: ReadTxn>(txn: &T) -> Read {
    let mut problems = Vec::new();
    let mut doc = Document::default();
    if let Some(cycle) = txn.get_map(CYCLE) {
        read_cycle(txn, &cycle, &mut doc, &mut problems);
    }
    let mut moments: Vec<(String, Moment)> = Vec::new();
    if let Some(map) = txn.get_map(MOMENTS) {
        for (key, value) in map.iter(txn) {
            let id = match key.parse::<u32>() {
                Ok(id) if id > 0 && key == id.to_string() => MomentId(id),
                _ => {
                    problems.push(format!("moments: the key {key:?} is not a positive decimal id; that entry is left out"));
                    continue;
                }
            };
            let Out::YMap(entry) = value else {
                problems.push(format!("moment {key}: not a map; left out"));
                continue;
            };
            let mut reader = Reader {
                txn,
                map: &entry,
                at: format!("moment {key}"),
                problems: &mut problems,
            };
            moments.push(reader.moment(id));
        }
    }
    moments.sort_by(|(oa, a), (ob, b)| oa.cmp(ob).then(a.id.cmp(&b.id)));
    unplace_decreasing_angles(&mut moments, &mut problems);
    problems.sort();
    let (orders, list) = moments.into_iter().unzip();
    doc.moments = list;
    // The file format the document needs, as the loader reads it.
    doc.format = doc.saved_format();
    Read {
        document: doc,
        orders,
        problems,
    }
}

fn read_cycle<T: ReadTxn>(txn: &T, cycle: &MapRef, doc: &mut Document, problems: &mut Vec<String>) {
    let mut reader = Reader {
        txn,
        map: cycle,
        at: "cycle".to_owned(),
        problems,
    };
    match reader.number("format") {
        Some(f) if f == f64::from(SCHEMA) => {}
        None => {}
        Some(f) => reader.problem(format!(
            "format {f} is not schema {SCHEMA}; read as schema {SCHEMA}"
        )),
    }
    doc.format = FORMAT_VERSION;
    match reader.string("language") {
        Some(tag) if !tag.trim().is_empty() => doc.language = tag,
        Some(_) => reader.problem("language is empty; read as \"en\"".to_owned()),
        None => {}
    }
    for key in CYCLE_TEXTS {
        let text = reader.text(key);
        if let Some(field) = cycle_text_mut(doc, key) {
            *field = text;
        }
    }
    doc.primary_services = reader.strings("primary_services");
    doc.secondary_services = reader.strings("secondary_services");
    doc.authors = reader.strings("authors");
    doc.date = reader.date("date");
    doc.evaluation = reader.set("evaluation", Evaluation::ALL);
}

/// After a merge, an angle that does not increase along the sequence is read as unplaced:
/// the moments outside the longest run of increasing angles.
fn unplace_decreasing_angles(moments: &mut [(String, Moment)], problems: &mut Vec<String>) {
    let angles: Vec<Option<f64>> = moments.iter().map(|(_, m)| m.angle).collect();
    let run = super::order::longest_increasing(&angles);
    for ((_, m), in_run) in moments.iter_mut().zip(run) {
        if let Some(angle) = m.angle.filter(|_| !in_run) {
            problems.push(format!(
                "moment {}: angle {angle} does not follow the one before it; read as not placed",
                m.id.0
            ));
            m.angle = None;
        }
    }
}

struct Reader<'a, T: ReadTxn> {
    txn: &'a T,
    map: &'a MapRef,
    at: String,
    problems: &'a mut Vec<String>,
}

impl<T: ReadTxn> Reader<'_, T> {
    fn problem(&mut self, text: String) {
        self.problems.push(format!("{}: {text}", self.at));
    }

    fn wrong_type(&mut self, key: &str, expected: &str) {
        self.problem(format!("{key} is not {expected}; read as empty"));
    }

    fn get(&self, key: &str) -> Option<Out> {
        self.map.get(self.txn, key)
    }

    fn text(&mut self, key: &str) -> String {
        match self.get(key) {
            None => String::new(),
            Some(Out::YText(t)) => t.get_string(self.txn),
            Some(_) => {
                self.wrong_type(key, "a Y.Text");
                String::new()
            }
        }
    }

    fn string(&mut self, key: &str) -> Option<String> {
        match self.get(key)? {
            Out::Any(Any::String(s)) => Some(s.to_string()),
            _ => {
                self.wrong_type(key, "a string");
                None
            }
        }
    }

    fn number(&mut self, key: &str) -> Option<f64> {
        match self.get(key)? {
            Out::Any(Any::Number(n)) => n.as_f64(),
            _ => {
                self.wrong_type(key, "a number");
                None
            }
        }
    }

    fn boolean(&mut self, key: &str) -> bool {
        match self.get(key) {
            None => false,
            Some(Out::Any(Any::Bool(b))) => b,
            Some(_) => {
                self.problem(format!("{key} is not a boolean; read as false"));
                false
            }
        }
    }

    fn strings(&mut self, key: &str) -> Vec<String> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let Out::YArray(array) = value else {
            self.wrong_type(key, "a Y.Array of strings");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in array.iter(self.txn) {
            match item {
                Out::Any(Any::String(s)) => out.push(s.to_string()),
                _ => self.problem(format!("{key}: an item is not a string; left out")),
            }
        }
        out
    }

    /// A set, in the order the file format lists the variants.
    fn set<V: Debug + Copy + Ord>(&mut self, key: &str, all: &[V]) -> Vec<V> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let Out::YMap(map) = value else {
            self.wrong_type(key, "a Y.Map set");
            return Vec::new();
        };
        let mut out = Vec::new();
        for (name, member) in map.iter(self.txn) {
            if !matches!(member, Out::Any(Any::Bool(true))) {
                continue;
            }
            match variant(all, name) {
                Some(v) => out.push(v),
                None => self.problem(format!(
                    "{key}: {name:?} is not a value Ciclo knows; left out"
                )),
            }
        }
        out.sort();
        out
    }

    /// A moment's photos; an item without a path is left out.
    fn photos(&mut self) -> Vec<ciclo_doc::model::Photo> {
        let Some(value) = self.get("photos") else {
            return Vec::new();
        };
        let Out::YArray(array) = value else {
            self.wrong_type("photos", "a Y.Array of photos");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in array.iter(self.txn) {
            let Out::YMap(photo) = item else {
                self.problem("photos: an item is not a map; left out".to_owned());
                continue;
            };
            let field = |key: &str| match photo.get(self.txn, key) {
                Some(Out::Any(Any::String(s))) => Some(s.to_string()),
                _ => None,
            };
            match field("path") {
                Some(path) if !path.trim().is_empty() => out.push(ciclo_doc::model::Photo {
                    path,
                    caption: field("caption").unwrap_or_default(),
                }),
                _ => self.problem("photos: an item has no path; left out".to_owned()),
            }
        }
        out
    }

    fn moment(&mut self, id: MomentId) -> (String, Moment) {
        let mut m = Moment::named(id, String::new());
        for key in MOMENT_TEXTS {
            let text = self.text(key);
            if let Some(field) = moment_text_mut(&mut m, key) {
                *field = text;
            }
        }
        if ciclo_doc::validate::is_blank(&m.name) {
            self.problem("name is empty; read as its id".to_owned());
            m.name = id.0.to_string();
        }
        let order = self.string("order").unwrap_or_default();
        m.angle = match self.number("angle") {
            Some(a) if a.is_finite() && (0.0..360.0).contains(&a) => Some(a),
            Some(a) => {
                self.problem(format!("angle {a} is not in [0, 360); read as not placed"));
                None
            }
            None => None,
        };
        if let Some(name) = self.string("channel") {
            match variant(Channel::ALL, &name) {
                Some(c) => m.channel = c,
                None => self.problem(format!(
                    "channel {name:?} is not a value Ciclo knows; read as {:?}",
                    Channel::default()
                )),
            }
        }
        m.expectations = self.set("expectations", Expectation::ALL);
        m.principles = self.set("principles", Principle::ALL);
        m.causes = self.set("causes", Cause::ALL);
        m.other_expectations = self.strings("other_expectations");
        m.critical = self.boolean("critical");
        m.photos = self.photos();
        m.satisfaction = self.score("satisfaction");
        m.target = self.score("target");
        m.due = self.date("due");
        (order, m)
    }

    /// A score 1 to 5 (`satisfaction`, `target`); anything else is read as unset.
    fn score(&mut self, key: &str) -> Option<u8> {
        match self.number(key) {
            Some(s) if s.fract() == 0.0 && (1.0..=5.0).contains(&s) => Some(s as u8),
            Some(s) => {
                self.problem(format!(
                    "{key} {s} is not a whole number from 1 to 5; read as not set"
                ));
                None
            }
            None => None,
        }
    }

    /// An ISO date `YYYY-MM-DD` (`date`, `due`); an impossible one is read as unset.
    fn date(&mut self, key: &str) -> Option<String> {
        let date = self.string(key)?;
        if ciclo_doc::date::is_iso_date(&date) {
            Some(date)
        } else {
            self.problem(format!(
                "{key} {date:?} is not a real date YYYY-MM-DD; read as not set"
            ));
            None
        }
    }
}
