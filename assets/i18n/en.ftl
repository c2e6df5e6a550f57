# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

## The participant page (web/): a workshop joined from a phone or laptop browser

page-join = Join
page-change-name = Change my name
page-connection = Connection
page-offline = No connection right now. Your changes are kept on this device and will be sent when the connection is back.
page-token-refused = This link is not valid: its token is wrong or out of date. Ask the host for the current address or QR code.
page-view-only = You can follow the workshop, but the host has not allowed editing from a browser.
page-picture = The service cycle, drawn by the host. The list of moments repeats it as text.
page-picture-loading = Loading the picture…
page-picture-failed = The picture could not be loaded. Trying again…
page-moments = Moments of truth
page-no-moments = This cycle has no moments yet.
page-critical = Critical
page-satisfaction = Satisfaction { $score } of 5
page-satisfaction-none = Not scored yet
page-close = Close
page-add-after = Add a moment after this one
page-moment-gone = Someone has deleted this moment.
page-photo-of = Photo { $number } of “{ $name }”
page-photo-uploading = Sending the photo…
page-photo-sent = Photo added. It appears here in a moment.
page-photo-failed = The photo could not be sent: { $reason }
page-photo-unreadable = This file cannot be opened as a picture. Choose a JPEG, PNG or WebP photo.

language-name = English

## The drawing: markers, centre, legend

drawing-start = Start
drawing-end = End
drawing-centre = Customer satisfaction
drawing-moment = Moment of truth
drawing-satisfaction = Satisfaction (1–5)
drawing-curve = Satisfaction curve

## Channels: names and explanations

channel-InPerson = In person
channel-InPerson-tip = Face to face, at the premises.
channel-Phone = Phone
channel-Phone-tip = A phone call, from the first ring to the goodbye.
channel-Web = Web page
channel-Web-tip = The organisation's web pages.
channel-App = Mobile app
channel-App-tip = The organisation's mobile app.
channel-Email = E-mail
channel-Email-tip = A message the customer sends or receives by e-mail.
channel-Chat = Chat
channel-Chat-tip = A written conversation in real time.
channel-SocialMedia = Social media
channel-SocialMedia-tip = Posts, comments and messages on social networks.
channel-Advertising = Advertising
channel-Advertising-tip = An advertisement the customer sees or hears.
channel-PointOfSale = Point of sale
channel-PointOfSale-tip = The counter, shop or stand where the customer buys.
channel-ProductUse = Using the product
channel-ProductUse-tip = The customer using what they bought.
channel-WordOfMouth = Word of mouth
channel-WordOfMouth-tip = Someone tells the customer about the service.
channel-Other = Other
channel-Other-tip = Any other point of contact.

## Expectations: names and explanations

expectation-Warmth = Human warmth
expectation-Warmth-tip = To be treated kindly, as a person and not a number.
expectation-Speed = Speed and agility
expectation-Speed-tip = To be served quickly, without needless waiting.
expectation-Information = Correct, timely information
expectation-Information-tip = To get accurate information when it is needed.
expectation-Guarantees = Guarantees and kept promises
expectation-Guarantees-tip = That what was promised is delivered, and backed if it fails.
expectation-Advice = Advice
expectation-Advice-tip = To be guided towards the best choice for them.

## Principles: names, badge letters and explanations

principle-Reliability = Reliability
principle-Reliability-tip = Delivering exactly what was agreed, professionally and with clear procedures.
principle-Reliability-badge = R
principle-Credibility = Credibility
principle-Credibility-tip = Meeting the requirements and proving it with facts.
principle-Credibility-badge = C
principle-Attractiveness = Attractiveness
principle-Attractiveness-tip = Presentation, packaging and price that appeal to the customer.
principle-Attractiveness-badge = A
principle-Agility = Agility
principle-Agility-tip = Answers and information that are fast and exact.
principle-Agility-badge = G
principle-Interest = Interest
principle-Interest-tip = Clearing up doubts and solving the customer's problems.
principle-Interest-badge = I
principle-Teamwork = Teamwork with the customer
principle-Teamwork-tip = Giving customers the tools and news to solve problems themselves.
principle-Teamwork-badge = T

## Causes: names and explanations

