import { sendStaleReminders } from '../src/freshness/reminders';

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
  // Monthly e-mail to volunteers whose profile was not confirmed for 12 months. Off unless
  // REMINDER_EMAILS=true; needs SMTP_HOST (config/plugins.ts). With several instances, set CRON_ENABLED=false on
  // all but one, or every instance sends the e-mails (docs/production.md).
  cron: {
    enabled: env.bool('REMINDER_EMAILS', false) && env.bool('CRON_ENABLED', true),
    tasks: {
      staleProfileReminders: {
        task: ({ strapi }) => sendStaleReminders(strapi),
        options: { rule: env('REMINDER_CRON', '0 9 1 * *'), tz: 'Europe/Amsterdam' },
      },
      // Daily: one e-mail to whoever recorded a consultation whose outcome is overdue (plugin mzo, service outcomes).
      outcomeReminders: {
        task: ({ strapi }) => strapi.plugin('mzo').service('outcomes').sendReminders(),
        options: { rule: env('OUTCOME_REMINDER_CRON', '0 9 * * *'), tz: 'Europe/Amsterdam' },
      },
    },
  },
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', false) },
  },
});
