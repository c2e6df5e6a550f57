//! The explanations of the closed vocabularies (channels, expectations, principles,
//! causes, evaluation mechanisms), for their tooltips, in English, Spanish and Russian.

use crate::lang::Lang;
use crate::model::{Cause, Channel, Evaluation, Expectation, Principle};

/// A one-sentence explanation of a domain term.
pub trait Explain: Copy {
    /// The explanation in `lang`.
    fn explain(self, lang: Lang) -> &'static str;
}

/// The explanation of a term, for its tooltip.
pub fn term_tip<X: Explain>(lang: Lang, x: X) -> &'static str {
    x.explain(lang)
}

impl Explain for Channel {
    fn explain(self, lang: Lang) -> &'static str {
        use Channel::*;
        match self {
            InPerson => lang.pick3(
                "Face to face, at the premises.",
                "Cara a cara, en las instalaciones.",
                "Лицом к лицу, в помещении компании.",
            ),
            Phone => lang.pick3(
                "A phone call, from the first ring to the goodbye.",
                "Una llamada, desde el primer timbre hasta la despedida.",
                "Телефонный звонок — от первого гудка до прощания.",
            ),
            Web => lang.pick3(
                "The organisation's web pages.",
                "Las páginas web de la organización.",
                "Веб-страницы организации.",
            ),
            App => lang.pick3(
                "The organisation's mobile app.",
                "La aplicación móvil de la organización.",
                "Мобильное приложение организации.",
            ),
            Email => lang.pick3(
                "A message the customer sends or receives by e-mail.",
                "Un mensaje que el cliente envía o recibe por correo.",
                "Письмо, которое клиент отправляет или получает по электронной почте.",
            ),
            Chat => lang.pick3(
                "A written conversation in real time.",
                "Una conversación escrita en tiempo real.",
                "Переписка в реальном времени.",
            ),
            SocialMedia => lang.pick3(
                "Posts, comments and messages on social networks.",
                "Publicaciones, comentarios y mensajes en redes sociales.",
                "Публикации, комментарии и сообщения в социальных сетях.",
            ),
            Advertising => lang.pick3(
                "An advertisement the customer sees or hears.",
                "Un anuncio que el cliente ve u oye.",
                "Реклама, которую клиент видит или слышит.",
            ),
            PointOfSale => lang.pick3(
                "The counter, shop or stand where the customer buys.",
                "El mostrador, la tienda o el puesto donde el cliente compra.",
                "Прилавок, магазин или стойка, где клиент делает покупку.",
            ),
            ProductUse => lang.pick3(
                "The customer using what they bought.",
                "El cliente usando lo que compró.",
                "Клиент пользуется тем, что купил.",
            ),
            WordOfMouth => lang.pick3(
                "Someone tells the customer about the service.",
                "Alguien le habla al cliente del servicio.",
                "Кто-то рассказывает клиенту о сервисе.",
            ),
            Other => lang.pick3(
                "Any other point of contact.",
                "Cualquier otro punto de contacto.",
                "Любая другая точка контакта.",
            ),
        }
    }
}

impl Explain for Expectation {
    fn explain(self, lang: Lang) -> &'static str {
        use Expectation::*;
        match self {
            Warmth => lang.pick3(
                "To be treated kindly, as a person and not a number.",
                "Ser tratado con amabilidad, como persona y no como un número.",
                "Чтобы к нему отнеслись по-доброму — как к человеку, а не как к номеру в очереди.",
            ),
            Speed => lang.pick3(
                "To be served quickly, without needless waiting.",
                "Ser atendido con rapidez, sin esperas innecesarias.",
                "Чтобы обслужили быстро, без лишнего ожидания.",
            ),
            Information => lang.pick3(
                "To get accurate information when it is needed.",
                "Recibir información exacta cuando se necesita.",
                "Получить точные сведения именно тогда, когда они нужны.",
            ),
            Guarantees => lang.pick3(
                "That what was promised is delivered, and backed if it fails.",
                "Que se cumpla lo prometido y se responda si falla.",
                "Чтобы обещанное было выполнено, а если что-то пошло не так — исправлено.",
            ),
            Advice => lang.pick3(
                "To be guided towards the best choice for them.",
                "Ser orientado hacia la mejor opción para él.",
                "Чтобы помогли выбрать лучший для него вариант.",
            ),
        }
    }
}

impl Explain for Principle {
    fn explain(self, lang: Lang) -> &'static str {
        use Principle::*;
        match self {
            Reliability => lang.pick3("Delivering exactly what was agreed, professionally and with clear procedures.", "Entregar exactamente lo acordado, con profesionalismo y procedimientos claros.", "Делать ровно то, о чём договорились, — профессионально и по понятным правилам."),
            Credibility => lang.pick3("Meeting the requirements and proving it with facts.", "Cumplir los requisitos y demostrarlo con hechos.", "Выполнять требования и подтверждать это фактами."),
            Attractiveness => lang.pick3("Presentation, packaging and price that appeal to the customer.", "Presentación, empaque y precio que atraen al cliente.", "Оформление, упаковка и цена, которые привлекают клиента."),
            Agility => lang.pick3("Answers and information that are fast and exact.", "Respuestas e información rápidas y exactas.", "Быстрые и точные ответы и сведения."),
            Interest => lang.pick3("Clearing up doubts and solving the customer's problems.", "Aclarar las dudas y resolver los problemas del cliente.", "Снимать сомнения клиента и решать его проблемы."),
            Teamwork => lang.pick3("Giving customers the tools and news to solve problems themselves.", "Dar al cliente las herramientas y novedades para resolver sus problemas por sí mismo.", "Давать клиентам инструменты и свежие сведения, чтобы они могли сами решать свои проблемы."),
        }
    }
}

