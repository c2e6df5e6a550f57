# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

## The participant page (web/): a workshop joined from a phone or laptop browser

page-join = Entrar
page-change-name = Cambiar mi nombre
page-connection = Conexión
page-offline = Sin conexión por ahora. Sus cambios quedan guardados en este dispositivo y se enviarán cuando vuelva la conexión.
page-token-refused = Este enlace no es válido: su código de acceso es incorrecto o ya cambió. Pida al anfitrión la dirección o el código QR actual.
page-view-only = Puede seguir el taller, pero el anfitrión no permite editar desde el navegador.
page-picture = El ciclo del servicio, dibujado por el anfitrión. La lista de momentos lo repite en texto.
page-picture-loading = Cargando el dibujo…
page-picture-failed = No se pudo cargar el dibujo. Intentando de nuevo…
page-moments = Momentos de verdad
page-no-moments = Este ciclo todavía no tiene momentos.
page-critical = Crítico
page-satisfaction = Satisfacción { $score } de 5
page-satisfaction-none = Sin calificar todavía
page-close = Cerrar
page-add-after = Añadir un momento después de este
page-moment-gone = Alguien eliminó este momento.
page-photo-of = Foto { $number } de «{ $name }»
page-photo-uploading = Enviando la foto…
page-photo-sent = Foto añadida. Aparecerá aquí en un momento.
page-photo-failed = No se pudo enviar la foto: { $reason }
page-photo-unreadable = Este archivo no se puede abrir como imagen. Elija una foto JPEG, PNG o WebP.

language-name = Español

## The drawing: markers, centre, legend

drawing-start = Inicio
drawing-end = Fin
drawing-centre = Satisfacción del cliente
drawing-moment = Momento de verdad
drawing-satisfaction = Satisfacción (1–5)
drawing-curve = Curva de satisfacción

## Channels: names and explanations

channel-InPerson = En persona
channel-InPerson-tip = Cara a cara, en las instalaciones.
channel-Phone = Teléfono
channel-Phone-tip = Una llamada, desde el primer timbre hasta la despedida.
channel-Web = Página web
channel-Web-tip = Las páginas web de la organización.
channel-App = Aplicación móvil
channel-App-tip = La aplicación móvil de la organización.
channel-Email = Correo electrónico
channel-Email-tip = Un mensaje que el cliente envía o recibe por correo.
channel-Chat = Chat
channel-Chat-tip = Una conversación escrita en tiempo real.
channel-SocialMedia = Redes sociales
channel-SocialMedia-tip = Publicaciones, comentarios y mensajes en redes sociales.
channel-Advertising = Publicidad
channel-Advertising-tip = Un anuncio que el cliente ve u oye.
channel-PointOfSale = Punto de venta
channel-PointOfSale-tip = El mostrador, la tienda o el puesto donde el cliente compra.
channel-ProductUse = Uso del producto
channel-ProductUse-tip = El cliente usando lo que compró.
channel-WordOfMouth = Recomendación boca a boca
channel-WordOfMouth-tip = Alguien le habla al cliente del servicio.
channel-Other = Otro
channel-Other-tip = Cualquier otro punto de contacto.

## Expectations: names and explanations

expectation-Warmth = Calor humano
expectation-Warmth-tip = Ser tratado con amabilidad, como persona y no como un número.
expectation-Speed = Agilidad y rapidez
expectation-Speed-tip = Ser atendido con rapidez, sin esperas innecesarias.
expectation-Information = Información correcta y oportuna
expectation-Information-tip = Recibir información exacta cuando se necesita.
expectation-Guarantees = Garantías y cumplimiento
expectation-Guarantees-tip = Que se cumpla lo prometido y se responda si falla.
expectation-Advice = Asesoría
expectation-Advice-tip = Ser orientado hacia la mejor opción para él.

## Principles: names, badge letters and explanations

principle-Reliability = Confiabilidad
principle-Reliability-tip = Entregar exactamente lo acordado, con profesionalismo y procedimientos claros.
principle-Reliability-badge = F
principle-Credibility = Credibilidad
principle-Credibility-tip = Cumplir los requisitos y demostrarlo con hechos.
principle-Credibility-badge = C
principle-Attractiveness = Atractivo
principle-Attractiveness-tip = Presentación, empaque y precio que atraen al cliente.
principle-Attractiveness-badge = A
principle-Agility = Agilidad
principle-Agility-tip = Respuestas e información rápidas y exactas.
principle-Agility-badge = G
principle-Interest = Interés
principle-Interest-tip = Aclarar las dudas y resolver los problemas del cliente.
principle-Interest-badge = I
principle-Teamwork = Trabajo en equipo con el cliente
principle-Teamwork-tip = Dar al cliente las herramientas y novedades para resolver sus problemas por sí mismo.
principle-Teamwork-badge = E

## Causes: names and explanations

