//! Languages: tags, locale matching, the command line's choices.

use super::*;

#[test]
fn unknown_tags_fall_back_to_english() {
    assert_eq!(Lang::from_tag("es"), Lang::Es);
    assert_eq!(Lang::from_tag("es-MX"), Lang::Es);
    assert_eq!(Lang::from_tag("fr"), Lang::En);
    assert_eq!(Lang::from_tag("ru"), Lang::Ru);
    assert_eq!(Lang::from_tag("ru-RU"), Lang::Ru);
    assert_eq!(Lang::from_tag("pt"), Lang::Pt);
    assert_eq!(Lang::from_tag(""), Lang::En);
}

#[test]
fn system_locales_of_every_country_match_their_language() {
    let pick = |locales: &[&str]| Lang::first_spoken(locales.iter().map(|s| s.to_string()));
    assert_eq!(pick(&["pt_BR.UTF-8"]), Lang::Pt);
    assert_eq!(pick(&["pt-PT"]), Lang::Pt);
    assert_eq!(pick(&["es_MX.UTF-8"]), Lang::Es);
    assert_eq!(pick(&["es-419"]), Lang::Es);
    assert_eq!(pick(&["ru_RU.UTF-8"]), Lang::Ru);
    assert_eq!(pick(&["en_US.UTF-8", "ru_RU.UTF-8"]), Lang::En);
    // The first language Ciclo speaks wins; one it does not speak is skipped.
    assert_eq!(pick(&["fr-FR", "de_DE", "pt-BR", "es"]), Lang::Pt);
    assert_eq!(pick(&["C", "POSIX"]), Lang::En);
    assert_eq!(pick(&[]), Lang::En);
}

#[cfg(feature = "clap")]
#[test]
fn the_command_line_offers_every_language_by_its_tag() {
    use clap::ValueEnum as _;
    let tags: Vec<String> = Lang::value_variants()
        .iter()
        .filter_map(|l| l.to_possible_value())
        .map(|v| v.get_name().to_owned())
        .collect();
    assert_eq!(tags, ["en", "es", "ru", "pt"]);
    assert_eq!(Lang::from_str("pt", true), Ok(Lang::Pt));
}

#[test]
fn every_language_names_itself() {
    let names: Vec<&str> = Lang::ALL.iter().map(|l| l.native_name()).collect();
    assert_eq!(names, ["English", "Español", "Русский", "Português"]);
}

#[test]
fn badges_are_unique_in_each_language() {
    for &lang in Lang::ALL {
        let mut letters: Vec<char> = Principle::ALL.iter().map(|p| p.badge(lang)).collect();
        letters.sort_unstable();
        letters.dedup();
        assert_eq!(letters.len(), Principle::ALL.len(), "{lang:?}");
    }
}
