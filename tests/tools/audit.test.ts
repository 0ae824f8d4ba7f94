import { describe, expect, it } from 'vitest';
import { evaluateAudit } from '../../tooling/audit.ts';

const report = {
  auditReportVersion: 2,
  vulnerabilities: {
    koa: {
      name: 'koa',
      severity: 'high',
      via: [
        { source: 1001, name: 'koa', title: 'Open redirect', url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', severity: 'high', range: '<2.16.1' },
      ],
    },
    '@strapi/core': { name: '@strapi/core', severity: 'high', via: ['koa'] },
    qs: {
      name: 'qs',
      severity: 'moderate',
      via: [
        {
          source: 1002,
          name: 'qs',
          title: 'Prototype pollution',
          url: 'https://github.com/advisories/GHSA-dddd-eeee-ffff',
          severity: 'moderate',
          range: '<6.10',
        },
      ],
    },
  },
};

describe('the npm audit allow-list', () => {
  it('fails on a high advisory that the allow-list does not name', () => {
    const { failures, counts } = evaluateAudit(report, { advisories: [] });
    expect(failures.map((f) => f.id)).toEqual(['GHSA-aaaa-bbbb-cccc']);
    expect(counts).toEqual({ high: 1, moderate: 1 });
  });

  it('accepts a listed high advisory only with a written reason', () => {
    const reason = 'Only the admin uses this redirect, behind login; upgrade blocked by Strapi pin.';
    expect(evaluateAudit(report, { advisories: [{ id: 'GHSA-aaaa-bbbb-cccc', package: 'koa', reason }] }).failures).toEqual([]);
    expect(evaluateAudit(report, { advisories: [{ id: 'GHSA-aaaa-bbbb-cccc', package: 'koa', reason: '' }] }).failures).toHaveLength(1);
  });

  it('names allow-list entries that no longer match any advisory', () => {
    const { staleAllowances } = evaluateAudit(report, {
      advisories: [{ id: 'GHSA-zzzz-zzzz-zzzz', package: 'x', reason: 'an old reason that is long enough' }],
    });
    expect(staleAllowances).toEqual(['GHSA-zzzz-zzzz-zzzz']);
  });
});
