# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

language-name = Español

## The drawing: markers, centre, legend

drawing-start = Inicio
drawing-end = Fin
drawing-centre = Satisfacción del cliente
drawing-moment = Momento de verdad
drawing-satisfaction = Satisfacción (1–5)
drawing-principles = Principios
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
problem-newer-format = este archivo es de formato { $found }, creado por una versión más nueva de Ciclo; esta versión lee el formato { $known }. Actualice Ciclo para abrirlo
problem-bad-format = `format: { $found }` no existe; use `format: { $known }`
problem-duplicate-id = el id { $id } ya lo usa otro momento; cada momento necesita un id propio (o quite `id` y se asignará uno)
problem-satisfaction = la satisfacción { $score } está fuera de rango; use un entero de 1 a 5, o quite el campo
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
save-io = { $path }: no se puede guardar: { $error }.{ $previous ->
        [unchanged] {" "}El archivo anterior no ha cambiado.
       *[new] {""}
    } Compruebe que se puede escribir en la carpeta y que queda espacio en el disco, o elija otro lugar.
export-size = Una imagen de { $width }×{ $height } píxeles no es posible: el ancho y el alto deben estar entre { $min } y { $max }. Elija otro tamaño.
export-unknown-format = { $name }: no se sabe en qué formato escribir. Dé al archivo la extensión .png o .svg.
export-render = No se pudo dibujar la imagen ({ $detail }). Pruebe con un tamaño menor o con el otro formato.

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
