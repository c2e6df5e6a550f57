//! `--background` on any text: it never panics, a refusal says what to type, and a colour
//! it accepts is the one its `#rrggbb` spelling names.

#![no_main]

use ciclo_render::export::Background;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(arg) = std::str::from_utf8(bytes) else {
        return;
    };
    match arg.parse::<Background>() {
        Ok(Background::Color([r, g, b])) => {
            let hex = arg.trim().trim_start_matches('#');
            assert_eq!(hex.len(), 6, "accepted {arg:?}");
            assert!(
                hex.bytes().all(|c| c.is_ascii_hexdigit()),
                "accepted {arg:?}"
            );
            let spelled = format!("#{r:02x}{g:02x}{b:02x}");
            assert!(
                spelled.eq_ignore_ascii_case(arg.trim()),
                "{arg:?} read as {spelled}"
            );
            assert_eq!(spelled.parse(), Ok(Background::Color([r, g, b])));
        }
        Ok(other) => {
            let word = arg.trim().to_ascii_lowercase();
            let expected = match other {
                Background::White => ["white", "white"],
                _ => ["transparent", "none"],
            };
            assert!(
                expected.contains(&word.as_str()),
                "{arg:?} read as {other:?}"
            );
        }
        Err(message) => {
            assert!(message.contains("#rrggbb"), "{arg:?}: {message}");
        }
    }
});