cause-Apathy = Apathy
cause-Apathy-tip = Staff who do not care whether the customer is helped.
cause-BrushOff = Brush-off
cause-BrushOff-tip = Getting rid of the customer instead of helping.
cause-Coldness = Coldness
cause-Coldness-tip = Distant, unfriendly treatment.
cause-Superiority = Air of superiority
cause-Superiority-tip = Talking down to the customer.
cause-Robotism = Robotic treatment
cause-Robotism-tip = The same script for everyone, with no attention to the person.
cause-Rulebook = Rulebook first
cause-Rulebook-tip = Putting internal rules before the customer's need.
cause-Evasion = Evasive answers
cause-Evasion-tip = Avoiding clear answers or passing the customer on.
cause-BrokenPromise = Broken promise
cause-BrokenPromise-tip = Something promised that was not delivered.
cause-Misinformation = Misinformation
cause-Misinformation-tip = Information that is wrong, missing or contradictory.
cause-LongWait = Long wait
cause-LongWait-tip = Waiting longer than the customer finds reasonable.
cause-PoorCommunication = Poor communication
cause-PoorCommunication-tip = The customer is not told what is happening or what comes next.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = “Rate our service”
evaluation-RateOurService-tip = A quick prompt asking the customer to score the service.
evaluation-SuggestionBox = Suggestion box
evaluation-SuggestionBox-tip = A box or form where customers leave ideas and remarks.
evaluation-ServiceLine = Customer service line
evaluation-ServiceLine-tip = A phone line dedicated to customer questions and complaints.
evaluation-Email = E-mail
evaluation-Email-tip = An address where customers write to the organisation.
evaluation-ContactLink = Contact link
evaluation-ContactLink-tip = A contact form or link on the website.
evaluation-Pqr = Requests, complaints and claims (PQR)
evaluation-Pqr-tip = A formal channel for requests, complaints and claims.
evaluation-Survey = Survey
evaluation-Survey-tip = A questionnaire about the customer's experience.
evaluation-SocialMedia = Social media
evaluation-SocialMedia-tip = Listening to what customers say on social networks.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = this is not a text file; a Ciclo document is UTF-8 text in RON format
problem-empty = the file is empty; create a cycle with `ciclo new -o FILE.ron`
problem-json = this looks like JSON; Ciclo documents are RON, starting with `(` and `format: 1` (see docs/FORMAT.md)
# $hint is problem-did-you-mean, or nothing; $valid the valid names, as code.
problem-unknown-field = unknown field `{ $found }`{ $hint }; valid fields are { $valid }
problem-unknown-value = unknown value `{ $found }`{ $hint }; valid values are { $valid }
problem-did-you-mean = {" "}— did you mean `{ $name }`?
problem-missing-format = missing `format: 1` at the start of the document
problem-missing-field = the required field `{ $field }` is missing
problem-duplicate-field = the field `{ $field }` appears twice; keep one
problem-wrong-type = expected { $expected }, but found { $found }
# $expected is one of the expected-* messages below.
problem-expected = expected { $expected }
problem-unexpected-end = the file ends too early; a closing `)`, `]` or `"` is probably missing
problem-trailing-text = there is text after the document's closing `)`; remove it
problem-syntax = RON syntax error: { $detail }
problem-newer-format = this file has format { $found }: it was made by a newer Ciclo, and this version reads formats 1 to { $known }. Update Ciclo to open it
problem-bad-format = `format: { $found }` does not exist; use `format: 1` (Ciclo writes 2 or { $known } itself when a cycle needs them)
problem-duplicate-id = id { $id } is already used by another moment; give each moment its own id (or remove `id` to have one assigned)
problem-satisfaction = satisfaction { $score } is out of range; use a whole number from 1 to 5, or remove the field
problem-target = target { $score } is out of range; use a whole number from 1 to 5 (the satisfaction the improvement aims at), or remove the field
problem-date = { $field } { $found } is not a real date; write it as YYYY-MM-DD, for example "2027-03-31", or remove the field
problem-angle-range = angle { $angle } is not valid; use degrees from 0 up to (not including) 360, or remove `angle` to spread it evenly
problem-angle-order = angle { $angle } is not greater than the previous placed moment's ({ $previous }); angles must increase along the sequence, or remove `angle`
problem-empty-name = the moment has no visible name (it is empty or only spaces and invisible characters); give it one
where-moment = moment { $number }
where-moment-named = moment { $number } “{ $name }”
where-field = field `{ $field }`
expected-Id = a positive whole number (1, 2, 3…) that no other moment uses; or remove `id` and Ciclo assigns one
expected-StringEnd = the closing `"` of this text; a quote is missing
expected-String = a text in double quotes, like "Welcome"
expected-Score = a whole number from 1 to 5 (or remove the field)
expected-Integer = a whole number in range
expected-Float = a number
expected-Boolean = `true` or `false`
expected-List = a list in square brackets, like [A, B]
expected-ListEnd = a comma or the closing `]` of the list
expected-StructStart = an opening `(`
expected-StructEnd = a comma or a closing `)`
expected-Colon = a colon after the field name
expected-Identifier = a name without quotes, such as `InPerson` or `Reliability`

