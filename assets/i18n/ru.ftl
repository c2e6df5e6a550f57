# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

## The participant page (web/): a workshop joined from a phone or laptop browser

page-join = Войти
page-change-name = Изменить имя
page-connection = Связь
page-offline = Сейчас нет связи. Ваши изменения сохранены на этом устройстве и будут отправлены, когда связь восстановится.
page-token-refused = Эта ссылка недействительна: код доступа неверный или устарел. Попросите у ведущего актуальный адрес или QR-код.
page-view-only = Вы можете следить за семинаром, но ведущий не разрешил редактировать из браузера.
page-picture = Цикл обслуживания, нарисованный ведущим. Список моментов ниже повторяет его текстом.
page-picture-loading = Рисунок загружается…
page-picture-failed = Не удалось загрузить рисунок. Пробуем ещё раз…
page-moments = Моменты истины
page-no-moments = В этом цикле пока нет моментов.
page-critical = Критический
page-satisfaction = Удовлетворённость: { $score } из 5
page-satisfaction-none = Оценки пока нет
page-close = Закрыть
page-add-after = Добавить момент после этого
page-moment-gone = Кто-то удалил этот момент.
page-photo-of = Фото { $number } к «{ $name }»
page-photo-uploading = Фото отправляется…
page-photo-sent = Фото добавлено. Через мгновение оно появится здесь.
page-photo-failed = Не удалось отправить фото: { $reason }
page-photo-unreadable = Этот файл не открывается как изображение. Выберите фото в формате JPEG, PNG или WebP.

language-name = Русский

## The drawing: markers, centre, legend

drawing-start = Начало
drawing-end = Конец
drawing-centre = Удовлетворённость клиента
drawing-moment = Момент истины
drawing-satisfaction = Удовлетворённость (1–5)
drawing-curve = Кривая удовлетворённости

## Channels: names and explanations

channel-InPerson = Лично
channel-InPerson-tip = Лицом к лицу, в помещении компании.
channel-Phone = Телефон
channel-Phone-tip = Телефонный звонок — от первого гудка до прощания.
channel-Web = Веб-сайт
channel-Web-tip = Веб-страницы организации.
channel-App = Мобильное приложение
channel-App-tip = Мобильное приложение организации.
channel-Email = Электронная почта
channel-Email-tip = Письмо, которое клиент отправляет или получает по электронной почте.
channel-Chat = Чат
channel-Chat-tip = Переписка в реальном времени.
channel-SocialMedia = Социальные сети
channel-SocialMedia-tip = Публикации, комментарии и сообщения в социальных сетях.
channel-Advertising = Реклама
channel-Advertising-tip = Реклама, которую клиент видит или слышит.
channel-PointOfSale = Точка продаж
channel-PointOfSale-tip = Прилавок, магазин или стойка, где клиент делает покупку.
channel-ProductUse = Использование продукта
channel-ProductUse-tip = Клиент пользуется тем, что купил.
channel-WordOfMouth = Рекомендация знакомых
channel-WordOfMouth-tip = Кто-то рассказывает клиенту о сервисе.
channel-Other = Другое
channel-Other-tip = Любая другая точка контакта.

## Expectations: names and explanations

expectation-Warmth = Человеческое тепло
expectation-Warmth-tip = Чтобы к нему отнеслись по-доброму — как к человеку, а не как к номеру в очереди.
expectation-Speed = Скорость и оперативность
expectation-Speed-tip = Чтобы обслужили быстро, без лишнего ожидания.
expectation-Information = Точная и своевременная информация
expectation-Information-tip = Получить точные сведения именно тогда, когда они нужны.
expectation-Guarantees = Гарантии и выполнение обещаний
expectation-Guarantees-tip = Чтобы обещанное было выполнено, а если что-то пошло не так — исправлено.
expectation-Advice = Консультация
expectation-Advice-tip = Чтобы помогли выбрать лучший для него вариант.

## Principles: names, badge letters and explanations

principle-Reliability = Надёжность
principle-Reliability-tip = Делать ровно то, о чём договорились, — профессионально и по понятным правилам.
principle-Reliability-badge = Н
principle-Credibility = Достоверность
principle-Credibility-tip = Выполнять требования и подтверждать это фактами.
principle-Credibility-badge = Д
principle-Attractiveness = Привлекательность
principle-Attractiveness-tip = Оформление, упаковка и цена, которые привлекают клиента.
principle-Attractiveness-badge = П
principle-Agility = Оперативность
principle-Agility-tip = Быстрые и точные ответы и сведения.
principle-Agility-badge = О
principle-Interest = Заинтересованность
principle-Interest-tip = Снимать сомнения клиента и решать его проблемы.
principle-Interest-badge = З
principle-Teamwork = Совместная работа с клиентом
principle-Teamwork-tip = Давать клиентам инструменты и свежие сведения, чтобы они могли сами решать свои проблемы.
principle-Teamwork-badge = К

## Causes: names and explanations

