/** CPU time of the Chromium processes this benchmark started, from /proc (Linux): wall-clock
 * rates swing with whatever else runs on the machine, CPU time per post much less. IndexedDB
 * costs CPU in two places: the renderer running the service worker and the browser process
 * (Chromium's storage backend), so both are counted. */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux.

interface Proc {
  ppid: number;
  cpuMs: number;
  /** Chromium's --type= (renderer, utility, …); 'browser' when absent. */
  type: string;
}

function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name, which may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const type = /--type=([a-z-]+)/.exec(cmdline)?.[1] ?? (cmdline.includes('chrom') ? 'browser' : 'other');
    return { ppid: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS, type };
  } catch {
    return null; // Exited meanwhile.
  }
}

/** CPU ms used so far by each kind of process descended from this one (Linux only; empty elsewhere). */
export function descendantsCpuMs(root = process.pid): Record<string, number> {
  let pids: number[];
  try {
    pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map(Number);
  } catch {
    return {};
  }
  const procs = new Map<number, Proc>();
  for (const pid of pids) {
    const p = readProc(pid);
    if (p) procs.set(pid, p);
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = procs.get(pid)?.ppid; p !== undefined && p > 1; p = procs.get(p)?.ppid) if (p === root) return true;
    return false;
  };
  const byType: Record<string, number> = {};
  for (const [pid, p] of procs) if (isDescendant(pid)) byType[p.type] = (byType[p.type] ?? 0) + p.cpuMs;
  return byType;
}

/** CPU ms per kind of process spent between two descendantsCpuMs() readings, with a total. */
export function cpuSpent(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const spent: Record<string, number> = {};
  let total = 0;
  for (const [type, ms] of Object.entries(after)) {
    const d = ms - (before[type] ?? 0);
    if (d > 0) spent[type] = d;
    total += Math.max(0, d);
  }
  spent.total = total;
  return spent;
}
