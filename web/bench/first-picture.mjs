// Time to first picture: Chromium at 390×844 (a phone) with the CPU slowed 4× by the
// DevTools protocol (Emulation.setCPUThrottlingRate), from the navigation's start to the
// host's picture (an <svg> in figure.picture) being in the DOM. A fresh context (empty
// cache, no stored name) each run. Goal: median at most 1.5 s.
//
//   CICLO_BIN=../target/release/ciclo node bench/first-picture.mjs     # RUNS=5, RATE=4

import { launch, machine, median, PHONE, startHost } from './common.mjs'

const RUNS = Number(process.env.RUNS ?? 5)
const RATE = Number(process.env.RATE ?? 4)

const host = await startHost()
const browser = await launch()
const times = []
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE })
    // Runs before the page's own script: notes when the picture first joins the DOM, on
    // the page's clock (performance.now() counts from the navigation's start).
    await page.addInitScript(() => {
      const seen = () => {
        if (window.__firstPicture === undefined && document.querySelector('figure.picture svg')) {
          window.__firstPicture = performance.now()
          observer.disconnect()
        }
      }
      const observer = new MutationObserver(seen)
      observer.observe(document, { childList: true, subtree: true })
    })
    await page.goto(host.url)
    const ms = await page.waitForFunction(() => window.__firstPicture, null, { timeout: 30000, polling: 50 }).then((h) => h.jsonValue())
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0]
      const r = (part) => performance.getEntriesByType('resource').find((e) => e.name.includes(part))
      const js = r('/_ciclo/page.js')
      const svg = r('/picture.svg')
      return {
        dcl: n.domContentLoadedEventEnd,
        load: n.loadEventEnd,
        html: n.responseEnd,
        js: js?.responseEnd,
        svgStart: svg?.startTime,
        svgWait: svg ? svg.responseStart - svg.requestStart : NaN,
        svgEnd: svg?.responseEnd
      }
    })
    times.push(ms)
    console.log(`run ${i + 1}: first picture ${ms.toFixed(0)} ms (HTML in ${nav.html.toFixed(0)} ms, page.js in ${nav.js?.toFixed(0)} ms, DOMContentLoaded ${nav.dcl.toFixed(0)} ms; picture asked at ${nav.svgStart?.toFixed(0)} ms, host's wait ${nav.svgWait.toFixed(0)} ms, received ${nav.svgEnd?.toFixed(0)} ms)`)
    await context.close()
  }
} finally {
  await browser.close()
  await host.stop()
}
const m = median(times)
console.log(`\ntime to first picture, CPU ${RATE}× slower, 390×844: median ${m.toFixed(0)} ms of ${RUNS} runs (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); goal 1500 ms: ${m <= 1500 ? 'met' : 'NOT met'}`)
console.log(`machine: ${JSON.stringify(machine())}`)
