//! Every change to a document, as one [`Edit`] type, and the undo history.
//!
//! The designer never changes its document directly: it builds an [`Edit`] and hands it
//! to [`History::apply`]. That single path gives undo/redo, dirty tracking and the cache
//! revision for free. Undo keeps whole-document snapshots, one per settled change: a drag
//! or a burst of typing in one field is a single step.

use crate::arrange;
use crate::lang::Lang;
use crate::model::{
    Cause, Channel, Document, Evaluation, Expectation, Moment, MomentId, Photo, Principle,
};

/// How many undo steps are kept.
pub const UNDO_LIMIT: usize = 500;

/// A text field of the cycle itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocText {
    /// The title.
    Title,
    /// The organisation.
    Organization,
    /// The description.
    Description,
    /// The customer.
    Customer,
    /// The service promise.
    Promise,
}

/// A list of texts of the cycle itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocList {
    /// Primary services.
    Primary,
    /// Secondary services.
    Secondary,
    /// The authors, for the cover.
    Authors,
}

/// A text field of a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MomentText {
    /// The name.
    Name,
    /// The description.
    Description,
    /// The service standard.
    Standard,
    /// The improvement action.
    Improvement,
    /// Who owns the improvement.
    Owner,
    /// Notes.
    Notes,
}

/// The kinds of undo step, which the window names in its Edit menu ("Undo rename").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// A field of the cycle itself.
    Cycle,
    /// A moment's name.
    Rename,
    /// Another field of a moment.
    Moment,
    /// A moment marked critical or not.
    Critical,
    /// A moment's satisfaction.
    Satisfaction,
    /// A moment added.
    Add,
    /// A moment deleted.
    Delete,
    /// The moments reordered.
    Reorder,
    /// A moment moved on the ring.
    Move,
    /// The moments spread evenly.
    Distribute,
    /// A moment's photos.
    Photos,
}

/// One change to a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Sets a text of the cycle.
    DocText(DocText, String),
    /// Replaces a list of services.
    DocList(DocList, Vec<String>),
    /// Adds or removes an evaluation mechanism.
    Evaluation(Evaluation, bool),
    /// Sets the document language tag.
    Language(String),
    /// Sets a text of a moment.
    MomentText(MomentId, MomentText, String),
    /// Sets a moment's channel.
    Channel(MomentId, Channel),
    /// Adds or removes an expectation.
    Expectation(MomentId, Expectation, bool),
    /// Replaces the user's own expectations.
    OtherExpectations(MomentId, Vec<String>),
    /// Adds or removes a principle.
    Principle(MomentId, Principle, bool),
    /// Marks or unmarks a moment as critical.
    Critical(MomentId, bool),
    /// Adds or removes a cause of dissatisfaction.
    Cause(MomentId, Cause, bool),
    /// Sets or clears the satisfaction score.
    Satisfaction(MomentId, Option<u8>),
    /// Sets or clears the target (to-be satisfaction); a score outside 1..=5 clears it.
    Target(MomentId, Option<u8>),
    /// Sets or clears the date an improvement is due; an impossible date changes nothing.
    Due(MomentId, Option<String>),
    /// Sets or clears the cycle's date; an impossible date changes nothing.
    Date(Option<String>),
    /// Inserts a new moment at a sequence index; with an angle, it goes where that angle
    /// falls on the ring instead.
    Add {
        /// The new moment.
        moment: Box<Moment>,
        /// Where in the sequence.
        index: usize,
        /// Where on the ring, if placed by hand.
        angle: Option<f64>,
    },
    /// Removes a moment.
    Delete(MomentId),
    /// Moves a moment to another place in the sequence.
    Reorder(MomentId, usize),
    /// Drags a moment along the ring to an angle; applied to the state before the drag
    /// started, so that the whole drag is one step.
    Place(MomentId, f64),
    /// Forgets every placed angle.
    DistributeEvenly,
    /// Replaces a moment's photos: adding, removing and reordering them.
    Photos(MomentId, Vec<Photo>),
    /// Sets the caption of a moment's photo, by its place in the list.
    PhotoCaption(MomentId, usize, String),
}

/// Which successive edits merge into one undo step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Merge {
    /// Typing in one text field of the cycle (or a list item).
    Doc(DocText),
    /// Editing a list of the cycle.
    DocList(DocList),
    /// Typing in one text field of a moment.
    Moment(MomentId, MomentText),
    /// Editing the user's own expectations of a moment.
    Others(MomentId),
    /// One drag of a moment along the ring.
    Drag(MomentId),
    /// Typing in one photo's caption.
    Caption(MomentId, usize),
}

