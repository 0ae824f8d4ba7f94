import { defaultCorsOrigins } from '../src/public-addresses';

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost):\d+$/;

/** Where uploaded files are served from when they live in a bucket (config/plugins.ts), for the admin's img-src/media-src. */
const bucketOrigins = (env): string[] => {
  if (env('UPLOAD_PROVIDER') !== 'aws-s3') return [];
  const bucket = env('S3_BUCKET');
  if (env('S3_PUBLIC_URL')) return [new URL(env('S3_PUBLIC_URL')).origin];
  if (!env('S3_ENDPOINT')) return [`https://${bucket}.s3.${env('S3_REGION', 'us-east-1')}.amazonaws.com`];
  const endpoint = new URL(env('S3_ENDPOINT'));
  return [env.bool('S3_FORCE_PATH_STYLE', false) ? endpoint.origin : `${endpoint.protocol}//${bucket}.${endpoint.host}`];
};

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
          'img-src': ["'self'", 'data:', 'blob:', ...bucketOrigins(env)],
          'media-src': ["'self'", 'data:', 'blob:', ...bucketOrigins(env)],
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
        const allowed = env.array('CORS_ORIGINS', defaultCorsOrigins());
        const origin = ctx.get('origin');
        return env.bool('CORS_ALLOW_LOOPBACK', false) && LOOPBACK.test(origin) ? [...allowed, origin] : allowed;
      },
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
      keepHeadersOnError: true,
    },
  },
  'strapi::query',
  // Before the body parser: counts the bytes it reads for routes with a smaller limit (the suggestion form).
  'global::body-limit',
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
