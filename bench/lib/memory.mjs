// Peak memory of a group of processes (a build and the processes it starts, e.g. Pagefind's binary),
// sampled from /proc: the sum of the resident set sizes of every descendant of `rootPid`, leaving out
// the process trees of `excludePids` (the CMS running beside the build).
import { readdirSync, readFileSync } from 'node:fs';

function processTable() {
  const table = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
      table.push({ pid: Number(name), ppid, rss: rss ? Number(rss[1]) * 1024 : 0 });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/** The RSS sum of the descendants of `rootPid` (not `rootPid` itself unless `includeRoot`). */
export function treeRss(rootPid, { excludePids = [], includeRoot = false } = {}) {
  const table = processTable();
  const children = new Map();
  for (const p of table) (children.get(p.ppid) ?? children.set(p.ppid, []).get(p.ppid)).push(p);
  const excluded = new Set(excludePids);
  let total = includeRoot ? (table.find((p) => p.pid === rootPid)?.rss ?? 0) : 0;
  const stack = [...(children.get(rootPid) ?? [])];
  while (stack.length) {
    const p = stack.pop();
    if (excluded.has(p.pid)) continue;
    total += p.rss;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return total;
}

/** Samples treeRss every `intervalMs` until stop(), which returns the peak in bytes. */
export function samplePeakRss(rootPid, { excludePids = [], intervalMs = 200 } = {}) {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, treeRss(rootPid, { excludePids })));
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
