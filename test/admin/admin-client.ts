// Helpers for admin HTTP tests: a cookie-keeping client over app.inject() that reads the CSRF
// token from the forms it receives, plus ready-made accounts of each role.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createAccount } from '../../src/users/accounts.ts';
import type { Role, User } from '../../src/users/user.ts';
import type { TestSite } from '../support/test-site.ts';

/** A browser-like client: keeps cookies, remembers the last CSRF token seen in a page. */
export class AdminClient {
  readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(
    private readonly app: FastifyInstance,
    /** The client's address as the server sees it. */
    private readonly ip = '127.0.0.1',
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const expired = c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0;
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (token) this.csrf = token[1]!;
  }

  /** GET with this client's cookies. */
  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'GET',
      url,
      headers: { cookie: this.cookieHeader(), ...headers },
    });
    this.remember(res);
    return res;
  }

  /** POSTs a form; `_csrf` is added from the last page unless the fields set it. */
  async post(
    url: string,
    fields: Record<string, string | string[]> = {},
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    if (!('_csrf' in fields)) body.append('_csrf', this.csrf);
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    const res = await this.app.inject({
      method: 'POST',
      url,
      remoteAddress: this.ip,
      payload: body.toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: this.cookieHeader(),
        ...headers,
      },
    });
    this.remember(res);
    return res;
  }

  /** Logs in through the form; throws unless it succeeds. */
  async logIn(email: string, password: string): Promise<void> {
    await this.get('/admin/login');
    const res = await this.post('/admin/login', { email, password });
    if (res.statusCode !== 303) throw new Error(`login failed: ${res.statusCode} ${res.body.slice(0, 200)}`);
    await this.get('/admin');
  }
}

/** A password every test account uses (passes the rules). */
export const TEST_PASSWORD = 'orbit lantern tundra 42';

/** Creates an account of `role` directly through the domain. */
export async function makeUser(site: TestSite, role: Role, name = `${role} person`): Promise<User> {
  const accounts = site.services.deps.accounts!;
  const { user } = await createAccount(
    accounts,
    {
      name,
      email: `${role}.${Math.random().toString(36).slice(2, 8)}@news.test`,
      role,
      password: TEST_PASSWORD,
    },
    null,
  );
  return user;
}

/** A client logged in as a new user of `role`. */
export async function loggedIn(site: TestSite, role: Role): Promise<{ client: AdminClient; user: User }> {
  const user = await makeUser(site, role);
  const client = new AdminClient(site.app);
  await client.logIn(user.email, TEST_PASSWORD);
  return { client, user };
}
