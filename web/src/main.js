// Ciclo's participant page: join a live workshop from a phone or a laptop browser.
//
// The shared Y doc is schema 1 of docs/COLLABORATION.md; presence is the desktop's
// ({ user: { name, color }, selection, dragging }). The picture is drawn by the host
// (GET ROOM/picture.svg); the page never lays the cycle out itself.
//
// Security: everything that comes from the document or from other participants is put
// on the page with textContent or setAttribute, never parsed as HTML.

import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { pickLanguage, translator } from './i18n.js'
import { colorFor, initials, safeColor } from './color.js'
import { between, spread, compareMoments } from './order.js'
import { spliceOf, mapThrough } from './textdiff.js'
import { sanitizeSvg } from './svg.js'
import { downscale } from './photo.js'
import { CHANNELS, EXPECTATIONS, PRINCIPLES, CAUSES } from './vocabulary.js'

const LOCAL = Symbol('page')
const NAME_KEY = 'ciclo.name'

// ---------------------------------------------------------------- set-up

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? ''
const room = meta('ciclo-room')
const canEdit = meta('ciclo-can-edit') === 'true'
const token = new URLSearchParams(location.search).get('token') ?? ''
const base = location.pathname.replace(/\/+$/, '') // "/cena", as the browser sent it
const lang = pickLanguage([meta('ciclo-lang'), ...(navigator.languages || [navigator.language])].filter(Boolean))
const t = translator(lang)
document.documentElement.lang = lang

const withToken = (path, extra = {}) => {
  const q = new URLSearchParams({ token, ...extra })
  return `${base}${path}?${q}`
}

const doc = new Y.Doc()
const moments = doc.getMap('moments')
const cycle = doc.getMap('cycle')
const wsOrigin = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
const provider = new WebsocketProvider(wsOrigin, base.slice(1), doc, {
  params: { token },
  disableBc: true, // every page talks to the host, never to another tab directly
  connect: false
})
const awareness = provider.awareness
awareness.setLocalState(null) // no presence until the participant has a name

// ---------------------------------------------------------------- small DOM helpers

/** An element with attributes (strings), properties for `text`/`class`, and children. */
function h (tag, attrs = {}, ...children) {
  const node = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue
    if (k === 'text') node.textContent = v
    else if (k === 'class') node.className = v
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v)
    else node.setAttribute(k, v === true ? '' : String(v))
  }
  for (const c of children.flat()) if (c != null && c !== false) node.append(c)
  return node
}

let uid = 0
const nextId = (prefix) => `${prefix}-${++uid}`

// ---------------------------------------------------------------- reading the doc

const textOf = (map, key) => {
  const v = map?.get(key)
  return v instanceof Y.Text ? v.toString() : typeof v === 'string' ? v : ''
}
const visible = (s) => s.replace(/[\s\u200b-\u200f\u2060\ufeff\u00ad]/gu, '') !== ''

/** The moments in their sequence: [{ id, key, map, order }]. */
function sequence () {
  const out = []
  moments.forEach((map, key) => {
    if (!(map instanceof Y.Map) || !/^[1-9][0-9]{0,15}$/.test(key)) return
    const order = map.get('order')
    out.push({ id: Number(key), key, map, order: typeof order === 'string' ? order : '' })
  })
  return out.sort(compareMoments)
}

const nameOf = (m) => {
  const name = textOf(m.map, 'name')
  return visible(name) ? name : String(m.id)
}
const inSet = (map, key, variant) => {
  const set = map.get(key)
  return set instanceof Y.Map && set.get(variant) === true
}
const satisfactionOf = (map) => {
  const s = map.get('satisfaction')
  return Number.isInteger(s) && s >= 1 && s <= 5 ? s : null
}
const channelOf = (map) => {
  const c = map.get('channel')
  return CHANNELS.includes(c) ? c : 'InPerson'
}

// ---------------------------------------------------------------- the page's frame

const app = document.getElementById('app')
const titleEl = h('h1', { class: 'title' })
const statusEl = h('span', { class: 'status', role: 'status' })
const peopleBtn = h('button', { type: 'button', class: 'people', 'aria-expanded': 'false', 'aria-controls': 'participants' })
const participantsEl = h('div', { id: 'participants', class: 'participants', hidden: true })
const header = h('header', { class: 'bar' },
  h('div', { class: 'bar-main' }, titleEl, h('div', { class: 'bar-side' }, statusEl, peopleBtn)),
  participantsEl)
