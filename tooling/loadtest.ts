import { readFileSync } from 'node:fs';

/** Public REST reads the site's loaders and visitors make, in rotation. */
const READS = [
  '/api/organisations?pagination[pageSize]=100&populate=*',
  '/api/organisations?locale=en&pagination[pageSize]=25&fields[0]=slug&fields[1]=name',
  '/api/activities?pagination[pageSize]=100&populate[organisation][fields][0]=slug',
  '/api/rooms?pagination[pageSize]=50&populate=*',
  '/api/themes?pagination[pageSize]=100',
  '/api/contact-persons?pagination[pageSize]=100',
];

/** Resident memory (bytes) of a process, from /proc (Linux); undefined elsewhere. */
export function residentBytes(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/**
 * A bounded load on a CMS: `reads` public GETs by `concurrency` workers, and at the same time a burst
 * of `suggestions` posts spread over `clients` client addresses (sent as X-Forwarded-For, which the
 * CMS honours only when IS_PROXIED=true; otherwise they all count as one client). Counts requests,
 * not seconds, so every run does the same work. Returns the figures; `accepted` lists the messages
 * the CMS acknowledged with 201, for checking that none was lost.
 */
export async function runLoadTest({
  cmsUrl,
  reads = 600,
  concurrency = 16,
  suggestions = 60,
  clients = 4,
  pid,
  tag = Date.now().toString(36),
}: {
  cmsUrl: string;
  reads?: number;
  concurrency?: number;
  suggestions?: number;
  clients?: number;
  /** The CMS's process, for its memory figures. */
  pid?: number;
  tag?: string;
}) {
  const rssBefore = pid ? residentBytes(pid) : undefined;
  let rssPeak = rssBefore;
  const sampler = pid ? setInterval(() => (rssPeak = Math.max(rssPeak ?? 0, residentBytes(pid) ?? 0)), 100) : undefined;
  const readStatus: Record<string, number> = {};
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  async function reader() {
    while (next < reads) {
      const path = READS[next++ % READS.length];
      const t = performance.now();
      let status: number | string;
      try {
        const response = await fetch(`${cmsUrl}${path}`);
        await response.arrayBuffer();
        status = response.status;
      } catch (error) {
        status = (error as { cause?: { code?: string } }).cause?.code ?? 'error';
      }
      latencies.push(performance.now() - t);
      readStatus[status] = (readStatus[status] ?? 0) + 1;
    }
  }
  const postStatus: Record<string, number> = {};
  const accepted: string[] = [];
  async function poster(client: number) {
    for (let i = client; i < suggestions; i += clients) {
      const message = `Belasting ${tag}: tip ${i} van client ${client}.`;
      const response = await fetch(`${cmsUrl}/api/suggestions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': `203.0.113.${(client % 250) + 1}` },
        body: JSON.stringify({ kind: 'new-network', organisationName: `Netwerk ${tag} ${i}`, message, locale: 'nl' }),
      }).catch((error: { cause?: { code?: string } }) => ({ status: error.cause?.code ?? 'error', text: async () => '' }));
      await response.text();
      postStatus[response.status] = (postStatus[response.status] ?? 0) + 1;
      if (response.status === 201) accepted.push(message);
    }
  }
  await Promise.all([...Array.from({ length: concurrency }, reader), ...Array.from({ length: clients }, (_, c) => poster(c))]);
  const seconds = (performance.now() - started) / 1000;
  if (sampler) clearInterval(sampler);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    seconds,
    reads: {
      total: reads,
      byStatus: readStatus,
      perSecond: reads / seconds,
      p50ms: percentile(sorted, 50),
      p95ms: percentile(sorted, 95),
      maxMs: sorted.at(-1),
    },
    suggestions: { total: suggestions, byStatus: postStatus },
    accepted,
    memory: pid ? { before: rssBefore, peak: rssPeak, after: residentBytes(pid) } : undefined,
  };
}

/** The process listening on a TCP port on this machine (Linux `ss`), for memory figures. */
export async function pidListeningOn(port: number | string): Promise<number | undefined> {
  const { execFileSync } = await import('node:child_process');
  try {
    const out = execFileSync('ss', ['-Htlnp', `sport = :${port}`], { encoding: 'utf8' });
    return Number(/pid=(\d+)/.exec(out)?.[1]) || undefined;
  } catch {
    return undefined;
  }
}
