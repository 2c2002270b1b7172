import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SessionView } from '../../../shared/accounts.js';
import type { Locale } from '../../../shared/reference.js';
import type { LoginInput, MeView, UserView } from '../../../shared/schemas.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, requireActor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { verifyPassword } from '../../lib/passwords.js';
import { summariseUserAgent } from '../../lib/user-agent.js';
import { recordAudit } from '../audit/audit.service.js';
import * as q from './auth.queries.js';

export const SESSION_COOKIE = 'im_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function expiryFrom(deps: Deps, from: Date): string {
  return new Date(from.getTime() + deps.sessionTtlHours * 3600_000).toISOString();
}

export interface SessionActor extends Actor {
  organisationName: string | null;
  expiresAt: string;
  /** the stored id (hash) of the session this request came with */
  sessionId: string;
}

/**
 * Opens a session for a user who has just proven who they are (password, invitation or reset
 * link); `db` may be the transaction of that proof. Answers the cookie's token.
 */
export async function startSession(
  deps: Deps,
  db: Kysely<DB>,
  user: { id: string; organisation_id: string | null },
  userAgent: string | undefined,
): Promise<{ token: string; expiresAt: string }> {
  const now = deps.clock();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = expiryFrom(deps, now);
  // in the caller's transaction: the session, the time of the last login and its audit entry exist together or not at all
  await q.insertSession(db, {
    id: hashToken(token),
    user_id: user.id,
    created_at: now.toISOString(),
    expires_at: expiresAt,
    last_seen_at: now.toISOString(),
    user_agent: userAgent ? userAgent.slice(0, 400) : null,
  });
  await q.recordLogin(db, user.id, now.toISOString());
  await recordAudit(db, deps, { actorId: user.id, organisationId: user.organisation_id, action: 'auth.login', entity: 'user', entityId: user.id });
  return { token, expiresAt };
}

/** The signed-in user's view once a session has started. */
export async function meForToken(deps: Deps, token: string): Promise<MeView> {
  const session = await resolveSession(deps, token);
  if (!session) throw new AppError('unauthenticated');
  return toMe(session);
}

export async function login(deps: Deps, input: LoginInput, userAgent?: string): Promise<{ token: string; me: MeView }> {
  const user = await q.findUserByEmail(deps.db, input.email);
  // an invited account has no password yet: verifyPassword then compares against a dummy hash
  const ok = await verifyPassword(user?.password_hash || undefined, input.password);
  if (!user || !ok || user.disabled_at) throw new AppError('invalid_credentials');
  const { token } = await deps.db.transaction().execute((trx) => startSession(deps, trx, user, userAgent));
  return { token, me: await meForToken(deps, token) };
}

/** The actor behind a cookie token, or null when the session is unknown, expired or the account disabled. */
export async function resolveSession(deps: Deps, token: string | undefined): Promise<SessionActor | null> {
  if (!token || token.length > 200) return null;
  const row = await q.findSessionWithUser(deps.db, hashToken(token));
  if (!row) return null;
  const now = deps.clock();
  if (row.expires_at <= now.toISOString() || row.disabled_at) {
    await q.deleteSession(deps.db, row.session_id);
    return null;
  }
  // sliding expiry, written at most once a minute to spare the database
  let expiresAt = row.expires_at;
  const renewed = expiryFrom(deps, now);
  if (Date.parse(renewed) - Date.parse(row.expires_at) > 60_000) {
    await q.extendSession(deps.db, row.session_id, now.toISOString(), renewed);
    expiresAt = renewed;
  }
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    locale: row.locale,
    expiresAt,
    sessionId: row.session_id,
  };
}

/** Removes sessions past their expiry, so the table holds only live ones. */
export async function purgeExpiredSessions(deps: Deps): Promise<void> {
  await q.deleteExpiredSessions(deps.db, deps.clock().toISOString());
}

export async function logout(deps: Deps, token: string | undefined): Promise<void> {
  if (token) await q.deleteSession(deps.db, hashToken(token));
}

/** Ends sessions of a user at once (deactivation, new password); `db` may be that change's transaction. */
export function endSessionsOfUser(db: Kysely<DB>, userId: string, exceptSessionId?: string): Promise<number> {
  return q.deleteSessionsOfUser(db, userId, exceptSessionId);
}

export async function listMySessions(deps: Deps, actor: SessionActor | null): Promise<SessionView[]> {
  const a = requireActor(actor) as SessionActor;
  const rows = await q.listSessionsOfUser(deps.db, a.id, deps.clock().toISOString());
  return rows.map((r) => ({
    id: r.id,
    current: r.id === a.sessionId,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    ...summariseUserAgent(r.user_agent),
  }));
}

/** Ends one of the actor's own sessions; answers whether it was the one in use. */
export async function endMySession(deps: Deps, actor: SessionActor | null, sessionId: string): Promise<{ current: boolean }> {
  const a = requireActor(actor) as SessionActor;
  await deps.db.transaction().execute(async (trx) => {
    if (!(await q.deleteSessionOfUser(trx, a.id, sessionId))) throw notFound('session.not_found');
    await recordAudit(trx, deps, { actorId: a.id, organisationId: a.organisationId, action: 'auth.session_end', entity: 'user', entityId: a.id });
  });
  return { current: sessionId === a.sessionId };
}

/** "Sign out everywhere": every session of the actor ends, this one included. */
export async function endAllMySessions(deps: Deps, actor: SessionActor | null): Promise<void> {
  const a = requireActor(actor) as SessionActor;
  await deps.db.transaction().execute(async (trx) => {
    const ended = await q.deleteSessionsOfUser(trx, a.id);
    await recordAudit(trx, deps, {
      actorId: a.id,
      organisationId: a.organisationId,
      action: 'auth.sign_out_everywhere',
      entity: 'user',
      entityId: a.id,
      details: { ended },
    });
  });
}

export function me(actor: SessionActor | null): MeView {
  return toMe(requireActor(actor));
}

export async function setLocale(deps: Deps, actor: SessionActor | null, locale: Locale): Promise<MeView> {
  const a = requireActor(actor);
  await q.updateUserLocale(deps.db, a.id, locale, deps.clock().toISOString());
  return toMe({ ...a, locale });
}

function toMe(a: SessionActor): MeView {
  const user: UserView = {
    id: a.id,
    email: a.email,
    name: a.name,
    role: a.role,
    organisationId: a.organisationId,
    organisationName: a.organisationName,
    locale: a.locale,
  };
  return { user, expiresAt: a.expiresAt };
}
