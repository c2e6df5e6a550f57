//! Every text of the window, in English, Spanish and (where given) Russian, in one place.
//! A text without its Russian version shows in English.
//!
//! The names of the closed vocabularies come from [`crate::lang::Term`]; their
//! explanations (tooltips) are here, in [`Explain`].

use crate::lang::Lang;
use crate::model::{Cause, Channel, Evaluation, Expectation, Principle};

/// The languages the window itself speaks (documents may be in more).
pub const UI_LANGS: &[Lang] = &[Lang::En, Lang::Es];

macro_rules! texts {
    // A text in English and Spanish only: Russian falls back to English.
    (@pick $lang:ident, $en:literal, $es:literal) => {
        $lang.pick($en, $es)
    };
    (@pick $lang:ident, $en:literal, $es:literal, $ru:literal) => {
        $lang.pick3($en, $es, $ru)
    };
    ($($key:ident => $en:literal, $es:literal $(, $ru:literal)?;)+) => {
        /// A text of the user interface. [`T::get`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum T {
            $(#[doc = $en] $key,)+
        }

        impl T {
            /// The text in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                match self {
                    $(T::$key => texts!(@pick lang, $en, $es $(, $ru)?),)+
                }
            }
        }
    };
}

texts! {
    // Menus and commands.
    MenuFile => "File", "Archivo";
    MenuEdit => "Edit", "Editar";
    MenuView => "View", "Ver";
    MenuLanguage => "Language", "Idioma";
    MenuHelp => "Help", "Ayuda";
    Shortcuts => "Keyboard shortcuts", "Atajos de teclado";
    About => "About Ciclo", "Acerca de Ciclo";
    AboutBody => "Ciclo draws service cycles: the moments of truth a customer lives through, on a clock face, with the critical ones marked. Build the cycle with the mouse and keyboard, analyse each moment in the inspector, and export the picture for your slides.", "Ciclo dibuja ciclos del servicio: los momentos de verdad que vive un cliente, en forma de reloj, con los críticos marcados. Construya el ciclo con el ratón y el teclado, analice cada momento en el inspector y exporte la imagen para sus diapositivas.";
    MouseHelp => "Mouse: drag a moment along the ring to move it; double-click the ring to add one there; drag empty space or use the middle button to pan; Ctrl+wheel zooms.", "Ratón: arrastre un momento por el anillo para moverlo; doble clic en el anillo para añadir uno allí; arrastre el espacio vacío o use el botón central para desplazar; Ctrl+rueda acerca y aleja.";
    Close => "Close", "Cerrar";
    CmdNew => "New", "Nuevo";
    CmdOpen => "Open…", "Abrir…";
    CmdSave => "Save", "Guardar";
    CmdSaveAs => "Save As…", "Guardar como…";
    CmdExport => "Export…", "Exportar…";
    CmdQuit => "Quit", "Salir";
    CmdUndo => "Undo", "Deshacer";
    CmdRedo => "Redo", "Rehacer";
    CmdAdd => "Add moment", "Añadir momento";
    CmdInsertAfter => "Insert after selected", "Insertar tras el seleccionado";
    CmdDelete => "Delete moment", "Eliminar momento";
    CmdDistribute => "Distribute evenly", "Repartir uniformemente";
    CmdNext => "Select next", "Seleccionar siguiente";
    CmdPrevious => "Select previous", "Seleccionar anterior";
    CmdEarlier => "Move earlier", "Mover antes";
    CmdLater => "Move later", "Mover después";
    CmdZoomIn => "Zoom in", "Acercar";
    CmdZoomOut => "Zoom out", "Alejar";
    CmdZoomFit => "Fit to view", "Ajustar a la vista";
    CmdSelectNone => "Select none", "No seleccionar nada";
    NewFromTemplate => "New from template", "Nuevo desde plantilla";
    RecentFiles => "Recent files", "Archivos recientes";
    NoRecent => "No recent files", "No hay archivos recientes";
    Theme => "Theme", "Tema";
    Light => "Light", "Claro";
    Dark => "Dark", "Oscuro";
    TipAdd => "Add a new moment of truth at the end of the cycle", "Añade un nuevo momento de verdad al final del ciclo";
    TipInsertAfter => "Insert a new moment right after the selected one (Insert)", "Inserta un momento nuevo justo después del seleccionado (Insert)";
    TipDelete => "Remove the selected moment (Delete); Undo brings it back", "Quita el momento seleccionado (Supr); Deshacer lo recupera";
    TipDistribute => "Forget the positions placed by hand and space the moments evenly around the ring", "Olvida las posiciones colocadas a mano y reparte los momentos por igual en el anillo";
    TipZoomFit => "Show the whole picture (Ctrl+0)", "Muestra la imagen completa (Ctrl+0)";
    TipExport => "Save the slide picture as PNG or SVG", "Guarda la imagen para diapositivas en PNG o SVG";
    // Undo step names.
    StepCycle => "cycle details", "datos del ciclo";
    StepRename => "rename", "renombrar";
    StepMoment => "moment details", "datos del momento";
    StepCritical => "critical mark", "marca de crítico";
    StepSatisfaction => "satisfaction", "satisfacción";
    StepAdd => "add moment", "añadir momento";
    StepDelete => "delete moment", "eliminar momento";
    StepReorder => "reorder", "reordenar";
    StepMove => "move on the ring", "mover en el anillo";
    StepDistribute => "distribute evenly", "repartir uniformemente";
    // Panels.
    Moments => "Moments of truth", "Momentos de verdad";
    Add => "Add", "Añadir";
    Delete => "Delete", "Eliminar";
    Up => "Up", "Subir";
    MarkCritical => "Mark as critical", "Marcar como crítico";
    UnmarkCritical => "Not critical", "No es crítico";
    InsertShort => "Insert after", "Insertar después";
    Down => "Down", "Bajar";
    NoMoments => "No moments yet. Add one, or double-click the ring.", "Aún no hay momentos. Añada uno o haga doble clic en el anillo.";
    Canvas => "Service cycle canvas", "Lienzo del ciclo del servicio";
    EmptyHint => "Double-click the ring or press “Add moment” to begin", "Haga doble clic en el anillo o pulse «Añadir momento» para empezar";
    DragHint => "Drag along the ring to move it", "Arrástrelo por el anillo para moverlo";
    MomentOfTruth => "Moment of truth", "Momento de verdad";
    Name => "Name", "Nombre";
    Description => "Description", "Descripción";
    Channel => "Channel", "Canal";
    Expectations => "Customer expectations", "Expectativas del cliente";
    OwnExpectations => "Other expectations", "Otras expectativas";
    Principles => "Principles of good service", "Principios de un buen servicio";
    Evaluation => "Evaluation", "Evaluación";
    CriticalMoment => "Critical moment of truth", "Momento crítico de la verdad";
    Causes => "What creates dissatisfaction", "Elementos que crean insatisfacción";
    Satisfaction => "Customer satisfaction (1–5)", "Satisfacción del cliente (1–5)";
    Clear => "Clear", "Borrar";
    Improvement => "Standard and improvement", "Estándar y mejora";
    Standard => "Service standard", "Estándar de servicio";
    ImprovementAction => "Improvement action", "Acción de mejora";
    Owner => "Owner", "Responsable";
    Notes => "Notes", "Notas";
    ServiceCycle => "Service cycle", "Ciclo del servicio";
    NothingSelected => "No moment selected: these are the details of the whole cycle.", "Ningún momento seleccionado: estos son los datos del ciclo completo.";
    Title => "Title", "Título";
    Organization => "Organization", "Organización";
    Customer => "Customer", "Cliente";
    Promise => "Service promise", "Promesa del servicio";
    Services => "Service packages", "Paquetes de servicios";
    PrimaryServices => "Primary services", "Servicios primarios";
    SecondaryServices => "Secondary services", "Servicios secundarios";
    EvaluationMechanisms => "Evaluation mechanisms", "Mecanismos de evaluación";
    DocumentLanguage => "Document language", "Idioma del documento";
    AddItem => "+ Add", "+ Añadir";
    RemoveItem => "Remove this item", "Quitar este elemento";
    NewItem => "New item", "Nuevo elemento";
    SatVeryLow => "1: very dissatisfied", "1: muy insatisfecho";
    SatLow => "2: dissatisfied", "2: insatisfecho";
    SatMid => "3: neutral", "3: neutral";
    SatHigh => "4: satisfied", "4: satisfecho";
    SatVeryHigh => "5: very satisfied", "5: muy satisfecho";
    // Status bar.
    MomentsCount => "moments", "momentos";
    CriticalCount => "critical", "críticos";
    Zoom => "Zoom", "Zoom";
    Untitled => "Untitled", "Sin título";
    Unsaved => "unsaved changes", "cambios sin guardar";
    Saved => "Saved", "Guardado";
    Exported => "Exported", "Exportado";
    // Dialogs.
    UnsavedTitle => "Save changes?", "¿Guardar los cambios?";
    UnsavedBody => "This cycle has changes that are not saved. Save them first?", "Este ciclo tiene cambios sin guardar. ¿Guardarlos antes?";
    Save => "Save", "Guardar";
    DontSave => "Don't save", "No guardar";
    Cancel => "Cancel", "Cancelar";
    Ok => "OK", "Aceptar";
    OpenFailed => "The file could not be opened", "No se pudo abrir el archivo";
    SaveFailed => "The cycle could not be saved", "No se pudo guardar el ciclo";
    SaveFailedHint => "Your changes are still here, unsaved. Try Save As… to pick another folder.", "Sus cambios siguen aquí, sin guardar. Pruebe Guardar como… para elegir otra carpeta.";
    ExportFailed => "The picture could not be exported", "No se pudo exportar la imagen";
    RecoverTitle => "Restore unsaved work?", "¿Recuperar el trabajo sin guardar?";
    RecoverBody => "Ciclo closed unexpectedly last time. A recovery copy of the unsaved cycle was kept.", "Ciclo se cerró inesperadamente la última vez. Se conservó una copia de recuperación del ciclo sin guardar.";
    Restore => "Restore", "Recuperar";
    Discard => "Discard", "Descartar";
    ExportTitle => "Export picture", "Exportar imagen";
    Format => "Format", "Formato";
    Size => "Size", "Tamaño";
    Square => "square", "cuadrado";
    Custom => "Custom", "Personalizado";
    Pixels => "Width × height", "Ancho × alto";
    Width => "Width in pixels", "Ancho en píxeles";
    Height => "Height in pixels", "Alto en píxeles";
    Background => "Background", "Fondo";
    White => "White", "Blanco";
    Transparent => "Transparent", "Transparente";
    ExportButton => "Export…", "Exportar…";
    ExportHint => "The canvas shows the picture at this size: what you see is what you get.", "El lienzo muestra la imagen con este tamaño: lo que ve es lo que obtiene.";
    SatisfactionCurve => "Satisfaction curve", "Curva de satisfacción";
    TipSatisfactionCurve => "Draw each moment's satisfaction score as a curve inside the ring, to show where the experience dips.", "Dibuja la satisfacción de cada momento como una curva dentro del anillo, para ver dónde cae la experiencia.";
    TipPng => "A bitmap image, ready for slides", "Una imagen de píxeles, lista para diapositivas";
    TipSvg => "A vector drawing with editable text", "Un dibujo vectorial con texto editable";
    // Explanations of the domain.
    TipMoment => "A moment of truth is any instant in which the customer meets the service (a person, a phone call, a web page, a sign) and judges its quality.", "Un momento de verdad es cualquier instante en que el cliente entra en contacto con el servicio (una persona, una llamada, una web, un letrero) y juzga su calidad.";
    TipCycle => "The service cycle is the whole sequence of moments of truth a customer lives through to get the service, drawn clockwise on a clock face.", "El ciclo del servicio es la secuencia completa de momentos de verdad que vive un cliente para obtener el servicio, dibujada en sentido horario como un reloj.";
    TipName => "A short name for the moment, drawn beside its node.", "Un nombre corto del momento, que se dibuja junto a su nodo.";
    TipDescription => "What happens at this moment, seen from the customer's side.", "Qué ocurre en este momento, visto desde el lado del cliente.";
    TipChannel => "How the customer meets the service here: in person, by phone, on the web…", "Cómo entra el cliente en contacto con el servicio aquí: en persona, por teléfono, en la web…";
    TipExpectations => "What the customer hopes to get at this moment.", "Lo que el cliente espera recibir en este momento.";
    TipOwnExpectations => "Expectations in your own words, beyond the usual five.", "Expectativas con sus propias palabras, además de las cinco habituales.";
    TipCritical => "A critical moment of truth is one where the customer's needs are not met; the drawing marks it in red with a thicker outline.", "Un momento crítico de la verdad es aquel en que no se satisfacen las necesidades del cliente; el dibujo lo marca en rojo con un borde más grueso.";
    TipCauses => "Why the customer leaves this moment dissatisfied.", "Por qué el cliente sale insatisfecho de este momento.";
    TipSatisfaction => "How satisfied customers are with this moment, from 1 (very dissatisfied) to 5 (very satisfied), e.g. from a CSAT survey.", "Cuán satisfechos quedan los clientes con este momento, de 1 (muy insatisfecho) a 5 (muy satisfecho), p. ej. según una encuesta CSAT.";
    TipClearSatisfaction => "Remove the score: not measured yet.", "Quita la puntuación: aún no se ha medido.";
    TipStandard => "The measurable level of service agreed for this moment, e.g. “phone answered within 3 rings”.", "El nivel de servicio medible acordado para este momento, p. ej. «teléfono atendido antes del tercer timbre».";
    TipImprovement => "What will be done to make this moment better.", "Qué se hará para mejorar este momento.";
    TipOwner => "Who is responsible for the improvement.", "Quién es responsable de la mejora.";
    TipNotes => "Anything else worth remembering about this moment.", "Cualquier otra cosa que convenga recordar de este momento.";
    TipTitle => "The title drawn at the top of the picture.", "El título que se dibuja en la parte superior de la imagen.";
    TipOrganization => "The company or team whose service this is.", "La empresa o el equipo que presta este servicio.";
    TipCycleDescription => "What this cycle covers and who built it.", "Qué abarca este ciclo y quién lo elaboró.";
    TipCustomer => "Who the customer is: the external customer who pays, or an internal colleague who receives your work.", "Quién es el cliente: el cliente externo que paga, o un colega interno que recibe su trabajo.";
    TipPromise => "What the organisation promises its customers; it should be measurable so you can check that it is kept.", "Lo que la organización promete a sus clientes; debe poder medirse para comprobar que se cumple.";
    TipPrimary => "The primary service package: what the customer actually comes for.", "El paquete de servicios primarios: aquello por lo que el cliente viene realmente.";
    TipSecondary => "The secondary service package: what comes with the main service (parking, wifi, coffee…).", "El paquete de servicios secundarios: lo que acompaña al servicio principal (parqueadero, wifi, café…).";
    TipEvaluation => "How the organisation listens to its customers to evaluate the service and plan improvements.", "Cómo escucha la organización a sus clientes para evaluar el servicio y planear mejoras.";
    TipPrinciples => "The principles of good customer service that this moment puts to the test.", "Los principios de un buen servicio al cliente que este momento pone a prueba.";
    TipEvaluationSection => "How this moment is going for the customer: whether it fails them, why, and how satisfied they are.", "Cómo le va al cliente en este momento: si le falla, por qué y cuán satisfecho queda.";
    TipImprovementSection => "The level of service agreed for this moment, and what will be done to reach it.", "El nivel de servicio acordado para este momento y lo que se hará para alcanzarlo.";
    TipServices => "What the organisation offers: the core service the customer comes for, and what comes with it.", "Lo que ofrece la organización: el servicio central por el que viene el cliente y lo que lo acompaña.";
    TipDocumentLanguage => "The language of the labels the picture adds (Start, End, legend).", "El idioma de las etiquetas que añade la imagen (Inicio, Fin, leyenda).";
    // Workshop: presentation, analysis, template gallery, report and slides.
    CmdPresent => "Present", "Presentar", "Презентация";
    TipPresent => "Show the cycle full screen, one moment at a time, for the group", "Muestra el ciclo a pantalla completa, un momento cada vez, para el grupo", "Показать цикл на весь экран, по одному моменту, для группы";
    CmdAnalysis => "Analysis", "Análisis", "Анализ";
    TipAnalysis => "Counts, satisfaction, principles and expectations per moment, the causes of dissatisfaction and the critical moments without a plan", "Recuentos, satisfacción, principios y expectativas por momento, causas de insatisfacción y momentos críticos sin plan", "Количество, удовлетворённость, принципы и ожидания по моментам, причины неудовлетворённости и критические моменты без плана";
    CmdNewFromTemplate => "New from template…", "Nuevo desde plantilla…", "Создать из шаблона…";
    TipNewFromTemplate => "Start from one of the example cycles", "Empezar desde uno de los ciclos de ejemplo", "Начать с одного из примеров циклов";
    CmdExportReport => "Export report…", "Exportar informe…", "Экспорт отчёта…";
    TipExportReport => "Write the workshop report (HTML or Markdown): the picture, every moment, the analysis and the improvement plan", "Escribe el informe del taller (HTML o Markdown): la imagen, cada momento, el análisis y el plan de mejora", "Записать отчёт семинара (HTML или Markdown): рисунок, все моменты, анализ и план улучшений";
    CmdExportSlides => "Export slides…", "Exportar diapositivas…", "Экспорт слайдов…";
    TipExportSlides => "Write one slide for the whole cycle and one per moment, as 1920×1080 PNG pictures in a folder", "Escribe una diapositiva del ciclo completo y una por momento, como imágenes PNG de 1920×1080 en una carpeta", "Записать слайд со всем циклом и по слайду на каждый момент, в виде PNG 1920×1080 в папку";
    PresentHint => "Right arrow or Space: next  ·  Left arrow: back  ·  Esc: leave", "Flecha derecha o Espacio: siguiente  ·  Flecha izquierda: atrás  ·  Esc: salir", "Стрелка вправо или Пробел: далее  ·  Стрелка влево: назад  ·  Esc: выход";
    PresentExit => "Leave the presentation (Esc)", "Salir de la presentación (Esc)", "Выйти из презентации (Esc)";
    PresentCycle => "The whole cycle", "El ciclo completo", "Весь цикл";
    AnalysisTitle => "Analysis of the cycle", "Análisis del ciclo", "Анализ цикла";
    AnEmpty => "Add moments of truth to see the analysis.", "Añada momentos de verdad para ver el análisis.", "Добавьте моменты истины, чтобы увидеть анализ.";
    AnMoments => "Moments of truth", "Momentos de verdad", "Моменты истины";
    AnCritical => "Critical moments", "Momentos críticos", "Критические моменты";
    AnOf => "of", "de", "из";
    AnAverage => "Average satisfaction", "Satisfacción media", "Средняя удовлетворённость";
    AnScored => "scored", "puntuados", "оценено";
    AnNoScore => "no moment scored yet", "aún no hay momentos puntuados", "ни один момент ещё не оценён";
    AnMissingPlans => "Critical moments without a complete plan", "Momentos críticos sin un plan completo", "Критические моменты без полного плана";
    AnAllPlanned => "Every critical moment has an improvement action and an owner.", "Todos los momentos críticos tienen acción de mejora y responsable.", "У каждого критического момента есть действие по улучшению и ответственный.";
    AnNoImprovement => "no improvement action", "sin acción de mejora", "нет действия по улучшению";
    AnNoOwner => "no owner", "sin responsable", "нет ответственного";
    AnNeither => "no improvement action and no owner", "sin acción de mejora ni responsable", "нет ни действия по улучшению, ни ответственного";
    AnClickToSelect => "Click to select this moment in the designer", "Haga clic para seleccionar este momento en el diseñador", "Нажмите, чтобы выбрать этот момент в редакторе";
    AnCauses => "Causes of dissatisfaction, by moments hit", "Causas de insatisfacción, por momentos afectados", "Причины неудовлетворённости по числу моментов";
    AnNoCauses => "No cause of dissatisfaction recorded yet.", "Aún no se ha registrado ninguna causa de insatisfacción.", "Причины неудовлетворённости пока не указаны.";
    AnPrinciples => "Moments × principles of good service", "Momentos × principios de un buen servicio", "Моменты × принципы хорошего обслуживания";
    AnExpectations => "Moments × customer expectations", "Momentos × expectativas del cliente", "Моменты × ожидания клиента";
    AnTotal => "Total", "Total", "Итого";
    GalleryTitle => "New from template", "Nuevo desde plantilla", "Создать из шаблона";
    GalleryHint => "Each template is a realistic cycle to adapt. It opens as a new cycle, not yet saved.", "Cada plantilla es un ciclo realista para adaptar. Se abre como un ciclo nuevo, aún sin guardar.", "Каждый шаблон — реалистичный цикл для доработки. Он откроется как новый, ещё не сохранённый цикл.";
    ReportWritten => "Report written:", "Informe escrito:", "Отчёт записан:";
    ReportFailed => "The report could not be written", "No se pudo escribir el informe", "Не удалось записать отчёт";
    SlidesWritten => "Slides written:", "Diapositivas escritas:", "Слайдов записано:";
    SlidesFailed => "The slides could not be written", "No se pudieron escribir las diapositivas", "Не удалось записать слайды";
}

