// Builds the participant page into assets/web/: page.js and page.css (minified, one
// file each) and index.html (the template the host fills). Same bytes on every run.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', 'assets', 'web')
mkdirSync(out, { recursive: true })

const common = {
  bundle: true,
  minify: true,
  legalComments: 'none',
  sourcemap: false,
  charset: 'utf8',
  logLevel: 'warning',
  absWorkingDir: here
}
await build({
  ...common,
  entryPoints: ['src/main.js'],
  outfile: join(out, 'page.js'),
  format: 'iife',
  target: ['es2022', 'chrome100', 'safari15', 'firefox100'],
  loader: { '.ftl': 'text' },
  define: { 'process.env.NODE_ENV': '"production"' }
})
await build({
  ...common,
  entryPoints: ['src/page.css'],
  outfile: join(out, 'page.css'),
  target: ['chrome100', 'safari15', 'firefox100']
})
copyFileSync(join(here, 'index.html'), join(out, 'index.html'))