cause-Apathy = Apatía
cause-Apathy-tip = Personal al que no le importa si el cliente queda atendido.
cause-BrushOff = Desaire
cause-BrushOff-tip = Quitarse al cliente de encima en lugar de ayudarle.
cause-Coldness = Frialdad
cause-Coldness-tip = Un trato distante y poco amable.
cause-Superiority = Aire de superioridad
cause-Superiority-tip = Tratar al cliente con aires de superioridad.
cause-Robotism = Robotismo
cause-Robotism-tip = El mismo guion para todos, sin atender a la persona.
cause-Rulebook = Reglamento por delante
cause-Rulebook-tip = Anteponer las normas internas a la necesidad del cliente.
cause-Evasion = Evasivas
cause-Evasion-tip = Evitar respuestas claras o mandar al cliente a otra parte.
cause-BrokenPromise = Promesa no cumplida
cause-BrokenPromise-tip = Algo prometido que no se cumplió.
cause-Misinformation = Desinformación
cause-Misinformation-tip = Información errónea, incompleta o contradictoria.
cause-LongWait = Larga espera
cause-LongWait-tip = Esperar más de lo que el cliente considera razonable.
cause-PoorCommunication = Falta de comunicación
cause-PoorCommunication-tip = No se le dice al cliente qué pasa ni qué viene después.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = “Califique nuestro servicio”
evaluation-RateOurService-tip = Una invitación breve a que el cliente puntúe el servicio.
evaluation-SuggestionBox = Buzón de sugerencias
evaluation-SuggestionBox-tip = Un buzón o formulario donde los clientes dejan ideas y observaciones.
evaluation-ServiceLine = Línea de atención al cliente
evaluation-ServiceLine-tip = Una línea telefónica dedicada a consultas y quejas.
evaluation-Email = Correo electrónico
evaluation-Email-tip = Una dirección a la que los clientes escriben a la organización.
evaluation-ContactLink = Enlace de contacto
evaluation-ContactLink-tip = Un formulario o enlace de contacto en la web.
evaluation-Pqr = Peticiones, quejas y reclamos (PQR)
evaluation-Pqr-tip = Un canal formal de peticiones, quejas y reclamos.
evaluation-Survey = Encuesta
evaluation-Survey-tip = Un cuestionario sobre la experiencia del cliente.
evaluation-SocialMedia = Redes sociales
evaluation-SocialMedia-tip = Escuchar lo que dicen los clientes en las redes sociales.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = no es un archivo de texto; un documento de Ciclo es texto UTF-8 en formato RON
problem-empty = el archivo está vacío; cree un ciclo con `ciclo new -o ARCHIVO.ron`
problem-json = parece JSON; los documentos de Ciclo son RON, empiezan con `(` y `format: 1` (vea docs/FORMAT.md)
problem-unknown-field = campo desconocido `{ $found }`{ $hint }; los campos válidos son { $valid }
problem-unknown-value = valor desconocido `{ $found }`{ $hint }; los valores válidos son { $valid }
problem-did-you-mean = {" "}— ¿quiso decir `{ $name }`?
problem-missing-format = falta `format: 1` al comienzo del documento
problem-missing-field = falta el campo obligatorio `{ $field }`
problem-duplicate-field = el campo `{ $field }` aparece dos veces; deje uno
problem-wrong-type = se esperaba { $expected }, pero hay { $found }
problem-expected = se esperaba { $expected }
problem-unexpected-end = el archivo termina antes de tiempo; probablemente falta un `)`, `]` o `"` de cierre
problem-trailing-text = hay texto después del `)` que cierra el documento; bórrelo
problem-syntax = error de sintaxis RON: { $detail }
problem-newer-format = este archivo es de formato { $found }, creado por una versión más nueva de Ciclo; esta versión lee los formatos 1 a { $known }. Actualice Ciclo para abrirlo
problem-bad-format = `format: { $found }` no existe; use `format: 1` (Ciclo escribe 2 o { $known } por sí mismo cuando un ciclo los necesita)
problem-duplicate-id = el id { $id } ya lo usa otro momento; cada momento necesita un id propio (o quite `id` y se asignará uno)
problem-satisfaction = la satisfacción { $score } está fuera de rango; use un entero de 1 a 5, o quite el campo
problem-target = la meta { $score } está fuera de rango; use un entero de 1 a 5 (la satisfacción que busca la mejora), o quite el campo
problem-date = { $field } { $found } no es una fecha real; escríbala como AAAA-MM-DD, por ejemplo "2027-03-31", o quite el campo
problem-angle-range = el ángulo { $angle } no es válido; use grados desde 0 hasta menos de 360, o quite `angle` para repartirlo
problem-angle-order = el ángulo { $angle } no es mayor que el del momento ubicado anterior ({ $previous }); los ángulos deben crecer en el orden del ciclo, o quite `angle`
problem-empty-name = el momento no tiene un nombre visible (está vacío o solo tiene espacios y caracteres invisibles); póngale uno
where-moment = momento { $number }
where-moment-named = momento { $number } “{ $name }”
where-field = campo `{ $field }`
expected-Id = un número entero positivo (1, 2, 3…) que no use otro momento; o quite `id` y Ciclo asignará uno
expected-StringEnd = el `"` que cierra este texto; falta una comilla
expected-String = un texto entre comillas dobles, como "Bienvenida"
expected-Score = un número entero de 1 a 5 (o quite el campo)
expected-Integer = un número entero dentro del rango
expected-Float = un número
expected-Boolean = `true` o `false`
expected-List = una lista entre corchetes, como [A, B]
expected-ListEnd = una coma o el `]` que cierra la lista
expected-StructStart = un `(` de apertura
expected-StructEnd = una coma o un `)` de cierre
expected-Colon = dos puntos tras el nombre del campo
expected-Identifier = un nombre sin comillas, como `InPerson` o `Reliability`

## Reading a file

load-cannot-read = { $path }: no se puede leer: { $error }
load-not-a-file = { $path }: es { $what }, no un archivo; indique la ruta de un ciclo .ron
load-too-large = { $path }: el archivo ocupa { $size } MiB; Ciclo abre documentos de hasta { $max } MiB. ¿Es el archivo correcto?
special-Directory = una carpeta
special-Pipe = una tubería con nombre
special-Device = un dispositivo
special-Socket = un socket
special-Other = algo que no es un archivo normal

