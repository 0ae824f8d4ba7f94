export default ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  // The public URL the admin and API are reached at (behind a proxy in production).
  url: env('PUBLIC_URL', ''),
  // Trust X-Forwarded-* (client address for rate limits) only behind a configured proxy.
  proxy: { koa: env.bool('IS_PROXIED', false), maxIpsCount: env.int('PROXY_COUNT', 1) },
  app: {
    keys: env.array('APP_KEYS'),
  },
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', false) },
  },
});
