// The participant page in real Chromium against the host, driven as a phone (390×844,
// touch, es-CO). Each test gets { browser, host, requests, dialogs }.
import assert from 'node:assert/strict'
import { listedNames, nodePeer, openPage, setText, until, sleep, startHost, LAPTOP } from './harness.mjs'

const FIXTURE_NAMES = ['Le recomiendan el lugar', 'Llama para reservar', 'Espera la mesa',
  'Recibe el plato fuerte', 'Pide la cuenta', 'Paga y se despide']

/** Opens the card of the moment listed at `index` (0-based) by tapping it. */
async function openCard (page, index) {
  const item = page.locator('ol.moments .moment-open').nth(index)
  if (await page.evaluate(() => navigator.maxTouchPoints > 0)) await item.tap()
  else await item.click()
  await page.locator('dialog.card[open]').waitFor()
}

const field = (page, label) => page.locator('dialog.card').getByLabel(label, { exact: true })

export const tests = [
  ['the page shows every moment of the served cycle, in the picture and the list', async ({ browser, host, requests, dialogs }) => {
    const page = await openPage(browser, host, { requests, dialogs })
    await until(async () => (await listedNames(page)).length === 6, 5000, 'six moments listed')
    assert.deepEqual(await listedNames(page), FIXTURE_NAMES)
    await page.locator('figure.picture svg g.node').first().waitFor({ timeout: 5000 })
    assert.equal(await page.locator('figure.picture svg g.node-6').count() > 0, true, 'the picture has six nodes')
    const critical = await page.locator('ol.moments li.critical .moment-name').allTextContents()
    assert.deepEqual(critical, ['Espera la mesa', 'Pide la cuenta'])
    assert.equal(await page.locator('ol.moments li.critical').first().locator('.critical-tag').textContent(), 'Crítico')
    // Spanish accessible names.
    await openCard(page, 0)
    assert.equal(await field(page, 'Nombre').inputValue(), 'Le recomiendan el lugar')
    assert.equal(await page.getByRole('button', { name: 'Cerrar' }).count(), 1)
    // A tap on a node of the picture opens that moment's card.
    await page.getByRole('button', { name: 'Cerrar' }).tap()
    const node = page.locator('figure.picture svg g.node-3').first()
    await node.locator('circle').first().tap({ force: true })
    await page.locator('dialog.card[open]').waitFor({ timeout: 3000 })
    assert.equal(await field(page, 'Nombre').inputValue(), 'Espera la mesa')
    assert.deepEqual(page.errors, [])
    await page.context().close()
  }],

  ['a rename typed on the page reaches the host\'s .ron', async ({ browser, host, requests, dialogs }) => {
    if (!host.writesRon()) return console.log('    skipped: the development server has no ciclo binary to keep the .ron')
    const page = await openPage(browser, host, { requests, dialogs })
    await openCard(page, 1)
    const name = field(page, 'Nombre')
    await name.tap()
    await name.press('End')
    await page.keyboard.type(' por WhatsApp')
    await until(() => host.ronText().includes('"Llama para reservar por WhatsApp"'), 10000, 'the .ron to hold the new name')
    await page.context().close()
  }],

  ['a rename by a yjs client reaches the page, list and picture', async ({ browser, host, requests, dialogs }) => {
    const page = await openPage(browser, host, { requests, dialogs })
    const peer = await nodePeer(host)
    const m = peer.doc.getMap('moments').get('4')
    const started = Date.now()
    setText(peer.doc, m.get('name'), 'Recibe el postre')
    await until(async () => (await listedNames(page)).includes('Recibe el postre'), 5000, 'the list to show the new name')
    await until(async () => (await page.locator('figure.picture svg').textContent()).includes('Recibe el postre'), 5000, 'the picture to show it')
    const took = Date.now() - started
    console.log(`    picture updated ${took} ms after the edit`)
    peer.destroy()
    await page.context().close()
  }],

  ['two pages and a yjs peer converge', async ({ browser, host, requests, dialogs }) => {
    const a = await openPage(browser, host, { name: 'Ana', requests, dialogs })
    const b = await openPage(browser, host, { name: 'Boris', device: LAPTOP, requests, dialogs })
    const peer = await nodePeer(host, 'Carla')
    await openCard(a, 0)
    await openCard(b, 0)
    await field(a, 'Descripción').tap()
    await a.keyboard.press('End')
    await a.keyboard.type(' Le muestra fotos.')
    await field(b, 'Notas').click()
    await b.keyboard.press('Control+End')
    await b.keyboard.type('Preguntar cómo nos conoció.')
    peer.doc.getMap('moments').get('6').set('critical', true)
    await a.locator('dialog.card').getByText('Calor humano').tap() // tick an expectation
    await b.locator('dialog.card').getByRole('radio', { name: /^2:/ }).check({ force: true })
    await until(async () => {
      const [sa, sb] = [await a.evaluate(() => window.__ciclo.doc.getMap('moments').toJSON()), await b.evaluate(() => window.__ciclo.doc.getMap('moments').toJSON())]
      const sp = peer.doc.getMap('moments').toJSON()
      const eq = (x, y) => JSON.stringify(sort(x)) === JSON.stringify(sort(y))
      return eq(sa, sp) && eq(sb, sp) &&
        sp['1'].description.endsWith('Le muestra fotos.') && sp['1'].notes === 'Preguntar cómo nos conoció.' &&
        sp['1'].expectations.Warmth === true && sp['1'].satisfaction === 2 && sp['6'].critical === true
    }, 8000, 'the three participants to hold the same document')
    // Each page shows the others' presence: three people.
    await until(async () => Number((await a.locator('button.people').textContent()).match(/[0-9]+/)?.[0]) >= 3, 5000, 'three people counted')
    // Boris's selection shows on Ana's list.
    await a.getByRole('button', { name: 'Cerrar' }).tap()
    await until(async () => (await a.locator('ol.moments li').first().locator('.who .badge').count()) >= 1, 5000, "Boris's selection on Ana's list")
    peer.destroy()
    await a.context().close()
    await b.context().close()
  }],

  ['a wrong token sees nothing', async ({ browser, host }) => {
    const bad = 'wrong-token'
    for (const path of [`/${host.room}`, `/${host.room}/picture.svg`, `/${host.room}/photos/x.jpg`]) {
      const res = await fetch(`${host.origin}${path}?token=${bad}&w=400&h=400&side=400`)
      assert.equal(res.status, 401, path)
      const body = await res.text()
      for (const n of FIXTURE_NAMES) assert(!body.includes(n), `${path} leaks ${n}`)
    }
    const noToken = await fetch(`${host.origin}/${host.room}`)
    assert.equal(noToken.status, 401)
    const post = await fetch(`${host.origin}/${host.room}/photos?token=${bad}&moment=1`, { method: 'POST', body: new Uint8Array([0xff, 0xd8, 0xff]), headers: { 'Content-Type': 'image/jpeg' } })
    assert.equal(post.status, 401)
    // The WebSocket too.
    const { default: WebSocket } = await import('ws')
    const status = await new Promise((resolve) => {
      const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/${host.room}?token=${bad}`)
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode))
      ws.on('open', () => { ws.close(); resolve('open') })
      ws.on('error', () => resolve('error'))
    })
    assert.equal(status, 401)
    // And a browser: a clear refusal, no names.
    const page = await openPage(browser, host, { name: null, url: `${host.origin}/${host.room}?token=${bad}` })
    assert.equal(page.status, 401)
    const text = await page.content()
    for (const n of FIXTURE_NAMES) assert(!text.includes(n), `the page leaks ${n}`)
    await page.context().close()
  }],

  ['a moment named with markup stays text', async ({ browser, host, requests, dialogs }) => {
    const evil = '<img src=x onerror=alert(1)>'
    const peer = await nodePeer(host)
    setText(peer.doc, peer.doc.getMap('moments').get('3').get('name'), evil)
    const page = await openPage(browser, host, { requests, dialogs })
    await until(async () => (await listedNames(page)).includes(evil), 5000, 'the list to show the name as text')
    // The host wraps long names onto several <text> lines: look for the first words.
    await until(async () => (await page.locator('figure.picture svg').textContent()).includes('<img src=x'), 5000, 'the picture to show it as text')
    assert.equal(await page.locator('figure.picture img, figure.picture foreignObject, figure.picture [onerror]').count(), 0)
    await openCard(page, 2)
    assert.equal(await page.locator('#card-title').textContent(), evil)
    assert.equal(await field(page, 'Nombre').inputValue(), evil)
    assert.equal(await page.locator('img[src="x"]').count(), 0)
    await sleep(300)
    assert.deepEqual(dialogs, [])
    setText(peer.doc, peer.doc.getMap('moments').get('3').get('name'), 'Espera la mesa')
    peer.destroy()
    await page.context().close()
  }],

  ['the page is no wider than the phone', async ({ browser, host, requests, dialogs }) => {
    const page = await openPage(browser, host, { requests, dialogs })
    await page.locator('figure.picture svg').waitFor()
    const widths = async () => page.evaluate(() => [document.documentElement.scrollWidth, document.body.scrollWidth])
    for (const w of await widths()) assert(w <= 390, `scrollWidth ${w}`)
    await openCard(page, 4)
    for (const w of await widths()) assert(w <= 390, `scrollWidth ${w} with the card open`)
    const card = await page.locator('dialog.card').evaluate((d) => d.scrollWidth)
    assert(card <= 390, `card scrollWidth ${card}`)
    await page.context().close()
  }],

  ['two pages typing at once in the same field each keep their text', async ({ browser, host, requests, dialogs }) => {
    const a = await openPage(browser, host, { name: 'Ana', requests, dialogs })
    const b = await openPage(browser, host, { name: 'Boris', requests, dialogs })
    await openCard(a, 5)
    await openCard(b, 5)
    const fa = field(a, 'Notas')
    const fb = field(b, 'Notas')
    const both = async () => [await fa.inputValue(), await fb.inputValue()]
    const converge = async (what) => until(async () => { const [x, y] = await both(); return x === y && x }, 8000, what)
    const interleave = async (ta, tb) => {
      for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
        if (i < ta.length) await a.keyboard.type(ta[i])
        if (i < tb.length) await b.keyboard.type(tb[i])
      }
    }
    // 1. Both at the end of an empty field.
    await fa.tap()
    await fb.tap()
    await interleave('manzana', 'naranja')
    let text = await converge('the field to converge (both at the end)')
    assert(text.includes('manzana') && text.includes('naranja'), `both words kept: ${JSON.stringify(text)}`)
    // 2. Both at the end of a field with text.
    await a.keyboard.press('End')
    await b.keyboard.press('End')
    await a.keyboard.press('Control+End')
    await b.keyboard.press('Control+End')
    await interleave(' pera', ' uva')
    text = await converge('the field to converge (again at the end)')
    assert(text.includes(' pera') && text.includes(' uva'), `both kept: ${JSON.stringify(text)}`)
    // 3. One at the start, one at the end.
    await a.keyboard.press('Control+Home')
    await b.keyboard.press('Control+End')
    await interleave('Inicio: ', ' :fin')
    text = await converge('the field to converge (both ends)')
    assert(text.startsWith('Inicio: '), `start kept: ${JSON.stringify(text)}`)
    assert(text.endsWith(' :fin'), `end kept: ${JSON.stringify(text)}`)
    // Typing fast while the other's words arrive: the caret stays where each one types.
    await a.keyboard.type(' [Ana]')
    await b.keyboard.type(' [Boris]')
    text = await converge('the field to converge (after the carets moved)')
    assert(text.startsWith('Inicio:  [Ana]'), JSON.stringify(text))
    assert(text.endsWith(' :fin [Boris]'), JSON.stringify(text))
    await a.context().close()
    await b.context().close()
  }],

  ['the page reconnects when the host is back, and merges what was typed meanwhile', async ({ browser, host, requests, dialogs }) => {
    const page = await openPage(browser, host, { requests, dialogs })
    await openCard(page, 3)
    await host.stop()
    await until(async () => (await page.locator('header .status').getAttribute('class')).includes('reconnecting'), 10000, 'the page to say it reconnects')
    assert.equal(await page.locator('p.notice[role=alert]').first().isVisible(), true, 'an offline notice')
    await field(page, 'Notas').tap()
    await page.keyboard.type('Escrito sin conexión')
    await host.start()
    await until(async () => (await page.locator('header .status').getAttribute('class')).includes(' connected'), 15000, 'the page to reconnect')
    if (host.keepsState) {
      await until(() => host.ronText().includes('Escrito sin conexión'), 10000, 'the offline edit to reach the .ron')
      const peer = await nodePeer(host)
      assert.equal(peer.doc.getMap('moments').get('4').get('notes').toString(), 'Escrito sin conexión')
      peer.destroy()
    }
    await page.context().close()
  }],

  ['every control has an accessible name in Spanish', async ({ browser, host, requests, dialogs }) => {
    const page = await openPage(browser, host, { requests, dialogs })
    await openCard(page, 2)
    const snapshot = await page.locator('body').ariaSnapshot()
    const unnamed = snapshot.split('\n').filter((l) => /^\s*- '?(textbox|checkbox|radio|button|combobox|link|slider|spinbutton)(\s*\[|:|'?$)/.test(l))
    assert.deepEqual(unnamed, [], `controls without a name:\n${snapshot}`)
    for (const name of ['Nombre', 'Descripción', 'Notas', 'Canal', 'Calor humano', 'Confiabilidad', 'Momento crítico de la verdad', 'Larga espera', 'Cerrar']) {
      assert(snapshot.includes(`"${name}"`), `a control named ${name}`)
    }
    assert.match(snapshot, /radio "1: muy insatisfecho"/)
    assert.match(snapshot, /button "Añadir un momento después de este"/)
    await page.context().close()
  }],

  ['a photo is made small on the phone and uploaded; the host adds it to the moment', async ({ browser, host, requests, dialogs }) => {
    const page = await openPage(browser, host, { requests, dialogs })
    await openCard(page, 1)
    // A 3000×2000 PNG made by the browser itself.
    const png = await page.evaluate(async () => {
      const c = document.createElement('canvas')
      c.width = 3000
      c.height = 2000
      const g = c.getContext('2d')
      g.fillStyle = '#3a7'
      g.fillRect(0, 0, 3000, 2000)
      g.fillStyle = '#fff'
      g.fillRect(100, 100, 800, 500)
      const blob = await new Promise((resolve) => c.toBlob(resolve, 'image/png'))
      return Array.from(new Uint8Array(await blob.arrayBuffer()))
    })
    const upload = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/photos?'))
    await page.locator('dialog.card input[type=file]').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from(png) })
    const req = await upload
    assert.equal(req.headers()['content-type'], 'image/jpeg')
    assert.match(req.url(), /moment=2(&|$)/)
    const body = req.postDataBuffer()
    assert.equal(body[0], 0xff)
    assert.equal(body[1], 0xd8)
    const size = jpegSize(body)
    assert.deepEqual(size, { width: 1600, height: 1067 })
    const res = await req.response()
    assert.equal(res.status(), 201)
    assert.match((await res.json()).path, /^photos\/[^/]+$/)
    await page.locator('dialog.card ul.photos img').first().waitFor({ timeout: 5000 })
    await page.locator('dialog.card ul.photos img').first().scrollIntoViewIfNeeded() // loaded lazily
    await until(() => page.locator('dialog.card ul.photos img').first().evaluate((img) => img.complete && img.naturalWidth > 0), 5000, 'the thumbnail to load')
    await page.context().close()
  }],

  ['a view-only room: every control disabled, and a note that says so', async ({ browser, dev }) => {
    const flag = dev ? ['--view-only'] : (process.env.CICLO_VIEW_ONLY_ARGS ?? '').split(' ').filter(Boolean)
    if (!flag.length) return console.log('    skipped: set CICLO_VIEW_ONLY_ARGS to the host\'s view-only option')
    const host = await startHost({ dev, extra: flag })
    try {
      const page = await openPage(browser, host)
      assert.equal(await page.locator('.view-only').first().textContent(), 'Puede seguir el taller, pero el anfitrión no permite editar desde el navegador.')
      await openCard(page, 0)
      const enabled = await page.locator('dialog.card').locator('input, textarea, select, button:not(.close)').evaluateAll((els) => els.filter((e) => !e.disabled).map((e) => e.outerHTML.slice(0, 80)))
      assert.deepEqual(enabled, [])
      assert.equal(await page.locator('dialog.card input[type=file]').count(), 0)
      await page.context().close()
    } finally {
      await host.stop()
    }
  }],

  ['no request goes to another host', async ({ host, requests }) => {
    assert(requests.length > 10, 'requests were recorded')
    const origin = new URL(host.origin)
    for (const r of requests) {
      const u = new URL(r)
      if (u.protocol === 'data:' || u.protocol === 'blob:') continue
      assert(u.host === origin.host, `request to another host: ${r}`)
      assert(['http:', 'ws:'].includes(u.protocol), r)
    }
  }]
]

function sort (v) {
  if (Array.isArray(v)) return v.map(sort)
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])]))
  return v
}

/** The width and height of a baseline or progressive JPEG, from its frame header. */
function jpegSize (buf) {
  let i = 2
  while (i < buf.length) {
    if (buf[i] !== 0xff) return null
    const marker = buf[i + 1]
    const len = buf.readUInt16BE(i + 2)
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { width: buf.readUInt16BE(i + 7), height: buf.readUInt16BE(i + 5) }
    }
    i += 2 + len
  }
  return null
}