## Saving and exporting

save-missing-folder = { $path }: no se puede guardar: la carpeta { $folder } no existe. Créela primero o elija otra carpeta.
save-not-a-folder = { $path }: no se puede guardar: { $folder } es un archivo, no una carpeta. Elija otra carpeta.
save-exists = { $path } ya existe; elija otro nombre o añada --force para reemplazarlo
save-broken-link = { $path } es un enlace a { $target }, que no existe; elija otro nombre o añada --force para escribir { $target }
save-is-the-input = { $path } es el archivo de entrada; escribir ahí lo destruiría. Elija otro nombre para la salida.
save-not-regular = { $path } no es un archivo normal (es un enlace, una carpeta o un dispositivo), así que Ciclo no escribirá ahí. Bórrelo o muévalo a otro sitio y vuelva a intentarlo.
save-unencodable = { $path }: no se puede guardar: el estado del taller no se pudo escribir ({ $error }). No se ha reemplazado nada; los cambios siguen en memoria hasta el próximo guardado.
save-io = { $path }: no se puede guardar: { $error }.{ $previous ->
        [unchanged] {" "}El archivo anterior no ha cambiado.
       *[new] {""}
    } Compruebe que se puede escribir en la carpeta y que queda espacio en el disco, o elija otro lugar.
export-size = Una imagen de { $width }×{ $height } píxeles no es posible: el ancho y el alto deben estar entre { $min } y { $max }. Elija otro tamaño.
export-unknown-format = { $name }: no se sabe en qué formato escribir. Dé al archivo la extensión .png, .svg, .csv o .xlsx.
export-render = No se pudo dibujar la imagen ({ $detail }). Pruebe con un tamaño menor o con el otro formato.
export-sheet = No se pudo crear la hoja de cálculo ({ $detail }).
# The moments as a spreadsheet (ciclo export X.ron -o moments.csv|.xlsx): the worksheet, its header, and the critical column.
sheet-title = Momentos
sheet-number = N.º
sheet-name = Momento
sheet-channel = Canal
sheet-critical = Crítico
sheet-satisfaction = Satisfacción
sheet-target = Meta
sheet-votes = Votos
sheet-expectations = Expectativas
sheet-principles = Principios
sheet-causes = Causas
sheet-improvement = Mejora
sheet-owner = Responsable
sheet-due = Fecha límite
sheet-yes = Sí
sheet-no = No

## The analysis (check --summary, the report, the window's Analysis)

moment = Momento
moments-of-truth = Momentos de verdad
critical-moments = Momentos críticos
average-satisfaction = Satisfacción media
total = Total
decimal-separator = ,
moments-count = { $count ->
        [one] { $count } momento
       *[other] { $count } momentos
    }
critical-line = { $critical } de { $moments } ({ $percent }%)
average-line = { $average } de 5 ({ $scored } de { $moments } puntuados)
average-none = ningún momento puntuado ({ $scored } de { $moments } puntuados)
missing-Improvement = sin acción de mejora
missing-Owner = sin responsable
missing-Both = sin acción de mejora ni responsable
expectation-Warmth-short = Calidez
expectation-Speed-short = Rapidez
expectation-Information-short = Info
expectation-Guarantees-short = Garantías
expectation-Advice-short = Asesoría
analysis-principles = Principios por momento
analysis-expectations = Expectativas por momento
analysis-causes = Causas de insatisfacción, por momentos afectados
analysis-no-causes = No hay causas de insatisfacción registradas.
analysis-missing-plans = Momentos críticos sin plan
analysis-all-planned = Todos los momentos críticos tienen acción de mejora y responsable.
analysis-no-critical = Ningún momento es crítico.
summary-no-moments = (sin momentos)
summary-critical-moment = momento crítico

## A moment's card, the slides, the command line

critical-moment = Momento crítico
card-kicker = Momento { $number } de { $count } · { $channel }
why = Por qué
expectations = Expectativas
principles = Principios
satisfaction = Satisfacción
not-scored = Sin calificar
standard = Estándar
improvement = Mejora
owner = Responsable
slides-cycle = ciclo
slides-moment = momento
cli-new-cycle-title = Nuevo ciclo del servicio
cli-no-display = Ciclo no pudo abrir su ventana: ninguna pantalla gráfica respondió. Ábralo desde una sesión de escritorio, o trabaje sin ventana: `ciclo export ARCHIVO.ron -o ARCHIVO.png` dibuja un ciclo y `ciclo check ARCHIVO.ron` lo revisa (vea `ciclo --help`).

## La línea de órdenes: sus errores, avisos y líneas de estado

cli-error = error: { $message }
cli-warning = aviso: { $message }
cli-check-ok = { $file }: correcto, { $moments ->
        [one] { $moments } momento
       *[other] { $moments } momentos
    }, { $critical ->
        [one] { $critical } crítico
       *[other] { $critical } críticos
    }
cli-names-dropped = { $dropped ->
        [one] el nombre de { $dropped } de los { $moments } momentos no cabía y se ha omitido
       *[other] los nombres de { $dropped } de los { $moments } momentos no cabían y se han omitido
    } (sus nodos numerados sí se dibujan); exporte una imagen más grande con --width y --height para que se vean todos
cli-slides-written = { $output }: { $count ->
        [one] { $count } diapositiva
       *[other] { $count } diapositivas
    }