const notice = h('p', { class: 'notice', role: 'alert', hidden: true })
const viewOnly = canEdit ? null : h('p', { class: 'note view-only', text: t('page-view-only') })
const figure = h('figure', { class: 'picture', 'aria-describedby': 'moments-heading' })
const pictureState = h('p', { class: 'picture-state', text: t('page-picture-loading') })
const listHeading = h('h2', { id: 'moments-heading', text: t('page-moments') })
const list = h('ol', { class: 'moments', 'aria-labelledby': 'moments-heading' })
const emptyNote = h('p', { class: 'note', text: t('page-no-moments'), hidden: true })
app.replaceChildren(
  header,
  h('div', { class: 'layout' },
    h('section', { class: 'stage', 'aria-label': t('service-cycle') }, notice, viewOnly, figure, pictureState),
    h('section', { class: 'side' }, listHeading, emptyNote, list)))
app.removeAttribute('aria-busy')

// ---------------------------------------------------------------- name prompt and presence

let myName = ''
try { myName = localStorage.getItem(NAME_KEY) || '' } catch { /* private mode */ }

function publishPresence (selection) {
  if (!myName) return
  const prev = awareness.getLocalState()
  awareness.setLocalState({
    user: { name: myName, color: colorFor(myName) },
    selection: selection !== undefined ? selection : (prev?.selection ?? null),
    dragging: false
  })
}

function askName () {
  const input = h('input', {
    id: 'your-name',
    type: 'text',
    autocomplete: 'nickname',
    maxlength: '60',
    required: true,
    enterkeyhint: 'go',
    'aria-describedby': 'your-name-hint'
  })
  input.value = myName
  const dialog = h('dialog', { class: 'name-prompt', 'aria-labelledby': 'your-name-title' })
  const form = h('form', { method: 'dialog' },
    h('h2', { id: 'your-name-title', text: t('ws-name-title') }),
    h('label', { for: 'your-name', class: 'field-label', text: t('name') }),
    input,
    h('p', { id: 'your-name-hint', class: 'hint', text: t('ws-name-hint') }),
    h('button', { type: 'submit', class: 'primary', text: t('page-join') }))
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const name = input.value.trim()
    if (!visible(name)) { input.focus(); return }
    myName = name
    try { localStorage.setItem(NAME_KEY, name) } catch { /* private mode */ }
    dialog.close()
    dialog.remove()
    publishPresence(currentCard?.id != null ? String(currentCard.id) : null)
    renderPeople()
  })
  dialog.addEventListener('cancel', (e) => { if (!myName) e.preventDefault() })
  dialog.append(form)
  document.body.append(dialog)
  dialog.showModal()
  input.focus()
}

/** The others in the room with a valid presence: [{ client, name, color, selection }]. */
function others () {
  const out = []
  awareness.getStates().forEach((state, client) => {
    if (client === doc.clientID) return
    const name = state?.user?.name
    if (typeof name !== 'string' || !visible(name)) return
    out.push({
      client,
      name: name.slice(0, 80),
      color: safeColor(state.user.color) ?? colorFor(name),
      selection: typeof state.selection === 'string' ? state.selection : null
    })
  })
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.client - b.client)
}

function badge (person) {
  const b = h('span', { class: 'badge', text: initials(person.name), 'aria-hidden': 'true' })
  b.style.backgroundColor = person.color
  return b
}

function renderPeople () {
  const people = others()
  const count = people.length + (myName ? 1 : 0)
  peopleBtn.replaceChildren(
    ...people.slice(0, 4).map(badge),
    h('span', { text: t('ws-people', { count }) }))
  peopleBtn.setAttribute('aria-label', `${t('ws-participants')}: ${t('ws-people', { count })}`)
  const rows = []
  if (myName) {
    rows.push(h('li', {}, badge({ name: myName, color: colorFor(myName) }),
      h('span', { text: `${myName} (${t('ws-you')})` }),
      h('button', { type: 'button', class: 'link', text: t('page-change-name'), onclick: askName })))
  }
  for (const p of people) rows.push(h('li', {}, badge(p), h('span', { text: p.name })))
  participantsEl.replaceChildren(h('h2', { text: t('ws-participants') }), h('ul', {}, rows))
  renderList()
  drawRings()
}

