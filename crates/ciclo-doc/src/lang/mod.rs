//! Languages, and the words Ciclo itself writes.
//!
//! The user's own texts (moment names, notes...) are never translated. Every word Ciclo
//! adds (the window, the drawing's labels, the names of the closed vocabularies, the
//! loader's errors, the summary, the report) is a message in the language's Fluent file,
//! `assets/i18n/TAG.ftl`; see [`catalogue`].
//!
//! # Adding a language
//!
//! 1. Add one line to [`each_lang!`] below: the variant, its tag and the locale it is
//!    written for (`Fr "fr" "fr-FR"`).
//! 2. Copy `assets/i18n/en.ftl` to `assets/i18n/fr.ftl` and translate every message.
//!    Keep the ids and the `{ $variables }`; rewrite the plural selectors with the
//!    language's own CLDR categories (`one`, `few`, `many`, `other`...). The message
//!    `language-name` is the language's own name, for the Language menu.
//! 3. Translate the eight templates: `examples/NAME.fr.ron` for every `examples/NAME.en.ron`.
//!
//! Nothing else: the command line (`ciclo new --lang`), the Language menu, the system
//! locale matching, the templates and the catalogue tests all read [`Lang::ALL`]. The
//! tests then say which message or variable the new file is missing.

pub mod catalogue;

pub use catalogue::{Arg, Catalogue};

use crate::model::{Cause, Channel, Evaluation, Expectation, Principle};

/// Calls `$callback!` with every language, as `Variant "tag" "locale"` triples, after any
/// extra tokens and a `;`. This is the one list of languages. The locale is the language
/// and region Ciclo's words are written for (Portuguese is Brazil's).
macro_rules! each_lang {
    ($callback:ident $($extra:tt)*) => {
        $callback! {
            $($extra)* ;
            En "en" "en-US",
            Es "es" "es-ES",
            Ru "ru" "ru-RU",
            Pt "pt" "pt-BR"
        }
    };
}
pub(crate) use each_lang;

macro_rules! define_langs {
    (; $($variant:ident $tag:literal $locale:literal),+) => {
        /// A language that Ciclo speaks.
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
        )]
        pub enum Lang {
            $(#[doc = concat!("The language tagged `", $tag, "`.")] $variant,)+
        }

        impl Lang {
            /// Every language, in menu order: the one list that the command line, the
            /// Language menu, locale matching and the templates read.
            pub const ALL: &'static [Lang] = &[$(Lang::$variant,)+];

            /// The tag written into documents (`en`, `es`...).
            pub fn tag(self) -> &'static str {
                match self {
                    $(Lang::$variant => $tag,)+
                }
            }

            /// The language with its region, as BCP 47 writes it (`en-US`, `pt-BR`...):
            /// the locale Ciclo's words are written for, for formats that ask for one
            /// (a PowerPoint run's `lang`).
            pub fn locale(self) -> &'static str {
                match self {
                    $(Lang::$variant => $locale,)+
                }
            }

            /// The language's Fluent file.
            fn ftl(self) -> &'static str {
                match self {
                    $(Lang::$variant => include_str!(concat!("../../../../assets/i18n/", $tag, ".ftl")),)+
                }
            }
        }
    };
}
each_lang!(define_langs);

impl Default for Lang {
    fn default() -> Self {
        Lang::ALL[0]
    }
}

impl Lang {
    /// The position in [`Lang::ALL`].
    fn index(self) -> usize {
        Lang::ALL.iter().position(|&l| l == self).unwrap_or(0)
    }

    /// The language identifier the plural rules are chosen by.
    fn langid(self) -> unic_langid::LanguageIdentifier {
        self.tag().parse().unwrap_or_default()
    }

