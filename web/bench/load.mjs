// Load: 40 simulated browser participants (Node y-websocket clients that fetch the
// picture as the page does; sim-clients.mjs, in worker threads), 3 real Chromium pages
// and 2 desktop peers (Node yjs peers: a y-websocket client with a Y.Doc, as `ciclo sync`
// and the window are on the wire), together renaming moments 10 times a second for 60 s.
// Each rename writes "Paso E<edit>t<ms since the start>" into a moment's name Y.Text, by
// turns from every participant. Measures, on the simulated clients, the time from an edit
// to the first picture response whose SVG holds its text (goal p99 ≤ 500 ms), checks that
// everyone ends with the same names, and samples the host's CPU (/proc/PID/stat) and peak
// memory (VmHWM). Goals: ≤ 1 core, ≤ 200 MiB.
//
//   CICLO_BIN=../target/release/ciclo node bench/load.mjs
//   LOAD_CLIENTS=40 LOAD_PAGES=3 LOAD_DESKTOPS=2 LOAD_RATE=10 LOAD_SECONDS=60 LOAD_WORKERS=2

import { readFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { cpuSeconds, launch, machine, nodePeer, PHONE, percentile, sleep, startHost, statusKiB, until } from './common.mjs'

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 40)
const PAGES = Number(process.env.LOAD_PAGES ?? 3)
const DESKTOPS = Number(process.env.LOAD_DESKTOPS ?? 2)
const RATE = Number(process.env.LOAD_RATE ?? 10)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60)
const WORKERS = Math.max(1, Math.min(CLIENTS, Number(process.env.LOAD_WORKERS ?? 2)))
const PICTURE = { w: 390, h: 844 }
const MARK = /E(\d+)t(\d+)/g

const log = (...a) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a)
const host = await startHost()
const pid = host.child.pid
log(`host pid ${pid} at ${host.url}; machine ${JSON.stringify(machine())}`)
const T0 = Date.now()

// ---------------------------------------------------------------- the participants

const workers = []
const per = Math.ceil(CLIENTS / WORKERS)
for (let first = 0; first < CLIENTS; first += per) {
  const count = Math.min(per, CLIENTS - first)
  const worker = new Worker(new URL('./sim-clients.mjs', import.meta.url), {
    workerData: { origin: host.origin, room: host.room, token: host.token, first, count, T0, ...PICTURE }
  })
  const inbox = []
  worker.on('message', (m) => inbox.push(m))
  worker.on('error', (e) => { console.error('worker failed:', e); process.exitCode = 1 })
  workers.push({ worker, first, count, inbox })
}
const ask = async (w, type, reply) => {
  w.inbox.length = 0
  w.worker.postMessage({ type })
  return until(() => w.inbox.find((m) => m.type === reply), 60000, `${reply} from a worker`)
}
await until(async () => {
  for (const w of workers) if (!(await ask(w, 'synced?', 'synced')).value) return false
  return true
}, 60000, 'the simulated clients to sync')
log(`${CLIENTS} simulated clients synced`)

const desktops = []
for (let i = 0; i < DESKTOPS; i++) desktops.push(await nodePeer(host, `Escritorio ${i + 1}`))
log(`${DESKTOPS} desktop peers synced`)

const browser = PAGES ? await launch() : null
const pages = []
for (let i = 0; i < PAGES; i++) {
  const context = await browser.newContext(PHONE)
  await context.addInitScript(() => {
    // When each edit's text first shows in the page's picture (the page's clock is the machine's).
    window.__seen = {}
    const scan = () => {
      const svg = document.querySelector('figure.picture svg')
      if (!svg) return
      const now = Date.now()
      for (const m of svg.textContent.matchAll(/E(\d+)t(\d+)/g)) if (!(m[1] in window.__seen)) window.__seen[m[1]] = { at: now, t: Number(m[2]) }
    }
    new MutationObserver(scan).observe(document, { childList: true, subtree: true })
  })
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error(`page ${i}:`, e.message))
  await page.goto(host.url)
  await page.locator('#your-name').fill(`Página ${i + 1}`)
  await page.getByRole('button', { name: 'Entrar' }).click()
  await page.locator('ol.moments li').first().waitFor({ timeout: 20000 })
  await page.locator('figure.picture svg').waitFor({ timeout: 20000 })
  pages.push(page)
}
log(`${PAGES} Chromium pages open`)

