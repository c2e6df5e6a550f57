// Shared set-up of the page's tests: the host, Chromium driven as a phone, and a Node
// yjs peer. The host is the real `ciclo serve` ($CICLO_BIN); `--dev` runs the
// development server instead (web/dev/server.mjs), only to develop the tests themselves.

import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'

export const here = dirname(fileURLToPath(import.meta.url))
export const web = join(here, '..')

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'es-CO', deviceScaleFactor: 2 }
export const LAPTOP = { viewport: { width: 1280, height: 800 }, locale: 'es-CO' }

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until `fn` returns a truthy value (or throws its last error after `ms`). */
export async function until (fn, ms = 5000, what = 'condition') {
  const end = Date.now() + ms
  let last
  for (;;) {
    try {
      const v = await fn()
      if (v) return v
    } catch (e) { last = e }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`)
    await sleep(50)
  }
}

function freePort () {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)) })
    s.on('error', reject)
  })
}

/** Starts the host on a copy of the fixture: { origin, room, token, ron, url, stop }. */
/**
 * Starts the host on a copy of the fixture. `extra`: more arguments for the host (for
 * a view-only room, the dev server's `--view-only`, or $CICLO_VIEW_ONLY_ARGS for ciclo).
 */
export async function startHost ({ dev = false, fixture = join(here, 'fixtures', 'taller.ron'), extra = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ciclo-page-test-'))
  const ron = join(dir, 'taller.ron')
  copyFileSync(fixture, ron)
  const port = await freePort()
  const token = 'T0k3nPage'
  const origin = `http://127.0.0.1:${port}`
  const room = 'taller'
  let child
  let log = ''
  const spawnHost = async () => {
    if (dev) {
      child = spawn(process.execPath, [join(web, 'dev', 'server.mjs'), '--port', String(port), '--token', token, '--file', ron, '--in-place', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] })
    } else {
      const bin = process.env.CICLO_BIN
      if (!bin || !existsSync(bin)) throw new Error('set CICLO_BIN to the ciclo binary (or pass --dev to try the tests on the development server)')
      child = spawn(bin, ['serve', ron, '--port', String(port), '--token', token, ...extra], { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir })
    }
    child.stdout.on('data', (d) => { log += d })
    child.stderr.on('data', (d) => { log += d })
    try {
      await until(async () => (await fetch(`${origin}/${room}?token=${token}`)).status === 200, 20000, 'the host to serve the page')
    } catch (e) {
      child.kill()
      throw new Error(`${e.message}\n--- host output ---\n${log}`)
    }
  }
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', resolve)
    child.kill('SIGTERM')
    setTimeout(resolve, 5000)
  })
  await spawnHost()
  return {
    origin, room, token, ron, dir, child,
    url: `${origin}/${room}?token=${token}`,
    log: () => log,
    keepsState: !dev, // the dev server forgets the room when it stops; `ciclo serve` keeps .ystate
    writesRon: () => !dev || !log.includes('picture: placeholder'),
    ronText: () => readFileSync(ron, 'utf8'),
    stop,
    start: spawnHost
  }
}

export async function launch () {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: apt-get install -y chromium`)
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
}

/**
 * A page of a new context (a phone unless told), with every request and WebSocket it
 * opens recorded in `requests`, and any dialog (alert…) recorded in `dialogs`.
 */
export async function openPage (browser, host, { name = 'Ana', device = PHONE, requests = [], dialogs = [], url = host.url } = {}) {
  const context = await browser.newContext(device)
  const page = await context.newPage()
  page.on('request', (r) => requests.push(r.url()))
  page.on('websocket', (ws) => requests.push(ws.url()))
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}) })
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
  page.errors = errors
  const res = await page.goto(url)
  page.status = res?.status()
  if (name && page.status === 200) {
    await page.locator('#your-name').fill(name)
    await page.getByRole('button', { name: 'Entrar' }).click()
    await page.locator('ol.moments li').first().waitFor({ timeout: 10000 })
  }
  return page
}

/** The names the page lists, in order. */
export const listedNames = (page) => page.locator('ol.moments .moment-name').allTextContents()

/** A Node yjs participant in the room: { doc, provider, synced, destroy }. */
export async function nodePeer (host, name = 'Nodo') {
  const doc = new Y.Doc()
  const wsOrigin = host.origin.replace(/^http/, 'ws')
  const provider = new WebsocketProvider(wsOrigin, host.room, doc, { WebSocketPolyfill: WebSocket, params: { token: host.token }, disableBc: true })
  provider.awareness.setLocalState({ user: { name, color: '#2a7ab0' }, selection: null, dragging: false })
  await until(() => provider.synced, 10000, 'the node peer to sync')
  return { doc, provider, Y, destroy: () => provider.destroy() }
}

/** Replaces the whole of a Y.Text in one transaction. */
export function setText (doc, ytext, value) {
  doc.transact(() => {
    ytext.delete(0, ytext.length)
    ytext.insert(0, value)
  })
}

export { Y }
