import {
  type AfterEvidenceView,
  type DisseminationInput,
  type DisseminationView,
  defaultScope,
  EVIDENCE_INDICATORS,
  type EvidenceIndicator,
  type FollowUpDayInput,
  type FollowUpDayView,
  type FollowUpInput,
  type FollowUpRecordInput,
  type FollowUpView,
  type InvitationsSentView,
  PRODUCT_FILE_TYPES,
  type ParticipantUpdateInput,
  type ParticipantUpdateView,
  type ProductFileUpload,
  type PublicProductView,
  type RecognitionInput,
  type RecognitionView,
  type ReplyInput,
  type UseInput,
  type UsesView,
  type UseView,
} from '../../../shared/after-project.js';
import type { ParticipantView } from '../../../shared/questionnaires.js';
import type { ProductView } from '../../../shared/schemas.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, type People, peopleFor, requireActor } from '../../http/access.js';
import { conflict, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { getModel } from '../impact-model/impact-model.service.js';
import * as projects from '../projects/projects.service.js';
import { type QueuedMail, queueMail } from '../questionnaires/outbox.service.js';
import { issueMomentLinks, listParticipants } from '../questionnaires/participants.service.js';
import * as q from './after-project.queries.js';
import { amsterdamInstant, followUpDayCalendar } from './calendar.js';
import { followUpDayEventText, followUpDayMail, participantUpdateMail, useNoticeMail, useReplyMail } from './messages.js';

// Who may do what is the project's rule (server/http/access.ts, through the projects service's
// requireVisibleProject and requireEditableProject):
// whoever sees the project reads what happened after it (another organisation's: not found); its
// own organisation's coordinators and the NA admin record and send; the analysts only read, with
// participants by pseudonym (from the questionnaires service) and no third party's address (peopleFor).

const DAY = 86_400_000;
const today = (deps: Deps) => deps.clock().toISOString().slice(0, 10);

function audit(trx: Kysely<DB>, deps: Deps, actor: Actor, organisationId: string, action: string, projectId: string, part: string) {
  return recordAudit(trx, deps, { actorId: actor.id, organisationId, action, entity: 'project', entityId: projectId, details: { part } });
}

/** Every after-project message goes through the one outbox, in the transaction of the change that causes it. */
async function queueAll(trx: Kysely<DB>, deps: Deps, mails: QueuedMail[]) {
  for (const mail of mails) await queueMail(deps, trx, mail);
}

// --- dissemination ----------------------------------------------------------------------------

type DisseminationRow = DB['disseminations'];

async function outcomeTitles(deps: Deps, actor: Actor, projectId: string): Promise<Map<string, string>> {
  const model = await getModel(deps, actor, projectId);
  return new Map(model.elements.filter((e) => e.layer === 'outcome').map((e) => [e.id, e.title]));
}

function toDisseminationView(row: DisseminationRow, outcomes: Map<string, string>): DisseminationView {
  const outcomeTitle = row.outcome_id ? outcomes.get(row.outcome_id) : undefined;
  return {
    id: row.id,
    date: row.date,
    type: row.type,
    scope: row.scope,
    title: row.title,
    audience: row.audience,
    reach: row.reach,
    link: row.link,
    outcome: row.outcome_id && outcomeTitle !== undefined ? { id: row.outcome_id, title: outcomeTitle } : null,
    notes: row.notes,
    createdAt: row.created_at,
  };
}

export async function listDisseminations(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<DisseminationView[]> {
  const actor = requireActor(actorOrNull);
  await projects.requireVisibleProject(deps, actor, projectId);
  const [rows, outcomes] = await Promise.all([q.listDisseminations(deps.db, projectId), outcomeTitles(deps, actor, projectId)]);
  return rows.map((r) => toDisseminationView(r, outcomes));
}

function disseminationRow(input: DisseminationInput) {
  return {
    date: input.date ?? null,
    type: input.type,
    scope: input.scope ?? defaultScope(input.type),
    title: input.title,
    audience: input.audience,
    reach: input.reach ?? null,
    link: input.link ?? null,
    outcome_id: input.outcomeId ?? null,
    notes: input.notes ?? null,
  };
}

async function checkOutcome(deps: Deps, actor: Actor, projectId: string, outcomeId: string | null | undefined) {
  const outcomes = await outcomeTitles(deps, actor, projectId);
  if (outcomeId && !outcomes.has(outcomeId)) throw invalid('outcomeId', 'dissemination.unknown_outcome');
  return outcomes;
}

export async function addDissemination(deps: Deps, actorOrNull: Actor | null, projectId: string, input: DisseminationInput): Promise<DisseminationView> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  const outcomes = await checkOutcome(deps, actor, projectId, input.outcomeId);
  const now = deps.clock().toISOString();
  const row: DisseminationRow = { id: newId(), project_id: projectId, ...disseminationRow(input), created_by: actor.id, created_at: now, updated_at: now };
  await deps.db.transaction().execute(async (trx) => {
    await q.insertDissemination(trx, row);
    await audit(trx, deps, actor, project.organisation_id, 'after.dissemination.add', projectId, row.id);
  });
  return toDisseminationView(row, outcomes);
}

export async function updateDissemination(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  id: string,
  input: DisseminationInput,
): Promise<DisseminationView> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  if (!(await q.findDissemination(deps.db, projectId, id))) throw notFound('dissemination.not_found');
  const outcomes = await checkOutcome(deps, actor, projectId, input.outcomeId);
  await deps.db.transaction().execute(async (trx) => {
    await q.updateDissemination(trx, projectId, id, { ...disseminationRow(input), updated_at: deps.clock().toISOString() });
    await audit(trx, deps, actor, project.organisation_id, 'after.dissemination.update', projectId, id);
  });
  return toDisseminationView((await q.findDissemination(deps.db, projectId, id))!, outcomes);
}