    /// The catalogue of this language: every word Ciclo writes in it.
    pub fn tr(self) -> &'static Catalogue {
        Catalogue::of(self)
    }

    /// The message `id` in this language, for a message without variables. A message the
    /// language lacks is taken from English; an unknown id gives an empty text (the
    /// catalogue tests check that every id the code uses exists in every language).
    pub fn msg(self, id: &str) -> &'static str {
        self.tr()
            .msg(id)
            .or_else(|| Lang::default().tr().msg(id))
            .unwrap_or("")
    }

    /// The message `id` with named variables, e.g.
    /// `lang.fmt("moments-count", &[("count", n.into())])`. Falls back like [`Lang::msg`],
    /// and to the id itself.
    pub fn fmt(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.tr()
            .fmt(id, args)
            .or_else(|| Lang::default().tr().fmt(id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// Why a file could not be read or written, in this language: the message
    /// `io-Kind` (`io-NotFound`, `io-PermissionDenied`) for the commonest causes, or else
    /// the system's own words.
    pub fn io_error(self, error: &std::io::Error) -> String {
        let words = self.msg(&format!("io-{:?}", error.kind()));
        if words.is_empty() {
            error.to_string()
        } else {
            words.to_owned()
        }
    }

    /// The language's own name, for menus.
    pub fn native_name(self) -> &'static str {
        self.msg("language-name")
    }

    /// The language a locale or document tag asks for (`pt_BR.UTF-8`, `es-MX`, `ru`),
    /// by its language subtag; `None` if Ciclo does not speak it.
    pub fn matching(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()?
            .to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.tag() == primary)
    }

    /// The language for a document's tag; anything unknown falls back to English.
    pub fn from_tag(tag: &str) -> Lang {
        Lang::matching(tag).unwrap_or_default()
    }

    /// The first of the system's preferred languages that Ciclo speaks, read with
    /// `sys-locale` (Windows, macOS, Linux); English if none. `CICLO_LANG`, when set to a
    /// language Ciclo speaks, comes first (tests use it; so can a user). This is the
    /// command line's language; the window puts its saved choice between the two
    /// (`app::StartLang`).
    pub fn from_system() -> Lang {
        let chosen = std::env::var("CICLO_LANG").ok();
        Lang::first_spoken(chosen.into_iter().chain(sys_locale::get_locales()))
    }

    /// The first of these locales that Ciclo speaks, or English.
    pub fn first_spoken(locales: impl IntoIterator<Item = String>) -> Lang {
        locales
            .into_iter()
            .find_map(|l| Lang::matching(&l))
            .unwrap_or_default()
    }
}

#[cfg(feature = "clap")]
impl clap::ValueEnum for Lang {
    fn value_variants<'a>() -> &'a [Self] {
        Lang::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.tag()).help(self.native_name()))
    }
}

/// The name of a closed-vocabulary term in a language: the message `PREFIX-Variant`
/// (`channel-InPerson`), and its one-sentence explanation `PREFIX-Variant-tip`.
pub trait Term: Copy + std::fmt::Debug {
    /// The prefix of the term's message ids (`channel`).
    const PREFIX: &'static str;

    /// The id of the term's name.
    fn id(self) -> String {
        format!("{}-{:?}", Self::PREFIX, self)
    }

    /// Short name, for lists and checkboxes.
    fn name(self, lang: Lang) -> &'static str {
        lang.msg(&self.id())
    }

    /// A one-sentence explanation, for tooltips.
    fn explain(self, lang: Lang) -> &'static str {
        lang.msg(&format!("{}-tip", self.id()))
    }
}

impl Term for Channel {
    const PREFIX: &'static str = "channel";
}
impl Term for Expectation {
    const PREFIX: &'static str = "expectation";
}
impl Term for Principle {
    const PREFIX: &'static str = "principle";
}
impl Term for Cause {
    const PREFIX: &'static str = "cause";
}
impl Term for Evaluation {
    const PREFIX: &'static str = "evaluation";
}

impl Principle {
    /// The letter of the badge drawn beside a node (the message `principle-Variant-badge`);
    /// unique within a language, and explained by the legend.
    pub fn badge(self, lang: Lang) -> char {
        let letter = lang.msg(&format!("{}-badge", self.id()));
        letter.chars().next().unwrap_or('?')
    }
}

#[cfg(test)]
mod tests;
