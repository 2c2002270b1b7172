import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../lib/mailer.js';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, makeOrganisation, makeUser, PASSWORD, twoTenants } from '../../test/factories.js';
import { startSmtpServer } from '../../test/smtp.js';
import { deliverOutbox } from '../questionnaires/outbox.service.js';

const DAY = 86_400_000;

describe('managing accounts', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const as: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await testApp({ mailer: createMailer({ smtpUrl: smtp.url, from: 'Impact Monitor <monitor@impact.test>' }) });
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'admin', 'analyst', 'participant'] as const) as[key] = await loginAs(t.app, w[key].email);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who?: string, payload?: object) =>
    t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });
  const invite = (who: string, body: object) => call('POST', '/api/v1/users', who, body);
  const auditOf = (entityId: string) => t.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', entityId).orderBy('at').execute();
  async function deliveredTo(address: string) {
    await deliverOutbox(t.app.deps, 'test');
    const mail = smtp.received.filter((m) => m.to === address).at(-1);
    if (!mail) throw new Error(`no mail for ${address}`);
    return mail;
  }
  const welcomeToken = (text: string) => /http:\/\/impact\.test\/welcome\/([A-Za-z0-9_-]{43})\n/.exec(text)?.[1];

  it('answers 401 without a session, 403 to analysts and participants, and 400 to bad input', async () => {
    expect((await call('GET', '/api/v1/users')).statusCode).toBe(401);
    expect((await invite('', { email: 'x@test.example' })).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/users', 'analyst')).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/users', 'participant')).statusCode).toBe(403);
    expect((await invite('analyst', { email: 'new@test.example', name: 'N', role: 'na_analyst', locale: 'nl' })).statusCode).toBe(403);

    const bad = await invite('admin', { email: 'nope', name: '', role: 'participant', locale: 'de' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['email', 'locale', 'name', 'role']);
    const query = await call('GET', '/api/v1/users?status=gone&lastSignIn=yesterday&role=participant', 'admin');
    expect(query.statusCode).toBe(400);
    const nothing = await call('PATCH', `/api/v1/users/${w.coordA.id}`, 'admin', {});
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().errors[0].message).toBe('validation.nothing_to_change');
  });

  it('lets the NA admin invite a coordinator in English, mailed with a single link to /welcome/', async () => {
    const res = await invite('admin', { email: 'Jo.Smith@School.example', name: 'Jo Smith', role: 'coordinator', organisationId: w.orgA.id, locale: 'en' });
    expect(res.statusCode).toBe(201);
    const view = res.json();
    expect(view).toMatchObject({
      email: 'jo.smith@school.example',
      name: 'Jo Smith',
      role: 'coordinator',
      organisationId: w.orgA.id,
      organisationName: 'Basisschool Alfa',
      locale: 'en',
      status: 'invited',
      lastSignInAt: null,
    });
    // valid for seven days from now
    expect(Math.abs(Date.parse(view.invitationExpiresAt) - (Date.now() + 7 * DAY))).toBeLessThan(60_000);

    const mail = await deliveredTo('jo.smith@school.example');
    expect(mail.subject).toBe('Your invitation to Impact Monitor');
    expect(mail.text).toContain('Dear Jo Smith,');
    expect(mail.text).toContain('as coordinator of Basisschool Alfa');
    expect(mail.text).toContain('(7 days)');
    expect(welcomeToken(mail.text)).toBeDefined();

    const audit = await auditOf(view.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: w.admin.id, action: 'user.invite', organisation_id: w.orgA.id });
    expect(JSON.parse(audit[0]!.details!)).toEqual({ role: 'coordinator', locale: 'en' });

    // the same address cannot be invited twice
    const again = await invite('admin', { email: 'jo.smith@school.example', name: 'Jo', role: 'na_analyst', locale: 'nl' });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ path: 'email', message: 'user.email_taken' }]);
  });

  it('invites NA analysts and admins without an organisation, and coordinators only with one', async () => {
    const analyst = await invite('admin', { email: 'onderzoek@agentschap.example', name: 'Noor de Vries', role: 'na_analyst', locale: 'nl' });
    expect(analyst.json()).toMatchObject({ role: 'na_analyst', organisationId: null, status: 'invited' });
    const mail = await deliveredTo('onderzoek@agentschap.example');
    expect(mail.subject).toBe('Uw uitnodiging voor Impact Monitor');
    expect(mail.text).toContain('als onderzoeker van het Nationaal Agentschap');

    const noOrg = await invite('admin', { email: 'c@test.example', name: 'C', role: 'coordinator', locale: 'nl' });
    expect(noOrg.statusCode).toBe(400);
    expect(noOrg.json().errors).toEqual([{ path: 'organisationId', message: 'user.organisation_required' }]);
    const agencyWithOrg = await invite('admin', { email: 'd@test.example', name: 'D', role: 'na_admin', organisationId: w.orgA.id, locale: 'nl' });
    expect(agencyWithOrg.statusCode).toBe(400);
    const unknownOrg = await invite('admin', { email: 'e@test.example', name: 'E', role: 'coordinator', organisationId: w.projectA.id, locale: 'nl' });
    expect(unknownOrg.statusCode).toBe(404);
    const archived = await makeOrganisation(t.database.db, { archived_at: new Date().toISOString() });
    const intoArchived = await invite('admin', { email: 'f@test.example', name: 'F', role: 'coordinator', organisationId: archived.id, locale: 'nl' });
    expect(intoArchived.statusCode).toBe(409);
  });

  it('lets a coordinator invite colleagues into their own organisation only, and never with an agency role', async () => {
    const colleague = await invite('coordA', { email: 'collega@alfa.example', name: 'Collega Alfa', role: 'coordinator', locale: 'nl' });
    expect(colleague.statusCode).toBe(201);
    expect(colleague.json()).toMatchObject({ organisationId: w.orgA.id, status: 'invited' });
    const mail = await deliveredTo('collega@alfa.example');
    expect(mail.text).toContain(`${w.coordA.name} nodigt u uit voor Impact Monitor als coördinator van Basisschool Alfa.`);

    const elsewhere = await invite('coordA', { email: 'spion@beta.example', name: 'S', role: 'coordinator', organisationId: w.orgB.id, locale: 'nl' });
    expect(elsewhere.statusCode).toBe(404);
    for (const role of ['na_admin', 'na_analyst']) {
      const res = await invite('coordA', { email: `${role}@alfa.example`, name: 'X', role, locale: 'nl' });
      expect(res.statusCode, role).toBe(403);
      expect(res.json().code).toBe('user.role_not_allowed');
    }
    const nobody = await t.database.db.selectFrom('users').select('email').where('email', 'in', ['spion@beta.example', 'na_admin@alfa.example']).execute();
    expect(nobody).toEqual([]);
  });

  it('shows a coordinator only the accounts of their own organisation', async () => {
    const list = await call('GET', '/api/v1/users?pageSize=100', 'coordA');
    expect(list.statusCode).toBe(200);
    const emails = list.json().items.map((u: { email: string }) => u.email);
    expect(emails).toContain(w.coordA.email);
    expect(emails).toContain('collega@alfa.example');
    expect(emails).not.toContain(w.coordB.email);
    expect(emails).not.toContain(w.admin.email);
    expect(list.json().items.every((u: { organisationId: string }) => u.organisationId === w.orgA.id)).toBe(true);

    expect((await call('GET', `/api/v1/users?organisationId=${w.orgB.id}`, 'coordA')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/users/${w.coordB.id}`, 'coordA')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/users/${w.admin.id}`, 'coordA')).statusCode).toBe(404);
    expect((await call('PATCH', `/api/v1/users/${w.coordB.id}`, 'coordA', { active: false })).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/users/${w.coordB.id}/invitation`, 'coordA')).statusCode).toBe(404);
    const b = await t.database.db.selectFrom('users').select('disabled_at').where('id', '=', w.coordB.id).executeTakeFirstOrThrow();
    expect(b.disabled_at).toBeNull();
  });

  it('lets the NA admin search and filter by organisation, role, status and last sign-in', async () => {
    const list = async (query: string) =>
      (await call('GET', `/api/v1/users?pageSize=100&${query}`, 'admin')).json().items.map((u: { email: string }) => u.email) as string[];
    expect(await list(`organisationId=${w.orgB.id}`)).toEqual([w.coordB.email]);
    expect(await list('role=na_analyst')).toEqual(expect.arrayContaining([w.analyst.email, 'onderzoek@agentschap.example']));
    expect((await list('role=na_analyst')).every((e) => e !== w.coordA.email)).toBe(true);
    expect((await list('status=invited')).sort()).toEqual(['collega@alfa.example', 'jo.smith@school.example', 'onderzoek@agentschap.example']);
    expect(await list('q=smith')).toEqual(['jo.smith@school.example']);
    expect(await list('q=College%20Beta')).toEqual([w.coordB.email]);
    // everyone signed in by beforeAll has signed in today; the invited have never
    expect(await list('lastSignIn=within_30_days')).toEqual(expect.arrayContaining([w.coordA.email, w.admin.email]));
    expect(await list('lastSignIn=never')).toEqual(expect.arrayContaining(['jo.smith@school.example']));
    expect(await list('lastSignIn=never')).not.toContain(w.coordA.email);
    const stale = await makeUser(t.database.db, 'coordinator', w.orgB.id, { last_login_at: new Date(Date.now() - 120 * DAY).toISOString() });
    expect(await list('lastSignIn=over_90_days')).toContain(stale.email);
    expect(await list('lastSignIn=over_90_days')).not.toContain(w.coordA.email);
    // participants have no account to manage
    expect(await list('')).not.toContain(w.participant.email);
    const page = (await call('GET', '/api/v1/users?pageSize=2&page=2', 'admin')).json();
    expect(page).toMatchObject({ page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(6);
  });

  it('deactivates an account, ending its sessions at once, and reactivates it', async () => {
    const colleague = await makeUser(t.database.db, 'coordinator', w.orgA.id, { name: 'Vertrekkende Collega' });
    const cookie = await loginAs(t.app, colleague.email);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);

    const off = await call('PATCH', `/api/v1/users/${colleague.id}`, 'coordA', { active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().status).toBe('inactive');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
    const sessions = await t.database.db.selectFrom('sessions').select('id').where('user_id', '=', colleague.id).execute();
    expect(sessions).toEqual([]);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: colleague.email, password: PASSWORD } });
    expect(login.statusCode).toBe(401);

    const on = await call('PATCH', `/api/v1/users/${colleague.id}`, 'admin', { active: true });
    expect(on.json().status).toBe('active');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: colleague.email, password: PASSWORD } })).statusCode).toBe(200);

    const audit = await auditOf(colleague.id);
    expect(audit.filter((a) => a.action.startsWith('user.')).map((a) => [a.action, a.actor_id])).toEqual([
      ['user.deactivate', w.coordA.id],
      ['user.reactivate', w.admin.id],
    ]);
  });

  it('changes roles: only the NA admin grants agency roles, a coordinator needs an organisation', async () => {
    const person = await makeUser(t.database.db, 'coordinator', w.orgA.id);
    const cookie = await loginAs(t.app, person.email);
    for (const role of ['na_admin', 'na_analyst']) {
      const res = await call('PATCH', `/api/v1/users/${person.id}`, 'coordA', { role });
      expect(res.statusCode, role).toBe(403);
    }
    const toAnalyst = await call('PATCH', `/api/v1/users/${person.id}`, 'admin', { role: 'na_analyst' });
    expect(toAnalyst.json()).toMatchObject({ role: 'na_analyst', organisationId: null, organisationName: null });
    // the session sees the new role at once
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json().user).toMatchObject({ role: 'na_analyst', organisationId: null });
    // a coordinator no longer sees someone who left their organisation
    expect((await call('GET', `/api/v1/users/${person.id}`, 'coordA')).statusCode).toBe(404);

    const back = await call('PATCH', `/api/v1/users/${person.id}`, 'admin', { role: 'coordinator' });
    expect(back.statusCode).toBe(400);
    expect(back.json().errors).toEqual([{ path: 'organisationId', message: 'user.organisation_required' }]);
    const toB = await call('PATCH', `/api/v1/users/${person.id}`, 'admin', { role: 'coordinator', organisationId: w.orgB.id });
    expect(toB.json()).toMatchObject({ role: 'coordinator', organisationId: w.orgB.id });

    const audit = (await auditOf(person.id)).filter((a) => a.action === 'user.role_change');
    expect(audit.map((a) => JSON.parse(a.details!).role)).toEqual([
      { from: 'coordinator', to: 'na_analyst' },
      { from: 'na_analyst', to: 'coordinator' },
    ]);
  });

  it('stops anyone changing their own role or switching themselves off, so an NA admin always remains', async () => {
    expect((await call('PATCH', `/api/v1/users/${w.admin.id}`, 'admin', { active: false })).json().code).toBe('user.self');
    expect((await call('PATCH', `/api/v1/users/${w.admin.id}`, 'admin', { role: 'na_analyst' })).json().code).toBe('user.self');
    expect((await call('PATCH', `/api/v1/users/${w.coordA.id}`, 'coordA', { active: false })).json().code).toBe('user.self');
    const admin = await t.database.db.selectFrom('users').select(['role', 'disabled_at']).where('id', '=', w.admin.id).executeTakeFirstOrThrow();
    expect(admin).toEqual({ role: 'na_admin', disabled_at: null });
  });

  it('sends an invitation again with a new link; the old link stops working', async () => {
    const created = await invite('admin', {
      email: 'vergeten@school.example',
      name: 'Vergeten Mail',
      role: 'coordinator',
      organisationId: w.orgB.id,
      locale: 'nl',
    });
    const first = welcomeToken((await deliveredTo('vergeten@school.example')).text)!;
    const resend = await call('POST', `/api/v1/users/${created.json().id}/invitation`, 'admin');
    expect(resend.statusCode).toBe(200);
    const second = welcomeToken((await deliveredTo('vergeten@school.example')).text)!;
    expect(second).not.toBe(first);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/auth/invitations/${first}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/auth/invitations/${second}` })).statusCode).toBe(200);
    expect((await auditOf(created.json().id)).map((a) => a.action)).toEqual(['user.invite', 'user.invitation_resend']);
    // an account in use has no invitation to resend
    expect((await call('POST', `/api/v1/users/${w.coordB.id}/invitation`, 'admin')).json().code).toBe('user.not_invited');
  });

  it('keeps a coordinator from resending, changing or seeing invitations of another organisation', async () => {
    const invited = await invite('coordB', { email: 'nieuw@beta.example', name: 'Nieuw Beta', role: 'coordinator', locale: 'nl' });
    const id = invited.json().id;
    expect((await call('POST', `/api/v1/users/${id}/invitation`, 'coordA')).statusCode).toBe(404);
    expect((await call('PATCH', `/api/v1/users/${id}`, 'coordA', { active: false })).statusCode).toBe(404);
    expect((await call('PATCH', `/api/v1/users/${id}`, 'coordB', { active: false })).json().status).toBe('inactive');
    const changed = await t.database.db.selectFrom('users').select(['disabled_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(changed.disabled_at).not.toBeNull();
  });
});