const ids = [...desktops[0].doc.getMap('moments').keys()].filter((k) => /^[1-9][0-9]*$/.test(k)).sort((a, b) => a - b)
log(`${ids.length} moments`)

// ---------------------------------------------------------------- the edits

// Who makes edit k: by turns, every simulated client, page and desktop peer.
const editors = [
  ...Array.from({ length: CLIENTS }, (_, i) => ({ kind: 'client', i })),
  ...pages.map((page, i) => ({ kind: 'page', i, page })),
  ...desktops.map((peer, i) => ({ kind: 'desktop', i, peer }))
]
const sentAt = new Map() // edit → ms since T0 (also written in the text)

function edit (k) {
  const who = editors[k % editors.length]
  const id = ids[k % ids.length]
  if (who.kind === 'client') {
    const w = workers.find((w) => who.i >= w.first && who.i < w.first + w.count)
    w.worker.postMessage({ type: 'edit', client: who.i, id, edit: k })
  } else if (who.kind === 'desktop') {
    const { doc } = who.peer
    const text = doc.getMap('moments').get(id).get('name')
    doc.transact(() => { text.delete(0, text.length); text.insert(0, `Paso E${k}t${Date.now() - T0}`) })
  } else {
    who.page.evaluate(({ id, k, T0 }) => {
      const doc = window.__ciclo.doc
      const text = doc.getMap('moments').get(id).get('name')
      doc.transact(() => { text.delete(0, text.length); text.insert(0, `Paso E${k}t${Date.now() - T0}`) })
    }, { id, k, T0 }).catch((e) => console.error('page edit failed:', e.message))
  }
  sentAt.set(k, Date.now() - T0)
}

const total = Math.round(RATE * SECONDS)
const cpuStart = cpuSeconds(pid)
const benchCpu0 = process.cpuUsage()
const wallStart = Date.now()
const samples = []
const sampler = setInterval(() => samples.push({ t: Date.now(), cpu: cpuSeconds(pid), rss: statusKiB(pid, 'VmRSS') }), 1000)
log(`editing: ${total} renames at ${RATE}/s over ${SECONDS} s`)
for (let k = 0; k < total; k++) {
  const due = wallStart + (k * 1000) / RATE
  const wait = due - Date.now()
  if (wait > 0) await sleep(wait)
  edit(k)
}
const wallEdits = Date.now() - wallStart
log(`edits sent in ${(wallEdits / 1000).toFixed(1)} s`)

// Until everyone holds the last names and shows them in the picture (at most 60 s).
const names = (doc) => Object.fromEntries(ids.map((id) => [id, doc.getMap('moments').get(id).get('name').toString()]))
// The last edit of each moment: edit k renamed moment k mod (number of moments). Renames
// of one moment made concurrently (neither having seen the other) merge, as Y.Text does:
// both texts stay. So the check is that everyone ends with the same text, the reference
// being the first desktop peer's doc once everyone agrees with it.
const lastEdit = Object.fromEntries(ids.map((id, j) => [id, String(j + ids.length * Math.floor((total - 1 - j) / ids.length))]))
const editsIn = (name) => [...(name ?? '').matchAll(MARK)].map((m) => m[1])
let expected = names(desktops[0].doc)
let finalEdits = Object.values(expected).flatMap(editsIn)
const same = (a) => ids.every((id) => a[id] === expected[id])
const shows = (svgText) => finalEdits.every((e) => svgText.includes(`E${e}t`))
let settled = NaN
const settleStart = Date.now()
try {
  await until(async () => {
    expected = names(desktops[0].doc)
    finalEdits = Object.values(expected).flatMap(editsIn)
    if (!desktops.every((d) => same(names(d.doc)))) return false
    for (const page of pages) if (!same(await page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, window.__ciclo.doc.getMap('moments').get(id).get('name').toString()])), ids))) return false
    for (const w of workers) {
      const st = await ask(w, 'state?', 'state')
      if (!st.clients.every((c) => same(c.names) && shows(c.picture))) return false
    }
    for (const page of pages) {
      const svg = await page.locator('figure.picture svg').textContent()
      if (!shows(svg)) return false
    }
    return true
  }, 60000, 'everyone to show the last names')
  settled = Date.now() - settleStart
} catch (e) { log(e.message) }
const cpuEnd = cpuSeconds(pid)
const wallEnd = Date.now()
clearInterval(sampler)
const benchCpu = process.cpuUsage(benchCpu0)
log(`settled ${Number.isNaN(settled) ? 'never' : `${settled} ms`} after the last edit`)