impl T {
    /// The meaning of a satisfaction score.
    pub fn satisfaction_word(score: u8) -> T {
        match score {
            0 | 1 => T::SatVeryLow,
            2 => T::SatLow,
            3 => T::SatMid,
            4 => T::SatHigh,
            _ => T::SatVeryHigh,
        }
    }
}

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
            InPerson => lang.pick(
                "Face to face, at the premises.",
                "Cara a cara, en las instalaciones.",
            ),
            Phone => lang.pick(
                "A phone call, from the first ring to the goodbye.",
                "Una llamada, desde el primer timbre hasta la despedida.",
            ),
            Web => lang.pick(
                "The organisation's web pages.",
                "Las páginas web de la organización.",
            ),
            App => lang.pick(
                "The organisation's mobile app.",
                "La aplicación móvil de la organización.",
            ),
            Email => lang.pick(
                "A message the customer sends or receives by e-mail.",
                "Un mensaje que el cliente envía o recibe por correo.",
            ),
            Chat => lang.pick(
                "A written conversation in real time.",
                "Una conversación escrita en tiempo real.",
            ),
            SocialMedia => lang.pick(
                "Posts, comments and messages on social networks.",
                "Publicaciones, comentarios y mensajes en redes sociales.",
            ),
            Advertising => lang.pick(
                "An advertisement the customer sees or hears.",
                "Un anuncio que el cliente ve u oye.",
            ),
            PointOfSale => lang.pick(
                "The counter, shop or stand where the customer buys.",
                "El mostrador, la tienda o el puesto donde el cliente compra.",
            ),
            ProductUse => lang.pick(
                "The customer using what they bought.",
                "El cliente usando lo que compró.",
            ),
            WordOfMouth => lang.pick(
                "Someone tells the customer about the service.",
                "Alguien le habla al cliente del servicio.",
            ),
            Other => lang.pick(
                "Any other point of contact.",
                "Cualquier otro punto de contacto.",
            ),
        }
    }
}

