import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import {
  type MomentSettingInput,
  type MomentSettingsView,
  type ParticipantImportInput,
  type ParticipantImportView,
  participantInput,
  type ParticipantInput,
  type ParticipantView,
  INVITATION_STATUSES,
  SURVEY_MOMENTS,
  selectionFields,
} from '../../../shared/questionnaires.js';
import { SYNTHETIC_EMAIL_DOMAIN } from '../../../shared/analytics.js';
import { MOMENTS, type Moment } from '../../../shared/reference.js';
import { parseJson, parseJsonValue, toJson } from '../../db/json.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, peopleFor, requireActor } from '../../http/access.js';
import { AppError, conflict, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireEditableProject, requireVisibleProject } from '../projects/projects.service.js';
import { hashToken, linkFor, tokenFor } from './links.js';
import { defaultMomentSettings, type MomentSetting, planInvitations } from './plan.js';
import * as q from './questionnaires.queries.js';

/** A stable pseudonymous id that links one person's answers across moments without their name. */
const newPseudonym = () => `P${randomBytes(5).toString('hex').toUpperCase()}`;

const reminderDaysJson = z.array(z.number().int());

type ParticipantRow = Awaited<ReturnType<typeof q.listParticipantsWithInvitations>>[number];
type InvitationRow = Pick<DB['invitations'], 'id' | 'moment' | 'day' | 'status' | 'due_at' | 'sent_at' | 'reminders_sent' | 'completed_at'>;

function toView(people: ReturnType<typeof peopleFor>, p: ParticipantRow, invitations: InvitationRow[]): ParticipantView {
  const { name, email } = people.participant(p);
  return {
    id: p.id,
    name,
    email,
    role: p.role,
    locale: p.locale,
    activityId: p.activity_id,
    activityTitle: p.activity_title,
    startDate: p.start_date ?? p.activity_start,
    endDate: p.end_date ?? p.activity_end,
    status: p.status,
    // the reasons for selecting someone are the organisation's own, never the agency's
    selection: people.hidden ? {} : parseJson(selectionFields, p.selection, 'participants.selection'),
    pseudonym: p.pseudonym,
    invitations: invitations.map((i) => ({
      id: i.id,
      moment: i.moment,
      day: i.day,
      status: i.status,
      dueAt: i.due_at,
      sentAt: i.sent_at,
      remindersSent: i.reminders_sent,
      completedAt: i.completed_at,
    })),
  };
}

async function viewOf(deps: Deps, actor: Actor, projectId: string, participantId: string): Promise<ParticipantView> {
  const [view] = toViews(peopleFor(deps.pseudonymSecret, actor), await q.listParticipantsWithInvitations(deps.db, projectId, participantId));
  if (!view) throw notFound('participant.not_found');
  return view;
}

/** The invitations column of a participant row: the JSON array the query builds. */
const invitationsJson = z.array(
  z.object({
    id: z.string(),
    moment: z.enum(MOMENTS),
    day: z.string(),
    status: z.enum(INVITATION_STATUSES),
    due_at: z.string(),
    sent_at: z.string().nullable(),
    reminders_sent: z.number(),
    completed_at: z.string().nullable(),
  }),
);

function toViews(people: ReturnType<typeof peopleFor>, rows: ParticipantRow[]): ParticipantView[] {
  return rows.map((r) =>
    toView(
      people,
      r,
      parseJsonValue(invitationsJson, r.invitations, 'invitations of a participant').sort((a, b) => a.due_at.localeCompare(b.due_at)),
    ),
  );
}

export interface MomentSettings {
  moments: MomentSetting[];
  anonymous: boolean;
  reminderDays: number[];
  linkValidDays: number;
}

export async function momentSettings(deps: Deps, projectId: string): Promise<MomentSettings> {
  const [rows, settings] = await Promise.all([q.listMomentSettings(deps.db, projectId), q.findSettings(deps.db, projectId)]);
  const moments = defaultMomentSettings().map((d) => {
    const row = rows.find((r) => r.moment === d.moment);
    return row ? { moment: d.moment, enabled: row.enabled === 1, anchor: row.anchor, offsetDays: row.offset_days } : d;
  });
  return {
    moments,
    anonymous: settings?.anonymous === 1,
    reminderDays: settings ? parseJson(reminderDaysJson, settings.reminder_days, 'questionnaire_settings.reminder_days') : [7, 14],
    linkValidDays: settings?.link_valid_days ?? 28,
  };
}

