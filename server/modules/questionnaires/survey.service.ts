import { randomBytes } from 'node:crypto';
import type { Insertable } from 'kysely';
import { z } from 'zod';
import type { AnswersInput, InstrumentInput, InstrumentView, LearningGoalsInput, LearningGoalsView, SurveyView } from '../../../shared/questionnaires.js';
import type { Locale, Moment } from '../../../shared/reference.js';
import { parseJson, toJson } from '../../db/json.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, requireActor, requireAdmin } from '../../http/access.js';
import { AppError, invalid } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { type Sheet, toCsv, toXlsx } from '../../lib/spreadsheet.js';
import { recordAudit } from '../audit/audit.service.js';
import { addAnswersSource } from '../coding/coding.service.js';
import { projectTitleOf, requireVisibleProject } from '../projects/projects.service.js';
import { hashToken } from './links.js';
import { momentSettings } from './participants.service.js';
import { isAccountMail, presentAccountLinks } from '../users/links.js';
import * as q from './questionnaires.queries.js';

type Invitation = DB['invitations'];
type Answers = Record<string, number | string>;

/** The answers column: item key -> a scale value or an open answer. */
const answersJson = z.record(z.string(), z.union([z.number(), z.string()]));
const answersOf = (row: { answers: string }): Answers => parseJson(answersJson, row.answers, 'responses.answers');

/** The invitation behind a personal link; an unknown link is 404, a closed one 410 with the reason. */
async function requireInvitation(deps: Deps, token: string, forWriting: boolean): Promise<Invitation> {
  const inv = await q.findInvitationByTokenHash(deps.db, hashToken(token));
  if (!inv) throw new AppError('not_found', 'survey.not_found');
  if (inv.status === 'cancelled') throw new AppError('gone', 'survey.cancelled');
  if (inv.status !== 'completed' && (inv.status === 'expired' || inv.expires_at <= deps.clock().toISOString())) throw new AppError('gone', 'survey.expired');
  if (forWriting && inv.status === 'completed') throw new AppError('conflict', 'survey.already_submitted');
  return inv;
}

async function instrumentFor(deps: Deps, inv: Invitation) {
  // a response keeps the version it started with; a new invitation takes the latest published one
  const instrument = inv.instrument_id ? await q.findInstrument(deps.db, inv.instrument_id) : await q.findLatestInstrument(deps.db, inv.moment);
  if (!instrument) throw new AppError('not_found', 'survey.not_found');
  return { instrument, items: await q.listItems(deps.db, instrument.id) };
}

export async function getSurvey(deps: Deps, token: string, lang?: Locale): Promise<SurveyView> {
  const inv = await requireInvitation(deps, token, false);
  const participant = await requireParticipant(deps, inv);
  const projectTitle = await projectTitleOf(deps, inv.project_id);
  const { instrument, items } = await instrumentFor(deps, inv);
  const locale = lang ?? participant.locale;
  const response = await q.findResponseOfInvitation(deps.db, inv.id);
  return {
    moment: inv.moment,
    day: inv.day,
    locale,
    projectTitle,
    title: locale === 'nl' ? instrument.title_nl : instrument.title_en,
    intro: locale === 'nl' ? instrument.intro_nl : instrument.intro_en,
    items: items.map((i) => ({
      key: i.key,
      kind: i.kind,
      text: locale === 'nl' ? i.text_nl : i.text_en,
      required: i.required === 1,
    })),
    answers: response ? answersOf(response) : {},
    submittedAt: response?.submitted_at ?? null,
    expiresAt: inv.expires_at,
  };
}

/** The participant of an invitation; the row outlives every link to it. */
async function requireParticipant(deps: Deps, inv: Invitation) {
  const participant = await q.findParticipantById(deps.db, inv.participant_id);
  if (!participant) throw new AppError('not_found', 'survey.not_found');
  return participant;
}

