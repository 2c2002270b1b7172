import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Response } from 'light-my-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/schema.js';
import { newId } from '../lib/ids.js';
import { buildCodebookXml, buildProjectQdpx } from '../modules/coding/refi/index.js';
import { BENEFICIARY_HEADER, beneficiaryCsv, csv, OPEN_DATA_HEADER } from '../modules/imports/samples.js';
import { type TestContext, testApp } from '../test/app.js';
import { loginAs, makeOrganisation, makeProject, makeUser, PASSWORD } from '../test/factories.js';
import { uploadForm } from '../test/upload.js';

// Every write operation of the API, called by every role, against a fresh copy of organisation
// A's data each time. The outcomes are README's "Who may do what" table, operation by operation:
// "ok" (a 2xx, and an audit entry by that user), 403 (the user sees it but may not change it) or
// 404 (another organisation's row: nobody learns it exists). Anything refused leaves no audit entry.

const ROLES = ['admin', 'analyst', 'coordA', 'coordB', 'participant'] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | 403 | 404;

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const now = () => new Date().toISOString();

interface World {
  orgA: string;
  users: Record<Role, string>;
}

/** Organisation A's project with one of everything, written straight into the database. */
async function fixture(db: Kysely<DB>, world: World) {
  const project = await makeProject(db, world.orgA, { status: 'running', start_date: day(-30), end_date: day(300) });
  const empty = await makeProject(db, world.orgA, { title: 'Leeg project' });
  const archivable = await makeOrganisation(db);
  const colleague = await makeUser(db, 'coordinator', world.orgA);
  const invitee = await makeUser(db, 'coordinator', world.orgA, { password_hash: '' });
  const id = () => newId();
  const f = {
    archivable: archivable.id,
    colleague: colleague.id,
    invitee: invitee.id,
    project: project.id,
    emptyProject: empty.id,
    activity: id(),
    partner: id(),
    product: id(),
    interviewee: id(),
    source: id(),
    agencySource: id(),
    segmentByCoordinator: id(),
    segmentByAnalyst: id(),
    codingByCoordinator: id(),
    codingByAnalyst: id(),
    elementActivity: id(),
    elementOutput: id(),
    elementOutcome: id(),
    link: id(),
    indicator: id(),
    participant: id(),
    respondent: id(),
    invitation: id(),
    orgBook: id(),
    orgCode: id(),
    orgCode2: id(),
    agencyBook: id(),
    agencyCode: id(),
    agencyCode2: id(),
    typologyCode: '',
    importJob: id(),
    dissemination: id(),
    use: id(),
    followUp: id(),
    followUpDay: id(),
    recognition: id(),
  };
  const at = now();
  const typology = await db
    .selectFrom('codes as k')
    .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
    .select('k.id')
    .where('b.key', '=', 'typology')
    .where('k.key', '=', 'PRO.language')
    .executeTakeFirstOrThrow();
  f.typologyCode = typology.id;
  await db
    .insertInto('activities')
    .values({
      id: f.activity,
      project_id: f.project,
      type: 'job_shadowing',
      title: 'Meelopen',
      description: null,
      destination_city: null,
      destination_country: 'ES',
      start_date: day(30),
      end_date: day(34),
      participant_count: 1,
      sort: 0,
    })
    .execute();
  await db
    .insertInto('project_partners')
    .values({ id: f.partner, project_id: f.project, name: 'Escuela', country: 'ES', city: null, role: 'host', sort: 0 })
    .execute();
  await db
    .insertInto('products')
    .values({
      id: f.product,
      project_id: f.project,
      title: 'Toolkit',
      kind: 'toolkit',
      description: null,
      url: null,
      public_slug: `toolkit-${f.product.slice(-12)}`,
      created_at: at,
    })
    .execute();
  await db.insertInto('interviewees').values({ id: f.interviewee, project_id: f.project, role: 'teacher', label: 'Juf Anna', description: null }).execute();
  await db
    .insertInto('sources')
    .values({
      id: f.source,
      project_id: f.project,
      kind: 'interview',
      title: 'Interview',
      content: 'Ik geef nu les in het Engels. Wij delen alles met het team.',
      language: 'nl',
      moment: 'T3',
      source_date: null,
      created_by: world.users.coordA,
      created_at: at,
    })
    .execute();
  // a text the agency itself added (its own case description): the only kind the NA admin may share with every organisation's suggestions
  await db
    .insertInto('sources')
    .values({
      id: f.agencySource,
      project_id: f.project,
      kind: 'report',
      title: 'Casusbeschrijving',
      content: 'De school deelt wat de docenten leerden met het hele team.',
      language: 'nl',
      moment: 'T3',
      source_date: null,
      created_by: world.users.admin,
      created_at: at,
    })
    .execute();
  await db.insertInto('source_interviewees').values({ source_id: f.source, interviewee_id: f.interviewee }).execute();
  const segment = (segmentId: string, by: string, start: number, end: number) => ({
    id: segmentId,
    source_id: f.source,
    start_offset: start,
    end_offset: end,
    text: 'Ik geef nu les in het Engels. Wij delen alles met het team.'.slice(start, end),
    interviewee_id: null,
    memo: null,
    is_quote: 0,
    created_by: by,
    created_at: at,
  });
  await db
    .insertInto('segments')
    .values([segment(f.segmentByCoordinator, world.users.coordA, 0, 29), segment(f.segmentByAnalyst, world.users.analyst, 30, 58)])
    .execute();
  const coding = (codingId: string, segmentId: string, by: string) => ({
    id: codingId,
    segment_id: segmentId,
    code_id: f.typologyCode,
    coder_id: by,
    polarity: null,
    created_at: at,
  });
  await db
    .insertInto('codings')
    .values([coding(f.codingByCoordinator, f.segmentByCoordinator, world.users.coordA), coding(f.codingByAnalyst, f.segmentByAnalyst, world.users.analyst)])
    .execute();
  const element = (elementId: string, layer: 'activity' | 'output' | 'outcome', title: string) => ({
    id: elementId,
    project_id: f.project,
    layer,
    title,
    description: null,
    sort: 0,
    created_at: at,
    updated_at: at,
  });
  await db
    .insertInto('impact_elements')
    .values([element(f.elementActivity, 'activity', 'Meelopen'), element(f.elementOutput, 'output', 'Lesplan'), element(f.elementOutcome, 'outcome', 'Engels')])
    .execute();
  await db
    .insertInto('impact_links')
    .values({ id: f.link, project_id: f.project, from_id: f.elementActivity, to_id: f.elementOutput, created_at: at })
    .execute();
  await db
    .insertInto('impact_indicators')
    .values({
      id: f.indicator,
      element_id: f.elementOutcome,
      typology_code: 'PRO.language',
      level: 'individual',
      target_text: 'Meer Engels',
      target_number: null,
      measured_by: 'both',
      moments: '["T0","T2"]',
      sort: 0,
      created_at: at,
    })
    .execute();
  await db
    .insertInto('participants')
    .values({
      id: f.participant,
      project_id: f.project,
      activity_id: f.activity,
      name: 'Anna de Vries',
      email: 'anna@school.test',
      role: 'teacher',
      locale: 'nl',
      start_date: null,
      end_date: null,
      status: 'selected',
      selection: '{}',
      pseudonym: `P${f.participant.slice(-10).toUpperCase()}`,
      created_at: at,
      updated_at: at,
      kind: 'participant',
    })
    .execute();
  await db
    .insertInto('participants')
    .values({
      id: f.respondent,
      project_id: f.project,
      activity_id: null,
      name: 'Cas Collega',
      email: 'cas@school.test',
      role: 'teacher',
      locale: 'nl',
      start_date: null,
      end_date: null,
      status: 'selected',
      selection: '{}',
      pseudonym: `P${f.respondent.slice(-10).toUpperCase()}`,
      created_at: at,
      updated_at: at,
      kind: 'comparison',
    })
    .execute();
  await db
    .insertInto('invitations')
    .values({
      id: f.invitation,
      project_id: f.project,
      participant_id: f.participant,
      moment: 'T0',
      day: '',
      instrument_id: null,
      due_at: `${day(16)}T09:00:00.000Z`,
      expires_at: `${day(44)}T09:00:00.000Z`,
      token_hash: null,
      status: 'scheduled',
      sent_at: null,
      reminders_sent: 0,
      last_sent_at: null,
      completed_at: null,
      claimed_by: null,
      claimed_until: null,
    })
    .execute();
  // after the project: a file on the product, a use of it with an address to ask one question, and one of each record
  await db
    .insertInto('product_files')
    .values({ product_id: f.product, file_name: 'toolkit.pdf', content_type: 'application/pdf', size: 4, content: 'JVBERg==', uploaded_at: at })
    .execute();
  await db
    .insertInto('product_uses')
    .values({
      id: f.use,
      product_id: f.product,
      project_id: f.project,
      organisation_type: 'school',
      country: 'BE',
      sector: 'po',
      how_used: 'In de les',
      recommend: 'yes',
      feedback: null,
      email: 'lezer@school.test',
      locale: 'nl',
      created_at: at,
    })
    .execute();
  await db
    .insertInto('disseminations')
    .values({
      id: f.dissemination,
      project_id: f.project,
      type: 'team_meeting',
      scope: 'internal',
      title: 'Teamvergadering',
      audience: 'Het team',
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('network_follow_ups')
    .values({
      id: f.followUp,
      project_id: f.project,
      type: 'lasting_contact',
      partner_id: f.partner,
      partner_name: 'Escuela',
      partner_kind: 'education',
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('follow_up_days')
    .values({
      id: f.followUpDay,
      project_id: f.project,
      activity_id: f.activity,
      date: day(400),
      start_time: '09:30',
      end_time: '15:00',
      place: 'Zwolle',
      agenda: '',
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('recognitions')
    .values({ id: f.recognition, project_id: f.project, participant_id: f.participant, type: 'certificate', created_at: at, updated_at: at })
    .execute();
  const book = (bookId: string, organisationId: string | null) => ({
    id: bookId,
    key: `book-${bookId.slice(-12)}`,
    kind: 'custom' as const,
    name_nl: 'Thema',
    name_en: 'Themes',
    organisation_id: organisationId,
    is_system: 0,
    created_at: at,
  });
  await db
    .insertInto('codebooks')
    .values([book(f.orgBook, world.orgA), book(f.agencyBook, null)])
    .execute();
  const code = (codeId: string, bookId: string, key: string) => ({
    id: codeId,
    codebook_id: bookId,
    key,
    parent_id: null,
    name_nl: key,
    name_en: key,
    description_nl: null,
    description_en: null,
    color: null,
    sort: 0,
    archived_at: null,
  });
  await db
    .insertInto('codes')
    .values([
      code(f.orgCode, f.orgBook, 'eerste'),
      code(f.orgCode2, f.orgBook, 'tweede'),
      code(f.agencyCode, f.agencyBook, 'een'),
      code(f.agencyCode2, f.agencyBook, 'twee'),
    ])
    .execute();
  // an upload of organisation A's Beneficiary Module export, waiting to be started; nobody's own
  // (created_by null), so that the background import writes no audit entry in anyone's name
  const importFile = path.join(importDir, `${f.importJob}.csv`);
  fs.writeFileSync(
    importFile,
    beneficiaryCsv([
      {
        project: '2016-1-NL01-KA101-000001',
        mobilityId: 'M1',
        activity: 'Job Shadowing',
        firstName: 'A',
        lastName: 'B',
        email: 'a@b.test',
        start: '2017-03-01',
        end: '2017-03-05',
      },
    ]),
  );
  await db
    .insertInto('import_jobs')
    .values({
      id: f.importJob,
      organisation_id: world.orgA,
      created_by: null,
      source: 'upload',
      file_name: 'mobiliteiten.csv',
      file_path: importFile,
      file_size: fs.statSync(importFile).size,
      format: 'beneficiary_module',
      encoding: 'utf-8',
      delimiter: ',',
      columns: JSON.stringify(BENEFICIARY_HEADER.map((column) => ({ column, field: null, index: null }))),
      mode: null,
      status: 'ready',
      rows_total: 0,
      rows_done: 0,
      rows_imported: 0,
      rows_bad: 0,
      rows_skipped: 0,
      bytes_done: 0,
      rows_per_second: null,
      seconds_left: null,
      counts: '{}',
      error_code: null,
      created_at: at,
      started_at: null,
      finished_at: null,
      updated_at: at,
    })
    .execute();
  return f;
}
type Fixture = Awaited<ReturnType<typeof fixture>>;

interface Operation {
  /** as the OpenAPI document names it */
  op: string;
  /** which of its rows or situations this line is about */
  on?: string;
  call: (f: Fixture, send: Send) => Promise<Response>;
  expect: Record<Role, Outcome>;
  /** false for the few writes that are the user's own business (their language) or reads sent as POST */
  audited?: boolean;
}
type Send = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) => Promise<Response>;

// who may: [admin, analyst, coordinator of A, coordinator of B, participant's account]
const ADMIN_ONLY = (others: 403 | 404): Record<Role, Outcome> => ({ admin: 'ok', analyst: 403, coordA: others, coordB: others, participant: others });
const ORGANISATION_DATA: Record<Role, Outcome> = { admin: 'ok', analyst: 403, coordA: 'ok', coordB: 404, participant: 404 };
const CODING: Record<Role, Outcome> = { admin: 'ok', analyst: 'ok', coordA: 'ok', coordB: 404, participant: 404 };
// importing the official data: the NA admin any format, a coordinator their organisation's Beneficiary Module export
const IMPORTS: Record<Role, Outcome> = { admin: 'ok', analyst: 403, coordA: 'ok', coordB: 404, participant: 403 };
const EVERYONE: Record<Role, Outcome> = { admin: 'ok', analyst: 'ok', coordA: 'ok', coordB: 'ok', participant: 'ok' };

const qdpx = () =>
  buildProjectQdpx({
    name: 'Elders gecodeerd',
    users: [],
    codebook: [],
    variables: [],
    cases: [],
    sources: [{ guid: newId(), name: 'Gesprek', text: 'Wij delen alles met het team.', selections: [] }],
  });
const qdc = buildCodebookXml([{ guid: newId(), name: 'thema: Thema', isCodable: true, children: [] }]);
const unique = () => newId().slice(-8);

const OPERATIONS: Operation[] = [
  // organisations
  {
    op: 'POST /api/v1/organisations',
    call: (_f, send) => send('POST', '/api/v1/organisations', { name: `School ${unique()}`, type: 'primary_school' }),
    expect: ADMIN_ONLY(403),
  },
  {
    op: 'PATCH /api/v1/organisations/{id}',
    call: (_f, send) => send('PATCH', `/api/v1/organisations/${world.orgA}`, { city: 'Deventer' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/organisations/{id}/archive',
    on: 'an organisation without running projects',
    call: (f, send) => send('POST', `/api/v1/organisations/${f.archivable}/archive`),
    expect: ADMIN_ONLY(404),
  },
  {
    op: 'POST /api/v1/organisations/{id}/restore',
    call: (_f, send) => send('POST', `/api/v1/organisations/${world.orgA}/restore`),
    expect: { admin: 'ok', analyst: 403, coordA: 403, coordB: 404, participant: 404 },
  },
  // projects and their parts
  {
    op: 'POST /api/v1/projects',
    call: (_f, send) => send('POST', '/api/v1/projects', { title: 'Nieuw', sector: 'po', keyAction: 'KA1', callYear: 2024, organisationId: world.orgA }),
    expect: { admin: 'ok', analyst: 403, coordA: 'ok', coordB: 'ok', participant: 403 },
  },
  { op: 'PATCH /api/v1/projects/{id}', call: (f, send) => send('PATCH', `/api/v1/projects/${f.project}`, { title: 'Anders' }), expect: ORGANISATION_DATA },
  { op: 'POST /api/v1/projects/{id}/archive', call: (f, send) => send('POST', `/api/v1/projects/${f.project}/archive`), expect: ORGANISATION_DATA },
  { op: 'POST /api/v1/projects/{id}/restore', call: (f, send) => send('POST', `/api/v1/projects/${f.project}/restore`), expect: ORGANISATION_DATA },
  {
    op: 'POST /api/v1/projects/{id}/partners',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/partners`, { name: 'Koulu', country: 'FI' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/partners/{childId}',
    call: (f, send) => send('PUT', `/api/v1/projects/${f.project}/partners/${f.partner}`, { name: 'Escuela', country: 'ES', role: 'host' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/projects/{id}/partners/{childId}',
    call: (f, send) => send('DELETE', `/api/v1/projects/${f.project}/partners/${f.partner}`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/activities',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/activities`, { type: 'study_visit', title: 'Studiereis' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/activities/{childId}',
    call: (f, send) => send('PUT', `/api/v1/projects/${f.project}/activities/${f.activity}`, { type: 'job_shadowing', title: 'Meelopen in Madrid' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/projects/{id}/activities/{childId}',
    call: (f, send) => send('DELETE', `/api/v1/projects/${f.project}/activities/${f.activity}`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/products',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/products`, { title: 'Handreiking', kind: 'guide' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/products/{childId}',
    call: (f, send) => send('PUT', `/api/v1/projects/${f.project}/products/${f.product}`, { title: 'Toolkit 2', kind: 'toolkit' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/projects/{id}/products/{childId}',
    call: (f, send) => send('DELETE', `/api/v1/projects/${f.project}/products/${f.product}`),
    expect: ORGANISATION_DATA,
  },
  // the impact model and the readiness check
  {
    op: 'POST /api/v1/projects/{id}/impact-model/elements',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/impact-model/elements`, { layer: 'impact', title: 'Europa' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PATCH /api/v1/projects/{id}/impact-model/elements/{elementId}',
    call: (f, send) => send('PATCH', `/api/v1/projects/${f.project}/impact-model/elements/${f.elementOutput}`, { title: 'Lesplannen' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/projects/{id}/impact-model/elements/{elementId}',
    call: (f, send) => send('DELETE', `/api/v1/projects/${f.project}/impact-model/elements/${f.elementOutput}`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/impact-model/order',
    call: (f, send) => send('PUT', `/api/v1/projects/${f.project}/impact-model/order`, { layer: 'activity', ids: [f.elementActivity] }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/impact-model/links',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/impact-model/links`, { fromId: f.elementOutput, toId: f.elementOutcome }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/projects/{id}/impact-model/links/{linkId}',
    call: (f, send) => send('DELETE', `/api/v1/projects/${f.project}/impact-model/links/${f.link}`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/impact-model/elements/{elementId}/indicators',
    call: (f, send) =>
      send('POST', `/api/v1/projects/${f.project}/impact-model/elements/${f.elementOutcome}/indicators`, {
        typologyCode: 'ORG.shared',
        level: 'organisation',
        targetText: 'Gedeeld',
        measuredBy: 'evidence',
        moments: ['T2'],
      }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/impact-model/elements/{elementId}/indicators/{indicatorId}',
    call: (f, send) =>
      send('PUT', `/api/v1/projects/${f.project}/impact-model/elements/${f.elementOutcome}/indicators/${f.indicator}`, {
        typologyCode: 'PRO.language',
        level: 'individual',
        targetText: 'Veel meer Engels',
        measuredBy: 'both',
        moments: ['T0', 'T2'],
      }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/projects/{id}/impact-model/elements/{elementId}/indicators/{indicatorId}',
    call: (f, send) => send('DELETE', `/api/v1/projects/${f.project}/impact-model/elements/${f.elementOutcome}/indicators/${f.indicator}`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/impact-model/template',
    call: (f, send) => send('POST', `/api/v1/projects/${f.emptyProject}/impact-model/template`, { template: 'ka1_mobility', lang: 'nl' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/readiness/{phase}',
    call: (f, send) => send('PUT', `/api/v1/projects/${f.project}/readiness/before`, { answers: { management_support: 4 } }),
    expect: ORGANISATION_DATA,
  },
  // sources and interviewees: the organisation's data, never the analysts'
  {
    op: 'POST /api/v1/projects/{id}/sources',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/sources`, { title: 'Notitie', language: 'nl', content: 'Wij delen.' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/sources/upload',
    call: (f, send) =>
      send('POST', `/api/v1/projects/${f.project}/sources/upload`, uploadForm({ name: 'notitie.txt', content: 'Wij delen.' }, { language: 'nl' })),
    expect: ORGANISATION_DATA,
  },
  { op: 'PATCH /api/v1/sources/{sourceId}', call: (f, send) => send('PATCH', `/api/v1/sources/${f.source}`, { title: 'Gesprek' }), expect: ORGANISATION_DATA },
  {
    op: 'PATCH /api/v1/sources/{sourceId}',
    on: "sharing the organisation's own source with every organisation's suggestions",
    call: (f, send) => send('PATCH', `/api/v1/sources/${f.source}`, { agencyShared: true }),
    expect: { admin: 403, analyst: 403, coordA: 403, coordB: 404, participant: 404 },
  },
  {
    op: 'PATCH /api/v1/sources/{sourceId}',
    on: "sharing a source the agency added with every organisation's suggestions",
    call: (f, send) => send('PATCH', `/api/v1/sources/${f.agencySource}`, { agencyShared: true }),
    expect: { admin: 'ok', analyst: 403, coordA: 403, coordB: 404, participant: 404 },
  },
  { op: 'DELETE /api/v1/sources/{sourceId}', call: (f, send) => send('DELETE', `/api/v1/sources/${f.source}`), expect: ORGANISATION_DATA },
  {
    op: 'POST /api/v1/projects/{id}/interviewees',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/interviewees`, { role: 'manager', label: 'Directeur' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/interviewees/{childId}',
    call: (f, send) => send('PUT', `/api/v1/projects/${f.project}/interviewees/${f.interviewee}`, { role: 'teacher', label: 'Juf Anna B.' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/projects/{id}/interviewees/{childId}',
    call: (f, send) => send('DELETE', `/api/v1/projects/${f.project}/interviewees/${f.interviewee}`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/import/qdpx',
    call: async (f, send) =>
      send('POST', `/api/v1/projects/${f.project}/import/qdpx`, uploadForm({ name: 'elders.qdpx', content: new Uint8Array(await qdpx()) })),
    expect: ORGANISATION_DATA,
  },
  // coding: the agency codes in every project
  {
    op: 'POST /api/v1/sources/{sourceId}/segments',
    call: (f, send) => send('POST', `/api/v1/sources/${f.source}/segments`, { start: 3, end: 7, codings: [{ codeId: f.typologyCode }] }),
    expect: CODING,
  },
  {
    op: 'PATCH /api/v1/segments/{segmentId}',
    on: "a coordinator's segment",
    call: (f, send) => send('PATCH', `/api/v1/segments/${f.segmentByCoordinator}`, { isQuote: true }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PATCH /api/v1/segments/{segmentId}',
    on: "the analyst's own segment",
    call: (f, send) => send('PATCH', `/api/v1/segments/${f.segmentByAnalyst}`, { memo: 'delen' }),
    expect: CODING,
  },
  {
    op: 'DELETE /api/v1/segments/{segmentId}',
    on: "a coordinator's segment",
    call: (f, send) => send('DELETE', `/api/v1/segments/${f.segmentByCoordinator}`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/segments/{segmentId}',
    on: "the analyst's own segment",
    call: (f, send) => send('DELETE', `/api/v1/segments/${f.segmentByAnalyst}`),
    expect: CODING,
  },
  {
    op: 'POST /api/v1/segments/{segmentId}/codings',
    call: (f, send) => send('POST', `/api/v1/segments/${f.segmentByCoordinator}/codings`, { codeId: f.orgCode }),
    expect: CODING,
  },
  {
    op: 'DELETE /api/v1/codings/{codingId}',
    on: "the coordinator's coding",
    call: (f, send) => send('DELETE', `/api/v1/codings/${f.codingByCoordinator}`),
    expect: { admin: 'ok', analyst: 403, coordA: 'ok', coordB: 404, participant: 404 },
  },
  {
    op: 'DELETE /api/v1/codings/{codingId}',
    on: "the analyst's coding",
    call: (f, send) => send('DELETE', `/api/v1/codings/${f.codingByAnalyst}`),
    expect: { admin: 'ok', analyst: 'ok', coordA: 403, coordB: 404, participant: 404 },
  },
  {
    op: 'POST /api/v1/coding/suggest',
    call: (_f, send) => send('POST', '/api/v1/coding/suggest', { text: 'Wij delen alles.', lang: 'nl' }),
    // a participant codes nothing and has no suggestions to learn from
    expect: { admin: 'ok', analyst: 'ok', coordA: 'ok', coordB: 'ok', participant: 403 },
    audited: false,
  },
  // codebooks: the agency's are shared and the agency's to change, an organisation's its own
  {
    op: 'POST /api/v1/codebooks',
    call: (_f, send) => send('POST', '/api/v1/codebooks', { key: `boek-${unique()}`, nl: 'Boek', en: 'Book' }),
    expect: { admin: 'ok', analyst: 'ok', coordA: 'ok', coordB: 'ok', participant: 403 },
  },
  {
    op: 'POST /api/v1/codebooks/import',
    call: (_f, send) =>
      send('POST', '/api/v1/codebooks/import', uploadForm({ name: 'thema.qdc', content: qdc }, { key: `qdc-${unique()}`, nl: 'Thema', en: 'Theme' })),
    expect: { admin: 'ok', analyst: 'ok', coordA: 'ok', coordB: 'ok', participant: 403 },
  },
  {
    op: 'POST /api/v1/codebooks/{id}/codes',
    on: "an organisation's codebook",
    call: (f, send) => send('POST', `/api/v1/codebooks/${f.orgBook}/codes`, { key: 'derde', nl: 'Derde', en: 'Third' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/codebooks/{id}/codes',
    on: "the agency's codebook",
    call: (f, send) => send('POST', `/api/v1/codebooks/${f.agencyBook}/codes`, { key: 'drie', nl: 'Drie', en: 'Three' }),
    expect: { admin: 'ok', analyst: 'ok', coordA: 403, coordB: 403, participant: 403 },
  },
  {
    op: 'PATCH /api/v1/codes/{codeId}',
    on: "an organisation's codebook",
    call: (f, send) => send('PATCH', `/api/v1/codes/${f.orgCode}`, { en: 'First' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PATCH /api/v1/codes/{codeId}',
    on: "the agency's codebook",
    call: (f, send) => send('PATCH', `/api/v1/codes/${f.agencyCode}`, { en: 'One' }),
    expect: { admin: 'ok', analyst: 'ok', coordA: 403, coordB: 403, participant: 403 },
  },
  {
    op: 'PATCH /api/v1/codes/{codeId}',
    on: 'the typology',
    call: (f, send) => send('PATCH', `/api/v1/codes/${f.typologyCode}`, { color: '#1864ab' }),
    expect: { admin: 'ok', analyst: 403, coordA: 403, coordB: 403, participant: 403 },
  },
  { op: 'POST /api/v1/codes/{codeId}/archive', call: (f, send) => send('POST', `/api/v1/codes/${f.orgCode}/archive`), expect: ORGANISATION_DATA },
  { op: 'POST /api/v1/codes/{codeId}/restore', call: (f, send) => send('POST', `/api/v1/codes/${f.orgCode}/restore`), expect: ORGANISATION_DATA },
  {
    op: 'POST /api/v1/codes/{codeId}/merge',
    call: (f, send) => send('POST', `/api/v1/codes/${f.agencyCode}/merge`, { intoCodeId: f.agencyCode2 }),
    expect: { admin: 'ok', analyst: 'ok', coordA: 403, coordB: 403, participant: 403 },
  },
  { op: 'DELETE /api/v1/codes/{codeId}', call: (f, send) => send('DELETE', `/api/v1/codes/${f.orgCode2}`), expect: ORGANISATION_DATA },
  // participants and questionnaires
  {
    op: 'POST /api/v1/projects/{id}/participants',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/participants`, { name: 'Bo', email: `bo-${unique()}@school.test`, role: 'teacher' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/participants/{childId}',
    call: (f, send) =>
      send('PUT', `/api/v1/projects/${f.project}/participants/${f.participant}`, {
        name: 'Anna',
        email: 'anna@school.test',
        role: 'teacher',
        status: 'withdrawn',
      }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/participants/import',
    call: (f, send) =>
      send('POST', `/api/v1/projects/${f.project}/participants/import`, uploadForm({ name: 'lijst.csv', content: 'naam,e-mail\nCor,cor@school.test\n' })),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/invitations/{invitationId}/resend',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/invitations/${f.invitation}/resend`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/participants/{childId}/moments/{moment}/send',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/participants/${f.participant}/moments/T2/send`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/respondents',
    call: (f, send) =>
      send('POST', `/api/v1/projects/${f.project}/respondents`, { kind: 'comparison', name: 'Dirk', email: `dirk-${unique()}@school.test`, role: 'teacher' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/respondents/{childId}',
    call: (f, send) =>
      send('PUT', `/api/v1/projects/${f.project}/respondents/${f.respondent}`, {
        kind: 'comparison',
        name: 'Cas',
        email: 'cas@school.test',
        role: 'teacher',
        status: 'withdrawn',
      }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/respondents/{childId}/moments/{moment}/send',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/respondents/${f.respondent}/moments/T1/send`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/questionnaire-settings',
    call: (f, send) =>
      send('PUT', `/api/v1/projects/${f.project}/questionnaire-settings`, { moments: [{ moment: 'T2', enabled: false, anchor: 'end', offsetDays: 365 }] }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/instruments/{moment}/versions',
    call: (_f, send) =>
      send('POST', '/api/v1/instruments/T3/versions', {
        titleNl: 'Terugblik',
        titleEn: 'Looking back',
        items: [{ key: 'open.change', kind: 'open', nl: 'Wat doet u nu anders?', en: 'What do you do differently now?' }],
      }),
    expect: ADMIN_ONLY(403),
  },
  // importing the official Erasmus+ data
  {
    op: 'POST /api/v1/imports',
    on: 'a Beneficiary Module export',
    call: (_f, send) => send('POST', '/api/v1/imports', uploadForm({ name: 'export.csv', content: csv(BENEFICIARY_HEADER, []) })),
    expect: { admin: 'ok', analyst: 403, coordA: 'ok', coordB: 'ok', participant: 403 },
  },
  {
    op: 'POST /api/v1/imports',
    on: 'an open-data file',
    call: (_f, send) => send('POST', '/api/v1/imports', uploadForm({ name: 'open-data.csv', content: csv(OPEN_DATA_HEADER, []) })),
    expect: { admin: 'ok', analyst: 403, coordA: 403, coordB: 403, participant: 403 },
  },
  {
    op: 'POST /api/v1/imports/{id}/start',
    call: (f, send) => send('POST', `/api/v1/imports/${f.importJob}/start`, { mode: 'nothing' }),
    expect: IMPORTS,
  },
  { op: 'DELETE /api/v1/imports/{id}', call: (f, send) => send('DELETE', `/api/v1/imports/${f.importJob}`), expect: IMPORTS },
  // reports: the Agency's case chapters and cross-case analysis are its staff's; a project's report whoever sees the project
  {
    op: 'POST /api/v1/reports',
    on: 'case chapters',
    call: (f, send) => send('POST', '/api/v1/reports', { kind: 'case', projectIds: [f.project], lang: 'nl', format: 'html' }),
    expect: { admin: 'ok', analyst: 'ok', coordA: 403, coordB: 403, participant: 403 },
  },
  {
    op: 'POST /api/v1/reports',
    on: 'a project impact report',
    call: (f, send) => send('POST', '/api/v1/reports', { kind: 'project', projectIds: [f.project], lang: 'en', format: 'pdf' }),
    expect: { admin: 'ok', analyst: 'ok', coordA: 'ok', coordB: 404, participant: 404 },
  },
  {
    op: 'POST /api/v1/reports/narratives',
    call: (_f, send) => send('POST', '/api/v1/reports/narratives', { kind: 'case', organisationId: world.orgA, lang: 'nl', sections: { intro: 'Inleiding.' } }),
    expect: { admin: 'ok', analyst: 'ok', coordA: 403, coordB: 403, participant: 403 },
  },
  // accounts: the NA admin everyone's, a coordinator their own organisation's coordinators
  {
    op: 'POST /api/v1/users',
    call: (_f, send) =>
      send('POST', '/api/v1/users', {
        email: `collega-${unique()}@school.test`,
        name: 'Collega',
        role: 'coordinator',
        organisationId: world.orgA,
        locale: 'nl',
      }),
    expect: { admin: 'ok', analyst: 403, coordA: 'ok', coordB: 404, participant: 403 },
  },
  {
    op: 'PATCH /api/v1/users/{id}',
    on: 'deactivating a coordinator',
    call: (f, send) => send('PATCH', `/api/v1/users/${f.colleague}`, { active: false }),
    expect: { admin: 'ok', analyst: 403, coordA: 'ok', coordB: 404, participant: 403 },
  },
  {
    op: 'PATCH /api/v1/users/{id}',
    on: "a coordinator made one of the agency's analysts",
    call: (f, send) => send('PATCH', `/api/v1/users/${f.colleague}`, { role: 'na_analyst' }),
    expect: { admin: 'ok', analyst: 403, coordA: 403, coordB: 404, participant: 403 },
  },
  {
    op: 'POST /api/v1/users/{id}/invitation',
    call: (f, send) => send('POST', `/api/v1/users/${f.invitee}/invitation`),
    expect: { admin: 'ok', analyst: 403, coordA: 'ok', coordB: 404, participant: 403 },
  },
  {
    op: 'PUT /api/v1/auth/me/password',
    call: (_f, send) => send('PUT', '/api/v1/auth/me/password', { currentPassword: PASSWORD, newPassword: 'zeven blauwe fietsen onder de brug' }),
    expect: EVERYONE,
  },
  // after the project: the project's own records, changed by whoever may change the project
  {
    op: 'PUT /api/v1/projects/{id}/products/{childId}/file',
    call: (f, send) => send('PUT', `/api/v1/projects/${f.project}/products/${f.product}/file`, uploadForm({ name: 'toolkit.pdf', content: '%PDF-1.4' })),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/projects/{id}/products/{childId}/file',
    call: (f, send) => send('DELETE', `/api/v1/projects/${f.project}/products/${f.product}/file`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/product-uses/{childId}/reply',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/product-uses/${f.use}/reply`, { text: 'In welke klas?' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/disseminations',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/disseminations`, { type: 'newsletter', title: 'Nieuwsbrief', audience: 'Ouders' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/disseminations/{childId}',
    call: (f, send) =>
      send('PUT', `/api/v1/projects/${f.project}/disseminations/${f.dissemination}`, { type: 'team_meeting', title: 'Studiemiddag', audience: 'Het team' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/projects/{id}/disseminations/{childId}',
    call: (f, send) => send('DELETE', `/api/v1/projects/${f.project}/disseminations/${f.dissemination}`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/participant-updates',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/participant-updates`, { subject: 'Nieuws', body: 'Het lesplan is klaar.' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/network-follow-ups',
    call: (f, send) =>
      send('POST', `/api/v1/projects/${f.project}/network-follow-ups`, { type: 'counter_visit', partnerId: f.partner, partnerKind: 'education' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/network-follow-ups/{childId}',
    call: (f, send) =>
      send('PUT', `/api/v1/projects/${f.project}/network-follow-ups/${f.followUp}`, {
        type: 'new_project',
        partnerName: 'Gemeente Zwolle',
        partnerKind: 'government',
      }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/projects/{id}/network-follow-ups/{childId}',
    call: (f, send) => send('DELETE', `/api/v1/projects/${f.project}/network-follow-ups/${f.followUp}`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/follow-up-days',
    call: (f, send) =>
      send('POST', `/api/v1/projects/${f.project}/follow-up-days`, { activityId: f.activity, startTime: '10:00', endTime: '16:00', place: 'Zwolle' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/follow-up-days/{childId}',
    call: (f, send) =>
      send('PUT', `/api/v1/projects/${f.project}/follow-up-days/${f.followUpDay}`, { date: day(401), startTime: '09:00', endTime: '12:00', place: 'Deventer' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/projects/{id}/follow-up-days/{childId}',
    call: (f, send) => send('DELETE', `/api/v1/projects/${f.project}/follow-up-days/${f.followUpDay}`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/follow-up-days/{childId}/invitations',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/follow-up-days/${f.followUpDay}/invitations`),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/follow-up-days/{childId}/record',
    call: (f, send) =>
      send('PUT', `/api/v1/projects/${f.project}/follow-up-days/${f.followUpDay}/record`, { attended: [f.participant], presented: 'Het lesplan' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'POST /api/v1/projects/{id}/recognitions',
    call: (f, send) => send('POST', `/api/v1/projects/${f.project}/recognitions`, { participantId: f.participant, type: 'development_plan' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'PUT /api/v1/projects/{id}/recognitions/{childId}',
    call: (f, send) => send('PUT', `/api/v1/projects/${f.project}/recognitions/${f.recognition}`, { participantId: f.participant, type: 'new_task' }),
    expect: ORGANISATION_DATA,
  },
  {
    op: 'DELETE /api/v1/projects/{id}/recognitions/{childId}',
    call: (f, send) => send('DELETE', `/api/v1/projects/${f.project}/recognitions/${f.recognition}`),
    expect: ORGANISATION_DATA,
  },
  { op: 'PUT /api/v1/auth/me/locale', call: (_f, send) => send('PUT', '/api/v1/auth/me/locale', { locale: 'en' }), expect: EVERYONE, audited: false },
];

// signing in and out (ending one's own sessions too), the links in account e-mails, answering by
// personal link and reporting the use of a product on its public page are not a role's: they are
// tested where they live
const NOT_BY_ROLE = [
  'POST /api/v1/public/products/{slug}/uses',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'DELETE /api/v1/auth/me/sessions',
  'DELETE /api/v1/auth/me/sessions/{id}',
  'POST /api/v1/auth/accept-invitation',
  'POST /api/v1/auth/password-reset',
  'POST /api/v1/auth/password-reset/confirm',
  'PUT /api/v1/survey/{token}/answers',
  'PATCH /api/v1/survey/{token}/answers',
  'POST /api/v1/survey/{token}/submit',
  'PUT /api/v1/survey/{token}/goals',
];

let world: World;
let importDir: string;

describe('who may do what: every write operation for every role', () => {
  let t: TestContext;
  const cookies = {} as Record<Role, string>;
  beforeAll(async () => {
    importDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-access-'));
    t = await testApp({ imports: { dir: importDir } });
    const db = t.database.db;
    const orgA = await makeOrganisation(db, { name: 'Basisschool Alfa' });
    const orgB = await makeOrganisation(db, { name: 'College Beta', type: 'vet_college', sector: 'mbo' });
    const users = {
      admin: await makeUser(db, 'na_admin'),
      analyst: await makeUser(db, 'na_analyst'),
      coordA: await makeUser(db, 'coordinator', orgA.id),
      coordB: await makeUser(db, 'coordinator', orgB.id),
      participant: await makeUser(db, 'participant'),
    };
    world = { orgA: orgA.id, users: Object.fromEntries(ROLES.map((r) => [r, users[r].id])) as Record<Role, string> };
    for (const role of ROLES) cookies[role] = await loginAs(t.app, users[role].email);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(importDir, { recursive: true, force: true });
  });

  it('covers every write operation of the API', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const writes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => m !== 'get')
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const covered = new Set([...OPERATIONS.map((o) => o.op), ...NOT_BY_ROLE]);
    expect(writes.filter((w) => !covered.has(w))).toEqual([]);
  });

  for (const operation of OPERATIONS) {
    it(`${operation.op}${operation.on ? ` (${operation.on})` : ''}`, async () => {
      const db = t.database.db;
      const outcomes = {} as Record<Role, Outcome | string>;
      for (const role of ROLES) {
        const f = await fixture(db, world);
        const before = await countAudit(db, world.users[role]);
        const send: Send = (method, url, payload) =>
          t.app.inject({ method, url, headers: { cookie: cookies[role] }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
        const res = await operation.call(f, send);
        const audited = (await countAudit(db, world.users[role])) - before;
        const outcome: Outcome | string =
          res.statusCode < 300 ? 'ok' : res.statusCode === 403 || res.statusCode === 404 ? res.statusCode : `${res.statusCode} ${res.body}`;
        outcomes[role] = outcome;
        // every change leaves an audit entry by its author, in its transaction; a refusal leaves none
        if (outcome === 'ok' && operation.audited !== false) expect(audited, `${role}: audit entries`).toBeGreaterThan(0);
        if (outcome !== 'ok') expect(audited, `${role}: audit entries`).toBe(0);
      }
      expect(outcomes).toEqual(operation.expect);
    });
  }
});

const countAudit = (db: Kysely<DB>, actorId: string) =>
  db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('actor_id', '=', actorId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
