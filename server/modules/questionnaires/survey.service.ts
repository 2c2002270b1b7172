import { randomBytes } from 'node:crypto';
import type { Insertable } from 'kysely';
import { z } from 'zod';
import { estimateMinutes, estimateSeconds, goalFormatOf } from '../../../shared/instruments.js';
import {
  type AnswersInput,
  type AnswersSavedView,
  audienceOf,
  type GoalAnswerInput,
  type LearningGoalsInput,
  type LearningGoalsView,
  type SurveyView,
} from '../../../shared/questionnaires.js';
import type { Locale } from '../../../shared/reference.js';
import { parseJson, toJson } from '../../db/json.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, requireActor, requireAdmin } from '../../http/access.js';
import { AppError, type FieldError, invalid } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { type Sheet, toCsv, toXlsx } from '../../lib/spreadsheet.js';
import { recordAudit } from '../audit/audit.service.js';
import { addAnswersSource } from '../coding/coding.service.js';
import { projectTitleOf, requireVisibleProject } from '../projects/projects.service.js';
import { hashToken } from './links.js';
import { isAccountMail, presentAccountLinks } from '../users/links.js';
import { COMPARISON_TEXTS } from './messages.js';
import { momentSettings } from './planning.service.js';
import * as q from './questionnaires.queries.js';

type Invitation = DB['invitations'];
type Answers = Record<string, number | string>;
type Person = NonNullable<Awaited<ReturnType<typeof q.findParticipantById>>>;
type Goal = DB['learning_goals'];

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

/** The person of an invitation; the row outlives every link to it. */
async function requirePerson(deps: Deps, inv: Invitation): Promise<Person> {
  const person = await q.findParticipantById(deps.db, inv.participant_id);
  if (!person) throw new AppError('not_found', 'survey.not_found');
  return person;
}

/**
 * The questionnaire of an invitation: the version the response started on, else the newest
 * published one for the person's audience. A comparison colleague gets the participant's
 * questionnaire with only its state items: the same statements, without the activity.
 */
async function instrumentFor(deps: Deps, inv: Invitation, person: Person) {
  const instrument = inv.instrument_id
    ? await q.findInstrument(deps.db, inv.instrument_id)
    : await q.findLatestInstrument(deps.db, audienceOf(person.kind), inv.moment);
  if (!instrument) throw new AppError('not_found', 'survey.not_found');
  const items = await q.listItems(deps.db, instrument.id);
  return { instrument, items: person.kind === 'comparison' ? items.filter((i) => i.kind === 'state') : items };
}

/** The goals a questionnaire follows up: the participant's own, when it has a goal item and answers are linked to the person. */
async function goalsFollowedUp(deps: Deps, inv: Invitation, person: Person, items: DB['instrument_items'][]): Promise<Goal[]> {
  if (person.kind !== 'participant' || !items.some((i) => i.kind === 'goal')) return [];
  // anonymous answers are never linked to a person, so neither to their goals
  if ((await momentSettings(deps, inv.project_id)).anonymous) return [];
  return q.listGoals(deps.db, person.id);
}

const isLanguageGoal = (goal: Goal) => goal.typology_code === 'PRO.language' || goal.cefr_target !== null || goal.cefr_now !== null;

export async function getSurvey(deps: Deps, token: string, lang?: Locale): Promise<SurveyView> {
  const inv = await requireInvitation(deps, token, false);
  const person = await requirePerson(deps, inv);
  const projectTitle = await projectTitleOf(deps, inv.project_id);
  const { instrument, items } = await instrumentFor(deps, inv, person);
  const goals = await goalsFollowedUp(deps, inv, person, items);
  const locale = lang ?? person.locale;
  const response = await q.findResponseOfInvitation(deps.db, inv.id);
  const goalAnswers = response ? await q.listGoalAnswersOfResponse(deps.db, response.id) : [];
  const shown = items.filter((i) => i.kind !== 'goal' || goals.length > 0);
  const goalFormat = shown.some((i) => i.kind === 'goal') ? goalFormatOf(inv.moment) : null;
  const comparison = person.kind === 'comparison' ? COMPARISON_TEXTS[locale] : null;
  return {
    moment: inv.moment,
    kind: person.kind,
    day: inv.day,
    locale,
    projectTitle,
    title: comparison?.title ?? (locale === 'nl' ? instrument.title_nl : instrument.title_en),
    intro: comparison?.intro ?? (locale === 'nl' ? instrument.intro_nl : instrument.intro_en),
    items: shown.map((i) => ({
      key: i.key,
      kind: i.kind,
      text: locale === 'nl' ? i.text_nl : i.text_en,
      required: i.required === 1,
    })),
    answers: !response ? {} : response.submitted_at ? answersOf(response) : await draftAnswers(deps.db, response.id),
    goals: goals.map((g) => ({
      id: g.id,
      text: g.text,
      typologyCode: g.typology_code,
      cefrStart: g.cefr_now,
      cefrTarget: g.cefr_target,
      language: isLanguageGoal(g),
    })),
    goalFormat,
    goalAnswers: Object.fromEntries(goalAnswers.map((a) => [a.goal_id, { reached: a.reached, cefr: a.cefr, note: a.note }])),
    minutes: estimateMinutes(estimateSeconds(shown, { count: goals.length, format: goalFormat })),
    submittedAt: response?.submitted_at ?? null,
    expiresAt: inv.expires_at,
  };
}