/**
 * (Re)plans the invitations that have not gone out yet, of the given participants or of all the
 * project's, in set operations: the scheduled ones go, a participant who is no longer selected has
 * the open ones cancelled, and each selected participant with dates gets the missing moments.
 * Pass deps whose `db` is the caller's transaction.
 */
async function replan(deps: Deps, projectId: string, participantIds: string[] | 'all') {
  const settings = await momentSettings(deps, projectId);
  if (participantIds === 'all') return replanSome(deps, projectId, null, settings);
  // a long list (an import) in slices, so that no statement names too many ids
  for (let i = 0; i < participantIds.length; i += 500) await replanSome(deps, projectId, participantIds.slice(i, i + 500), settings);
}

async function replanSome(deps: Deps, projectId: string, only: string[] | null, settings: MomentSettings) {
  await q.deleteScheduledInvitations(deps.db, projectId, only);
  await q.cancelOpenInvitationsOfUnselected(deps.db, projectId, only);
  const [participants, existing] = await Promise.all([q.listPlanningDates(deps.db, projectId, only), q.listInvitationKeys(deps.db, projectId, only)]);
  const taken = new Set(existing.map((i) => `${i.participant_id}|${i.moment}|${i.day}`));
  const now = deps.clock().getTime();
  const rows: DB['invitations'][] = [];
  for (const p of participants) {
    const start = p.start_date ?? p.activity_start;
    const end = p.end_date ?? p.activity_end ?? start;
    if (!start || !end) continue; // no dates yet: planned once the activity has them
    for (const plan of planInvitations({ start, end }, settings.moments, settings.linkValidDays)) {
      // a moment whose link would already have run out is not planned at all
      if (taken.has(`${p.id}|${plan.moment}|${plan.day}`) || plan.expiresAt.getTime() <= now) continue;
      rows.push({
        id: newId(),
        project_id: projectId,
        participant_id: p.id,
        moment: plan.moment,
        day: plan.day,
        instrument_id: null,
        due_at: plan.dueAt.toISOString(),
        expires_at: plan.expiresAt.toISOString(),
        token_hash: null,
        status: 'scheduled',
        sent_at: null,
        reminders_sent: 0,
        last_sent_at: null,
        completed_at: null,
        claimed_by: null,
        claimed_until: null,
      });
    }
  }
  await q.insertInvitations(deps.db, rows);
}

/** The project's participants, each with their invitations: one query, whatever the number of participants. */
export async function listParticipants(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<ParticipantView[]> {
  const actor = requireActor(actorOrNull);
  await requireVisibleProject(deps, actor, projectId);
  return toViews(peopleFor(deps.pseudonymSecret, actor), await q.listParticipantsWithInvitations(deps.db, projectId));
}

/**
 * Role and standing of each participant of a project, leaving out the demo's illustrative synthetic
 * cohort: a document that describes a case counts real people only.
 */
export async function participantRoles(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
): Promise<{ role: ParticipantView['role']; status: ParticipantView['status'] }[]> {
  const actor = requireActor(actorOrNull);
  await requireVisibleProject(deps, actor, projectId);
  const synthetic = `@${SYNTHETIC_EMAIL_DOMAIN}`;
  return (await q.listParticipantsWithInvitations(deps.db, projectId))
    .filter((r) => !r.email.endsWith(synthetic))
    .map((r) => ({ role: r.role, status: r.status }));
}

async function checkActivity(deps: Deps, projectId: string, activityId: string | null | undefined) {
  if (activityId && !(await q.findActivity(deps.db, projectId, activityId))) throw invalid('activityId', 'participant.unknown_activity');
}

function participantRow(input: ParticipantInput) {
  return {
    name: input.name,
    email: input.email.toLowerCase(),
    role: input.role,
    locale: input.locale,
    activity_id: input.activityId ?? null,
    start_date: input.startDate ?? null,
    end_date: input.endDate ?? null,
    status: input.status,
    selection: toJson(input.selection),
  };
}

const emailTaken = () => new AppError('conflict', 'participant.email_taken', [{ path: 'email', message: 'participant.email_taken' }]);

export async function addParticipant(deps: Deps, actorOrNull: Actor | null, projectId: string, input: ParticipantInput): Promise<ParticipantView> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    await checkActivity(tx, projectId, input.activityId);
    if (await q.findParticipantByEmail(trx, projectId, input.email.toLowerCase())) throw emailTaken();
    const now = deps.clock().toISOString();
    await q.insertParticipants(trx, [{ id, project_id: projectId, ...participantRow(input), pseudonym: newPseudonym(), created_at: now, updated_at: now }]);
    await replan(tx, projectId, [id]);
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'participant.add',
      entity: 'participant',
      entityId: id,
    });
  });
  return viewOf(deps, actor, projectId, id);
}

