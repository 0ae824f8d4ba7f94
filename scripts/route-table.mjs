// `npm run routes`: the route table (cms/src/security/routes.ts) against what the CMS really serves.
// Loads the built CMS in this process (no HTTP server), lists every route of its routers as Strapi
// itself does after mounting them, prints the ones the table does not list (refused at run time) and
// the ones it lists that Strapi no longer serves, and writes the table into docs/security.md.
// --json prints the served routes only, one JSON array ("METHOD /path", ALL for router.all).
// tests/cms/route-table.test.ts runs this and fails on any difference.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROUTE_TABLE, routeTableMarkdown } from '../cms/src/security/routes.ts';
import { ROOT } from '../tooling/paths.ts';
import { withStrapi } from '../tooling/strapi-app.ts';

export const DOCS = resolve(ROOT, 'docs', 'security.md');
export const MARKERS = ['<!-- route-table:start (npm run routes writes this) -->', '<!-- route-table:end -->'];

/** docs/security.md with the table between its markers replaced by the current one. */
export function docsWithTable(text) {
  const [start, end] = MARKERS.map((marker) => text.indexOf(marker));
  if (start < 0 || end < start) throw new Error(`${DOCS} has no ${MARKERS.join(' … ')}`);
  return `${text.slice(0, start + MARKERS[0].length)}\n\n${routeTableMarkdown()}\n${text.slice(end)}`;
}

async function servedRoutes() {
  return withStrapi(async (strapi) => {
    strapi.server.mount();
    const seen = new Set();
    for (const layer of strapi.server.listRoutes()) {
      // A layer without methods is where a sub-router is mounted (router.use), not a route.
      if (!layer.methods.length) continue;
      const methods = layer.methods.filter((m) => m !== 'HEAD');
      // router.all() (Strapi's /_health) answers every method.
      for (const method of methods.length > 8 ? ['ALL'] : methods) seen.add(`${method} ${layer.path}`);
    }
    return [...seen].sort();
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--docs')) {
    writeFileSync(DOCS, docsWithTable(readFileSync(DOCS, 'utf8')));
    process.exit(0);
  }
  const served = await servedRoutes();
  if (process.argv.includes('--json')) {
    console.log(`ROUTES ${JSON.stringify(served)}`);
    process.exit(0);
  }
  const unlisted = served.filter((route) => !ROUTE_TABLE.has(route));
  const stale = [...ROUTE_TABLE.keys()].filter((route) => !served.includes(route));
  writeFileSync(DOCS, docsWithTable(readFileSync(DOCS, 'utf8')));
  console.log(`${served.length} routes served, ${ROUTE_TABLE.size} in the table; docs/security.md written.`);
  if (unlisted.length) console.log(`Not in the table (refused at run time):\n  ${unlisted.join('\n  ')}`);
  if (stale.length) console.log(`In the table, not served:\n  ${stale.join('\n  ')}`);
  process.exit(unlisted.length || stale.length ? 1 : 0);
}