## Reading a file

load-cannot-read = { $path }: cannot read: { $error }
# $what is one of the special-* messages.
load-not-a-file = { $path }: this is { $what }, not a file; give the path of a .ron cycle
load-too-large = { $path }: the file is { $size } MiB; Ciclo opens documents of up to { $max } MiB. Is this the right file?
special-Directory = a folder
special-Pipe = a named pipe
special-Device = a device
special-Socket = a socket
special-Other = not a regular file

## Saving and exporting

save-missing-folder = { $path }: cannot save: the folder { $folder } does not exist. Create it first or choose another folder.
save-not-a-folder = { $path }: cannot save: { $folder } is a file, not a folder. Choose another folder.
save-exists = { $path } already exists; choose another name or add --force to replace it
save-broken-link = { $path } is a link to { $target }, which does not exist; choose another name, or add --force to write { $target }
save-is-the-input = { $path } is the input file; writing there would destroy it. Choose another output name.
save-not-regular = { $path } is not a regular file (it is a link, a folder or a device), so Ciclo will not write there. Remove it or move it away, then try again.
save-unencodable = { $path }: cannot save: the workshop state could not be written ({ $error }). Nothing was replaced; the changes stay in memory until the next save.
# $previous is "unchanged" when a file was there before, "new" otherwise.
save-io = { $path }: cannot save: { $error }.{ $previous ->
        [unchanged] {" "}The previous file is unchanged.
       *[new] {""}
    } Check that the folder is writable and the disk has room, or choose another place.
export-size = A picture of { $width }×{ $height } pixels is not possible: width and height must be between { $min } and { $max }. Choose another size.
export-unknown-format = { $name }: cannot tell which format to write. Name the file .png, .svg, .csv or .xlsx.
export-render = The picture could not be drawn ({ $detail }). Try a smaller size or the other format.
export-sheet = The spreadsheet could not be made ({ $detail }).
# The moments as a spreadsheet (ciclo export X.ron -o moments.csv|.xlsx): the worksheet, its header, and the critical column.
sheet-title = Moments
sheet-number = No.
sheet-name = Moment
sheet-channel = Channel
sheet-critical = Critical
sheet-satisfaction = Satisfaction
sheet-target = Target
sheet-votes = Votes
sheet-expectations = Expectations
sheet-principles = Principles
sheet-causes = Causes
sheet-improvement = Improvement
sheet-owner = Owner
sheet-due = Due
sheet-yes = Yes
sheet-no = No

## The analysis (check --summary, the report, the window's Analysis)

moment = Moment
moments-of-truth = Moments of truth
critical-moments = Critical moments
average-satisfaction = Average satisfaction
total = Total
decimal-separator = .
moments-count = { $count ->
        [one] { $count } moment
       *[other] { $count } moments
    }
# "3 of 10 (30%)"
critical-line = { $critical } of { $moments } ({ $percent }%)
# "3.4 of 5 (8 of 10 scored)"; $average is already written with the decimal separator.
average-line = { $average } of 5 ({ $scored } of { $moments } scored)
average-none = no moment scored ({ $scored } of { $moments } scored)
missing-Improvement = no improvement action
missing-Owner = no owner
missing-Both = no improvement action and no owner
expectation-Warmth-short = Warmth
expectation-Speed-short = Speed
expectation-Information-short = Info
expectation-Guarantees-short = Guarantees
expectation-Advice-short = Advice
analysis-principles = Principles by moment
analysis-expectations = Expectations by moment
analysis-causes = Causes of dissatisfaction, by moments affected
analysis-no-causes = No cause of dissatisfaction recorded.
analysis-missing-plans = Critical moments without a plan
analysis-all-planned = Every critical moment has an improvement action and an owner.
analysis-no-critical = No moment is marked critical.
summary-no-moments = (no moments)
summary-critical-moment = critical moment

## A moment's card, the slides, the command line

critical-moment = Critical moment
# "Moment 3 of 12 · Phone"
card-kicker = Moment { $number } of { $count } · { $channel }
why = Why
expectations = Expectations
principles = Principles
satisfaction = Satisfaction
not-scored = Not scored
standard = Standard
improvement = Improvement
owner = Owner
# Words in slide file names (01-cycle.png, 02-moment-01.png): lower case, no spaces.
slides-cycle = cycle
slides-moment = moment
cli-new-cycle-title = New service cycle
cli-no-display = Ciclo could not open its window: no graphical display answered. Start it from a desktop session, or work without a window: `ciclo export FILE.ron -o FILE.png` draws a cycle, `ciclo check FILE.ron` checks it (see `ciclo --help`).

