//! The pictures the golden-image and SVG-snapshot tests draw: one list, so that both
//! check the same cases.

use ciclo::export::{Background, ExportOptions};
use ciclo::lang::Lang;
use ciclo::model::Document;
use ciclo::picture::PictureOptions;
use ciclo::scene::Shape;
use ciclo::templates;

/// One exported picture: its file name (without extension), template and options.
pub struct Case {
    pub name: &'static str,
    pub template: &'static str,
    pub lang: Lang,
    pub opts: ExportOptions,
}

/// Wide, square on transparent, tall on a brand colour, the satisfaction curve (whose
/// first moment has no score, so the curve breaks there), and Cyrillic labels.
pub fn cases() -> Vec<Case> {
    let case = |name, template, lang, opts| Case {
        name,
        template,
        lang,
        opts,
    };
    vec![
        case(
            "restaurant-en-1280x720",
            "restaurant",
            Lang::En,
            ExportOptions::sized(1280, 720),
        ),
        case(
            "bank-branch-es-900x900",
            "bank-branch",
            Lang::Es,
            ExportOptions {
                background: Background::Transparent,
                ..ExportOptions::sized(900, 900)
            },
        ),
        case(
            "online-store-en-720x1280",
            "online-store",
            Lang::En,
            ExportOptions {
                background: Background::Color([0xf4, 0xf1, 0xea]),
                ..ExportOptions::sized(720, 1280)
            },
        ),
        case(
            "phone-support-en-curve-1280x720",
            "phone-support",
            Lang::En,
            ExportOptions {
                satisfaction_curve: true,
                ..ExportOptions::sized(1280, 720)
            },
        ),
        case(
            "hotel-ru-1280x720",
            "hotel",
            Lang::Ru,
            ExportOptions::sized(1280, 720),
        ),
    ]
}

/// A template, parsed.
pub fn template(name: &str, lang: Lang) -> Document {
    let Some(t) = templates::find(name, lang) else {
        panic!("no template {name}")
    };
    ciclo::file::parse(t.text).unwrap_or_else(|e| panic!("{e}"))
}

/// The name and shapes of a moment's slide: moment 3 of the Spanish restaurant at 720p,
/// highlighted, with its card.
pub fn slide() -> (&'static str, Vec<Shape>) {
    let doc = template("restaurant", Lang::Es);
    let opts = PictureOptions::sized(1280.0, 720.0);
    (
        "restaurant-es-slide-3-1280x720",
        ciclo::slides::slide(&doc, Some(2), &opts),
    )
}
