import type { Kysely } from 'kysely';
import type { Locale } from '../../../shared/reference.js';
import type { DB } from '../../db/schema.js';

export function findUserByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function insertSession(db: Kysely<DB>, row: DB['sessions']) {
  return db.insertInto('sessions').values(row).execute();
}

export function findSessionWithUser(db: Kysely<DB>, sessionId: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      's.id as session_id',
      's.expires_at',
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.organisation_id',
      'u.locale',
      'u.disabled_at',
      'o.name as organisation_name',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}

export function extendSession(db: Kysely<DB>, sessionId: string, lastSeenAt: string, expiresAt: string) {
  return db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', sessionId).execute();
}

export function deleteSession(db: Kysely<DB>, sessionId: string) {
  return db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export function listSessionsOfUser(db: Kysely<DB>, userId: string, now: string) {
  return db.selectFrom('sessions').selectAll().where('user_id', '=', userId).where('expires_at', '>', now).orderBy('last_seen_at', 'desc').execute();
}

export async function deleteSessionOfUser(db: Kysely<DB>, userId: string, sessionId: string): Promise<boolean> {
  const result = await db.deleteFrom('sessions').where('id', '=', sessionId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Ends every session of a user, or every one but `exceptId`; answers how many ended. */
export async function deleteSessionsOfUser(db: Kysely<DB>, userId: string, exceptId?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function deleteExpiredSessions(db: Kysely<DB>, now: string) {
  return db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

export function recordLogin(db: Kysely<DB>, userId: string, at: string) {
  return db.updateTable('users').set({ last_login_at: at }).where('id', '=', userId).execute();
}

export function updateUserLocale(db: Kysely<DB>, userId: string, locale: Locale, at: string) {
  return db.updateTable('users').set({ locale, updated_at: at }).where('id', '=', userId).execute();
}
