// The presence colour derived from a name, exactly as src/collab/presence.rs does it:
// FNV-1a over the UTF-8 bytes of the trimmed, lower-cased name, a hue from the hash,
// then HSL(hue, 0.65, 0.45) as #rrggbb.

export function colorFor (name) {
  const bytes = new TextEncoder().encode(name.trim().toLowerCase())
  let hash = 0x811c9dc5
  for (const b of bytes) hash = Math.imul(hash ^ b, 0x01000193) >>> 0
  const [r, g, b] = hsl(hash % 360, 0.65, 0.45)
  const hex = (v) => v.toString(16).padStart(2, '0')
  return '#' + hex(r) + hex(g) + hex(b)
}

function hsl (hue, s, l) {
  const c = (1 - Math.abs(2 * l - 1)) * s
  const h = hue / 60
  const x = c * (1 - Math.abs((h % 2) - 1))
  const rgb = [[c, x, 0], [x, c, 0], [0, c, x], [0, x, c], [x, 0, c]][Math.trunc(h)] || [c, 0, x]
  const m = l - c / 2
  return rgb.map((v) => Math.min(255, Math.max(0, Math.round((v + m) * 255))))
}

/** Up to two initials of a name, upper case (Presence::initials). */
export function initials (name) {
  const words = name.split(/\s+/u).filter(Boolean)
  if (words.length === 0) return '?'
  const first = (w) => Array.from(w)
  if (words.length === 1) return first(words[0]).slice(0, 2).join('').toUpperCase()
  return (first(words[0])[0] + first(words[words.length - 1])[0]).toUpperCase()
}

/** A colour a peer sent, if it is #rrggbb; otherwise null. */
export function safeColor (text) {
  return typeof text === 'string' && /^#[0-9a-fA-F]{6}$/.test(text) ? text : null
}
