// The host's picture is trusted markup with escaped text; it is still cleaned before it
// joins the page: only drawing elements, no event handlers, no styles, and no links
// except to parts of itself and to embedded pictures.

const SVG_NS = 'http://www.w3.org/2000/svg'
const ALLOWED = new Set(['svg', 'g', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path',
  'text', 'tspan', 'image', 'title', 'desc', 'defs', 'clipPath', 'linearGradient', 'radialGradient', 'stop', 'mask'])
const SAFE_HREF = /^(#|data:image\/(png|jpeg|webp|gif);base64,)/i

export function sanitizeSvg (root) {
  const all = [root, ...root.getElementsByTagName('*')]
  for (const el of all.reverse()) {
    if (el.namespaceURI !== SVG_NS || !ALLOWED.has(el.localName)) {
      el.remove()
      continue
    }
    for (const attr of [...el.attributes]) {
      const name = attr.localName.toLowerCase()
      if (name.startsWith('on') || name === 'style') el.removeAttributeNode(attr)
      else if (name === 'href' && !SAFE_HREF.test(attr.value.trim())) el.removeAttributeNode(attr)
      else if (/^\s*(javascript|vbscript):/i.test(attr.value)) el.removeAttributeNode(attr)
    }
  }
  return root
}