peopleBtn.addEventListener('click', () => {
  const open = participantsEl.hidden
  participantsEl.hidden = !open
  peopleBtn.setAttribute('aria-expanded', String(open))
})
awareness.on('change', () => schedule(renderPeople))

// ---------------------------------------------------------------- connection

let everConnected = false
let refused = false

function renderStatus () {
  let key = 'ws-connecting'
  let cls = 'connecting'
  if (provider.wsconnected) { key = 'ws-connected'; cls = 'connected' } else if (everConnected) { key = 'ws-reconnecting'; cls = 'reconnecting' }
  if (refused) { key = 'ws-refused'; cls = 'refused' }
  statusEl.className = `status ${cls}`
  statusEl.replaceChildren(h('span', { class: 'dot', 'aria-hidden': 'true' }), h('span', { text: t(key) }))
  statusEl.setAttribute('aria-label', `${t('page-connection')}: ${t(key)}`)
  if (!refused) showNotice(everConnected && !provider.wsconnected ? t('page-offline') : '')
}

function showNotice (text) {
  notice.textContent = text
  notice.hidden = !text
}

function refuse () {
  refused = true
  provider.disconnect()
  showNotice(t('page-token-refused'))
  pictureState.hidden = true
  renderStatus()
}

provider.on('status', ({ status }) => {
  if (status === 'connected') everConnected = true
  renderStatus()
})
provider.on('sync', (synced) => { if (synced) { schedule(renderAll); schedulePicture(0) } })

/** After sleep or a network change: reconnect now instead of waiting for the backoff. */
function nudge () {
  if (refused || !navigator.onLine) return
  if (provider.wsconnected) {
    // A socket that slept may be dead without knowing it; the host writes often.
    if (Date.now() - provider.wsLastMessageReceived > 20000) provider.ws?.close()
  } else if (provider.ws === null) {
    provider.wsUnsuccessfulReconnects = 0
    provider.connect()
  }
  schedulePicture(0)
}
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') nudge() })
window.addEventListener('online', nudge)
window.addEventListener('pageshow', (e) => { if (e.persisted) nudge() })

// ---------------------------------------------------------------- batching renders

const pending = new Set()
let frame = 0
function schedule (fn) {
  pending.add(fn)
  if (!frame) {
    frame = requestAnimationFrame(() => {
      frame = 0
      const fns = [...pending]
      pending.clear()
      for (const f of fns) f()
    })
  }
}

let updates = 0
doc.on('update', () => {
  updates++
  schedulePicture(100)
})
moments.observeDeep(() => schedule(renderAll))
cycle.observeDeep(() => schedule(renderTitle))

function renderAll () {
  renderTitle()
  renderList()
  refreshCard()
}

function renderTitle () {
  const title = textOf(cycle, 'title')
  titleEl.textContent = visible(title) ? title : (room || t('service-cycle'))
  document.title = `${titleEl.textContent} · Ciclo`
}

// ---------------------------------------------------------------- the list of moments

const rows = new Map() // id -> li

function renderList () {
  const seq = sequence()
  const selections = new Map()
  for (const p of others()) {
    if (!p.selection) continue
    if (!selections.has(p.selection)) selections.set(p.selection, [])
    selections.get(p.selection).push(p)
  }
  emptyNote.hidden = seq.length > 0 || !provider.synced
  const seen = new Set()
  seq.forEach((m, i) => {
    seen.add(m.id)
    let li = rows.get(m.id)
    if (!li) {
      li = h('li', { class: 'moment' })
      const button = h('button', { type: 'button', class: 'moment-open', 'data-id': String(m.id) })
      button.addEventListener('click', () => openCard(m.id, button))
      li.append(button)
      rows.set(m.id, li)
    }
    const button = li.firstChild
    const critical = m.map.get('critical') === true
    const sat = satisfactionOf(m.map)
    const who = selections.get(String(m.id)) ?? []
    li.classList.toggle('critical', critical)
    const parts = [
      h('span', { class: 'number', text: String(i + 1), 'aria-hidden': 'true' }),
      h('span', { class: 'moment-text' },
        h('span', { class: 'moment-name', text: nameOf(m) }),
        h('span', { class: 'moment-meta' },
          critical ? h('span', { class: 'critical-tag', text: t('page-critical') }) : null,
          h('span', { text: t(`channel-${channelOf(m.map)}`) }),
          sat ? h('span', { text: t('page-satisfaction', { score: sat }) }) : null)),
      who.length ? h('span', { class: 'who' }, who.map(badge)) : null
    ]
    button.replaceChildren(...parts.filter(Boolean))
    const label = [`${i + 1}. ${nameOf(m)}`]
    if (critical) label.push(t('page-critical'))
    label.push(t(`channel-${channelOf(m.map)}`))
    if (sat) label.push(t('page-satisfaction', { score: sat }))
    for (const p of who) label.push(t('ws-on-moment', { name: p.name }))
    button.setAttribute('aria-label', label.join(', '))
    if (currentCard?.id === m.id) button.setAttribute('aria-current', 'true')
    else button.removeAttribute('aria-current')
    if (list.children[i] !== li) list.insertBefore(li, list.children[i] ?? null)
  })
  for (const [id, li] of rows) {
    if (!seen.has(id)) { li.remove(); rows.delete(id) }
  }
}