## The command line: its errors, warnings and status lines

# Put before each line of an error or warning; $message is the line.
cli-error = error: { $message }
cli-warning = warning: { $message }
# `ciclo check`, one line per valid file: "cycle.ron: ok, 12 moments, 3 critical".
cli-check-ok = { $file }: ok, { $moments ->
        [one] { $moments } moment
       *[other] { $moments } moments
    }, { $critical } critical
cli-names-dropped = { $dropped } of { $moments } moments' names did not fit and were left out (their numbered nodes are drawn); export a larger picture with --width and --height to show every name
# `ciclo slides`, once the deck is written.
cli-slides-written = { $output }: { $count ->
        [one] { $count } slide
       *[other] { $count } slides
    }
cli-no-help-topic = there is no help topic `{ $topic }`; the topics are: { $topics }
# $option is width or height, as typed on the command line.
cli-side-out-of-range = --{ $option } { $value } is out of range; use { $min } to { $max } pixels
# $where is where-moment-named; $problem one of the photo-* problems.
cli-photo-unusable = { $file }: { $where }: { $problem }; its slides show a placeholder
cli-no-template = there is no template `{ $name }`; the templates are: { $names }
cli-template-broken = the template { $name } cannot be read: { $error }
cli-not-workshop-url = { $url } is not a workshop address: it starts with http://, https://, ws:// or wss://, like http://192.168.1.20:7420/cena?token=…
cli-no-window-build = this ciclo was built without its window (the cargo feature `window`); build it with the default features to design in the window, or use a command such as `ciclo export`

# `ciclo serve` and `ciclo sync`. $file is a path; $url a workshop address.
cli-serve-room-name = { $file }: a room is named after its file; give a file name in UTF-8
cli-serve-same-name = two files are named { $name }; rooms are named after their files, so rename one
cli-serve-empty-token = --token is empty; leave it out to get a random one
cli-serve-no-token = no random token could be drawn ({ $error }); give one with --token
cli-serve-cannot-listen = cannot listen on { $address }; another program may use port { $port }: choose another with --port
cli-serve-hosting = { $count ->
    [one] Hosting one room. Participants join with:
   *[other] Hosting { $count } rooms. Participants join with:
}
cli-serve-firewall = If others cannot connect, let TCP port { $port } through this computer's firewall.
cli-serve-view-only = Browsers may only view (--view-only).
cli-serve-scan = Phones and laptops: scan the code, or open the address in a browser.
cli-serve-stop-hint = Press Ctrl+C to stop; the files are written within 2 s of each change and on stop.
cli-serve-stopped = Stopped; every room is saved.
cli-serve-not-saved = Stopped, but the room of { $file } could not be saved completely (the error above says why), so its last changes may be missing from the file. Fix that and start the host again; the room's state file { $state } was not removed.
cli-serve-merged = { $file } was edited while no host ran; the edits are merged into the workshop's saved state.
cli-serve-state-unreadable = { $state } could not be read ({ $error }); the room starts afresh from { $file }, so participants who were in it should leave and join again.
cli-sync-cannot-read = { $file }: cannot read
cli-sync-refused = the workshop refused to let this in: { $reason }
cli-sync-no-answer = no answer from { $url } within 20 s; check the address and that the host is running
cli-sync-seeded = The room was empty: { $file } filled it.
cli-sync-follows = { $file } now follows the room.
cli-sync-photo-fetched = Photo fetched from the host: { $file }
cli-sync-unrelated = The room holds another cycle than { $file }: none of its moments is there. Check the room name in the URL; to replace the file by the room anyway, add --replace (a copy of the file is kept as a backup).
cli-sync-backup = { $file } is about to change a lot: its previous content is kept in { $backup }.
cli-sync-keeping = Keeping { $file } in step with { $url }; Ctrl+C stops.
cli-sync-lost = Lost the connection; reconnecting (your edits are kept)…
cli-sync-connected = Connected again.
cli-sync-waiting = { $message }; waiting for the next save
cli-sync-renumbered = The new moment “{ $name }” is moment { $id } in the workshop (it was { $old } in the file).
# Why a file could not be read or written, for the commonest causes (others keep the system's words).
io-NotFound = there is no such file; check the name and the folder (`ciclo new -o FILE.ron` creates a cycle)
io-PermissionDenied = permission denied; ask for access to the file, or copy it into one of your folders

## The window