function cleanAnswers(items: DB['instrument_items'][], answers: AnswersInput['answers']) {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const clean: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    const item = byKey.get(key);
    if (!item) throw invalid(`answers.${key}`, 'survey.unknown_item');
    if (value === null || value === '') continue;
    const scale = item.kind !== 'open';
    if (scale && typeof value !== 'number') throw invalid(`answers.${key}`, 'validation.scale');
    if (!scale && typeof value !== 'string') throw invalid(`answers.${key}`, 'validation.invalid');
    clean[key] = typeof value === 'string' ? value.trim() : value;
  }
  return clean;
}

async function ensureResponse(deps: Deps, inv: Invitation) {
  const existing = await q.findResponseOfInvitation(deps.db, inv.id);
  if (existing) return existing;
  const { instrument } = await instrumentFor(deps, inv);
  const participant = await requireParticipant(deps, inv);
  const settings = await momentSettings(deps, inv.project_id);
  const row: Insertable<DB['responses']> = {
    id: newId(),
    invitation_id: inv.id,
    project_id: inv.project_id,
    // anonymous mode: a fresh code per response, so answers cannot be linked to a name or to each other
    respondent: settings.anonymous ? `A${randomBytes(6).toString('hex').toUpperCase()}` : participant.pseudonym,
    moment: inv.moment,
    instrument_id: instrument.id,
    answers: '{}',
    respondent_group: 'participant',
    saved_at: deps.clock().toISOString(),
    submitted_at: null,
  };
  try {
    await q.insertResponse(deps.db, row);
    await q.updateInvitation(deps.db, inv.id, { instrument_id: instrument.id });
  } catch {
    // a second tab created it at the same moment: use theirs
  }
  return (await q.findResponseOfInvitation(deps.db, inv.id))!;
}

export async function saveAnswers(deps: Deps, token: string, input: AnswersInput): Promise<SurveyView> {
  const inv = await requireInvitation(deps, token, true);
  const { items } = await instrumentFor(deps, inv);
  const response = await ensureResponse(deps, inv);
  const given = cleanAnswers(items, input.answers);
  const cleared = Object.entries(input.answers)
    .filter(([, v]) => v === null || v === '')
    .map(([k]) => k);
  const merged = { ...answersOf(response), ...given };
  for (const k of cleared) delete merged[k];
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const result = await q.saveDraft(trx, response.id, toJson(merged), now);
    if (result.numUpdatedRows === 0n) throw new AppError('conflict', 'survey.already_submitted');
    await q.saveItemAnswers(trx, response.id, given, cleared, now);
  });
  return getSurvey(deps, token);
}

/** Submits once; the open answers become a qualitative source of the project, under the pseudonym. */
export async function submitAnswers(deps: Deps, token: string, input: AnswersInput): Promise<SurveyView> {
  const inv = await requireInvitation(deps, token, true);
  const { items } = await instrumentFor(deps, inv);
  const response = await ensureResponse(deps, inv);
  const answers = { ...answersOf(response), ...cleanAnswers(items, input.answers) };
  const missing = items.filter((i) => i.required === 1 && (answers[i.key] === undefined || answers[i.key] === ''));
  if (missing.length)
    throw new AppError(
      'invalid_input',
      'invalid_input',
      missing.map((i) => ({ path: `answers.${i.key}`, message: 'validation.required' })),
    );
  const now = deps.clock().toISOString();
  const participant = await requireParticipant(deps, inv);
  await deps.db.transaction().execute(async (trx) => {
    // the rows first: the analytics count a response from the moment it is submitted, with all its answers
    await q.saveItemAnswers(trx, response.id, answers, [], now);
    const result = await q.submitOnce(trx, response.id, toJson(answers), now);
    if (result.numUpdatedRows === 0n) throw new AppError('conflict', 'survey.already_submitted');
    await q.updateInvitation(trx, inv.id, { status: 'completed', completed_at: now });
    const open = items.filter((i) => i.kind === 'open' && typeof answers[i.key] === 'string' && answers[i.key]);
    if (open.length) {
      const nl = participant.locale === 'nl';
      const content = open.map((i) => `${nl ? i.text_nl : i.text_en}\n${answers[i.key]}`).join('\n\n');
      const title = `${response.respondent} · ${inv.moment}${inv.day ? ` ${inv.day}` : ''} · ${nl ? 'open antwoorden' : 'open answers'} (${open.map((i) => i.key).join(', ')})`;
      // the source belongs to the coding module: it writes it, in this transaction
      await addAnswersSource({ ...deps, db: trx }, inv.project_id, {
        kind: inv.moment === 'D' ? 'reflection' : 'open_answer',
        title,
        content,
        language: nl ? 'nl' : 'en',
        moment: inv.moment,
        sourceDate: now.slice(0, 10),
      });
    }
  });
  return getSurvey(deps, token);
}

