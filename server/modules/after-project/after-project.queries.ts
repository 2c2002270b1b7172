import { type Kysely, sql } from 'kysely';
import type {
  DB,
  DisseminationTable,
  FollowUpAttendanceTable,
  FollowUpDayTable,
  NetworkFollowUpTable,
  ProductUseTable,
  RecognitionTable,
} from '../../db/schema.js';
import { countAll } from '../../db/sql-helpers.js';

/** Undated records last, on both engines (SQLite and PostgreSQL sort nulls at opposite ends). */
const undatedLast = sql<number>`case when date is null then 1 else 0 end`;

// --- uses of products by others ---

export function insertUse(db: Kysely<DB>, row: ProductUseTable) {
  return db.insertInto('product_uses').values(row).execute();
}

export function listUsesOfProject(db: Kysely<DB>, projectId: string, productId?: string) {
  return db
    .selectFrom('product_uses')
    .selectAll()
    .where('project_id', '=', projectId)
    .$if(productId !== undefined, (qb) => qb.where('product_id', '=', productId!))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function findUse(db: Kysely<DB>, projectId: string, id: string) {
  return db.selectFrom('product_uses').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

/** Records the one follow-up question and erases the address it went to; only while none was asked. */
export function recordReply(db: Kysely<DB>, id: string, set: { reply_text: string; replied_at: string; replied_by: string }) {
  return db
    .updateTable('product_uses')
    .set({ ...set, email: null })
    .where('id', '=', id)
    .where('replied_at', 'is', null)
    .where('email', 'is not', null)
    .executeTakeFirst();
}

// --- dissemination ---

export function listDisseminations(db: Kysely<DB>, projectId: string) {
  return db
    .selectFrom('disseminations')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy(undatedLast)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export function findDissemination(db: Kysely<DB>, projectId: string, id: string) {
  return db.selectFrom('disseminations').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export function insertDissemination(db: Kysely<DB>, row: DisseminationTable) {
  return db.insertInto('disseminations').values(row).execute();
}

export function updateDissemination(db: Kysely<DB>, projectId: string, id: string, set: Partial<DisseminationTable>) {
  return db.updateTable('disseminations').set(set).where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export function deleteDissemination(db: Kysely<DB>, projectId: string, id: string) {
  return db.deleteFrom('disseminations').where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

// --- network follow-ups ---

export function listFollowUps(db: Kysely<DB>, projectId: string) {
  return db
    .selectFrom('network_follow_ups')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy(undatedLast)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export function findFollowUp(db: Kysely<DB>, projectId: string, id: string) {
  return db.selectFrom('network_follow_ups').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export function insertFollowUp(db: Kysely<DB>, row: NetworkFollowUpTable) {
  return db.insertInto('network_follow_ups').values(row).execute();
}

export function updateFollowUp(db: Kysely<DB>, projectId: string, id: string, set: Partial<NetworkFollowUpTable>) {
  return db.updateTable('network_follow_ups').set(set).where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export function deleteFollowUp(db: Kysely<DB>, projectId: string, id: string) {
  return db.deleteFrom('network_follow_ups').where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

// --- the follow-up day ---

export function listFollowUpDays(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('follow_up_days').selectAll().where('project_id', '=', projectId).orderBy('date', 'desc').orderBy('id').execute();
}

export function findFollowUpDay(db: Kysely<DB>, projectId: string, id: string) {
  return db.selectFrom('follow_up_days').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export function insertFollowUpDay(db: Kysely<DB>, row: FollowUpDayTable) {
  return db.insertInto('follow_up_days').values(row).execute();
}

export function updateFollowUpDay(db: Kysely<DB>, projectId: string, id: string, set: Partial<FollowUpDayTable>) {
  return db.updateTable('follow_up_days').set(set).where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export function deleteFollowUpDay(db: Kysely<DB>, projectId: string, id: string) {
  return db.deleteFrom('follow_up_days').where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export function listAttendance(db: Kysely<DB>, dayIds: string[]) {
  if (dayIds.length === 0) return Promise.resolve([] as FollowUpAttendanceTable[]);
  return db.selectFrom('follow_up_attendance').selectAll().where('follow_up_day_id', 'in', dayIds).execute();
}

export async function markInvited(db: Kysely<DB>, dayId: string, participantIds: string[], at: string) {
  for (const participantId of participantIds) {
    const updated = await db
      .updateTable('follow_up_attendance')
      .set({ invited_at: at })
      .where('follow_up_day_id', '=', dayId)
      .where('participant_id', '=', participantId)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n)
      await db.insertInto('follow_up_attendance').values({ follow_up_day_id: dayId, participant_id: participantId, invited_at: at, attended: 0 }).execute();
  }
}

/** Who came: exactly the given participants (the others invited stay, as not attended). */
export async function setAttendance(db: Kysely<DB>, dayId: string, attended: string[]) {
  await db.updateTable('follow_up_attendance').set({ attended: 0 }).where('follow_up_day_id', '=', dayId).execute();
  for (const participantId of attended) {
    const updated = await db
      .updateTable('follow_up_attendance')
      .set({ attended: 1 })
      .where('follow_up_day_id', '=', dayId)
      .where('participant_id', '=', participantId)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n)
      await db.insertInto('follow_up_attendance').values({ follow_up_day_id: dayId, participant_id: participantId, invited_at: null, attended: 1 }).execute();
  }
}

// --- recognition ---

export function listRecognitions(db: Kysely<DB>, projectId: string) {
  return db
    .selectFrom('recognitions')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy(undatedLast)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export function findRecognition(db: Kysely<DB>, projectId: string, id: string) {
  return db.selectFrom('recognitions').selectAll().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export function insertRecognition(db: Kysely<DB>, row: RecognitionTable) {
  return db.insertInto('recognitions').values(row).execute();
}

export function updateRecognition(db: Kysely<DB>, projectId: string, id: string, set: Partial<RecognitionTable>) {
  return db.updateTable('recognitions').set(set).where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export function deleteRecognition(db: Kysely<DB>, projectId: string, id: string) {
  return db.deleteFrom('recognitions').where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

// --- evidence: counts per project (all projects when `projectIds` is null) ---

export function countUsesByProject(db: Kysely<DB>, projectIds: string[] | null) {
  return db
    .selectFrom('product_uses')
    .select(['project_id', countAll().as('n')])
    .$if(projectIds !== null, (qb) => qb.where('project_id', 'in', projectIds!.length ? projectIds! : ['']))
    .groupBy('project_id')
    .execute();
}

export function sumDisseminationsByProject(db: Kysely<DB>, projectIds: string[] | null) {
  return db
    .selectFrom('disseminations')
    .select((eb) => ['project_id', 'scope', countAll().as('n'), eb.fn.coalesce(eb.fn.sum<number>('reach'), eb.lit(0)).as('reach')])
    .$if(projectIds !== null, (qb) => qb.where('project_id', 'in', projectIds!.length ? projectIds! : ['']))
    .groupBy(['project_id', 'scope'])
    .execute();
}

/** Few rows per project: counted by the service, which maps them to indicators. */
export function listFollowUpKinds(db: Kysely<DB>, projectIds: string[] | null) {
  return db
    .selectFrom('network_follow_ups')
    .select(['project_id', 'type', 'partner_kind', 'partner_id'])
    .$if(projectIds !== null, (qb) => qb.where('project_id', 'in', projectIds!.length ? projectIds! : ['']))
    .execute();
}