cause-Apathy = Апатия
cause-Apathy-tip = Сотрудникам всё равно, получил ли клиент помощь.
cause-BrushOff = Пренебрежение
cause-BrushOff-tip = Желание отделаться от клиента вместо того, чтобы помочь.
cause-Coldness = Холодность
cause-Coldness-tip = Отстранённое, недружелюбное обращение.
cause-Superiority = Высокомерие
cause-Superiority-tip = Разговор с клиентом свысока.
cause-Robotism = Роботизм
cause-Robotism-tip = Один и тот же заученный текст для всех, без внимания к человеку.
cause-Rulebook = Правила важнее клиента
cause-Rulebook-tip = Внутренние правила ставятся выше потребностей клиента.
cause-Evasion = Уклончивые ответы
cause-Evasion-tip = Уход от прямых ответов или отсылка клиента к кому-то другому.
cause-BrokenPromise = Невыполненное обещание
cause-BrokenPromise-tip = Что-то обещали, но не сделали.
cause-Misinformation = Неверная информация
cause-Misinformation-tip = Сведения неверные, неполные или противоречивые.
cause-LongWait = Долгое ожидание
cause-LongWait-tip = Ждать приходится дольше, чем клиент считает разумным.
cause-PoorCommunication = Недостаток общения
cause-PoorCommunication-tip = Клиенту не говорят, что происходит и что будет дальше.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = «Оцените наше обслуживание»
evaluation-RateOurService-tip = Короткая просьба к клиенту оценить обслуживание.
evaluation-SuggestionBox = Ящик для предложений
evaluation-SuggestionBox-tip = Ящик или форма, куда клиенты пишут идеи и замечания.
evaluation-ServiceLine = Линия обслуживания клиентов
evaluation-ServiceLine-tip = Отдельная телефонная линия для вопросов и жалоб клиентов.
evaluation-Email = Электронная почта
evaluation-Email-tip = Адрес, по которому клиенты пишут в организацию.
evaluation-ContactLink = Ссылка для связи
evaluation-ContactLink-tip = Форма или ссылка для связи на сайте.
evaluation-Pqr = Запросы, жалобы и претензии
evaluation-Pqr-tip = Официальный канал для запросов, жалоб и претензий.
evaluation-Survey = Опрос
evaluation-Survey-tip = Анкета о впечатлениях клиента.
evaluation-SocialMedia = Социальные сети
evaluation-SocialMedia-tip = Внимание к тому, что клиенты пишут в социальных сетях.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = это не текстовый файл; документ Ciclo — это текст в кодировке UTF-8 в формате RON
problem-empty = файл пуст; создайте цикл командой `ciclo new -o ФАЙЛ.ron`
problem-json = похоже, это JSON; документы Ciclo пишутся в формате RON и начинаются с `(` и `format: 1` (см. docs/FORMAT.md)
problem-unknown-field = неизвестное поле `{ $found }`{ $hint }; допустимые поля: { $valid }
problem-unknown-value = неизвестное значение `{ $found }`{ $hint }; допустимые значения: { $valid }
problem-did-you-mean = {" "}— может быть, `{ $name }`?
problem-missing-format = в начале документа не хватает `format: 1`
problem-missing-field = не хватает обязательного поля `{ $field }`
problem-duplicate-field = поле `{ $field }` указано дважды; оставьте одно
problem-wrong-type = ожидалось { $expected }, а указано { $found }
problem-expected = ожидается { $expected }
problem-unexpected-end = файл обрывается раньше времени; вероятно, не хватает закрывающего символа `)`, `]` или `"`
problem-trailing-text = после скобки `)`, которая закрывает документ, есть ещё текст; удалите его
problem-syntax = синтаксическая ошибка RON: { $detail }
problem-newer-format = у этого файла формат { $found }: его создала более новая версия Ciclo, а эта версия читает форматы с 1 по { $known }. Обновите Ciclo, чтобы открыть файл
problem-bad-format = формата `format: { $found }` не существует; укажите `format: 1` (2 или { $known } Ciclo пишет сам, когда циклу это нужно)
problem-duplicate-id = id { $id } уже занят другим моментом; у каждого момента должен быть свой id (или удалите `id`, и он будет назначен автоматически)
problem-satisfaction = оценка удовлетворённости { $score } вне допустимых пределов; укажите целое число от 1 до 5 или удалите поле
problem-target = цель { $score } вне допустимых пределов; укажите целое число от 1 до 5 (удовлетворённость, к которой ведёт улучшение) или удалите поле
problem-date = { $field } { $found } — несуществующая дата; запишите её как ГГГГ-ММ-ДД, например "2027-03-31", или удалите поле
problem-angle-range = угол { $angle } недопустим; укажите число градусов от 0 до 360 (не включая 360) или удалите `angle`, и момент займёт место на круге автоматически
problem-angle-order = угол { $angle } не больше угла предыдущего размещённого момента ({ $previous }); углы должны возрастать по ходу цикла — или удалите `angle`
problem-empty-name = у момента нет видимого названия (оно пустое или состоит только из пробелов и невидимых символов); укажите его
where-moment = момент { $number }
where-moment-named = момент { $number } «{ $name }»
where-field = поле `{ $field }`
expected-Id = целое положительное число (1, 2, 3…), не занятое другим моментом; или удалите `id`, и Ciclo назначит его сам
expected-StringEnd = закрывающая кавычка `"` в конце текста; одной кавычки не хватает
expected-String = текст в двойных кавычках, например "Добро пожаловать"
expected-Score = целое число от 1 до 5 (или удалите поле)
expected-Integer = целое число в допустимых пределах
expected-Float = число
expected-Boolean = `true` или `false`
expected-List = список в квадратных скобках, например [A, B]
expected-ListEnd = запятая или скобка `]`, закрывающая список
expected-StructStart = открывающая скобка `(`
expected-StructEnd = запятая или закрывающая скобка `)`
expected-Colon = двоеточие после имени поля
expected-Identifier = имя без кавычек, например `InPerson` или `Reliability`

## Reading a file

