import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
export const here = dirname(fileURLToPath(import.meta.url))
export const web = join(here, '..')
