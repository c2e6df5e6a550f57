// Page weight: the bytes transferred for a first load of the participant page in
// Chromium (HTML, script, styles, the picture), from a fresh context (an empty cache,
// which the page may then use: its later picture requests are conditional). Goal: at most 500 KB.
// The host does not compress, so transferred bytes are the bodies plus the headers.
//
//   CICLO_BIN=../target/release/ciclo node bench/weight.mjs

import { launch, machine, PHONE, startHost } from './common.mjs'

const host = await startHost()
const browser = await launch()
try {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  const rows = new Map()
  cdp.on('Network.responseReceived', (e) => {
    rows.set(e.requestId, { url: e.response.url, status: e.response.status, type: e.response.mimeType, transferred: 0, body: 0 })
  })
  cdp.on('Network.dataReceived', (e) => { const r = rows.get(e.requestId); if (r) r.body += e.dataLength })
  cdp.on('Network.loadingFinished', (e) => { const r = rows.get(e.requestId); if (r) r.transferred = e.encodedDataLength })
  await page.goto(host.url)
  await page.locator('figure.picture svg').waitFor({ timeout: 20000 })
  await page.waitForLoadState('networkidle')
  let total = 0
  let bodies = 0
  console.log('| resource | type | status | body bytes | transferred bytes (with headers) |')
  console.log('|---|---|---|---|---|')
  for (const r of rows.values()) {
    if (r.url.startsWith('ws')) continue
    total += r.transferred
    bodies += r.body
    const path = new URL(r.url).pathname
    console.log(`| ${path} | ${r.type} | ${r.transferred < r.body ? '304 (revalidated)' : r.status} | ${r.body} | ${r.transferred} |`)
  }
  console.log(`| **total** | | | ${bodies} | ${total} |`)
  const kb = total / 1000
  console.log(`\npage weight: ${kb.toFixed(1)} KB transferred (${(total / 1024).toFixed(1)} KiB), goal 500 KB: ${kb <= 500 ? 'met' : 'NOT met'}`)
  console.log(`machine: ${JSON.stringify(machine())}`)
  await context.close()
} finally {
  await browser.close()
  await host.stop()
}
