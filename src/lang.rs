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
    /// Russian.
    Ru,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Es, Lang::Ru];

    /// The language for a document's tag; anything unknown falls back to English.
    pub fn from_tag(tag: &str) -> Lang {
        let lower = tag.trim().to_ascii_lowercase();
        let is = |code: &str| {
            lower == code
                || lower.starts_with(&format!("{code}-"))
                || lower.starts_with(&format!("{code}_"))
        };
        if is("es") {
            Lang::Es
        } else if is("ru") {
            Lang::Ru
        } else {
            Lang::En
        }
    }

    /// The tag written into documents.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ru => "ru",
        }
    }

    /// The language's own name, for menus.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Ru => "Русский",
        }
    }

    /// Picks `en` or `es` by language; Russian falls back to English. For texts that
    /// exist in all three languages use [`Lang::pick3`].
    pub fn pick<'a>(self, en: &'a str, es: &'a str) -> &'a str {
        match self {
            Lang::En | Lang::Ru => en,
            Lang::Es => es,
        }
    }

    /// Picks `en`, `es` or `ru` by language.
    pub fn pick3<'a>(self, en: &'a str, es: &'a str, ru: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Es => es,
            Lang::Ru => ru,
        }
    }
}

/// The Russian form of a noun or adjective for the count `n`: `one` after 1, 21, 31...;
/// `few` after 2–4, 22–24...; `many` after 0, 5–20, 25–30... (11–14 take `many`).
pub fn russian_plural(
    n: usize,
    one: &'static str,
    few: &'static str,
    many: &'static str,
) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=14) => many,
        (1, _) => one,
        (2..=4, _) => few,
        _ => many,
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
            Lang::Ru => DrawingWords {
                start: "Начало",
                end: "Конец",
                centre: "Удовлетворённость клиента",
                critical: "Критический момент",
                moment: "Момент истины",
                satisfaction: "Удовлетворённость (1–5)",
                principles: "Принципы",
                curve: "Кривая удовлетворённости",
            },
        }
    }
}

/// The name of a closed-vocabulary term in a language.
pub trait Term: Copy {
    /// Short name, for lists and checkboxes.
    fn name(self, lang: Lang) -> &'static str;
}

/// Implements [`Term`] from a table of names in English, Spanish and Russian.
macro_rules! terms {
    ($ty:ident { $($variant:ident => $en:literal, $es:literal, $ru:literal;)+ }) => {
        impl Term for $ty {
            fn name(self, lang: Lang) -> &'static str {
                match self {
                    $($ty::$variant => lang.pick3($en, $es, $ru),)+
                }
            }
        }
    };
}

terms!(Channel {
    InPerson => "In person", "En persona", "Лично";
    Phone => "Phone", "Teléfono", "Телефон";
    Web => "Web page", "Página web", "Веб-сайт";
    App => "Mobile app", "Aplicación móvil", "Мобильное приложение";
    Email => "E-mail", "Correo electrónico", "Электронная почта";
    Chat => "Chat", "Chat", "Чат";
    SocialMedia => "Social media", "Redes sociales", "Социальные сети";
    Advertising => "Advertising", "Publicidad", "Реклама";
    PointOfSale => "Point of sale", "Punto de venta", "Точка продаж";
    ProductUse => "Using the product", "Uso del producto", "Использование продукта";
    WordOfMouth => "Word of mouth", "Recomendación boca a boca", "Рекомендация знакомых";
    Other => "Other", "Otro", "Другое";
});

terms!(Expectation {
    Warmth => "Human warmth", "Calor humano", "Человеческое тепло";
    Speed => "Speed and agility", "Agilidad y rapidez", "Скорость и оперативность";
    Information => "Correct, timely information", "Información correcta y oportuna", "Точная и своевременная информация";
    Guarantees => "Guarantees and kept promises", "Garantías y cumplimiento", "Гарантии и выполнение обещаний";
    Advice => "Advice", "Asesoría", "Консультация";
});

terms!(Principle {
    Reliability => "Reliability", "Confiabilidad", "Надёжность";
    Credibility => "Credibility", "Credibilidad", "Достоверность";
    Attractiveness => "Attractiveness", "Atractivo", "Привлекательность";
    Agility => "Agility", "Agilidad", "Оперативность";
    Interest => "Interest", "Interés", "Заинтересованность";
    Teamwork => "Teamwork with the customer", "Trabajo en equipo con el cliente", "Совместная работа с клиентом";
});

terms!(Cause {
    Apathy => "Apathy", "Apatía", "Апатия";
    BrushOff => "Brush-off", "Desaire", "Пренебрежение";
    Coldness => "Coldness", "Frialdad", "Холодность";
    Superiority => "Air of superiority", "Aire de superioridad", "Высокомерие";
    Robotism => "Robotic treatment", "Robotismo", "Роботизм";
    Rulebook => "Rulebook first", "Reglamento por delante", "Правила важнее клиента";
    Evasion => "Evasive answers", "Evasivas", "Уклончивые ответы";
    BrokenPromise => "Broken promise", "Promesa no cumplida", "Невыполненное обещание";
    Misinformation => "Misinformation", "Desinformación", "Неверная информация";
    LongWait => "Long wait", "Larga espera", "Долгое ожидание";
    PoorCommunication => "Poor communication", "Falta de comunicación", "Недостаток общения";
});

terms!(Evaluation {
    RateOurService => "“Rate our service”", "“Califique nuestro servicio”", "«Оцените наше обслуживание»";
    SuggestionBox => "Suggestion box", "Buzón de sugerencias", "Ящик для предложений";
    ServiceLine => "Customer service line", "Línea de atención al cliente", "Линия обслуживания клиентов";
    Email => "E-mail", "Correo electrónico", "Электронная почта";
    ContactLink => "Contact link", "Enlace de contacto", "Ссылка для связи";
    Pqr => "Requests, complaints and claims (PQR)", "Peticiones, quejas y reclamos (PQR)", "Запросы, жалобы и претензии";
    Survey => "Survey", "Encuesta", "Опрос";
    SocialMedia => "Social media", "Redes sociales", "Социальные сети";
});

impl Principle {
    /// The letter of the badge drawn beside a node; unique within a language, and
    /// explained by the legend.
    pub fn badge(self, lang: Lang) -> char {
        use Principle::*;
        match (self, lang) {
            (Reliability, Lang::En) => 'R',
            (Reliability, Lang::Es) => 'F',
            (Reliability, Lang::Ru) => 'Н',
            (Credibility, Lang::Ru) => 'Д',
            (Credibility, _) => 'C',
            (Attractiveness, Lang::Ru) => 'П',
            (Attractiveness, _) => 'A',
            (Agility, Lang::Ru) => 'О',
            (Agility, _) => 'G',
            (Interest, Lang::Ru) => 'З',
            (Interest, _) => 'I',
            (Teamwork, Lang::En) => 'T',
            (Teamwork, Lang::Es) => 'E',
            (Teamwork, Lang::Ru) => 'К',
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
        assert_eq!(Lang::from_tag("ru"), Lang::Ru);
        assert_eq!(Lang::from_tag("ru-RU"), Lang::Ru);
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
