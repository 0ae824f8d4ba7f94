const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost):\d+$/;

export default ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'", 'https:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'data:', 'blob:'],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      // The public site and the admin only; CORS_ALLOW_LOOPBACK adds any http://127.0.0.1:<port> (tests).
      origin: (ctx) => {
        const allowed = env.array('CORS_ORIGINS', ['http://localhost:4321', 'http://127.0.0.1:4321', 'http://localhost:1337', 'http://127.0.0.1:1337']);
        const origin = ctx.get('origin');
        return env.bool('CORS_ALLOW_LOOPBACK', false) && LOOPBACK.test(origin) ? [...allowed, origin] : allowed;
      },
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
      keepHeadersOnError: true,
    },
  },
  'strapi::query',
  {
    name: 'strapi::body',
    config: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb' },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  'global::published-only',
  'global::content-api-guard',
];