/** The participant's own answers to the state items at every moment so far: their change, not guessed. */
export async function myHistory(deps: Deps, token: string) {
  const inv = await requireInvitation(deps, token, false);
  const settings = await momentSettings(deps, inv.project_id);
  if (settings.anonymous) return { anonymous: true, moments: [] };
  const participant = await requireParticipant(deps, inv);
  const responses = await q.listSubmittedOfRespondent(deps.db, inv.project_id, participant.pseudonym);
  return {
    anonymous: false,
    moments: responses.filter((r) => r.moment !== 'D').map((r) => ({ moment: r.moment, submittedAt: r.submitted_at ?? r.saved_at, answers: answersOf(r) })),
  };
}

// --- for the coordinator --------------------------------------------------------------------

export async function dailyReflections(deps: Deps, actorOrNull: Actor | null, projectId: string, day: string) {
  const actor = requireActor(actorOrNull);
  await requireVisibleProject(deps, actor, projectId);
  const rows = await q.listDailyReflections(deps.db, projectId, day);
  return rows.map((r) => ({
    respondent: r.respondent,
    submittedAt: r.submitted_at ?? '',
    answers: Object.fromEntries(Object.entries(answersOf(r)).map(([k, v]) => [k, String(v)])),
  }));
}

export async function exportResponses(deps: Deps, actorOrNull: Actor | null, projectId: string, format: 'csv' | 'xlsx') {
  const actor = requireActor(actorOrNull);
  const project = await requireVisibleProject(deps, actor, projectId);
  const responses = (await q.listResponsesOfProject(deps.db, projectId)).filter((r) => r.submitted_at).map((r) => ({ ...r, answers: answersOf(r) }));
  const keys = [...new Set(responses.flatMap((r) => Object.keys(r.answers)))].sort();
  const sheet: Sheet = {
    name: 'Responses',
    header: ['respondent', 'moment', 'submitted_at', ...keys],
    rows: responses.map((r) => [r.respondent, r.moment, r.submitted_at, ...keys.map((k) => r.answers[k] ?? null)]),
  };
  // a read of personal answers leaves a trace; nothing else is written
  await recordAudit(deps.db, deps, {
    actorId: actor.id,
    organisationId: project.organisation_id,
    action: 'responses.export',
    entity: 'project',
    entityId: projectId,
    details: { format },
  });
  return format === 'csv'
    ? { body: Buffer.from(toCsv(sheet), 'utf8'), type: 'text/csv; charset=utf-8', filename: 'responses.csv' }
    : { body: await toXlsx([sheet]), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: 'responses.xlsx' };
}

// --- instrument library (NA admin) ------------------------------------------------------------

function instrumentView(row: DB['instruments'], items: DB['instrument_items'][]): InstrumentView {
  return {
    id: row.id,
    moment: row.moment,
    version: row.version,
    titleNl: row.title_nl,
    titleEn: row.title_en,
    introNl: row.intro_nl,
    introEn: row.intro_en,
    publishedAt: row.published_at,
    items: items.map((i) => ({
      id: i.id,
      key: i.key,
      kind: i.kind,
      typologyCode: i.typology_code,
      factorCode: i.factor_code,
      nl: i.text_nl,
      en: i.text_en,
      required: i.required === 1,
    })),
  };
}

