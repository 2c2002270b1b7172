import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeOrganisation, makeUser, PASSWORD } from '../../test/factories.js';
import { type TestContext, testApp } from '../../test/app.js';

describe('auth', () => {
  let t: TestContext;
  let email: string;
  beforeAll(async () => {
    t = await testApp();
    const org = await makeOrganisation(t.database.db, { name: 'Daltonschool Test' });
    email = (await makeUser(t.database.db, 'coordinator', org.id, { name: 'Coördinator Test' })).email;
  });
  afterAll(() => t.close());

  it('answers 401 to /me without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('refuses bad input with field errors, never a 500', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'not-an-email' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('invalid_input');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'password']);
    const malformed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_request');
  });

  it('refuses a wrong password and an unknown e-mail alike, in the asked language', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'wrong' } });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { email: 'nobody@test.example', password: 'x' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_credentials');
    expect(wrong.json().detail).toBe('E-mailadres of wachtwoord is onjuist.');
    expect(unknown.json().detail).toBe('E-mail address or password is incorrect.');
    expect(wrong.cookies).toHaveLength(0);
  });

  it('signs in with an HttpOnly, SameSite=Lax session cookie and shows who is signed in', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: email.toUpperCase(), password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'im_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `im_session=${cookie.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email, role: 'coordinator', organisationName: 'Daltonschool Test' });
    // the token itself is not stored: the sessions table holds its hash
    const stored = await t.database.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(cookie.value);
  });

  it('writes the session, the time of the login and its audit entry together', async () => {
    const user = await t.database.db.selectFrom('users').select(['id', 'last_login_at']).where('email', '=', email).executeTakeFirstOrThrow();
    const audits = () =>
      t.database.db.selectFrom('audit_log').select(['action', 'entity_id']).where('actor_id', '=', user.id).where('action', '=', 'auth.login').execute();
    const before = (await audits()).length;
    await loginAs(t.app, email);
    expect(await audits()).toHaveLength(before + 1);
    const after = await t.database.db.selectFrom('users').select('last_login_at').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(after.last_login_at).not.toBeNull();
    expect(after.last_login_at).not.toBe(user.last_login_at);
    // a wrong password leaves no trace of a login
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'wrong horse' } });
    expect(await audits()).toHaveLength(before + 1);
  });

  it('ends the session at logout', async () => {
    const cookie = await loginAs(t.app, email);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('lets an unused session expire after its lifetime, and keeps a used one alive', async () => {
    const idle = await loginAs(t.app, email);
    const busy = await loginAs(t.app, email);
    for (let hour = 0; hour < 4; hour++) {
      t.advance(4 * 3600_000); // 16 hours in all, past the 12-hour lifetime
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: busy } });
      expect(me.statusCode).toBe(200);
    }
    const expired = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: idle } });
    expect(expired.statusCode).toBe(401);
  });

  it('does not sign in a disabled account', async () => {
    const disabled = await makeUser(t.database.db, 'na_analyst', null, { disabled_at: new Date().toISOString() });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: disabled.email, password: PASSWORD } });
    expect(res.statusCode).toBe(401);
  });

  it('remembers the interface language', async () => {
    const cookie = await loginAs(t.app, email);
    const bad = await t.app.inject({ method: 'PUT', url: '/api/v1/auth/me/locale', headers: { cookie }, payload: { locale: 'de' } });
    expect(bad.statusCode).toBe(400);
    const res = await t.app.inject({ method: 'PUT', url: '/api/v1/auth/me/locale', headers: { cookie }, payload: { locale: 'en' } });
    expect(res.json().user.locale).toBe('en');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json().user.locale).toBe('en');
  });
});

describe('login rate limit', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await testApp({ loginRateLimit: 3 });
  });
  afterAll(() => t.close());

  const attempt = (email: string, remoteAddress: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: { email, password: 'guess' } });

  it('slows down guessing after a few attempts for one address', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await attempt('target@test.example', '192.0.2.1')).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
  });

  it('slows down guessing one account from many addresses, and says how long to wait', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await attempt('Victim@test.example', `198.51.100.${i + 1}`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
    const refused = await attempt('victim@test.example', '198.51.100.9');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('too_many_requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it('slows down one address trying many accounts, later than one account', async () => {
    // five times the attempts of one account (3): a school's colleagues share an address
    const codes = [];
    for (let i = 0; i < 16; i++) codes.push((await attempt(`colleague-${i}@test.example`, '203.0.113.7')).statusCode);
    expect(codes.slice(0, 15).every((c) => c === 401)).toBe(true);
    expect(codes[15]).toBe(429);
  });
});