impl Explain for Expectation {
    fn explain(self, lang: Lang) -> &'static str {
        use Expectation::*;
        match self {
            Warmth => lang.pick(
                "To be treated kindly, as a person and not a number.",
                "Ser tratado con amabilidad, como persona y no como un número.",
            ),
            Speed => lang.pick(
                "To be served quickly, without needless waiting.",
                "Ser atendido con rapidez, sin esperas innecesarias.",
            ),
            Information => lang.pick(
                "To get accurate information when it is needed.",
                "Recibir información exacta cuando se necesita.",
            ),
            Guarantees => lang.pick(
                "That what was promised is delivered, and backed if it fails.",
                "Que se cumpla lo prometido y se responda si falla.",
            ),
            Advice => lang.pick(
                "To be guided towards the best choice for them.",
                "Ser orientado hacia la mejor opción para él.",
            ),
        }
    }
}

impl Explain for Principle {
    fn explain(self, lang: Lang) -> &'static str {
        use Principle::*;
        match self {
            Reliability => lang.pick("Delivering exactly what was agreed, professionally and with clear procedures.", "Entregar exactamente lo acordado, con profesionalismo y procedimientos claros."),
            Credibility => lang.pick("Meeting the requirements and proving it with facts.", "Cumplir los requisitos y demostrarlo con hechos."),
            Attractiveness => lang.pick("Presentation, packaging and price that appeal to the customer.", "Presentación, empaque y precio que atraen al cliente."),
            Agility => lang.pick("Answers and information that are fast and exact.", "Respuestas e información rápidas y exactas."),
            Interest => lang.pick("Clearing up doubts and solving the customer's problems.", "Aclarar las dudas y resolver los problemas del cliente."),
            Teamwork => lang.pick("Giving customers the tools and news to solve problems themselves.", "Dar al cliente las herramientas y novedades para resolver sus problemas por sí mismo."),
        }
    }
}

