// A browser process's memory on Linux, from /proc, shared by the huge-page benchmarks of both browsers.
// Peak: the process's VmHWM, reset just before a run (`echo 5 > /proc/PID/clear_refs`) so it holds the
// run's own high-water mark; it counts everything the process holds (DOM, strings, JS heap, caches),
// which a JS heap figure alone does not.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** /proc/PID/status field in kB, as MB (NaN when the process is gone). */
export function statusMB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch { return NaN; }
}

/** The processes under `rootPid` (children, grandchildren: Firefox forks its content processes from a
 *  fork server) whose command line (arguments joined by spaces) passes `matches`. */
export function descendantsOf(rootPid: number, matches: (cmdline: string) => boolean): number[] {
  const parent = new Map<number, number>();
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (matches(readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim())) found.push(Number(entry));
    } catch { /* gone meanwhile */ }
  }
  const descends = (pid: number) => { for (let p = parent.get(pid); p; p = parent.get(p)) if (p === rootPid) return true; return false; };
  return found.filter(descends);
}

export interface PeakRise { pid: number; beforeMB: number; peakMB: number }

/** Runs `fn` with the high-water mark of each process reset; each one's RSS before and peak during it. */
export async function peakRises(pids: number[], fn: () => Promise<void>): Promise<PeakRise[]> {
  const before = new Map(pids.map((pid) => [pid, statusMB(pid, 'VmRSS')]));
  for (const pid of pids) { try { writeFileSync(`/proc/${pid}/clear_refs`, '5'); } catch { /* not ours to reset */ } }
  await fn();
  return pids.map((pid) => ({ pid, beforeMB: before.get(pid)!, peakMB: statusMB(pid, 'VmHWM') }));
}

/** The process whose peak rose most over its RSS before (the page's, when only the page did work). */
export function largestRise(rises: PeakRise[]): PeakRise {
  let best: PeakRise = { pid: NaN, beforeMB: NaN, peakMB: NaN };
  let bestRise = -Infinity;
  for (const r of rises) if (r.peakMB - r.beforeMB > bestRise) { best = r; bestRise = r.peakMB - r.beforeMB; }
  return best;
}