load-cannot-read = { $path }: не удаётся прочитать: { $error }
load-not-a-file = { $path }: это { $what }, а не файл; укажите путь к циклу .ron
load-too-large = { $path }: размер файла { $size } МиБ; Ciclo открывает документы размером до { $max } МиБ. Это точно нужный файл?
special-Directory = папка
special-Pipe = именованный канал
special-Device = устройство
special-Socket = сокет
special-Other = не обычный файл

## Saving and exporting

save-missing-folder = { $path }: не удаётся сохранить: папки { $folder } не существует. Сначала создайте её или выберите другую папку.
save-not-a-folder = { $path }: не удаётся сохранить: { $folder } — это файл, а не папка. Выберите другую папку.
save-exists = { $path } уже существует; выберите другое имя или добавьте --force, чтобы заменить его
save-broken-link = { $path } — ссылка на { $target }, которого не существует; выберите другое имя или добавьте --force, чтобы записать { $target }
save-is-the-input = { $path } — это входной файл; запись туда уничтожила бы его. Выберите другое имя для результата.
save-not-regular = { $path } — не обычный файл (это ссылка, папка или устройство), поэтому Ciclo туда писать не будет. Удалите или переместите его и попробуйте снова.
save-unencodable = { $path }: не удаётся сохранить: состояние мастерской не удалось записать ({ $error }). Ничего не заменено; изменения остаются в памяти до следующего сохранения.
save-io = { $path }: не удаётся сохранить: { $error }.{ $previous ->
        [unchanged] {" "}Прежний файл остался без изменений.
       *[new] {""}
    } Проверьте, что в папку можно писать и на диске есть место, или выберите другое место.
export-size = Рисунок размером { $width }×{ $height } пикселей сделать нельзя: ширина и высота должны быть от { $min } до { $max }. Выберите другой размер.
export-unknown-format = { $name }: непонятно, в каком формате записывать. Дайте файлу расширение .png, .svg, .csv или .xlsx.
export-render = Не удалось нарисовать рисунок ({ $detail }). Попробуйте размер поменьше или другой формат.
export-sheet = Не удалось создать таблицу ({ $detail }).
# The moments as a spreadsheet (ciclo export X.ron -o moments.csv|.xlsx): the worksheet, its header, and the critical column.
sheet-title = Моменты
sheet-number = №
sheet-name = Момент
sheet-channel = Канал
sheet-critical = Критический
sheet-satisfaction = Удовлетворённость
sheet-target = Цель
sheet-votes = Голоса
sheet-expectations = Ожидания
sheet-principles = Принципы
sheet-causes = Причины
sheet-improvement = Улучшение
sheet-owner = Ответственный
sheet-due = Срок
sheet-yes = Да
sheet-no = Нет

## The analysis (check --summary, the report, the window's Analysis)

moment = Момент
moments-of-truth = Моменты истины
critical-moments = Критические моменты
average-satisfaction = Средняя удовлетворённость
total = Итого
decimal-separator = ,
moments-count = { $count ->
        [one] { $count } момент
        [few] { $count } момента
       *[many] { $count } моментов
    }
critical-line = { $critical } из { $moments } ({ $percent }%)
average-line = { $average } из 5 ({ $scored } из { $moments } с оценкой)
average-none = ни один момент не оценён ({ $scored } из { $moments } с оценкой)
missing-Improvement = нет меры по улучшению
missing-Owner = нет ответственного
missing-Both = нет ни меры по улучшению, ни ответственного
expectation-Warmth-short = Тепло
expectation-Speed-short = Скорость
expectation-Information-short = Информация
expectation-Guarantees-short = Гарантии
expectation-Advice-short = Совет
analysis-principles = Принципы по моментам
analysis-expectations = Ожидания по моментам
analysis-causes = Причины неудовлетворённости по числу затронутых моментов
analysis-no-causes = Причины неудовлетворённости не указаны.
analysis-missing-plans = Критические моменты без плана
analysis-all-planned = У каждого критического момента есть мера по улучшению и ответственный.
analysis-no-critical = Ни один момент не отмечен как критический.
summary-no-moments = (нет моментов)
summary-critical-moment = критический момент

## A moment's card, the slides, the command line

critical-moment = Критический момент
card-kicker = Момент { $number } из { $count } · { $channel }
why = Почему
expectations = Ожидания
principles = Принципы
satisfaction = Удовлетворённость
not-scored = Нет оценки
standard = Стандарт
improvement = Улучшение
owner = Ответственный
slides-cycle = цикл
slides-moment = момент
cli-new-cycle-title = Новый цикл обслуживания
cli-no-display = Ciclo не удалось открыть окно: графический дисплей не ответил. Запустите программу из графического сеанса или работайте без окна: `ciclo export ФАЙЛ.ron -o ФАЙЛ.png` рисует цикл, `ciclo check ФАЙЛ.ron` проверяет его (см. `ciclo --help`).

## Командная строка: ошибки, предупреждения и строки состояния

cli-error = ошибка: { $message }
cli-warning = предупреждение: { $message }
cli-check-ok = { $file }: в порядке, { $moments ->
        [one] { $moments } момент
        [few] { $moments } момента
       *[many] { $moments } моментов
    }, критических: { $critical }
cli-names-dropped = у { $dropped } из { $moments ->
        [one] { $moments } момента
       *[other] { $moments } моментов
    } названия не поместились и пропущены (пронумерованные узлы нарисованы); экспортируйте картинку побольше с --width и --height, чтобы показать все названия
