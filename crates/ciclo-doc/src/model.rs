//! The service-cycle document: plain data, no drawing, no UI.
//!
//! A [`Document`] is what a `.ron` file holds. The order of [`Document::moments`] is the
//! sequence of the cycle: the first moment is where the customer's cycle starts and the
//! last is where it ends. Angles are in degrees, clockwise from 12 o'clock.

use serde::{Deserialize, Serialize};

/// The newest document format this build reads and writes: format 2 adds photos to
/// moments, format 3 the cover's `authors` and `date` and the plan's `target` and `due`.
/// Ciclo reads formats 1 to 3.
pub const FORMAT_VERSION: u32 = 3;

/// The format of a document without photos: what every earlier Ciclo reads. A document
/// is saved in this format whenever it has no photos, byte for byte as before photos.
pub const FORMAT_WITHOUT_PHOTOS: u32 = 1;

/// The format of a document with photos but none of format 3's fields: what Ciclo 0.2
/// reads.
pub const FORMAT_WITH_PHOTOS: u32 = 2;

/// A whole service cycle, as saved in a `.ron` file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Format version: once loaded, the one the document needs
    /// ([`Document::saved_format`]); saving writes that one whatever this holds.
    pub format: u32,
    /// Language tag of the labels that the drawing adds ("en", "es", "ru").
    #[serde(default = "default_language")]
    pub language: String,
    /// The cycle's title, drawn at the top of the picture.
    #[serde(default)]
    pub title: String,
    /// The organisation whose service this is.
    #[serde(default)]
    pub organization: String,
    /// Who made the cycle, for the cover (format 3).
    #[serde(default)]
    pub authors: Vec<String>,
    /// The cycle's date, for the cover: an ISO date `YYYY-MM-DD` (format 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Free text about the cycle.
    #[serde(default)]
    pub description: String,
    /// Who the customer is.
    #[serde(default)]
    pub customer: String,
    /// The service promise.
    #[serde(default)]
    pub promise: String,
    /// What the customer comes for.
    #[serde(default)]
    pub primary_services: Vec<String>,
    /// What accompanies the primary services.
    #[serde(default)]
    pub secondary_services: Vec<String>,
    /// How the organisation listens to its customers.
    #[serde(default)]
    pub evaluation: Vec<Evaluation>,
    /// The moments of truth, in the order the customer lives them.
    #[serde(default)]
    pub moments: Vec<Moment>,
}

fn default_language() -> String {
    "en".to_owned()
}

impl Default for Document {
    fn default() -> Self {
        Document {
            format: FORMAT_WITHOUT_PHOTOS,
            language: default_language(),
            title: String::new(),
            organization: String::new(),
            authors: Vec::new(),
            date: None,
            description: String::new(),
            customer: String::new(),
            promise: String::new(),
            primary_services: Vec::new(),
            secondary_services: Vec::new(),
            evaluation: Vec::new(),
            moments: Vec::new(),
        }
    }
}

/// Stable identity of a moment within its document; survives reordering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MomentId(pub u32);

/// One moment of truth: a point where the customer meets the service and judges it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Moment {
    /// Unique positive id; assigned on load when missing.
    #[serde(default = "unassigned_id", deserialize_with = "positive_id")]
    pub id: MomentId,
    /// Short name, drawn beside the node.
    pub name: String,
    /// What happens in this moment.
    #[serde(default)]
    pub description: String,
    /// Where the user placed it on the ring, degrees clockwise from 12 o'clock, in
    /// `[0, 360)`. `None` means "spread evenly between the placed neighbours".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub angle: Option<f64>,
    /// How the customer meets the service here.
    #[serde(default)]
    pub channel: Channel,
    /// What the customer expects here.
    #[serde(default)]
    pub expectations: Vec<Expectation>,
    /// Expectations in the user's own words.
    #[serde(default)]
    pub other_expectations: Vec<String>,
    /// The principles of good service at stake.
    #[serde(default)]
    pub principles: Vec<Principle>,
    /// True when the customer's needs are not met here.
    #[serde(default)]
    pub critical: bool,
    /// Why the customer is dissatisfied here.
    #[serde(default)]
    pub causes: Vec<Cause>,
    /// Satisfaction score, 1 to 5.
    #[serde(default)]
    pub satisfaction: Option<u8>,
    /// The service standard (level agreed) for this moment.
    #[serde(default)]
    pub standard: String,
    /// The improvement action.
    #[serde(default)]
    pub improvement: String,
    /// Who is responsible for the improvement.
    #[serde(default)]
    pub owner: String,
    /// The satisfaction the improvement aims at (the to-be score), 1 to 5 (format 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<u8>,
    /// When the improvement is due: an ISO date `YYYY-MM-DD` (format 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// Anything else.
    #[serde(default)]
    pub notes: String,
    /// Pictures of this moment, in the order they are shown (format 2).
    #[serde(default)]
    pub photos: Vec<Photo>,
}

