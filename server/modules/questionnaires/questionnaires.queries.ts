import type { ExpressionBuilder, Insertable, Kysely } from 'kysely';
import type { Moment } from '../../../shared/reference.js';
import type { DB } from '../../db/schema.js';
import { inChunks, jsonArrayOf } from '../../db/sql-helpers.js';

// --- participants ---

/**
 * Participants of a project (or one of them), by name, with their activity's title and dates and
 * their invitations (a JSON array per participant): one query, whatever their number.
 */
export function listParticipantsWithInvitations(db: Kysely<DB>, projectId: string, participantId?: string) {
  let query = db
    .selectFrom('participants as p')
    .leftJoin('activities as a', 'a.id', 'p.activity_id')
    .selectAll('p')
    .select([
      'a.title as activity_title',
      'a.start_date as activity_start',
      'a.end_date as activity_end',
      (eb) =>
        jsonArrayOf(
          db,
          eb
            .selectFrom('invitations as i')
            .select(['i.id', 'i.moment', 'i.day', 'i.status', 'i.due_at', 'i.sent_at', 'i.reminders_sent', 'i.completed_at'])
            .whereRef('i.participant_id', '=', 'p.id')
            .orderBy('i.due_at'),
        ).as('invitations'),
    ])
    .where('p.project_id', '=', projectId);
  if (participantId) query = query.where('p.id', '=', participantId);
  return query.orderBy('p.name').orderBy('p.id').execute();
}

