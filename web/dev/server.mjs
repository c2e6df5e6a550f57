// A DEVELOPMENT server for the participant page, standing in for `ciclo serve` until the
// host's HTTP side exists. It is not the product and the real tests do not use it.
//
//   node dev/server.mjs [--port 7421] [--token dev] [--file test/fixtures/taller.ron]
//                       [--view-only] [--ciclo PATH]
//
// It speaks the host contract of the page (see web/README.md): the page at /ROOM?token=T,
// /_ciclo/page.js and page.css, the y-websocket room on /ROOM, ROOM/picture.svg, photo
// upload and thumbnails, 401 on a wrong token, and the security headers.
//
// With a `ciclo` binary (--ciclo, $CICLO_BIN, or /work/main/target/{release,debug}/ciclo,
// or ../target/{release,debug}/ciclo), the room is filled and kept in step by
// `ciclo sync` on a copy of the .ron, and the picture is `ciclo export` of that copy (so
// it lags the room by the sync's half second). Without one, the room is seeded from a
// built-in cycle and the picture is a placeholder with the host's group ids.

import http from 'node:http'
import { createRequire } from 'node:module'
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, copyFileSync, readFileSync, writeFileSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname, basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHash, randomBytes } from 'node:crypto'

const require = createRequire(import.meta.url)
const { WebSocketServer } = require('ws')
const Y = require('yjs') // the same instance as y-websocket's server utilities
const { setupWSConnection, getYDoc } = require('y-websocket/bin/utils')

const here = dirname(fileURLToPath(import.meta.url))
const web = join(here, '..')
const assets = join(web, '..', 'assets', 'web')

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : dflt
}
const port = Number(opt('port', '7421'))
const token = opt('token', 'dev')
const file = opt('file', join(web, 'test', 'fixtures', 'taller.ron'))
const canEdit = !args.includes('--view-only')
const room = basename(file).replace(/\.ron$/, '')
const ciclo = [opt('ciclo'), process.env.CICLO_BIN, '/work/main/target/release/ciclo', '/work/main/target/debug/ciclo',
  join(web, '..', 'target', 'release', 'ciclo'), join(web, '..', 'target', 'debug', 'ciclo')].find((p) => p && existsSync(p))

const work = mkdtempSync(join(tmpdir(), 'ciclo-dev-'))
// --in-place keeps the given file itself in step (the tests read it); else a copy.
const ron = args.includes('--in-place') ? file : join(work, `${room}.ron`)
if (ron !== file) copyFileSync(file, ron)
mkdirSync(join(work, 'photos'), { recursive: true })