// ---------------------------------------------------------------- the picture

const pic = { busy: false, again: false, timer: 0, due: 0, rev: null, w: 0, h: 0, ids: [], shown: -1, tries: 0 }

function pictureSize () {
  const w = Math.round(figure.clientWidth || window.innerWidth)
  const top = header.getBoundingClientRect().height
  const wide = window.matchMedia('(min-width: 900px)').matches
  let hgt = window.innerHeight - top - (wide ? 24 : 16)
  if (!wide) hgt = Math.min(hgt, Math.round(w * 1.25)) // leave the list in sight on a phone
  const clamp = (v) => Math.max(200, Math.min(4000, v))
  return { w: clamp(w), h: clamp(Math.round(hgt)) }
}

/** Asks for the picture in `delay` ms, or sooner if it is asked for already: a stream
 * of edits (10 a second) never pushes the next picture back. */
function schedulePicture (delay) {
  if (refused) return
  const due = Date.now() + delay
  if (pic.timer && pic.due <= due) return
  clearTimeout(pic.timer)
  pic.due = due
  pic.timer = setTimeout(() => { pic.timer = 0; fetchPicture() }, delay)
}

async function fetchPicture () {
  if (pic.busy) { pic.again = true; return }
  pic.busy = true
  const { w, h: hgt } = pictureSize()
  const ids = sequence().map((m) => m.id)
  const seen = updates
  let retry = 0
  try {
    const res = await fetch(withToken('/picture.svg', { w, h: hgt }), { cache: 'no-cache', credentials: 'same-origin' })
    if (res.status === 401) { refuse(); return }
    if (!res.ok) throw new Error(String(res.status))
    const rev = res.headers.get('X-Ciclo-Revision')
    const text = await res.text()
    const same = rev !== null && rev === pic.rev && w === pic.w && hgt === pic.h
    if (!same) {
      showPicture(text, ids)
      pic.rev = rev
      pic.w = w
      pic.h = hgt
      pic.shown = seen
      pic.tries = 0
    } else if (seen > pic.shown && pic.tries < 4) {
      // The host may not have applied our latest update when it drew: ask again soon.
      pic.tries++
      retry = 150
    } else {
      pic.ids = ids // the same drawing: the doc may have synced since it was asked for
      pic.shown = seen
      drawRings()
    }
    pictureState.hidden = true
  } catch {
    pictureState.textContent = t('page-picture-failed')
    pictureState.hidden = false
    retry = 3000
  } finally {
    pic.busy = false
    if (pic.again) { pic.again = false; schedulePicture(0) } else if (retry) schedulePicture(retry)
  }
}

function showPicture (text, ids) {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml')
  const svg = parsed.documentElement
  if (!svg || svg.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length) throw new Error('svg')
  sanitizeSvg(svg)
  const node = document.importNode(svg, true)
  node.removeAttribute('width')
  node.removeAttribute('height')
  node.setAttribute('role', 'img')
  node.setAttribute('aria-label', t('page-picture'))
  node.setAttribute('focusable', 'false')
  figure.replaceChildren(node)
  pic.ids = ids
  drawRings()
}

/** The moment of node N (from 1) of the picture shown; the doc's sequence if the picture
 * was asked for before the doc had synced. */
function idOfNode (n) {
  return pic.ids[n - 1] ?? sequence()[n - 1]?.id ?? null
}

