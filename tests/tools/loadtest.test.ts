/**
 * A light run of `npm run loadtest` (tooling/loadtest.ts) against the suite's CMS, which allows
 * 10 suggestions per client (SUGGESTION_RATE_LIMIT in tests/support/suite.ts): reads keep succeeding during a
 * burst of posts, the burst meets 429s, every acknowledged suggestion is stored, memory stays bounded.
 */
import Database from 'better-sqlite3';
import { describe, expect, inject, it } from 'vitest';
import { pidListeningOn, runLoadTest } from '../../tooling/loadtest.ts';

const cmsUrl = inject('cmsUrl');

describe('the CMS under a bounded load', () => {
  it('keeps answering reads during a suggestion burst, limits the burst, and loses no accepted suggestion', async () => {
    const pid = await pidListeningOn(new URL(cmsUrl).port);
    const result = await runLoadTest({ cmsUrl, reads: 240, concurrency: 12, suggestions: 45, clients: 3, pid });
    console.log(
      `loadtest: ${result.reads.total} reads in ${result.seconds.toFixed(1)} s (${result.reads.perSecond.toFixed(0)}/s, p95 ${result.reads.p95ms.toFixed(0)} ms), ` +
        `suggestions ${JSON.stringify(result.suggestions.byStatus)}, CMS memory ${JSON.stringify(result.memory)}`,
    );
    expect(result.reads.byStatus).toEqual({ 200: 240 });
    // 3 clients × 10 allowed; the other 15 posts are refused with 429, none fails otherwise.
    expect(result.suggestions.byStatus).toEqual({ 201: 30, 429: 15 });
    const db = new Database(inject('databaseFile'), { readonly: true });
    try {
      const stored = new Set(db.prepare('select message from suggestions').pluck().all() as string[]);
      for (const message of result.accepted) expect(stored.has(message), message).toBe(true);
    } finally {
      db.close();
    }
    expect(pid).toBeGreaterThan(0);
    expect(result.memory!.peak!).toBeLessThan(1024 ** 3);
  }, 120_000);
});
