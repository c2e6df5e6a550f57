//! Every text of the window, in English, Spanish and Russian, in one place.
//! (The `texts!` table still accepts an entry without Russian, which then shows in English;
//! a test checks that no entry is left like that.)
//!
//! The names of the closed vocabularies come from [`crate::lang::Term`]; their
//! explanations (tooltips) are in [`super::explain`].

pub use super::explain::term_tip;
use crate::lang::{Lang, russian_plural};

/// The languages the window itself speaks (documents may be in more).
pub const UI_LANGS: &[Lang] = &[Lang::En, Lang::Es, Lang::Ru];

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
            /// Every text, in table order.
            pub const ALL: &'static [T] = &[$(T::$key,)+];

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
    MenuFile => "File", "Archivo", "Файл";
    MenuEdit => "Edit", "Editar", "Правка";
    MenuView => "View", "Ver", "Вид";
    MenuLanguage => "Language", "Idioma", "Язык";
    MenuHelp => "Help", "Ayuda", "Справка";
    Shortcuts => "Keyboard shortcuts", "Atajos de teclado", "Сочетания клавиш";
    About => "About Ciclo", "Acerca de Ciclo", "О программе Ciclo";
    AboutBody => "Ciclo draws service cycles: the moments of truth a customer lives through, on a clock face, with the critical ones marked. Build the cycle with the mouse and keyboard, analyse each moment in the inspector, and export the picture for your slides.", "Ciclo dibuja ciclos del servicio: los momentos de verdad que vive un cliente, en forma de reloj, con los críticos marcados. Construya el ciclo con el ratón y el teclado, analice cada momento en el inspector y exporte la imagen para sus diapositivas.", "Ciclo рисует циклы обслуживания: моменты истины, через которые проходит клиент, в виде циферблата, с выделенными критическими моментами. Постройте цикл мышью и клавиатурой, разберите каждый момент в панели свойств справа и экспортируйте рисунок для своих слайдов.";
    MouseHelp => "Mouse: drag a moment along the ring to move it; double-click the ring to add one there; drag empty space or use the middle button to pan; Ctrl+wheel zooms.", "Ratón: arrastre un momento por el anillo para moverlo; doble clic en el anillo para añadir uno allí; arrastre el espacio vacío o use el botón central para desplazar; Ctrl+rueda acerca y aleja.", "Мышь: перетащите момент по кольцу, чтобы переместить его; двойной щелчок по кольцу добавляет момент в этом месте; перетаскивание пустого места или средняя кнопка сдвигают вид; Ctrl+колёсико меняет масштаб.";
    Close => "Close", "Cerrar", "Закрыть";
    CmdNew => "New", "Nuevo", "Создать";
    CmdOpen => "Open…", "Abrir…", "Открыть…";
    CmdSave => "Save", "Guardar", "Сохранить";
    CmdSaveAs => "Save As…", "Guardar como…", "Сохранить как…";
    CmdExport => "Export…", "Exportar…", "Экспорт…";
    CmdQuit => "Quit", "Salir", "Выход";
    CmdUndo => "Undo", "Deshacer", "Отменить";
    CmdRedo => "Redo", "Rehacer", "Повторить";
    CmdAdd => "Add moment", "Añadir momento", "Добавить момент";
    CmdInsertAfter => "Insert after selected", "Insertar tras el seleccionado", "Вставить после выбранного";
    CmdDelete => "Delete moment", "Eliminar momento", "Удалить момент";
    CmdDistribute => "Distribute evenly", "Repartir uniformemente", "Расставить равномерно";
    CmdNext => "Select next", "Seleccionar siguiente", "Выбрать следующий";
    CmdPrevious => "Select previous", "Seleccionar anterior", "Выбрать предыдущий";
    CmdEarlier => "Move earlier", "Mover antes", "Сдвинуть раньше";
    CmdLater => "Move later", "Mover después", "Сдвинуть позже";
    CmdZoomIn => "Zoom in", "Acercar", "Увеличить";
    CmdZoomOut => "Zoom out", "Alejar", "Уменьшить";
    CmdZoomFit => "Fit to view", "Ajustar a la vista", "Показать целиком";
    CmdSelectNone => "Select none", "No seleccionar nada", "Снять выделение";
    CmdCanvasOnly => "Canvas only", "Solo el lienzo", "Только холст";
    TipCanvasOnly => "Hide the moment list and the inspector so the cycle gets the whole window; once more brings them back", "Oculta la lista de momentos y el inspector para que el ciclo ocupe toda la ventana; otra vez los vuelve a mostrar", "Скрыть список моментов и панель свойств, чтобы цикл занял всё окно; повторное нажатие вернёт их";
    CmdOpenRecent => "Open recent file", "Abrir archivo reciente", "Открыть недавний файл";
    CmdRename => "Rename moment", "Renombrar momento", "Переименовать момент";
    TipRename => "Put the cursor in the selected moment's name (F2)", "Lleva el cursor al nombre del momento seleccionado (F2)", "Перейти к названию выбранного момента (F2)";
    CmdPalette => "Command palette…", "Paleta de comandos…", "Палитра команд…";
    TipPalette => "Find any command by typing part of its name (Ctrl+Shift+P)", "Busque cualquier comando escribiendo parte de su nombre (Ctrl+Mayús+P)", "Найти любую команду по части названия (Ctrl+Shift+P)";
    PaletteHint => "Type to find a command", "Escriba para buscar un comando", "Начните вводить название команды";
    PaletteNothing => "No command has that name", "Ningún comando se llama así", "Нет команды с таким названием";
    CmdDismiss => "Close or deselect", "Cerrar o deseleccionar", "Закрыть или снять выделение";
    TipDismiss => "Close the window or dialog on top; with none open, select nothing (Esc)", "Cierra la ventana o el diálogo de encima; si no hay ninguno, quita la selección (Esc)", "Закрыть верхнее окно или диалог; если их нет, снять выделение (Esc)";
    HighContrast => "High contrast", "Alto contraste", "Высокая контрастность";
    ShowList => "Moment list", "Lista de momentos", "Список моментов";
    ShowInspector => "Inspector", "Inspector", "Панель свойств";
    DroppedLabels => "Names left out", "Nombres omitidos", "Не показано названий";
    TipDroppedLabels => "The picture has no room for every name. Make it larger (Export), shorten the names, or split the cycle.", "La imagen no tiene sitio para todos los nombres. Agrándela (Exportar), acorte los nombres o divida el ciclo.", "На рисунке не хватает места для всех названий. Увеличьте его (Экспорт), сократите названия или разделите цикл.";
    NewFromTemplate => "New from template", "Nuevo desde plantilla", "Создать из шаблона";
    RecentFiles => "Recent files", "Archivos recientes", "Недавние файлы";
    NoRecent => "No recent files", "No hay archivos recientes", "Недавних файлов нет";
    Theme => "Theme", "Tema", "Тема";
    Light => "Light", "Claro", "Светлая";
    Dark => "Dark", "Oscuro", "Тёмная";
    TipAdd => "Add a new moment of truth at the end of the cycle", "Añade un nuevo momento de verdad al final del ciclo", "Добавить новый момент истины в конец цикла";
    TipInsertAfter => "Insert a new moment right after the selected one (Insert)", "Inserta un momento nuevo justo después del seleccionado (Insert)", "Вставить новый момент сразу после выбранного (Insert)";
    TipDelete => "Remove the selected moment (Delete); Undo brings it back", "Quita el momento seleccionado (Supr); Deshacer lo recupera", "Удалить выбранный момент (Delete); «Отменить» вернёт его";
    TipDistribute => "Forget the positions placed by hand and space the moments evenly around the ring", "Olvida las posiciones colocadas a mano y reparte los momentos por igual en el anillo", "Забыть положения, заданные вручную, и расставить моменты по кольцу через равные промежутки";
    TipZoomFit => "Show the whole picture (Ctrl+0)", "Muestra la imagen completa (Ctrl+0)", "Показать весь рисунок (Ctrl+0)";
    TipExport => "Save the slide picture as PNG or SVG", "Guarda la imagen para diapositivas en PNG o SVG", "Сохранить рисунок для слайдов в формате PNG или SVG";
    // Undo step names.
    StepCycle => "cycle details", "datos del ciclo", "данные цикла";
    StepRename => "rename", "renombrar", "переименование";
    StepMoment => "moment details", "datos del momento", "данные момента";
    StepCritical => "critical mark", "marca de crítico", "отметка критического момента";
    StepSatisfaction => "satisfaction", "satisfacción", "оценка удовлетворённости";
    StepAdd => "add moment", "añadir momento", "добавление момента";
    StepDelete => "delete moment", "eliminar momento", "удаление момента";
    StepReorder => "reorder", "reordenar", "изменение порядка";
    StepMove => "move on the ring", "mover en el anillo", "перемещение по кольцу";
    StepPhotos => "photos", "fotos", "фотографии";
    Photos => "Photos", "Fotos", "Фотографии";
    AddPhoto => "Add photo…", "Añadir foto…", "Добавить фото…";
    TipAddPhoto => "Add pictures of this moment (JPEG, PNG or WebP); you can also drop them onto the moment or here", "Añade fotos de este momento (JPEG, PNG o WebP); también puede soltarlas sobre el momento o aquí", "Добавить фотографии этого момента (JPEG, PNG или WebP); их можно и перетащить на момент или сюда";
    PhotoCaption => "Caption", "Pie de foto", "Подпись";
    PhotoEarlier => "Move this photo up", "Subir esta foto", "Переместить фото выше";
    PhotoLater => "Move this photo down", "Bajar esta foto", "Переместить фото ниже";
    PhotoRemove => "Remove this photo from the moment (the file stays)", "Quitar esta foto del momento (el archivo se conserva)", "Убрать фото из момента (файл останется)";
    PhotoRemoveShort => "Remove", "Quitar", "Убрать";
    PhotoLoading => "loading…", "cargando…", "загрузка…";
    PhotoFilter => "Pictures", "Imágenes", "Изображения";
    CmdExportPdf => "Export PDF deck…", "Exportar presentación PDF…", "Экспорт презентации PDF…";
    TipExportPdf => "Write every slide into one PDF, with real text and the photos, ready to send by e-mail", "Escribe todas las diapositivas en un PDF, con texto real y las fotos, listo para enviar por correo", "Записать все слайды в один PDF с настоящим текстом и фотографиями, готовый к отправке по почте";
    CmdExportPptx => "Export PowerPoint deck…", "Exportar presentación PowerPoint…", "Экспорт презентации PowerPoint…";
    TipExportPptx => "Write every slide into one PowerPoint file (.pptx), with titles and speaker notes", "Escribe todas las diapositivas en un archivo de PowerPoint (.pptx), con títulos y notas del orador", "Записать все слайды в один файл PowerPoint (.pptx) с заголовками и заметками докладчика";
    DeckWritten => "Deck written:", "Presentación escrita:", "Презентация записана:";
    StepDistribute => "distribute evenly", "repartir uniformemente", "равномерная расстановка";
    // Panels.
    Moments => "Moments of truth", "Momentos de verdad", "Моменты истины";
    Add => "Add", "Añadir", "Добавить";
    Delete => "Delete", "Eliminar", "Удалить";
    Up => "Up", "Subir", "Выше";
    MarkCritical => "Mark as critical", "Marcar como crítico", "Отметить как критический";
    UnmarkCritical => "Not critical", "No es crítico", "Не критический";
    InsertShort => "Insert after", "Insertar después", "Вставить после";
    Down => "Down", "Bajar", "Ниже";
    NoMoments => "No moments yet. Add one, or double-click the ring.", "Aún no hay momentos. Añada uno o haga doble clic en el anillo.", "Моментов пока нет. Добавьте первый или дважды щёлкните по кольцу.";
    Canvas => "Service cycle canvas", "Lienzo del ciclo del servicio", "Холст цикла обслуживания";
    EmptyHint => "Double-click the ring or press “Add moment” to begin", "Haga doble clic en el anillo o pulse «Añadir momento» para empezar", "Чтобы начать, дважды щёлкните по кольцу или нажмите «Добавить момент»";
    DragHint => "Drag along the ring to move it", "Arrástrelo por el anillo para moverlo", "Перетащите вдоль кольца, чтобы переместить";
    MomentOfTruth => "Moment of truth", "Momento de verdad", "Момент истины";
    Name => "Name", "Nombre", "Название";
    Description => "Description", "Descripción", "Описание";
    Channel => "Channel", "Canal", "Канал";
    Expectations => "Customer expectations", "Expectativas del cliente", "Ожидания клиента";
    OwnExpectations => "Other expectations", "Otras expectativas", "Другие ожидания";
    Principles => "Principles of good service", "Principios de un buen servicio", "Принципы хорошего обслуживания";
    Evaluation => "Evaluation", "Evaluación", "Оценка";
    CriticalMoment => "Critical moment of truth", "Momento crítico de la verdad", "Критический момент истины";
    Causes => "What creates dissatisfaction", "Elementos que crean insatisfacción", "Что вызывает неудовлетворённость";
    Satisfaction => "Customer satisfaction (1–5)", "Satisfacción del cliente (1–5)", "Удовлетворённость клиента (1–5)";
    Clear => "Clear", "Borrar", "Сбросить";
    Improvement => "Standard and improvement", "Estándar y mejora", "Стандарт и улучшение";
    Standard => "Service standard", "Estándar de servicio", "Стандарт обслуживания";
    ImprovementAction => "Improvement action", "Acción de mejora", "Мера по улучшению";
    Owner => "Owner", "Responsable", "Ответственный";
    Notes => "Notes", "Notas", "Заметки";
    ServiceCycle => "Service cycle", "Ciclo del servicio", "Цикл обслуживания";
    NothingSelected => "No moment selected: these are the details of the whole cycle.", "Ningún momento seleccionado: estos son los datos del ciclo completo.", "Момент не выбран: здесь данные всего цикла.";
    Title => "Title", "Título", "Заголовок";
    Organization => "Organization", "Organización", "Организация";
    Customer => "Customer", "Cliente", "Клиент";
    Promise => "Service promise", "Promesa del servicio", "Сервисное обещание";
    Services => "Service packages", "Paquetes de servicios", "Пакеты услуг";
    PrimaryServices => "Primary services", "Servicios primarios", "Основные услуги";
    SecondaryServices => "Secondary services", "Servicios secundarios", "Дополнительные услуги";
    EvaluationMechanisms => "Evaluation mechanisms", "Mecanismos de evaluación", "Способы оценки обслуживания";
    DocumentLanguage => "Document language", "Idioma del documento", "Язык документа";
    AddItem => "+ Add", "+ Añadir", "+ Добавить";
    RemoveItem => "Remove this item", "Quitar este elemento", "Удалить этот пункт";
    NewItem => "New item", "Nuevo elemento", "Новый пункт";
    SatVeryLow => "1: very dissatisfied", "1: muy insatisfecho", "1: совсем не доволен";
    SatLow => "2: dissatisfied", "2: insatisfecho", "2: не доволен";
    SatMid => "3: neutral", "3: neutral", "3: нейтрально";
    SatHigh => "4: satisfied", "4: satisfecho", "4: доволен";
    SatVeryHigh => "5: very satisfied", "5: muy satisfecho", "5: очень доволен";
    // Status bar.
    MomentsCount => "moments", "momentos", "моментов";
    CriticalCount => "critical", "críticos", "критических";
    Zoom => "Zoom", "Zoom", "Масштаб";
    Untitled => "Untitled", "Sin título", "Без названия";
    Unsaved => "unsaved changes", "cambios sin guardar", "изменения не сохранены";
    Saved => "Saved", "Guardado", "Сохранено";
    Exported => "Exported", "Exportado", "Экспортировано:";
    // Dialogs.
    UnsavedTitle => "Save changes?", "¿Guardar los cambios?", "Сохранить изменения?";
    UnsavedBody => "This cycle has changes that are not saved. Save them first?", "Este ciclo tiene cambios sin guardar. ¿Guardarlos antes?", "В этом цикле есть несохранённые изменения. Сохранить их сначала?";
    Save => "Save", "Guardar", "Сохранить";
    DontSave => "Don't save", "No guardar", "Не сохранять";
    Cancel => "Cancel", "Cancelar", "Отмена";
    Ok => "OK", "Aceptar", "ОК";
    OpenFailed => "The file could not be opened", "No se pudo abrir el archivo", "Не удалось открыть файл";
    SaveFailed => "The cycle could not be saved", "No se pudo guardar el ciclo", "Не удалось сохранить цикл";
    SaveFailedHint => "Your changes are still here, unsaved. Try Save As… to pick another folder.", "Sus cambios siguen aquí, sin guardar. Pruebe Guardar como… para elegir otra carpeta.", "Ваши изменения никуда не делись, но не сохранены. Попробуйте «Сохранить как…» и выберите другую папку.";
    ExportFailed => "The picture could not be exported", "No se pudo exportar la imagen", "Не удалось экспортировать рисунок";
    RecoverTitle => "Restore unsaved work?", "¿Recuperar el trabajo sin guardar?", "Восстановить несохранённую работу?";
    RecoverBody => "Ciclo closed unexpectedly last time. A recovery copy of the unsaved cycle was kept.", "Ciclo se cerró inesperadamente la última vez. Se conservó una copia de recuperación del ciclo sin guardar.", "В прошлый раз Ciclo неожиданно закрылся. Осталась резервная копия несохранённого цикла.";
    Restore => "Restore", "Recuperar", "Восстановить";
    Discard => "Discard", "Descartar", "Не восстанавливать";
    ExportTitle => "Export picture", "Exportar imagen", "Экспорт рисунка";
    Format => "Format", "Formato", "Формат";
    Size => "Size", "Tamaño", "Размер";
    Square => "square", "cuadrado", "квадрат";
    Custom => "Custom", "Personalizado", "Свой размер";
    Pixels => "Width × height", "Ancho × alto", "Ширина × высота";
    Width => "Width in pixels", "Ancho en píxeles", "Ширина в пикселях";
    Height => "Height in pixels", "Alto en píxeles", "Высота в пикселях";
    Background => "Background", "Fondo", "Фон";
    White => "White", "Blanco", "Белый";
    Transparent => "Transparent", "Transparente", "Прозрачный";
    ExportButton => "Export…", "Exportar…", "Экспорт…";
    ExportHint => "The canvas shows the picture at this size: what you see is what you get.", "El lienzo muestra la imagen con este tamaño: lo que ve es lo que obtiene.", "Холст показывает рисунок именно в этом размере: что видите, то и получите.";
    SatisfactionCurve => "Satisfaction curve", "Curva de satisfacción", "Кривая удовлетворённости";
    TipSatisfactionCurve => "Draw each moment's satisfaction score as a curve inside the ring, to show where the experience dips.", "Dibuja la satisfacción de cada momento como una curva dentro del anillo, para ver dónde cae la experiencia.", "Нарисовать оценки удовлетворённости моментов кривой внутри кольца, чтобы было видно, где впечатление клиента проседает.";
    TipPng => "A bitmap image, ready for slides", "Una imagen de píxeles, lista para diapositivas", "Растровое изображение, готовое для слайдов";
    TipSvg => "A vector drawing with editable text", "Un dibujo vectorial con texto editable", "Векторный рисунок с редактируемым текстом";
    TextAsPaths => "Text as outlines", "Texto como contornos", "Текст в кривых";
    TipTextAsPaths => "SVG only: the text becomes shapes, so the picture looks the same on every computer, even one without Ciclo's font. Choose it for slides; the text can no longer be edited.", "Solo SVG: el texto se convierte en formas, así la imagen se ve igual en cualquier computador, aunque no tenga la fuente de Ciclo. Úselo para diapositivas; el texto ya no se podrá editar.", "Только для SVG: текст превращается в кривые, и рисунок выглядит одинаково на любом компьютере, даже без шрифта Ciclo. Подходит для слайдов; редактировать текст после этого будет нельзя.";
    // Explanations of the domain.
    TipMoment => "A moment of truth is any instant in which the customer meets the service (a person, a phone call, a web page, a sign) and judges its quality.", "Un momento de verdad es cualquier instante en que el cliente entra en contacto con el servicio (una persona, una llamada, una web, un letrero) y juzga su calidad.", "Момент истины — любое мгновение, когда клиент соприкасается с сервисом (сотрудник, телефонный звонок, сайт, вывеска) и составляет мнение о его качестве.";
    TipCycle => "The service cycle is the whole sequence of moments of truth a customer lives through to get the service, drawn clockwise on a clock face.", "El ciclo del servicio es la secuencia completa de momentos de verdad que vive un cliente para obtener el servicio, dibujada en sentido horario como un reloj.", "Цикл обслуживания — вся последовательность моментов истины, через которые проходит клиент, чтобы получить услугу; его рисуют по часовой стрелке, как циферблат.";
    TipName => "A short name for the moment, drawn beside its node.", "Un nombre corto del momento, que se dibuja junto a su nodo.", "Короткое название момента; оно пишется рядом с его точкой на кольце.";
    TipDescription => "What happens at this moment, seen from the customer's side.", "Qué ocurre en este momento, visto desde el lado del cliente.", "Что происходит в этот момент — глазами клиента.";
    TipChannel => "How the customer meets the service here: in person, by phone, on the web…", "Cómo entra el cliente en contacto con el servicio aquí: en persona, por teléfono, en la web…", "Как клиент соприкасается с сервисом в этот момент: лично, по телефону, через сайт…";
    TipExpectations => "What the customer hopes to get at this moment.", "Lo que el cliente espera recibir en este momento.", "Чего клиент ждёт в этот момент.";
    TipOwnExpectations => "Expectations in your own words, beyond the usual five.", "Expectativas con sus propias palabras, además de las cinco habituales.", "Ожидания своими словами, помимо пяти привычных.";
    TipCritical => "A critical moment of truth is one where the customer's needs are not met; the drawing marks it in red with a thicker outline.", "Un momento crítico de la verdad es aquel en que no se satisfacen las necesidades del cliente; el dibujo lo marca en rojo con un borde más grueso.", "Критический момент истины — тот, в котором потребности клиента не удовлетворены; на рисунке он выделен красным цветом и более толстым контуром.";
    TipCauses => "Why the customer leaves this moment dissatisfied.", "Por qué el cliente sale insatisfecho de este momento.", "Из-за чего клиент остаётся недоволен этим моментом.";
    TipSatisfaction => "How satisfied customers are with this moment, from 1 (very dissatisfied) to 5 (very satisfied), e.g. from a CSAT survey.", "Cuán satisfechos quedan los clientes con este momento, de 1 (muy insatisfecho) a 5 (muy satisfecho), p. ej. según una encuesta CSAT.", "Насколько клиенты довольны этим моментом: от 1 (совсем не довольны) до 5 (очень довольны), например по опросу CSAT.";
    TipClearSatisfaction => "Remove the score: not measured yet.", "Quita la puntuación: aún no se ha medido.", "Убрать оценку: момент ещё не измеряли.";
    TipStandard => "The measurable level of service agreed for this moment, e.g. “phone answered within 3 rings”.", "El nivel de servicio medible acordado para este momento, p. ej. «teléfono atendido antes del tercer timbre».", "Измеримый уровень обслуживания, согласованный для этого момента, например «трубку снимают не позже третьего гудка».";
    TipImprovement => "What will be done to make this moment better.", "Qué se hará para mejorar este momento.", "Что будет сделано, чтобы этот момент стал лучше.";
    TipOwner => "Who is responsible for the improvement.", "Quién es responsable de la mejora.", "Кто отвечает за улучшение.";
    TipNotes => "Anything else worth remembering about this moment.", "Cualquier otra cosa que convenga recordar de este momento.", "Всё остальное, что стоит помнить об этом моменте.";
    TipTitle => "The title drawn at the top of the picture.", "El título que se dibuja en la parte superior de la imagen.", "Заголовок, который пишется вверху рисунка.";
    TipOrganization => "The company or team whose service this is.", "La empresa o el equipo que presta este servicio.", "Компания или команда, которая оказывает эту услугу.";
    TipCycleDescription => "What this cycle covers and who built it.", "Qué abarca este ciclo y quién lo elaboró.", "Что охватывает этот цикл и кто его составил.";
    TipCustomer => "Who the customer is: the external customer who pays, or an internal colleague who receives your work.", "Quién es el cliente: el cliente externo que paga, o un colega interno que recibe su trabajo.", "Кто клиент: внешний, который платит, или внутренний — коллега, который получает результат вашей работы.";
    TipPromise => "What the organisation promises its customers; it should be measurable so you can check that it is kept.", "Lo que la organización promete a sus clientes; debe poder medirse para comprobar que se cumple.", "Что организация обещает своим клиентам; обещание должно быть измеримым, чтобы можно было проверить, выполняется ли оно.";
    TipPrimary => "The primary service package: what the customer actually comes for.", "El paquete de servicios primarios: aquello por lo que el cliente viene realmente.", "Пакет основных услуг: то, ради чего клиент на самом деле приходит.";
    TipSecondary => "The secondary service package: what comes with the main service (parking, wifi, coffee…).", "El paquete de servicios secundarios: lo que acompaña al servicio principal (parqueadero, wifi, café…).", "Пакет дополнительных услуг: то, что сопровождает основную услугу (парковка, Wi-Fi, кофе…).";
    TipEvaluation => "How the organisation listens to its customers to evaluate the service and plan improvements.", "Cómo escucha la organización a sus clientes para evaluar el servicio y planear mejoras.", "Как организация слушает своих клиентов, чтобы оценивать обслуживание и планировать улучшения.";
    TipPrinciples => "The principles of good customer service that this moment puts to the test.", "Los principios de un buen servicio al cliente que este momento pone a prueba.", "Принципы хорошего обслуживания клиентов, которые этот момент проверяет на деле.";
    TipEvaluationSection => "How this moment is going for the customer: whether it fails them, why, and how satisfied they are.", "Cómo le va al cliente en este momento: si le falla, por qué y cuán satisfecho queda.", "Каково клиенту в этот момент: подводит ли его сервис, почему и насколько он доволен.";
    TipImprovementSection => "The level of service agreed for this moment, and what will be done to reach it.", "El nivel de servicio acordado para este momento y lo que se hará para alcanzarlo.", "Уровень обслуживания, согласованный для этого момента, и что будет сделано, чтобы его достичь.";
    TipServices => "What the organisation offers: the core service the customer comes for, and what comes with it.", "Lo que ofrece la organización: el servicio central por el que viene el cliente y lo que lo acompaña.", "Что предлагает организация: основная услуга, ради которой приходит клиент, и то, что к ней прилагается.";
    TipDocumentLanguage => "The language of the labels the picture adds (Start, End, legend).", "El idioma de las etiquetas que añade la imagen (Inicio, Fin, leyenda).", "Язык надписей, которые добавляет рисунок (Начало, Конец, легенда).";
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
    AnScored => "scored", "puntuados", "с оценкой";
    AnNoScore => "no moment scored yet", "aún no hay momentos puntuados", "ни один момент ещё не оценён";
    AnMissingPlans => "Critical moments without a complete plan", "Momentos críticos sin un plan completo", "Критические моменты без полного плана";
    AnAllPlanned => "Every critical moment has an improvement action and an owner.", "Todos los momentos críticos tienen acción de mejora y responsable.", "У каждого критического момента есть мера по улучшению и ответственный.";
    AnNoImprovement => "no improvement action", "sin acción de mejora", "нет меры по улучшению";
    AnNoOwner => "no owner", "sin responsable", "нет ответственного";
    AnNeither => "no improvement action and no owner", "sin acción de mejora ni responsable", "нет ни меры по улучшению, ни ответственного";
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

    /// A count and its word, e.g. "5 moments" for [`T::MomentsCount`] or "2 critical" for
    /// [`T::CriticalCount`]; the table holds the plural. The word agrees with the number:
    /// "1 moment", "1 momento", "1 crítico"; in Russian "1 момент", "3 момента",
    /// "5 моментов" (the table holds the form for 5).
    pub fn count(self, n: usize, lang: Lang) -> String {
        let word = match (lang, self) {
            (Lang::Ru, T::MomentsCount) => russian_plural(n, "момент", "момента", "моментов"),
            (Lang::Ru, T::CriticalCount) => {
                russian_plural(n, "критический", "критических", "критических")
            }
            (Lang::En, T::MomentsCount) if n == 1 => "moment",
            (Lang::Es, T::MomentsCount) if n == 1 => "momento",
            (Lang::Es, T::CriticalCount) if n == 1 => "crítico",
            _ => self.get(lang),
        };
        format!("{n} {word}")
    }
}

#[cfg(test)]
mod tests;
