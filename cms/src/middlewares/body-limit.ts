/**
 * The public suggestion endpoint takes at most 16 kB, counted in the bytes actually read, not in the
 * Content-Length header a client may leave out (chunked transfer) or lie about. Runs before Strapi's
 * body parser (config/middlewares.ts), which reads the request through a counting stream that stops
 * at the limit; the answer is then 413 and nothing is parsed or stored.
 */
import { Transform } from 'node:stream';

export const BODY_LIMITS: Record<string, number> = { '/api/suggestions': 16 * 1024 };

const tooLarge = (ctx) => {
  // The rest of the body is never read, so the connection cannot carry another request.
  ctx.set('connection', 'close');
  ctx.status = 413;
  ctx.body = { data: null, error: { status: 413, name: 'PayloadTooLargeError', message: 'Payload Too Large', details: {} } };
};

export default () => {
  return async (ctx, next) => {
    const limit = ctx.method === 'POST' ? BODY_LIMITS[ctx.path] : undefined;
    if (!limit) return next();
    if (Number(ctx.get('content-length') || 0) > limit) return tooLarge(ctx);
    let seen = 0;
    const counted = new Transform({
      transform(chunk, _encoding, callback) {
        seen += chunk.length;
        callback(seen > limit ? new Error('request body over the limit') : null, seen > limit ? undefined : chunk);
      },
    });
    const original = ctx.req;
    // The body parser reads ctx.req as a stream and looks at its headers only.
    Object.assign(counted, { headers: original.headers, method: original.method, url: original.url, httpVersion: original.httpVersion });
    original.pipe(counted);
    ctx.req = counted;
    try {
      await next();
    } catch (error) {
      if (seen > limit) return tooLarge(ctx);
      throw error;
    } finally {
      ctx.req = original;
    }
  };
};
