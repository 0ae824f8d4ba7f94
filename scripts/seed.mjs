// `npm run seed [-- --organisations N] [--reference-date YYYY-MM-DD] [--seed S]`
// Seeds generated demo data into the CMS database (cms/.env, or DATABASE_* from the environment)
// when it holds no organisations yet. Needs a built CMS (`npm start` builds it).
import { parseArgs } from 'node:util';
import { generateDemoData, referenceMonday } from './seed/demo-data.mjs';
import { loadIntoStrapi } from './seed/load-into-strapi.mjs';
import { withStrapi, ensureLocalAdmin } from './lib/strapi-app.mjs';
import { ensureCmsEnv } from './lib/cms-env.mjs';

const { values } = parseArgs({
  options: {
    organisations: { type: 'string', default: '40' },
    'reference-date': { type: 'string' },
    seed: { type: 'string', default: '1' },
    'no-admin': { type: 'boolean', default: false },
  },
});

const env = ensureCmsEnv();
const started = performance.now();
const data = generateDemoData({
  organisations: Number(values.organisations),
  referenceDate: values['reference-date'] ?? referenceMonday(),
  seed: Number(values.seed),
});

await withStrapi(async (strapi) => {
  if (!values['no-admin']) {
    const email = process.env.LOCAL_ADMIN_EMAIL ?? env.LOCAL_ADMIN_EMAIL;
    const password = process.env.LOCAL_ADMIN_PASSWORD ?? env.LOCAL_ADMIN_PASSWORD;
    if (await ensureLocalAdmin(strapi, { email, password })) console.log(`Created the local admin account ${email}.`);
  }
  const counts = await loadIntoStrapi(strapi, data, { log: (line) => console.log(`  seeded ${line}`) });
  if (counts) console.log(`Seeded demo data in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  else console.log('The database already holds organisations; not seeding.');
});
