// Prints, as JSON, the content types and components the CMS actually loads (after Strapi has
// applied its own defaults), so tests can compare them with the content model; and the TypeScript
// types Strapi's own generator writes for them, so a test can compare them with cms/types/generated.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withStrapi } from '../tooling/strapi-app.ts';

const GENERATED = ['contentTypes.d.ts', 'components.d.ts'];

const loaded = await withStrapi(async (strapi) => {
  const pick = ({ attributes, options, pluginOptions }) => ({ attributes, options, pluginOptions });
  const dir = mkdtempSync(join(tmpdir(), 'mzo-typegen-'));
  let types;
  try {
    const { generators } = createRequire(import.meta.url)('@strapi/typescript-utils');
    await generators.generate({ strapi, pwd: dir, logger: { silent: true }, artifacts: { contentTypes: true, components: true } });
    types = Object.fromEntries(GENERATED.map((name) => [name, readFileSync(join(dir, 'types', 'generated', name), 'utf8')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    contentTypes: Object.fromEntries(
      Object.entries(strapi.contentTypes)
        .filter(([uid]) => uid.startsWith('api::'))
        .map(([uid, ct]) => [uid, pick(ct)]),
    ),
    components: Object.fromEntries(Object.entries(strapi.components).map(([uid, c]) => [uid, pick(c)])),
    types,
  };
});
process.stdout.write(`\n@@CMS-SCHEMAS@@${JSON.stringify(loaded)}\n`);
