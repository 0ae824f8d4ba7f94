import type { Core } from '@strapi/strapi';

/**
 * Limits suggestion posts per client: at most SUGGESTION_RATE_LIMIT posts per
 * SUGGESTION_RATE_WINDOW_SECONDS (default 5 per 10 minutes), answering 429 with Retry-After.
 * The client address is the socket's, or the proxy header's only when the server is configured as
 * proxied (config/server.ts `proxy`, env IS_PROXIED). Also refuses bodies over 16 kB (413).
 * State is in memory: per instance; behind several instances use sticky sessions or a shared store.
 */
const MAX_BODY_BYTES = 16 * 1024;
const MAX_CLIENTS = 10_000;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const limit = Number(process.env.SUGGESTION_RATE_LIMIT ?? 5);
  const windowMs = Number(process.env.SUGGESTION_RATE_WINDOW_SECONDS ?? 600) * 1000;
  const hits = new Map<string, number[]>();

  return async (ctx, next) => {
    if (Number(ctx.request.length ?? 0) > MAX_BODY_BYTES) {
      ctx.status = 413;
      ctx.body = { error: { status: 413, name: 'PayloadTooLargeError', message: 'Too large' } };
      return;
    }
    const client = ctx.request.ip;
    const now = Date.now();
    const recent = (hits.get(client) ?? []).filter((t) => now - t < windowMs);
    if (recent.length >= limit) {
      const retryAfter = Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000));
      ctx.set('Retry-After', String(retryAfter));
      ctx.status = 429;
      ctx.body = {
        error: { status: 429, name: 'TooManyRequestsError', message: 'Too many suggestions from this address; try again later.', details: { retryAfter } },
      };
      strapi.log.warn(`suggestion rate limit reached (${limit} per ${windowMs / 1000} s)`);
      return;
    }
    recent.push(now);
    hits.delete(client);
    hits.set(client, recent);
    // Forget the least recently seen clients so memory stays bounded.
    while (hits.size > MAX_CLIENTS) hits.delete(hits.keys().next().value as string);
    await next();
  };
};