impl Explain for Cause {
    fn explain(self, lang: Lang) -> &'static str {
        use Cause::*;
        match self {
            Apathy => lang.pick3(
                "Staff who do not care whether the customer is helped.",
                "Personal al que no le importa si el cliente queda atendido.",
                "Сотрудникам всё равно, получил ли клиент помощь.",
            ),
            BrushOff => lang.pick3(
                "Getting rid of the customer instead of helping.",
                "Quitarse al cliente de encima en lugar de ayudarle.",
                "Желание отделаться от клиента вместо того, чтобы помочь.",
            ),
            Coldness => lang.pick3(
                "Distant, unfriendly treatment.",
                "Un trato distante y poco amable.",
                "Отстранённое, недружелюбное обращение.",
            ),
            Superiority => lang.pick3(
                "Talking down to the customer.",
                "Tratar al cliente con aires de superioridad.",
                "Разговор с клиентом свысока.",
            ),
            Robotism => lang.pick3(
                "The same script for everyone, with no attention to the person.",
                "El mismo guion para todos, sin atender a la persona.",
                "Один и тот же заученный текст для всех, без внимания к человеку.",
            ),
            Rulebook => lang.pick3(
                "Putting internal rules before the customer's need.",
                "Anteponer las normas internas a la necesidad del cliente.",
                "Внутренние правила ставятся выше потребностей клиента.",
            ),
            Evasion => lang.pick3(
                "Avoiding clear answers or passing the customer on.",
                "Evitar respuestas claras o mandar al cliente a otra parte.",
                "Уход от прямых ответов или отсылка клиента к кому-то другому.",
            ),
            BrokenPromise => lang.pick3(
                "Something promised that was not delivered.",
                "Algo prometido que no se cumplió.",
                "Что-то обещали, но не сделали.",
            ),
            Misinformation => lang.pick3(
                "Information that is wrong, missing or contradictory.",
                "Información errónea, incompleta o contradictoria.",
                "Сведения неверные, неполные или противоречивые.",
            ),
            LongWait => lang.pick3(
                "Waiting longer than the customer finds reasonable.",
                "Esperar más de lo que el cliente considera razonable.",
                "Ждать приходится дольше, чем клиент считает разумным.",
            ),
            PoorCommunication => lang.pick3(
                "The customer is not told what is happening or what comes next.",
                "No se le dice al cliente qué pasa ni qué viene después.",
                "Клиенту не говорят, что происходит и что будет дальше.",
            ),
        }
    }
}

impl Explain for Evaluation {
    fn explain(self, lang: Lang) -> &'static str {
        use Evaluation::*;
        match self {
            RateOurService => lang.pick3(
                "A quick prompt asking the customer to score the service.",
                "Una invitación breve a que el cliente puntúe el servicio.",
                "Короткая просьба к клиенту оценить обслуживание.",
            ),
            SuggestionBox => lang.pick3(
                "A box or form where customers leave ideas and remarks.",
                "Un buzón o formulario donde los clientes dejan ideas y observaciones.",
                "Ящик или форма, куда клиенты пишут идеи и замечания.",
            ),
            ServiceLine => lang.pick3(
                "A phone line dedicated to customer questions and complaints.",
                "Una línea telefónica dedicada a consultas y quejas.",
                "Отдельная телефонная линия для вопросов и жалоб клиентов.",
            ),
            Email => lang.pick3(
                "An address where customers write to the organisation.",
                "Una dirección a la que los clientes escriben a la organización.",
                "Адрес, по которому клиенты пишут в организацию.",
            ),
            ContactLink => lang.pick3(
                "A contact form or link on the website.",
                "Un formulario o enlace de contacto en la web.",
                "Форма или ссылка для связи на сайте.",
            ),
            Pqr => lang.pick3(
                "A formal channel for requests, complaints and claims.",
                "Un canal formal de peticiones, quejas y reclamos.",
                "Официальный канал для запросов, жалоб и претензий.",
            ),
            Survey => lang.pick3(
                "A questionnaire about the customer's experience.",
                "Un cuestionario sobre la experiencia del cliente.",
                "Анкета о впечатлениях клиента.",
            ),
            SocialMedia => lang.pick3(
                "Listening to what customers say on social networks.",
                "Escuchar lo que dicen los clientes en las redes sociales.",
                "Внимание к тому, что клиенты пишут в социальных сетях.",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_is_explained_in_russian() {
        fn check<X: Explain + std::fmt::Debug>(all: &[X]) {
            for &x in all {
                let (en, ru) = (x.explain(Lang::En), x.explain(Lang::Ru));
                assert_ne!(en, ru, "{x:?} has no Russian explanation");
                assert!(
                    ru.chars().any(|c| ('а'..='я').contains(&c)),
                    "{x:?}: {ru:?} is not Russian"
                );
            }
        }
        check(Channel::ALL);
        check(Expectation::ALL);
        check(Principle::ALL);
        check(Cause::ALL);
        check(Evaluation::ALL);
    }
}