export async function updateParticipant(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  id: string,
  input: ParticipantInput,
): Promise<ParticipantView> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  if (!(await q.findParticipant(deps.db, projectId, id))) throw notFound('participant.not_found');
  await deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    await checkActivity(tx, projectId, input.activityId);
    const other = await q.findParticipantByEmail(trx, projectId, input.email.toLowerCase());
    if (other && other.id !== id) throw emailTaken();
    await q.updateParticipant(trx, id, { ...participantRow(input), updated_at: deps.clock().toISOString() });
    await replan(tx, projectId, [id]);
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'participant.update',
      entity: 'participant',
      entityId: id,
    });
  });
  return viewOf(deps, actor, projectId, id);
}

/** Sends a participant's link again at once (a lost e-mail, a new address); an expired link gets new days. */
export async function resendInvitation(deps: Deps, actorOrNull: Actor | null, projectId: string, invitationId: string): Promise<ParticipantView> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  const inv = await q.findInvitation(deps.db, invitationId);
  if (!inv || inv.project_id !== projectId) throw notFound('invitation.not_found');
  if (inv.status === 'completed' || inv.status === 'cancelled') throw conflict('invitation.closed');
  const settings = await momentSettings(deps, projectId);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    // back to "due now": the scheduler's next round sends it, exactly once
    await q.updateInvitation(trx, inv.id, {
      status: 'scheduled',
      due_at: now.toISOString(),
      expires_at: new Date(Math.max(Date.parse(inv.expires_at), now.getTime() + settings.linkValidDays * 86_400_000)).toISOString(),
      claimed_by: null,
      claimed_until: null,
    });
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'invitation.resend',
      entity: 'invitation',
      entityId: inv.id,
    });
  });
  return viewOf(deps, actor, projectId, inv.participant_id);
}

/**
 * The personal link of one moment's questionnaire for each of the given selected participants, for a message the
 * coordinator sends that carries it (the follow-up day's invitation carries T2's). A link that has
 * gone out already is given as it is; one still planned goes out with that message instead of on
 * its own (marked sent, so reminders follow and the plan keeps it). Either stays valid at least
 * until `validUntil`. Completed, expired and cancelled questionnaires have no link.
 *
 * The links are worked out first; `save` writes what they change in the caller's transaction, the
 * one that queues the message, so that an invitation is marked sent only with the mail that carries it.
 */