export async function removeDissemination(deps: Deps, actorOrNull: Actor | null, projectId: string, id: string): Promise<void> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  await deps.db.transaction().execute(async (trx) => {
    const { numDeletedRows } = await q.deleteDissemination(trx, projectId, id);
    if (numDeletedRows === 0n) throw notFound('dissemination.not_found');
    await audit(trx, deps, actor, project.organisation_id, 'after.dissemination.remove', projectId, id);
  });
}

/** Who has taken part: the selected participants, with an address to write to. */
const formerParticipants = (people: ParticipantView[]) => people.filter((p) => p.status === 'selected' && p.email);

/**
 * An update to everyone who took part, as the mbo network keeps its former participants informed:
 * one e-mail each through the outbox, and an entry in the dissemination log.
 */
export async function sendParticipantUpdate(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  input: ParticipantUpdateInput,
): Promise<ParticipantUpdateView> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  const people = formerParticipants(await listParticipants(deps, actor, projectId));
  if (people.length === 0) throw conflict('update.no_recipients');
  const now = deps.clock().toISOString();
  const row: DisseminationRow = {
    id: newId(),
    project_id: projectId,
    date: today(deps),
    type: 'newsletter',
    scope: 'internal',
    title: input.subject,
    audience: actor.locale === 'en' ? 'Former participants' : 'Oud-deelnemers',
    reach: people.length,
    link: null,
    outcome_id: null,
    notes: null,
    created_by: actor.id,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await queueAll(
      trx,
      deps,
      people.map((p) => ({
        to: p.email,
        kind: 'project_update',
        ...participantUpdateMail(p.locale, {
          name: p.name,
          projectTitle: project.title,
          organisation: project.organisation_name,
          subject: input.subject,
          body: input.body,
        }),
      })),
    );
    await q.insertDissemination(trx, row);
    await audit(trx, deps, actor, project.organisation_id, 'after.participant_update', projectId, row.id);
  });
  return { recipients: people.length, dissemination: toDisseminationView(row, new Map()) };
}

// --- products: the public page, its file, uses by others ----------------------------------------

export async function getPublicProduct(deps: Deps, slug: string): Promise<PublicProductView> {
  const found = await projects.findPublicProduct(deps, slug);
  if (!found) throw notFound('product_page.not_found');
  const p = found.product;
  return {
    slug: p.slug,
    title: p.title,
    kind: p.kind,
    description: { nl: p.description, en: p.descriptionEn },
    // links saved before only web addresses were accepted are left off a page anyone opens
    url: p.url && /^https?:\/\//i.test(p.url) ? p.url : null,
    file: p.file,
    project: found.project,
  };
}