cli-slides-written = { $output }: { $count ->
        [one] { $count } слайд
        [few] { $count } слайда
       *[many] { $count } слайдов
    }
cli-no-help-topic = справки по теме `{ $topic }` нет; есть темы: { $topics }
cli-side-out-of-range = --{ $option } { $value } вне допустимого диапазона; укажите от { $min } до { $max } пикселей
cli-photo-unusable = { $file }: { $where }: { $problem }; на его слайдах будет заглушка
cli-no-template = шаблона `{ $name }` нет; есть шаблоны: { $names }
cli-template-broken = не удаётся прочитать шаблон { $name }: { $error }
cli-not-workshop-url = { $url } — не адрес совместной работы: он начинается с http://, https://, ws:// или wss://, например http://192.168.1.20:7420/cena?token=…
cli-no-window-build = этот ciclo собран без окна (функция cargo `window`); соберите его с функциями по умолчанию, чтобы работать в окне, или используйте команду вроде `ciclo export`

# `ciclo serve` and `ciclo sync`. $file is a path; $url a workshop address.
cli-serve-room-name = { $file }: комната называется по имени файла; дайте файлу имя в UTF-8
cli-serve-same-name = два файла называются { $name }; комнаты называются по именам файлов, поэтому переименуйте один из них
cli-serve-empty-token = --token пуст; уберите его, и будет выбран случайный
cli-serve-no-token = не удалось получить случайный токен ({ $error }); задайте его через --token
cli-serve-cannot-listen = не удаётся слушать { $address }; возможно, порт { $port } занят другой программой: выберите другой через --port
cli-serve-hosting = { $count ->
    [one] Открыта { $count } комната. Участники подключаются по адресу:
    [few] Открыто { $count } комнаты. Участники подключаются по адресам:
   *[other] Открыто { $count } комнат. Участники подключаются по адресам:
}
cli-serve-firewall = Если другие не могут подключиться, откройте TCP-порт { $port } в брандмауэре этого компьютера.
cli-serve-view-only = Браузеры могут только смотреть (--view-only).
cli-serve-scan = Телефоны и ноутбуки: отсканируйте код или откройте адрес в браузере.
cli-serve-stop-hint = Нажмите Ctrl+C, чтобы остановить; файлы записываются не позже чем через 2 с после каждого изменения и при остановке.
cli-serve-stopped = Остановлено; все комнаты сохранены.
cli-serve-not-saved = Остановлено, но комнату { $file } не удалось сохранить полностью (причина — в ошибке выше), поэтому последних изменений в файле может не быть. Исправьте это и снова запустите хост; файл состояния комнаты { $state } не удалён.
cli-serve-merged = { $file } изменили, пока хост не работал; эти правки добавлены к сохранённому состоянию мастерской.
cli-serve-state-unreadable = не удалось прочитать { $state } ({ $error }); комната начинается заново из { $file }, поэтому тем, кто в ней был, нужно выйти и подключиться снова.
cli-sync-cannot-read = { $file }: не удаётся прочитать
cli-sync-refused = мастерская не пустила: { $reason }
cli-sync-no-answer = { $url } не ответил за 20 с; проверьте адрес и что хост запущен
cli-sync-seeded = Комната была пуста: её заполнил { $file }.
cli-sync-follows = { $file } теперь следует за комнатой.
cli-sync-photo-fetched = Фото получено с хоста: { $file }
cli-sync-unrelated = В комнате другой цикл, не { $file }: ни одного его момента там нет. Проверьте имя комнаты в адресе; если всё же нужно заменить файл содержимым комнаты, добавьте --replace (копия файла будет сохранена).
cli-sync-backup = { $file } сейчас сильно изменится: прежнее содержимое сохранено в { $backup }.
cli-sync-keeping = { $file } синхронизируется с { $url }; Ctrl+C останавливает.
cli-sync-lost = Соединение потеряно; переподключаемся (ваши правки сохранены)…
cli-sync-connected = Снова на связи.
cli-sync-waiting = { $message }; ждём следующего сохранения
cli-sync-renumbered = Новый момент «{ $name }» стал моментом { $id } в мастерской (в файле он был { $old }).
io-NotFound = такого файла нет; проверьте имя и папку (`ciclo new -o ФАЙЛ.ron` создаёт цикл)
io-PermissionDenied = нет доступа; попросите права на файл или скопируйте его в свою папку

## The window

