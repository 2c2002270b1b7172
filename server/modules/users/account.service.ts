import {
  type AcceptInvitationInput,
  type InvitationPreview,
  type PasswordChangeInput,
  type PasswordResetConfirmInput,
  type PasswordResetInput,
  RESET_VALID_MINUTES,
  type ResetPreview,
} from '../../../shared/accounts.js';
import type { MeView } from '../../../shared/schemas.js';
import type { Deps } from '../../deps.js';
import { type Actor, requireActor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { hashPassword, verifyPassword } from '../../lib/passwords.js';
import { recordAudit } from '../audit/audit.service.js';
import { endSessionsOfUser, meForToken, type SessionActor, startSession } from '../auth/auth.service.js';
import { deliverOutbox, queueMail } from '../questionnaires/outbox.service.js';
import { hashToken, type LinkPurpose } from './links.js';
import { resetMail } from './mail.js';
import { requireStrongPassword } from './password.js';
import * as q from './users.queries.js';
import { createLinkToken } from './users.service.js';

// What a person does with their own account: accept an invitation, reset or change a password.

const CLAIM_MS = 120_000;
/** At most this many reset mails per account per hour, so nobody's mailbox can be flooded. */
const RESETS_PER_HOUR = 5;

type TokenRow = NonNullable<Awaited<ReturnType<typeof q.findTokenByHash>>>;

/** The account behind a link: unknown, used and expired links are refused, each with its own message. */
async function requireLink(deps: Deps, token: string, purpose: LinkPurpose): Promise<TokenRow> {
  const row = await q.findTokenByHash(deps.db, hashToken(token));
  if (!row || row.purpose !== purpose || row.disabled_at) throw notFound('account.link_invalid');
  if (row.used_at) throw new AppError('gone', 'account.link_used');
  if (row.expires_at <= deps.clock().toISOString()) throw new AppError('gone', 'account.link_expired');
  return row;
}

export async function previewInvitation(deps: Deps, token: string): Promise<InvitationPreview> {
  const row = await requireLink(deps, token, 'invitation');
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    organisationName: row.organisation_name,
    locale: row.locale,
    expiresAt: row.expires_at,
  };
}

export async function previewReset(deps: Deps, token: string): Promise<ResetPreview> {
  const row = await requireLink(deps, token, 'password_reset');
  return { email: row.email, locale: row.locale, expiresAt: row.expires_at };
}

/**
 * Sets the password through a link and signs the person in. The link is marked used in the same
 * transaction, and only one request can do so, so a link never works twice.
 */
async function setPasswordByLink(
  deps: Deps,
  row: TokenRow,
  password: string,
  userAgent: string | undefined,
  action: 'user.invitation_accept' | 'user.password_reset',
): Promise<{ token: string; me: MeView }> {
  await requireStrongPassword(password, 'password', [row.name, row.email, row.organisation_name]);
  const passwordHash = await hashPassword(password);
  const session = await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock().toISOString();
    if (!(await q.useTokenOnce(trx, row.id, now))) throw new AppError('gone', 'account.link_used');
    await q.updateUser(trx, row.user_id, { password_hash: passwordHash, updated_at: now });
    await q.deleteUnusedTokens(trx, row.user_id, ['invitation', 'password_reset']);
    // whoever knew the old password is signed out
    if (action === 'user.password_reset') await endSessionsOfUser(trx, row.user_id);
    await recordAudit(trx, deps, { actorId: row.user_id, organisationId: row.organisation_id, action, entity: 'user', entityId: row.user_id });
    return startSession(deps, trx, { id: row.user_id, organisation_id: row.organisation_id }, userAgent);
  });
  return { token: session.token, me: await meForToken(deps, session.token) };
}

export async function acceptInvitation(deps: Deps, input: AcceptInvitationInput, userAgent?: string) {
  const row = await requireLink(deps, input.token, 'invitation');
  return setPasswordByLink(deps, row, input.password, userAgent, 'user.invitation_accept');
}

export async function confirmPasswordReset(deps: Deps, input: PasswordResetConfirmInput, userAgent?: string) {
  const row = await requireLink(deps, input.token, 'password_reset');
  return setPasswordByLink(deps, row, input.password, userAgent, 'user.password_reset');
}

/**
 * A reset request only stores the address: the same single write whether an account exists or
 * not, so the answer cannot tell them apart. Looking it up and mailing happen afterwards.
 */
