//! The words each language's user reads, as data for `tests/languages.rs`.

use ciclo::lang::Lang;

/// What a user of one language reads, and the names they give their own cycle.
pub struct Speaks {
    pub lang: Lang,
    /// True for a text in the language's script: Cyrillic for Russian, and for the Latin
    /// languages a text without Cyrillic.
    pub script: fn(&str) -> bool,
    /// The small cycle's title and its three moments' names, and the improvement.
    pub cycle: [&'static str; 5],
    /// A moment named `call` with satisfaction 9: words of the error.
    pub call: &'static str,
    pub satisfaction: &'static [&'static str],
    /// Satisfaction 300, too large for the type.
    pub satisfaction_huge: &'static [&'static str],
    /// The unknown field `nome`, and the suggestion.
    pub unknown_field: &'static [&'static str],
    pub json: &'static str,
    /// `title: Cafe`, a text without quotes.
    pub title_field: &'static str,
    pub summary: &'static [&'static str],
    pub card: &'static [&'static str],
    pub report: &'static [&'static str],
    /// The improvement plan's heading, in Markdown and HTML.
    pub plan: &'static str,
    /// A `.pdf` report refused.
    pub report_format: &'static str,
    /// `check --summary` of the restaurant template.
    pub restaurant: &'static [&'static str],
    pub new_title: &'static str,
    /// The command line: a missing file, an unknown field, the check line of `SMALL`.
    pub missing: &'static str,
    pub colour: &'static str,
    pub check_ok: &'static str,
}

fn cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

fn latin(s: &str) -> bool {
    !cyrillic(s)
}

/// English words that must not be left in another language's summary, card and report.
pub const ENGLISH: &[&str] = &[
    "Moments",
    "Critical",
    "scored",
    "owner",
    "Analysis",
    "Improvement plan",
];

/// The words of `lang`. A new language fails to compile here until it has its own.
pub fn speaks(lang: Lang) -> Speaks {
    match lang {
        Lang::En => english(),
        Lang::Es => spanish(),
        Lang::Ru => russian(),
        Lang::Pt => portuguese(),
    }
}

fn english() -> Speaks {
    Speaks {
        lang: Lang::En,
        script: latin,
        cycle: [
            "The Corner Café",
            "Greeted at the door",
            "Asks for the bill",
            "Leaves",
            "A card reader at every table",
        ],
        call: "Call",
        satisfaction: &[
            "moment 1 “Call”, field `satisfaction`",
            "from 1 to 5, or remove the field",
        ],
        satisfaction_huge: &["field `satisfaction`", "a whole number from 1 to 5"],
        unknown_field: &["unknown field `nome`", "did you mean `name`?"],
        json: "this looks like JSON",
        title_field: "field `title`",
        summary: &[
            "Moments of truth: 3",
            "Critical moments: 1 of 3 (33%)",
            "Average satisfaction: 4.0 of 5 (1 of 3 scored)",
            "Principles by moment",
            "Expectations by moment",
            "Long wait",
            "2 moments",
            "1 moment\n",
            "Critical moments without a plan",
            "moment 2 “Asks for the bill”: no owner",
            "Total",
            "! = critical moment",
        ],
        card: &[
            "Moment 2 of 3 · In person",
            "! Critical moment",
            "WHY",
            "Long wait",
            "SATISFACTION",
            "Not scored",
            "IMPROVEMENT",
        ],
        report: &[
            "# The Corner Café",
            "## The cycle",
            "## Moments of truth",
            "### 2. Asks for the bill — **! Critical**",
            "- **Satisfaction:** not scored",
            "## Analysis",
            "### Principles by moment",
            "### Causes of dissatisfaction",
            "| Cause | Moments |",
            "### Critical moments without a plan",
            "- Moment 2 “Asks for the bill”: no owner",
            "| # | Moment | Action | Owner | Service standard |",
        ],
        plan: "Improvement plan",
        report_format: "name the report file .md or .html",
        restaurant: &[
            "Service cycle: dinner at Casa Olivo",
            "Critical moments: 3 of 12 (25%)",
            "Critical moments without a plan",
        ],
        new_title: "New service cycle",
        missing: "error: nope.ron: cannot read: there is no such file",
        colour: "unknown field `colour`",
        check_ok: "small.ron: ok, 4 moments, 1 critical\n",
    }
}

fn spanish() -> Speaks {
    Speaks {
        lang: Lang::Es,
        script: latin,
        cycle: [
            "Café de la Esquina",
            "Lo reciben en la puerta",
            "Pide la cuenta",
            "Se va",
            "Un datáfono en cada mesa",
        ],
        call: "Llamada",
        satisfaction: &[
            "momento 1 “Llamada”, campo `satisfaction`",
            "de 1 a 5, o quite el campo",
        ],
        satisfaction_huge: &["campo `satisfaction`", "un número entero de 1 a 5"],
        unknown_field: &["campo desconocido `nome`", "¿quiso decir `name`?"],
        json: "parece JSON",
        title_field: "campo `title`",
        summary: &[
            "Momentos de verdad: 3",
            "Momentos críticos: 1 de 3 (33%)",
            "Satisfacción media: 4,0 de 5 (1 de 3 puntuados)",
            "Principios por momento",
            "Expectativas por momento",
            "Larga espera",
            "2 momentos",
            "1 momento\n",
            "Momentos críticos sin plan",
            "momento 2 “Pide la cuenta”: sin responsable",
            "Total",
            "! = momento crítico",
        ],
        card: &[
            "Momento 2 de 3 · En persona",
            "! Momento crítico",
            "POR QUÉ",
            "Larga espera",
            "SATISFACCIÓN",
            "Sin calificar",
            "MEJORA",
        ],
        report: &[
            "# Café de la Esquina",
            "## El ciclo",
            "## Momentos de verdad",
            "### 2. Pide la cuenta — **! Crítico**",
            "- **Satisfacción:** sin puntuar",
            "## Análisis",
            "### Principios por momento",
            "### Causas de insatisfacción",
            "| Causa | Momentos |",
            "### Momentos críticos sin plan",
            "- Momento 2 “Pide la cuenta”: sin responsable",
            "| # | Momento | Acción | Responsable | Estándar de servicio |",
        ],
        plan: "Plan de mejora",
        report_format: "nombre el archivo .md o .html",
        restaurant: &[
            "Ciclo del servicio: una cena en Casa Olivo",
            "Momentos críticos: 3 de 12 (25%)",
            "Momentos críticos sin plan",
        ],
        new_title: "Nuevo ciclo del servicio",
        missing: "error: nope.ron: no se puede leer: ese archivo no existe",
        colour: "campo desconocido `colour`",
        check_ok: "small.ron: correcto, 4 momentos, 1 crítico\n",
    }
}