menu-file = Файл
menu-edit = Правка
menu-view = Вид
menu-language = Язык
menu-help = Справка
shortcuts = Сочетания клавиш
about = О программе Ciclo
about-body = Ciclo рисует циклы обслуживания: моменты истины, через которые проходит клиент, в виде циферблата, с выделенными критическими моментами. Постройте цикл мышью и клавиатурой, разберите каждый момент в панели свойств справа и экспортируйте рисунок для своих слайдов.
mouse-help = Мышь: перетащите момент по кольцу, чтобы переместить его; двойной щелчок по кольцу добавляет момент в этом месте; перетаскивание пустого места или средняя кнопка сдвигают вид; Ctrl+колёсико меняет масштаб.
close = Закрыть
cmd-new = Создать
cmd-open = Открыть…
cmd-save = Сохранить
cmd-save-as = Сохранить как…
cmd-export = Экспорт…
cmd-quit = Выход
cmd-undo = Отменить
cmd-redo = Повторить
cmd-add = Добавить момент
cmd-insert-after = Вставить после выбранного
cmd-delete = Удалить момент
cmd-distribute = Расставить равномерно
cmd-next = Выбрать следующий
cmd-previous = Выбрать предыдущий
cmd-earlier = Сдвинуть раньше
cmd-later = Сдвинуть позже
cmd-zoom-in = Увеличить
cmd-zoom-out = Уменьшить
cmd-zoom-fit = Показать целиком
cmd-select-none = Снять выделение
cmd-canvas-only = Только холст
tip-canvas-only = Скрыть список моментов и панель свойств, чтобы цикл занял всё окно; повторное нажатие вернёт их
a11y-moment = Момент { $number } из { $count }
a11y-critical = критический
a11y-satisfaction = удовлетворённость { $score } из 5
show-list = Список моментов
show-inspector = Панель свойств
dropped-labels = Не показано названий
tip-dropped-labels = На рисунке не хватает места для всех названий. Увеличьте его (Экспорт), сократите названия или разделите цикл.
new-from-template = Создать из шаблона
recent-files = Недавние файлы
no-recent = Недавних файлов нет
theme = Тема
light = Светлая
dark = Тёмная
tip-add = Добавить новый момент истины в конец цикла
tip-insert-after = Вставить новый момент сразу после выбранного (Insert)
tip-delete = Удалить выбранный момент (Delete); «Отменить» вернёт его
tip-distribute = Забыть положения, заданные вручную, и расставить моменты по кольцу через равные промежутки
tip-zoom-fit = Показать весь рисунок (Ctrl+0)
tip-export = Сохранить рисунок для слайдов в формате PNG или SVG
step-cycle = данные цикла
step-rename = переименование
step-moment = данные момента
step-critical = отметка критического момента
step-satisfaction = оценка удовлетворённости
step-add = добавление момента
step-delete = удаление момента
step-reorder = изменение порядка
step-move = перемещение по кольцу
step-distribute = равномерная расстановка
add = Добавить
delete = Удалить
up = Выше
mark-critical = Отметить как критический
unmark-critical = Не критический
insert-short = Вставить после
down = Ниже
no-moments = Моментов пока нет. Добавьте первый или дважды щёлкните по кольцу.
canvas = Холст цикла обслуживания
empty-hint = Чтобы начать, дважды щёлкните по кольцу или нажмите «Добавить момент»
drag-hint = Перетащите вдоль кольца, чтобы переместить
name = Название
description = Описание
channel = Канал
expectations-2 = Ожидания клиента
own-expectations = Другие ожидания
principles-2 = Принципы хорошего обслуживания
evaluation = Оценка
critical-moment-2 = Критический момент истины
causes = Что вызывает неудовлетворённость
satisfaction-2 = Удовлетворённость клиента (1–5)
clear = Сбросить
improvement-2 = Стандарт и улучшение
standard-2 = Стандарт обслуживания
improvement-action = Мера по улучшению
notes = Заметки
service-cycle = Цикл обслуживания
nothing-selected = Момент не выбран: здесь данные всего цикла.
title = Заголовок
organization = Организация
customer = Клиент
promise = Сервисное обещание
services = Пакеты услуг
primary-services = Основные услуги
secondary-services = Дополнительные услуги
evaluation-mechanisms = Способы оценки обслуживания
document-language = Язык документа
add-item = + Добавить
remove-item = Удалить этот пункт
new-item = Новый пункт
sat-very-low = 1: совсем не доволен
sat-low = 2: не доволен
sat-mid = 3: нейтрально
sat-high = 4: доволен
sat-very-high = 5: очень доволен
zoom = Масштаб
untitled = Без названия
unsaved = изменения не сохранены
saved = Сохранено
exported = Экспортировано:
unsaved-title = Сохранить изменения?
unsaved-body = В этом цикле есть несохранённые изменения. Сохранить их сначала?
dont-save = Не сохранять
cancel = Отмена
ok = ОК
open-failed = Не удалось открыть файл
save-failed = Не удалось сохранить цикл
save-failed-hint = Ваши изменения никуда не делись, но не сохранены. Попробуйте «Сохранить как…» и выберите другую папку.
export-failed = Не удалось экспортировать рисунок
recover-title = Восстановить несохранённую работу?
recover-body = В прошлый раз Ciclo неожиданно закрылся. Осталась резервная копия несохранённого цикла.
restore = Восстановить
discard = Не восстанавливать
export-title = Экспорт рисунка
format = Формат
size = Размер
square = квадрат
custom = Свой размер
pixels = Ширина × высота
width = Ширина в пикселях
height = Высота в пикселях
background = Фон
white = Белый
transparent = Прозрачный
export-hint = Холст показывает рисунок именно в этом размере: что видите, то и получите.
tip-satisfaction-curve = Нарисовать оценки удовлетворённости моментов кривой внутри кольца, чтобы было видно, где впечатление клиента проседает.
tip-png = Растровое изображение, готовое для слайдов
tip-svg = Векторный рисунок с редактируемым текстом
tip-csv = Моменты в виде таблицы с разделителями-запятыми, по строке на каждый
tip-xlsx = Моменты в виде книги Excel, по строке на каждый
text-as-paths = Текст в кривых
tip-text-as-paths = Только для SVG: текст превращается в кривые, и рисунок выглядит одинаково на любом компьютере, даже без шрифта Ciclo. Подходит для слайдов; редактировать текст после этого будет нельзя.
tip-moment = Момент истины — любое мгновение, когда клиент соприкасается с сервисом (сотрудник, телефонный звонок, сайт, вывеска) и составляет мнение о его качестве.
tip-cycle = Цикл обслуживания — вся последовательность моментов истины, через которые проходит клиент, чтобы получить услугу; его рисуют по часовой стрелке, как циферблат.
tip-name = Короткое название момента; оно пишется рядом с его точкой на кольце.
tip-description = Что происходит в этот момент — глазами клиента.
tip-channel = Как клиент соприкасается с сервисом в этот момент: лично, по телефону, через сайт…
tip-expectations = Чего клиент ждёт в этот момент.
tip-own-expectations = Ожидания своими словами, помимо пяти привычных.
tip-critical = Критический момент истины — тот, в котором потребности клиента не удовлетворены; на рисунке он выделен красным цветом и более толстым контуром.
tip-causes = Из-за чего клиент остаётся недоволен этим моментом.
tip-satisfaction = Насколько клиенты довольны этим моментом: от 1 (совсем не довольны) до 5 (очень довольны), например по опросу CSAT.
tip-clear-satisfaction = Убрать оценку: момент ещё не измеряли.
tip-standard = Измеримый уровень обслуживания, согласованный для этого момента, например «трубку снимают не позже третьего гудка».
tip-improvement = Что будет сделано, чтобы этот момент стал лучше.
tip-owner = Кто отвечает за улучшение.
tip-notes = Всё остальное, что стоит помнить об этом моменте.
tip-title = Заголовок, который пишется вверху рисунка.
tip-organization = Компания или команда, которая оказывает эту услугу.
tip-cycle-description = Что охватывает этот цикл и кто его составил.
tip-customer = Кто клиент: внешний, который платит, или внутренний — коллега, который получает результат вашей работы.
tip-promise = Что организация обещает своим клиентам; обещание должно быть измеримым, чтобы можно было проверить, выполняется ли оно.
tip-primary = Пакет основных услуг: то, ради чего клиент на самом деле приходит.
tip-secondary = Пакет дополнительных услуг: то, что сопровождает основную услугу (парковка, Wi-Fi, кофе…).
tip-evaluation = Как организация слушает своих клиентов, чтобы оценивать обслуживание и планировать улучшения.
tip-principles = Принципы хорошего обслуживания клиентов, которые этот момент проверяет на деле.
tip-evaluation-section = Каково клиенту в этот момент: подводит ли его сервис, почему и насколько он доволен.
tip-improvement-section = Уровень обслуживания, согласованный для этого момента, и что будет сделано, чтобы его достичь.
tip-services = Что предлагает организация: основная услуга, ради которой приходит клиент, и то, что к ней прилагается.
tip-document-language = Язык надписей, которые добавляет рисунок (Начало, Конец, легенда).
cmd-present = Презентация
tip-present = Показать цикл на весь экран, по одному моменту, для группы
cmd-analysis = Анализ
tip-analysis = Количество, удовлетворённость, принципы и ожидания по моментам, причины неудовлетворённости и критические моменты без плана
cmd-new-from-template = Создать из шаблона…
tip-new-from-template = Начать с одного из примеров циклов
cmd-export-report = Экспорт отчёта…
tip-export-report = Записать отчёт семинара (HTML или Markdown): рисунок, все моменты, анализ и план улучшений
cmd-export-slides = Экспорт слайдов…
tip-export-slides = Записать слайд со всем циклом и по слайду на каждый момент, в виде PNG 1920×1080 в папку
present-hint = Стрелка вправо или Пробел: далее  ·  Стрелка влево: назад  ·  Esc: выход
present-exit = Выйти из презентации (Esc)
present-cycle = Весь цикл
analysis-title = Анализ цикла
an-empty = Добавьте моменты истины, чтобы увидеть анализ.
scored-line = ({ $scored } из { $moments } с оценкой)
an-no-score = ни один момент ещё не оценён
an-missing-plans = Критические моменты без полного плана
an-click-to-select = Нажмите, чтобы выбрать этот момент в редакторе
an-causes = Причины неудовлетворённости по числу моментов
an-no-causes = Причины неудовлетворённости пока не указаны.
an-principles = Моменты × принципы хорошего обслуживания
an-expectations = Моменты × ожидания клиента
gallery-hint = Каждый шаблон — реалистичный цикл для доработки. Он откроется как новый, ещё не сохранённый цикл.
report-written = Отчёт записан:
report-failed = Не удалось записать отчёт
slides-written = Слайдов записано:
slides-failed = Не удалось записать слайды
critical-count = { $count ->
        [one] { $count } критический
       *[other] { $count } критических
    }

