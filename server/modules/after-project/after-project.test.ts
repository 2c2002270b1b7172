import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCT_FILE_MAX_BYTES } from '../../../shared/after-project.js';
import type { OutboxKind } from '../../db/schema.js';
import type { Actor } from '../../http/access.js';
import { createMailer } from '../../lib/mailer.js';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';
import { startSmtpServer } from '../../test/smtp.js';
import { uploadForm } from '../../test/upload.js';
import { runSchedulerTick } from '../questionnaires/scheduler.js';
import { USES_PER_HOUR } from './after-project.routes.js';
import { evidenceForProjects } from './after-project.service.js';
import { amsterdamInstant, followUpDayCalendar } from './calendar.js';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

describe('after the project', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const as: Record<string, string> = {};
  let address = 0;
  /** every test its own client address, so that the rate limit of one does not spill into another */
  const nextAddress = () => `198.51.100.${++address}`;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await testApp({ mailer: createMailer({ smtpUrl: smtp.url, from: 'Impact Monitor <monitor@impact.test>' }) });
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'analyst', 'admin'] as const) as[key] = await loginAs(t.app, w[key].email);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  const call = (method: Method, url: string, who?: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method,
      url,
      headers: { ...(who ? { cookie: as[who]! } : {}), ...headers },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  const publicPost = (slug: string, payload: unknown, from = nextAddress()) =>
    t.app.inject({ method: 'POST', url: `/api/v1/public/products/${slug}/uses`, headers: { 'x-forwarded-for': from }, payload: payload as object });
  const outbox = (kind: OutboxKind) => t.database.db.selectFrom('outbox').selectAll().where('kind', '=', kind).orderBy('created_at').execute();
  const usesStored = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('product_uses')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  async function addProduct(projectId: string, who: string, title: string, extra: object = {}) {
    const res = await call('POST', `/api/v1/projects/${projectId}/products`, who, { title, kind: 'toolkit', ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; slug: string; title: string };
  }
  const validUse = {
    organisationType: 'vet_college',
    country: 'be',
    sector: 'mbo',
    howUsed: 'In de scholing van nieuwe docenten Engels.',
    recommend: 'yes',
    feedback: 'Heel bruikbaar.',
    email: 'gebruiker@college.test',
    locale: 'nl',
  };

  it('gives every product a readable public page whose address stays when the title changes', async () => {
    const p = await addProduct(w.projectA.id, 'coordA', 'Lesbrief CLIL – Ëngels in groep 7', {
      description: 'Een lesbrief voor CLIL.',
      descriptionEn: 'A CLIL lesson plan.',
      url: 'https://alfa.test/clil',
    });
    expect(p.slug).toBe('lesbrief-clil-engels-in-groep-7');
    const twin = await addProduct(w.projectA.id, 'coordA', 'Lesbrief CLIL: Engels in groep 7!');
    expect(twin.slug).toBe('lesbrief-clil-engels-in-groep-7-2');
    const renamed = await call('PUT', `/api/v1/projects/${w.projectA.id}/products/${p.id}`, 'coordA', {
      title: 'CLIL-lesbrief (herzien)',
      kind: 'guide',
      description: 'Een lesbrief voor CLIL.',
      descriptionEn: 'A CLIL lesson plan.',
    });
    expect(renamed.json()).toMatchObject({ title: 'CLIL-lesbrief (herzien)', slug: p.slug, kind: 'guide' });

    const page = await t.app.inject({ method: 'GET', url: `/api/v1/public/products/${p.slug}` }); // no account
    expect(page.statusCode).toBe(200);
    expect(page.json()).toEqual({
      slug: p.slug,
      title: 'CLIL-lesbrief (herzien)',
      kind: 'guide',
      description: { nl: 'Een lesbrief voor CLIL.', en: 'A CLIL lesson plan.' },
      url: null,
      file: null,
      project: { title: 'Alfa leert Engels', acronym: null, organisation: 'Basisschool Alfa', startDate: '2016-09-01', endDate: '2017-08-31', partners: [] },
    });
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/public/products/no-such-product' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json().code).toBe('product_page.not_found');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/products/Not%20a%20slug!' })).statusCode).toBe(400);
    // an archived project's products leave public view, and take no reports
    const archivedProject = (
      await call('POST', '/api/v1/projects', 'coordA', { title: 'Alfa gearchiveerd', sector: 'po', keyAction: 'KA1', callYear: 2017 })
    ).json();
    const gone = await addProduct(archivedProject.id, 'coordA', 'Oud product');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/products/${gone.slug}` })).statusCode).toBe(200);
    expect((await call('POST', `/api/v1/projects/${archivedProject.id}/archive`, 'coordA')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/products/${gone.slug}` })).statusCode).toBe(404);
    expect((await publicPost(gone.slug, validUse)).statusCode).toBe(404);
    // only web addresses: the link is shown to anyone
    const script = await call('POST', `/api/v1/projects/${w.projectA.id}/products`, 'coordA', { title: 'X', kind: 'toolkit', url: 'javascript:alert(1)' });
    expect(script.statusCode).toBe(400);
    expect(script.json().errors).toEqual([{ path: 'url', message: 'validation.url' }]);
    await t.database.db.updateTable('products').set({ url: 'javascript:alert(1)' }).where('id', '=', p.id).execute(); // as an older version could store
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/products/${p.slug}` })).json().url).toBeNull();
  });

  it('publishes a file with the product, of a harmless type, only for the own organisation to change', async () => {
    const p = await addProduct(w.projectA.id, 'coordA', 'Handleiding met bijlage');
    const bytes = Buffer.from('%PDF-1.4\n% Impact Monitor test\n');
    const fileUrl = `/api/v1/projects/${w.projectA.id}/products/${p.id}/file`;
    const up = await call('PUT', fileUrl, 'coordA', uploadForm({ name: 'C:\\Users\\anna\\handleiding.pdf', content: bytes }));
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().file).toEqual({ name: 'handleiding.pdf', size: bytes.length, contentType: 'application/pdf' });
    const download = await t.app.inject({ method: 'GET', url: `/api/v1/public/products/${p.slug}/file` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe("attachment; filename*=UTF-8''handleiding.pdf");
    expect(download.rawPayload.equals(bytes)).toBe(true);

    const exe = await call('PUT', fileUrl, 'coordA', uploadForm({ name: 'tool.exe', content: 'MZ' }));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().errors[0]).toEqual({ path: 'file', message: 'validation.product_file_type' });
    const empty = await call('PUT', fileUrl, 'coordA', uploadForm({ name: 'leeg.pdf', content: '' }));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toEqual({ path: 'file', message: 'validation.required' });
    // one byte over the limit: refused while reading, before anything is stored
    const huge = await call('PUT', fileUrl, 'coordA', uploadForm({ name: 'groot.pdf', content: new Uint8Array(PRODUCT_FILE_MAX_BYTES + 1) }));
    expect(huge.statusCode).toBe(413);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/products/${p.slug}/file` })).rawPayload.equals(bytes)).toBe(true);
    expect((await call('PUT', fileUrl, 'coordB', uploadForm({ name: 'a.pdf', content: '%PDF' }))).statusCode).toBe(404);
    expect((await call('PUT', fileUrl, 'analyst', uploadForm({ name: 'a.pdf', content: '%PDF' }))).statusCode).toBe(403);
    expect((await call('DELETE', `/api/v1/projects/${w.projectA.id}/products/${p.id}/file`, 'coordA')).json().file).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/products/${p.slug}/file` })).statusCode).toBe(404);
  });

  it('takes a use on the public page without an account and tells the coordinators', async () => {
    const p = await addProduct(w.projectA.id, 'coordA', 'Toolkit voor de use-test');
    const before = await usesStored();
    const res = await publicPost(p.slug, validUse);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ received: true });
    expect(await usesStored()).toBe(before + 1);
    const notices = (await outbox('use_notice')).filter((m) => m.subject.includes('Toolkit voor de use-test'));
    expect(notices.map((m) => m.to_address)).toEqual([w.coordA.email]);
    expect(notices[0]!.subject).toBe('Nieuw gebruik van Toolkit voor de use-test');
    expect(notices[0]!.body_text).toContain('mbo-instelling, BE');
    expect(notices[0]!.body_text).toContain('In de scholing van nieuwe docenten Engels.');
    // the notice goes out through the outbox like every other message
    await runSchedulerTick(t.app.deps, 'w-notice');
    expect(smtp.received.some((m) => m.to === w.coordA.email && m.subject === 'Nieuw gebruik van Toolkit voor de use-test')).toBe(true);
  });

  it('rejects malformed and oversized reports with clear messages, and stores nothing from them', async () => {
    const p = await addProduct(w.projectA.id, 'coordA', 'Toolkit voor de validatie');
    const before = await usesStored();
    const missing = await publicPost(p.slug, { howUsed: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(
      missing
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['country', 'howUsed', 'organisationType', 'recommend', 'sector']);
    const wrong = await publicPost(p.slug, { ...validUse, country: 'Nederland', email: 'not-an-address', recommend: 'perhaps' }, nextAddress());
    expect((await publicPost(p.slug, { ...validUse, country: 'QQ' })).json().errors).toEqual([{ path: 'country', message: 'validation.country' }]);
    expect(wrong.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'country', message: 'validation.country' },
        { path: 'email', message: 'validation.email' },
        { path: 'recommend', message: 'validation.choice' },
      ]),
    );
    const english = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/products/${p.slug}/uses`,
      headers: { 'x-forwarded-for': nextAddress(), 'accept-language': 'en' },
      payload: { ...validUse, howUsed: 'x'.repeat(2001) },
    });
    expect(english.statusCode).toBe(400);
    expect(english.json()).toMatchObject({ code: 'invalid_input', errors: [{ path: 'howUsed', message: 'validation.too_long' }] });
    expect(english.json().detail).toBe('The input is not valid. howUsed: This text is too long.');
    const huge = await publicPost(p.slug, { ...validUse, feedback: 'x'.repeat(40_000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('payload_too_large');
    const notJson = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/products/${p.slug}/uses`,
      headers: { 'x-forwarded-for': nextAddress(), 'content-type': 'application/json' },
      payload: '{"organisationType": ',
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().code).toBe('malformed_request');
    expect((await publicPost('no-such-product', validUse)).statusCode).toBe(404);
    expect(await usesStored()).toBe(before);
  });

  it('answers a bot that fills the honeypot like anyone else, and stores and sends nothing', async () => {
    const p = await addProduct(w.projectA.id, 'coordA', 'Toolkit voor de honeypot');
    const before = { uses: await usesStored(), notices: (await outbox('use_notice')).length };
    const bot = await publicPost(p.slug, { ...validUse, website: 'https://cheap-pills.example' });
    expect(bot.statusCode).toBe(201);
    expect(bot.json()).toEqual({ received: true });
    expect(await usesStored()).toBe(before.uses);
    expect((await outbox('use_notice')).length).toBe(before.notices);
  });

  it(`limits reports to ${USES_PER_HOUR} an hour per address`, async () => {
    const p = await addProduct(w.projectA.id, 'coordA', 'Toolkit voor de limiet');
    const from = nextAddress();
    // invalid reports count too: a flood of garbage is a flood
    for (let i = 0; i < USES_PER_HOUR; i++) expect((await publicPost(p.slug, { howUsed: '' }, from)).statusCode).toBe(400);
    const limited = await publicPost(p.slug, validUse, from);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().code).toBe('too_many_requests');
    expect((await publicPost(p.slug, validUse, nextAddress())).statusCode).toBe(201);
  });

  it('shows the team its uses over time, by country and sector; script is kept as text; other organisations see nothing', async () => {
    const p = await addProduct(w.projectA.id, 'coordA', 'Toolkit voor de overzichten');
    const reports = [
      { ...validUse, country: 'NL', sector: 'mbo', recommend: 'yes' },
      { ...validUse, country: 'BE', sector: 'ho', recommend: 'maybe', email: null },
      { ...validUse, country: 'NL', sector: 'mbo', recommend: 'no', feedback: '<script>window.pwned = true</script><img src=x onerror="alert(1)">' },
    ];
    for (const r of reports) expect((await publicPost(p.slug, r)).statusCode).toBe(201);
    const res = await call('GET', `/api/v1/projects/${w.projectA.id}/product-uses?productId=${p.id}`, 'coordA');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const view = res.json();
    // expected counts worked out by hand from the three reports above
    expect(view.total).toBe(3);
    expect(view.byCountry).toEqual([
      { key: 'NL', count: 2 },
      { key: 'BE', count: 1 },
    ]);
    expect(view.bySector).toEqual([
      { key: 'mbo', count: 2 },
      { key: 'ho', count: 1 },
    ]);
    expect(view.recommend).toEqual({ yes: 1, maybe: 1, no: 1 });
    expect(view.byMonth).toEqual([{ key: new Date().toISOString().slice(0, 7), count: 3 }]);
    const withScript = view.uses.find((u: { recommend: string }) => u.recommend === 'no');
    expect(withScript.feedback).toBe('<script>window.pwned = true</script><img src=x onerror="alert(1)">');
    expect(withScript).toMatchObject({ email: 'gebruiker@college.test', canReply: true, productTitle: 'Toolkit voor de overzichten' });
    // the analysts read the uses, without the third parties' addresses
    const analyst = (await call('GET', `/api/v1/projects/${w.projectA.id}/product-uses?productId=${p.id}`, 'analyst')).json();
    expect(analyst.total).toBe(3);
    expect(analyst.uses.every((u: { email: string | null }) => u.email === null)).toBe(true);
    expect(JSON.stringify(analyst)).not.toContain('gebruiker@college.test');
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}/product-uses`, 'coordB')).statusCode).toBe(404);
    const otherProduct = await addProduct(w.projectB.id, 'coordB', 'Product van Beta');
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}/product-uses?productId=${otherProduct.id}`, 'coordA')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}/product-uses`)).statusCode).toBe(401);
  });

  it('lets the team ask its one follow-up question by e-mail, once, and then forgets the address', async () => {
    const p = await addProduct(w.projectA.id, 'coordA', 'Toolkit voor de vervolgvraag');
    await publicPost(p.slug, { ...validUse, email: 'Vraag@Elders.test', locale: 'en' });
    await publicPost(p.slug, { ...validUse, email: null });
    const uses = (await call('GET', `/api/v1/projects/${w.projectA.id}/product-uses?productId=${p.id}`, 'coordA')).json().uses;
    const withAddress = uses.find((u: { email: string | null }) => u.email === 'vraag@elders.test');
    const without = uses.find((u: { email: string | null }) => u.email === null);
    const url = (id: string) => `/api/v1/projects/${w.projectA.id}/product-uses/${id}/reply`;

    expect((await call('POST', url(withAddress.id), 'coordB', { text: 'Hoi' })).statusCode).toBe(404);
    expect((await call('POST', url(withAddress.id), 'analyst', { text: 'Hoi' })).statusCode).toBe(403);
    expect((await call('POST', url(withAddress.id), 'coordA', { text: '' })).statusCode).toBe(400);
    const replied = await call('POST', url(withAddress.id), 'coordA', { text: 'Which course did you use it in?' });
    expect(replied.statusCode, replied.body).toBe(200);
    expect(replied.json()).toMatchObject({ canReply: false, email: null, reply: { text: 'Which course did you use it in?' } });
    const mails = (await outbox('use_reply')).filter((m) => m.to_address === 'vraag@elders.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('A question about your use of Toolkit voor de vervolgvraag'); // in the language of the report
    expect(mails[0]!.body_text).toContain('Which course did you use it in?');
    expect(mails[0]!.body_text).toContain(w.coordA.email);
    const again = await call('POST', url(withAddress.id), 'coordA', { text: 'And another one?' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('use.cannot_reply');
    expect((await call('POST', url(without.id), 'coordA', { text: 'Hoi' })).statusCode).toBe(409);
    const stored = await t.database.db.selectFrom('product_uses').select('email').where('id', '=', withAddress.id).executeTakeFirstOrThrow();
    expect(stored.email).toBeNull();
  });

  it('keeps a dissemination log tied to the impact model, closed to other organisations', async () => {
    const model = await call('POST', `/api/v1/projects/${w.projectA.id}/impact-model/elements`, 'coordA', {
      layer: 'outcome',
      title: 'Collega’s gebruiken CLIL',
    });
    const outcomeId = model.json().elements.find((e: { title: string }) => e.title === 'Collega’s gebruiken CLIL').id;
    const otherModel = await call('POST', `/api/v1/projects/${w.projectB.id}/impact-model/elements`, 'coordB', { layer: 'outcome', title: 'Beta-outcome' });
    const otherOutcome = otherModel.json().elements[0].id;
    const url = `/api/v1/projects/${w.projectA.id}/disseminations`;

    expect((await call('GET', url)).statusCode).toBe(401);
    const bad = await call('POST', url, 'coordA', { type: 'podcast', title: '', audience: 'Team', reach: -3, link: 'javascript:alert(1)' });
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['link', 'reach', 'title', 'type']);
    const foreign = await call('POST', url, 'coordA', { type: 'presentation', title: 'X', audience: 'Y', outcomeId: otherOutcome });
    expect(foreign.json().errors).toEqual([{ path: 'outcomeId', message: 'dissemination.unknown_outcome' }]);
    expect((await call('POST', url, 'analyst', { type: 'presentation', title: 'X', audience: 'Y' })).statusCode).toBe(403);

    const made = await call('POST', url, 'coordA', {
      date: '2018-02-12',
      type: 'team_meeting',
      title: 'Terugkoppeling in het teamoverleg',
      audience: 'Alle leerkrachten',
      reach: 18,
      outcomeId,
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ scope: 'internal', reach: 18, outcome: { id: outcomeId, title: 'Collega’s gebruiken CLIL' } });
    const id = made.json().id;
    const changed = await call('PUT', `${url}/${id}`, 'coordA', {
      date: '2018-02-12',
      type: 'conference',
      title: 'Workshop op de regionale CLIL-dag',
      audience: 'Leerkrachten uit de regio',
      reach: 60,
      link: 'https://clil-dag.test/programma',
    });
    expect(changed.json()).toMatchObject({ type: 'conference', scope: 'external', reach: 60, outcome: null });
    expect((await call('GET', url, 'analyst')).json().map((d: { id: string }) => d.id)).toEqual([id]);

    // another organisation's dissemination is not found, whichever way it is asked for
    const bUrl = `/api/v1/projects/${w.projectB.id}/disseminations`;
    const theirs = (await call('POST', bUrl, 'coordB', { type: 'press', title: 'Persbericht', audience: 'Regio' })).json().id;
    for (const [method, target, payload] of [
      ['GET', bUrl],
      ['PUT', `${bUrl}/${theirs}`, { type: 'press', title: 'X', audience: 'Y' }],
      ['DELETE', `${bUrl}/${theirs}`],
      ['PUT', `${url}/${theirs}`, { type: 'press', title: 'X', audience: 'Y' }],
      ['DELETE', `${url}/${theirs}`],
    ] as [Method, string, object?][]) {
      const res = await call(method, target, 'coordA', payload);
      expect(res.statusCode, `${method} ${target}`).toBe(404);
    }
    expect((await call('DELETE', `${url}/${id}`, 'coordA')).statusCode).toBe(204);
    expect((await call('GET', url, 'coordA')).json()).toEqual([]);
  });

  it('sends former participants an update through the outbox and logs it', async () => {
    for (const [name, email, status] of [
      ['Anna de Vries', 'anna@alfa.test', 'selected'],
      ['Bram Jansen', 'bram@alfa.test', 'selected'],
      ['Carla Smit', 'carla@alfa.test', 'withdrawn'],
    ]) {
      expect((await call('POST', `/api/v1/projects/${w.projectA.id}/participants`, 'coordA', { name, email, role: 'teacher', status })).statusCode).toBe(201);
    }
    const url = `/api/v1/projects/${w.projectA.id}/participant-updates`;
    expect((await call('POST', url, 'coordA', { subject: '', body: '' })).statusCode).toBe(400);
    expect((await call('POST', url, 'coordB', { subject: 'Nieuws', body: 'Tekst' })).statusCode).toBe(404);
    const sent = await call('POST', url, 'coordA', { subject: 'Nieuws over CLIL', body: 'De lesbrief staat nu online.' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ recipients: 2, dissemination: { type: 'newsletter', scope: 'internal', reach: 2, title: 'Nieuws over CLIL' } });
    const mails = await outbox('project_update');
    expect(mails.map((m) => m.to_address).sort()).toEqual(['anna@alfa.test', 'bram@alfa.test']);
    expect(mails[0]!.body_text).toContain('De lesbrief staat nu online.');
    const log = (await call('GET', `/api/v1/projects/${w.projectA.id}/disseminations`, 'coordA')).json();
    expect(log.map((d: { title: string }) => d.title)).toContain('Nieuws over CLIL');
    const none = await call('POST', `/api/v1/projects/${w.projectB.id}/participant-updates`, 'coordB', { subject: 'Nieuws', body: 'Tekst' });
    expect(none.statusCode).toBe(409);
    expect(none.json().code).toBe('update.no_recipients');
  });

  it('records network follow-ups with a partner of the project or another organisation', async () => {
    const partner = (
      await call('POST', `/api/v1/projects/${w.projectA.id}/partners`, 'coordA', { name: 'Colegio Madrid', country: 'ES', role: 'host' })
    ).json();
    const url = `/api/v1/projects/${w.projectA.id}/network-follow-ups`;
    const visit = await call('POST', url, 'coordA', { type: 'counter_visit', partnerId: partner.id, partnerKind: 'education', date: '2018-04-10' });
    expect(visit.statusCode).toBe(201);
    expect(visit.json()).toMatchObject({ partnerId: partner.id, partnerName: 'Colegio Madrid' });
    const nameless = await call('POST', url, 'coordA', { type: 'new_project', partnerKind: 'other' });
    expect(nameless.json().errors).toEqual([{ path: 'partnerName', message: 'validation.required' }]);
    const stranger = await call('POST', url, 'coordA', { type: 'new_project', partnerId: w.projectB.id, partnerKind: 'other' });
    expect(stranger.json().errors).toEqual([{ path: 'partnerId', message: 'follow_up.unknown_partner' }]);
    const bUrl = `/api/v1/projects/${w.projectB.id}/network-follow-ups`;
    const theirs = (await call('POST', bUrl, 'coordB', { type: 'lasting_contact', partnerName: 'Bedrijf', partnerKind: 'labour_market' })).json().id;
    for (const [method, target] of [
      ['GET', bUrl],
      ['PUT', `${bUrl}/${theirs}`],
      ['DELETE', `${bUrl}/${theirs}`],
      ['PUT', `${url}/${theirs}`],
      ['DELETE', `${url}/${theirs}`],
    ] as [Method, string][]) {
      const res = await call(method, target, 'coordA', method === 'PUT' ? { type: 'lasting_contact', partnerName: 'X', partnerKind: 'other' } : undefined);
      expect(res.statusCode, `${method} ${target}`).toBe(404);
    }
    const changed = await call('PUT', `${url}/${visit.json().id}`, 'coordA', {
      type: 'lasting_contact',
      partnerName: 'Gemeente Zwolle',
      partnerKind: 'government',
    });
    expect(changed.json()).toMatchObject({ type: 'lasting_contact', partnerId: null, partnerName: 'Gemeente Zwolle' });
    expect((await call('DELETE', `${url}/${visit.json().id}`, 'coordA')).statusCode).toBe(204);
  });

  it('counts uses, reach and follow-ups as evidence per indicator, for those who may see the project', async () => {
    // a project of its own, so that the expected numbers follow from this test alone
    const project = (await call('POST', '/api/v1/projects', 'coordA', { title: 'Alfa bewijs', sector: 'po', keyAction: 'KA2', callYear: 2019 })).json();
    const partner = (await call('POST', `/api/v1/projects/${project.id}/partners`, 'coordA', { name: 'Escola Lisboa', country: 'PT', role: 'partner' })).json();
    const product = await addProduct(project.id, 'coordA', 'Bewijs-toolkit');
    for (const country of ['NL', 'DE']) expect((await publicPost(product.slug, { ...validUse, country })).statusCode).toBe(201);
    const log = `/api/v1/projects/${project.id}/disseminations`;
    await call('POST', log, 'coordA', { type: 'team_meeting', title: 'Team', audience: 'Team', reach: 12 });
    await call('POST', log, 'coordA', { type: 'conference', title: 'Congres', audience: 'Sector', reach: 150 });
    await call('POST', log, 'coordA', { type: 'website', title: 'Website', audience: 'Iedereen' }); // reach unknown
    const net = `/api/v1/projects/${project.id}/network-follow-ups`;
    await call('POST', net, 'coordA', { type: 'counter_visit', partnerId: partner.id, partnerKind: 'education' });
    await call('POST', net, 'coordA', { type: 'new_project', partnerName: 'Vluchtelingenwerk', partnerKind: 'civil_society' });
    await call('POST', net, 'coordA', { type: 'lasting_contact', partnerName: 'Techniekbedrijf', partnerKind: 'labour_market' });

    const evidence = await call('GET', `/api/v1/projects/${project.id}/after/evidence`, 'coordA');
    expect(evidence.statusCode).toBe(200);
    // the mapping of shared/after-project.ts applied by hand to the records above
    expect(evidence.json()).toEqual({
      projectId: project.id,
      productUses: 2,
      disseminations: { events: 3, reach: 162 },
      followUps: { counter_visit: 1, new_project: 1, lasting_contact: 1 },
      indicators: [
        { code: 'ORG.agenda', productUses: 2, disseminations: 2, reach: 150, followUps: 0 },
        { code: 'ORG.shared', productUses: 0, disseminations: 1, reach: 12, followUps: 0 },
        { code: 'COL.network', productUses: 0, disseminations: 0, reach: 0, followUps: 3 },
        { code: 'COL.partner', productUses: 0, disseminations: 0, reach: 0, followUps: 1 },
        { code: 'COL.civil_society', productUses: 0, disseminations: 0, reach: 0, followUps: 1 },
        { code: 'COL.labour_market', productUses: 0, disseminations: 0, reach: 0, followUps: 1 },
      ],
    });
    expect((await call('GET', `/api/v1/projects/${project.id}/after/evidence`, 'analyst')).json()).toEqual(evidence.json());
    expect((await call('GET', `/api/v1/projects/${project.id}/after/evidence`, 'coordB')).statusCode).toBe(404);

    // the function the analytics call: a coordinator of another organisation never gets this project
    const actor = (u: typeof w.coordB): Actor => ({
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role as Actor['role'],
      organisationId: u.organisation_id,
      locale: 'nl',
    });
    expect((await evidenceForProjects(t.app.deps, actor(w.coordB), [project.id])).map((e) => e.projectId)).toEqual([]);
    expect((await evidenceForProjects(t.app.deps, actor(w.coordB))).some((e) => e.projectId === project.id)).toBe(false);
    const programme = await evidenceForProjects(t.app.deps, actor(w.analyst));
    expect(programme.find((e) => e.projectId === project.id)).toEqual(evidence.json());
  });
});