menu-file = File
menu-edit = Edit
menu-view = View
menu-language = Language
menu-help = Help
shortcuts = Keyboard shortcuts
about = About Ciclo
about-body = Ciclo draws service cycles: the moments of truth a customer lives through, on a clock face, with the critical ones marked. Build the cycle with the mouse and keyboard, analyse each moment in the inspector, and export the picture for your slides.
mouse-help = Mouse: drag a moment along the ring to move it; double-click the ring to add one there; drag empty space or use the middle button to pan; Ctrl+wheel zooms.
close = Close
cmd-new = New
cmd-open = Open…
cmd-save = Save
cmd-save-as = Save As…
cmd-export = Export…
cmd-quit = Quit
cmd-undo = Undo
cmd-redo = Redo
cmd-add = Add moment
cmd-insert-after = Insert after selected
cmd-delete = Delete moment
cmd-distribute = Distribute evenly
cmd-next = Select next
cmd-previous = Select previous
cmd-earlier = Move earlier
cmd-later = Move later
cmd-zoom-in = Zoom in
cmd-zoom-out = Zoom out
cmd-zoom-fit = Fit to view
cmd-select-none = Select none
cmd-canvas-only = Canvas only
tip-canvas-only = Hide the moment list and the inspector so the cycle gets the whole window; once more brings them back
a11y-moment = Moment { $number } of { $count }
a11y-critical = critical
a11y-satisfaction = satisfaction { $score } of 5
show-list = Moment list
show-inspector = Inspector
dropped-labels = Names left out
tip-dropped-labels = The picture has no room for every name. Make it larger (Export), shorten the names, or split the cycle.
new-from-template = New from template
recent-files = Recent files
no-recent = No recent files
theme = Theme
light = Light
dark = Dark
tip-add = Add a new moment of truth at the end of the cycle
tip-insert-after = Insert a new moment right after the selected one (Insert)
tip-delete = Remove the selected moment (Delete); Undo brings it back
tip-distribute = Forget the positions placed by hand and space the moments evenly around the ring
tip-zoom-fit = Show the whole picture (Ctrl+0)
tip-export = Save the slide picture as PNG or SVG
step-cycle = cycle details
step-rename = rename
step-moment = moment details
step-critical = critical mark
step-satisfaction = satisfaction
step-add = add moment
step-delete = delete moment
step-reorder = reorder
step-move = move on the ring
step-distribute = distribute evenly
add = Add
delete = Delete
up = Up
mark-critical = Mark as critical
unmark-critical = Not critical
insert-short = Insert after
down = Down
no-moments = No moments yet. Add one, or double-click the ring.
canvas = Service cycle canvas
empty-hint = Double-click the ring or press “Add moment” to begin
drag-hint = Drag along the ring to move it
name = Name
description = Description
channel = Channel
expectations-2 = Customer expectations
own-expectations = Other expectations
principles-2 = Principles of good service
evaluation = Evaluation
critical-moment-2 = Critical moment of truth
causes = What creates dissatisfaction
satisfaction-2 = Customer satisfaction (1–5)
clear = Clear
improvement-2 = Standard and improvement
standard-2 = Service standard
improvement-action = Improvement action
notes = Notes
service-cycle = Service cycle
nothing-selected = No moment selected: these are the details of the whole cycle.
title = Title
organization = Organization
customer = Customer
promise = Service promise
services = Service packages
primary-services = Primary services
secondary-services = Secondary services
evaluation-mechanisms = Evaluation mechanisms
document-language = Document language
add-item = + Add
remove-item = Remove this item
new-item = New item
sat-very-low = 1: very dissatisfied
sat-low = 2: dissatisfied
sat-mid = 3: neutral
sat-high = 4: satisfied
sat-very-high = 5: very satisfied
zoom = Zoom
untitled = Untitled
unsaved = unsaved changes
saved = Saved
exported = Exported
unsaved-title = Save changes?
unsaved-body = This cycle has changes that are not saved. Save them first?
dont-save = Don't save
cancel = Cancel
ok = OK
open-failed = The file could not be opened
save-failed = The cycle could not be saved
save-failed-hint = Your changes are still here, unsaved. Try Save As… to pick another folder.
export-failed = The picture could not be exported
recover-title = Restore unsaved work?
recover-body = Ciclo closed unexpectedly last time. A recovery copy of the unsaved cycle was kept.
restore = Restore
discard = Discard
export-title = Export picture
format = Format
size = Size
square = square
custom = Custom
pixels = Width × height
width = Width in pixels
height = Height in pixels
background = Background
white = White
transparent = Transparent
export-hint = The canvas shows the picture at this size: what you see is what you get.
tip-satisfaction-curve = Draw each moment's satisfaction score as a curve inside the ring, to show where the experience dips.
tip-png = A bitmap image, ready for slides
tip-svg = A vector drawing with editable text
tip-csv = The moments as comma-separated values, one row each
tip-xlsx = The moments as an Excel workbook, one row each
text-as-paths = Text as outlines
tip-text-as-paths = SVG only: the text becomes shapes, so the picture looks the same on every computer, even one without Ciclo's font. Choose it for slides; the text can no longer be edited.
tip-moment = A moment of truth is any instant in which the customer meets the service (a person, a phone call, a web page, a sign) and judges its quality.
tip-cycle = The service cycle is the whole sequence of moments of truth a customer lives through to get the service, drawn clockwise on a clock face.
tip-name = A short name for the moment, drawn beside its node.
tip-description = What happens at this moment, seen from the customer's side.
tip-channel = How the customer meets the service here: in person, by phone, on the web…
tip-expectations = What the customer hopes to get at this moment.
tip-own-expectations = Expectations in your own words, beyond the usual five.
tip-critical = A critical moment of truth is one where the customer's needs are not met; the drawing marks it in red with a thicker outline.
tip-causes = Why the customer leaves this moment dissatisfied.
tip-satisfaction = How satisfied customers are with this moment, from 1 (very dissatisfied) to 5 (very satisfied), e.g. from a CSAT survey.
tip-clear-satisfaction = Remove the score: not measured yet.
tip-standard = The measurable level of service agreed for this moment, e.g. “phone answered within 3 rings”.
tip-improvement = What will be done to make this moment better.
tip-owner = Who is responsible for the improvement.
tip-notes = Anything else worth remembering about this moment.
tip-title = The title drawn at the top of the picture.
tip-organization = The company or team whose service this is.
tip-cycle-description = What this cycle covers and who built it.
tip-customer = Who the customer is: the external customer who pays, or an internal colleague who receives your work.
tip-promise = What the organisation promises its customers; it should be measurable so you can check that it is kept.
tip-primary = The primary service package: what the customer actually comes for.
tip-secondary = The secondary service package: what comes with the main service (parking, wifi, coffee…).
tip-evaluation = How the organisation listens to its customers to evaluate the service and plan improvements.
tip-principles = The principles of good customer service that this moment puts to the test.
tip-evaluation-section = How this moment is going for the customer: whether it fails them, why, and how satisfied they are.
tip-improvement-section = The level of service agreed for this moment, and what will be done to reach it.
tip-services = What the organisation offers: the core service the customer comes for, and what comes with it.
tip-document-language = The language of the labels the picture adds (Start, End, legend).
cmd-present = Present
tip-present = Show the cycle full screen, one moment at a time, for the group
cmd-analysis = Analysis
tip-analysis = Counts, satisfaction, principles and expectations per moment, the causes of dissatisfaction and the critical moments without a plan
cmd-new-from-template = New from template…
tip-new-from-template = Start from one of the example cycles
cmd-export-report = Export report…
tip-export-report = Write the workshop report (HTML or Markdown): the picture, every moment, the analysis and the improvement plan
cmd-export-slides = Export slides…
tip-export-slides = Write one slide for the whole cycle and one per moment, as 1920×1080 PNG pictures in a folder
present-hint = Right arrow or Space: next  ·  Left arrow: back  ·  Esc: leave
present-exit = Leave the presentation (Esc)
present-cycle = The whole cycle
analysis-title = Analysis of the cycle
an-empty = Add moments of truth to see the analysis.
scored-line = ({ $scored } of { $moments } scored)
an-no-score = no moment scored yet
an-missing-plans = Critical moments without a complete plan
an-click-to-select = Click to select this moment in the designer
an-causes = Causes of dissatisfaction, by moments hit
an-no-causes = No cause of dissatisfaction recorded yet.
an-principles = Moments × principles of good service
an-expectations = Moments × customer expectations
gallery-hint = Each template is a realistic cycle to adapt. It opens as a new cycle, not yet saved.
report-written = Report written:
report-failed = The report could not be written
slides-written = Slides written:
slides-failed = The slides could not be written
critical-count = { $count } critical

