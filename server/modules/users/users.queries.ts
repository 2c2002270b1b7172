import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { UserListQuery } from '../../../shared/accounts.js';
import type { DB } from '../../db/schema.js';
import { containsText, countAll } from '../../db/sql-helpers.js';

// --- accounts ---

type AccountsQuery = ExpressionBuilder<DB, 'users' | 'organisations'>;

function accountColumns(now: string) {
  return [
    'users.id',
    'users.email',
    'users.name',
    'users.role',
    'users.organisation_id',
    'users.locale',
    'users.password_hash',
    'users.disabled_at',
    'users.last_login_at',
    'users.created_at',
    'organisations.name as organisation_name',
    (eb: AccountsQuery) =>
      eb
        .selectFrom('account_tokens as t')
        .select((e) => e.fn.max('t.expires_at').as('x'))
        .whereRef('t.user_id', '=', 'users.id')
        .where('t.purpose', '=', 'invitation')
        .where('t.used_at', 'is', null)
        .where('t.expires_at', '>', now)
        .as('invitation_expires_at'),
  ] as const;
}

function accounts(db: Kysely<DB>) {
  return db.selectFrom('users').leftJoin('organisations', 'organisations.id', 'users.organisation_id');
}

export function findAccountById(db: Kysely<DB>, id: string, now: string) {
  return accounts(db).select(accountColumns(now)).where('users.id', '=', id).where('users.role', '!=', 'participant').executeTakeFirst();
}

export type AccountRow = NonNullable<Awaited<ReturnType<typeof findAccountById>>>;

const DAY_MS = 86_400_000;

/** Accounts after the filters, one page of them by name; `onlyOrganisationId` limits a coordinator to their own. */
export async function listAccounts(db: Kysely<DB>, filter: UserListQuery, onlyOrganisationId: string | null, now: Date) {
  let query = accounts(db).where('users.role', '!=', 'participant');
  if (onlyOrganisationId) query = query.where('users.organisation_id', '=', onlyOrganisationId);
  if (filter.organisationId) query = query.where('users.organisation_id', '=', filter.organisationId);
  if (filter.role) query = query.where('users.role', '=', filter.role);
  if (filter.status === 'inactive') query = query.where('users.disabled_at', 'is not', null);
  if (filter.status === 'invited') query = query.where('users.disabled_at', 'is', null).where('users.password_hash', '=', '');
  if (filter.status === 'active') query = query.where('users.disabled_at', 'is', null).where('users.password_hash', '!=', '');
  if (filter.lastSignIn === 'never') query = query.where('users.last_login_at', 'is', null);
  if (filter.lastSignIn === 'within_30_days') query = query.where('users.last_login_at', '>=', new Date(now.getTime() - 30 * DAY_MS).toISOString());
  if (filter.lastSignIn === 'over_90_days') {
    const before = new Date(now.getTime() - 90 * DAY_MS).toISOString();
    query = query.where((eb) => eb.or([eb('users.last_login_at', 'is', null), eb('users.last_login_at', '<', before)]));
  }
  if (filter.q) {
    const needle = filter.q;
    query = query.where((eb) =>
      eb.or([containsText(eb.ref('users.name'), needle), containsText(eb.ref('users.email'), needle), containsText(eb.ref('organisations.name'), needle)]),
    );
  }
  const total = await query.select(countAll().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select(accountColumns(now.toISOString()))
    .orderBy(sql`lower(users.name)`)
    .orderBy('users.id')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { total: Number(total.n), rows };
}

export function findUserById(db: Kysely<DB>, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function insertUser(db: Kysely<DB>, row: DB['users']) {
  return db.insertInto('users').values(row).execute();
}

export function updateUser(db: Kysely<DB>, id: string, set: Partial<DB['users']>) {
  return db.updateTable('users').set(set).where('id', '=', id).execute();
}

// --- invitation and reset tokens ---

export function insertToken(db: Kysely<DB>, row: DB['account_tokens']) {
  return db.insertInto('account_tokens').values(row).execute();
}

export function findTokenByHash(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('account_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      't.id',
      't.purpose',
      't.expires_at',
      't.used_at',
      'u.id as user_id',
      'u.email',
      'u.name',
      'u.role',
      'u.locale',
      'u.organisation_id',
      'u.password_hash',
      'u.disabled_at',
      'o.name as organisation_name',
    ])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function findTokensWithEmail(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('account_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.purpose', 'u.email'])
    .where('t.id', 'in', ids)
    .execute();
}

/** Marks a token used unless it was already: true for the one request that may go on. */
export async function useTokenOnce(db: Kysely<DB>, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('account_tokens').set({ used_at: at }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Unused links of one kind stop working: after a resend, a reset, a new password, a deactivation. */
export function deleteUnusedTokens(db: Kysely<DB>, userId: string, purposes: DB['account_tokens']['purpose'][]) {
  return db.deleteFrom('account_tokens').where('user_id', '=', userId).where('purpose', 'in', purposes).where('used_at', 'is', null).execute();
}

export function countTokensSince(db: Kysely<DB>, userId: string, purpose: DB['account_tokens']['purpose'], since: string) {
  return db
    .selectFrom('account_tokens')
    .select(countAll().as('n'))
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

// --- reset requests, looked up off the response path ---

export function insertResetRequest(db: Kysely<DB>, row: DB['password_reset_requests']) {
  return db.insertInto('password_reset_requests').values(row).execute();
}

export async function claimResetRequests(db: Kysely<DB>, worker: string, now: string, until: string, limit = 50) {
  const claimable = (eb: ExpressionBuilder<DB, 'password_reset_requests'>) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]);
  await db
    .updateTable('password_reset_requests')
    .set({ claimed_by: worker, claimed_until: until })
    .where((eb) => eb('id', 'in', eb.selectFrom('password_reset_requests').select('id').where(claimable).orderBy('requested_at').limit(limit)))
    .where(claimable)
    .execute();
  return db.selectFrom('password_reset_requests').selectAll().where('claimed_by', '=', worker).where('claimed_until', '=', until).execute();
}

export function deleteResetRequest(db: Kysely<DB>, id: string) {
  return db.deleteFrom('password_reset_requests').where('id', '=', id).execute();
}

export function deleteStaleResetRequests(db: Kysely<DB>, before: string) {
  return db.deleteFrom('password_reset_requests').where('requested_at', '<', before).execute();
}