// ---------------------------------------------------------------- convergence

const problems = []
if (Number.isNaN(settled)) problems.push('not everyone showed the last names within 60 s of the last edit')
const results = []
for (const w of workers) results.push(await ask(w, 'finish', 'result'))
const clients = results.flatMap((r) => r.clients)
for (const c of clients) {
  if (!same(c.names)) problems.push(`client ${c.i}: names differ (${c.connected ? 'connected' : 'not connected'}): ${ids.filter((id) => c.names[id] !== expected[id]).map((id) => `${id}: ${c.names[id]} ≠ ${expected[id]}`).slice(0, 3).join(', ')}`)
  const shown = new Set([...c.lastPicture.matchAll(MARK)].map((m) => m[1]))
  if (!finalEdits.every((e) => shown.has(e))) problems.push(`client ${c.i}: last picture lacks a final name`)
}
for (const [i, d] of desktops.entries()) if (!same(names(d.doc))) problems.push(`desktop ${i}: names differ`)
const pageSeen = []
for (const [i, page] of pages.entries()) {
  const got = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, window.__ciclo.doc.getMap('moments').get(id).get('name').toString()])), ids)
  if (!same(got)) problems.push(`page ${i}: names differ`)
  const listed = await page.locator('ol.moments .moment-name').allTextContents()
  if (!Object.values(expected).every((n) => listed.includes(n))) problems.push(`page ${i}: the list lacks a final name`)
  const figure = await page.locator('figure.picture svg').textContent()
  if (!finalEdits.every((e) => figure.includes(`E${e}t`))) problems.push(`page ${i}: the picture lacks a final name`)
  pageSeen.push(await page.evaluate(() => window.__seen))
}
await sleep(2500) // the host writes the file within 2 s of a change
const ron = readFileSync(host.ron, 'utf8')
if (!Object.values(expected).every((n) => ron.includes(`"${n}"`))) problems.push('the host\'s .ron lacks a final name')

// ---------------------------------------------------------------- figures

const hwm = statusKiB(pid, 'VmHWM')
const lat = []
let missing = 0
let seenInDocAll = 0
for (const c of clients) {
  const m = new Map(c.latencies)
  for (let k = 0; k < total; k++) {
    if (m.has(k)) lat.push(m.get(k))
    else missing++
  }
  seenInDocAll += c.seenInDoc.length
}
lat.sort((a, b) => a - b)
const pageLat = []
for (const seen of pageSeen) for (const v of Object.values(seen)) pageLat.push(v.at - (T0 + v.t))
pageLat.sort((a, b) => a - b)
const stats = results.map((r) => r.stats).reduce((a, s) => ({
  requests: a.requests + s.requests,
  ok: a.ok + s.ok,
  notModified: a.notModified + s.notModified,
  failed: a.failed + s.failed,
  bytes: a.bytes + s.bytes,
  durations: a.durations.concat(s.durations)
}))
stats.durations.sort((a, b) => a - b)
const secs = (wallEnd - wallStart) / 1000
const cores = (cpuEnd - cpuStart) / secs
let peak1s = 0
for (let i = 1; i < samples.length; i++) peak1s = Math.max(peak1s, (samples[i].cpu - samples[i - 1].cpu) / ((samples[i].t - samples[i - 1].t) / 1000))
const ms = (v) => `${Math.round(v)} ms`
const p = (xs, q) => ms(percentile(xs, q))

