// `npm start`: the CMS with demo data plus the built site, links printed. Ctrl-C stops both.
import { ensureCmsEnv } from './lib/cms-env.mjs';
import { buildCms, cmsNeedsBuild, startCms } from './lib/cms-process.mjs';
import { ROOT } from './lib/paths.mjs';
import { run } from './lib/run.mjs';
import { buildSite, SITE_LINK } from './lib/site-build.mjs';
import { serveSite } from './lib/serve-site.mjs';

const cmsPort = Number(process.env.CMS_PORT ?? 1337);
const sitePort = Number(process.env.SITE_PORT ?? 4321);
const step = (text) => console.log(`\n▶ ${text}`);
const began = performance.now();

const env = ensureCmsEnv();
if (cmsNeedsBuild()) {
  step('Building the CMS admin panel (first run or changed sources; about a minute)…');
  await buildCms();
}
step('Seeding demo data into an empty database…');
await run(process.execPath, ['scripts/seed.mjs'], { cwd: ROOT });

step(`Starting the CMS on port ${cmsPort}…`);
const cms = await startCms({ port: cmsPort, env: { ...process.env, ...env }, log: 'pipe' });

let server;
async function stop(code = 0) {
  console.log('\nStopping…');
  server?.close();
  await cms.stop();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
cms.child.on('exit', (code) => {
  console.error(`The CMS stopped (exit ${code}).\n${cms.output().slice(-3000)}`);
  server?.close();
  process.exit(1);
});

step('Building the public site from the CMS…');
try {
  const build = await buildSite({ env: { ...process.env, CMS_URL: cms.url }, quiet: true });
  console.log(`  built in ${build.seconds.toFixed(1)} s`);
} catch (error) {
  console.error(`The site could not be built:\n${error.message}`);
  await stop(1);
}
({ server } = await serveSite({ dir: SITE_LINK, port: sitePort }));

console.log(`
Ready in ${((performance.now() - began) / 1000).toFixed(0)} s.
  Public site:  http://localhost:${sitePort}/
  CMS admin:    http://localhost:${cmsPort}/admin
  Login:        ${env.LOCAL_ADMIN_EMAIL} / ${env.LOCAL_ADMIN_PASSWORD}   (local use only; stored in cms/.env)
  REST API:     http://localhost:${cmsPort}/api/organisations
Press Ctrl-C to stop both.`);
