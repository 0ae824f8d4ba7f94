// Writes the Strapi schema files in cms/src from the content model in content-types/.
// `--check` exits non-zero when a committed file differs from what the model generates.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TYPES, strapiSchemaFiles } from '@mzo/content-types';

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
