// The bulk loader (scripts/seed/bulk-load.mjs) replays Strapi's Document Service row model and imports
// Strapi internals that have no public export. Strapi's own `strapi import` was measured against it and is
// about ten times slower at 1,000 organisations (docs/performance.md), so the loader stays; this pins what
// it relies on, so an upgrade of Strapi fails here, quickly, before tests/tools/bulk-load.test.ts compares
// what both loaders store.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tooling/paths.ts';
import { REPLAYS_STRAPI } from '../../scripts/seed/bulk-load.mjs';

const LOADER = join(ROOT, 'scripts', 'seed', 'bulk-load.mjs');
const require = createRequire(LOADER);
const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

describe('the Strapi internals the bulk loader relies on', () => {
  it('are those of the Strapi release whose row model it replays', () => {
    for (const name of ['@strapi/core', '@strapi/database', '@strapi/utils']) {
      expect(version(name), `${name}: check the row model in scripts/seed/bulk-load.mjs against it, then update REPLAYS_STRAPI`).toBe(REPLAYS_STRAPI);
    }
  });

  it('exist under the paths it requires, with every name it takes from them', () => {
    const imports = [...readFileSync(LOADER, 'utf8').matchAll(/const \{ ([^}]+) \} = require\('([^']+)'\)(\.\w+)?;/g)];
    expect(imports.map((m) => m[2])).toEqual(['@strapi/database/dist/fields/index.js', '@strapi/database/dist/metadata/relations.js', '@strapi/utils']);
    for (const [, names, path, member] of imports) {
      const module = require(path);
      const source = member ? module[member.slice(1)] : module;
      for (const name of names.split(',').map((n) => n.trim())) expect(typeof source?.[name], `${name} from ${path}${member ?? ''}`).toBe('function');
    }
  });

  it('convert values the way the loader writes them', () => {
    const { createField } = require('@strapi/database/dist/fields/index.js');
    const at = new Date('2026-11-30T09:00:00.000Z');
    expect(createField({ type: 'datetime' }).toDB(at)).toEqual(at);
    expect(createField({ type: 'boolean' }).toDB(true)).toBe(true);
    expect(createField({ type: 'json' }).toDB({ a: 1 })).toBe('{"a":1}');
    expect(createField({ type: 'integer' }).toDB('7')).toBe(7);
    const { hasOrderColumn, isAnyToOne, isBidirectional } = require('@strapi/database/dist/metadata/relations.js');
    expect(['oneToOne', 'oneToMany', 'manyToOne', 'manyToMany'].map((relation) => [hasOrderColumn({ relation }), isAnyToOne({ relation })])).toEqual([
      [false, true],
      [true, false],
      [false, true],
      [true, false],
    ]);
    expect([isBidirectional({ relation: 'manyToMany' }), isBidirectional({ relation: 'manyToMany', inversedBy: 'x' })]).toEqual([false, true]);
  });
});
