//! The example cycles shipped in `examples/`, embedded in the binary so that
//! `ciclo new --template NAME` and the window's template gallery work anywhere.

use crate::lang::Lang;

/// A template: a realistic cycle to start from.
#[derive(Clone, Copy, Debug)]
pub struct Template {
    /// Its name on the command line, e.g. `restaurant`.
    pub name: &'static str,
    /// The language of its texts.
    pub lang: Lang,
    /// The document text.
    pub text: &'static str,
}

macro_rules! templates {
    ([$($name:literal),+ $(,)?] ; $($langs:tt)+) => {
        /// Every template, in every language of [`Lang::ALL`].
        pub const TEMPLATES: &[Template] = &templates!(@flat [] [$($name),+] [$($langs)+]);
    };
    (@flat [$($done:tt)*] [] $langs:tt) => {
        [$($done)*]
    };
    (@flat [$($done:tt)*] [$name:literal $(, $rest:literal)*] [$($variant:ident $tag:literal $locale:literal),+]) => {
        templates!(@flat [$($done)* $(Template {
            name: $name,
            lang: Lang::$variant,
            text: include_str!(concat!("../../../examples/", $name, ".", $tag, ".ron")),
        },)+] [$($rest),*] [$($variant $tag $locale),+])
    };
}

crate::lang::each_lang!(templates [
    "restaurant",
    "bank-branch",
    "phone-support",
    "online-store",
    "hotel",
    "beauty-salon",
    "medical-appointment",
    "utility-office",
]);

/// The template with this name, in this language.
pub fn find(name: &str, lang: Lang) -> Option<&'static Template> {
    TEMPLATES
        .iter()
        .find(|t| t.name.eq_ignore_ascii_case(name) && t.lang == lang)
}

/// The distinct template names, in order.
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&str> = TEMPLATES.iter().map(|t| t.name).collect();
    names.dedup();
    names
}

impl Template {
    /// The template's title, read from its document; its name if it has none.
    pub fn title(&self) -> String {
        match crate::file::parse(self.text) {
            Ok(doc) if !doc.title.is_empty() => doc.title,
            _ => self.name.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_loads_and_is_realistic() {
        assert!(names().len() >= 8);
        for t in TEMPLATES {
            let doc = crate::file::parse(t.text)
                .unwrap_or_else(|e| panic!("{} {:?}: {e}", t.name, t.lang));
            assert!(
                (8..=14).contains(&doc.moments.len()),
                "{}: {} moments",
                t.name,
                doc.moments.len()
            );
            assert!(doc.critical_count() >= 1, "{}", t.name);
            assert_eq!(doc.language, t.lang.tag(), "{}", t.name);
            assert!(
                doc.moments.iter().any(|m| !m.improvement.is_empty()),
                "{}",
                t.name
            );
            assert!(
                doc.moments
                    .iter()
                    .all(|m| !m.principles.is_empty() || !m.expectations.is_empty()),
                "{}",
                t.name
            );
        }
    }
}
