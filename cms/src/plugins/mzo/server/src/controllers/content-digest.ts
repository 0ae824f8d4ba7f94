/**
 * GET /api/mzo/content-digest: one hash of all published public content (services/content-digest.ts).
 *
 * Each computation reads every published row, so requests that come while one runs share the next one, which starts
 * after they came (never an answer computed before a request arrived: a digest from before a write would hide it). However
 * many arrive at once, an instance computes at most one digest at a time. The answer is never to be cached.
 */
import type { Core } from '@strapi/strapi';

type Digest = { digest: string; computedAt: string };

// Per instance (module scope, however often Strapi makes the controller).
let running: Promise<Digest> | undefined;
let queued: Promise<Digest> | undefined;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const start = () => {
    const computation = strapi.plugin('mzo').service('content-digest').compute() as Promise<Digest>;
    running = computation;
    computation
      .finally(() => {
        if (running === computation) running = undefined;
      })
      .catch(() => undefined);
    return computation;
  };
  const digest = () => {
    if (!running) return start();
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
  return {
    async find(ctx: { body: unknown; set: (name: string, value: string) => void }) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await digest() };
    },
  };
};