export function findParticipant(db: Kysely<DB>, projectId: string, id: string) {
  return db.selectFrom('participants').select(['id', 'status']).where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export function findParticipantById(db: Kysely<DB>, id: string) {
  return db.selectFrom('participants').select(['id', 'name', 'email', 'locale', 'pseudonym']).where('id', '=', id).executeTakeFirst();
}

export function findParticipantByEmail(db: Kysely<DB>, projectId: string, email: string) {
  return db.selectFrom('participants').select('id').where('project_id', '=', projectId).where('email', '=', email).executeTakeFirst();
}

export function listParticipantEmails(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('participants').select('email').where('project_id', '=', projectId).execute();
}

export const insertParticipants = (db: Kysely<DB>, rows: DB['participants'][]) =>
  inChunks(rows, 500, (chunk) => db.insertInto('participants').values(chunk).execute());

/** The selected participants (all of the project's, or those named) with the dates their invitations are planned from. */
export function listPlanningDates(db: Kysely<DB>, projectId: string, only: string[] | null) {
  let query = db
    .selectFrom('participants as p')
    .leftJoin('activities as a', 'a.id', 'p.activity_id')
    .select(['p.id', 'p.start_date', 'p.end_date', 'a.start_date as activity_start', 'a.end_date as activity_end'])
    .where('p.project_id', '=', projectId)
    .where('p.status', '=', 'selected');
  if (only) query = query.where('p.id', 'in', only.length ? only : ['']);
  return query.execute();
}

export function updateParticipant(db: Kysely<DB>, id: string, set: Partial<DB['participants']>) {
  return db.updateTable('participants').set(set).where('id', '=', id).execute();
}

export function findActivity(db: Kysely<DB>, projectId: string, id: string) {
  return db.selectFrom('activities').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

// --- settings ---

export function listMomentSettings(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('project_moments').selectAll().where('project_id', '=', projectId).execute();
}

export function findSettings(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('questionnaire_settings').selectAll().where('project_id', '=', projectId).executeTakeFirst();
}

export async function saveSettings(db: Kysely<DB>, row: DB['questionnaire_settings'], moments: DB['project_moments'][]) {
  await db.deleteFrom('questionnaire_settings').where('project_id', '=', row.project_id).execute();
  await db.insertInto('questionnaire_settings').values(row).execute();
  await db.deleteFrom('project_moments').where('project_id', '=', row.project_id).execute();
  if (moments.length) await db.insertInto('project_moments').values(moments).execute();
}

// --- instruments ---

export function findLatestInstrument(db: Kysely<DB>, moment: Moment) {
  return db
    .selectFrom('instruments')
    .selectAll()
    .where('moment', '=', moment)
    .where('published_at', 'is not', null)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findInstrument(db: Kysely<DB>, id: string) {
  return db.selectFrom('instruments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listItems(db: Kysely<DB>, instrumentId: string) {
  return db.selectFrom('instrument_items').selectAll().where('instrument_id', '=', instrumentId).orderBy('sort').execute();
}

export function listItemsOfInstruments(db: Kysely<DB>, instrumentIds: string[]) {
  return db
    .selectFrom('instrument_items')
    .selectAll()
    .where('instrument_id', 'in', instrumentIds.length ? instrumentIds : [''])
    .orderBy('sort')
    .execute();
}

export function listInstruments(db: Kysely<DB>) {
  return db.selectFrom('instruments').selectAll().orderBy('moment').orderBy('version', 'desc').execute();
}

export function maxVersion(db: Kysely<DB>, moment: Moment) {
  return db
    .selectFrom('instruments')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('moment', '=', moment)
    .executeTakeFirst()
    .then((r) => Number(r?.v ?? 0));
}

export function insertInstrument(db: Kysely<DB>, row: DB['instruments']) {
  return db.insertInto('instruments').values(row).execute();
}

export function insertItems(db: Kysely<DB>, rows: DB['instrument_items'][]) {
  return db.insertInto('instrument_items').values(rows).execute();
}

// --- invitations ---

export function listInvitationsOfProject(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('invitations').selectAll().where('project_id', '=', projectId).orderBy('due_at').execute();
}

/** Which moments (and days) the participants already have an invitation for. */
export function listInvitationKeys(db: Kysely<DB>, projectId: string, only: string[] | null) {
  let query = db.selectFrom('invitations').select(['participant_id', 'moment', 'day']).where('project_id', '=', projectId);
  if (only) query = query.where('participant_id', 'in', only.length ? only : ['']);
  return query.execute();
}

export const insertInvitations = (db: Kysely<DB>, rows: DB['invitations'][]) =>
  inChunks(rows, 500, (chunk) => db.insertInto('invitations').values(chunk).execute());

export function deleteScheduledInvitations(db: Kysely<DB>, projectId: string, only: string[] | null) {
  let query = db.deleteFrom('invitations').where('project_id', '=', projectId).where('status', '=', 'scheduled');
  if (only) query = query.where('participant_id', 'in', only.length ? only : ['']);
  return query.execute();
}

/** Open invitations of participants who are no longer selected are cancelled, never sent. */
export function cancelOpenInvitationsOfUnselected(db: Kysely<DB>, projectId: string, only: string[] | null) {
  let query = db
    .updateTable('invitations')
    .set({ status: 'cancelled' })
    .where('project_id', '=', projectId)
    .where('status', 'in', ['scheduled', 'sent'])
    .where('participant_id', 'in', (eb) => eb.selectFrom('participants').select('id').where('project_id', '=', projectId).where('status', '!=', 'selected'));
  if (only) query = query.where('participant_id', 'in', only.length ? only : ['']);
  return query.execute();
}

export function findInvitation(db: Kysely<DB>, id: string) {
  return db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findInvitationByTokenHash(db: Kysely<DB>, hash: string) {
  return db.selectFrom('invitations').selectAll().where('token_hash', '=', hash).executeTakeFirst();
}

/** Marks a planned invitation as sent by another message that carries its link; not one a scheduler holds right now. */
export function markInvitationSent(db: Kysely<DB>, id: string, set: Partial<DB['invitations']>, now: string) {
  return db
    .updateTable('invitations')
    .set({ ...set, status: 'sent' })
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .executeTakeFirst();
}

export function updateInvitation(db: Kysely<DB>, id: string, set: Partial<DB['invitations']>) {
  return db.updateTable('invitations').set(set).where('id', '=', id).execute();
}

/**
 * Claims rows for one scheduler: a single UPDATE whose WHERE is checked again on each row after
 * any concurrent claim commits, so two app servers on one PostgreSQL never take the same row.
 */
export async function claimInvitations(db: Kysely<DB>, worker: string, now: string, until: string, kind: 'due' | 'open', limit = 50) {
  const claimable = (eb: ExpressionBuilder<DB, 'invitations'>) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]);
  await db
    .updateTable('invitations')
    .set({ claimed_by: worker, claimed_until: until })
    .where((eb) =>
      eb(
        'id',
        'in',
        eb
          .selectFrom('invitations')
          .select('id')
          .where('status', '=', kind === 'due' ? 'scheduled' : 'sent')
          .$if(kind === 'due', (qb) => qb.where('due_at', '<=', now))
          .where(claimable)
          .orderBy('due_at')
          .limit(limit),
      ),
    )
    .where(claimable)
    .where('status', '=', kind === 'due' ? 'scheduled' : 'sent')
    .execute();
  return db.selectFrom('invitations').selectAll().where('claimed_by', '=', worker).where('claimed_until', '=', until).execute();
}

export function releaseInvitation(db: Kysely<DB>, id: string, set: Partial<DB['invitations']>) {
  return db
    .updateTable('invitations')
    .set({ ...set, claimed_by: null, claimed_until: null })
    .where('id', '=', id)
    .execute();
}

// --- outbox ---

export function insertOutbox(db: Kysely<DB>, row: DB['outbox']) {
  return db.insertInto('outbox').values(row).execute();
}

export async function claimOutbox(db: Kysely<DB>, worker: string, now: string, until: string, limit = 50) {
  const claimable = (eb: ExpressionBuilder<DB, 'outbox'>) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]);
  await db
    .updateTable('outbox')
    .set({ claimed_by: worker, claimed_until: until })
    .where((eb) => eb('id', 'in', eb.selectFrom('outbox').select('id').where('status', '=', 'queued').where(claimable).orderBy('created_at').limit(limit)))
    .where('status', '=', 'queued')
    .where(claimable)
    .execute();
  return db.selectFrom('outbox').selectAll().where('claimed_by', '=', worker).where('claimed_until', '=', until).where('status', '=', 'queued').execute();
}

export function updateOutbox(db: Kysely<DB>, id: string, set: Partial<DB['outbox']>) {
  return db.updateTable('outbox').set(set).where('id', '=', id).execute();
}

export function listOutbox(db: Kysely<DB>, limit: number) {
  return db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').limit(limit).execute();
}

// --- responses ---

export function findResponseOfInvitation(db: Kysely<DB>, invitationId: string) {
  return db.selectFrom('responses').selectAll().where('invitation_id', '=', invitationId).executeTakeFirst();
}

export function insertResponse(db: Kysely<DB>, row: Insertable<DB['responses']>) {
  return db.insertInto('responses').values(row).execute();
}

/**
 * Marks a draft as saved now unless it was submitted meanwhile; answers how many rows changed. First in a
 * transaction that writes answers: on PostgreSQL it holds the response row, so a submission waits for it.
 */
export function touchDraft(db: Kysely<DB>, id: string, at: string) {
  return db.updateTable('responses').set({ saved_at: at }).where('id', '=', id).where('submitted_at', 'is', null).executeTakeFirst();
}

/** The answers of one response as stored per item. */
export function listAnswersOfResponse(db: Kysely<DB>, responseId: string) {
  return db.selectFrom('answers').select(['item_key', 'value_num', 'value_text']).where('response_id', '=', responseId).execute();
}

/** Submits once: the row changes only while `submitted_at` is still empty. */
export function submitOnce(db: Kysely<DB>, id: string, answers: string, at: string) {
  return db.updateTable('responses').set({ answers, saved_at: at, submitted_at: at }).where('id', '=', id).where('submitted_at', 'is', null).executeTakeFirst();
}

/** Writes the last value of each item given and removes the cleared ones: one row per (response, item). */
export async function saveItemAnswers(db: Kysely<DB>, responseId: string, values: Record<string, number | string>, cleared: string[], at: string) {
  const rows = Object.entries(values).map(([key, v]) => ({
    response_id: responseId,
    item_key: key,
    value_num: typeof v === 'number' ? v : null,
    value_text: typeof v === 'string' ? v : null,
    saved_at: at,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('answers')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) =>
        oc.columns(['response_id', 'item_key']).doUpdateSet((eb) => ({
          value_num: eb.ref('excluded.value_num'),
          value_text: eb.ref('excluded.value_text'),
          saved_at: eb.ref('excluded.saved_at'),
        })),
      )
      .execute();
  if (cleared.length) await db.deleteFrom('answers').where('response_id', '=', responseId).where('item_key', 'in', cleared).execute();
}

export function listResponsesOfProject(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('responses').selectAll().where('project_id', '=', projectId).orderBy('respondent').orderBy('moment').execute();
}

export function listSubmittedOfRespondent(db: Kysely<DB>, projectId: string, respondent: string) {
  return db
    .selectFrom('responses')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('respondent', '=', respondent)
    .where('submitted_at', 'is not', null)
    .orderBy('submitted_at')
    .execute();
}

export function listDailyReflections(db: Kysely<DB>, projectId: string, day: string) {
  return db
    .selectFrom('responses as r')
    .innerJoin('invitations as i', 'i.id', 'r.invitation_id')
    .select(['r.id', 'r.respondent', 'r.answers', 'r.submitted_at'])
    .where('r.project_id', '=', projectId)
    .where('r.moment', '=', 'D')
    .where('i.day', '=', day)
    .where('r.submitted_at', 'is not', null)
    .orderBy('r.submitted_at')
    .execute();
}

// --- learning goals ---

export function listGoals(db: Kysely<DB>, participantId: string) {
  return db.selectFrom('learning_goals').selectAll().where('participant_id', '=', participantId).orderBy('sort').execute();
}

export async function replaceGoals(db: Kysely<DB>, participantId: string, rows: DB['learning_goals'][]) {
  await db.deleteFrom('learning_goals').where('participant_id', '=', participantId).execute();
  if (rows.length) await db.insertInto('learning_goals').values(rows).execute();
}

/** The participant's submitted invitation of a moment, if any (for moment D, the first of the days). */
export function findCompletedInvitation(db: Kysely<DB>, participantId: string, moment: Moment) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('participant_id', '=', participantId)
    .where('moment', '=', moment)
    .where('status', '=', 'completed')
    .orderBy('completed_at')
    .executeTakeFirst();
}

export function findParticipantRow(db: Kysely<DB>, id: string) {
  return db.selectFrom('participants').selectAll().where('id', '=', id).executeTakeFirst();
}
