import { z } from 'zod';
import { momentsOf, type RespondentKind, type SurveyMoment, type UnplannedReason } from '../../../shared/questionnaires.js';
import { parseJson } from '../../db/json.js';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, requireActor } from '../../http/access.js';
import { AppError, conflict, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireEditableProject } from '../projects/projects.service.js';
import { defaultMomentSettings, type MomentSetting, planInvitations } from './plan.js';
import * as q from './questionnaires.queries.js';

// When each respondent is asked: participants on their own (or their activity's) dates, comparison
// colleagues and the organisation's respondent on the group's dates; why a moment is not planned;
// and a moment sent at once.

const DAY = 86_400_000;
const reminderDaysJson = z.array(z.number().int());

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

type Dates = { start: string; end: string } | null;
type PlanningRow = Awaited<ReturnType<typeof q.listPlanningRows>>[number];

/** The dates the comparison colleagues and the organisation's respondent are planned from. */
export interface GroupDates {
  of(activityId: string | null): Dates;
}

export async function groupDates(deps: Deps, projectId: string): Promise<GroupDates> {
  const [groups, activities] = await Promise.all([q.listGroupDates(deps.db, projectId), q.listActivityDates(deps.db, projectId)]);
  const span = (rows: { first_start: string | null; last_end: string | null }[]): Dates => {
    const starts = rows.flatMap((r) => (r.first_start ? [r.first_start] : [])).sort();
    const ends = rows.flatMap((r) => (r.last_end ? [r.last_end] : [])).sort();
    return starts[0] && ends.length ? { start: starts[0], end: ends[ends.length - 1]! } : null;
  };
  const whole = span(groups);
  return {
    of(activityId) {
      if (!activityId) return whole;
      // the participants of the activity, else the activity's own dates (no participant registered yet)
      const own = span(groups.filter((g) => g.activity_id === activityId));
      if (own) return own;
      const activity = activities.find((a) => a.id === activityId);
      return activity?.start_date ? { start: activity.start_date, end: activity.end_date ?? activity.start_date } : null;
    },
  };
}

/** The dates a person's moments are planned from, or null when there are none yet. */
function datesOf(row: Pick<PlanningRow, 'kind' | 'activity_id' | 'start_date' | 'end_date' | 'activity_start' | 'activity_end'>, group: GroupDates): Dates {
  if (row.kind !== 'participant') return group.of(row.activity_id);
  const start = row.start_date ?? row.activity_start;
  const end = row.end_date ?? row.activity_end ?? start;
  return start && end ? { start, end } : null;
}

/** The moment settings a kind of respondent is planned by: only the moments it is asked at. */
const settingsFor = (kind: RespondentKind, settings: MomentSettings) => settings.moments.filter((m) => momentsOf(kind).includes(m.moment));

/**
 * (Re)plans the invitations that have not gone out yet, in set operations: the scheduled ones go,
 * a person who is no longer selected has the open ones cancelled, and each selected person with
 * dates gets the missing moments. Replanning participants replans the comparison colleagues and
 * the organisation's respondent too, as the group's dates may have moved. Pass deps whose `db` is
 * the caller's transaction.
 */
export async function replan(deps: Deps, projectId: string, ids: string[] | 'all') {
  const settings = await momentSettings(deps, projectId);
  if (ids === 'all') return replanSome(deps, projectId, null, settings);
  // a long list (an import) in slices, so that no statement names too many ids
  for (let i = 0; i < ids.length; i += 500) await replanSome(deps, projectId, ids.slice(i, i + 500), settings);
  const others = (await q.listPlanningRows(deps.db, projectId, null)).filter((r) => r.kind !== 'participant' && !ids.includes(r.id)).map((r) => r.id);
  if (others.length) await replanSome(deps, projectId, others, settings);
}

async function replanSome(deps: Deps, projectId: string, only: string[] | null, settings: MomentSettings) {
  const nowIso = deps.clock().toISOString();
  await q.deleteScheduledInvitations(deps.db, projectId, only, nowIso);
  await q.cancelOpenInvitationsOfUnselected(deps.db, projectId, only);
  await q.deleteUnansweredCancelled(deps.db, projectId, only);
  const [people, existing, group] = await Promise.all([
    q.listPlanningRows(deps.db, projectId, only),
    q.listInvitationKeys(deps.db, projectId, only),
    groupDates(deps, projectId),
  ]);
  const taken = new Set(existing.map((i) => `${i.participant_id}|${i.moment}|${i.day}`));
  const now = deps.clock().getTime();
  const rows: DB['invitations'][] = [];
  for (const p of people) {
    if (p.status !== 'selected') continue;
    const dates = datesOf(p, group);
    if (!dates) continue; // no dates yet: planned once they are known
    for (const plan of planInvitations(dates, settingsFor(p.kind, settings), settings.linkValidDays, { daily: p.kind === 'participant' })) {
      // a moment whose link would already have run out is not planned at all
      if (taken.has(`${p.id}|${plan.moment}|${plan.day}`) || plan.expiresAt.getTime() <= now) continue;
      rows.push(invitationRow(projectId, p.id, plan.moment, plan.day, plan.dueAt, plan.expiresAt));
    }
  }
  await q.insertInvitations(deps.db, rows);
}

