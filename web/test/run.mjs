// Runs the page's tests: plain Node ones, then the browser ones against the host.
//   CICLO_BIN=target/release/ciclo node test/run.mjs      the real host: `ciclo serve`
//   node test/run.mjs --dev                               the development server instead
//   node test/run.mjs --only NAME                         tests whose name contains NAME
import { tests as units } from './units.test.mjs'
import { tests as messages } from './messages.test.mjs'
import { tests as page } from './page.test.mjs'
import { launch, startHost } from './harness.mjs'

const args = process.argv.slice(2)
const dev = args.includes('--dev')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null
const pick = (list) => list.filter(([name]) => !only || name.includes(only))
let failed = 0
let passed = 0

async function run (name, fn, ctx) {
  const t0 = Date.now()
  try {
    await fn(ctx)
    passed++
    console.log(`ok   ${name} (${Date.now() - t0} ms)`)
  } catch (e) {
    failed++
    console.log(`FAIL ${name}\n     ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n     ')}`)
  }
}

for (const [name, fn] of pick([...units, ...messages])) await run(name, fn, {})

const browserTests = pick(page)
if (browserTests.length) {
  let host
  try {
    host = await startHost({ dev })
  } catch (e) {
    console.log(`FAIL the host did not start or does not serve the page\n     ${String(e.message).split('\n').join('\n     ')}`)
    process.exit(1)
  }
  const browser = await launch()
  const ctx = { host, browser, dev, requests: [], dialogs: [] }
  try {
    for (const [name, fn] of browserTests) await run(name, fn, ctx)
  } finally {
    await browser.close()
    await host.stop()
    if (failed) console.log(`--- host output ---\n${host.log().slice(-3000)}`)
  }
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