export async function getPublicProductFile(deps: Deps, slug: string) {
  const file = await projects.findPublicProductFile(deps, slug);
  if (!file) throw notFound('product_page.no_file');
  return file;
}

/** The product's file from an upload; the multipart reader has refused one over PRODUCT_FILE_MAX_BYTES already (413). */
export async function setProductFile(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  productId: string,
  input: ProductFileUpload,
): Promise<ProductView> {
  const actor = requireActor(actorOrNull);
  const { file } = input;
  if (file.data.length === 0) throw invalid('file', 'validation.required');
  // only the name's last part is kept: no folders from the uploader's machine
  const name = file.filename.split(/[\\/]/).pop()!;
  const extension = name.split('.').pop()!.toLowerCase();
  // the type is ours, from the extension, never the browser's: the public page serves it as such
  const contentType = PRODUCT_FILE_TYPES[extension]!;
  return projects.setProductFile(deps, actor, projectId, productId, { name, contentType, content: Buffer.from(file.data) });
}

export async function removeProductFile(deps: Deps, actorOrNull: Actor | null, projectId: string, productId: string): Promise<ProductView> {
  return projects.removeProductFile(deps, requireActor(actorOrNull), projectId, productId);
}

type UseRow = DB['product_uses'];

/**
 * A use reported on the public page, by anyone. A filled honeypot (`website`) is answered the same
 * as a real report, so a bot learns nothing, and nothing is stored or sent.
 */
export async function registerUse(deps: Deps, slug: string, input: UseInput): Promise<{ received: true }> {
  const found = await projects.findPublicProduct(deps, slug);
  if (!found) throw notFound('product_page.not_found');
  if (input.website?.trim()) return { received: true };
  const row: UseRow = {
    id: newId(),
    product_id: found.product.id,
    project_id: found.projectId,
    organisation_type: input.organisationType,
    country: input.country,
    sector: input.sector,
    how_used: input.howUsed,
    recommend: input.recommend,
    feedback: input.feedback || null,
    email: input.email ? input.email.toLowerCase() : null,
    locale: input.locale,
    created_at: deps.clock().toISOString(),
    reply_text: null,
    replied_at: null,
    replied_by: null,
  };
  const coordinators = await projects.coordinatorAddresses(deps, found.organisationId);
  const link = `${deps.publicUrl}/projects/${found.projectId}/after?tab=products`;
  await deps.db.transaction().execute(async (trx) => {
    await q.insertUse(trx, row);
    await queueAll(
      trx,
      deps,
      coordinators.map((c) => ({
        to: c.email,
        kind: 'use_notice',
        ...useNoticeMail(c.locale === 'en' ? 'en' : 'nl', {
          productTitle: found.product.title,
          link,
          use: {
            organisationType: row.organisation_type,
            country: row.country,
            sector: row.sector,
            howUsed: row.how_used,
            recommend: row.recommend,
            feedback: row.feedback,
            canReply: row.email !== null,
          },
        }),
      })),
    );
  });
  return { received: true };
}

function toUseView(row: UseRow, titles: Map<string, string>, people: People): UseView {
  return {
    id: row.id,
    productId: row.product_id,
    productTitle: titles.get(row.product_id) ?? '',
    organisationType: row.organisation_type,
    country: row.country,
    sector: row.sector,
    howUsed: row.how_used,
    recommend: row.recommend,
    feedback: row.feedback,
    canReply: row.email !== null && row.replied_at === null,
    email: people.thirdPartyEmail(row.email),
    reply: row.reply_text && row.replied_at ? { text: row.reply_text, at: row.replied_at } : null,
    createdAt: row.created_at,
  };
}

function countBy<K extends string>(rows: UseRow[], key: (r: UseRow) => K) {
  const counts = new Map<K, number>();
  for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return [...counts].map(([k, count]) => ({ key: k, count }));
}