export async function issueMomentLinks(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  moment: Moment,
  validUntil: Date,
  participantIds: string[],
): Promise<{ links: Map<string, string>; save: (trx: Kysely<DB>) => Promise<void> }> {
  const actor = requireActor(actorOrNull);
  await requireEditableProject(deps, actor, projectId);
  const nowIso = deps.clock().toISOString();
  const wanted = new Set(participantIds);
  const people = new Map(
    (await q.listParticipantsWithInvitations(deps.db, projectId)).filter((p) => p.status === 'selected' && wanted.has(p.id)).map((p) => [p.id, p]),
  );
  const links = new Map<string, string>();
  const writes: ((trx: Kysely<DB>) => Promise<unknown>)[] = [];
  for (const inv of await q.listInvitationsOfProject(deps.db, projectId)) {
    const person = people.get(inv.participant_id);
    if (!person || inv.moment !== moment || inv.expires_at <= nowIso || (inv.status !== 'sent' && inv.status !== 'scheduled')) continue;
    const token = tokenFor(deps.linkSecret, inv.id);
    const expiresAt = new Date(Math.max(Date.parse(inv.expires_at), validUntil.getTime())).toISOString();
    if (inv.status === 'scheduled') {
      // a scheduler sending it at this very moment uses the same link, so it is valid either way
      writes.push((trx) =>
        q.markInvitationSent(trx, inv.id, { sent_at: nowIso, last_sent_at: nowIso, token_hash: hashToken(token), expires_at: expiresAt }, nowIso),
      );
    } else if (expiresAt !== inv.expires_at) {
      writes.push((trx) => q.updateInvitation(trx, inv.id, { expires_at: expiresAt }));
    }
    links.set(person.id, linkFor(deps.publicUrl, token, person.locale));
  }
  return {
    links,
    save: async (trx) => {
      for (const write of writes) await write(trx);
    },
  };
}

export async function getMomentSettings(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<MomentSettingsView> {
  const actor = requireActor(actorOrNull);
  await requireVisibleProject(deps, actor, projectId);
  const s = await momentSettings(deps, projectId);
  return { moments: s.moments, anonymous: s.anonymous, reminderDays: s.reminderDays };
}

export async function saveMomentSettings(deps: Deps, actorOrNull: Actor | null, projectId: string, input: MomentSettingInput): Promise<MomentSettingsView> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  const current = await momentSettings(deps, projectId);
  const moments = SURVEY_MOMENTS.map((m) => input.moments.find((x) => x.moment === m) ?? current.moments.find((x) => x.moment === m)!);
  await deps.db.transaction().execute(async (trx) => {
    await q.saveSettings(
      trx,
      {
        project_id: projectId,
        anonymous: (input.anonymous ?? current.anonymous) ? 1 : 0,
        reminder_days: toJson(input.reminderDays ?? current.reminderDays),
        link_valid_days: current.linkValidDays,
      },
      moments.map((m) => ({ project_id: projectId, moment: m.moment, enabled: m.enabled ? 1 : 0, anchor: m.anchor, offset_days: m.offsetDays })),
    );
    await replan({ ...deps, db: trx }, projectId, 'all');
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'questionnaires.settings',
      entity: 'project',
      entityId: projectId,
    });
  });
  return getMomentSettings(deps, actor, projectId);
}

// --- import from CSV or XLSX ------------------------------------------------------------------

const GUESSES: Record<string, RegExp> = {
  name: /^(naam|name|volledige naam|full name)$/i,
  email: /^(e-?mail(adres)?|e-?mail address)$/i,
  role: /^(rol|role|functie|function)$/i,
  locale: /^(taal|language|locale)$/i,
  startDate: /^(start(datum)?|start date|begindatum|van)$/i,
  endDate: /^(eind(datum)?|end date|tot)$/i,
  status: /^(status|selectie|selection)$/i,
};

async function readTable(file: ParticipantImportInput['file']): Promise<{ columns: string[]; rows: Record<string, string>[]; firstLine: number }> {
  const bytes = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength);
  if (/\.csv$/i.test(file.filename)) {
    try {
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
      const delimiter = (text.split('\n')[0] ?? '').includes(';') ? ';' : ',';
      const records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, delimiter, relax_column_count: true }) as Record<string, string>[];
      const columns = Object.keys(records[0] ?? {});
      return { columns, rows: records, firstLine: 2 };
    } catch {
      throw new AppError('invalid_input', 'import.unreadable');
    }
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid_input', 'import.unreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('invalid_input', 'import.empty');
  const cell = (v: ExcelJS.CellValue): string => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
    if (typeof v === 'object' && 'result' in v) return String((v as { result: unknown }).result ?? '');
    return String(v).trim();
  };
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cell);
  const rows: Record<string, string>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1).map(cell);
    if (values.every((v) => !v)) continue;
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? ''])));
  }
  return { columns: header, rows, firstLine: 2 };
}

