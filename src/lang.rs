//! Languages, and the words the drawing and the reports add to a cycle.
//!
//! The user's own texts (moment names, notes...) are never translated. What is here are the
//! labels Ciclo itself writes: Start/End markers, the centre, the legend, and the names of
//! the closed vocabularies (channels, expectations, principles, causes, evaluation).

use crate::model::{Cause, Channel, Evaluation, Expectation, Principle};

/// A language that Ciclo speaks.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Es];

    /// The language for a document's tag; anything unknown falls back to English.
    pub fn from_tag(tag: &str) -> Lang {
        let lower = tag.trim().to_ascii_lowercase();
        if lower == "es" || lower.starts_with("es-") || lower.starts_with("es_") {
            Lang::Es
        } else {
            Lang::En
        }
    }

    /// The tag written into documents.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's own name, for menus.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// Picks `en` or `es` by language.
    pub fn pick<'a>(self, en: &'a str, es: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Es => es,
        }
    }
}

/// The labels a drawing adds, in one language.
#[derive(Clone, Copy, Debug)]
pub struct DrawingWords {
    /// Marker at the first moment.
    pub start: &'static str,
    /// Marker at the last moment.
    pub end: &'static str,
    /// The text in the centre of the ring.
    pub centre: &'static str,
    /// Legend: a critical moment.
    pub critical: &'static str,
    /// Legend: a moment whose needs are met.
    pub moment: &'static str,
    /// Legend: the satisfaction score.
    pub satisfaction: &'static str,
    /// Legend: the heading of the principles.
    pub principles: &'static str,
    /// Legend: the satisfaction curve.
    pub curve: &'static str,
}

impl Lang {
    /// The labels the drawing adds.
    pub fn drawing(self) -> DrawingWords {
        match self {
            Lang::En => DrawingWords {
                start: "Start",
                end: "End",
                centre: "Customer satisfaction",
                critical: "Critical moment",
                moment: "Moment of truth",
                satisfaction: "Satisfaction (1–5)",
                principles: "Principles",
                curve: "Satisfaction curve",
            },
            Lang::Es => DrawingWords {
                start: "Inicio",
                end: "Fin",
                centre: "Satisfacción del cliente",
                critical: "Momento crítico",
                moment: "Momento de verdad",
                satisfaction: "Satisfacción (1–5)",
                principles: "Principios",
                curve: "Curva de satisfacción",
            },
        }
    }
}

/// The name of a closed-vocabulary term in a language.
pub trait Term: Copy {
    /// Short name, for lists and checkboxes.
    fn name(self, lang: Lang) -> &'static str;
}

impl Term for Channel {
    fn name(self, lang: Lang) -> &'static str {
        use Channel::*;
        match (self, lang) {
            (InPerson, Lang::En) => "In person",
            (InPerson, Lang::Es) => "En persona",
            (Phone, Lang::En) => "Phone",
            (Phone, Lang::Es) => "Teléfono",
            (Web, Lang::En) => "Web page",
            (Web, Lang::Es) => "Página web",
            (App, Lang::En) => "Mobile app",
            (App, Lang::Es) => "Aplicación móvil",
            (Email, Lang::En) => "E-mail",
            (Email, Lang::Es) => "Correo electrónico",
            (Chat, _) => "Chat",
            (SocialMedia, Lang::En) => "Social media",
            (SocialMedia, Lang::Es) => "Redes sociales",
            (Advertising, Lang::En) => "Advertising",
            (Advertising, Lang::Es) => "Publicidad",
            (PointOfSale, Lang::En) => "Point of sale",
            (PointOfSale, Lang::Es) => "Punto de venta",
            (ProductUse, Lang::En) => "Using the product",
            (ProductUse, Lang::Es) => "Uso del producto",
            (WordOfMouth, Lang::En) => "Word of mouth",
            (WordOfMouth, Lang::Es) => "Recomendación boca a boca",
            (Other, Lang::En) => "Other",
            (Other, Lang::Es) => "Otro",
        }
    }
}

impl Term for Expectation {
    fn name(self, lang: Lang) -> &'static str {
        use Expectation::*;
        match (self, lang) {
            (Warmth, Lang::En) => "Human warmth",
            (Warmth, Lang::Es) => "Calor humano",
            (Speed, Lang::En) => "Speed and agility",
            (Speed, Lang::Es) => "Agilidad y rapidez",
            (Information, Lang::En) => "Correct, timely information",
            (Information, Lang::Es) => "Información correcta y oportuna",
            (Guarantees, Lang::En) => "Guarantees and kept promises",
            (Guarantees, Lang::Es) => "Garantías y cumplimiento",
            (Advice, Lang::En) => "Advice",
            (Advice, Lang::Es) => "Asesoría",
        }
    }
}

