// A participant written with the reference Yjs libraries, driven by Ciclo's interop tests.
// Usage: node peer.js SERVER_URL ROOM [TOKEN]
// Prints the cycle as one JSON line after each change; reads one JSON command per line:
//   {"op":"rename","id":"3","name":"…"}        replace a moment's name (minimal Y.Text edit)
//   {"op":"type","id":"3","field":"description","at":0,"text":"…"}   insert text
//   {"op":"critical","id":"3","value":true}
//   {"op":"add","id":"1234567","name":"…","after":"3"}   a new moment after another one
const Y = require('yjs')
const { WebsocketProvider } = require('y-websocket')
const WebSocket = require('ws')
const readline = require('readline')

const [url, room, token] = process.argv.slice(2)
const doc = new Y.Doc()
const params = token ? { token } : {}
const provider = new WebsocketProvider(url, room, doc, { WebSocketPolyfill: WebSocket, params })
provider.awareness.setLocalStateField('user', { name: 'Node peer', color: '#3366cc' })
const cycle = doc.getMap('cycle')
const moments = doc.getMap('moments')

const print = () => {
  const list = []
  moments.forEach((m, id) => list.push({
    id,
    order: m.get('order'),
    name: m.get('name') ? m.get('name').toString() : '',
    description: m.get('description') ? m.get('description').toString() : '',
    critical: m.get('critical') === true
  }))
  list.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : Number(a.id) - Number(b.id)))
  const title = cycle.get('title') ? cycle.get('title').toString() : ''
  console.log(JSON.stringify({ synced: provider.synced, title, moments: list }))
}
doc.on('update', print)
provider.on('sync', (synced) => { if (synced) print() })
provider.on('connection-close', (event) => {
  if (event && event.code === 1002) console.log(JSON.stringify({ refused: true }))
})

const text = (m, field) => {
  let t = m.get(field)
  if (!(t instanceof Y.Text)) { t = new Y.Text(); m.set(field, t) }
  return t
}

const commands = {
  rename: (c) => {
    const t = text(moments.get(c.id), 'name')
    t.delete(0, t.length)
    t.insert(0, c.name)
  },
  type: (c) => text(moments.get(c.id), c.field).insert(c.at, c.text),
  critical: (c) => moments.get(c.id).set('critical', c.value),
  add: (c) => {
    const m = new Y.Map()
    const after = moments.get(c.after)
    m.set('name', new Y.Text(c.name))
    m.set('order', after.get('order') + 'V')
    m.set('channel', 'Web')
    m.set('critical', false)
    moments.set(c.id, m)
  }
}

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const c = JSON.parse(line)
  if (c.op === 'quit') { provider.destroy(); process.exit(0) }
  doc.transact(() => commands[c.op](c))
})