const CSP = "default-src 'self'; img-src 'self' blob: data:; style-src 'self'; script-src 'self'; connect-src 'self' ws: wss:"
const SECURITY = { 'Content-Security-Policy': CSP, 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' }

const doc = getYDoc(room)
let revision = 0
let changed = 0
const started = Date.now()
// The first second is `ciclo sync` filling the room from the file: nothing to wait for.
doc.on('update', () => { revision++; if (Date.now() - started > 1500) changed = Date.now() })

if (!ciclo) seed(doc)

function send (res, status, type, body, extra = {}) {
  res.writeHead(status, { ...SECURITY, 'Content-Type': type, 'Cache-Control': 'no-cache', ...extra })
  res.end(body)
}
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]))

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x')
  const path = decodeURIComponent(url.pathname)
  if (req.method === 'GET' && path === '/_ciclo/page.js') return send(res, 200, 'text/javascript; charset=utf-8', readFileSync(join(assets, 'page.js')))
  if (req.method === 'GET' && path === '/_ciclo/page.css') return send(res, 200, 'text/css; charset=utf-8', readFileSync(join(assets, 'page.css')))
  const prefix = `/${room}`
  if (path !== prefix && !path.startsWith(prefix + '/')) return send(res, 404, 'text/plain; charset=utf-8', 'no such room\n')
  if (url.searchParams.get('token') !== token) return send(res, 401, 'text/plain; charset=utf-8', 'wrong or missing token: ask the host for the address\n')
  const rest = path.slice(prefix.length)
  if (req.method === 'GET' && rest === '') {
    const html = readFileSync(join(assets, 'index.html'), 'utf8')
      .replaceAll('{{room}}', escapeHtml(room))
      .replaceAll('{{can_edit}}', String(canEdit))
      .replaceAll('{{lang_hint}}', '')
    return send(res, 200, 'text/html; charset=utf-8', html)
  }
  if (req.method === 'GET' && rest === '/picture.svg') {
    const w = Number(url.searchParams.get('w'))
    const h = Number(url.searchParams.get('h'))
    if (!(Number.isInteger(w) && Number.isInteger(h) && w >= 200 && h >= 200 && w <= 4000 && h <= 4000)) {
      return send(res, 400, 'text/plain; charset=utf-8', 'w and h must be whole numbers from 200 to 4000\n')
    }
    // `ciclo sync` writes the file about half a second after a change: wait for it, so
    // that the picture shows the room as it is (the real host draws from the room).
    while (ciclo && changed && statSync(ron).mtimeMs < changed && Date.now() - changed < 3000) await new Promise((resolve) => setTimeout(resolve, 50))
    const { svg, rev } = picture(w, h)
    const etag = `"${rev}-${w}-${h}"`
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ...SECURITY, ETag: etag, 'X-Ciclo-Revision': rev })
      return res.end()
    }
    return send(res, 200, 'image/svg+xml', svg, { ETag: etag, 'X-Ciclo-Revision': rev })
  }
  if (req.method === 'POST' && rest === '/photos') {
    if (!canEdit) return send(res, 403, 'text/plain; charset=utf-8', 'this workshop is view-only for browsers\n')
    const id = url.searchParams.get('moment') ?? ''
    const moment = doc.getMap('moments').get(id)
    if (!(moment instanceof Y.Map)) return send(res, 404, 'text/plain; charset=utf-8', 'no such moment\n')
    const chunks = []
    let size = 0
    for await (const c of req) {
      size += c.length
      if (size > 20 * 1024 * 1024) return send(res, 413, 'text/plain; charset=utf-8', 'the photo is over 20 MB\n')
      chunks.push(c)
    }
    const body = Buffer.concat(chunks)
    if (!(body[0] === 0xff && body[1] === 0xd8)) return send(res, 415, 'text/plain; charset=utf-8', 'not a JPEG, PNG or WebP picture\n')
    const name = `${randomBytes(6).toString('hex')}.jpg`
    writeFileSync(join(work, 'photos', name), body)
    doc.transact(() => {
      let photos = moment.get('photos')
      if (!(photos instanceof Y.Array)) { photos = new Y.Array(); moment.set('photos', photos) }
      const p = new Y.Map()
      photos.push([p])
      p.set('path', `photos/${name}`)
      p.set('caption', '')
    })
    return send(res, 201, 'application/json', JSON.stringify({ path: `photos/${name}` }))
  }
  if (req.method === 'GET' && rest.startsWith('/photos/')) {
    const name = rest.slice('/photos/'.length)
    if (!/^[A-Za-z0-9._-]+$/.test(name) || !existsSync(join(work, 'photos', name))) return send(res, 404, 'text/plain; charset=utf-8', 'no such photo\n')
    return send(res, 200, 'image/jpeg', readFileSync(join(work, 'photos', name)))
  }
  return send(res, 404, 'text/plain; charset=utf-8', 'not found\n')
})

const wss = new WebSocketServer({ noServer: true })
server.on('upgrade', (req, socket, head) => {
  const url = new URL(req.url, 'http://x')
  if (decodeURIComponent(url.pathname) !== `/${room}` || url.searchParams.get('token') !== token) {
    socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
    return
  }
  wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req, { docName: room }))
})

server.listen(port, '127.0.0.1', () => {
  console.log(`dev server (not the product): http://127.0.0.1:${port}/${encodeURIComponent(room)}?token=${token}`)
  console.log(ciclo ? `picture: ${ciclo} export; room kept in step by ciclo sync on ${ron}` : 'picture: placeholder (no ciclo binary found)')
  if (ciclo) {
    const sync = spawn(ciclo, ['sync', `ws://127.0.0.1:${port}/${room}?token=${token}`, ron], { stdio: ['ignore', 'inherit', 'inherit'] })
    const stop = () => { sync.kill(); process.exit(0) }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  }
})

// ---------------------------------------------------------------- the picture

function picture (w, h) {
  if (ciclo) {
    const text = readFileSync(ron)
    const rev = createHash('sha256').update(text).digest('hex').slice(0, 12)
    const out = join(work, `picture-${w}-${h}.svg`)
    rmSync(out, { force: true })
    execFileSync(ciclo, ['export', ron, '-o', out, '--width', String(w), '--height', String(h)], { stdio: 'ignore' })
    return { svg: readFileSync(out, 'utf8'), rev }
  }
  return { svg: placeholder(w, h), rev: String(revision) }
}