export async function listUses(deps: Deps, actorOrNull: Actor | null, projectId: string, productId?: string): Promise<UsesView> {
  const actor = requireActor(actorOrNull);
  await projects.requireVisibleProject(deps, actor, projectId);
  const products = await projects.listProducts(deps, actor, projectId);
  if (productId && !products.some((p) => p.id === productId)) throw notFound('product.not_found');
  const titles = new Map(products.map((p) => [p.id, p.title]));
  const rows = await q.listUsesOfProject(deps.db, projectId, productId);
  const people = peopleFor(deps.pseudonymSecret, actor);
  const byCount = (a: { key: string; count: number }, b: { key: string; count: number }) => b.count - a.count || a.key.localeCompare(b.key);
  return {
    total: rows.length,
    uses: rows.map((r) => toUseView(r, titles, people)),
    byMonth: countBy(rows, (r) => r.created_at.slice(0, 7)).sort((a, b) => a.key.localeCompare(b.key)),
    byCountry: countBy(rows, (r) => r.country).sort(byCount),
    bySector: countBy(rows, (r) => r.sector).sort(byCount),
    recommend: {
      yes: rows.filter((r) => r.recommend === 'yes').length,
      maybe: rows.filter((r) => r.recommend === 'maybe').length,
      no: rows.filter((r) => r.recommend === 'no').length,
    },
  };
}

/** The team's one follow-up question or answer, by e-mail to the address left, which is then erased. */
export async function replyToUse(deps: Deps, actorOrNull: Actor | null, projectId: string, useId: string, input: ReplyInput): Promise<UseView> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  const use = await q.findUse(deps.db, projectId, useId);
  if (!use) throw notFound('use.not_found');
  if (!use.email || use.replied_at) throw conflict('use.cannot_reply');
  const products = await projects.listProducts(deps, actor, projectId);
  const titles = new Map(products.map((p) => [p.id, p.title]));
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    // the condition on the row makes a second reply (another tab, a double click) a conflict, not a second mail
    const { numUpdatedRows } = await q.recordReply(trx, useId, { reply_text: input.text, replied_at: now, replied_by: actor.id });
    if (numUpdatedRows === 0n) throw conflict('use.cannot_reply');
    await queueAll(trx, deps, [
      {
        to: use.email!,
        kind: 'use_reply',
        ...useReplyMail(use.locale === 'en' ? 'en' : 'nl', {
          productTitle: titles.get(use.product_id) ?? '',
          organisation: project.organisation_name,
          sender: actor.name,
          senderEmail: actor.email,
          text: input.text,
        }),
      },
    ]);
    await audit(trx, deps, actor, project.organisation_id, 'after.use.reply', projectId, useId);
  });
  return toUseView((await q.findUse(deps.db, projectId, useId))!, titles, peopleFor(deps.pseudonymSecret, actor));
}

// --- network follow-ups ------------------------------------------------------------------------

type FollowUpRow = DB['network_follow_ups'];

function toFollowUpView(row: FollowUpRow): FollowUpView {
  return {
    id: row.id,
    type: row.type,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    partnerKind: row.partner_kind,
    date: row.date,
    description: row.description,
    createdAt: row.created_at,
  };
}

export async function listFollowUps(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<FollowUpView[]> {
  const actor = requireActor(actorOrNull);
  await projects.requireVisibleProject(deps, actor, projectId);
  return (await q.listFollowUps(deps.db, projectId)).map(toFollowUpView);
}

async function followUpRow(deps: Deps, actor: Actor, projectId: string, input: FollowUpInput) {
  let partnerName = input.partnerName ?? '';
  if (input.partnerId) {
    const partner = (await projects.getProject(deps, actor, projectId)).partners.find((p) => p.id === input.partnerId);
    if (!partner) throw invalid('partnerId', 'follow_up.unknown_partner');
    partnerName = partner.name;
  }
  return {
    type: input.type,
    partner_id: input.partnerId ?? null,
    partner_name: partnerName,
    partner_kind: input.partnerKind,
    date: input.date ?? null,
    description: input.description ?? null,
  };
}

export async function addFollowUp(deps: Deps, actorOrNull: Actor | null, projectId: string, input: FollowUpInput): Promise<FollowUpView> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  const now = deps.clock().toISOString();
  const row: FollowUpRow = { id: newId(), project_id: projectId, ...(await followUpRow(deps, actor, projectId, input)), created_at: now, updated_at: now };
  await deps.db.transaction().execute(async (trx) => {
    await q.insertFollowUp(trx, row);
    await audit(trx, deps, actor, project.organisation_id, 'after.follow_up.add', projectId, row.id);
  });
  return toFollowUpView(row);
}