cli-no-help-topic = no hay ayuda sobre `{ $topic }`; los temas disponibles son: { $topics }
cli-side-out-of-range = --{ $option } { $value } está fuera de rango; use entre { $min } y { $max } píxeles
cli-photo-unusable = { $file }: { $where }: { $problem }; sus diapositivas muestran un recuadro en su lugar
cli-no-template = no existe la plantilla `{ $name }`; las plantillas son: { $names }
cli-template-broken = no se puede leer la plantilla { $name }: { $error }
cli-not-workshop-url = { $url } no es la dirección de un taller: empieza por http://, https://, ws:// o wss://, como http://192.168.1.20:7420/cena?token=…
cli-no-window-build = este ciclo se compiló sin su ventana (la característica de cargo `window`); compílelo con las características por defecto para diseñar en la ventana, o use una orden como `ciclo export`

# `ciclo serve` and `ciclo sync`. $file is a path; $url a workshop address.
cli-serve-room-name = { $file }: cada sala lleva el nombre de su archivo; use un nombre de archivo en UTF-8
cli-serve-same-name = hay dos archivos llamados { $name }; las salas llevan el nombre de su archivo, así que cambie el nombre de uno
cli-serve-empty-token = --token está vacío; omítalo y se generará uno al azar
cli-serve-no-token = no se pudo generar un token al azar ({ $error }); indique uno con --token
cli-serve-cannot-listen = no se puede escuchar en { $address }; quizá otro programa usa el puerto { $port }: elija otro con --port
cli-serve-hosting = { $count ->
    [one] Se aloja una sala. Los participantes entran con:
   *[other] Se alojan { $count } salas. Los participantes entran con:
}
cli-serve-firewall = Si los demás no logran conectarse, abra el puerto TCP { $port } en el cortafuegos de este equipo.
cli-serve-view-only = Los navegadores solo pueden mirar (--view-only).
cli-serve-scan = Teléfonos y portátiles: escaneen el código o abran la dirección en el navegador.
cli-serve-stop-hint = Pulse Ctrl+C para detener; los archivos se guardan a más tardar 2 s después de cada cambio y al detener.
cli-serve-stopped = Detenido; todas las salas están guardadas.
cli-serve-not-saved = Detenido, pero la sala de { $file } no se pudo guardar del todo (el error de arriba explica por qué), así que al archivo pueden faltarle los últimos cambios. Corríjalo y vuelva a iniciar el anfitrión; el archivo de estado de la sala { $state } no se ha borrado.
cli-serve-merged = { $file } se editó mientras no había anfitrión; esos cambios se suman al estado guardado del taller.
cli-serve-state-unreadable = no se pudo leer { $state } ({ $error }); la sala empieza de nuevo desde { $file }, así que quienes estaban en ella deben salir y volver a entrar.
cli-sync-cannot-read = { $file }: no se puede leer
cli-sync-refused = el taller no dejó entrar: { $reason }
cli-sync-no-answer = { $url } no respondió en 20 s; revise la dirección y que el anfitrión esté en marcha
cli-sync-seeded = La sala estaba vacía: { $file } la llenó.
cli-sync-follows = { $file } ahora sigue a la sala.
cli-sync-photo-fetched = Foto traída del anfitrión: { $file }
cli-sync-unrelated = La sala contiene un ciclo distinto de { $file }: ninguno de sus momentos está en ella. Revise el nombre de la sala en la URL; si de verdad quiere que la sala sustituya al archivo, añada --replace (se guarda una copia del archivo).
cli-sync-backup = { $file } va a cambiar mucho: su contenido anterior queda guardado en { $backup }.
cli-sync-keeping = { $file } se mantiene al día con { $url }; Ctrl+C detiene.
cli-sync-lost = Se perdió la conexión; reconectando (sus cambios se conservan)…
cli-sync-connected = Conectado de nuevo.
cli-sync-waiting = { $message }; se espera al próximo guardado
cli-sync-renumbered = El momento nuevo «{ $name }» es el momento { $id } del taller (en el archivo era el { $old }).
io-NotFound = ese archivo no existe; revise el nombre y la carpeta (`ciclo new -o ARCHIVO.ron` crea un ciclo)
io-PermissionDenied = no tiene permiso; pida acceso al archivo o cópielo en una carpeta suya

## The window