fn russian() -> Speaks {
    Speaks {
        lang: Lang::Ru,
        script: cyrillic,
        cycle: [
            "Кафе «Уют»",
            "Встреча у входа",
            "Просит счёт",
            "Уходит",
            "Терминал у каждого столика",
        ],
        call: "Звонок",
        satisfaction: &["момент 1 «Звонок», поле `satisfaction`", "от 1 до 5"],
        satisfaction_huge: &["поле `satisfaction`", "целое число от 1 до 5"],
        unknown_field: &["неизвестное поле `nome`", "может быть, `name`?"],
        json: "похоже, это JSON",
        title_field: "поле `title`",
        summary: &[
            "Моменты истины: 3",
            "Критические моменты: 1 из 3 (33%)",
            "Средняя удовлетворённость: 4,0 из 5 (1 из 3 с оценкой)",
            "Принципы по моментам",
            "Ожидания по моментам",
            "Долгое ожидание",
            "2 момента",
            "1 момент\n",
            "Критические моменты без плана",
            "момент 2 «Просит счёт»: нет ответственного",
            "Итого",
            "! = критический момент",
        ],
        card: &[
            "Момент 2 из 3 · Лично",
            "! Критический момент",
            "ПОЧЕМУ",
            "Долгое ожидание",
            "УДОВЛЕТВОРЁННОСТЬ",
            "Нет оценки",
            "УЛУЧШЕНИЕ",
        ],
        report: &[
            "# Кафе «Уют»",
            "## Схема цикла",
            "## Моменты истины",
            "### 2. Просит счёт — **! Критический**",
            "- **Удовлетворённость:** нет оценки",
            "## Анализ",
            "### Принципы по моментам",
            "### Причины неудовлетворённости",
            "| Причина | Моменты |",
            "### Критические моменты без плана",
            "- Момент 2 «Просит счёт»: нет ответственного",
            "| # | Момент | Мера | Ответственный | Стандарт обслуживания |",
        ],
        plan: "План улучшений",
        report_format: ".md или .html",
        restaurant: &[
            "Цикл обслуживания: ужин в кафе «Олива»",
            "Критические моменты: 3 из 12 (25%)",
            "Критические моменты без плана",
        ],
        new_title: "Новый цикл обслуживания",
        missing: "ошибка: nope.ron: не удаётся прочитать: такого файла нет",
        colour: "неизвестное поле `colour`",
        check_ok: "small.ron: в порядке, 4 момента, критических: 1\n",
    }
}

fn portuguese() -> Speaks {
    Speaks {
        lang: Lang::Pt,
        script: latin,
        cycle: [
            "Padaria Pão Quente",
            "Chega ao balcão",
            "Paga no caixa",
            "Vai embora",
            "Um segundo caixa nos horários de pico",
        ],
        call: "Ligação",
        satisfaction: &[
            "momento 1 “Ligação”, campo `satisfaction`",
            "de 1 a 5, ou remova o campo",
        ],
        satisfaction_huge: &["campo `satisfaction`", "um número inteiro de 1 a 5"],
        unknown_field: &["campo desconhecido `nome`", "você quis dizer `name`?"],
        json: "isto parece JSON",
        title_field: "campo `title`",
        summary: &[
            "Momentos da verdade: 3",
            "Momentos críticos: 1 de 3 (33%)",
            "Satisfação média: 4,0 de 5 (1 de 3 avaliados)",
            "Princípios por momento",
            "Espera longa",
            "2 momentos",
            "1 momento\n",
            "Momentos críticos sem plano",
            "momento 2 “Paga no caixa”: sem responsável",
            "! = momento crítico",
        ],
        card: &[
            "Momento 2 de 3 · Presencial",
            "! Momento crítico",
            "Espera longa",
            "Sem avaliação",
        ],
        report: &[
            "# Padaria Pão Quente",
            "## Momentos da verdade",
            "**! Crítico**",
            "sem avaliação",
            "Momento 2 “Paga no caixa”: sem responsável",
        ],
        plan: "Plano de melhorias",
        report_format: "extensão .md ou .html",
        restaurant: &[
            "Ciclo de serviço: jantar no Casa Olivo",
            "Momentos críticos: 3 de 12 (25%)",
            "Momentos críticos sem plano",
        ],
        new_title: "Novo ciclo de serviço",
        missing: "erro: nope.ron: não foi possível ler: esse arquivo não existe",
        colour: "campo desconhecido `colour`",
        check_ok: "small.ron: ok, 4 momentos, 1 crítico\n",
    }
}
