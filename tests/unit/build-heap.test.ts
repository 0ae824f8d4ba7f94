import { describe, expect, it } from 'vitest';
import { astroHeapArgs, astroHeapMb } from '../../tooling/site-build.ts';

const GiB = 1024 ** 3;

describe("the heap of Astro's build process", () => {
  it('is what SITE_BUILD_HEAP_MB asks', () => {
    expect(astroHeapMb({ SITE_BUILD_HEAP_MB: '6144' }, 24 * GiB)).toBe(6144);
    expect(astroHeapMb({ SITE_BUILD_HEAP_MB: ' 3000 ' }, 24 * GiB)).toBe(3000);
  });

  it("is otherwise half the machine's memory, never less than Node's own 4 GB", () => {
    expect(astroHeapMb({}, 24 * GiB)).toBe(12288);
    expect(astroHeapMb({ SITE_BUILD_HEAP_MB: '' }, 64 * GiB)).toBe(32768);
    expect(astroHeapMb({}, 4 * GiB)).toBe(4096);
    expect(astroHeapMb({}, 2 * GiB)).toBe(4096);
    expect(astroHeapMb({})).toBeGreaterThanOrEqual(4096);
  });

  it('refuses a SITE_BUILD_HEAP_MB that is not a whole number of MB, naming it', () => {
    for (const bad of ['veel', '8 GB', '0', '-512', '1.5', '8192MB']) {
      expect(() => astroHeapMb({ SITE_BUILD_HEAP_MB: bad }), bad).toThrow(/SITE_BUILD_HEAP_MB is ".*": give the heap for the site build in MB, a whole number/);
    }
  });

  it('leaves a heap set in NODE_OPTIONS alone', () => {
    expect(astroHeapArgs({ NODE_OPTIONS: '--max-old-space-size=3072' })).toEqual([]);
    expect(astroHeapArgs({ NODE_OPTIONS: '--max-old-space-size 3072' })).toEqual([]);
    expect(astroHeapArgs({ NODE_OPTIONS: '--enable-source-maps', SITE_BUILD_HEAP_MB: '5000' })).toEqual(['--max-old-space-size=5000']);
  });
});
