import { createHash, randomBytes } from 'node:crypto';
import type { LoginInput, MeView, UserView } from '../../../shared/schemas.js';
import type { Locale } from '../../../shared/reference.js';
import type { Deps } from '../../deps.js';
import { type Actor, requireActor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { verifyPassword } from '../../lib/passwords.js';
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
}

export async function login(deps: Deps, input: LoginInput): Promise<{ token: string; me: MeView }> {
  const user = await q.findUserByEmail(deps.db, input.email);
  const ok = await verifyPassword(user?.password_hash, input.password);
  if (!user || !ok || user.disabled_at) throw new AppError('invalid_credentials');

  const now = deps.clock();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = expiryFrom(deps, now);
  // the session, the time of the last login and its audit entry exist together or not at all
  await deps.db.transaction().execute(async (trx) => {
    await q.insertSession(trx, {
      id: hashToken(token),
      user_id: user.id,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      last_seen_at: now.toISOString(),
    });
    await q.recordLogin(trx, user.id, now.toISOString());
    await recordAudit(trx, deps, { actorId: user.id, organisationId: user.organisation_id, action: 'auth.login', entity: 'user', entityId: user.id });
  });
  const session = await resolveSession(deps, token);
  return { token, me: toMe(session!) };
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
  };
}

/** Removes sessions past their expiry, so the table holds only live ones. */
export async function purgeExpiredSessions(deps: Deps): Promise<void> {
  await q.deleteExpiredSessions(deps.db, deps.clock().toISOString());
}

export async function logout(deps: Deps, token: string | undefined): Promise<void> {
  if (token) await q.deleteSession(deps.db, hashToken(token));
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