## File dialogs, new moments

dialogs-open-service-cycle = Open service cycle
dialogs-save-service-cycle = Save service cycle
dialogs-export-report = Export report
dialogs-slides-folder = Choose a folder for the slides


default-moment-name = Moment { $number }

## The window: commands, palette, themes

cmd-open-recent = Open recent file
cmd-rename = Rename moment
tip-rename = Put the cursor in the selected moment's name (F2)
cmd-palette = Command palette…
tip-palette = Find any command by typing part of its name (Ctrl+Shift+P)
palette-hint = Type to find a command
palette-nothing = No command has that name
cmd-dismiss = Close or deselect
tip-dismiss = Close the window or dialog on top; with none open, select nothing (Esc)
high-contrast = High contrast

## The workshop report

report-about = About the cycle
report-picture = The cycle
report-own-words = in the customer's words
report-critical = Critical
report-yes = yes
report-no = no
report-causes = Causes of dissatisfaction
report-not-scored = not scored
report-plan = Improvement plan
report-plan-order = Critical moments first (marked !), then the others, each in sequence.
report-no-plan = No moment has an improvement action yet.
report-action = Action
report-count = Moments
report-cause = Cause
report-unknown-format = cannot tell the report format of { $path }; name the report file .md or .html
report-picture-failed = the report's picture could not be drawn: { $error }