/** Which moment a tap on the picture means: its node or label group, or the nearest node. */
function momentAt (event) {
  for (let n = event.target; n && n !== figure; n = n.parentNode) {
    if (n.localName !== 'g' || !n.classList) continue
    for (const c of n.classList) {
      const hit = /^(?:node|label)-([0-9]+)$/.exec(c)
      if (hit) return idOfNode(Number(hit[1]))
    }
  }
  let best = null
  let bestD = 32 // CSS px around a node that still count as a tap on it
  figure.querySelectorAll('g.node').forEach((g) => {
    const circle = g.querySelector('circle')
    if (!circle) return
    const r = circle.getBoundingClientRect()
    const d = Math.hypot(event.clientX - (r.left + r.width / 2), event.clientY - (r.top + r.height / 2)) - r.width / 2
    const n = [...g.classList].map((c) => /^node-([0-9]+)$/.exec(c)).find(Boolean)
    if (n && d < bestD) { bestD = d; best = idOfNode(Number(n[1])) }
  })
  return best
}

figure.addEventListener('click', (e) => {
  const id = momentAt(e)
  if (id != null && moments.has(String(id))) openCard(id, null)
})

const SVG_NS = 'http://www.w3.org/2000/svg'
function drawRings () {
  const svg = figure.querySelector('svg')
  if (!svg) return
  svg.querySelector('g.presence')?.remove()
  const layer = document.createElementNS(SVG_NS, 'g')
  layer.setAttribute('class', 'presence')
  const count = new Map()
  for (const p of others()) {
    const i = pic.ids.indexOf(Number(p.selection))
    if (i < 0) continue
    const circle = svg.querySelector(`g.node-${i + 1} circle`)
    if (!circle) continue
    const k = count.get(i) ?? 0
    count.set(i, k + 1)
    const cx = Number(circle.getAttribute('cx'))
    const cy = Number(circle.getAttribute('cy'))
    const r = Number(circle.getAttribute('r'))
    const ring = document.createElementNS(SVG_NS, 'circle')
    ring.setAttribute('cx', cx)
    ring.setAttribute('cy', cy)
    ring.setAttribute('r', r * (1.3 + 0.3 * k))
    ring.setAttribute('fill', 'none')
    ring.setAttribute('stroke', p.color)
    ring.setAttribute('stroke-width', Math.max(2, r * 0.16))
    layer.append(ring)
    const label = document.createElementNS(SVG_NS, 'text')
    label.setAttribute('x', cx + r * (1.1 + 0.3 * k))
    label.setAttribute('y', cy - r * (1.1 + 0.3 * k))
    label.setAttribute('font-size', Math.max(11, r * 0.7))
    label.setAttribute('font-weight', '600')
    label.setAttribute('fill', p.color)
    label.textContent = initials(p.name)
    layer.append(label)
  }
  svg.append(layer)
}

// A new size of the picture's box asks for a picture of that size (its height follows
// the drawing, so only the width and the window count).
let lastWidth = 0
const resized = () => {
  const w = figure.clientWidth
  if (w !== lastWidth || pictureSize().h !== pic.h) {
    lastWidth = w
    schedulePicture(150)
  }
}
new ResizeObserver(resized).observe(figure)
window.addEventListener('resize', resized)
window.addEventListener('orientationchange', resized)

// ---------------------------------------------------------------- the card of a moment

const card = h('dialog', { class: 'card', 'aria-labelledby': 'card-title' })
document.body.append(card)
card.addEventListener('close', () => {
  const id = currentCard?.id
  currentCard?.destroy()
  currentCard = null
  publishPresence(null)
  renderList()
  const back = id != null && rows.get(id)?.firstChild
  if (back && document.body.contains(back)) back.focus({ preventScroll: true })
})
card.addEventListener('click', (e) => { if (e.target === card) card.close() }) // the backdrop

let currentCard = null

function edit (fn) {
  if (canEdit) doc.transact(fn, LOCAL)
}