/// A picture of a moment, taken when the group visited the organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Photo {
    /// The picture file: relative to the `.ron` file's folder, or absolute. Kept as the
    /// user wrote it, so that a folder of a cycle and its photos can be moved together.
    pub path: String,
    /// What the picture shows; may be empty.
    #[serde(default)]
    pub caption: String,
}

impl Photo {
    /// The picture file, for a document saved at `document` (`None`: not saved yet, so
    /// a relative path is taken from the working folder).
    pub fn resolve(&self, document: Option<&std::path::Path>) -> std::path::PathBuf {
        resolve_photo(&self.path, document)
    }
}

/// The picture file a photo's `path` (as the document writes it) names, for a document
/// saved at `document`: relative paths start from the document's folder.
pub fn resolve_photo(path: &str, document: Option<&std::path::Path>) -> std::path::PathBuf {
    let path = std::path::Path::new(path);
    match document.and_then(std::path::Path::parent) {
        Some(folder) if path.is_relative() => folder.join(path),
        _ => path.to_owned(),
    }
}

fn unassigned_id() -> MomentId {
    MomentId(0)
}

/// An id written in a file: 0 means "unassigned" only inside Ciclo, so a file may not
/// use it.
fn positive_id<'de, D: serde::Deserializer<'de>>(d: D) -> Result<MomentId, D::Error> {
    let id = u32::deserialize(d)?;
    if id == 0 {
        return Err(serde::de::Error::invalid_value(
            serde::de::Unexpected::Unsigned(0),
            &"a positive id",
        ));
    }
    Ok(MomentId(id))
}

impl Moment {
    /// A moment with only a name and an id.
    pub fn named(id: MomentId, name: impl Into<String>) -> Self {
        Moment {
            id,
            name: name.into(),
            description: String::new(),
            angle: None,
            channel: Channel::default(),
            expectations: Vec::new(),
            other_expectations: Vec::new(),
            principles: Vec::new(),
            critical: false,
            causes: Vec::new(),
            satisfaction: None,
            standard: String::new(),
            improvement: String::new(),
            owner: String::new(),
            target: None,
            due: None,
            notes: String::new(),
            photos: Vec::new(),
        }
    }
}

impl Document {
    /// The format this document is saved in: the oldest that can hold it.
    /// [`FORMAT_VERSION`] (3) when the cycle has authors or a date, or a moment a target
    /// or a due date; else [`FORMAT_WITH_PHOTOS`] (2) when a moment has photos; else
    /// [`FORMAT_WITHOUT_PHOTOS`] (1).
    pub fn saved_format(&self) -> u32 {
        let plan = |m: &Moment| m.target.is_some() || m.due.is_some();
        if !self.authors.is_empty() || self.date.is_some() || self.moments.iter().any(plan) {
            FORMAT_VERSION
        } else if self.moments.iter().any(|m| !m.photos.is_empty()) {
            FORMAT_WITH_PHOTOS
        } else {
            FORMAT_WITHOUT_PHOTOS
        }
    }

    /// The number of critical moments.
    pub fn critical_count(&self) -> usize {
        self.moments.iter().filter(|m| m.critical).count()
    }

    /// The index in the sequence of the moment with this id.
    pub fn index_of(&self, id: MomentId) -> Option<usize> {
        self.moments.iter().position(|m| m.id == id)
    }

    /// An id that no moment of this document uses.
    pub fn next_id(&self) -> MomentId {
        let max = self.moments.iter().map(|m| m.id.0).max().unwrap_or(0);
        match max.checked_add(1) {
            Some(id) => MomentId(id),
            // Someone wrote the largest possible id by hand: take the smallest free one.
            None => {
                let used: std::collections::HashSet<u32> =
                    self.moments.iter().map(|m| m.id.0).collect();
                MomentId((1..).find(|id| !used.contains(id)).unwrap_or(1))
            }
        }
    }

