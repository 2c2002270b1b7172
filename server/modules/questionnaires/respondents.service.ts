import type { RespondentInput, RespondentView, SurveyMoment } from '../../../shared/questionnaires.js';
import type { Deps } from '../../deps.js';
import { type Actor, peopleFor, requireActor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireEditableProject, requireVisibleProject } from '../projects/projects.service.js';
import { checkActivity, invitationsOf, invitationView, newPseudonym, type PersonRow, type PlanningContext, planningContext } from './participants.service.js';
import { replan, sendNow, unplannedMoments } from './planning.service.js';
import * as q from './questionnaires.queries.js';

// The project's other respondents: colleagues who did not take part (the comparison group, asked
// the participants' state items at the same moments) and the coordinator or school leader who
// answers the organisation questionnaire at T0, T2 and T3. Both are planned on the group's dates.

const KINDS = ['comparison', 'organisation'] as const;

function toView(people: ReturnType<typeof peopleFor>, row: PersonRow, context: PlanningContext): RespondentView {
  const { name, email } = people.participant(row);
  const invitations = invitationsOf(row);
  const dates = context.group.of(row.activity_id);
  return {
    id: row.id,
    kind: row.kind === 'organisation' ? 'organisation' : 'comparison',
    name,
    email,
    role: row.role,
    locale: row.locale,
    activityId: row.activity_id,
    activityTitle: row.activity_title,
    status: row.status,
    pseudonym: row.pseudonym,
    startDate: dates?.start ?? null,
    endDate: dates?.end ?? null,
    invitations: invitations.map(invitationView),
    unplanned: unplannedMoments(row, invitations, context.settings, context.group),
  };
}

async function viewOf(deps: Deps, actor: Actor, projectId: string, id: string): Promise<RespondentView> {
  const [row] = await q.listParticipantsWithInvitations(deps.db, projectId, [...KINDS], id);
  if (!row) throw notFound('respondent.not_found');
  return toView(peopleFor(deps.pseudonymSecret, actor), row, await planningContext(deps, projectId));
}

export async function listRespondents(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<RespondentView[]> {
  const actor = requireActor(actorOrNull);
  await requireVisibleProject(deps, actor, projectId);
  const [rows, context] = await Promise.all([q.listParticipantsWithInvitations(deps.db, projectId, [...KINDS]), planningContext(deps, projectId)]);
  const people = peopleFor(deps.pseudonymSecret, actor);
  return rows.map((r) => toView(people, r, context));
}

/**
 * A comparison colleague did not take part: their address may not be a participant's. The
 * organisation's respondent may be anyone, a participant too (a school leader who went abroad).
 */
async function checkEmail(deps: Deps, projectId: string, input: RespondentInput, self?: string) {
  const kinds = input.kind === 'comparison' ? (['comparison', 'participant'] as const) : (['organisation'] as const);
  const other = await q.findParticipantByEmail(deps.db, projectId, input.email.toLowerCase(), [...kinds]);
  if (!other || other.id === self) return;
  const key = other.kind === 'participant' ? 'respondent.is_participant' : 'respondent.email_taken';
  throw new AppError('conflict', key, [{ path: 'email', message: key }]);
}

const respondentRow = (input: RespondentInput) => ({
  kind: input.kind,
  name: input.name,
  email: input.email.toLowerCase(),
  role: input.role,
  locale: input.locale,
  activity_id: input.activityId ?? null,
  status: input.status,
});

export async function addRespondent(deps: Deps, actorOrNull: Actor | null, projectId: string, input: RespondentInput): Promise<RespondentView> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    await checkActivity(tx, projectId, input.activityId);
    await checkEmail(tx, projectId, input);
    const now = deps.clock().toISOString();
    await q.insertParticipants(trx, [
      {
        id,
        project_id: projectId,
        ...respondentRow(input),
        start_date: null,
        end_date: null,
        selection: '{}',
        pseudonym: newPseudonym(),
        created_at: now,
        updated_at: now,
      },
    ]);
    await replan(tx, projectId, [id]);
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'respondent.add',
      entity: 'participant',
      entityId: id,
      details: { kind: input.kind },
    });
  });
  return viewOf(deps, actor, projectId, id);
}

/** Changes a respondent (details, the activity they are matched to, withdrawn or not); their kind stays. */
export async function updateRespondent(deps: Deps, actorOrNull: Actor | null, projectId: string, id: string, input: RespondentInput): Promise<RespondentView> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  const existing = await q.findParticipant(deps.db, projectId, id);
  if (!existing || existing.kind === 'participant') throw notFound('respondent.not_found');
  if (existing.kind !== input.kind) throw new AppError('invalid_input', 'respondent.kind_fixed', [{ path: 'kind', message: 'respondent.kind_fixed' }]);
  await deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    await checkActivity(tx, projectId, input.activityId);
    await checkEmail(tx, projectId, input, id);
    await q.updateParticipant(trx, id, { ...respondentRow(input), updated_at: deps.clock().toISOString() });
    await replan(tx, projectId, [id]);
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'respondent.update',
      entity: 'participant',
      entityId: id,
    });
  });
  return viewOf(deps, actor, projectId, id);
}

export async function sendRespondentMomentNow(deps: Deps, actorOrNull: Actor | null, projectId: string, id: string, moment: SurveyMoment) {
  const actor = await sendNow(deps, actorOrNull, projectId, id, moment, [...KINDS]);
  return viewOf(deps, actor, projectId, id);
}
