import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENTS, TYPES, organisation, strapiSchemaFiles, strapiUid } from '@mzo/content-types';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { run } from '../../tooling/run.ts';
import { ROOT } from '../../tooling/paths.ts';

describe('the content model', () => {
  it('is what the committed CMS schema files say (run `npm run generate` after changing it)', () => {
    for (const [relative, schema] of Object.entries(strapiSchemaFiles())) {
      const file = resolve(ROOT, 'cms', 'src', relative);
      expect(existsSync(file), `${relative} exists`).toBe(true);
      expect(JSON.parse(readFileSync(file, 'utf8')), relative).toEqual(schema);
    }
  });

  it('keeps private fields out of the public zod schema the site validates with', () => {
    const shape = organisation.schema.shape as Record<string, unknown>;
    for (const name of ['editors', 'hiddenThemes', 'contacts', 'editorNotes']) expect(shape).not.toHaveProperty(name);
    expect(shape).toHaveProperty('themes');
    expect(
      organisation.schema.safeParse({ id: 1, documentId: 'x', locale: 'nl', publishedAt: 'x', name: 'A', slug: 'a', legalForm: 'stichting' }).success,
    ).toBe(false);
  });

  // Loads a whole Strapi in a child process (the timeout below): a minute or more on a busy machine.
  it('agrees with the schemas Strapi loads: every type and field, relation targets and private flags; and with the committed generated types', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mzo-model-'));
    const env = { ...process.env, ...ephemeralCmsEnv(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(dir, 'model.db') };
    let output: string;
    try {
      output = await run(process.execPath, ['scripts/describe-cms.mjs'], { cwd: ROOT, env, quiet: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const loaded = JSON.parse(output.split('@@CMS-SCHEMAS@@')[1]) as {
      contentTypes: Record<string, { attributes: Record<string, any>; options: any; pluginOptions: any }>;
      components: Record<string, { attributes: Record<string, any> }>;
      types: Record<string, string>;
    };
    // The committed types (cms/types/generated, what `strapi.documents()` and `strapi.db.query()` are typed by)
    // are what Strapi's own generator writes for the schemas it loads: run `npm run generate` when they differ.
    for (const [name, text] of Object.entries(loaded.types)) {
      expect(readFileSync(resolve(ROOT, 'cms', 'types', 'generated', name), 'utf8'), `cms/types/generated/${name} is current (npm run generate)`).toBe(text);
    }
    expect(Object.keys(loaded.contentTypes).sort()).toEqual(TYPES.map((t) => t.uid).sort());
    for (const type of TYPES) {
      const ct = loaded.contentTypes[type.uid];
      expect(Boolean(ct.options?.draftAndPublish), `${type.name} draft & publish`).toBe(type.draftAndPublish);
      expect(Boolean(ct.pluginOptions?.i18n?.localized), `${type.name} localized`).toBe(type.localized);
      for (const [name, field] of Object.entries(type.attributes)) {
        const attribute = ct.attributes[name];
        expect(attribute, `${type.name}.${name}`).toBeDefined();
        expect(attribute.type, `${type.name}.${name} type`).toBe(field.attribute.type);
        expect(Boolean(attribute.private), `${type.name}.${name} private`).toBe(field.private);
        expect(Boolean(attribute.required), `${type.name}.${name} required`).toBe(field.required);
        if (field.target) expect(attribute.target, `${type.name}.${name} target`).toBe(strapiUid(field.target));
        if (type.localized && attribute.type !== 'relation') {
          expect(Boolean(attribute.pluginOptions?.i18n?.localized), `${type.name}.${name} localized`).toBe(field.localized);
        }
      }
      // Strapi adds its own system fields; every other field it has must be in the model.
      const system = new Set(['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'documentId', 'id']);
      for (const name of Object.keys(ct.attributes)) expect(name in type.attributes || system.has(name), `${type.name}.${name} is in the model`).toBe(true);
    }
    for (const component of COMPONENTS) {
      const loadedComponent = loaded.components[component.key];
      expect(loadedComponent, component.key).toBeDefined();
      expect(Object.keys(loadedComponent.attributes).sort()).toEqual(Object.keys(component.attributes).sort());
    }
  }, 300_000);
});