menu-file = Archivo
menu-edit = Editar
menu-view = Ver
menu-language = Idioma
menu-help = Ayuda
shortcuts = Atajos de teclado
about = Acerca de Ciclo
about-body = Ciclo dibuja ciclos del servicio: los momentos de verdad que vive un cliente, en forma de reloj, con los críticos marcados. Construya el ciclo con el ratón y el teclado, analice cada momento en el inspector y exporte la imagen para sus diapositivas.
mouse-help = Ratón: arrastre un momento por el anillo para moverlo; doble clic en el anillo para añadir uno allí; arrastre el espacio vacío o use el botón central para desplazar; Ctrl+rueda acerca y aleja.
close = Cerrar
cmd-new = Nuevo
cmd-open = Abrir…
cmd-save = Guardar
cmd-save-as = Guardar como…
cmd-export = Exportar…
cmd-quit = Salir
cmd-undo = Deshacer
cmd-redo = Rehacer
cmd-add = Añadir momento
cmd-insert-after = Insertar tras el seleccionado
cmd-delete = Eliminar momento
cmd-distribute = Repartir uniformemente
cmd-next = Seleccionar siguiente
cmd-previous = Seleccionar anterior
cmd-earlier = Mover antes
cmd-later = Mover después
cmd-zoom-in = Acercar
cmd-zoom-out = Alejar
cmd-zoom-fit = Ajustar a la vista
cmd-select-none = No seleccionar nada
cmd-canvas-only = Solo el lienzo
tip-canvas-only = Oculta la lista de momentos y el inspector para que el ciclo ocupe toda la ventana; otra vez los vuelve a mostrar
a11y-moment = Momento { $number } de { $count }
a11y-critical = crítico
a11y-satisfaction = satisfacción { $score } de 5
show-list = Lista de momentos
show-inspector = Inspector
dropped-labels = Nombres omitidos
tip-dropped-labels = La imagen no tiene sitio para todos los nombres. Agrándela (Exportar), acorte los nombres o divida el ciclo.
new-from-template = Nuevo desde plantilla
recent-files = Archivos recientes
no-recent = No hay archivos recientes
theme = Tema
light = Claro
dark = Oscuro
tip-add = Añade un nuevo momento de verdad al final del ciclo
tip-insert-after = Inserta un momento nuevo justo después del seleccionado (Insert)
tip-delete = Quita el momento seleccionado (Supr); Deshacer lo recupera
tip-distribute = Olvida las posiciones colocadas a mano y reparte los momentos por igual en el anillo
tip-zoom-fit = Muestra la imagen completa (Ctrl+0)
tip-export = Guarda la imagen para diapositivas en PNG o SVG
step-cycle = datos del ciclo
step-rename = renombrar
step-moment = datos del momento
step-critical = marca de crítico
step-satisfaction = satisfacción
step-add = añadir momento
step-delete = eliminar momento
step-reorder = reordenar
step-move = mover en el anillo
step-distribute = repartir uniformemente
add = Añadir
delete = Eliminar
up = Subir
mark-critical = Marcar como crítico
unmark-critical = No es crítico
insert-short = Insertar después
down = Bajar
no-moments = Aún no hay momentos. Añada uno o haga doble clic en el anillo.
canvas = Lienzo del ciclo del servicio
empty-hint = Haga doble clic en el anillo o pulse «Añadir momento» para empezar
drag-hint = Arrástrelo por el anillo para moverlo
name = Nombre
description = Descripción
channel = Canal
expectations-2 = Expectativas del cliente
own-expectations = Otras expectativas
principles-2 = Principios de un buen servicio
evaluation = Evaluación
critical-moment-2 = Momento crítico de la verdad
causes = Elementos que crean insatisfacción
satisfaction-2 = Satisfacción del cliente (1–5)
clear = Borrar
improvement-2 = Estándar y mejora
standard-2 = Estándar de servicio
improvement-action = Acción de mejora
notes = Notas
service-cycle = Ciclo del servicio
nothing-selected = Ningún momento seleccionado: estos son los datos del ciclo completo.
title = Título
organization = Organización
customer = Cliente
promise = Promesa del servicio
services = Paquetes de servicios
primary-services = Servicios primarios
secondary-services = Servicios secundarios
evaluation-mechanisms = Mecanismos de evaluación
document-language = Idioma del documento
add-item = + Añadir
remove-item = Quitar este elemento
new-item = Nuevo elemento
sat-very-low = 1: muy insatisfecho
sat-low = 2: insatisfecho
sat-mid = 3: neutral
sat-high = 4: satisfecho
sat-very-high = 5: muy satisfecho
zoom = Zoom
untitled = Sin título
unsaved = cambios sin guardar
saved = Guardado
exported = Exportado
unsaved-title = ¿Guardar los cambios?
unsaved-body = Este ciclo tiene cambios sin guardar. ¿Guardarlos antes?
dont-save = No guardar
cancel = Cancelar
ok = Aceptar
open-failed = No se pudo abrir el archivo
save-failed = No se pudo guardar el ciclo
save-failed-hint = Sus cambios siguen aquí, sin guardar. Pruebe Guardar como… para elegir otra carpeta.
export-failed = No se pudo exportar la imagen
recover-title = ¿Recuperar el trabajo sin guardar?
recover-body = Ciclo se cerró inesperadamente la última vez. Se conservó una copia de recuperación del ciclo sin guardar.
restore = Recuperar
discard = Descartar
export-title = Exportar imagen
format = Formato
size = Tamaño
square = cuadrado
custom = Personalizado
pixels = Ancho × alto
width = Ancho en píxeles
height = Alto en píxeles
background = Fondo
white = Blanco
transparent = Transparente
export-hint = El lienzo muestra la imagen con este tamaño: lo que ve es lo que obtiene.
tip-satisfaction-curve = Dibuja la satisfacción de cada momento como una curva dentro del anillo, para ver dónde cae la experiencia.
tip-png = Una imagen de píxeles, lista para diapositivas
tip-svg = Un dibujo vectorial con texto editable
tip-csv = Los momentos como valores separados por comas, uno por fila
tip-xlsx = Los momentos como libro de Excel, uno por fila
text-as-paths = Texto como contornos
tip-text-as-paths = Solo SVG: el texto se convierte en formas, así la imagen se ve igual en cualquier computador, aunque no tenga la fuente de Ciclo. Úselo para diapositivas; el texto ya no se podrá editar.
tip-moment = Un momento de verdad es cualquier instante en que el cliente entra en contacto con el servicio (una persona, una llamada, una web, un letrero) y juzga su calidad.
tip-cycle = El ciclo del servicio es la secuencia completa de momentos de verdad que vive un cliente para obtener el servicio, dibujada en sentido horario como un reloj.
tip-name = Un nombre corto del momento, que se dibuja junto a su nodo.
tip-description = Qué ocurre en este momento, visto desde el lado del cliente.
tip-channel = Cómo entra el cliente en contacto con el servicio aquí: en persona, por teléfono, en la web…
tip-expectations = Lo que el cliente espera recibir en este momento.
tip-own-expectations = Expectativas con sus propias palabras, además de las cinco habituales.
tip-critical = Un momento crítico de la verdad es aquel en que no se satisfacen las necesidades del cliente; el dibujo lo marca en rojo con un borde más grueso.
tip-causes = Por qué el cliente sale insatisfecho de este momento.
tip-satisfaction = Cuán satisfechos quedan los clientes con este momento, de 1 (muy insatisfecho) a 5 (muy satisfecho), p. ej. según una encuesta CSAT.
tip-clear-satisfaction = Quita la puntuación: aún no se ha medido.
tip-standard = El nivel de servicio medible acordado para este momento, p. ej. «teléfono atendido antes del tercer timbre».
tip-improvement = Qué se hará para mejorar este momento.
tip-owner = Quién es responsable de la mejora.
tip-notes = Cualquier otra cosa que convenga recordar de este momento.
tip-title = El título que se dibuja en la parte superior de la imagen.
tip-organization = La empresa o el equipo que presta este servicio.
tip-cycle-description = Qué abarca este ciclo y quién lo elaboró.
tip-customer = Quién es el cliente: el cliente externo que paga, o un colega interno que recibe su trabajo.
tip-promise = Lo que la organización promete a sus clientes; debe poder medirse para comprobar que se cumple.
tip-primary = El paquete de servicios primarios: aquello por lo que el cliente viene realmente.
tip-secondary = El paquete de servicios secundarios: lo que acompaña al servicio principal (parqueadero, wifi, café…).
tip-evaluation = Cómo escucha la organización a sus clientes para evaluar el servicio y planear mejoras.
tip-principles = Los principios de un buen servicio al cliente que este momento pone a prueba.
tip-evaluation-section = Cómo le va al cliente en este momento: si le falla, por qué y cuán satisfecho queda.
tip-improvement-section = El nivel de servicio acordado para este momento y lo que se hará para alcanzarlo.
tip-services = Lo que ofrece la organización: el servicio central por el que viene el cliente y lo que lo acompaña.
tip-document-language = El idioma de las etiquetas que añade la imagen (Inicio, Fin, leyenda).
cmd-present = Presentar
tip-present = Muestra el ciclo a pantalla completa, un momento cada vez, para el grupo
cmd-analysis = Análisis
tip-analysis = Recuentos, satisfacción, principios y expectativas por momento, causas de insatisfacción y momentos críticos sin plan
cmd-new-from-template = Nuevo desde plantilla…
tip-new-from-template = Empezar desde uno de los ciclos de ejemplo
cmd-export-report = Exportar informe…
tip-export-report = Escribe el informe del taller (HTML o Markdown): la imagen, cada momento, el análisis y el plan de mejora
cmd-export-slides = Exportar diapositivas…
tip-export-slides = Escribe una diapositiva del ciclo completo y una por momento, como imágenes PNG de 1920×1080 en una carpeta
present-hint = Flecha derecha o Espacio: siguiente  ·  Flecha izquierda: atrás  ·  Esc: salir
present-exit = Salir de la presentación (Esc)
present-cycle = El ciclo completo
analysis-title = Análisis del ciclo
an-empty = Añada momentos de verdad para ver el análisis.
scored-line = ({ $scored } de { $moments } puntuados)
an-no-score = aún no hay momentos puntuados
an-missing-plans = Momentos críticos sin un plan completo
an-click-to-select = Haga clic para seleccionar este momento en el diseñador
an-causes = Causas de insatisfacción, por momentos afectados
an-no-causes = Aún no se ha registrado ninguna causa de insatisfacción.
an-principles = Momentos × principios de un buen servicio
an-expectations = Momentos × expectativas del cliente
gallery-hint = Cada plantilla es un ciclo realista para adaptar. Se abre como un ciclo nuevo, aún sin guardar.
report-written = Informe escrito:
report-failed = No se pudo escribir el informe
slides-written = Diapositivas escritas:
slides-failed = No se pudieron escribir las diapositivas
critical-count = { $count ->
        [one] { $count } crítico
       *[other] { $count } críticos
    }

