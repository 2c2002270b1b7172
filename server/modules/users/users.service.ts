import type { Kysely } from 'kysely';
import {
  type AccountStatus,
  type AccountView,
  INVITATION_VALID_DAYS,
  newPassword,
  type UserInviteInput,
  type UserListQuery,
  type UserPatch,
} from '../../../shared/accounts.js';
import { isMessageKey } from '../../../shared/messages.js';
import type { Locale } from '../../../shared/reference.js';
import type { Page } from '../../../shared/schemas.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import {
  type Actor,
  type People,
  peopleFor,
  requireActor,
  requireGrantsRole,
  requireManagesAccount,
  requireManagesAccounts,
  requireNotOwnStanding,
} from '../../http/access.js';
import { AppError, conflict, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { hashPassword } from '../../lib/passwords.js';
import { recordAudit } from '../audit/audit.service.js';
import { endSessionsOfUser } from '../auth/auth.service.js';
import { requireVisibleOrganisation } from '../organisations/organisations.service.js';
import { deliverOutbox, queueMail } from '../questionnaires/outbox.service.js';
import { hashToken, type LinkPurpose, placeholderFor, tokenFor } from './links.js';
import { invitationMail } from './mail.js';
import { requireStrongPassword } from './password.js';
import * as q from './users.queries.js';

const DAY_MS = 86_400_000;

const statusOf = (row: { password_hash: string; disabled_at: string | null }): AccountStatus =>
  row.disabled_at ? 'inactive' : row.password_hash === '' ? 'invited' : 'active';

function toView(people: People, row: q.AccountRow): AccountView {
  const status = statusOf(row);
  const person = people.user(row);
  return {
    id: row.id,
    email: person.email ?? '',
    name: person.name,
    role: row.role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    locale: row.locale,
    status,
    lastSignInAt: row.last_login_at,
    createdAt: row.created_at,
    invitationExpiresAt: status === 'invited' ? ((row.invitation_expires_at as string | null) ?? null) : null,
  };
}

function requireManager(actorOrNull: Actor | null): Actor {
  const actor = requireActor(actorOrNull);
  requireManagesAccounts(actor);
  return actor;
}

/** The account when the actor may manage it; otherwise not found, whether it exists or not. */
async function requireManagedAccount(deps: Deps, actor: Actor, id: string): Promise<q.AccountRow> {
  const row = await q.findAccountById(deps.db, id, deps.clock().toISOString());
  if (!row) throw notFound('user.not_found');
  requireManagesAccount(actor, { organisationId: row.organisation_id });
  return row;
}

async function accountView(deps: Deps, actor: Actor, id: string): Promise<AccountView> {
  return toView(peopleFor(deps.pseudonymSecret, actor), (await q.findAccountById(deps.db, id, deps.clock().toISOString()))!);
}

export async function listUsers(deps: Deps, actorOrNull: Actor | null, filter: UserListQuery): Promise<Page<AccountView>> {
  const actor = requireManager(actorOrNull);
  // a coordinator asking for another organisation learns nothing about it
  if (filter.organisationId) await requireVisibleOrganisation(deps, actor, filter.organisationId);
  const scope = actor.role === 'na_admin' ? null : actor.organisationId;
  const { total, rows } = await q.listAccounts(deps.db, filter, scope, deps.clock());
  const people = peopleFor(deps.pseudonymSecret, actor);
  return { items: rows.map((row) => toView(people, row)), total, page: filter.page, pageSize: filter.pageSize };
}

export async function getUser(deps: Deps, actorOrNull: Actor | null, id: string): Promise<AccountView> {
  const actor = requireManager(actorOrNull);
  return toView(peopleFor(deps.pseudonymSecret, actor), await requireManagedAccount(deps, actor, id));
}

/** Creates a link token for a user and answers the placeholder that stands for its link in a mail. */
export async function createLinkToken(
  deps: Deps,
  db: Kysely<DB>,
  input: { userId: string; purpose: LinkPurpose; createdBy: string | null; validMs: number },
): Promise<{ placeholder: string; expiresAt: string; token: string }> {
  const now = deps.clock();
  const id = newId();
  const token = tokenFor(deps.linkSecret, input.purpose, id);
  const expiresAt = new Date(now.getTime() + input.validMs).toISOString();
  await q.insertToken(db, {
    id,
    user_id: input.userId,
    purpose: input.purpose,
    token_hash: hashToken(token),
    created_by: input.createdBy,
    created_at: now.toISOString(),
    expires_at: expiresAt,
    used_at: null,
  });
  return { placeholder: placeholderFor(id), expiresAt, token };
}

/** Replaces any open invitation of the user by a new one and queues its e-mail, in `db`'s transaction. */
async function queueInvitation(deps: Deps, db: Kysely<DB>, actor: Actor, user: DB['users'], organisationName: string | null) {
  await q.deleteUnusedTokens(db, user.id, ['invitation']);
  const link = await createLinkToken(deps, db, { userId: user.id, purpose: 'invitation', createdBy: actor.id, validMs: INVITATION_VALID_DAYS * DAY_MS });
  const mail = invitationMail(user.locale, {
    name: user.name,
    inviterName: actor.name,
    role: user.role,
    organisationName,
    link: link.placeholder,
    expiresAt: link.expiresAt,
    validDays: INVITATION_VALID_DAYS,
  });
  await queueMail(deps, db, { to: user.email, subject: mail.subject, text: mail.text, kind: 'account_invitation' });
}

/** Sends what was just queued without waiting for the scheduler's next round (when this process runs background work). */
function sendSoon(deps: Deps) {
  deps.background?.(() => deliverOutbox(deps, `mail-${newId().slice(-12)}`));
}

export async function inviteUser(deps: Deps, actorOrNull: Actor | null, input: UserInviteInput): Promise<AccountView> {
  const actor = requireManager(actorOrNull);
  requireGrantsRole(actor, input.role);
  let organisationId: string | null = null;
  let organisationName: string | null = null;
  if (input.role === 'coordinator') {
    organisationId = input.organisationId ?? (actor.role === 'coordinator' ? actor.organisationId : null);
    if (!organisationId) throw new AppError('invalid_input', 'invalid_input', [{ path: 'organisationId', message: 'user.organisation_required' }]);
    const organisation = await requireVisibleOrganisation(deps, actor, organisationId);
    if (organisation.archived_at) throw conflict('organisation.archived');
    organisationName = organisation.name;
  } else if (input.organisationId) {
    throw new AppError('invalid_input', 'invalid_input', [{ path: 'organisationId', message: 'user.agency_without_organisation' }]);
  }
  if (await q.findUserByEmail(deps.db, input.email)) {
    throw new AppError('conflict', 'user.email_taken', [{ path: 'email', message: 'user.email_taken' }]);
  }
  const now = deps.clock().toISOString();
  const user: DB['users'] = {
    id: newId(),
    email: input.email,
    name: input.name,
    password_hash: '',
    role: input.role,
    organisation_id: organisationId,
    locale: input.locale,
    created_at: now,
    updated_at: now,
    last_login_at: null,
    disabled_at: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await q.insertUser(trx, user);
    await queueInvitation(deps, trx, actor, user, organisationName);
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId,
      action: 'user.invite',
      entity: 'user',
      entityId: user.id,
      details: { role: input.role, locale: input.locale },
    });
  });
  sendSoon(deps);
  return accountView(deps, actor, user.id);
}

