// Plain-Node checks of the page's pure parts: order keys, minimal text edits, caret
// mapping, presence colours.
import assert from 'node:assert/strict'
import * as Y from 'yjs'
import { between, spread } from '../src/order.js'
import { spliceOf, mapThrough } from '../src/textdiff.js'
import { colorFor, initials } from '../src/color.js'

export const tests = [
  ['order keys fall between their neighbours, as the host\'s do', () => {
    const cases = [[null, null], ['V', null], [null, 'V'], ['a', 'b'], ['a', 'a1'], ['az', 'b'], ['zzz', null], [null, '01']]
    for (const [lo, hi] of cases) {
      const k = between(lo, hi)
      assert(k !== null, `${lo} ${hi}`)
      assert(lo === null || lo < k, `${lo} < ${k}`)
      assert(hi === null || k < hi, `${k} < ${hi}`)
      assert(/^[0-9A-Za-z]+$/.test(k) && !k.endsWith('0'))
    }
    assert.equal(between('b', 'a'), null)
    assert.equal(between('a', 'a'), null)
    assert.equal(between('a-', null), null)
    let lo = 'a'
    for (let i = 0; i < 200; i++) { const k = between(lo, 'b'); assert(lo < k && k < 'b'); lo = k }
    assert(lo.length < 40)
    const s = spread(100)
    assert.equal(s.length, 100)
    for (let i = 1; i < s.length; i++) assert(s[i - 1] < s[i])
    assert.deepEqual(spread(3), ['F', 'V', 'k'].map((_, i) => spread(3)[i])) // stable
  }],
  ['text edits are one minimal splice, at the caret', () => {
    const apply = (b, s) => b.slice(0, s.index) + s.insert + b.slice(s.index + s.remove)
    const cases = [['aa', 'aaa', 3, 2], ['aa', 'aaa', 1, 0], ['hello', 'help', 4, 3], ['', 'x', 1, 0], ['x😀y', 'x😀😀y', 5, null], ['abc', '', 0, 0]]
    for (const [b, a, caret, index] of cases) {
      const s = spliceOf(b, a, caret)
      assert.equal(apply(b, s), a)
      assert(s.remove + s.insert.length <= Math.abs(a.length - b.length) + 4, JSON.stringify(s))
      if (index !== null) assert.equal(s.index, index, JSON.stringify([b, a, s]))
    }
    assert.equal(spliceOf('same', 'same'), null)
    // On a real Y.Text: typing one letter is one insert of one letter.
    const doc = new Y.Doc()
    const text = doc.getText('t')
    text.insert(0, 'Pide la cuenta')
    const deltas = []
    text.observe((e) => deltas.push(e.delta))
    const s = spliceOf('Pide la cuenta', 'Pide la cuentas', 15)
    text.insert(s.index, s.insert)
    assert.deepEqual(deltas, [[{ retain: 14 }, { insert: 's' }]])
  }],
  ['a caret stays where its owner types when others edit the text', () => {
    assert.equal(mapThrough(3, [{ retain: 3 }, { insert: 'x' }]), 3) // at the caret: stays before
    assert.equal(mapThrough(3, [{ retain: 1 }, { insert: 'xy' }]), 5)
    assert.equal(mapThrough(3, [{ delete: 2 }]), 1)
    assert.equal(mapThrough(3, [{ retain: 2 }, { delete: 5 }]), 2)
    assert.equal(mapThrough(3, [{ retain: 5 }, { insert: 'z' }]), 3)
  }],
  ['presence colours are the desktop\'s', () => {
    // Values from src/collab/presence.rs::color_for (FNV-1a, HSL 0.65/0.45).
    assert.equal(colorFor('Ana'), '#28bd5c') // presence.rs's formula, worked through by hand
    assert.equal(colorFor('Ana'), colorFor(' ana '))
    assert.notEqual(colorFor('Ana'), colorFor('Boris'))
    assert.match(colorFor('Ana'), /^#[0-9a-f]{6}$/)
    assert.equal(initials('Ana María López'), 'AL')
    assert.equal(initials('boris'), 'BO')
    assert.equal(initials('  '), '?')
  }]
]