impl Edit {
    /// The edits that merge into the step before them while it is still open.
    pub fn merge_key(&self) -> Option<Merge> {
        match self {
            Edit::DocText(field, _) => Some(Merge::Doc(*field)),
            Edit::DocList(list, _) => Some(Merge::DocList(*list)),
            Edit::MomentText(id, field, _) => Some(Merge::Moment(*id, *field)),
            Edit::OtherExpectations(id, _) => Some(Merge::Others(*id)),
            Edit::Place(id, _) => Some(Merge::Drag(*id)),
            Edit::PhotoCaption(id, i, _) => Some(Merge::Caption(*id, *i)),
            _ => None,
        }
    }

    /// What kind of step this change is (the Edit menu names it).
    pub fn label(&self) -> Step {
        match self {
            Edit::DocText(..)
            | Edit::DocList(..)
            | Edit::Evaluation(..)
            | Edit::Language(..)
            | Edit::Date(..) => Step::Cycle,
            Edit::MomentText(_, MomentText::Name, _) => Step::Rename,
            Edit::MomentText(..)
            | Edit::Channel(..)
            | Edit::Expectation(..)
            | Edit::OtherExpectations(..)
            | Edit::Principle(..)
            | Edit::Cause(..)
            | Edit::Target(..)
            | Edit::Due(..) => Step::Moment,
            Edit::Critical(..) => Step::Critical,
            Edit::Satisfaction(..) => Step::Satisfaction,
            Edit::Add { .. } => Step::Add,
            Edit::Delete(..) => Step::Delete,
            Edit::Reorder(..) => Step::Reorder,
            Edit::Place(..) => Step::Move,
            Edit::DistributeEvenly => Step::Distribute,
            Edit::Photos(..) | Edit::PhotoCaption(..) => Step::Photos,
        }
    }

    /// Changes `doc`. Edits naming a moment that no longer exists do nothing.
    pub fn apply(self, doc: &mut Document) {
        fn moment(doc: &mut Document, id: MomentId) -> Option<&mut Moment> {
            let i = doc.index_of(id)?;
            doc.moments.get_mut(i)
        }
        match self {
            Edit::DocText(field, value) => {
                let slot = match field {
                    DocText::Title => &mut doc.title,
                    DocText::Organization => &mut doc.organization,
                    DocText::Description => &mut doc.description,
                    DocText::Customer => &mut doc.customer,
                    DocText::Promise => &mut doc.promise,
                };
                *slot = value;
            }
            Edit::DocList(DocList::Primary, value) => doc.primary_services = value,
            Edit::DocList(DocList::Secondary, value) => doc.secondary_services = value,
            Edit::DocList(DocList::Authors, value) => doc.authors = value,
            Edit::Date(date) => {
                if date.as_deref().is_none_or(crate::date::is_iso_date) {
                    doc.date = date;
                }
            }
            Edit::Evaluation(e, on) => toggle(&mut doc.evaluation, e, on),
            Edit::Language(tag) => doc.language = tag,
            Edit::MomentText(id, field, value) => {
                if let Some(m) = moment(doc, id) {
                    let slot = match field {
                        MomentText::Name => &mut m.name,
                        MomentText::Description => &mut m.description,
                        MomentText::Standard => &mut m.standard,
                        MomentText::Improvement => &mut m.improvement,
                        MomentText::Owner => &mut m.owner,
                        MomentText::Notes => &mut m.notes,
                    };
                    *slot = value;
                }
            }
            Edit::Channel(id, c) => {
                if let Some(m) = moment(doc, id) {
                    m.channel = c;
                }
            }
            Edit::Expectation(id, e, on) => {
                if let Some(m) = moment(doc, id) {
                    toggle(&mut m.expectations, e, on);
                }
            }
            Edit::OtherExpectations(id, list) => {
                if let Some(m) = moment(doc, id) {
                    m.other_expectations = list;
                }
            }
            Edit::Principle(id, p, on) => {
                if let Some(m) = moment(doc, id) {
                    toggle(&mut m.principles, p, on);
                }
            }
            Edit::Critical(id, on) => {
                if let Some(m) = moment(doc, id) {
                    m.critical = on;
                }
            }
            Edit::Cause(id, c, on) => {
                if let Some(m) = moment(doc, id) {
                    toggle(&mut m.causes, c, on);
                }
            }
            Edit::Satisfaction(id, s) => {
                if let Some(m) = moment(doc, id) {
                    m.satisfaction = s.filter(|s| (1..=5).contains(s));
                }
            }
            Edit::Target(id, t) => {
                if let Some(m) = moment(doc, id) {
                    m.target = t.filter(|t| (1..=5).contains(t));
                }
            }
            Edit::Due(id, due) => {
                if let Some(m) = moment(doc, id)
                    && due.as_deref().is_none_or(crate::date::is_iso_date)
                {
                    m.due = due;
                }
            }
            Edit::Add {
                moment,
                index,
                angle,
            } => add(doc, *moment, index, angle),
            Edit::Delete(id) => {
                if let Some(i) = doc.index_of(id) {
                    doc.moments.remove(i);
                }
            }
            Edit::Reorder(id, to) => {
                if let Some(i) = doc.index_of(id) {
                    let mut m = doc.moments.remove(i);
                    m.angle = None;
                    doc.moments.insert(to.min(doc.moments.len()), m);
                    arrange::keep_angles_increasing(doc);
                }
            }
            Edit::Place(id, angle) => {
                if let Some(i) = doc.index_of(id) {
                    // The others stay where they are drawn, in the same step.
                    pin_drawn_angles(doc);
                    arrange::place_moment(doc, i, round_angle(angle));
                }
            }
            Edit::DistributeEvenly => arrange::distribute_evenly(doc),
            Edit::Photos(id, photos) => photos_of(doc, id, |list| *list = photos),
            Edit::PhotoCaption(id, i, caption) => set_caption(doc, id, i, caption),
        }
    }
}