/** A text control kept in step with the moment's Y.Text `key`, with minimal edits. */
function bindText (map, key, control) {
  let ytext = null
  const observer = (event, tr) => {
    if (tr.origin === LOCAL) return // our own typing: the control shows it already
    const focused = document.activeElement === control
    const s = control.selectionStart
    const e = control.selectionEnd
    const dir = control.selectionDirection
    control.value = ytext.toString()
    if (focused && s != null) control.setSelectionRange(mapThrough(s, event.delta), mapThrough(e, event.delta), dir || 'none')
  }
  const attach = () => {
    const now = map.get(key)
    const next = now instanceof Y.Text ? now : null
    if (next === ytext) return
    ytext?.unobserve(observer)
    ytext = next
    ytext?.observe(observer)
    control.value = ytext ? ytext.toString() : ''
  }
  control.addEventListener('input', () => {
    if (!canEdit) return
    const before = ytext ? ytext.toString() : ''
    const after = control.value
    const splice = spliceOf(before, after, control.selectionEnd ?? after.length)
    if (!splice) return
    edit(() => {
      if (!ytext) {
        map.set(key, new Y.Text())
        attach()
      }
      if (splice.remove) ytext.delete(splice.index, splice.remove)
      if (splice.insert) ytext.insert(splice.index, splice.insert)
    })
  })
  attach()
  return { refresh: attach, destroy: () => ytext?.unobserve(observer) }
}

function textField (map, key, label, multiline) {
  const id = nextId(key)
  const control = multiline
    ? h('textarea', { id, rows: '3', disabled: !canEdit })
    : h('input', { id, type: 'text', disabled: !canEdit, autocomplete: 'off', enterkeyhint: 'done' })
  const binding = bindText(map, key, control)
  return { node: h('div', { class: 'field' }, h('label', { for: id, class: 'field-label', text: label }), control), binding, control }
}

function setToggle (map, key, variant, on) {
  edit(() => {
    let set = map.get(key)
    if (!(set instanceof Y.Map)) {
      set = new Y.Map()
      map.set(key, set)
    }
    if (on) set.set(variant, true)
    else set.delete(variant)
  })
}

function checkGroup (map, key, legend, variants, prefix) {
  const boxes = variants.map((v) => {
    const id = nextId(`${key}-${v}`)
    const box = h('input', { type: 'checkbox', id, disabled: !canEdit, 'aria-describedby': `${id}-tip` })
    box.addEventListener('change', () => setToggle(map, key, v, box.checked))
    const row = h('div', { class: 'check' }, box,
      h('div', { class: 'check-text' }, h('label', { for: id, text: t(`${prefix}-${v}`) }), h('span', { id: `${id}-tip`, class: 'tip', text: t(`${prefix}-${v}-tip`) })))
    return { v, box, row }
  })
  const node = h('fieldset', { class: 'group' }, h('legend', { text: legend }), boxes.map((b) => b.row))
  const refresh = () => { for (const b of boxes) b.box.checked = inSet(map, key, b.v) }
  refresh()
  return { node, refresh }
}