export async function resendInvitation(deps: Deps, actorOrNull: Actor | null, id: string): Promise<AccountView> {
  const actor = requireManager(actorOrNull);
  const row = await requireManagedAccount(deps, actor, id);
  if (statusOf(row) !== 'invited') throw conflict('user.not_invited');
  const user = (await q.findUserById(deps.db, id))!;
  await deps.db.transaction().execute(async (trx) => {
    await queueInvitation(deps, trx, actor, user, row.organisation_name);
    await recordAudit(trx, deps, { actorId: actor.id, organisationId: row.organisation_id, action: 'user.invitation_resend', entity: 'user', entityId: id });
  });
  sendSoon(deps);
  return accountView(deps, actor, id);
}

export async function updateUser(deps: Deps, actorOrNull: Actor | null, id: string, patch: UserPatch): Promise<AccountView> {
  const actor = requireManager(actorOrNull);
  const row = await requireManagedAccount(deps, actor, id);
  const set: Partial<DB['users']> = {};
  const changes: Record<string, unknown> = {};

  if (patch.role !== undefined && patch.role !== row.role) {
    requireGrantsRole(actor, patch.role);
    requireNotOwnStanding(actor, id);
    if (patch.role === 'coordinator') {
      const organisationId = patch.organisationId ?? null;
      if (!organisationId) throw new AppError('invalid_input', 'invalid_input', [{ path: 'organisationId', message: 'user.organisation_required' }]);
      const organisation = await requireVisibleOrganisation(deps, actor, organisationId);
      if (organisation.archived_at) throw conflict('organisation.archived');
      set.organisation_id = organisationId;
    } else {
      set.organisation_id = null;
    }
    set.role = patch.role;
    changes.role = { from: row.role, to: patch.role };
  } else if (patch.role === undefined && patch.organisationId !== undefined) {
    throw new AppError('invalid_input', 'invalid_input', [{ path: 'organisationId', message: 'user.organisation_with_role' }]);
  }

  const active = row.disabled_at === null;
  if (patch.active !== undefined && patch.active !== active) {
    requireNotOwnStanding(actor, id);
    set.disabled_at = patch.active ? null : deps.clock().toISOString();
    changes.active = patch.active;
  }
  if (Object.keys(set).length === 0) return toView(peopleFor(deps.pseudonymSecret, actor), row);

  await deps.db.transaction().execute(async (trx) => {
    await q.updateUser(trx, id, { ...set, updated_at: deps.clock().toISOString() });
    if (set.disabled_at) {
      // a deactivated account is signed out everywhere at once, and its open links stop working
      await endSessionsOfUser(trx, id);
      await q.deleteUnusedTokens(trx, id, ['invitation', 'password_reset']);
    }
    const action = changes.active === false ? 'user.deactivate' : changes.active === true ? 'user.reactivate' : 'user.role_change';
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: set.organisation_id ?? row.organisation_id,
      action,
      entity: 'user',
      entityId: id,
      details: changes,
    });
  });
  return accountView(deps, actor, id);
}

