import { randomBytes } from 'node:crypto';
import type { Insertable } from 'kysely';
import { z } from 'zod';
import type {
  AnswersInput,
  AnswersSavedView,
  InstrumentInput,
  InstrumentView,
  LearningGoalsInput,
  LearningGoalsView,
  SurveyView,
} from '../../../shared/questionnaires.js';
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
    answers: !response ? {} : response.submitted_at ? answersOf(response) : await draftAnswers(deps.db, response.id),
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

/** The values given, checked against the items, and the items cleared (null or empty). */
function cleanAnswers(items: DB['instrument_items'][], answers: AnswersInput['answers']) {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const given: Answers = {};
  const cleared: string[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const item = byKey.get(key);
    if (!item) throw invalid(`answers.${key}`, 'survey.unknown_item');
    const clean = typeof value === 'string' ? value.trim() : value;
    if (clean === null || clean === '') {
      cleared.push(key);
      continue;
    }
    const scale = item.kind !== 'open';
    if (scale && typeof clean !== 'number') throw invalid(`answers.${key}`, 'validation.scale');
    if (!scale && typeof clean !== 'string') throw invalid(`answers.${key}`, 'validation.invalid');
    given[key] = clean;
  }
  return { given, cleared };
}

/** A draft's answers are its rows, one per item: the JSON column is written once, at submission. */
async function draftAnswers(db: Deps['db'], responseId: string): Promise<Answers> {
  const rows = await q.listAnswersOfResponse(db, responseId);
  const answers: Answers = {};
  for (const r of rows) {
    const value = r.value_text ?? r.value_num;
    if (value !== null) answers[r.item_key] = value;
  }
  return answers;
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

/**
 * Writes only the items given (null clears one): the last write per item wins, so two tabs saving
 * different questions at the same time both keep theirs. Refused once the response is submitted.
 */
async function storeAnswers(deps: Deps, token: string, input: AnswersInput) {
  const inv = await requireInvitation(deps, token, true);
  const { items } = await instrumentFor(deps, inv);
  const { given, cleared } = cleanAnswers(items, input.answers);
  const response = await ensureResponse(deps, inv);
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const draft = await q.touchDraft(trx, response.id, now);
    if (draft.numUpdatedRows === 0n) throw new AppError('conflict', 'survey.already_submitted');
    await q.saveItemAnswers(trx, response.id, given, cleared, now);
  });
  return { inv, items, response, savedAt: now, keys: [...Object.keys(given), ...cleared] };
}

/** Saves answers to continue later, answering with the whole questionnaire. */
export async function saveAnswers(deps: Deps, token: string, input: AnswersInput): Promise<SurveyView> {
  await storeAnswers(deps, token, input);
  return getSurvey(deps, token);
}

/** The page's autosave: the items changed since the last save, answered with what was stored. */
export async function saveItems(deps: Deps, token: string, input: AnswersInput): Promise<AnswersSavedView> {
  const { savedAt, keys } = await storeAnswers(deps, token, input);
  return { savedAt, saved: keys };
}

/** Submits once; the open answers become a qualitative source of the project, under the pseudonym. */
export async function submitAnswers(deps: Deps, token: string, input: AnswersInput): Promise<SurveyView> {
  // the answers sent with the submission are kept even when it is refused for a missing one
  const { inv, items, response } = await storeAnswers(deps, token, input);
  const participant = await requireParticipant(deps, inv);
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    // held first, so no save slips in between reading the answers and freezing them
    const draft = await q.touchDraft(trx, response.id, now);
    if (draft.numUpdatedRows === 0n) throw new AppError('conflict', 'survey.already_submitted');
    const answers = await draftAnswers(trx, response.id);
    const missing = items.filter((i) => i.required === 1 && answers[i.key] === undefined);
    if (missing.length)
      throw new AppError(
        'invalid_input',
        'invalid_input',
        missing.map((i) => ({ path: `answers.${i.key}`, message: 'validation.required' })),
      );
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

// --- the certificate of participation -----------------------------------------------------------

/**
 * Who a personal link belongs to, for their certificate: the participant, whether they submitted
 * their T1 questionnaire (on return), and their learning goals with how far they reached each by
 * their own answers: on the goal's typology code, the retrospective item at T1 ("since the
 * activity I have ...") and the state item at T0 and T1. Anonymous mode links no answers to a
 * person, so there the goals come without.
 */
export async function certificateSubject(deps: Deps, token: string) {
  const inv = await requireInvitation(deps, token, false);
  const participant = await q.findParticipantRow(deps.db, inv.participant_id);
  if (!participant) throw new AppError('not_found', 'survey.not_found');
  const t1 = await q.findCompletedInvitation(deps.db, participant.id, 'T1');
  const goals = await q.listGoals(deps.db, participant.id);
  const settings = await momentSettings(deps, inv.project_id);
  const answersAt = new Map<string, { answers: Answers; items: DB['instrument_items'][] }>();
  if (!settings.anonymous) {
    for (const r of await q.listSubmittedOfRespondent(deps.db, inv.project_id, participant.pseudonym)) {
      if (r.moment === 'T0' || r.moment === 'T1') answersAt.set(r.moment, { answers: answersOf(r), items: await q.listItems(deps.db, r.instrument_id) });
    }
  }
  const answerOn = (moment: 'T0' | 'T1', kind: 'state' | 'retrospective', code: string | null) => {
    const at = answersAt.get(moment);
    const item = code ? at?.items.find((i) => i.kind === kind && i.typology_code === code) : undefined;
    const value = item ? at?.answers[item.key] : undefined;
    return typeof value === 'number' && value >= 1 ? value : null;
  };
  return {
    participant: {
      id: participant.id,
      name: participant.name,
      locale: participant.locale,
      projectId: participant.project_id,
      activityId: participant.activity_id,
      startDate: participant.start_date,
      endDate: participant.end_date,
    },
    t1SubmittedAt: t1?.completed_at ?? null,
    goals: goals.map((g) => ({
      text: g.text,
      typologyCode: g.typology_code,
      cefrNow: g.cefr_now,
      cefrTarget: g.cefr_target,
      reachedAtT1: answerOn('T1', 'retrospective', g.typology_code),
      stateT0: answerOn('T0', 'state', g.typology_code),
      stateT1: answerOn('T1', 'state', g.typology_code),
    })),
  };
}