impl Explain for Cause {
    fn explain(self, lang: Lang) -> &'static str {
        use Cause::*;
        match self {
            Apathy => lang.pick(
                "Staff who do not care whether the customer is helped.",
                "Personal al que no le importa si el cliente queda atendido.",
            ),
            BrushOff => lang.pick(
                "Getting rid of the customer instead of helping.",
                "Quitarse al cliente de encima en lugar de ayudarle.",
            ),
            Coldness => lang.pick(
                "Distant, unfriendly treatment.",
                "Un trato distante y poco amable.",
            ),
            Superiority => lang.pick(
                "Talking down to the customer.",
                "Tratar al cliente con aires de superioridad.",
            ),
            Robotism => lang.pick(
                "The same script for everyone, with no attention to the person.",
                "El mismo guion para todos, sin atender a la persona.",
            ),
            Rulebook => lang.pick(
                "Putting internal rules before the customer's need.",
                "Anteponer las normas internas a la necesidad del cliente.",
            ),
            Evasion => lang.pick(
                "Avoiding clear answers or passing the customer on.",
                "Evitar respuestas claras o mandar al cliente a otra parte.",
            ),
            BrokenPromise => lang.pick(
                "Something promised that was not delivered.",
                "Algo prometido que no se cumplió.",
            ),
            Misinformation => lang.pick(
                "Information that is wrong, missing or contradictory.",
                "Información errónea, incompleta o contradictoria.",
            ),
            LongWait => lang.pick(
                "Waiting longer than the customer finds reasonable.",
                "Esperar más de lo que el cliente considera razonable.",
            ),
            PoorCommunication => lang.pick(
                "The customer is not told what is happening or what comes next.",
                "No se le dice al cliente qué pasa ni qué viene después.",
            ),
        }
    }
}

