// `npm run seed [-- --organisations N] [--reference-date YYYY-MM-DD] [--seed S] [--loader bulk|documents]`
// Seeds generated demo data into the CMS database (cms/.env, or DATABASE_* from the environment)
// when it holds no organisations yet. Needs a built CMS (`npm start` builds it).
// --loader documents writes through Strapi's Document Service (the real write path, ~2 s per
// organisation); --loader bulk writes the same content as batched inserts (seed/bulk-load.mjs), for
// benchmarks with thousands of organisations. Default: documents up to 100 organisations, bulk above.
import { parseArgs } from 'node:util';
import { generateDemoData, referenceMonday } from './seed/demo-data.mjs';
import { loadIntoStrapi } from './seed/load-into-strapi.mjs';
import { bulkLoadIntoStrapi } from './seed/bulk-load.mjs';
import { withStrapi, ensureLocalAdmin } from '../tooling/strapi-app.ts';
import { ensureCmsEnv } from '../tooling/cms-env.ts';

const { values } = parseArgs({
  options: {
    organisations: { type: 'string', default: '40' },
    'reference-date': { type: 'string' },
    seed: { type: 'string', default: '1' },
    loader: { type: 'string' },
    'no-admin': { type: 'boolean', default: false },
  },
});

const organisations = Number(values.organisations);
const loader = values.loader ?? (organisations > 100 ? 'bulk' : 'documents');
if (!['bulk', 'documents'].includes(loader)) {
  console.error(`--loader must be "bulk" or "documents", not "${values.loader}".`);
  process.exit(2);
}

const env = ensureCmsEnv();
const started = performance.now();
const data = generateDemoData({
  organisations,
  referenceDate: values['reference-date'] ?? referenceMonday(),
  seed: Number(values.seed),
});

/**
 * Strapi emits an entry event after every Document Service write without awaiting it (it first reads the
 * entry back: core/dist/services/document-service/events.js). Waits until the database pool has been idle
 * for a moment, so no such read is still running when Strapi shuts down (on PostgreSQL it would then fail
 * the process with "Timeout acquiring a connection").
 */
async function settle(strapi, { timeoutMs = 30_000 } = {}) {
  const pool = strapi.db.connection.client.pool;
  if (!pool) return;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  const deadline = Date.now() + timeoutMs;
  for (let quiet = 0; quiet < 4 && Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 50));
    quiet = busy() ? 0 : quiet + 1;
  }
}

await withStrapi(async (strapi) => {
  if (!values['no-admin']) {
    const email = process.env.LOCAL_ADMIN_EMAIL ?? env.LOCAL_ADMIN_EMAIL;
    const password = process.env.LOCAL_ADMIN_PASSWORD ?? env.LOCAL_ADMIN_PASSWORD;
    if (await ensureLocalAdmin(strapi, { email, password })) console.log(`Created the local admin account ${email}.`);
  }
  const load = loader === 'bulk' ? bulkLoadIntoStrapi : loadIntoStrapi;
  const loadStarted = performance.now();
  const counts = await load(strapi, data, { log: (line) => console.log(`  seeded ${line}`) });
  const seconds = (from) => ((performance.now() - from) / 1000).toFixed(1);
  if (counts)
    console.log(
      `Seeded demo data (${loader} loader) in ${seconds(loadStarted)} s (${seconds(started)} s with generating the data and loading Strapi): ${JSON.stringify(counts)}`,
    );
  else console.log('The database already holds organisations; not seeding.');
  await settle(strapi);
});