export async function updateFollowUp(deps: Deps, actorOrNull: Actor | null, projectId: string, id: string, input: FollowUpInput): Promise<FollowUpView> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  if (!(await q.findFollowUp(deps.db, projectId, id))) throw notFound('follow_up.not_found');
  const set = { ...(await followUpRow(deps, actor, projectId, input)), updated_at: deps.clock().toISOString() };
  await deps.db.transaction().execute(async (trx) => {
    await q.updateFollowUp(trx, projectId, id, set);
    await audit(trx, deps, actor, project.organisation_id, 'after.follow_up.update', projectId, id);
  });
  return toFollowUpView((await q.findFollowUp(deps.db, projectId, id))!);
}

export async function removeFollowUp(deps: Deps, actorOrNull: Actor | null, projectId: string, id: string): Promise<void> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  await deps.db.transaction().execute(async (trx) => {
    const { numDeletedRows } = await q.deleteFollowUp(trx, projectId, id);
    if (numDeletedRows === 0n) throw notFound('follow_up.not_found');
    await audit(trx, deps, actor, project.organisation_id, 'after.follow_up.remove', projectId, id);
  });
}

// --- the follow-up day ---------------------------------------------------------------------

type DayRow = DB['follow_up_days'];

async function toDayViews(deps: Deps, actor: Actor, projectId: string, days: DayRow[]): Promise<FollowUpDayView[]> {
  const [people, attendance, project] = await Promise.all([
    listParticipants(deps, actor, projectId),
    q.listAttendance(
      deps.db,
      days.map((d) => d.id),
    ),
    projects.getProject(deps, actor, projectId),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  return days.map((day) => {
    const rows = new Map(attendance.filter((a) => a.follow_up_day_id === day.id).map((a) => [a.participant_id, a]));
    // everyone who may come (selected, of the day's activity) and anyone invited or recorded before
    const ids = new Set([
      ...people.filter((p) => p.status === 'selected' && (!day.activity_id || p.activityId === day.activity_id)).map((p) => p.id),
      ...rows.keys(),
    ]);
    return {
      id: day.id,
      activityId: day.activity_id,
      activityTitle: project.activities.find((a) => a.id === day.activity_id)?.title ?? null,
      date: day.date,
      startTime: day.start_time,
      endTime: day.end_time,
      timeZone: 'Europe/Amsterdam' as const,
      place: day.place,
      agenda: day.agenda,
      presented: day.presented,
      people: [...ids]
        .filter((id) => byId.has(id))
        .map((id) => ({ participantId: id, name: byId.get(id)!.name, invitedAt: rows.get(id)?.invited_at ?? null, attended: rows.get(id)?.attended === 1 }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      createdAt: day.created_at,
    };
  });
}

export async function listFollowUpDays(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<FollowUpDayView[]> {
  const actor = requireActor(actorOrNull);
  await projects.requireVisibleProject(deps, actor, projectId);
  return toDayViews(deps, actor, projectId, await q.listFollowUpDays(deps.db, projectId));
}

async function dayView(deps: Deps, actor: Actor, projectId: string, id: string) {
  const row = await q.findFollowUpDay(deps.db, projectId, id);
  if (!row) throw notFound('follow_up_day.not_found');
  return (await toDayViews(deps, actor, projectId, [row]))[0]!;
}

/** About a year after the activity: its end (or the project's), a year on. */
function defaultDate(end: string | null): string | null {
  if (!end) return null;
  const d = new Date(`${end}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

async function dayRow(deps: Deps, actor: Actor, projectId: string, input: FollowUpDayInput) {
  const project = await projects.getProject(deps, actor, projectId);
  const activity = input.activityId ? project.activities.find((a) => a.id === input.activityId) : undefined;
  if (input.activityId && !activity) throw invalid('activityId', 'follow_up_day.unknown_activity');
  const lastActivityEnd =
    project.activities
      .map((a) => a.endDate ?? a.startDate)
      .filter((d): d is string => !!d)
      .sort()
      .pop() ?? null;
  const date = input.date ?? defaultDate(activity ? (activity.endDate ?? activity.startDate) : (lastActivityEnd ?? project.endDate));
  if (!date) throw invalid('date', 'follow_up_day.date_unknown');
  return {
    activity_id: input.activityId ?? null,
    date,
    start_time: input.startTime,
    end_time: input.endTime,
    place: input.place,
    agenda: input.agenda ?? '',
  };
}

export async function addFollowUpDay(deps: Deps, actorOrNull: Actor | null, projectId: string, input: FollowUpDayInput): Promise<FollowUpDayView> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  const now = deps.clock().toISOString();
  const row: DayRow = {
    id: newId(),
    project_id: projectId,
    ...(await dayRow(deps, actor, projectId, input)),
    presented: null,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await q.insertFollowUpDay(trx, row);
    await audit(trx, deps, actor, project.organisation_id, 'after.follow_up_day.add', projectId, row.id);
  });
  return dayView(deps, actor, projectId, row.id);
}

export async function updateFollowUpDay(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  id: string,
  input: FollowUpDayInput,
): Promise<FollowUpDayView> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  if (!(await q.findFollowUpDay(deps.db, projectId, id))) throw notFound('follow_up_day.not_found');
  const set = { ...(await dayRow(deps, actor, projectId, input)), updated_at: deps.clock().toISOString() };
  await deps.db.transaction().execute(async (trx) => {
    await q.updateFollowUpDay(trx, projectId, id, set);
    await audit(trx, deps, actor, project.organisation_id, 'after.follow_up_day.update', projectId, id);
  });
  return dayView(deps, actor, projectId, id);
}

export async function removeFollowUpDay(deps: Deps, actorOrNull: Actor | null, projectId: string, id: string): Promise<void> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  await deps.db.transaction().execute(async (trx) => {
    const { numDeletedRows } = await q.deleteFollowUpDay(trx, projectId, id);
    if (numDeletedRows === 0n) throw notFound('follow_up_day.not_found');
    await audit(trx, deps, actor, project.organisation_id, 'after.follow_up_day.remove', projectId, id);
  });
}

/**
 * Invites everyone of the day who has not been invited yet: an e-mail in their language with the
 * day as an .ics attachment (Europe/Amsterdam) and their T2 questionnaire link when they have one.
 */
export async function sendFollowUpInvitations(deps: Deps, actorOrNull: Actor | null, projectId: string, id: string): Promise<InvitationsSentView> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  const day = await q.findFollowUpDay(deps.db, projectId, id);
  if (!day) throw notFound('follow_up_day.not_found');
  const ends = amsterdamInstant(day.date, day.end_time);
  if (ends.getTime() <= deps.clock().getTime()) throw conflict('follow_up_day.past');
  const view = await dayView(deps, actor, projectId, id);
  const people = new Map((await listParticipants(deps, actor, projectId)).map((p) => [p.id, p]));
  const toInvite = view.people.filter((p) => !p.invitedAt && people.get(p.participantId)?.status === 'selected').map((p) => people.get(p.participantId)!);
  // the questionnaire stays open a week after the day, so those who fill it in there can finish it at home
  const t2 = await issueMomentLinks(
    deps,
    actor,
    projectId,
    'T2',
    new Date(ends.getTime() + 7 * DAY),
    toInvite.map((p) => p.id),
  );
  const links = t2.links;
  const stamp = deps.clock();
  const mails = toInvite.map((p) => {
    const link = links.get(p.id) ?? null;
    const event = followUpDayEventText(p.locale, project.title, day.agenda, link);
    const calendar = followUpDayCalendar({
      uid: `${day.id}.${p.id}@impact-monitor`,
      title: event.title,
      description: event.description,
      location: day.place,
      date: day.date,
      startTime: day.start_time,
      endTime: day.end_time,
      stamp,
    });
    return {
      to: p.email,
      kind: 'follow_up_day' as const,
      ...followUpDayMail(p.locale, {
        name: p.name,
        projectTitle: project.title,
        date: day.date,
        startTime: day.start_time,
        endTime: day.end_time,
        place: day.place,
        agenda: day.agenda,
        questionnaireLink: link,
      }),
      attachments: [{ filename: p.locale === 'en' ? 'follow-up-day.ics' : 'terugkomdag.ics', contentType: 'text/calendar; charset=utf-8', content: calendar }],
    };
  });
  await deps.db.transaction().execute(async (trx) => {
    await t2.save(trx);
    await queueAll(trx, deps, mails);
    await q.markInvited(
      trx,
      id,
      toInvite.map((p) => p.id),
      stamp.toISOString(),
    );
    await audit(trx, deps, actor, project.organisation_id, 'after.follow_up_day.invite', projectId, id);
  });
  return { invited: toInvite.length, withQuestionnaireLink: toInvite.filter((p) => links.has(p.id)).length, day: await dayView(deps, actor, projectId, id) };
}

/** Afterwards: who came and what was presented. */
export async function recordFollowUpDay(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  id: string,
  input: FollowUpRecordInput,
): Promise<FollowUpDayView> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  if (!(await q.findFollowUpDay(deps.db, projectId, id))) throw notFound('follow_up_day.not_found');
  const known = new Set((await listParticipants(deps, actor, projectId)).map((p) => p.id));
  const unknown = input.attended.findIndex((p) => !known.has(p));
  if (unknown >= 0) throw invalid(`attended.${unknown}`, 'follow_up_day.unknown_participant');
  await deps.db.transaction().execute(async (trx) => {
    await q.setAttendance(trx, id, [...new Set(input.attended)]);
    await q.updateFollowUpDay(trx, projectId, id, { presented: input.presented ?? null, updated_at: deps.clock().toISOString() });
    await audit(trx, deps, actor, project.organisation_id, 'after.follow_up_day.record', projectId, id);
  });
  return dayView(deps, actor, projectId, id);
}

// --- recognition of what participants learned ------------------------------------------------

type RecognitionRow = DB['recognitions'];

export async function listRecognitions(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<RecognitionView[]> {
  const actor = requireActor(actorOrNull);
  await projects.requireVisibleProject(deps, actor, projectId);
  const [rows, people] = await Promise.all([q.listRecognitions(deps.db, projectId), listParticipants(deps, actor, projectId)]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return rows.map((r) => toRecognitionView(r, names));
}

function toRecognitionView(row: RecognitionRow, names: Map<string, string>): RecognitionView {
  return {
    id: row.id,
    participantId: row.participant_id,
    participantName: names.get(row.participant_id) ?? '',
    type: row.type,
    description: row.description,
    date: row.date,
  };
}

async function participantNames(deps: Deps, actor: Actor, projectId: string, participantId: string) {
  const names = new Map((await listParticipants(deps, actor, projectId)).map((p) => [p.id, p.name]));
  if (!names.has(participantId)) throw invalid('participantId', 'recognition.unknown_participant');
  return names;
}

const recognitionRow = (input: RecognitionInput) => ({
  participant_id: input.participantId,
  type: input.type,
  description: input.description ?? null,
  date: input.date ?? null,
});

export async function addRecognition(deps: Deps, actorOrNull: Actor | null, projectId: string, input: RecognitionInput): Promise<RecognitionView> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  const names = await participantNames(deps, actor, projectId, input.participantId);
  const now = deps.clock().toISOString();
  const row: RecognitionRow = { id: newId(), project_id: projectId, ...recognitionRow(input), created_at: now, updated_at: now };
  await deps.db.transaction().execute(async (trx) => {
    await q.insertRecognition(trx, row);
    await audit(trx, deps, actor, project.organisation_id, 'after.recognition.add', projectId, row.id);
  });
  return toRecognitionView(row, names);
}

export async function updateRecognition(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  id: string,
  input: RecognitionInput,
): Promise<RecognitionView> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  if (!(await q.findRecognition(deps.db, projectId, id))) throw notFound('recognition.not_found');
  const names = await participantNames(deps, actor, projectId, input.participantId);
  const set = { ...recognitionRow(input), updated_at: deps.clock().toISOString() };
  await deps.db.transaction().execute(async (trx) => {
    await q.updateRecognition(trx, projectId, id, set);
    await audit(trx, deps, actor, project.organisation_id, 'after.recognition.update', projectId, id);
  });
  return toRecognitionView((await q.findRecognition(deps.db, projectId, id))!, names);
}

export async function removeRecognition(deps: Deps, actorOrNull: Actor | null, projectId: string, id: string): Promise<void> {
  const actor = requireActor(actorOrNull);
  const project = await projects.requireEditableProject(deps, actor, projectId);
  await deps.db.transaction().execute(async (trx) => {
    const { numDeletedRows } = await q.deleteRecognition(trx, projectId, id);
    if (numDeletedRows === 0n) throw notFound('recognition.not_found');
    await audit(trx, deps, actor, project.organisation_id, 'after.recognition.remove', projectId, id);
  });
}

// --- evidence for the analytics ---------------------------------------------------------------

function emptyEvidence(projectId: string): AfterEvidenceView {
  return {
    projectId,
    productUses: 0,
    disseminations: { events: 0, reach: 0 },
    followUps: { counter_visit: 0, new_project: 0, lasting_contact: 0 },
    indicators: EVIDENCE_INDICATORS.map((code) => ({ code, productUses: 0, disseminations: 0, reach: 0, followUps: 0 })),
  };
}

/**
 * Counts of what happened after the project as evidence per typology indicator (mapping in
 * shared/after-project.ts, EVIDENCE_INDICATORS), per project the actor may see. With `projectIds`
 * one entry per given visible project, zeros included; without, one per project that has any.
 * The analytics module sums these across the programme.
 */
export async function evidenceForProjects(deps: Deps, actorOrNull: Actor | null, projectIds?: string[]): Promise<AfterEvidenceView[]> {
  const actor = requireActor(actorOrNull);
  const visible = await projects.visibleProjectIds(deps, actor);
  let scope: string[] | null = visible;
  if (projectIds) {
    const allowed = visible === null ? null : new Set(visible);
    scope = [...new Set(projectIds)].filter((id) => allowed === null || allowed.has(id));
  }
  const [uses, disseminations, followUps] = await Promise.all([
    q.countUsesByProject(deps.db, scope),
    q.sumDisseminationsByProject(deps.db, scope),
    q.listFollowUpKinds(deps.db, scope),
  ]);
  const result = new Map<string, AfterEvidenceView>((projectIds ? (scope ?? projectIds) : []).map((id) => [id, emptyEvidence(id)]));
  const of = (projectId: string) => {
    if (!result.has(projectId)) result.set(projectId, emptyEvidence(projectId));
    return result.get(projectId)!;
  };
  const indicator = (e: AfterEvidenceView, code: EvidenceIndicator) => e.indicators.find((i) => i.code === code)!;

  for (const row of uses) {
    const e = of(row.project_id);
    e.productUses += Number(row.n);
    indicator(e, 'ORG.agenda').productUses += Number(row.n);
  }
  for (const row of disseminations) {
    const e = of(row.project_id);
    const events = Number(row.n);
    const reach = Number(row.reach);
    e.disseminations.events += events;
    e.disseminations.reach += reach;
    const i = indicator(e, row.scope === 'internal' ? 'ORG.shared' : 'ORG.agenda');
    i.disseminations += events;
    i.reach += reach;
  }
  for (const row of followUps) {
    const e = of(row.project_id);
    e.followUps[row.type] += 1;
    indicator(e, 'COL.network').followUps += 1;
    if (row.partner_id) indicator(e, 'COL.partner').followUps += 1;
    if (row.partner_kind === 'civil_society') indicator(e, 'COL.civil_society').followUps += 1;
    if (row.partner_kind === 'labour_market') indicator(e, 'COL.labour_market').followUps += 1;
  }
  return [...result.values()];
}

export async function projectEvidence(deps: Deps, actorOrNull: Actor | null, projectId: string): Promise<AfterEvidenceView> {
  const actor = requireActor(actorOrNull);
  await projects.requireVisibleProject(deps, actor, projectId);
  return (await evidenceForProjects(deps, actor, [projectId]))[0] ?? emptyEvidence(projectId);
}
