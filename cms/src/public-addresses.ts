import { publicAddresses, type PublicAddresses } from '@mzo/content-types/addresses';

/**
 * The public addresses (`publicAddresses`) as the CMS sees them: when CMS_PORT is not set, the port the
 * CMS itself listens on (PORT) is its public one, as when it is started on its own.
 */
export function cmsPublicAddresses(env: NodeJS.ProcessEnv = process.env): PublicAddresses {
  return publicAddresses({ CMS_PORT: env.PORT, ...env });
}

/**
 * The origins a browser may call the CMS from unless CORS_ORIGINS says otherwise: the public site and the
 * admin panel, a local address under both `localhost` and `127.0.0.1`.
 */
export function defaultCorsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const { siteUrl, cmsUrl } = cmsPublicAddresses(env);
  return [siteUrl, cmsUrl].flatMap((url) => {
    const { origin, hostname } = new URL(url);
    if (hostname === 'localhost') return [origin, origin.replace('//localhost', '//127.0.0.1')];
    if (hostname === '127.0.0.1') return [origin, origin.replace('//127.0.0.1', '//localhost')];
    return [origin];
  });
}
