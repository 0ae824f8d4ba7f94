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

export default ({ env }) => ({
  ...email(env),
  i18n: {
    enabled: true,
  },
  upload: {
    config: {
      // Bytes; UPLOAD_SIZE_LIMIT overrides (default 5 MB).
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 5 * 1024 * 1024),
      security: {
        allowedTypes: UPLOAD_ALLOWED_TYPES,
        deniedTypes: ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'application/javascript'],
      },
    },
  },
});