impl Explain for Evaluation {
    fn explain(self, lang: Lang) -> &'static str {
        use Evaluation::*;
        match self {
            RateOurService => lang.pick(
                "A quick prompt asking the customer to score the service.",
                "Una invitación breve a que el cliente puntúe el servicio.",
            ),
            SuggestionBox => lang.pick(
                "A box or form where customers leave ideas and remarks.",
                "Un buzón o formulario donde los clientes dejan ideas y observaciones.",
            ),
            ServiceLine => lang.pick(
                "A phone line dedicated to customer questions and complaints.",
                "Una línea telefónica dedicada a consultas y quejas.",
            ),
            Email => lang.pick(
                "An address where customers write to the organisation.",
                "Una dirección a la que los clientes escriben a la organización.",
            ),
            ContactLink => lang.pick(
                "A contact form or link on the website.",
                "Un formulario o enlace de contacto en la web.",
            ),
            Pqr => lang.pick(
                "A formal channel for requests, complaints and claims.",
                "Un canal formal de peticiones, quejas y reclamos.",
            ),
            Survey => lang.pick(
                "A questionnaire about the customer's experience.",
                "Un cuestionario sobre la experiencia del cliente.",
            ),
            SocialMedia => lang.pick(
                "Listening to what customers say on social networks.",
                "Escuchar lo que dicen los clientes en las redes sociales.",
            ),
        }
    }
}
