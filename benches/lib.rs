//! Empty: the benchmarks are the `[[bench]]` targets of this package.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark stops at its first failure
