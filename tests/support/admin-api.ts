/** A small client for Strapi's admin HTTP API, as the admin panel uses it (tests only). */

export interface AdminResponse<T = any> {
  status: number;
  body: T;
}

export function adminClient(baseUrl: string) {
  async function call<T = any>(method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}): Promise<AdminResponse<T>> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed };
  }

  async function login(email: string, password: string): Promise<string> {
    const { status, body } = await call('POST', '/admin/login', { body: { email, password } });
    if (status !== 200) throw new Error(`login ${email}: HTTP ${status} ${JSON.stringify(body)}`);
    return body.data.token;
  }

  /** The first admin of an empty admin (POST /admin/register-admin); returns its token. */
  async function registerFirstAdmin(email: string, password: string): Promise<string> {
    const { status, body } = await call('POST', '/admin/register-admin', { body: { email, password, firstname: 'Test', lastname: 'Beheerder' } });
    if (status !== 200) throw new Error(`register-admin: HTTP ${status} ${JSON.stringify(body)}`);
    return body.data.token;
  }

  /** Creates an active admin user with the role of that code, as a super admin does in Settings → Users. */
  async function createUser(superToken: string, user: { email: string; password: string; roleCode: string; firstname: string; preferedLanguage?: string }) {
    const roles = await call('GET', '/admin/roles', { token: superToken });
    const role = roles.body.data.find((r: { code: string }) => r.code === user.roleCode);
    if (!role) throw new Error(`no role ${user.roleCode}`);
    const created = await call('POST', '/admin/users', {
      token: superToken,
      body: { email: user.email, firstname: user.firstname, lastname: 'Test', roles: [role.id] },
    });
    if (created.status !== 201) throw new Error(`create ${user.email}: HTTP ${created.status} ${JSON.stringify(created.body)}`);
    const id = created.body.data.id as number;
    const activated = await call('PUT', `/admin/users/${id}`, { token: superToken, body: { password: user.password, isActive: true } });
    if (activated.status !== 200) throw new Error(`activate ${user.email}: HTTP ${activated.status} ${JSON.stringify(activated.body)}`);
    const token = await login(user.email, user.password);
    if (user.preferedLanguage) {
      // The interface language is the user's own setting (Profile → Interface language).
      const profile = await call('PUT', '/admin/users/me', { token, body: { preferedLanguage: user.preferedLanguage } });
      if (profile.status !== 200) throw new Error(`language of ${user.email}: HTTP ${profile.status} ${JSON.stringify(profile.body)}`);
    }
    return { id, token };
  }

  const collection = (uid: string) => `/content-manager/collection-types/${uid}`;

  return { call, login, registerFirstAdmin, createUser, collection };
}
