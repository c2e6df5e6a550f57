//! The catalogue: every word Ciclo writes, in one language, read from that language's
//! Fluent file (`assets/i18n/TAG.ftl`, embedded in the binary).
//!
//! There is no global locale. Each [`Lang`] has its own catalogue, built the first time it
//! is asked for; the window's language and a document's language are two catalogues, so
//! the window can speak Spanish while it draws a Russian cycle.
//!
//! Code asks for a message by id ([`Catalogue::msg`]) or with named variables
//! ([`Catalogue::fmt`]); it never glues words together. Counts are Fluent selectors on a
//! number variable (`{ $count -> [one] … *[other] … }`), which use the CLDR plural rules
//! of the language.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue as Arg;

use super::Lang;

/// Every message of one language.
pub struct Catalogue {
    /// The parsed file, for messages with variables.
    bundle: FluentBundle<FluentResource>,
    /// Every message without variables, formatted once, so that [`Catalogue::msg`] can
    /// lend it for as long as the catalogue lives.
    plain: HashMap<String, String>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("messages", &self.plain.len())
            .finish()
    }
}

impl Catalogue {
    /// The catalogue of `lang`, built from its Fluent file on first use.
    pub fn of(lang: Lang) -> &'static Catalogue {
        static CATALOGUES: [OnceLock<Catalogue>; Lang::ALL.len()] =
            [const { OnceLock::new() }; Lang::ALL.len()];
        CATALOGUES[lang.index()].get_or_init(|| Catalogue::parse(lang))
    }

    /// Builds `lang`'s catalogue anew from its file; [`Catalogue::of`] does this once per
    /// language and keeps it. A message the parser cannot read is left out (and then falls
    /// back to English); the catalogue tests make sure no file has one.
    pub fn parse(lang: Lang) -> Catalogue {
        let source = lang.ftl().to_owned();
        let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
        let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
        bundle.set_use_isolating(false);
        let ids: Vec<String> = message_ids(&resource);
        // Ids are unique (tested), so adding cannot fail but for an overridden message.
        let _ = bundle.add_resource(resource);
        let mut plain = HashMap::new();
        for id in ids {
            if let Some(text) = format(&bundle, &id, None) {
                plain.insert(id, text);
            }
        }
        Catalogue { bundle, plain }
    }

    /// The message `id`, for a message without variables; `None` if there is none.
    pub fn msg(&self, id: &str) -> Option<&str> {
        self.plain.get(id).map(String::as_str)
    }

    /// The message `id` with these variables (`("count", n.into())`); `None` if there is
    /// no such message or it needs a variable that is not given. Numbers select plural
    /// forms; text is inserted as it is.
    pub fn fmt(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        format(&self.bundle, id, Some(&fluent_args))
    }

    /// Whether the catalogue holds the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

/// The ids of the messages in a parsed file.
fn message_ids(resource: &FluentResource) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Formats a message's value; `None` if the message does not exist, has no value, or
/// lacks a variable it needs (formatting without the variables is how plain messages are
/// told apart from the others).
fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text: Cow<str> = bundle.format_pattern(pattern, args, &mut errors);
    if errors.is_empty() {
        Some(text.into_owned())
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
