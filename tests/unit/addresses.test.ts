// The one rule for where people reach the CMS and the site (content-types/src/addresses.ts) and how the
// CMS applies it (cms/src/public-addresses.ts).
import { describe, expect, it } from 'vitest';
import { buildCmsUrl, publicAddresses } from '@mzo/content-types/addresses';
import { cmsPublicAddresses, defaultCorsOrigins } from '../../cms/src/public-addresses.ts';

describe('public addresses', () => {
  it('are localhost on the default ports when nothing is set', () => {
    expect(publicAddresses({})).toEqual({ cmsUrl: 'http://localhost:1337', siteUrl: 'http://localhost:4321' });
  });

  it('follow CMS_PORT and SITE_PORT', () => {
    expect(publicAddresses({ CMS_PORT: '1437', SITE_PORT: '4421' })).toEqual({ cmsUrl: 'http://localhost:1437', siteUrl: 'http://localhost:4421' });
  });

  it('are PUBLIC_CMS_URL and SITE_URL when set, without a trailing slash, whatever the ports', () => {
    expect(publicAddresses({ PUBLIC_CMS_URL: 'https://cms.example.org/', SITE_URL: 'https://gids.example.org/', CMS_PORT: '1437', SITE_PORT: '4421' })).toEqual(
      {
        cmsUrl: 'https://cms.example.org',
        siteUrl: 'https://gids.example.org',
      },
    );
  });

  it('give the CMS its own listening port when CMS_PORT is not set', () => {
    expect(cmsPublicAddresses({ PORT: '1500' }).cmsUrl).toBe('http://localhost:1500');
    expect(cmsPublicAddresses({ PORT: '1500', CMS_PORT: '1437' }).cmsUrl).toBe('http://localhost:1437');
  });

  it('let the site and the admin call the CMS by default, local ones under both loopback names', () => {
    expect(defaultCorsOrigins({ CMS_PORT: '1437', SITE_PORT: '4421' })).toEqual([
      'http://localhost:4421',
      'http://127.0.0.1:4421',
      'http://localhost:1437',
      'http://127.0.0.1:1437',
    ]);
    expect(defaultCorsOrigins({ SITE_URL: 'https://gids.example.org', PUBLIC_CMS_URL: 'https://cms.example.org' })).toEqual([
      'https://gids.example.org',
      'https://cms.example.org',
    ]);
  });

  it('read the CMS for a build at CMS_URL, else on this machine on CMS_PORT', () => {
    expect(buildCmsUrl({})).toBe('http://127.0.0.1:1337');
    expect(buildCmsUrl({ CMS_PORT: '1437' })).toBe('http://127.0.0.1:1437');
    expect(buildCmsUrl({ CMS_URL: 'http://cms.internal:1337/', CMS_PORT: '1437' })).toBe('http://cms.internal:1337');
  });
});
