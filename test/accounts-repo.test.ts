// Account storage on SQLite and PostgreSQL: users' new fields, sessions, login attempts, audit log,
// and the login/session functions on top of them with an injected clock.
import { beforeAll, expect, it } from 'vitest';
import type { AccountDeps } from '../src/users/account-deps.ts';
import { createAccount, deactivateFromCli, setPasswordFromCli } from '../src/users/accounts.ts';
import { createAccountDeps } from '../src/compose/accounts.ts';
import { accountCleanupJob } from '../src/users/account-cleanup-job.ts';
import { logIn, logOutEverywhere, resolveSession } from '../src/users/login.ts';
import { TEST_SCRYPT_PARAMS } from '../src/users/password-hash.ts';
import { hashSessionToken } from '../src/users/session.ts';
import { UserRepo } from '../src/users/user-repo.ts';
import { describeEachDialect } from './support/test-db.ts';
import { TestClock } from './support/test-site.ts';

const PASSWORD = 'orbit lantern tundra 42';

describeEachDialect('account storage', (get) => {
  let deps: AccountDeps;
  const clock = new TestClock(new Date('2026-11-26T12:00:00Z'));
  beforeAll(() => {
    const { db } = get();
    deps = createAccountDeps(db, new UserRepo(db), clock, 'test-secret-'.repeat(4), TEST_SCRYPT_PARAMS);
  });
  const where = { ip: '192.0.2.1', userAgent: 'test' };

  it('stores users with notification preferences and deactivation', async () => {
    const { user } = await createAccount(
      deps,
      { name: 'Ann Owner', email: ' Ann@News.Test ', role: 'owner', password: PASSWORD },
      null,
    );
    expect(user).toMatchObject({
      email: 'ann@news.test',
      role: 'owner',
      status: 'active',
      hasPassword: true,
      deactivatedAt: null,
    });
    expect(user.notifications).toEqual({ commentHeld: true, commentApprovedOnMyPost: false });
    await deps.users.updateProfile(
      user.id,
      { name: 'Ann O.', bio: 'Hi', notifications: { commentHeld: false, commentApprovedOnMyPost: true } },
      clock.now(),
    );
    expect(await deps.users.findById(user.id)).toMatchObject({
      name: 'Ann O.',
      notifications: { commentHeld: false, commentApprovedOnMyPost: true },
    });
    expect((await deps.users.findById(user.id))?.adminLanguage).toBeNull();
    const profile = {
      name: 'Ann O.',
      bio: 'Hi',
      notifications: { commentHeld: false, commentApprovedOnMyPost: true },
    };
    await deps.users.updateProfile(user.id, { ...profile, adminLanguage: 'zh-Hans' }, clock.now());
    expect((await deps.users.findById(user.id))?.adminLanguage).toBe('zh-Hans');
    await deps.users.updateProfile(user.id, profile, clock.now()); // absent: left as it is
    expect((await deps.users.findById(user.id))?.adminLanguage).toBe('zh-Hans');
    await deps.users.updateProfile(user.id, { ...profile, adminLanguage: null }, clock.now());
    expect((await deps.users.findById(user.id))?.adminLanguage).toBeNull();
    expect(await deps.users.countActiveOwners()).toBe(1);
    await deps.users.create(
      { email: 'demo@news.test', name: 'Demo', slug: 'demo', bio: '', role: 'owner', passwordHash: null },
      clock.now(),
    );
    expect(await deps.users.countActiveOwners()).toBe(1); // no password: cannot log in, does not count
    expect(await deps.users.emailTaken('ANN@news.test')).toBe(true);
    expect((await deps.users.list()).map((u) => u.email)).toContain('demo@news.test');
  });

  it('logs in, resolves the session, and ends it when the user is deactivated', async () => {
    const { user } = await createAccount(
      deps,
      { name: 'Bo Editor', email: 'bo@news.test', role: 'editor', password: PASSWORD },
      null,
    );
    const result = await logIn(deps, { email: 'BO@news.test', password: PASSWORD, ...where });
    if (!result.ok) throw new Error(`login failed: ${result.reason}`);
    const found = await resolveSession(deps, result.token);
    expect(found).toMatchObject({ ok: true, user: { id: user.id } });
    const row = await get()
      .db.selectFrom('sessions')
      .selectAll()
      .where('id', '=', result.sessionId)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).not.toBe(result.token);
    expect(row.token_hash).toHaveLength(64);

    await deactivateFromCli(deps, 'bo@news.test');
    expect(await resolveSession(deps, result.token)).toEqual({ ok: false, reason: 'deactivated' });
    expect(await resolveSession(deps, result.token)).toEqual({ ok: false, reason: 'missing' });
    expect(await logIn(deps, { email: 'bo@news.test', password: PASSWORD, ...where })).toEqual({
      ok: false,
      reason: 'deactivated',
    });
  });

  it('expires sessions by idle time and by age; the cleanup job deletes them', async () => {
    await createAccount(
      deps,
      { name: 'Cy', email: 'cy@news.test', role: 'author', password: PASSWORD },
      null,
    );
    const a = await logIn(deps, { email: 'cy@news.test', password: PASSWORD, ...where });
    const b = await logIn(deps, { email: 'cy@news.test', password: PASSWORD, ...where });
    if (!a.ok || !b.ok) throw new Error('login failed');
    clock.advance(90 * 60_000);
    expect((await resolveSession(deps, b.token)).ok).toBe(true);
    await deps.sessions.touch(
      (await deps.sessions.findByTokenHash(hashSessionToken(b.token)))!.id,
      clock.now(),
    );
    clock.advance(60 * 60_000);
    await accountCleanupJob(deps).run();
    expect(await resolveSession(deps, a.token)).toEqual({ ok: false, reason: 'missing' });
    expect((await resolveSession(deps, b.token)).ok).toBe(true);
  });

  it('logs out everywhere, recording why for the other browsers', async () => {
    await createAccount(
      deps,
      { name: 'Di', email: 'di@news.test', role: 'author', password: PASSWORD },
      null,
    );
    const here = await logIn(deps, { email: 'di@news.test', password: PASSWORD, ...where });
    const there = await logIn(deps, { email: 'di@news.test', password: PASSWORD, ...where });
    if (!here.ok || !there.ok) throw new Error('login failed');
    const current = await resolveSession(deps, here.token);
    if (!current.ok) throw new Error('no session');
    expect(await logOutEverywhere(deps, current.session, current.user, '192.0.2.1')).toBe(1);
    expect(await resolveSession(deps, there.token)).toEqual({ ok: false, reason: 'logged-out-everywhere' });
    expect(await resolveSession(deps, here.token)).toEqual({ ok: false, reason: 'missing' });
    expect(await deps.sessions.countActive(current.user.id, clock.now())).toBe(0);
  });

  it('throttles an account per address: five failures from one do not lock out another', async () => {
    await createAccount(
      deps,
      { name: 'Ed', email: 'ed@news.test', role: 'author', password: PASSWORD },
      null,
    );
    const from = (ip: string, password: string) =>
      logIn(deps, { email: 'ed@news.test', password, ip, userAgent: '' });
    for (let i = 0; i < 5; i++) {
      clock.advance(1000);
      expect(await from('198.51.100.1', 'wrong one')).toEqual({ ok: false, reason: 'invalid' });
    }
    const refused = await from('198.51.100.1', PASSWORD);
    if (refused.ok || refused.reason !== 'throttled') throw new Error('expected throttle');
    expect(refused.retryAt.getTime() - clock.now().getTime()).toBe(15 * 60_000 - 4000);
    // The owner elsewhere, with the right password, is not locked out.
    expect((await from('198.51.100.2', PASSWORD)).ok).toBe(true);
    // An operator's password reset forgets the failures at once.
    await setPasswordFromCli(deps, 'ed@news.test', 'a brand new passphrase');
    expect((await from('198.51.100.1', 'a brand new passphrase')).ok).toBe(true);
  });

  it('limits guesses from many addresses per account; a browser that logged in before is exempt', async () => {
    await createAccount(
      deps,
      { name: 'Flo', email: 'flo@news.test', role: 'owner', password: PASSWORD },
      null,
    );
    const known = await logIn(deps, { email: 'flo@news.test', password: PASSWORD, ...where });
    if (!known.ok) throw new Error('login failed');
    const limit = deps.throttlePolicy.perAccount.limit;
    for (let i = 0; i < limit; i++) {
      const guess = await logIn(deps, {
        email: 'flo@news.test',
        password: `guess ${i}`,
        ip: `203.0.113.${i + 1}`,
        userAgent: '',
      });
      expect(guess).toEqual({ ok: false, reason: 'invalid' });
    }
    const stranger = await logIn(deps, {
      email: 'flo@news.test',
      password: PASSWORD,
      ip: '192.0.2.99',
      userAgent: '',
    });
    expect(stranger).toMatchObject({ ok: false, reason: 'throttled' });
    // The owner's own browser carries its device cookie: not locked out, even from a new address.
    const owner = await logIn(deps, {
      email: 'flo@news.test',
      password: PASSWORD,
      ip: '192.0.2.99',
      userAgent: '',
      deviceToken: known.deviceToken,
    });
    expect(owner.ok).toBe(true);
    // A device cookie of another account does not help.
    const other = await logIn(deps, {
      email: 'flo@news.test',
      password: PASSWORD,
      ip: '192.0.2.99',
      userAgent: '',
      deviceToken: 'A'.repeat(16) + '.' + 'B'.repeat(43),
    });
    expect(other).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('records, filters and pages the audit log', async () => {
    await deps.audit.record(
      {
        actorId: 99,
        actorName: 'Zed',
        action: 'post.published',
        target: 'post:1',
        details: { title: 'Hi' },
        ip: '203.0.113.5',
      },
      clock.now(),
    );
    const page = await deps.audit.list({ actorId: 99, limit: 10, offset: 0 });
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      actorName: 'Zed',
      action: 'post.published',
      details: { title: 'Hi' },
      ip: '203.0.113.5',
    });
    const logins = await deps.audit.list({ action: 'user.login', limit: 2, offset: 0 });
    expect(logins.items).toHaveLength(2);
    expect(logins.total).toBeGreaterThan(2);
    expect(await deps.audit.actions()).toEqual(
      expect.arrayContaining(['post.published', 'user.login', 'user.created']),
    );
  });
});