## File dialogs, new moments

dialogs-open-service-cycle = Открыть цикл обслуживания
dialogs-save-service-cycle = Сохранить цикл обслуживания
dialogs-export-report = Экспорт отчёта
dialogs-slides-folder = Выберите папку для слайдов


default-moment-name = Момент { $number }

## The window: commands, palette, themes

cmd-open-recent = Открыть недавний файл
cmd-rename = Переименовать момент
tip-rename = Перейти к названию выбранного момента (F2)
cmd-palette = Палитра команд…
tip-palette = Найти любую команду по части названия (Ctrl+Shift+P)
palette-hint = Начните вводить название команды
palette-nothing = Нет команды с таким названием
cmd-dismiss = Закрыть или снять выделение
tip-dismiss = Закрыть верхнее окно или диалог; если их нет, снять выделение (Esc)
high-contrast = Высокая контрастность

## The workshop report

report-about = О цикле
report-picture = Схема цикла
report-own-words = словами клиента
report-critical = Критический
report-yes = да
report-no = нет
report-causes = Причины неудовлетворённости
report-not-scored = нет оценки
report-plan = План улучшений
report-plan-order = Сначала критические моменты (отмечены !), затем остальные; в каждой группе — по порядку цикла.
report-no-plan = Ни для одного момента пока не намечена мера по улучшению.
report-action = Мера
report-count = Моменты
report-cause = Причина
report-unknown-format = не удаётся понять, в каком формате писать отчёт { $path }; дайте файлу расширение .md или .html
report-picture-failed = не удалось нарисовать схему цикла для отчёта: { $error }