/// Sets the caption of photo `i` of moment `id`, if both exist.
fn set_caption(doc: &mut Document, id: MomentId, i: usize, caption: String) {
    photos_of(doc, id, |list| {
        if let Some(p) = list.get_mut(i) {
            p.caption = caption;
        }
    });
}

/// Changes the photos of moment `id`, if it exists.
fn photos_of(doc: &mut Document, id: MomentId, change: impl FnOnce(&mut Vec<Photo>)) {
    if let Some(i) = doc.index_of(id) {
        change(&mut doc.moments[i].photos);
    }
}

/// Inserts `moment` at `index`, or with an `angle` in the gap of the ring the user sees
/// there (the others pinned where they are drawn, before the new moment counts).
fn add(doc: &mut Document, moment: Moment, index: usize, angle: Option<f64>) {
    if angle.is_some() {
        pin_drawn_angles(doc);
    }
    let index = index.min(doc.moments.len());
    doc.moments.insert(index, moment);
    if let Some(angle) = angle {
        arrange::place_moment(doc, index, round_angle(angle));
    }
    arrange::keep_angles_increasing(doc);
}

/// An angle as the file keeps it: rounded to 0.1°, in `[0, 360)`.
pub fn round_angle(angle: f64) -> f64 {
    let a = (angle.rem_euclid(360.0) * 10.0).round() / 10.0;
    if a >= 360.0 { 0.0 } else { a }
}

/// Gives every moment without a placed angle the angle it is drawn at (rounded like any
/// saved angle), so that placing one moment moves no other. Placed angles must increase
/// along the sequence; a moment drawn past 12 o'clock before the first placed one (the
/// cycle starts late) stays unplaced.
fn pin_drawn_angles(doc: &mut Document) {
    if doc.moments.iter().all(|m| m.angle.is_some()) {
        return;
    }
    let drawn = arrange::effective_angles(doc);
    // The next placed angle after each moment, as the document has it now.
    let mut next = vec![f64::INFINITY; doc.moments.len()];
    let mut after = f64::INFINITY;
    for (i, m) in doc.moments.iter().enumerate().rev() {
        next[i] = after;
        if let Some(a) = m.angle {
            after = a;
        }
    }
    let mut previous = f64::NEG_INFINITY;
    for ((m, a), next) in doc.moments.iter_mut().zip(drawn).zip(next) {
        match m.angle {
            Some(a) => previous = a,
            None => {
                let a = round_angle(a);
                if a > previous && a < next {
                    m.angle = Some(a);
                    previous = a;
                }
            }
        }
    }
}