/** Every version of every instrument with its items: two queries. */
export async function listInstruments(deps: Deps, actorOrNull: Actor | null): Promise<InstrumentView[]> {
  requireActor(actorOrNull);
  const instruments = await q.listInstruments(deps.db);
  const items = await q.listItemsOfInstruments(
    deps.db,
    instruments.map((i) => i.id),
  );
  return instruments.map((r) =>
    instrumentView(
      r,
      items.filter((i) => i.instrument_id === r.id),
    ),
  );
}

/** Editing an instrument publishes a new version; answers keep the version they were given on. */
export async function publishVersion(deps: Deps, actorOrNull: Actor | null, moment: Moment, input: InstrumentInput): Promise<InstrumentView> {
  const actor = requireActor(actorOrNull);
  requireAdmin(actor);
  const keys = input.items.map((i) => i.key);
  if (new Set(keys).size !== keys.length) throw invalid('items', 'instrument.duplicate_key');
  for (const [n, item] of input.items.entries()) {
    if (item.kind === 'factor' && !item.factorCode) throw invalid(`items.${n}.factorCode`, 'validation.required');
    if ((item.kind === 'state' || item.kind === 'retrospective') && !item.typologyCode) throw invalid(`items.${n}.typologyCode`, 'validation.required');
  }
  const id = newId();
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const version = (await q.maxVersion(trx, moment)) + 1;
    await q.insertInstrument(trx, {
      id,
      moment,
      version,
      title_nl: input.titleNl,
      title_en: input.titleEn,
      intro_nl: input.introNl ?? null,
      intro_en: input.introEn ?? null,
      published_at: now,
      created_by: actor.id,
      created_at: now,
    });
    await q.insertItems(
      trx,
      input.items.map((item, sort) => ({
        id: newId(),
        instrument_id: id,
        key: item.key,
        kind: item.kind,
        typology_code: item.typologyCode ?? null,
        factor_code: item.factorCode ?? null,
        text_nl: item.nl,
        text_en: item.en,
        required: item.required ? 1 : 0,
        sort,
      })),
    );
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: null,
      action: 'instrument.publish',
      entity: 'instrument',
      entityId: id,
      details: { moment, version },
    });
  });
  const row = await q.findInstrument(deps.db, id);
  if (!row) throw new AppError('not_found');
  return instrumentView(row, await q.listItems(deps.db, id));
}

export async function listOutbox(deps: Deps, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  requireAdmin(actor);
  const messages = await q.listOutbox(deps.db, 200);
  // account mails hold placeholders for their links; the admin sees invitation links, never reset links
  const account = messages.filter((m) => isAccountMail(m.kind));
  const texts = new Map(
    (
      await presentAccountLinks(
        deps,
        account.map((m) => ({ to: m.to_address, text: m.body_text })),
      )
    ).map((text, i) => [account[i]!.id, text]),
  );
  return messages.map((m) => ({
    id: m.id,
    to: m.to_address,
    subject: m.subject,
    text: texts.get(m.id) ?? m.body_text,
    kind: m.kind,
    status: m.status,
    createdAt: m.created_at,
    sentAt: m.sent_at,
    lastError: m.last_error,
  }));
}

// --- the participant's own learning goals ---------------------------------------------------------

export async function getGoals(deps: Deps, token: string): Promise<LearningGoalsView> {
  const inv = await requireInvitation(deps, token, false);
  const rows = await q.listGoals(deps.db, inv.participant_id);
  return {
    goals: rows.map((g) => ({
      text: g.text,
      typologyCode: g.typology_code,
      cefrNow: g.cefr_now,
      cefrTarget: g.cefr_target,
    })),
  };
}

export async function saveGoals(deps: Deps, token: string, input: LearningGoalsInput): Promise<LearningGoalsView> {
  const inv = await requireInvitation(deps, token, false);
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute((trx) =>
    q.replaceGoals(
      trx,
      inv.participant_id,
      input.goals.map((g, sort) => ({
        id: newId(),
        participant_id: inv.participant_id,
        text: g.text,
        typology_code: g.typologyCode ?? null,
        cefr_now: g.cefrNow ?? null,
        cefr_target: g.cefrTarget ?? null,
        sort,
        created_at: now,
      })),
    ),
  );
  return getGoals(deps, token);
}
