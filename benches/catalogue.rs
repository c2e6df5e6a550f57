//! What the catalogue costs: building a language's catalogue from its Fluent file (once per
//! language and process), a plain lookup, a lookup with a plural, and a vocabulary name
//! (whose id is built from the term). Goal: a whole window frame asks for a few hundred
//! words; that must stay far below 1 ms.
//!
//! `cargo bench --bench catalogue`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark stops at its first failure

use std::hint::black_box;

use ciclo::lang::{Arg, Catalogue, Lang, Term};
use ciclo::model::Cause;
use criterion::{Criterion, criterion_group, criterion_main};

fn benches(c: &mut Criterion) {
    c.bench_function("build the Portuguese catalogue", |b| {
        b.iter(|| black_box(Catalogue::parse(black_box(Lang::Pt))))
    });
    c.bench_function("msg: a plain message", |b| {
        b.iter(|| black_box(Lang::Pt.msg(black_box("moments-of-truth"))))
    });
    c.bench_function("fmt: a count with Russian plurals", |b| {
        b.iter(|| black_box(Lang::Ru.fmt("moments-count", &[("count", Arg::from(black_box(23)))])))
    });
    c.bench_function("a vocabulary name", |b| {
        b.iter(|| black_box(black_box(Cause::LongWait).name(Lang::Es)))
    });
}

criterion_group!(catalogue, benches);
criterion_main!(catalogue);
