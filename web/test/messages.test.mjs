// Every message id the page uses exists in all four .ftl files, parses with
// @fluent/bundle, and formats without errors. Plain Node, no browser.
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { FluentBundle, FluentResource } from '@fluent/bundle'
import { web } from './harness-paths.mjs'
import { CHANNELS, EXPECTATIONS, PRINCIPLES, CAUSES } from '../src/vocabulary.js'

const LANGS = ['en', 'es', 'ru', 'pt']
const src = join(web, 'src')

/** The ids the page's code asks for: literal t('…') calls, the satisfaction labels, and
 * the vocabularies' names and tips, which it asks for as `${prefix}-${variant}`. */
export function usedIds () {
  const ids = new Set()
  let dynamic = 0
  for (const f of readdirSync(src).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(src, f), 'utf8')
    for (const m of code.matchAll(/\bt\(\s*'([a-z0-9-]+)'/g)) ids.add(m[1])
    for (const m of code.matchAll(/'(sat-[a-z-]+)'/g)) ids.add(m[1])
    dynamic += [...code.matchAll(/\bt\(\s*`/g)].length
  }
  // The template-literal ids: channel-X (list and card), prefix-X and prefix-X-tip.
  assert.equal(dynamic, 6, 'a new t(`…`) call: teach this test which ids it makes')
  for (const c of CHANNELS) ids.add(`channel-${c}`)
  for (const [prefix, list] of [['expectation', EXPECTATIONS], ['principle', PRINCIPLES], ['cause', CAUSES]]) {
    for (const v of list) { ids.add(`${prefix}-${v}`); ids.add(`${prefix}-${v}-tip`) }
  }
  return ids
}

export const tests = [
  ['every message id the page uses exists in all four .ftl files', () => {
    const ids = usedIds()
    assert(ids.size > 60, `found ${ids.size} ids`)
    for (const lang of LANGS) {
      const text = readFileSync(join(web, '..', 'assets', 'i18n', `${lang}.ftl`), 'utf8')
      const resource = new FluentResource(text)
      const bundle = new FluentBundle(lang, { useIsolating: false })
      const errors = bundle.addResource(resource)
      assert.deepEqual(errors.map(String), [], `${lang}.ftl parses`)
      for (const id of ids) {
        const msg = bundle.getMessage(id)
        assert(msg && msg.value, `${lang}.ftl has ${id}`)
        const errs = []
        const out = bundle.formatPattern(msg.value, { count: 2, number: 1, name: 'Ana', score: 3, reason: 'x', channel: 'Web' }, errs)
        assert.deepEqual(errs.map(String), [], `${lang}: ${id} formats`)
        assert(out.trim(), `${lang}: ${id} is not empty`)
      }
      // The page's own block sits right after the header comment.
      const firstMessage = text.split('\n').find((l) => /^[a-z]/.test(l))
      assert(firstMessage.startsWith('page-'), `${lang}.ftl: the page- block comes first`)
    }
  }]
]
