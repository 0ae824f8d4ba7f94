import { totalmem } from 'node:os';
import { describe, expect, it } from 'vitest';
import { astroHeapMb } from '../../tooling/site-build.ts';

describe("the heap of Astro's build process", () => {
  it('is what SITE_BUILD_HEAP_MB asks', () => {
    expect(astroHeapMb({ SITE_BUILD_HEAP_MB: '6144' })).toBe(6144);
  });

  it("is otherwise half the machine's memory, never less than Node's own 4 GB", () => {
    const half = Math.floor(Math.min(totalmem(), process.constrainedMemory() || Infinity) / 2 / 1024 / 1024);
    expect(astroHeapMb({})).toBe(Math.max(4096, half));
    expect(astroHeapMb({ SITE_BUILD_HEAP_MB: 'veel' })).toBe(Math.max(4096, half));
    expect(astroHeapMb({})).toBeGreaterThanOrEqual(4096);
  });
});