function invitationRow(
  projectId: string,
  participantId: string,
  moment: DB['invitations']['moment'],
  day: string,
  dueAt: Date,
  expiresAt: Date,
): DB['invitations'] {
  return {
    id: newId(),
    project_id: projectId,
    participant_id: participantId,
    moment,
    day,
    instrument_id: null,
    due_at: dueAt.toISOString(),
    expires_at: expiresAt.toISOString(),
    token_hash: null,
    status: 'scheduled',
    sent_at: null,
    reminders_sent: 0,
    last_sent_at: null,
    completed_at: null,
    claimed_by: null,
    claimed_until: null,
  };
}

/**
 * The moments a person is asked at that have no invitation, each with why: not selected, the
 * moment switched off, no dates to plan from, or a window that had closed when the dates came.
 */
export function unplannedMoments(
  person: Pick<PlanningRow, 'kind' | 'status' | 'activity_id' | 'start_date' | 'end_date' | 'activity_start' | 'activity_end'>,
  invitations: { moment: string; status: string }[],
  settings: MomentSettings,
  group: GroupDates,
): { moment: SurveyMoment; reason: UnplannedReason }[] {
  const live = new Set(invitations.filter((i) => i.status !== 'cancelled').map((i) => i.moment));
  const dates = datesOf(person, group);
  return momentsOf(person.kind)
    .filter((moment) => !live.has(moment))
    .map((moment) => {
      const setting = settings.moments.find((m) => m.moment === moment);
      let reason: UnplannedReason;
      if (person.status !== 'selected') reason = 'not_selected';
      else if (!setting?.enabled) reason = 'moment_off';
      else if (!dates) reason = person.kind === 'participant' ? 'no_dates' : 'no_group_dates';
      else reason = 'passed';
      return { moment, reason };
    });
}

/**
 * Sends one moment to one person now: a planned invitation becomes due at once, one that was never
 * planned (no dates, its window passed) is made. The scheduler's next round sends it, exactly once;
 * the link is valid for the project's usual number of days from now.
 */
export async function sendNow(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  personId: string,
  moment: SurveyMoment,
  kinds: RespondentKind[],
): Promise<Actor> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  const person = await q.findParticipant(deps.db, projectId, personId);
  if (!person || !kinds.includes(person.kind)) throw notFound(kinds.includes('participant') ? 'participant.not_found' : 'respondent.not_found');
  if (!momentsOf(person.kind).includes(moment))
    throw new AppError('invalid_input', 'invitation.moment_not_asked', [{ path: 'moment', message: 'invitation.moment_not_asked' }]);
  if (person.status !== 'selected') throw conflict('invitation.not_selected');
  const settings = await momentSettings(deps, projectId);
  const now = deps.clock();
  const expiresAt = new Date(now.getTime() + settings.linkValidDays * DAY);
  await deps.db.transaction().execute(async (trx) => {
    const existing = await q.findInvitationOfMoment(trx, personId, moment);
    if (existing?.status === 'completed') throw conflict('invitation.closed');
    let invitationId: string;
    if (existing) {
      invitationId = existing.id;
      await q.updateInvitation(trx, existing.id, {
        status: 'scheduled',
        due_at: now.toISOString(),
        // a link already sent keeps its days; a new one gets the usual number from now
        expires_at: new Date(Math.max(existing.status === 'sent' ? Date.parse(existing.expires_at) : 0, expiresAt.getTime())).toISOString(),
        claimed_by: null,
        claimed_until: null,
      });
    } else {
      const row = invitationRow(projectId, personId, moment, '', now, expiresAt);
      invitationId = row.id;
      await q.insertInvitations(trx, [row]);
    }
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'invitation.send_now',
      entity: 'invitation',
      entityId: invitationId,
      details: { moment },
    });
  });
  return actor;
}
