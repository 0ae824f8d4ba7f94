// Writes the Strapi schema files in cms/src from the content model in content-types/, then has Strapi
// write the TypeScript types of those schemas (cms/types/generated, committed; `strapi ts:generate-types`).
// `--check` exits non-zero when a committed schema file differs from what the model generates
// (tests/cms/content-model.test.ts checks the generated types against what Strapi writes); `--no-types`
// writes the schema files only (tests/tools/model-from-source.test.ts, in a scratch copy with no CMS to load).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TYPES, strapiSchemaFiles } from '@mzo/content-types';
import { ephemeralCmsEnv } from '../tooling/cms-env.ts';
import { CMS_DIR, STRAPI_BIN } from '../tooling/paths.ts';
import { run } from '../tooling/run.ts';

const cmsSrc = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'cms', 'src');
const check = process.argv.includes('--check');
const stale = [];

function write(relative, content, { overwrite = true } = {}) {
  const file = join(cmsSrc, relative);
  if (existsSync(file) && (!overwrite || readFileSync(file, 'utf8') === content)) return;
  if (check) {
    stale.push(relative);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote cms/src/${relative}`);
}

for (const [relative, schema] of Object.entries(strapiSchemaFiles())) {
  write(relative, `${JSON.stringify(schema, null, 2)}\n`);
}

// Routes, controllers and services start as Strapi's core factories; once written they are ours to customise.
for (const type of TYPES) {
  const uid = `api::${type.name}.${type.name}`;
  for (const kind of ['routes', 'controllers', 'services']) {
    const factory = { routes: 'createCoreRouter', controllers: 'createCoreController', services: 'createCoreService' }[kind];
    write(`api/${type.name}/${kind}/${type.name}.ts`, `import { factories } from '@strapi/strapi';\n\nexport default factories.${factory}('${uid}');\n`, {
      overwrite: false,
    });
  }
}

if (check && stale.length) {
  console.error(`These CMS files do not match the content model; run \`npm run generate\`:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}

if (!check && !process.argv.includes('--no-types')) {
  // Strapi compiles the CMS and loads its schemas to write the types: half a minute or so.
  const started = performance.now();
  await run(process.execPath, [STRAPI_BIN, 'ts:generate-types', '--silent'], {
    cwd: CMS_DIR,
    env: { ...ephemeralCmsEnv(), ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  console.log(`wrote cms/types/generated (Strapi's types of the schemas, ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