    /// Gives every moment without an id (id 0) a fresh one, in sequence order.
    ///
    /// Linear in the number of moments: fresh ids count up from the largest one in use,
    /// and only a document that already uses `u32::MAX` falls back to the free gaps.
    pub fn assign_missing_ids(&mut self) {
        let max = self.moments.iter().map(|m| m.id.0).max().unwrap_or(0);
        let missing = self.moments.iter().filter(|m| m.id.0 == 0).count();
        let fresh: Vec<MomentId> = if (max as usize)
            .checked_add(missing)
            .is_some_and(|top| top <= u32::MAX as usize)
        {
            (1..=missing as u32).map(|k| MomentId(max + k)).collect()
        } else {
            let used: std::collections::HashSet<u32> =
                self.moments.iter().map(|m| m.id.0).collect();
            (1..=u32::MAX)
                .filter(|id| !used.contains(id))
                .take(missing)
                .map(MomentId)
                .collect()
        };
        let targets = self.moments.iter_mut().filter(|m| m.id.0 == 0);
        for (moment, id) in targets.zip(fresh) {
            moment.id = id;
        }
    }
}

/// Declares a fieldless enum with its complete list of variants.
macro_rules! closed_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every variant, in the order the file format lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
        }
    };
}

closed_enum! {
    /// How the customer meets the service in a moment.
    #[derive(Default)]
    Channel {
        /// Face to face, on the premises.
        #[default]
        InPerson,
        /// A phone call.
        Phone,
        /// A web page.
        Web,
        /// A mobile app.
        App,
        /// An e-mail.
        Email,
        /// A chat.
        Chat,
        /// Social media.
        SocialMedia,
        /// An advertisement.
        Advertising,
        /// A point of sale.
        PointOfSale,
        /// Using the product itself.
        ProductUse,
        /// Someone tells the customer about the service.
        WordOfMouth,
        /// Anything else.
        Other,
    }
}

closed_enum! {
    /// What customers expect of a moment.
    Expectation {
        /// Human warmth.
        Warmth,
        /// Speed and agility.
        Speed,
        /// Correct and timely information.
        Information,
        /// Guarantees and kept promises.
        Guarantees,
        /// Advice.
        Advice,
    }
}

closed_enum! {
    /// The principles of good customer service.
    Principle {
        /// Delivering exactly and professionally.
        Reliability,
        /// Meeting requirements and proving it.
        Credibility,
        /// Appealing presentation, packaging and price.
        Attractiveness,
        /// Fast and exact information and response.
        Agility,
        /// Clearing doubts and solving problems.
        Interest,
        /// Teamwork with the customer.
        Teamwork,
    }
}

closed_enum! {
    /// What creates dissatisfaction: typical causes of a critical moment.
    Cause {
        /// Apathy.
        Apathy,
        /// Brush-off.
        BrushOff,
        /// Coldness.
        Coldness,
        /// An air of superiority.
        Superiority,
        /// Robotic, scripted treatment.
        Robotism,
        /// The rulebook before the customer.
        Rulebook,
        /// Evasive answers.
        Evasion,
        /// A promise not kept.
        BrokenPromise,
        /// Wrong or missing information.
        Misinformation,
        /// A long wait.
        LongWait,
        /// Poor communication.
        PoorCommunication,
    }
}

closed_enum! {
    /// How the organisation hears its customers.
    Evaluation {
        /// A "rate our service" prompt.
        RateOurService,
        /// A suggestion box.
        SuggestionBox,
        /// A customer service line.
        ServiceLine,
        /// E-mail.
        Email,
        /// A contact link.
        ContactLink,
        /// Requests, complaints and claims (PQR).
        Pqr,
        /// A survey.
        Survey,
        /// Social media.
        SocialMedia,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc_with_ids(ids: &[u32]) -> Document {
        Document {
            moments: ids
                .iter()
                .map(|&id| Moment::named(MomentId(id), format!("m{id}")))
                .collect(),
            ..Document::default()
        }
    }

    #[test]
    fn missing_ids_count_up_from_the_largest_in_sequence_order() {
        let mut doc = doc_with_ids(&[0, 7, 0, 3, 0]);
        doc.assign_missing_ids();
        let ids: Vec<u32> = doc.moments.iter().map(|m| m.id.0).collect();
        assert_eq!(ids, [8, 7, 9, 3, 10]);
    }

    #[test]
    fn missing_ids_fill_gaps_when_the_largest_id_is_taken() {
        let mut doc = doc_with_ids(&[u32::MAX, 0, 2, 0]);
        doc.assign_missing_ids();
        let ids: Vec<u32> = doc.moments.iter().map(|m| m.id.0).collect();
        assert_eq!(ids, [u32::MAX, 1, 2, 3]);
    }
}
