/**
 * Anyone with `find` can read drafts in Strapi 5 by asking `?status=draft`. The public content API
 * serves published content only, so the `status` parameter is dropped on every content API request
 * (the admin panel uses its own routes under /content-manager and is not affected).
 */
export default () => {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/api/') && ctx.query && 'status' in ctx.query) {
      const { status: _ignored, ...rest } = ctx.query;
      ctx.query = rest;
    }
    await next();
  };
};