/** A stand-in drawing with the host's structure: a ring, then per moment a group
 * `<g id="node-N" class="node node-N">` and `<g id="label-N" class="label label-N">`. */
function placeholder (w, h) {
  const esc = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[c]))
  const seq = []
  doc.getMap('moments').forEach((m, key) => {
    if (m instanceof Y.Map) seq.push({ id: Number(key), order: String(m.get('order') ?? ''), m })
  })
  seq.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id - b.id))
  const cx = w / 2
  const cy = h / 2
  const R = Math.min(w, h) * 0.32
  const nr = Math.max(12, Math.min(w, h) * 0.035)
  const title = String(doc.getMap('cycle').get('title') ?? '')
  let out = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif">\n`
  out += `<rect width="${w}" height="${h}" fill="#ffffff"/>\n`
  out += `<g class="decoration"><text x="${cx}" y="${28}" font-size="18" text-anchor="middle" fill="#333">${esc(title)} (placeholder)</text></g>\n`
  out += `<g class="ring"><circle cx="${cx}" cy="${cy}" r="${R}" fill="none" stroke="#9aa" stroke-width="3"/></g>\n`
  seq.forEach(({ m }, i) => {
    const a = (i / Math.max(1, seq.length)) * 2 * Math.PI - Math.PI / 2
    const x = cx + R * Math.cos(a)
    const y = cy + R * Math.sin(a)
    const crit = m.get('critical') === true
    out += `<g id="node-${i + 1}" class="node node-${i + 1}"><circle cx="${x.toFixed(2)}" cy="${y.toFixed(2)}" r="${nr.toFixed(2)}" fill="${crit ? '#c62828' : '#ffffff'}" stroke="${crit ? '#7f0000' : '#1f6f8b'}" stroke-width="${crit ? 4 : 2}"/>`
    out += `<text x="${x.toFixed(2)}" y="${(y + 5).toFixed(2)}" font-size="14" text-anchor="middle" fill="${crit ? '#fff' : '#1f6f8b'}">${i + 1}</text></g>\n`
    const lx = cx + (R + nr + 10) * Math.cos(a)
    const ly = cy + (R + nr + 10) * Math.sin(a)
    const anchor = Math.cos(a) > 0.2 ? 'start' : Math.cos(a) < -0.2 ? 'end' : 'middle'
    out += `<g id="label-${i + 1}" class="label label-${i + 1}"><text x="${lx.toFixed(2)}" y="${ly.toFixed(2)}" font-size="13" text-anchor="${anchor}" fill="#222">${esc(String(m.get('name') ?? ''))}</text></g>\n`
  })
  return out + '</svg>\n'
}

// ---------------------------------------------------------------- a built-in cycle

function seed (doc) {
  const moments = [
    ['Le recomiendan el lugar', 'WordOfMouth', false, 4],
    ['Llama para reservar', 'Phone', false, 3],
    ['Espera la mesa', 'InPerson', true, 2],
    ['Recibe el plato fuerte', 'InPerson', false, 5],
    ['Pide la cuenta', 'InPerson', true, 2],
    ['Paga y se despide', 'PointOfSale', false, 4]
  ]
  doc.transact(() => {
    const cycle = doc.getMap('cycle')
    cycle.set('format', 1)
    cycle.set('language', 'es')
    for (const k of ['title', 'organization', 'description', 'customer', 'promise']) cycle.set(k, new Y.Text())
    cycle.get('title').insert(0, 'Una cena en Casa Olivo')
    const map = doc.getMap('moments')
    moments.forEach(([name, channel, critical, sat], i) => {
      const m = new Y.Map()
      map.set(String(i + 1), m)
      for (const k of ['name', 'description', 'standard', 'improvement', 'owner', 'notes']) m.set(k, new Y.Text())
      m.get('name').insert(0, name)
      m.set('order', String.fromCharCode(65 + i * 3))
      m.set('channel', channel)
      m.set('expectations', new Y.Map())
      m.set('principles', new Y.Map())
      m.set('causes', new Y.Map())
      m.set('other_expectations', new Y.Array())
      m.set('critical', critical)
      m.set('satisfaction', sat)
    })
  })
}

