import { join } from 'node:path';

/** Images editors may upload (logos, photos of rooms); SVG is refused because it can carry script. */
const UPLOAD_ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'];

/** SMTP for reminder e-mails (see config/server.ts); without SMTP_HOST nothing is configured and nothing is sent. */
const email = (env) =>
  env('SMTP_HOST')
    ? {
        email: {
          config: {
            provider: 'nodemailer',
            providerOptions: {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT', 587),
              secure: env.bool('SMTP_SECURE', false),
              ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
            },
            settings: { defaultFrom: env('SMTP_FROM', 'redactie@example.org'), defaultReplyTo: env('SMTP_REPLY_TO', env('SMTP_FROM', 'redactie@example.org')) },
          },
        },
      }
    : {};

/**
 * Uploads on S3-compatible storage when UPLOAD_PROVIDER=aws-s3 (several CMS instances then share one
 * bucket; see docs/production.md); otherwise Strapi's local provider (cms/public/uploads).
 * S3_PUBLIC_URL is the bucket's public base URL (CDN or bucket address) that file URLs start with;
 * config/middlewares.ts allows its origin for images. Without S3_ACCESS_KEY_ID the AWS SDK's default
 * credentials (instance role, AWS_* variables) are used. No ACL is sent unless S3_ACL is set (new AWS
 * buckets refuse ACLs; make the bucket publicly readable by policy instead).
 */
const s3Upload = (env) =>
  env('UPLOAD_PROVIDER') === 'aws-s3'
    ? {
        provider: 'aws-s3',
        providerOptions: {
          baseUrl: env('S3_PUBLIC_URL'),
          rootPath: env('S3_ROOT_PATH'),
          s3Options: {
            region: env('S3_REGION', 'us-east-1'),
            ...(env('S3_ENDPOINT') ? { endpoint: env('S3_ENDPOINT') } : {}),
            forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', false),
            ...(env('S3_ACCESS_KEY_ID') ? { credentials: { accessKeyId: env('S3_ACCESS_KEY_ID'), secretAccessKey: env('S3_SECRET_ACCESS_KEY') } } : {}),
            params: { Bucket: env('S3_BUCKET'), ACL: env('S3_ACL') || null },
          },
        },
      }
    : {};

/**
 * The project's own plugin (admin routes under /mzo, their policies, the editors' overview and edit-view
 * panel; see cms/src/plugins/mzo/README.md). Resolved next to this file: the admin build reads this config
 * from cms/config and takes the plugin's TypeScript admin from cms/src/plugins/mzo; the server reads the
 * compiled config from cms/dist/config and loads the plugin's server as `strapi build` compiled it, from
 * cms/dist/src/plugins/mzo.
 */
const mzo = { enabled: true, resolve: join(__dirname, '..', 'src', 'plugins', 'mzo') };

export default ({ env }) => ({
  mzo,
  ...email(env),
  i18n: {
    enabled: true,
  },
  upload: {
    config: {
      ...s3Upload(env),
      // Bytes; UPLOAD_SIZE_LIMIT overrides (default 5 MB).
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 5 * 1024 * 1024),
      security: {
        allowedTypes: UPLOAD_ALLOWED_TYPES,
        deniedTypes: ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'application/javascript'],
      },
    },
  },
});
