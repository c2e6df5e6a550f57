// Minimal Y.Text edits from an input's value before and after, and the mapping of a
// caret through a remote change, so the person typing keeps their place.

const isLow = (c) => c >= 0xdc00 && c <= 0xdfff

/**
 * The one splice that turns `before` into `after`: { index, remove, insert }, or null.
 * `caret` is where the input's caret is after the change: the changed part is put so
 * that it ends at or after the caret, so typing "a" after "aa" inserts at the caret.
 */
export function spliceOf (before, after, caret = after.length) {
  if (before === after) return null
  const max = Math.min(before.length, after.length)
  const tail = Math.max(0, after.length - Math.min(Math.max(caret, 0), after.length))
  let suffix = 0
  while (suffix < Math.min(max, tail) &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++
  let prefix = 0
  while (prefix < max - suffix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  // Never split a surrogate pair.
  while (prefix > 0 && (isLow(after.charCodeAt(prefix)) || isLow(before.charCodeAt(prefix)))) prefix--
  while (suffix > 0 && (isLow(after.charCodeAt(after.length - suffix)) || isLow(before.charCodeAt(before.length - suffix)))) suffix--
  return {
    index: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix)
  }
}

/**
 * A caret position carried through a Y.Text delta ([{retain}|{insert}|{delete}]).
 * Text inserted exactly at the caret goes after it: the caret stays before, so the
 * person keeps typing where they were and their words stay together.
 */
export function mapThrough (pos, delta) {
  let at = 0 // position in the old text
  let shift = 0
  for (const op of delta) {
    if (op.retain != null) {
      at += op.retain
    } else if (op.insert != null) {
      const n = typeof op.insert === 'string' ? op.insert.length : 1
      if (at < pos) shift += n
    } else if (op.delete != null) {
      if (at < pos) shift -= Math.min(op.delete, pos - at)
      at += op.delete
    }
    if (at >= pos && op.retain != null) break
  }
  return Math.max(0, pos + shift)
}
