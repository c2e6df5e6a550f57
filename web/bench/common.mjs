// Shared set-up of the participant page's benchmarks (web/bench/README.md): the host is
// the real `ciclo serve` ($CICLO_BIN) on a copy of a served cycle.

import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startHost as startTestHost, web } from '../test/harness.mjs'

export { launch, openPage, PHONE, sleep, until, nodePeer, Y, web } from '../test/harness.mjs'

/** The cycle the benchmarks serve: 12 moments, Spanish ($BENCH_FIXTURE to change). */
export const FIXTURE = process.env.BENCH_FIXTURE ?? join(web, '..', 'examples', 'restaurant.es.ron')

// The host runs in its own temporary folder: make a relative $CICLO_BIN absolute first.
if (process.env.CICLO_BIN) process.env.CICLO_BIN = resolve(process.env.CICLO_BIN)

export function startHost (opts = {}) {
  return startTestHost({ fixture: FIXTURE, ...opts })
}

/** CPU time (user + system) of a process so far, in seconds, from /proc/PID/stat. */
export function cpuSeconds (pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // fields[0] is field 3 (state); utime and stime are fields 14 and 15. CLK_TCK is 100 on Linux.
  return (Number(fields[11]) + Number(fields[12])) / 100
}

/** A line of /proc/PID/status, in KiB (VmHWM: peak resident set; VmRSS: now). */
export function statusKiB (pid, key) {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))
  return m ? Number(m[1]) : NaN
}

export function percentile (sorted, p) {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

export const median = (xs) => percentile([...xs].sort((a, b) => a - b), 50)

/** The machine's state, for the record: cores and load average. */
export function machine () {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  const cores = readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter((l) => l.startsWith('processor')).length
  return { cores, load }
}
