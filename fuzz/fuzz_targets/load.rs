//! The loader on any bytes: it never panics, a refusal points inside the file, and a
//! document it accepts survives a save and a load unchanged, byte for byte.

#![no_main]

use ciclo_doc::file::{parse, parse_bytes};
use ciclo_doc::save::to_ron;
use ciclo_doc::lang::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let doc = match parse_bytes(bytes) {
        Ok(doc) => doc,
        Err(d) => {
            let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
            assert!(d.line >= 1 && d.col >= 1, "position {}:{}", d.line, d.col);
            assert!(d.line <= lines, "line {} of a {lines}-line file", d.line);
            for &lang in Lang::ALL {
                assert!(!d.message(lang).is_empty());
            }
            return;
        }
    };
    let text = to_ron(&doc);
    let reloaded = match parse(&text) {
        Ok(reloaded) => reloaded,
        Err(d) => panic!("the loader refused its own output: {d}\n{text}"),
    };
    assert_eq!(
        reloaded, doc,
        "a save and a load changed the document:\n{text}"
    );
    assert_eq!(to_ron(&reloaded), text, "saving twice gave different bytes");
});