## Live workshops
menu-workshop = Workshop
cmd-host-workshop = Host workshop
tip-host-workshop = Let people on this network edit this cycle with you, live, from their own Ciclo
cmd-join-workshop = Join workshop…
tip-join-workshop = Edit a cycle that someone hosts, together with the others in the room
cmd-leave-workshop = Leave workshop
tip-leave-workshop = Stop editing together; the cycle stays open here as an unsaved document
ws-live = Live
ws-people = { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
ws-connected = connected
ws-connecting = connecting
ws-reconnecting = reconnecting
ws-refused = refused
ws-host-failed = The workshop could not be hosted
ws-join-failed = The workshop could not be joined
ws-name-title = Your name
ws-name-hint = The others see it beside what you select; your colour comes from it.
ws-join-title = Join a workshop
ws-join-hint = Paste the address the host shows (it starts with http:// or ws://):
ws-join = Join
ws-panel-title = Join this workshop
ws-panel-hint = Phones and laptops: scan the code or type the address into a browser. Ciclo windows: Workshop > Join workshop… and paste it.
ws-copy = Copy address
ws-token = Token
ws-firewall = If nobody can connect, allow Ciclo (TCP port { $port }) through this computer's firewall.
ws-browsers-edit-tip = Untick to let phones and browsers only watch the cycle; Ciclo windows can still edit.
ws-browsers-edit = People joining from a browser may edit
ws-qr-label = QR code of the join address: point a phone's camera at it to join
ws-participants = Participants
ws-you = you
ws-show-panel = Show the join address
ws-on-moment = { $name } has selected this moment
## Photos and decks

step-photos = photos
photos-heading = Photos
photo-add = Add photo…
photo-add-tip = Add pictures of this moment (JPEG, PNG or WebP); you can also drop them onto the moment or here
photo-caption = Caption
photo-earlier = Move this photo up
photo-later = Move this photo down
photo-remove-tip = Remove this photo from the moment (the file stays)
photo-remove = Remove
photo-loading = loading…
photo-filter = Pictures
photo-word = Photo
cmd-export-pdf = Export PDF deck…
cmd-export-pdf-tip = Write every slide into one PDF, with real text and the photos, ready to send by e-mail
cmd-export-pptx = Export PowerPoint deck…
cmd-export-pptx-tip = Write every slide into one PowerPoint file (.pptx), with titles and speaker notes
deck-written = Deck written:
deck-dialog-title = Export presentation
photo-not-found = photo not found
photo-unreadable = the photo cannot be read
photo-not-a-file = this is not a file
photo-too-large = { $mp } megapixels, over the limit of { $max }; save a smaller copy
photo-broken = not a JPEG, PNG or WebP picture
photo-not-loaded = photo not loaded
exporting = Writing { $path }… { $seconds } s
exporting-then-closing = Writing { $path }… { $seconds } s. Ciclo closes once it is written.
export-stopped = The export stopped before it finished; try again.

## The command line's help (`ciclo --help`, `ciclo COMMAND --help`) and usage errors.
## help-COMMAND is a command's summary; help-COMMAND-ARG an argument's or option's words;
## help-any-ARG serves every command that has ARG.
help-ciclo = Ciclo: design service cycles, the clock-face diagrams of a customer's moments of truth.
help-ciclo-long = Ciclo: design service cycles, the clock-face diagrams of a customer's moments of truth.

    With no command (or with a .ron file), opens the designer window.

    Ciclo speaks the system's language if it knows it (English, Spanish, Russian, Portuguese); CICLO_LANG=es (or en, ru, pt) chooses another.
help-ciclo-file = A cycle to open in the window.
help-export = Draw a cycle as a PNG or SVG picture, or write its moments as a CSV or XLSX spreadsheet.
help-export-output = The file to write: .png or .svg (the picture), .csv or .xlsx (one row per moment).
help-export-background = white (the default), transparent, or a colour as #rrggbb.
help-any-satisfaction_curve = Draw the satisfaction curve inside the ring.
help-export-text_as_paths = SVG only: write the text as outlines, so that the file looks exactly like the PNG on any computer (for slides); the text can then no longer be edited.
help-check = Check cycles: one line per file; exits with 1 if any is invalid.
help-check-files = The cycles (.ron).
help-check-summary = Also print the analysis of each valid cycle: critical share, average satisfaction, principles and expectations per moment, causes, missing plans.
help-report = Write the workshop report: properties, picture, every moment, analysis and the improvement plan, as Markdown (with the PNG beside it) or one self-contained HTML.
help-report-output = The report to write: .md or .html.
help-new = Write a new cycle, empty or from a template.
help-new-output = The file to create.
help-new-template = A template (see `ciclo templates`).
help-new-lang = Language of the new cycle: en, es, ru or pt (by default the one Ciclo speaks: CICLO_LANG, or the system's).
help-new-force = Replace the file if it exists.
help-templates = List the templates.
help-help = Explain a command (`ciclo help export`) or the cycle file format (`ciclo help format`).
help-help-topic = A command, or `format`.
help-serve = Host a live workshop: one room per cycle, which participants join from their own Ciclo (or any Yjs client) on the same network; each file is written as it changes.
help-serve-files = The cycles (.ron); each room is named after its file.
help-serve-port = The TCP port to listen on (7420 by default).
help-serve-bind = The address to listen on (all of this computer's by default: 0.0.0.0).
help-serve-token = The token participants must give (by default 10 random letters and digits, easy to read off a projector).
help-serve-view_only = Let browsers only look: people who join from the participant page see the cycle live but cannot change it. Ciclo windows can still edit.
help-sync = Keep a cycle file in step with a workshop room, both ways, without a window: the room's changes are written to the file, and edits saved to the file reach the room.
help-sync-url = The room's address, as the host shows it: http://HOST:PORT/ROOM?token=… (ws://, wss:// and https:// work too).
help-sync-file = The cycle (.ron); it fills the room if the room is empty.
help-sync-ca = For wss://: also trust the certificate authorities in this PEM file (a server with a private CA's certificate). SSL_CERT_FILE is trusted too when set.
help-sync-replace = Take the room even when it holds another cycle than the file (the file is kept as FILE.bak).
help-join = Open the window joined to a live workshop (as Workshop ▸ Join workshop… does).
help-join-url = The room's address, as the host shows it: http://HOST:PORT/ROOM?token=… (ws://, wss:// and https:// work too).
help-slides = Write presentation slides: the cycle, then one slide per moment, as a PDF deck (-o deck.pdf), a PowerPoint deck (-o deck.pptx) or a folder of PNGs (-o folder).
help-slides-output = The deck to write: a .pdf or .pptx file, or a folder for the PNGs (created if missing).
help-any-file = The cycle (.ron).
help-any-width = Width in pixels (1920 by default).
help-any-height = Height in pixels (1080 by default).
help-any-help = Print this help.
help-any-version = Print Ciclo's version.
help-usage = Usage:
help-arguments = Arguments:
help-options = Options:
help-commands = Commands:
cli-usage-unknown-argument = { $arg } is not an option of this command
cli-usage-did-you-mean = did you mean { $suggestion }?
cli-usage-unknown-command = there is no command `{ $name }`
cli-usage-invalid-value = { $value } is not a value { $arg } takes; it takes: { $valid }
cli-usage-bad-value = { $value } is not a valid value for { $arg }
cli-usage-bad-background = { $value } is not a background for { $arg }: use white, transparent or a colour as #rrggbb (six hexadecimal digits, such as #f0f0f0)
cli-usage-not-a-number = { $value } is not a value for { $arg }: it takes a whole number
cli-usage-missing = this command needs { $args }
cli-usage-conflict = { $arg } cannot be given with { $other }
cli-usage-other = the command line is not understood: { $detail }
cli-usage-more = To see what the command takes: { $command } --help
# The inspector: the improvement plan's target and due date, the cover's authors and date.
inspector-target = Target satisfaction
tip-target = The satisfaction the improvement aims at, 1 to 5 (the to-be score).
tip-clear-target = Remove the target.
inspector-due = Due date
tip-due = When the improvement is due, as YYYY-MM-DD.
inspector-authors = Authors
tip-authors = Who made this cycle, for the cover of the deck.
inspector-date = Date
tip-cycle-date = The date on the cover, as YYYY-MM-DD.
inspector-date-hint = YYYY-MM-DD
inspector-not-a-date = Not a real date, so it is not kept: write it as YYYY-MM-DD, for example 2027-03-31.
