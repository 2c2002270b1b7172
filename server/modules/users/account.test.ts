import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../lib/mailer.js';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, makeUser, PASSWORD, twoTenants } from '../../test/factories.js';
import { startSmtpServer } from '../../test/smtp.js';
import { deliverOutbox } from '../questionnaires/outbox.service.js';
import { processResetRequests } from './account.service.js';

const DAY = 86_400_000;
const NEW_PASSWORD = 'kaasschaaf mistroostig balkon';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('accepting an invitation, resetting and changing a password, sessions', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let admin: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await testApp({ mailer: createMailer({ smtpUrl: smtp.url, from: 'Impact Monitor <monitor@impact.test>' }) });
    w = await twoTenants(t.database.db);
    admin = await loginAs(t.app, w.admin.email);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const post = (url: string, payload: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url, payload, headers });
  const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const cookieOf = (res: { cookies: { name: string; value: string }[] }) => `im_session=${res.cookies.find((c) => c.name === 'im_session')!.value}`;
  async function lastMailTo(address: string) {
    await deliverOutbox(t.app.deps, 'test');
    const mail = smtp.received.filter((m) => m.to === address).at(-1);
    if (!mail) throw new Error(`no mail for ${address}`);
    return mail;
  }
  const tokenIn = (text: string, page: 'welcome' | 'reset') => new RegExp(`http://impact\\.test/${page}/([A-Za-z0-9_-]{43})\\n`).exec(text)![1]!;
  async function invited(email: string, locale: 'nl' | 'en' = 'nl') {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: { email, name: 'Sanne Visser', role: 'coordinator', organisationId: w.orgA.id, locale },
    });
    expect(res.statusCode).toBe(201);
    return { id: res.json().id as string, token: tokenIn((await lastMailTo(email)).text, 'welcome') };
  }

  it('shows whom an invitation is for, refuses weak passwords with the reasons, then signs the new coordinator in', async () => {
    const { id, token } = await invited('sanne@alfa.example', 'en');
    const preview = await get(`/api/v1/auth/invitations/${token}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      email: 'sanne@alfa.example',
      name: 'Sanne Visser',
      role: 'coordinator',
      organisationName: 'Basisschool Alfa',
      locale: 'en',
    });

    const short = await post('/api/v1/auth/accept-invitation', { token, password: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([{ path: 'password', message: 'validation.password_short' }]);
    for (const weak of ['wachtwoord123', 'Sanne Visser 1990', 'qwertyuiop12']) {
      const res = await post('/api/v1/auth/accept-invitation', { token, password: weak }, { 'accept-language': 'en' });
      expect(res.statusCode, weak).toBe(400);
      const body = res.json();
      expect(body.code).toBe('password.too_weak');
      expect(body.errors[0]).toEqual({ path: 'password', message: 'password.too_weak' });
      expect(body.errors.length, weak).toBeGreaterThan(1);
      expect(body.detail).toContain('This password is too easy to guess.');
    }
    const personal = await post('/api/v1/auth/accept-invitation', { token, password: 'Sanne Visser 1990' });
    expect(personal.json().errors.map((e: { message: string }) => e.message)).toContain('password.warning.user_inputs');

    const accepted = await post(
      '/api/v1/auth/accept-invitation',
      { token, password: NEW_PASSWORD },
      { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1' },
    );
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ email: 'sanne@alfa.example', role: 'coordinator', organisationId: w.orgA.id, locale: 'en' });
    const me = await get('/api/v1/auth/me', cookieOf(accepted));
    expect(me.statusCode).toBe(200);

    // signed in with the password chosen; the link works once
    const login = await post('/api/v1/auth/login', { email: 'sanne@alfa.example', password: NEW_PASSWORD });
    expect(login.statusCode).toBe(200);
    const again = await post('/api/v1/auth/accept-invitation', { token, password: 'een ander lang wachtwoord' });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('account.link_used');
    expect((await get(`/api/v1/auth/invitations/${token}`)).json().code).toBe('account.link_used');

    const list = await t.app.inject({ method: 'GET', url: `/api/v1/users/${id}`, headers: { cookie: admin } });
    expect(list.json()).toMatchObject({ status: 'active', invitationExpiresAt: null });
    expect(list.json().lastSignInAt).not.toBeNull();
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_id', '=', id).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['user.invite', 'user.invitation_accept', 'auth.login', 'auth.login']);
  });

  it('refuses an expired invitation and an unknown link', async () => {
    const { token } = await invited('laat@alfa.example');
    t.advance(7 * DAY + 60_000);
    try {
      const res = await post('/api/v1/auth/accept-invitation', { token, password: NEW_PASSWORD });
      expect(res.statusCode).toBe(410);
      expect(res.json().code).toBe('account.link_expired');
      const user = await t.database.db.selectFrom('users').select('password_hash').where('email', '=', 'laat@alfa.example').executeTakeFirstOrThrow();
      expect(user.password_hash).toBe('');
    } finally {
      t.advance(-(7 * DAY + 60_000));
    }
    const unknown = await post('/api/v1/auth/accept-invitation', { token: 'A'.repeat(43), password: NEW_PASSWORD });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('account.link_invalid');
    const malformed = await post('/api/v1/auth/accept-invitation', { token: 'not a token!', password: NEW_PASSWORD });
    expect(malformed.statusCode).toBe(400);
    // an invited account cannot sign in before it has a password
    const login = await post('/api/v1/auth/login', { email: 'laat@alfa.example', password: '' });
    expect(login.statusCode).toBe(400);
  });

  it('lets only one of two simultaneous acceptances of the same link through', async () => {
    const { token } = await invited('tegelijk@alfa.example');
    const results = await Promise.all([
      post('/api/v1/auth/accept-invitation', { token, password: NEW_PASSWORD }),
      post('/api/v1/auth/accept-invitation', { token, password: 'tweede lange zin met vijf woorden' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 410]);
  });

  it('answers a reset request for a known and an unknown address identically, and queues the same work for both', async () => {
    const user = await makeUser(t.database.db, 'coordinator', w.orgA.id, { name: 'Piet Bakker', locale: 'en' });
    const before = await t.database.db.selectFrom('outbox').select('id').execute();
    const ask = (email: string, remoteAddress: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email }, remoteAddress, headers: { 'accept-language': 'nl' } });
    const known = await ask(user.email.toUpperCase(), '127.0.0.2');
    const unknown = await ask('niemand@nergens.example', '127.0.0.3');
    const comparable = (res: typeof known) => {
      const { date: _date, ...headers } = res.headers;
      return { status: res.statusCode, body: res.body, headers };
    };
    expect(known.statusCode).toBe(202);
    expect(comparable(known)).toEqual(comparable(unknown));

    // both answers did one and the same thing: store the address for a look-up afterwards
    const queued = await t.database.db.selectFrom('password_reset_requests').selectAll().orderBy('requested_at').execute();
    expect(queued.map((r) => r.email)).toEqual([user.email, 'niemand@nergens.example']);
    expect(queued.map((r) => ({ ...r, id: typeof r.id, email: typeof r.email, requested_at: typeof r.requested_at }))).toEqual([
      { id: 'string', email: 'string', requested_at: 'string', claimed_by: null, claimed_until: null },
      { id: 'string', email: 'string', requested_at: 'string', claimed_by: null, claimed_until: null },
    ]);
    expect(await t.database.db.selectFrom('outbox').select('id').execute()).toHaveLength(before.length);

    // the look-up mails the known address only, in the account's language, and empties the queue
    expect(await processResetRequests(t.app.deps, 'test')).toEqual({ queued: 1, ignored: 1 });
    expect(await t.database.db.selectFrom('password_reset_requests').select('id').execute()).toEqual([]);
    const outbox = await t.database.db.selectFrom('outbox').selectAll().where('kind', '=', 'password_reset').execute();
    expect(outbox.map((m) => m.to_address)).toEqual([user.email]);
    const mail = await lastMailTo(user.email);
    expect(mail.subject).toBe('A new password for Impact Monitor');
    expect(mail.text).toContain('(60 minutes)');
    expect(smtp.received.some((m) => m.to === 'niemand@nergens.example')).toBe(false);

    // bad input is refused the same way for everyone
    expect((await post('/api/v1/auth/password-reset', { email: 'geen-adres' })).statusCode).toBe(400);
  });

  it('resets a password once with the link, signs in and ends the sessions that knew the old one', async () => {
    const user = await makeUser(t.database.db, 'coordinator', w.orgA.id);
    const oldSession = await loginAs(t.app, user.email);
    await post('/api/v1/auth/password-reset', { email: user.email });
    await processResetRequests(t.app.deps, 'test');
    const token = tokenIn((await lastMailTo(user.email)).text, 'reset');

    expect((await get(`/api/v1/auth/password-reset/${token}`)).json()).toMatchObject({ email: user.email, locale: 'nl' });
    const weak = await post('/api/v1/auth/password-reset/confirm', { token, password: 'welkom123456' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('password.too_weak');
    // a failed try leaves the link usable
    const done = await post('/api/v1/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(done.statusCode).toBe(200);
    expect((await get('/api/v1/auth/me', cookieOf(done))).statusCode).toBe(200);
    expect((await get('/api/v1/auth/me', oldSession)).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { email: user.email, password: PASSWORD })).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(200);

    const reuse = await post('/api/v1/auth/password-reset/confirm', { token, password: 'nog een ander lang wachtwoord' });
    expect(reuse.statusCode).toBe(410);
    expect(reuse.json().code).toBe('account.link_used');
    // an invitation link is no reset link
    const { token: welcome } = await invited('geen-reset@alfa.example');
    expect((await post('/api/v1/auth/password-reset/confirm', { token: welcome, password: NEW_PASSWORD })).statusCode).toBe(404);
  });

  it('lets a reset link expire after an hour, and sends none to invited, deactivated or flooded accounts', async () => {
    const user = await makeUser(t.database.db, 'na_analyst');
    await post('/api/v1/auth/password-reset', { email: user.email });
    await processResetRequests(t.app.deps, 'test');
    const token = tokenIn((await lastMailTo(user.email)).text, 'reset');
    t.advance(61 * 60_000);
    try {
      const late = await post('/api/v1/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
      expect(late.statusCode).toBe(410);
      expect(late.json().code).toBe('account.link_expired');
    } finally {
      t.advance(-61 * 60_000);
    }

    await invited('nog-niet-actief@alfa.example');
    const off = await makeUser(t.database.db, 'coordinator', w.orgA.id, { disabled_at: new Date().toISOString() });
    await post('/api/v1/auth/password-reset', { email: 'nog-niet-actief@alfa.example' });
    await post('/api/v1/auth/password-reset', { email: off.email });
    expect(await processResetRequests(t.app.deps, 'test')).toEqual({ queued: 0, ignored: 2 });

    const flooded = await makeUser(t.database.db, 'coordinator', w.orgA.id);
    for (let i = 0; i < 7; i++) await post('/api/v1/auth/password-reset', { email: flooded.email });
    expect(await processResetRequests(t.app.deps, 'test')).toEqual({ queued: 5, ignored: 2 });
  });

  it('stores no usable link anywhere: only hashes of the tokens, and placeholders in the outbox', async () => {
    const { token: welcome } = await invited('geheim@alfa.example');
    const user = await makeUser(t.database.db, 'coordinator', w.orgA.id);
    await post('/api/v1/auth/password-reset', { email: user.email });
    await processResetRequests(t.app.deps, 'test');
    const reset = tokenIn((await lastMailTo(user.email)).text, 'reset');

    const tokens = await t.database.db.selectFrom('account_tokens').select('token_hash').execute();
    expect(tokens.map((r) => r.token_hash)).toEqual(expect.arrayContaining([sha256(welcome), sha256(reset)]));
    for (const table of ['account_tokens', 'outbox', 'audit_log', 'sessions', 'users', 'password_reset_requests'] as const) {
      const dump = JSON.stringify(await t.database.db.selectFrom(table).selectAll().execute());
      expect(dump, table).not.toContain(welcome);
      expect(dump, table).not.toContain(reset);
    }
    const stored = await t.database.db.selectFrom('outbox').select('body_text').where('to_address', '=', 'geheim@alfa.example').executeTakeFirstOrThrow();
    expect(stored.body_text).toMatch(/\[\[account-link:[0-9a-f-]{36}\]\]/);

    // the NA admin's outbox shows an invitation link (to pass on without SMTP), never a reset link
    const outbox = (await get('/api/v1/outbox', admin)).json() as { to: string; text: string }[];
    expect(outbox.find((m) => m.to === 'geheim@alfa.example')!.text).toContain(`http://impact.test/welcome/${welcome}`);
    const resetView = outbox.find((m) => m.to === user.email)!.text;
    expect(resetView).toContain('http://impact.test/reset/…');
    expect(resetView).not.toContain(reset);
  });

  it('changes one’s own password with the current one, ending every other session', async () => {
    const user = await makeUser(t.database.db, 'coordinator', w.orgB.id, { name: 'Karin Jansen' });
    const here = await loginAs(t.app, user.email);
    const elsewhere = await loginAs(t.app, user.email);
    const put = (payload: object, cookie = here) => t.app.inject({ method: 'PUT', url: '/api/v1/auth/me/password', headers: { cookie }, payload });

    expect(
      (await t.app.inject({ method: 'PUT', url: '/api/v1/auth/me/password', payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } })).statusCode,
    ).toBe(401);
    const wrong = await put({ currentPassword: 'niet mijn wachtwoord', newPassword: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ path: 'currentPassword', message: 'account.wrong_password' }]);
    const weak = await put({ currentPassword: PASSWORD, newPassword: 'karinjansen1' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toEqual({ path: 'newPassword', message: 'password.too_weak' });
    const same = await put({ currentPassword: PASSWORD, newPassword: PASSWORD });
    expect(same.json().errors).toEqual([{ path: 'newPassword', message: 'account.same_password' }]);

    const ok = await put({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ endedSessions: 1 });
    expect((await get('/api/v1/auth/me', here)).statusCode).toBe(200);
    expect((await get('/api/v1/auth/me', elsewhere)).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(200);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity_id', '=', user.id)
      .where('action', '=', 'user.password_change')
      .execute();
    expect(audit).toEqual([{ action: 'user.password_change', actor_id: user.id }]);
  });

  it('lists one’s active sessions with their browser, ends one of them, and signs out everywhere', async () => {
    const user = await makeUser(t.database.db, 'coordinator', w.orgA.id);
    const login = (ua: string) => post('/api/v1/auth/login', { email: user.email, password: PASSWORD }, { 'user-agent': ua });
    const laptop = cookieOf(await login('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0'));
    const phone = cookieOf(
      await login('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36'),
    );
    const other = await loginAs(t.app, w.coordB.email);

    const sessions = (await get('/api/v1/auth/me/sessions', laptop)).json() as { id: string; current: boolean; browser: string; system: string }[];
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s) => s.current)).toMatchObject({ browser: 'Firefox', system: 'Windows' });
    const phoneSession = sessions.find((s) => !s.current)!;
    expect(phoneSession).toMatchObject({ browser: 'Chrome', system: 'Android' });
    expect(phoneSession.id).toMatch(/^[0-9a-f]{64}$/);

    // someone else's session is not found, one's own other session ends
    const foreign = ((await get('/api/v1/auth/me/sessions', other)).json() as { id: string }[])[0]!.id;
    const notMine = await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/me/sessions/${foreign}`, headers: { cookie: laptop } });
    expect(notMine.statusCode).toBe(404);
    expect((await get('/api/v1/auth/me', other)).statusCode).toBe(200);
    const end = await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/me/sessions/${phoneSession.id}`, headers: { cookie: laptop } });
    expect(end.statusCode).toBe(204);
    expect((await get('/api/v1/auth/me', phone)).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', laptop)).statusCode).toBe(200);

    const phone2 = await loginAs(t.app, user.email);
    const everywhere = await t.app.inject({ method: 'DELETE', url: '/api/v1/auth/me/sessions', headers: { cookie: laptop } });
    expect(everywhere.statusCode).toBe(204);
    expect(everywhere.cookies.find((c) => c.name === 'im_session')?.value).toBe('');
    expect((await get('/api/v1/auth/me', laptop)).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', phone2)).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', other)).statusCode).toBe(200);
    const actions = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', user.id).where('action', 'like', 'auth.s%').execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['auth.session_end', 'auth.sign_out_everywhere']);
  });
});
