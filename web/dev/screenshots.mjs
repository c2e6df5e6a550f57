// Screenshots of the page for docs/images/ (phone 390×844 and laptop 1280×800, es-CO).
//   node dev/screenshots.mjs          on the development server
//   CICLO_BIN=… node dev/screenshots.mjs --host    on `ciclo serve`
import { join } from 'node:path'
import { startHost, launch, openPage, nodePeer, until, PHONE, LAPTOP, web } from '../test/harness.mjs'

const out = join(web, '..', 'docs', 'images')
const host = await startHost({ dev: !process.argv.includes('--host') })
const browser = await launch()
try {
  const peer = await nodePeer(host, 'Boris Pérez')
  peer.provider.awareness.setLocalStateField('selection', '3')
  const shoot = async (device, file, card) => {
    const page = await openPage(browser, host, { name: 'Ana', device })
    await page.locator('figure.picture svg g.node').first().waitFor()
    await until(async () => (await page.locator('figure.picture svg g.presence circle').count()) > 0, 5000, 'the ring of Boris')
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(out, `${file}.es.png`) })
    if (card) {
      await page.locator('ol.moments .moment-open').nth(4).click()
      await page.locator('dialog.card[open]').waitFor()
      await page.waitForTimeout(200)
      await page.screenshot({ path: join(out, `${card}.es.png`) })
    }
    await page.context().close()
  }
  await shoot(PHONE, 'page-phone', 'page-phone-card')
  await shoot(LAPTOP, 'page-laptop', 'page-laptop-card')
  peer.destroy()
} finally {
  await browser.close()
  await host.stop()
}
process.exit(0) // the yjs peer's awareness timer would keep Node running
