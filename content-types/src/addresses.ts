/** The ports `npm start` serves the CMS and the site on when CMS_PORT and SITE_PORT are not set. */
export const DEFAULT_CMS_PORT = 1337;
export const DEFAULT_SITE_PORT = 4321;

export interface PublicAddresses {
  /** Where browsers reach the CMS: suggestion forms post here, the CSP allows it. No trailing slash. */
  cmsUrl: string;
  /** Where people reach the public site: absolute links, feeds, open data, the sitemap. No trailing slash. */
  siteUrl: string;
}

/**
 * The public addresses of the CMS and the site, decided here only: `PUBLIC_CMS_URL` and `SITE_URL` when
 * set (production, behind a proxy), else `http://localhost` on `CMS_PORT` and `SITE_PORT` (1337 and 4321
 * unless set), where `npm start` serves them. The CMS, the site build and the scripts all ask this.
 */
export function publicAddresses(env: Record<string, string | undefined>): PublicAddresses {
  const trim = (url: string) => url.replace(/\/+$/, '');
  return {
    cmsUrl: trim(env.PUBLIC_CMS_URL || `http://localhost:${env.CMS_PORT || DEFAULT_CMS_PORT}`),
    siteUrl: trim(env.SITE_URL || `http://localhost:${env.SITE_PORT || DEFAULT_SITE_PORT}`),
  };
}

/**
 * Where the site build and the tools read the CMS from (not a public address): CMS_URL when set, else
 * the CMS on this machine on CMS_PORT (1337 unless set).
 */
export function buildCmsUrl(env: Record<string, string | undefined>): string {
  return (env.CMS_URL || `http://127.0.0.1:${env.CMS_PORT || DEFAULT_CMS_PORT}`).replace(/\/+$/, '');
}