function openCard (id, opener) {
  const entry = moments.get(String(id))
  if (!(entry instanceof Y.Map)) return
  if (currentCard) currentCard.destroy()
  const map = entry
  const kicker = h('p', { class: 'kicker' })
  const heading = h('h2', { id: 'card-title', tabindex: '-1' })
  const close = h('button', { type: 'button', class: 'close', 'aria-label': t('page-close'), text: '×', onclick: () => card.close() })

  const name = textField(map, 'name', t('name'), false)
  const description = textField(map, 'description', t('description'), true)
  const notes = textField(map, 'notes', t('notes'), true)

  const channelId = nextId('channel')
  const channel = h('select', { id: channelId, disabled: !canEdit },
    CHANNELS.map((c) => h('option', { value: c, text: t(`channel-${c}`) })))
  channel.addEventListener('change', () => edit(() => map.set('channel', channel.value)))

  const expectations = checkGroup(map, 'expectations', t('expectations-2'), EXPECTATIONS, 'expectation')
  const principles = checkGroup(map, 'principles', t('principles-2'), PRINCIPLES, 'principle')
  const causes = checkGroup(map, 'causes', t('causes'), CAUSES, 'cause')

  const criticalId = nextId('critical')
  const critical = h('input', { type: 'checkbox', id: criticalId, disabled: !canEdit, 'aria-describedby': `${criticalId}-tip` })
  critical.addEventListener('change', () => edit(() => map.set('critical', critical.checked)))
  const criticalRow = h('div', { class: 'check critical-check' }, critical,
    h('div', { class: 'check-text' }, h('label', { for: criticalId, text: t('critical-moment-2') }), h('span', { id: `${criticalId}-tip`, class: 'tip', text: t('tip-critical') })))

  const satName = nextId('sat')
  const satLabels = ['sat-very-low', 'sat-low', 'sat-mid', 'sat-high', 'sat-very-high']
  const radios = [1, 2, 3, 4, 5].map((n) => {
    const id = `${satName}-${n}`
    const radio = h('input', { type: 'radio', name: satName, id, value: String(n), disabled: !canEdit, 'aria-label': t(satLabels[n - 1]) })
    radio.addEventListener('change', () => { if (radio.checked) edit(() => map.set('satisfaction', n)) })
    return { n, radio, node: h('span', { class: 'score' }, radio, h('label', { for: id, text: String(n), title: t(satLabels[n - 1]), 'aria-hidden': 'true' })) }
  })
  const clearSat = h('button', { type: 'button', class: 'link', disabled: !canEdit, text: t('clear'), 'aria-label': `${t('clear')}: ${t('satisfaction-2')}`, onclick: () => edit(() => map.delete('satisfaction')) })
  const satValue = h('span', { class: 'score-value', 'aria-live': 'polite' })
  const satisfaction = h('fieldset', { class: 'group satisfaction' },
    h('legend', { text: t('satisfaction-2') }),
    h('div', { class: 'scores' }, radios.map((r) => r.node), clearSat),
    satValue)

  const photoList = h('ul', { class: 'photos' })
  const photoStatus = h('p', { class: 'hint', role: 'status' })
  const fileId = nextId('photo')
  const file = h('input', { type: 'file', id: fileId, accept: 'image/*', capture: 'environment', class: 'visually-hidden', disabled: !canEdit })
  file.addEventListener('change', () => {
    const f = file.files?.[0]
    file.value = ''
    if (f) uploadPhoto(id, f, photoStatus)
  })
  const addPhoto = h('label', { for: fileId, class: `button${canEdit ? '' : ' disabled'}`, text: t('photo-add') })
  const photos = h('section', { class: 'group photos-group', 'aria-labelledby': `${fileId}-h` },
    h('h3', { id: `${fileId}-h`, text: t('photos-heading') }), photoList, canEdit ? h('div', {}, file, addPhoto) : null, photoStatus)

  const addAfter = h('button', { type: 'button', class: 'primary', disabled: !canEdit, text: t('page-add-after'), onclick: () => addMomentAfter(id) })

  const gone = h('p', { class: 'notice', role: 'alert', hidden: true, text: t('page-moment-gone') })
  const channelField = h('div', { class: 'field' }, h('label', { for: channelId, class: 'field-label', text: t('channel') }), channel)
  const body = h('div', { class: 'card-body' },
    gone,
    canEdit ? null : h('p', { class: 'note view-only', text: t('page-view-only') }),
    name.node, description.node, channelField,
    expectations.node, principles.node,
    h('fieldset', { class: 'group' }, h('legend', { text: t('evaluation') }), criticalRow, causes.node, satisfaction),
    notes.node, photos,
    h('div', { class: 'actions' }, addAfter))
  card.replaceChildren(h('div', { class: 'card-head' }, h('div', {}, kicker, heading), close), body)

  let photoKey = null
  const refresh = () => {
    const alive = moments.get(String(id)) === map
    gone.hidden = alive
    const seq = sequence()
    const i = seq.findIndex((m) => m.id === id)
    const ch = channelOf(map)
    kicker.textContent = i >= 0 ? t('card-kicker', { number: i + 1, count: seq.length, channel: t(`channel-${ch}`) }) : ''
    heading.textContent = i >= 0 ? nameOf(seq[i]) : String(id)
    name.binding.refresh()
    description.binding.refresh()
    notes.binding.refresh()
    if (document.activeElement !== channel) channel.value = ch
    expectations.refresh()
    principles.refresh()
    causes.refresh()
    const isCritical = map.get('critical') === true
    critical.checked = isCritical
    causes.node.hidden = !isCritical
    const sat = satisfactionOf(map)
    for (const r of radios) r.radio.checked = r.n === sat
    satValue.textContent = sat ? t(satLabels[sat - 1]) : t('page-satisfaction-none')
    const list = map.get('photos')
    const items = list instanceof Y.Array ? list.toArray().filter((p) => p instanceof Y.Map && typeof p.get('path') === 'string') : []
    const key = JSON.stringify(items.map((p) => [p.get('path'), p.get('caption')]))
    if (key !== photoKey) {
      photoKey = key
      photoList.replaceChildren(...items.map((p, k) => {
        const caption = typeof p.get('caption') === 'string' ? p.get('caption') : ''
        const alt = caption || t('page-photo-of', { number: k + 1, name: heading.textContent })
        return h('li', {}, h('img', { src: photoUrl(p.get('path')), alt, loading: 'lazy', decoding: 'async', width: '160', height: '120' }),
          caption ? h('span', { class: 'caption', text: caption }) : null)
      }))
    }
  }
  currentCard = {
    id,
    refresh,
    destroy: () => { name.binding.destroy(); description.binding.destroy(); notes.binding.destroy() }
  }
  refresh()
  publishPresence(String(id))
  renderList()
  if (!card.open) card.showModal()
  card.scrollTop = 0
  heading.focus({ preventScroll: true })
  void opener
  return name.control
}