console.log('\n## Load results')
console.log(`participants: ${CLIENTS} simulated clients (in ${workers.length} worker threads), ${PAGES} Chromium pages, ${DESKTOPS} desktop peers (Node yjs)`)
console.log(`edits: ${total} renames at ${RATE}/s (sent in ${(wallEdits / 1000).toFixed(1)} s), ${ids.length} moments`)
console.log(`convergence: ${problems.length ? 'FAILED\n  ' + problems.slice(0, 20).join('\n  ') : 'every client, page, desktop peer and the .ron end with the same names'}`)
const merged = ids.filter((id) => editsIn(expected[id]).length > 1).length
const lastWins = ids.filter((id) => editsIn(expected[id]).length === 1 && editsIn(expected[id])[0] === lastEdit[id]).length
console.log(`final names: ${lastWins} of ${ids.length} moments hold exactly their last rename; ${merged} hold two or more renames merged (made concurrently, as Y.Text merges them)`)
console.log(`edit texts seen in the simulated clients' docs: ${seenInDocAll} of ${total * clients.length}`)
console.log(`edit → updated picture, simulated clients (${lat.length} of ${total * clients.length}; ${missing} never in a picture before being renamed again): p50 ${p(lat, 50)}, p95 ${p(lat, 95)}, p99 ${p(lat, 99)}, max ${ms(lat.at(-1))}; goal p99 ≤ 500 ms: ${percentile(lat, 99) <= 500 ? 'met' : 'NOT met'}`)
console.log(`edit → updated picture in the Chromium pages' DOM (${pageLat.length}): p50 ${p(pageLat, 50)}, p95 ${p(pageLat, 95)}, p99 ${p(pageLat, 99)}, max ${ms(pageLat.at(-1))}`)
console.log(`picture requests by the simulated clients: ${stats.requests} (${(stats.requests / secs).toFixed(0)}/s): ${stats.ok} × 200, ${stats.notModified} × 304, ${stats.failed} failed; ${(stats.bytes / 1e6).toFixed(1)} MB of SVG; response time p50 ${p(stats.durations, 50)}, p95 ${p(stats.durations, 95)}, p99 ${p(stats.durations, 99)}`)
console.log(`everyone showed the last names ${Number.isNaN(settled) ? 'never (within 60 s)' : `${settled} ms`} after the last edit`)
console.log(`the benchmark's own Node process (clients, peers, driving the pages): ${((benchCpu.user + benchCpu.system) / 1e6 / secs).toFixed(2)} cores`)
const hostLog = host.log()
const count = (re) => (hostLog.match(re) ?? []).length
console.log(`connections the host closed: ${count(/closed a connection that sent presence for too many clients/g)} for presence of too many clients, ${count(/closed a connection|closing a connection/g)} in all`)
console.log(`host CPU: ${cores.toFixed(2)} cores on average over ${secs.toFixed(1)} s (busiest second ${peak1s.toFixed(2)}); goal ≤ 1 core: ${cores <= 1 ? 'met' : 'NOT met'}`)
console.log(`host peak memory (VmHWM): ${(hwm / 1024).toFixed(1)} MiB; goal ≤ 200 MiB: ${hwm / 1024 <= 200 ? 'met' : 'NOT met'}`)
console.log(`machine at the end: ${JSON.stringify(machine())}`)
if (problems.length) {
  process.exitCode = 1
  console.log(`--- host output (last 2000 characters) ---\n${host.log().slice(-2000)}`)
}

for (const d of desktops) d.destroy()
if (browser) await browser.close()
await host.stop()
setTimeout(() => process.exit(), 500).unref()
