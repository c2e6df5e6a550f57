// A worker thread of the load benchmark (load.mjs): some of the 40 simulated browser
// participants. Each is a y-websocket client with its own Y.Doc that asks for the picture
// the way the page does (web/src/main.js, fetchPicture): about 100 ms after each doc change
// it sees (a stream of changes never pushes the request back), one request at a time,
// If-None-Match with the last ETag, and when the answer has the revision it already shows,
// again up to 4 times, 150 ms apart.

import { parentPort, workerData } from 'node:worker_threads'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'

const { origin, room, token, first, count, T0, w, h } = workerData
process.setMaxListeners(0) // each provider listens for the process's exit
const MARK = /E(\d+)t(\d+)/g
const stats = { requests: 0, ok: 0, notModified: 0, failed: 0, bytes: 0, durations: [] }

class Client {
  constructor (i) {
    this.i = i
    this.doc = new Y.Doc()
    this.provider = new WebsocketProvider(origin.replace(/^http/, 'ws'), room, this.doc, { WebSocketPolyfill: WebSocket, params: { token }, disableBc: true })
    this.provider.awareness.setLocalState({ user: { name: `Sim ${i}`, color: '#2a7ab0' }, selection: null, dragging: false })
    this.pic = { busy: false, again: false, timer: 0, due: 0, rev: null, etag: null, shown: -1, tries: 0, body: '' }
    this.updates = 0
    this.seenInDoc = new Set() // edits whose text reached this client's doc
    this.seenInPicture = new Map() // edit → ms from the edit to the first picture holding it
    this.doc.on('update', () => { this.updates++; this.schedule(100) })
    this.doc.getMap('moments').observeDeep(() => {
      for (const [, m] of this.doc.getMap('moments')) {
        const name = m instanceof Y.Map ? m.get('name')?.toString() : undefined
        if (name) for (const [, e] of name.matchAll(MARK)) this.seenInDoc.add(Number(e))
      }
    })
    this.provider.on('sync', (s) => { if (s) this.schedule(0) })
  }

  schedule (delay) {
    const due = Date.now() + delay
    if (this.pic.timer && this.pic.due <= due) return
    clearTimeout(this.pic.timer)
    this.pic.due = due
    this.pic.timer = setTimeout(() => { this.pic.timer = 0; this.fetchPicture() }, delay)
  }

  async fetchPicture () {
    const pic = this.pic
    if (pic.busy) { pic.again = true; return }
    pic.busy = true
    const seen = this.updates
    let retry = 0
    const start = Date.now()
    try {
      const headers = pic.etag ? { 'If-None-Match': pic.etag } : {}
      stats.requests++
      const res = await fetch(`${origin}/${room}/picture.svg?token=${token}&w=${w}&h=${h}`, { headers })
      const rev = res.headers.get('X-Ciclo-Revision')
      if (res.status === 304) {
        await res.arrayBuffer()
        stats.notModified++
      } else if (res.ok) {
        const text = await res.text()
        const now = Date.now()
        stats.ok++
        stats.bytes += Buffer.byteLength(text)
        pic.etag = res.headers.get('ETag')
        for (const [, e, t] of text.matchAll(MARK)) {
          const edit = Number(e)
          if (!this.seenInPicture.has(edit)) this.seenInPicture.set(edit, now - (T0 + Number(t)))
        }
        if (rev !== pic.rev) {
          pic.rev = rev
          pic.shown = seen
          pic.tries = 0
          pic.body = text
        } else if (seen > pic.shown && pic.tries < 4) {
          pic.tries++
          retry = 150
        } else {
          pic.shown = seen
        }
      } else {
        await res.arrayBuffer()
        throw new Error(String(res.status))
      }
      if (res.status === 304 && seen > pic.shown && pic.tries < 4) { pic.tries++; retry = 150 } else if (res.status === 304) pic.shown = seen
      stats.durations.push(Date.now() - start)
    } catch {
      stats.failed++
      retry = 3000
    } finally {
      pic.busy = false
      if (pic.again) { pic.again = false; this.schedule(0) } else if (retry) this.schedule(retry)
    }
  }

  names () {
    const out = {}
    for (const [id, m] of this.doc.getMap('moments')) if (m instanceof Y.Map) out[id] = m.get('name')?.toString()
    return out
  }
}

const clients = []
for (let i = first; i < first + count; i++) clients.push(new Client(i))

parentPort.on('message', (msg) => {
  if (msg.type === 'synced?') {
    parentPort.postMessage({ type: 'synced', value: clients.every((c) => c.provider.synced) })
  } else if (msg.type === 'state?') {
    parentPort.postMessage({ type: 'state', clients: clients.map((c) => ({ names: c.names(), picture: c.pic.body })) })
  } else if (msg.type === 'edit') {
    // One rename by client msg.client: the whole name replaced in one Y.Text transaction.
    const c = clients[msg.client - first]
    const text = c.doc.getMap('moments').get(msg.id).get('name')
    const name = `Paso E${msg.edit}t${Date.now() - T0}`
    c.doc.transact(() => { text.delete(0, text.length); text.insert(0, name) })
  } else if (msg.type === 'finish') {
    parentPort.postMessage({
      type: 'result',
      stats,
      clients: clients.map((c) => ({
        i: c.i,
        names: c.names(),
        seenInDoc: [...c.seenInDoc],
        latencies: [...c.seenInPicture],
        lastPicture: c.pic.body,
        connected: c.provider.wsconnected
      }))
    })
    for (const c of clients) { clearTimeout(c.pic.timer); c.provider.destroy() }
    setTimeout(() => process.exit(0), 200)
  }
})
parentPort.postMessage({ type: 'ready' })