impl Term for Principle {
    fn name(self, lang: Lang) -> &'static str {
        use Principle::*;
        match (self, lang) {
            (Reliability, Lang::En) => "Reliability",
            (Reliability, Lang::Es) => "Confiabilidad",
            (Credibility, Lang::En) => "Credibility",
            (Credibility, Lang::Es) => "Credibilidad",
            (Attractiveness, Lang::En) => "Attractiveness",
            (Attractiveness, Lang::Es) => "Atractivo",
            (Agility, Lang::En) => "Agility",
            (Agility, Lang::Es) => "Agilidad",
            (Interest, Lang::En) => "Interest",
            (Interest, Lang::Es) => "Interés",
            (Teamwork, Lang::En) => "Teamwork with the customer",
            (Teamwork, Lang::Es) => "Trabajo en equipo con el cliente",
        }
    }
}

impl Term for Cause {
    fn name(self, lang: Lang) -> &'static str {
        use Cause::*;
        match (self, lang) {
            (Apathy, Lang::En) => "Apathy",
            (Apathy, Lang::Es) => "Apatía",
            (BrushOff, Lang::En) => "Brush-off",
            (BrushOff, Lang::Es) => "Desaire",
            (Coldness, Lang::En) => "Coldness",
            (Coldness, Lang::Es) => "Frialdad",
            (Superiority, Lang::En) => "Air of superiority",
            (Superiority, Lang::Es) => "Aire de superioridad",
            (Robotism, Lang::En) => "Robotic treatment",
            (Robotism, Lang::Es) => "Robotismo",
            (Rulebook, Lang::En) => "Rulebook first",
            (Rulebook, Lang::Es) => "Reglamento por delante",
            (Evasion, Lang::En) => "Evasive answers",
            (Evasion, Lang::Es) => "Evasivas",
            (BrokenPromise, Lang::En) => "Broken promise",
            (BrokenPromise, Lang::Es) => "Promesa no cumplida",
            (Misinformation, Lang::En) => "Misinformation",
            (Misinformation, Lang::Es) => "Desinformación",
            (LongWait, Lang::En) => "Long wait",
            (LongWait, Lang::Es) => "Larga espera",
            (PoorCommunication, Lang::En) => "Poor communication",
            (PoorCommunication, Lang::Es) => "Falta de comunicación",
        }
    }
}

impl Term for Evaluation {
    fn name(self, lang: Lang) -> &'static str {
        use Evaluation::*;
        match (self, lang) {
            (RateOurService, Lang::En) => "“Rate our service”",
            (RateOurService, Lang::Es) => "“Califique nuestro servicio”",
            (SuggestionBox, Lang::En) => "Suggestion box",
            (SuggestionBox, Lang::Es) => "Buzón de sugerencias",
            (ServiceLine, Lang::En) => "Customer service line",
            (ServiceLine, Lang::Es) => "Línea de atención al cliente",
            (Email, Lang::En) => "E-mail",
            (Email, Lang::Es) => "Correo electrónico",
            (ContactLink, Lang::En) => "Contact link",
            (ContactLink, Lang::Es) => "Enlace de contacto",
            (Pqr, Lang::En) => "Requests, complaints and claims (PQR)",
            (Pqr, Lang::Es) => "Peticiones, quejas y reclamos (PQR)",
            (Survey, Lang::En) => "Survey",
            (Survey, Lang::Es) => "Encuesta",
            (SocialMedia, Lang::En) => "Social media",
            (SocialMedia, Lang::Es) => "Redes sociales",
        }
    }
}

impl Principle {
    /// The letter of the badge drawn beside a node; unique within a language, and
    /// explained by the legend.
    pub fn badge(self, lang: Lang) -> char {
        use Principle::*;
        match (self, lang) {
            (Reliability, Lang::En) => 'R',
            (Reliability, Lang::Es) => 'F',
            (Credibility, _) => 'C',
            (Attractiveness, _) => 'A',
            (Agility, _) => 'G',
            (Interest, _) => 'I',
            (Teamwork, Lang::En) => 'T',
            (Teamwork, Lang::Es) => 'E',
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_tags_fall_back_to_english() {
        assert_eq!(Lang::from_tag("es"), Lang::Es);
        assert_eq!(Lang::from_tag("es-MX"), Lang::Es);
        assert_eq!(Lang::from_tag("fr"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
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
}