function refreshCard () {
  currentCard?.refresh()
}

/** The address of a photo's thumbnail: photos/NAME → ROOM/photos/NAME. */
function photoUrl (path) {
  const name = path.startsWith('photos/') ? path.slice('photos/'.length) : path
  return withToken(`/photos/${name.split('/').map(encodeURIComponent).join('/')}`, { side: 400 })
}

async function uploadPhoto (id, file, status) {
  status.textContent = t('page-photo-uploading')
  let blob
  try {
    blob = await downscale(file, 1600, 0.85)
  } catch {
    status.textContent = t('page-photo-unreadable')
    return
  }
  try {
    const res = await fetch(withToken('/photos', { moment: id }), {
      method: 'POST',
      body: await blob.arrayBuffer(),
      headers: { 'Content-Type': 'image/jpeg' },
      credentials: 'same-origin'
    })
    if (res.status === 401) { refuse(); return }
    if (!res.ok) {
      const reason = (await res.text()).trim().slice(0, 300) || String(res.status)
      status.textContent = t('page-photo-failed', { reason })
      return
    }
    status.textContent = t('page-photo-sent')
  } catch {
    status.textContent = t('page-photo-failed', { reason: t('page-offline') })
  }
}

// ---------------------------------------------------------------- adding a moment

function freshId () {
  const span = 2 ** 31 - 1000000
  for (;;) {
    const r = crypto.getRandomValues(new Uint32Array(1))[0] % span
    const id = 1000000 + r
    if (!moments.has(String(id))) return id
  }
}

function addMomentAfter (id) {
  if (!canEdit) return
  const seq = sequence()
  const i = seq.findIndex((m) => m.id === id)
  if (i < 0) return
  const low = seq[i].order
  const high = seq[i + 1]?.order ?? null
  const key = between(low, high)
  const newId = freshId()
  edit(() => {
    let order = key
    if (order === null) {
      // No room between the neighbours' keys: fresh, evenly spread keys for all, as the
      // desktop does, changing only those that differ.
      const keys = spread(seq.length + 1)
      const ids = seq.map((m) => m.id)
      ids.splice(i + 1, 0, newId)
      ids.forEach((mid, k) => {
        if (mid === newId) order = keys[k]
        else if (seq.find((m) => m.id === mid).order !== keys[k]) moments.get(String(mid)).set('order', keys[k])
      })
    }
    const map = new Y.Map()
    moments.set(String(newId), map)
    for (const k of ['name', 'description', 'standard', 'improvement', 'owner', 'notes']) map.set(k, new Y.Text())
    map.get('name').insert(0, t('default-moment-name', { number: i + 2 }))
    map.set('order', order)
    map.set('channel', 'InPerson')
    map.set('expectations', new Y.Map())
    map.set('principles', new Y.Map())
    map.set('causes', new Y.Map())
    map.set('other_expectations', new Y.Array())
    map.set('critical', false)
  })
  const input = openCard(newId, null)
  if (input) { input.focus(); input.select() }
}

// ---------------------------------------------------------------- start

renderTitle()
renderStatus()
renderPeople()
provider.connect()
schedulePicture(0)
if (!myName) askName()
else publishPresence(null)

// For the browser tests: which moment ids the page lists, in order (read-only).
window.__ciclo = { doc, provider, sequence: () => sequence().map((m) => m.id), pictureIds: () => [...pic.ids] }
