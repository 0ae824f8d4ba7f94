// `npm run loadtest [-- --reads 2000 --concurrency 32 --suggestions 100 --clients 5]`: a bounded load on
// the CMS at CMS_URL (default http://127.0.0.1 on CMS_PORT, e.g. the one `npm start` runs) over loopback:
// concurrent public REST reads plus a burst of suggestion posts. Prints the figures. The posts are
// real suggestions: run it against a test or local CMS, not production.
import { parseArgs } from 'node:util';
import { buildCmsUrl } from '@mzo/content-types/addresses';
import { pidListeningOn, runLoadTest } from '../tooling/loadtest.ts';

const { values } = parseArgs({
  options: {
    reads: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '16' },
    suggestions: { type: 'string', default: '60' },
    clients: { type: 'string', default: '4' },
  },
});
const cmsUrl = buildCmsUrl(process.env);
const pid = await pidListeningOn(new URL(cmsUrl).port || 80);
const mb = (bytes) => (bytes === undefined ? '?' : `${(bytes / 2 ** 20).toFixed(0)} MB`);

const result = await runLoadTest({
  cmsUrl,
  reads: Number(values.reads),
  concurrency: Number(values.concurrency),
  suggestions: Number(values.suggestions),
  clients: Number(values.clients),
  pid,
});
const { reads, suggestions, memory } = result;
console.log(`Load on ${cmsUrl} for ${result.seconds.toFixed(1)} s:
  reads:       ${reads.total} by ${values.concurrency} workers, ${reads.perSecond.toFixed(0)}/s, status ${JSON.stringify(reads.byStatus)}
               latency p50 ${reads.p50ms.toFixed(0)} ms, p95 ${reads.p95ms.toFixed(0)} ms, max ${reads.maxMs.toFixed(0)} ms
  suggestions: ${suggestions.total} from ${values.clients} clients, status ${JSON.stringify(suggestions.byStatus)}
  CMS memory:  ${memory ? `${mb(memory.before)} before, ${mb(memory.peak)} peak, ${mb(memory.after)} after` : 'unknown (process not found)'}`);
if (Object.keys(reads.byStatus).some((status) => status !== '200')) process.exitCode = 1;