/**
 * The first account of an installation, made on the command line (`npm run admin:create`): an NA
 * admin or analyst with a password that meets the same rules as everyone's.
 */
export async function createAgencyAccount(
  deps: Deps,
  input: { email: string; name: string; role: 'na_admin' | 'na_analyst'; password: string; locale?: Locale },
): Promise<{ id: string }> {
  const email = input.email.toLowerCase();
  if (await q.findUserByEmail(deps.db, email)) throw new AppError('conflict', 'user.email_taken', [{ path: 'email', message: 'user.email_taken' }]);
  const length = newPassword.safeParse(input.password);
  if (!length.success) {
    const key = length.error.issues[0]?.message;
    throw invalid('password', isMessageKey(key) ? key : 'validation.invalid');
  }
  await requireStrongPassword(input.password, 'password', [input.name, email]);
  const now = deps.clock().toISOString();
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction().execute(async (trx) => {
    await q.insertUser(trx, {
      id,
      email,
      name: input.name,
      password_hash: passwordHash,
      role: input.role,
      organisation_id: null,
      locale: input.locale ?? 'nl',
      created_at: now,
      updated_at: now,
      last_login_at: null,
      disabled_at: null,
    });
    await recordAudit(trx, deps, {
      actorId: null,
      organisationId: null,
      action: 'user.create_on_command_line',
      entity: 'user',
      entityId: id,
      details: { role: input.role },
    });
  });
  return { id };
}
