//! Photos of a cycle's moments: reading one photo safely (formats, size limits, EXIF
//! orientation), and the on-disk store of prepared copies in the cache folder.

pub mod photo;
pub mod photo_store;
pub mod strip;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