## Совместная работа
menu-workshop = Совместная работа
cmd-host-workshop = Начать совместную работу
tip-host-workshop = Коллеги в этой сети смогут редактировать цикл вместе с вами, в реальном времени, из своего Ciclo
cmd-join-workshop = Присоединиться…
tip-join-workshop = Редактировать цикл, который открыл другой участник, вместе со всеми
cmd-leave-workshop = Выйти из совместной работы
tip-leave-workshop = Закончить совместное редактирование; цикл останется открытым здесь как несохранённый документ
ws-live = В сети
ws-people = { $count ->
        [one] { $count } участник
        [few] { $count } участника
       *[many] { $count } участников
    }
ws-connected = подключено
ws-connecting = подключение
ws-reconnecting = переподключение
ws-refused = отказано
ws-host-failed = Не удалось начать совместную работу
ws-join-failed = Не удалось присоединиться
ws-name-title = Ваше имя
ws-name-hint = Другие участники увидят его рядом с тем, что вы выделили; цвет выбирается по имени.
ws-join-title = Присоединиться к совместной работе
ws-join-hint = Вставьте адрес, который показывает организатор (начинается с http:// или ws://):
ws-join = Присоединиться
ws-panel-title = Присоединяйтесь
ws-panel-hint = Телефоны и ноутбуки: отсканируйте код или введите адрес в браузере. Окна Ciclo: «Совместная работа > Присоединиться…» и вставьте адрес.
ws-copy = Копировать адрес
ws-token = Ключ
ws-firewall = Если никто не может подключиться, разрешите Ciclo (TCP-порт { $port }) в брандмауэре этого компьютера.
ws-browsers-edit-tip = Снимите флажок, чтобы телефоны и браузеры могли только смотреть цикл; окна Ciclo по-прежнему могут редактировать.
ws-browsers-edit = Участники из браузера могут редактировать
ws-qr-label = QR-код адреса для входа: наведите на него камеру телефона
ws-participants = Участники
ws-you = вы
ws-show-panel = Показать адрес для подключения
ws-on-moment = { $name } выбирает этот момент
## Photos and decks

step-photos = фотографии
photos-heading = Фотографии
photo-add = Добавить фото…
photo-add-tip = Добавить фотографии этого момента (JPEG, PNG или WebP); их можно и перетащить на момент или сюда
photo-caption = Подпись
photo-earlier = Переместить фото выше
photo-later = Переместить фото ниже
photo-remove-tip = Убрать фото из момента (файл останется на месте)
photo-remove = Убрать
photo-loading = загрузка…
photo-filter = Изображения
photo-word = Фото
cmd-export-pdf = Экспорт презентации PDF…
cmd-export-pdf-tip = Записать все слайды в один PDF с настоящим текстом и фотографиями, готовый к отправке по почте
cmd-export-pptx = Экспорт презентации PowerPoint…
cmd-export-pptx-tip = Записать все слайды в один файл PowerPoint (.pptx) с заголовками и заметками докладчика
deck-written = Презентация записана:
deck-dialog-title = Экспорт презентации
photo-not-found = фото не найдено
photo-unreadable = не удаётся прочитать фото
photo-not-a-file = это не файл
photo-too-large = { $mp } Мпикс, больше предела в { $max }; сохраните уменьшенную копию
photo-broken = это не изображение JPEG, PNG или WebP
photo-not-loaded = фото не загружено
exporting = Запись { $path }… { $seconds } с
exporting-then-closing = Запись { $path }… { $seconds } с. Ciclo закроется, как только запись завершится.
export-stopped = Экспорт прервался, не завершившись; попробуйте ещё раз.

## Справка командной строки (`ciclo --help`, `ciclo COMMAND --help`) и ошибки в вызове команд.
## help-COMMAND — краткое описание команды; help-COMMAND-ARG — текст аргумента или параметра;
## help-any-ARG подходит для всех команд, у которых есть ARG.
help-ciclo = Ciclo: составляйте циклы обслуживания — схемы в виде циферблата с моментами истины, через которые проходит клиент.
help-ciclo-long = Ciclo: составляйте циклы обслуживания — схемы в виде циферблата с моментами истины, через которые проходит клиент.

    Без команды (или с файлом .ron) открывает окно редактора.

    Ciclo говорит на языке системы, если знает его (английский, испанский, русский, португальский); другой язык можно выбрать через CICLO_LANG=es (или en, ru, pt).
help-ciclo-file = Цикл, который нужно открыть в окне.
help-export = Нарисовать цикл в виде рисунка PNG или SVG или записать его моменты в таблицу CSV или XLSX.
help-export-output = Файл для записи: .png или .svg (рисунок), .csv или .xlsx (строка на каждый момент).
help-export-background = white (по умолчанию), transparent или цвет в виде #rrggbb.
help-any-satisfaction_curve = Нарисовать кривую удовлетворённости внутри кольца.
help-export-text_as_paths = Только для SVG: записать текст в кривых, чтобы файл на любом компьютере выглядел в точности как PNG (для слайдов); редактировать текст после этого будет нельзя.
help-check = Проверить циклы: по строке на файл; код выхода 1, если хотя бы один из них содержит ошибки.
help-check-files = Циклы (.ron).
help-check-summary = Также вывести анализ каждого корректного цикла: долю критических моментов, среднюю удовлетворённость, принципы и ожидания по моментам, причины неудовлетворённости и критические моменты без плана.
help-report = Записать отчёт мастерской: сведения о цикле, схему, все моменты, анализ и план улучшений — в Markdown (рисунок PNG кладётся рядом) или одним самодостаточным файлом HTML.
help-report-output = Файл отчёта: .md или .html.
help-new = Создать новый цикл — пустой или из шаблона.
help-new-output = Создаваемый файл.
help-new-template = Шаблон (см. `ciclo templates`).
help-new-lang = Язык нового цикла: en, es, ru или pt (по умолчанию — язык Ciclo: из CICLO_LANG или системный).
help-new-force = Заменить файл, если он уже существует.
help-templates = Показать список шаблонов.
help-help = Объяснить команду (`ciclo help export`) или формат файла цикла (`ciclo help format`).
help-help-topic = Команда или `format`.
help-serve = Провести мастерскую в реальном времени: для каждого цикла открывается комната, к которой участники в той же сети подключаются из своего Ciclo (или любого клиента Yjs); каждый файл записывается по мере изменений.
help-serve-files = Циклы (.ron); каждая комната называется по имени своего файла.
help-serve-port = TCP-порт, на котором принимать подключения (по умолчанию 7420).
help-serve-bind = Адрес, на котором принимать подключения (по умолчанию — все адреса этого компьютера: 0.0.0.0).
help-serve-token = Токен, который должны указать участники (по умолчанию — 10 случайных букв и цифр, которые легко прочитать с проектора).
help-serve-view_only = Браузеры могут только смотреть: тот, кто вошёл со страницы участника, видит цикл вживую, но не может его менять. Окна Ciclo по-прежнему могут редактировать.
help-sync = Синхронизировать файл цикла с комнатой мастерской в обе стороны, без окна: изменения в комнате записываются в файл, а правки, сохранённые в файле, попадают в комнату.
help-sync-url = Адрес комнаты в том виде, в каком его показывает хост: http://HOST:PORT/ROOM?token=… (подходят и ws://, wss://, https://).
help-sync-file = Цикл (.ron); если комната пуста, он её заполнит.
help-sync-ca = Для wss://: дополнительно доверять центрам сертификации из этого файла PEM (если у сервера сертификат частного ЦС). Файлу из SSL_CERT_FILE, если переменная задана, Ciclo тоже доверяет.
help-sync-replace = Принять комнату, даже если в ней другой цикл, чем в файле (файл сохраняется как ФАЙЛ.bak).
help-join = Открыть окно, подключённое к мастерской в реальном времени (как «Совместная работа ▸ Присоединиться…»).
help-join-url = Адрес комнаты в том виде, в каком его показывает организатор: http://HOST:PORT/ROOM?token=… (подходят и ws://, wss://, https://).
help-slides = Записать слайды презентации: сначала цикл, затем по слайду на каждый момент — в виде презентации PDF (-o deck.pdf), презентации PowerPoint (-o deck.pptx) или папки с PNG (-o folder).
help-slides-output = Презентация для записи: файл .pdf или .pptx либо папка для PNG (создаётся, если её нет).
help-any-file = Цикл (.ron).
help-any-width = Ширина в пикселях (по умолчанию 1920).
help-any-height = Высота в пикселях (по умолчанию 1080).
help-any-help = Показать эту справку.
help-any-version = Показать версию Ciclo.
help-usage = Использование:
help-arguments = Аргументы:
help-options = Параметры:
help-commands = Команды:
cli-usage-unknown-argument = у этой команды нет параметра { $arg }
cli-usage-did-you-mean = может быть, { $suggestion }?
cli-usage-unknown-command = команды `{ $name }` нет
cli-usage-invalid-value = { $arg } не принимает значение { $value }; допустимые значения: { $valid }
cli-usage-bad-value = { $value } — недопустимое значение для { $arg }
cli-usage-bad-background = { $value } не подходит как фон для { $arg }: укажите white, transparent или цвет в виде #rrggbb (шесть шестнадцатеричных цифр, например #f0f0f0)
cli-usage-not-a-number = { $value } не подходит для { $arg }: нужно целое число
cli-usage-missing = для этой команды нужно указать { $args }
cli-usage-conflict = { $arg } нельзя указывать вместе с { $other }
cli-usage-other = не удаётся разобрать командную строку: { $detail }
cli-usage-more = Чтобы узнать, что принимает команда: { $command } --help
# The inspector: the improvement plan's target and due date, the cover's authors and date.
inspector-target = Целевая удовлетворённость
tip-target = Удовлетворённость, к которой ведёт улучшение, от 1 до 5 (желаемая оценка).
tip-clear-target = Убрать цель.
inspector-due = Срок
tip-due = Когда улучшение должно быть готово, в виде ГГГГ-ММ-ДД.
inspector-authors = Авторы
tip-authors = Кто составил этот цикл, для титульного слайда.
inspector-date = Дата
tip-cycle-date = Дата на титульном слайде, в виде ГГГГ-ММ-ДД.
inspector-date-hint = ГГГГ-ММ-ДД
inspector-not-a-date = Такой даты нет, поэтому она не сохраняется: запишите её как ГГГГ-ММ-ДД, например 2027-03-31.