/** The values given, checked against the items, and the items cleared (null or empty). */
function cleanAnswers(items: DB['instrument_items'][], answers: AnswersInput['answers']) {
  // a goal item is answered per goal (`goals`), never under its own key
  const byKey = new Map(items.filter((i) => i.kind !== 'goal').map((i) => [i.key, i]));
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

/**
 * The answers per goal as rows: only the person's own goals, each in the questionnaire's format
 * (a note on the day, or how far reached with the CEFR level now for a language goal).
 */
function goalRows(
  responseId: string,
  goals: Goal[],
  format: ReturnType<typeof goalFormatOf> | null,
  input: Record<string, GoalAnswerInput> | undefined,
  at: string,
): DB['goal_answers'][] {
  if (!input) return [];
  const errors: FieldError[] = [];
  const rows: DB['goal_answers'][] = [];
  for (const [goalId, answer] of Object.entries(input)) {
    const goal = goals.find((g) => g.id === goalId);
    if (!goal || !format) {
      errors.push({ path: `goals.${goalId}`, message: 'survey.unknown_goal' });
      continue;
    }
    if (format === 'note' && (answer.reached != null || answer.cefr != null)) errors.push({ path: `goals.${goalId}`, message: 'survey.goal_note_only' });
    if (format === 'reached' && answer.note != null) errors.push({ path: `goals.${goalId}.note`, message: 'survey.goal_no_note' });
    if (answer.cefr != null && !isLanguageGoal(goal)) errors.push({ path: `goals.${goalId}.cefr`, message: 'survey.goal_not_language' });
    rows.push({
      response_id: responseId,
      goal_id: goalId,
      reached: answer.reached ?? null,
      cefr: answer.cefr ?? null,
      note: answer.note?.trim() || null,
      saved_at: at,
    });
  }
  if (errors.length) throw new AppError('invalid_input', 'invalid_input', errors);
  return rows;
}

async function ensureResponse(deps: Deps, inv: Invitation, person: Person) {
  const existing = await q.findResponseOfInvitation(deps.db, inv.id);
  if (existing) return existing;
  const { instrument } = await instrumentFor(deps, inv, person);
  const settings = await momentSettings(deps, inv.project_id);
  const row: Insertable<DB['responses']> = {
    id: newId(),
    invitation_id: inv.id,
    project_id: inv.project_id,
    // anonymous mode: a fresh code per response, so answers cannot be linked to a name or to each other
    respondent: settings.anonymous ? `A${randomBytes(6).toString('hex').toUpperCase()}` : person.pseudonym,
    moment: inv.moment,
    instrument_id: instrument.id,
    answers: '{}',
    // the analytics keep the groups apart: the comparison group's change beside the participants'
    respondent_group: person.kind,
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

/** Everything a save or a submission works on: the invitation, its person, questionnaire and the goals it follows up. */
async function answering(deps: Deps, token: string) {
  const inv = await requireInvitation(deps, token, true);
  const person = await requirePerson(deps, inv);
  const { items } = await instrumentFor(deps, inv, person);
  const goals = await goalsFollowedUp(deps, inv, person, items);
  return { inv, person, items, goals, goalFormat: goals.length ? goalFormatOf(inv.moment) : null };
}

/**
 * Writes only the items and goals given (null clears an item): the last write per item or goal
 * wins, so two tabs saving different questions at the same time both keep theirs. Refused once
 * the response is submitted.
 */
async function storeAnswers(deps: Deps, token: string, input: AnswersInput) {
  const { inv, person, items, goals, goalFormat } = await answering(deps, token);
  const { given, cleared } = cleanAnswers(items, input.answers);
  const response = await ensureResponse(deps, inv, person);
  const now = deps.clock().toISOString();
  const perGoal = goalRows(response.id, goals, goalFormat, input.goals, now);
  await deps.db.transaction().execute(async (trx) => {
    const draft = await q.touchDraft(trx, response.id, now);
    if (draft.numUpdatedRows === 0n) throw new AppError('conflict', 'survey.already_submitted');
    await q.saveItemAnswers(trx, response.id, given, cleared, now);
    await q.saveGoalAnswers(trx, perGoal);
  });
  return { inv, person, items, goals, response, savedAt: now, keys: [...Object.keys(given), ...cleared] };
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

/** Submits once; the open answers (and notes on goals) become a qualitative source of the project, under the pseudonym. */
export async function submitAnswers(deps: Deps, token: string, input: AnswersInput): Promise<SurveyView> {
  // the answers sent with the submission are kept even when it is refused for a missing one
  const { inv, person, items, goals, response } = await storeAnswers(deps, token, input);
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    // held first, so no save slips in between reading the answers and freezing them
    const draft = await q.touchDraft(trx, response.id, now);
    if (draft.numUpdatedRows === 0n) throw new AppError('conflict', 'survey.already_submitted');
    const answers = await draftAnswers(trx, response.id);
    // goal items are answered per goal, so they count neither as required nor as answered here
    const missing = items.filter((i) => i.kind !== 'goal' && i.required === 1 && answers[i.key] === undefined);
    if (missing.length)
      throw new AppError(
        'invalid_input',
        'invalid_input',
        missing.map((i) => ({ path: `answers.${i.key}`, message: 'validation.required' })),
      );
    const result = await q.submitOnce(trx, response.id, toJson(answers), now);
    if (result.numUpdatedRows === 0n) throw new AppError('conflict', 'survey.already_submitted');
    await q.updateInvitation(trx, inv.id, { status: 'completed', completed_at: now });
    const nl = person.locale === 'nl';
    const open = items.filter((i) => i.kind === 'open' && typeof answers[i.key] === 'string' && answers[i.key]);
    const notes = (await q.listGoalAnswersOfResponse(trx, response.id)).flatMap((a) => {
      const goal = goals.find((g) => g.id === a.goal_id);
      return goal && a.note ? [`${nl ? 'Leerdoel' : 'Learning goal'}: ${goal.text}\n${a.note}`] : [];
    });
    if (open.length || notes.length) {
      const content = [...open.map((i) => `${nl ? i.text_nl : i.text_en}\n${answers[i.key]}`), ...notes].join('\n\n');
      const keys = [...open.map((i) => i.key), ...(notes.length ? ['goal.day'] : [])];
      const title = `${response.respondent} · ${inv.moment}${inv.day ? ` ${inv.day}` : ''} · ${nl ? 'open antwoorden' : 'open answers'} (${keys.join(', ')})`;
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
  const person = await requirePerson(deps, inv);
  const responses = await q.listSubmittedOfRespondent(deps.db, inv.project_id, person.pseudonym);
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

/** The invitation of a participant's own link, for their goals: comparison colleagues and organisations set none. */
async function requireGoalSetter(deps: Deps, token: string) {
  const inv = await requireInvitation(deps, token, false);
  if ((await requirePerson(deps, inv)).kind !== 'participant') throw new AppError('not_found', 'survey.not_found');
  return inv;
}

export async function getGoals(deps: Deps, token: string): Promise<LearningGoalsView> {
  const inv = await requireGoalSetter(deps, token);
  const rows = await q.listGoals(deps.db, inv.participant_id);
  return {
    goals: rows.map((g) => ({
      id: g.id,
      text: g.text,
      typologyCode: g.typology_code,
      cefrNow: g.cefr_now,
      cefrTarget: g.cefr_target,
    })),
  };
}

/** Sets the participant's goals: a goal sent with its id is changed in place, so its follow-up answers stay with it. */
export async function saveGoals(deps: Deps, token: string, input: LearningGoalsInput): Promise<LearningGoalsView> {
  const inv = await requireGoalSetter(deps, token);
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const own = new Set((await q.listGoals(trx, inv.participant_id)).map((g) => g.id));
    const unknown = input.goals.flatMap((g, n) => (g.id && !own.has(g.id) ? [{ path: `goals.${n}.id`, message: 'survey.unknown_goal' as const }] : []));
    if (unknown.length) throw new AppError('invalid_input', 'invalid_input', unknown);
    await q.replaceGoals(
      trx,
      inv.participant_id,
      input.goals.map((g, sort) => ({
        id: g.id ?? newId(),
        participant_id: inv.participant_id,
        text: g.text,
        typology_code: g.typologyCode ?? null,
        cefr_now: g.cefrNow ?? null,
        cefr_target: g.cefrTarget ?? null,
        sort,
        created_at: now,
      })),
    );
  });
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