describe('the follow-up day', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const as: Record<string, string> = {};
  // the activity ended 300 days ago: the T2 questionnaire is still planned, the follow-up day ahead
  const activityEnd = Date.now() - 300 * DAY;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await testApp({ mailer: createMailer({ smtpUrl: smtp.url, from: 'Impact Monitor <monitor@impact.test>' }) });
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'analyst'] as const) as[key] = await loginAs(t.app, w[key].email);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });
  const call = (method: Method, url: string, who?: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });

  it('times the .ics in Europe/Amsterdam, also on the days the clocks change', () => {
    // EU summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
    // of October (Directive 2000/84/EC); in 2027 those are 28 March and 31 October
    expect(amsterdamInstant('2027-01-15', '09:30').toISOString()).toBe('2027-01-15T08:30:00.000Z');
    expect(amsterdamInstant('2027-03-28', '01:30').toISOString()).toBe('2027-03-28T00:30:00.000Z');
    expect(amsterdamInstant('2027-03-28', '10:00').toISOString()).toBe('2027-03-28T08:00:00.000Z');
    expect(amsterdamInstant('2027-10-31', '10:00').toISOString()).toBe('2027-10-31T09:00:00.000Z');
    const calendar = followUpDayCalendar({
      uid: 'day@test',
      title: 'Terugkomdag',
      description: 'Programma',
      location: 'Zwolle',
      date: '2027-10-30',
      startTime: '09:30',
      endTime: '15:00',
      stamp: new Date(),
    });
    const event = Object.values(ical.sync.parseICS(calendar)).find((c) => c?.type === 'VEVENT') as ical.VEvent;
    expect(event.start.toISOString()).toBe('2027-10-30T07:30:00.000Z'); // still summer time
    expect(event.start.tz).toBe('Europe/Amsterdam');
    expect(event.end!.toISOString()).toBe('2027-10-30T13:00:00.000Z');
  });

  it('is planned a year after the activity, invites by e-mail with an .ics and the T2 link, and records who came', async () => {
    const activity = (
      await call('POST', `/api/v1/projects/${w.projectA.id}/activities`, 'coordA', {
        type: 'job_shadowing',
        title: 'Meelopen in Sevilla',
        startDate: isoDay(activityEnd - 4 * DAY),
        endDate: isoDay(activityEnd),
      })
    ).json();
    const people: Record<string, string> = {};
    for (const [name, email, locale] of [
      ['Anna de Vries', 'anna@alfa.test', 'nl'],
      ['Ben Smith', 'ben@alfa.test', 'en'],
    ] as const) {
      const res = await call('POST', `/api/v1/projects/${w.projectA.id}/participants`, 'coordA', {
        name,
        email,
        role: 'teacher',
        locale,
        status: 'selected',
        activityId: activity.id,
      });
      expect(res.statusCode, res.body).toBe(201);
      people[name] = res.json().id;
    }
    // someone of another activity of the project: not invited to this day, their T2 left alone
    const otherActivity = (
      await call('POST', `/api/v1/projects/${w.projectA.id}/activities`, 'coordA', {
        type: 'structured_course',
        title: 'Cursus in Dublin',
        startDate: isoDay(activityEnd - 4 * DAY),
        endDate: isoDay(activityEnd),
      })
    ).json();
    const cas = (
      await call('POST', `/api/v1/projects/${w.projectA.id}/participants`, 'coordA', {
        name: 'Cas Bakker',
        email: 'cas@alfa.test',
        role: 'teacher',
        status: 'selected',
        activityId: otherActivity.id,
      })
    ).json();
    const url = `/api/v1/projects/${w.projectA.id}/follow-up-days`;
    const bad = await call('POST', url, 'coordA', { startTime: '25:00', endTime: '09:00', place: '' });
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['place', 'startTime']);
    expect((await call('POST', url, 'coordA', { startTime: '15:00', endTime: '09:00', place: 'X' })).json().errors).toEqual([
      { path: 'endTime', message: 'validation.time_order' },
    ]);
    const made = await call('POST', url, 'coordA', {
      activityId: activity.id,
      startTime: '09:30',
      endTime: '15:00',
      place: 'Basisschool Alfa, Zwolle',
      agenda: 'Terugblik, presentaties, de vragenlijst',
    });
    expect(made.statusCode, made.body).toBe(201);
    const day = made.json();
    const yearLater = new Date(activityEnd);
    yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1);
    expect(day).toMatchObject({ date: isoDay(yearLater.getTime()), timeZone: 'Europe/Amsterdam', activityTitle: 'Meelopen in Sevilla' });
    expect(day.people.map((p: { name: string; invitedAt: string | null }) => [p.name, p.invitedAt])).toEqual([
      ['Anna de Vries', null],
      ['Ben Smith', null],
    ]);

    expect((await call('POST', `${url}/${day.id}/invitations`, 'coordB')).statusCode).toBe(404);
    expect((await call('POST', `${url}/${day.id}/invitations`, 'analyst')).statusCode).toBe(403);
    const sent = await call('POST', `${url}/${day.id}/invitations`, 'coordA');
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ invited: 2, withQuestionnaireLink: 2 });
    expect((await call('POST', `${url}/${day.id}/invitations`, 'coordA')).json()).toMatchObject({ invited: 0 }); // once each

    await runSchedulerTick(t.app.deps, 'w-day');
    const ben = smtp.received.find((m) => m.to === 'ben@alfa.test')!;
    expect(ben.subject).toBe(`Invitation: follow-up day of ${w.projectA.title}`);
    expect(ben.attachments.map((a) => [a.filename, a.contentType])).toEqual([['follow-up-day.ics', 'text/calendar']]);
    const event = Object.values(ical.sync.parseICS(ben.attachments[0]!.content)).find((c) => c?.type === 'VEVENT') as ical.VEvent;
    expect(event.start.toISOString()).toBe(amsterdamInstant(day.date, '09:30').toISOString());
    expect(event.start.tz).toBe('Europe/Amsterdam');
    expect(String(event.location)).toBe('Basisschool Alfa, Zwolle');
    // the T2 link in the mail and in the calendar is the participant's own, and it opens T2
    const link = /http:\/\/impact\.test\/q\/([A-Za-z0-9_-]+)\?lang=en/.exec(ben.text)![1]!;
    expect(String(event.description)).toContain(`/q/${link}?lang=en`);
    const survey = await t.app.inject({ method: 'GET', url: `/api/v1/survey/${link}` });
    expect(survey.statusCode).toBe(200);
    expect(survey.json()).toMatchObject({ moment: 'T2', locale: 'en' });
    const anna = smtp.received.find((m) => m.to === 'anna@alfa.test')!;
    expect(anna.subject).toBe(`Uitnodiging: terugkomdag van ${w.projectA.title}`);
    expect(anna.attachments[0]!.filename).toBe('terugkomdag.ics');
    expect(/\/q\/([A-Za-z0-9_-]+)\?lang=nl/.exec(anna.text)![1]).not.toBe(link);
    // the questionnaire went out with the invitation: the scheduler does not send it again
    expect(smtp.received.filter((m) => m.to === 'ben@alfa.test')).toHaveLength(1);
    expect(smtp.received.some((m) => m.to === 'cas@alfa.test')).toBe(false);
    const casT2 = await t.database.db
      .selectFrom('invitations')
      .select('status')
      .where('participant_id', '=', cas.id)
      .where('moment', '=', 'T2')
      .executeTakeFirstOrThrow();
    expect(casT2.status).toBe('scheduled');

    const record = `${url}/${day.id}/record`;
    expect((await call('PUT', record, 'coordA', { attended: [w.projectB.id] })).json().errors).toEqual([
      { path: 'attended.0', message: 'follow_up_day.unknown_participant' },
    ]);
    const recorded = await call('PUT', record, 'coordA', { attended: [people['Anna de Vries']], presented: 'Anna over co-teaching' });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json().presented).toBe('Anna over co-teaching');
    expect(recorded.json().people.map((p: { name: string; attended: boolean }) => [p.name, p.attended])).toEqual([
      ['Anna de Vries', true],
      ['Ben Smith', false],
    ]);
    // the analysts see who came by pseudonym only
    const asAnalyst = (await call('GET', url, 'analyst')).json();
    expect(JSON.stringify(asAnalyst)).not.toContain('Anna de Vries');
    expect(asAnalyst[0].people.map((p: { name: string }) => p.name).every((n: string) => /^P[0-9A-F]{10}$/.test(n))).toBe(true);
    expect((await call('GET', `/api/v1/projects/${w.projectA.id}/follow-up-days`, 'coordB')).statusCode).toBe(404);
    expect((await call('PUT', record, 'coordB', { attended: [] })).statusCode).toBe(404);
  });

  it('asks for a date when there is no end date to count a year from, and sends nothing for a day that is over', async () => {
    const url = `/api/v1/projects/${w.projectB.id}/follow-up-days`;
    await t.database.db.updateTable('projects').set({ end_date: null }).where('id', '=', w.projectB.id).execute();
    const none = await call('POST', url, 'coordB', { startTime: '09:00', endTime: '12:00', place: 'Beta' });
    expect(none.json().errors).toEqual([{ path: 'date', message: 'follow_up_day.date_unknown' }]);
    const past = (await call('POST', url, 'coordB', { date: '2019-05-01', startTime: '09:00', endTime: '12:00', place: 'Beta' })).json();
    const late = await call('POST', `${url}/${past.id}/invitations`, 'coordB');
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('follow_up_day.past');
  });

  it("records how participants' learning was recognised, pseudonymised for the analysts", async () => {
    const participant = (
      await call('POST', `/api/v1/projects/${w.projectA.id}/participants`, 'coordA', { name: 'Carla Smit', email: 'carla@alfa.test', role: 'teacher' })
    ).json();
    const url = `/api/v1/projects/${w.projectA.id}/recognitions`;
    const made = await call('POST', url, 'coordA', {
      participantId: participant.id,
      type: 'development_plan',
      description: 'In het POP opgenomen',
      date: '2018-06-01',
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ participantName: 'Carla Smit', type: 'development_plan' });
    expect((await call('POST', url, 'coordA', { participantId: w.projectA.id, type: 'certificate' })).json().errors).toEqual([
      { path: 'participantId', message: 'recognition.unknown_participant' },
    ]);
    expect((await call('POST', url, 'coordA', { participantId: participant.id, type: 'medal' })).statusCode).toBe(400);
    const seen = (await call('GET', url, 'analyst')).json();
    expect(seen[0].participantName).toBe(participant.pseudonym);
    expect((await call('GET', url, 'coordB')).statusCode).toBe(404);
    expect(
      (await call('PUT', `/api/v1/projects/${w.projectB.id}/recognitions/${made.json().id}`, 'coordB', { participantId: participant.id, type: 'other' }))
        .statusCode,
    ).toBe(404);
    expect((await call('DELETE', `/api/v1/projects/${w.projectB.id}/recognitions/${made.json().id}`, 'coordB')).statusCode).toBe(404);
    const changed = await call('PUT', `${url}/${made.json().id}`, 'coordA', {
      participantId: participant.id,
      type: 'new_task',
      description: 'Coördinator CLIL',
    });
    expect(changed.json()).toMatchObject({ type: 'new_task', description: 'Coördinator CLIL', date: null });
    expect((await call('DELETE', `${url}/${made.json().id}`, 'coordA')).statusCode).toBe(204);
  });
});

describe('the API documentation', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  it('tags every operation of this feature after-project', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    // the analytics' sums of this feature's evidence (/analytics/after-project) are the analytics' own operation
    const ours = Object.entries(doc.paths as Record<string, Record<string, { tags: string[] }>>).flatMap(([path, ops]) =>
      !path.startsWith('/api/v1/analytics/') &&
      /\/(public\/products|after|disseminations|participant-updates|product-uses|network-follow-ups|follow-up-days|recognitions)\b|\/products\/\{childId\}\/file/.test(
        path,
      )
        ? Object.entries(ops).map(([method, op]) => ({ op: `${method} ${path}`, tags: op.tags }))
        : [],
    );
    expect(ours.length).toBe(27);
    for (const { op, tags } of ours) expect(tags, op).toEqual(['after-project']);
    for (const fixed of ['/api/v1/public/products/{slug}', '/api/v1/public/products/{slug}/uses']) expect(doc.paths).toHaveProperty([fixed]);
    expect(Object.keys(doc.paths['/api/v1/public/products/{slug}/uses'])).toEqual(['post']);
  });
});