## File dialogs, new moments

dialogs-open-service-cycle = Abrir ciclo del servicio
dialogs-save-service-cycle = Guardar ciclo del servicio
dialogs-export-report = Exportar informe
dialogs-slides-folder = Elija una carpeta para las diapositivas


default-moment-name = Momento { $number }

## The window: commands, palette, themes

cmd-open-recent = Abrir archivo reciente
cmd-rename = Renombrar momento
tip-rename = Lleva el cursor al nombre del momento seleccionado (F2)
cmd-palette = Paleta de comandos…
tip-palette = Busque cualquier comando escribiendo parte de su nombre (Ctrl+Mayús+P)
palette-hint = Escriba para buscar un comando
palette-nothing = Ningún comando se llama así
cmd-dismiss = Cerrar o deseleccionar
tip-dismiss = Cierra la ventana o el diálogo de encima; si no hay ninguno, quita la selección (Esc)
high-contrast = Alto contraste

## The workshop report

report-about = Datos del ciclo
report-picture = El ciclo
report-own-words = en palabras del cliente
report-critical = Crítico
report-yes = sí
report-no = no
report-causes = Causas de insatisfacción
report-not-scored = sin puntuar
report-plan = Plan de mejora
report-plan-order = Primero los momentos críticos (marcados con !), luego los demás, cada grupo en orden.
report-no-plan = Ningún momento tiene todavía una acción de mejora.
report-action = Acción
report-count = Momentos
report-cause = Causa
report-unknown-format = no se sabe qué formato de informe es { $path }; nombre el archivo .md o .html
report-picture-failed = no se pudo dibujar la imagen del informe: { $error }