export async function requestPasswordReset(deps: Deps, input: PasswordResetInput): Promise<void> {
  await q.insertResetRequest(deps.db, {
    id: newId(),
    email: input.email.toLowerCase(),
    requested_at: deps.clock().toISOString(),
    claimed_by: null,
    claimed_until: null,
  });
  deps.background?.(async () => {
    const worker = `reset-${newId().slice(-12)}`;
    if ((await processResetRequests(deps, worker)).queued > 0) await deliverOutbox(deps, worker);
  });
}

/** Looks up the waiting reset requests and queues a reset mail for each active account among them. */
export async function processResetRequests(deps: Deps, worker: string): Promise<{ queued: number; ignored: number }> {
  const now = deps.clock();
  const until = new Date(now.getTime() + CLAIM_MS).toISOString();
  const report = { queued: 0, ignored: 0 };
  for (const request of await q.claimResetRequests(deps.db, worker, now.toISOString(), until)) {
    const user = await q.findUserByEmail(deps.db, request.email);
    const active = !!user && user.password_hash !== '' && !user.disabled_at && user.role !== 'participant';
    const recent = active ? await q.countTokensSince(deps.db, user.id, 'password_reset', new Date(now.getTime() - 3600_000).toISOString()) : 0;
    if (!user || !active || recent >= RESETS_PER_HOUR) {
      await q.deleteResetRequest(deps.db, request.id);
      report.ignored++;
      continue;
    }
    await deps.db.transaction().execute(async (trx) => {
      const link = await createLinkToken(deps, trx, { userId: user.id, purpose: 'password_reset', createdBy: null, validMs: RESET_VALID_MINUTES * 60_000 });
      const mail = resetMail(user.locale, { name: user.name, link: link.placeholder, expiresAt: link.expiresAt, validMinutes: RESET_VALID_MINUTES });
      await queueMail(deps, trx, { to: user.email, subject: mail.subject, text: mail.text, kind: 'password_reset' });
      await recordAudit(trx, deps, {
        actorId: null,
        organisationId: user.organisation_id,
        action: 'user.password_reset_mail',
        entity: 'user',
        entityId: user.id,
      });
      await q.deleteResetRequest(trx, request.id);
    });
    report.queued++;
  }
  return report;
}

/** Picks up reset requests that were not handled right after their answer (another server, a restart). */
export function startResetWorker(deps: Deps, log: { warn(obj: object, msg: string): void }, intervalMs: number): () => void {
  const worker = `reset-${newId().slice(-12)}`;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    processResetRequests(deps, worker)
      .then(async (r) => {
        if (r.queued > 0) await deliverOutbox(deps, worker);
        // a request left over for a day is dropped: it would only keep an address it no longer needs
        await q.deleteStaleResetRequests(deps.db, new Date(deps.clock().getTime() - 86_400_000).toISOString());
      })
      .catch((err) => log.warn({ err }, 'reset requests round failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** A new password for the signed-in user: the current one is asked, and every other session ends. */
export async function changePassword(deps: Deps, actorOrNull: Actor | null, input: PasswordChangeInput): Promise<{ endedSessions: number }> {
  const actor = requireActor(actorOrNull) as SessionActor;
  const user = (await q.findUserById(deps.db, actor.id))!;
  if (!(await verifyPassword(user.password_hash || undefined, input.currentPassword))) {
    throw new AppError('invalid_input', 'account.wrong_password', [{ path: 'currentPassword', message: 'account.wrong_password' }]);
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('invalid_input', 'invalid_input', [{ path: 'newPassword', message: 'account.same_password' }]);
  }
  await requireStrongPassword(input.newPassword, 'newPassword', [user.name, user.email, actor.organisationName]);
  const passwordHash = await hashPassword(input.newPassword);
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock().toISOString();
    await q.updateUser(trx, user.id, { password_hash: passwordHash, updated_at: now });
    await q.deleteUnusedTokens(trx, user.id, ['password_reset']);
    const endedSessions = await endSessionsOfUser(trx, user.id, actor.sessionId);
    await recordAudit(trx, deps, {
      actorId: user.id,
      organisationId: user.organisation_id,
      action: 'user.password_change',
      entity: 'user',
      entityId: user.id,
      details: { endedSessions },
    });
    return { endedSessions };
  });
}