/**
 * Registers participants from a list. Every row is checked first; when any row is wrong nothing
 * is imported and each problem is reported with its line number. `dryRun` only shows the mapping.
 */
export async function importParticipants(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  input: ParticipantImportInput,
): Promise<ParticipantImportView> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  const { columns, rows, firstLine } = await readTable(input.file);
  if (rows.length === 0) throw new AppError('invalid_input', 'import.empty');
  const mapping: Record<string, string> = input.mapping
    ? Object.fromEntries(Object.entries(input.mapping).filter(([, v]) => v))
    : Object.fromEntries(
        Object.entries(GUESSES).flatMap(([field, re]) => {
          const column = columns.find((c) => re.test(c.trim()));
          return column ? [[field, column]] : [];
        }),
      );
  const errors: ParticipantImportView['errors'] = [];
  for (const field of ['name', 'email'])
    if (!mapping[field] || !columns.includes(mapping[field]!)) errors.push({ line: 1, field, message: 'import.column_missing' });
  const seen = new Set<string>();
  const valid: ParticipantInput[] = [];
  if (errors.length === 0) {
    // the addresses already in the project, asked once for the whole list
    const registered = new Set((await q.listParticipantEmails(deps.db, projectId)).map((p) => p.email));
    for (const [i, row] of rows.entries()) {
      const line = firstLine + i;
      const value = (field: string) => (mapping[field] ? row[mapping[field]!]?.trim() || undefined : undefined);
      const raw = {
        name: value('name') ?? '',
        email: value('email') ?? '',
        role: normaliseRole(value('role')),
        locale: value('locale')?.toLowerCase().slice(0, 2) === 'en' ? 'en' : 'nl',
        startDate: value('startDate'),
        endDate: value('endDate'),
        // without a status column everyone on the list is selected
        status: normaliseStatus(value('status')),
      };
      const parsed = participantInput.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          errors.push({ line, field: String(issue.path[0] ?? ''), message: /^validation\./.test(issue.message) ? issue.message : 'validation.invalid' });
        continue;
      }
      const email = parsed.data.email.toLowerCase();
      if (seen.has(email) || registered.has(email)) {
        errors.push({ line, field: 'email', message: 'participant.email_taken' });
        continue;
      }
      seen.add(email);
      valid.push(parsed.data);
    }
  }
  const view = { columns, mapping, rows: rows.length, imported: 0, errors };
  if (errors.length > 0 || input.dryRun) return view;
  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock().toISOString();
    const rows = valid.map((p) => ({ id: newId(), project_id: projectId, ...participantRow(p), pseudonym: newPseudonym(), created_at: now, updated_at: now }));
    await q.insertParticipants(trx, rows);
    await replan(
      { ...deps, db: trx },
      projectId,
      rows.map((r) => r.id),
    );
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'participant.import',
      entity: 'project',
      entityId: projectId,
      details: { rows: valid.length },
    });
  });
  return { ...view, imported: valid.length };
}

function normaliseStatus(value: string | undefined): string {
  const v = (value ?? '').toLowerCase();
  if (!v || /^(geselecteerd|selected|ja|yes)/.test(v)) return 'selected';
  if (/^(kandidaat|candidate)/.test(v)) return 'candidate';
  if (/^(teruggetrokken|withdrawn|nee|no)/.test(v)) return 'withdrawn';
  return v; // anything else is reported as a wrong value on its line
}

function normaliseRole(value: string | undefined): string {
  const v = (value ?? '').toLowerCase();
  if (!v) return 'teacher';
  if (/^(leerkracht|docent|teacher|leraar)/.test(v)) return 'teacher';
  if (/^(trainer|opleider)/.test(v)) return 'trainer';
  if (/^(vrijwilliger|volunteer)/.test(v)) return 'volunteer';
  if (/^(directeur|leidinggevende|manager|teamleider)/.test(v)) return 'manager';
  if (/^(medewerker|staff|onderwijsondersteun)/.test(v)) return 'staff';
  return v;
}
