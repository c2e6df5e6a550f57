// What one picture costs the host: N pictures each drawn afresh (a rename, then a
// request: a cache miss) against N answered from the cache (the same request again) and
// N answered 304 (If-None-Match). Host CPU from /proc/PID/stat per phase, and the wall
// time of each request as the client sees it.
//
//   CICLO_BIN=../target/release/ciclo node bench/picture-cost.mjs     # N=200

import { cpuSeconds, machine, median, nodePeer, percentile, startHost, until } from './common.mjs'

const N = Number(process.env.N ?? 200)
const host = await startHost()
const pid = host.child.pid
const peer = await nodePeer(host, 'Coste')
const url = `${host.origin}/${host.room}/picture.svg?token=${host.token}&w=390&h=844`
const ids = [...peer.doc.getMap('moments').keys()].sort((a, b) => a - b)
let rev = null
let etag = null

async function get (headers = {}) {
  const t = performance.now()
  const res = await fetch(url, { headers })
  const body = await res.text()
  return { ms: performance.now() - t, status: res.status, rev: res.headers.get('X-Ciclo-Revision'), etag: res.headers.get('ETag'), bytes: body.length }
}

const phases = {}
async function phase (name, step) {
  const times = []
  const cpu0 = cpuSeconds(pid)
  for (let i = 0; i < N; i++) times.push(await step(i))
  const cpu = cpuSeconds(pid) - cpu0
  times.sort((a, b) => a - b)
  phases[name] = { cpuMsEach: (cpu * 1000) / N, median: median(times), p95: percentile(times, 95) }
}

let bytes = 0
await phase('drawn (miss)', async (i) => {
  const text = peer.doc.getMap('moments').get(ids[i % ids.length]).get('name')
  peer.doc.transact(() => { text.delete(0, text.length); text.insert(0, `Coste ${i}`) })
  // Wait for the host to apply it (the revision moves), without drawing: a 304 probe would
  // draw nothing, so poll with HEAD-free GETs only after the update has had time.
  await until(async () => {
    const r = await get()
    if (r.rev !== rev) { rev = r.rev; etag = r.etag; bytes = r.bytes; return (phase.last = r) }
    return false
  }, 5000, 'a new revision')
  return phase.last.ms
})
await phase('from the cache', async () => (await get()).ms)
await phase('Not Modified (304)', async () => { const r = await get({ 'If-None-Match': etag }); if (r.status !== 304) throw new Error(`expected 304, got ${r.status}`); return r.ms })

console.log(`picture 390×844 of ${ids.length} moments, ${bytes} bytes; ${N} requests a phase`)
console.log('| answer | host CPU per request | wall median | wall p95 |')
console.log('|---|---|---|---|')
for (const [name, p] of Object.entries(phases)) console.log(`| ${name} | ${p.cpuMsEach.toFixed(2)} ms | ${p.median.toFixed(1)} ms | ${p.p95.toFixed(1)} ms |`)
console.log(`machine: ${JSON.stringify(machine())}`)
peer.destroy()
await host.stop()
setTimeout(() => process.exit(), 300).unref()