## Talleres en vivo
menu-workshop = Taller
cmd-host-workshop = Organizar un taller
tip-host-workshop = Permite que las personas de esta red editen este ciclo con usted, en vivo, desde su propio Ciclo
cmd-join-workshop = Unirse a un taller…
tip-join-workshop = Edite un ciclo que otra persona organiza, junto con los demás participantes
cmd-leave-workshop = Salir del taller
tip-leave-workshop = Deja de editar en grupo; el ciclo sigue abierto aquí como documento sin guardar
ws-live = En vivo
ws-people = { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
ws-connected = conectado
ws-connecting = conectando
ws-reconnecting = reconectando
ws-refused = rechazado
ws-host-failed = No se pudo organizar el taller
ws-join-failed = No se pudo entrar en el taller
ws-name-title = Su nombre
ws-name-hint = Los demás lo verán junto a lo que seleccione; su color se deriva de él.
ws-join-title = Unirse a un taller
ws-join-hint = Pegue la dirección que muestra quien organiza (empieza por http:// o ws://):
ws-join = Unirse
ws-panel-title = Únase a este taller
ws-panel-hint = Teléfonos y portátiles: escaneen el código o escriban la dirección en el navegador. Ventanas de Ciclo: Taller > Unirse a un taller… y péguenla.
ws-copy = Copiar la dirección
ws-token = Clave
ws-firewall = Si nadie logra conectarse, permita Ciclo (puerto TCP { $port }) en el cortafuegos de este equipo.
ws-browsers-edit-tip = Desmárquelo para que teléfonos y navegadores solo puedan mirar el ciclo; las ventanas de Ciclo siguen pudiendo editar.
ws-browsers-edit = Quienes entran desde un navegador pueden editar
ws-qr-label = Código QR de la dirección del taller: apunte la cámara del teléfono para entrar
ws-participants = Participantes
ws-you = usted
ws-show-panel = Mostrar la dirección para unirse
ws-on-moment = { $name } tiene seleccionado este momento
## Photos and decks

step-photos = fotos
photos-heading = Fotos
photo-add = Añadir foto…
photo-add-tip = Añade fotos de este momento (JPEG, PNG o WebP); también puede soltarlas sobre el momento o aquí
photo-caption = Pie de foto
photo-earlier = Subir esta foto
photo-later = Bajar esta foto
photo-remove-tip = Quitar esta foto del momento (el archivo se conserva)
photo-remove = Quitar
photo-loading = cargando…
photo-filter = Imágenes
photo-word = Foto
cmd-export-pdf = Exportar presentación PDF…
cmd-export-pdf-tip = Escribe todas las diapositivas en un PDF, con texto real y las fotos, listo para enviar por correo
cmd-export-pptx = Exportar presentación PowerPoint…
cmd-export-pptx-tip = Escribe todas las diapositivas en un archivo de PowerPoint (.pptx), con títulos y notas del orador
deck-written = Presentación escrita:
deck-dialog-title = Exportar presentación
photo-not-found = no se encuentra la foto
photo-unreadable = no se puede leer la foto
photo-not-a-file = no es un archivo
photo-too-large = { $mp } megapíxeles, más del límite de { $max }; guarde una copia más pequeña
photo-broken = no es una imagen JPEG, PNG o WebP
photo-not-loaded = foto no cargada
exporting = Escribiendo { $path }… { $seconds } s
exporting-then-closing = Escribiendo { $path }… { $seconds } s. Ciclo se cerrará en cuanto termine.
export-stopped = La exportación se detuvo antes de terminar; inténtelo de nuevo.

## La ayuda de la línea de órdenes (`ciclo --help`, `ciclo COMMAND --help`) y los errores de uso.
## help-COMMAND es el resumen de una orden; help-COMMAND-ARG, el texto de un argumento u opción;
## help-any-ARG sirve para todas las órdenes que tienen ARG.
help-ciclo = Ciclo: diseñe ciclos del servicio, los diagramas en forma de reloj con los momentos de verdad que vive un cliente.
help-ciclo-long = Ciclo: diseñe ciclos del servicio, los diagramas en forma de reloj con los momentos de verdad que vive un cliente.

    Sin ninguna orden (o con un archivo .ron), abre la ventana del diseñador.

    Ciclo usa el idioma del sistema si lo conoce (inglés, español, ruso o portugués); con CICLO_LANG=es (o en, ru, pt) se elige otro.
help-ciclo-file = Un ciclo para abrir en la ventana.
help-export = Dibuja un ciclo como imagen PNG o SVG, o escribe sus momentos en una hoja de cálculo CSV o XLSX.
help-export-output = El archivo de salida: .png o .svg (la imagen), .csv o .xlsx (una fila por momento).
help-export-background = white (por defecto), transparent o un color en formato #rrggbb.
help-any-satisfaction_curve = Dibuja la curva de satisfacción dentro del anillo.
help-export-text_as_paths = Solo SVG: convierte el texto en contornos para que el archivo se vea exactamente igual que el PNG en cualquier computador (útil para diapositivas); después, el texto ya no se puede editar.
help-check = Revisa ciclos: una línea por archivo; termina con código 1 si alguno no es válido.
help-check-files = Los ciclos (.ron).
help-check-summary = Muestra además el análisis de cada ciclo válido: proporción de momentos críticos, satisfacción media, principios y expectativas por momento, causas de insatisfacción y momentos críticos sin plan.
help-report = Escribe el informe del taller: datos del ciclo, imagen, cada momento, análisis y plan de mejora, en Markdown (con el PNG al lado) o en un único HTML autónomo.
help-report-output = El informe de salida: .md o .html.
help-new = Crea un ciclo nuevo, vacío o a partir de una plantilla.
help-new-output = El archivo que se va a crear.
help-new-template = Una plantilla (vea `ciclo templates`).
help-new-lang = Idioma del ciclo nuevo: en, es, ru o pt (por defecto, el que usa Ciclo: el de CICLO_LANG o el del sistema).
help-new-force = Reemplaza el archivo si ya existe.
help-templates = Lista las plantillas.
help-help = Explica una orden (`ciclo help export`) o el formato de los archivos de ciclo (`ciclo help format`).
help-help-topic = Una orden, o `format`.
help-serve = Organiza un taller en vivo: una sala por ciclo, a la que los participantes se unen desde su propio Ciclo (o desde cualquier cliente Yjs) en la misma red; cada archivo se guarda a medida que cambia.
help-serve-files = Los ciclos (.ron); cada sala lleva el nombre de su archivo.
help-serve-port = El puerto TCP en el que se escucha (7420 por defecto).
help-serve-bind = La dirección en la que se escucha (por defecto, todas las de este equipo: 0.0.0.0).
help-serve-token = El token que deben presentar los participantes (por defecto, 10 letras y cifras al azar, fáciles de leer en el proyector).
help-serve-view_only = Los navegadores solo pueden mirar: quien entra desde la página de participantes ve el ciclo en vivo, pero no puede cambiarlo. Las ventanas de Ciclo sí pueden editar.
help-sync = Mantiene un archivo de ciclo sincronizado con una sala de taller, en ambos sentidos y sin ventana: los cambios de la sala se escriben en el archivo, y lo que se guarda en el archivo llega a la sala.
help-sync-url = La dirección de la sala, tal como la muestra el anfitrión: http://HOST:PORT/ROOM?token=… (también sirven ws://, wss:// y https://).
help-sync-file = El ciclo (.ron); si la sala está vacía, la llena.
help-sync-ca = Para wss://: confía además en las autoridades de certificación de este archivo PEM (para un servidor con certificado de una CA privada). Si SSL_CERT_FILE está definida, también se confía en ella.
help-sync-replace = Acepta la sala aunque contenga un ciclo distinto del archivo (el archivo se guarda como ARCHIVO.bak).
help-join = Abre la ventana conectada a un taller en vivo (como Taller ▸ Unirse a un taller…).
help-join-url = La dirección de la sala, tal como la muestra quien organiza el taller: http://HOST:PORT/ROOM?token=… (también sirven ws://, wss:// y https://).
help-slides = Escribe las diapositivas de una presentación: el ciclo y luego una diapositiva por momento, como presentación PDF (-o deck.pdf), presentación de PowerPoint (-o deck.pptx) o carpeta de imágenes PNG (-o folder).
help-slides-output = La presentación de salida: un archivo .pdf o .pptx, o una carpeta para los PNG (se crea si no existe).
help-any-file = El ciclo (.ron).
help-any-width = Ancho en píxeles (1920 por defecto).
help-any-height = Alto en píxeles (1080 por defecto).
help-any-help = Muestra esta ayuda.
help-any-version = Muestra la versión de Ciclo.
help-usage = Uso:
help-arguments = Argumentos:
help-options = Opciones:
help-commands = Comandos:
cli-usage-unknown-argument = { $arg } no es una opción de esta orden
cli-usage-did-you-mean = ¿quiso decir { $suggestion }?
cli-usage-unknown-command = no existe la orden `{ $name }`
cli-usage-invalid-value = { $arg } no admite el valor { $value }; admite: { $valid }
cli-usage-bad-value = { $value } no es un valor válido para { $arg }
cli-usage-bad-background = { $value } no sirve como fondo para { $arg }: use white, transparent o un color en formato #rrggbb (seis dígitos hexadecimales, como #f0f0f0)
cli-usage-not-a-number = { $value } no es un valor para { $arg }: se necesita un número entero
cli-usage-missing = esta orden necesita { $args }
cli-usage-conflict = { $arg } no se puede usar junto con { $other }
cli-usage-other = no se entiende la línea de órdenes: { $detail }
cli-usage-more = Para ver qué admite la orden: { $command } --help
# The inspector: the improvement plan's target and due date, the cover's authors and date.
inspector-target = Satisfacción meta
tip-target = La satisfacción que busca la mejora, de 1 a 5 (la puntuación deseada).
tip-clear-target = Quitar la meta.
inspector-due = Fecha límite
tip-due = Cuándo debe estar hecha la mejora, como AAAA-MM-DD.
inspector-authors = Autores
tip-authors = Quiénes hicieron este ciclo, para la portada de la presentación.
inspector-date = Fecha
tip-cycle-date = La fecha de la portada, como AAAA-MM-DD.
inspector-date-hint = AAAA-MM-DD
inspector-not-a-date = No es una fecha real, así que no se guarda: escríbala como AAAA-MM-DD, por ejemplo 2027-03-31.