fn toggle<X: PartialEq + Ord + Copy>(list: &mut Vec<X>, x: X, on: bool) {
    let has = list.contains(&x);
    if on && !has {
        list.push(x);
        list.sort_unstable();
    } else if !on && has {
        list.retain(|y| *y != x);
    }
}

/// A document state that undo can return to.
#[derive(Clone, Debug)]
struct Snapshot {
    doc: Document,
    revision: u64,
    label: Step,
    selection: Option<MomentId>,
}

/// A revision number never handed out before, in any history: a new document never
/// shares a number with the one it replaces, so caches keyed on it stay right.
fn fresh_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The document being edited, its revision, and its undo/redo history.
#[derive(Debug)]
pub struct History {
    doc: Document,
    revision: u64,
    saved_revision: Option<u64>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    open: Option<Merge>,
}

impl History {
    /// A fresh history for a document; `saved` says whether it matches a file on disk.
    pub fn new(doc: Document, saved: bool) -> Self {
        let revision = fresh_revision();
        History {
            doc,
            revision,
            saved_revision: saved.then_some(revision),
            undo: Vec::new(),
            redo: Vec::new(),
            open: None,
        }
    }

    /// The document.
    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// A number that changes whenever the document does (undo returns an old number).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// True when the document differs from the last saved or opened file.
    pub fn is_dirty(&self) -> bool {
        self.saved_revision != Some(self.revision)
    }

    /// Records that the current document has been written to its file.
    pub fn mark_saved(&mut self) {
        self.saved_revision = Some(self.revision);
    }

    /// Marks the document as not saved anywhere (a restored recovery copy).
    pub fn mark_unsaved(&mut self) {
        self.saved_revision = None;
    }

    /// Applies an edit, recording an undo step unless it continues the open one.
    /// `selection` is remembered so that undo restores it.
    pub fn apply(&mut self, edit: Edit, selection: Option<MomentId>) {
        let key = edit.merge_key();
        if key.is_some() && key == self.open {
            if matches!(edit, Edit::Place(..))
                && let Some(base) = self.undo.last()
            {
                // A drag is replayed from where it started, so it can pass neighbours
                // and come back without leaving traces.
                self.doc = base.doc.clone();
            }
        } else {
            self.undo.push(Snapshot {
                doc: self.doc.clone(),
                revision: self.revision,
                label: edit.label(),
                selection,
            });
            if self.undo.len() > UNDO_LIMIT {
                self.undo.remove(0);
            }
            self.open = key;
        }
        self.redo.clear();
        edit.apply(&mut self.doc);
        self.revision = fresh_revision();
    }

    /// Replaces the document with one changed elsewhere (by others in a live workshop),
    /// without an undo step. The open step closes, so that a drag in progress goes on
    /// from the new document instead of replaying over it.
    pub fn replace(&mut self, doc: Document) {
        self.doc = doc;
        self.revision = fresh_revision();
        self.open = None;
    }

    /// Closes the open step: the next edit starts a new one even if it is of the same kind.
    pub fn seal(&mut self) {
        self.open = None;
    }

    /// What undo would revert, if anything.
    pub fn undo_label(&self) -> Option<Step> {
        self.undo.last().map(|s| s.label)
    }

    /// What redo would repeat, if anything.
    pub fn redo_label(&self) -> Option<Step> {
        self.redo.last().map(|s| s.label)
    }

    /// Reverts the last step. Returns the selection to restore.
    pub fn undo(&mut self, selection: Option<MomentId>) -> Option<Option<MomentId>> {
        let step = self.undo.pop()?;
        self.open = None;
        let current = Snapshot {
            doc: std::mem::replace(&mut self.doc, step.doc),
            revision: self.revision,
            label: step.label,
            selection,
        };
        self.revision = step.revision;
        self.redo.push(current);
        Some(step.selection)
    }

    /// Repeats the last undone step. Returns the selection to restore.
    pub fn redo(&mut self, selection: Option<MomentId>) -> Option<Option<MomentId>> {
        let step = self.redo.pop()?;
        self.open = None;
        let current = Snapshot {
            doc: std::mem::replace(&mut self.doc, step.doc),
            revision: self.revision,
            label: step.label,
            selection,
        };
        self.revision = step.revision;
        self.undo.push(current);
        Some(step.selection)
    }
}

/// The default name of the `n`-th moment.
pub fn default_moment_name(lang: Lang, n: usize) -> String {
    lang.fmt(
        "default-moment-name",
        &[("number", crate::lang::Arg::from(n))],
    )
}

#[cfg(test)]
mod tests;
