/**
 * The public site has no end-user accounts, but the users-permissions plugin (which holds the public
 * role) serves sign-up, login, password reset, OAuth connect and user/role routes under /api, and
 * sign-up is open by default. Those routes answer 404 here, so nobody can create an account or probe
 * the user store. Uploads through the content API are refused the same way: files enter via the admin.
 */
const CLOSED = /^\/api\/(auth|connect|users|users-permissions|upload)(\/|$)/;

export default () => {
  return async (ctx, next) => {
    if (CLOSED.test(ctx.path)) {
      ctx.status = 404;
      ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
      return;
    }
    await next();
  };
};
