// Order keys (docs/COLLABORATION.md, src/collab/order.rs): base-62 fractions written with
// 0-9A-Za-z in ASCII order, without trailing zeros. A port of the host's `between` and
// `spread`, so the page writes the keys the desktop would.

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const BASE = 62
const value = (c) => { const i = DIGITS.indexOf(c); return i < 0 ? null : i }
const valid = (k) => [...k].every((c) => value(c) !== null) && !k.endsWith('0')

/** A key strictly between `low` and `high` (null: no neighbour), or null when impossible. */
export function between (low, high) {
  low = low ?? ''
  if (!valid(low)) return null
  if (high != null && (!valid(high) || high === '' || !(low < high))) return null
  return midpoint(low, high)
}

function midpoint (low, high) {
  if (high != null) {
    const at = (k, i) => (i < k.length ? k[i] : '0')
    let common = 0
    while (common < high.length && at(low, common) === high[common]) common++
    if (common > 0) {
      const rest = midpoint(low.slice(common), high.slice(common))
      return rest === null ? null : high.slice(0, common) + rest
    }
  }
  const dLow = low.length ? value(low[0]) : 0
  let dHigh = BASE
  if (high != null) {
    if (!high.length) return null
    dHigh = value(high[0])
  }
  if (dHigh > dLow + 1) return DIGITS[Math.floor((dLow + dHigh) / 2)]
  if (high != null && high.length > 1) return high[0]
  const rest = midpoint(low.slice(1), null)
  return rest === null ? null : DIGITS[dLow] + rest
}

/** `count` keys in increasing order, spread evenly (order::spread). */
export function spread (count) {
  let width = 1
  let room = BASE - 1
  while (room < count) { width++; room *= BASE }
  const step = Math.floor((room + 1) / (count + 1))
  const keys = []
  for (let k = 1; k <= count; k++) {
    let n = k * step
    const digits = new Array(width).fill('0')
    for (let i = width - 1; i >= 0; i--) { digits[i] = DIGITS[n % BASE]; n = Math.floor(n / BASE) }
    while (digits.length && digits[digits.length - 1] === '0') digits.pop()
    keys.push(digits.join(''))
  }
  return keys
}

/** Byte order of ASCII keys, then the numeric id: the sequence of the moments. */
export function compareMoments (a, b) {
  if (a.order < b.order) return -1
  if (a.order > b.order) return 1
  return a.id - b.id
}
