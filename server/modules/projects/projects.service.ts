import { z } from 'zod';
import type { ActivityType, KeyAction, PartnerRole, ProductKind, ProjectStatus, Sector } from '../../../shared/reference.js';
import type {
  ActivityInput,
  ActivityView,
  Page,
  PartnerInput,
  PartnerView,
  ProductInput,
  ProductView,
  ProjectInput,
  ProjectListQuery,
  ProjectPatch,
  ProjectSummaryView,
  ProjectView,
} from '../../../shared/schemas.js';
import { foldText } from '../../../shared/text.js';
import type { CaseCandidateQuery, CaseCandidateView } from '../../../shared/reports.js';
import { slugify, uniqueSlug } from '../../../shared/slug.js';
import { parseJson, toJson } from '../../db/json.js';
import type { ActivityTable, NewProject, ProductTable, ProjectPartnerTable, ProjectRow, ProjectUpdate } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import {
  type Actor,
  canEditOrganisationData,
  canEditProject,
  type ProjectScope,
  peopleFor,
  requireActor,
  requireCreatesProjects,
  requireEditsOrganisation,
  requireEditsProject,
  requireSeesOrganisation,
  visibleOrganisationIds,
} from '../../http/access.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireVisibleOrganisation } from '../organisations/organisations.service.js';
import * as q from './projects.queries.js';

export type ProjectWithOrg = ProjectRow & { organisation_name: string };

const aimsJson = z.array(z.string());

/** Whose the project is and whether it is archived: what the access rules ask. */
export const scopeOf = (row: ProjectRow): ProjectScope => ({ organisationId: row.organisation_id, archived: row.archived_at !== null });

function toSummary(row: ProjectWithOrg): ProjectSummaryView {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    acronym: row.acronym,
    sector: row.sector,
    keyAction: row.key_action,
    callYear: row.call_year,
    startDate: row.start_date,
    endDate: row.end_date,
    status: row.archived_at ? 'archived' : row.status,
    organisation: { id: row.organisation_id, name: row.organisation_name },
  };
}

/** The project when the actor may see it; another organisation's project is "not found", never "forbidden". */
export async function requireVisibleProject(deps: Deps, actor: Actor, id: string): Promise<ProjectWithOrg> {
  const row = await q.findProjectById(deps.db, id);
  if (!row) throw notFound('project.not_found');
  requireSeesOrganisation(actor, row.organisation_id, 'project.not_found');
  return row;
}

/** The project when the actor may change its data: visible, editable by them, and not archived. */
export async function requireEditableProject(deps: Deps, actor: Actor, id: string): Promise<ProjectWithOrg> {
  const row = await requireVisibleProject(deps, actor, id);
  requireEditsProject(actor, scopeOf(row));
  return row;
}

/** A project's title for a message or page that no signed-in user asked for (a participant's link, an invitation). */
export async function projectTitleOf(deps: Deps, id: string): Promise<string> {
  const row = await q.findProjectById(deps.db, id);
  if (!row) throw notFound('project.not_found');
  return row.title;
}

export async function listProjects(deps: Deps, actorOrNull: Actor | null, filter: ProjectListQuery): Promise<Page<ProjectSummaryView>> {
  const actor = requireActor(actorOrNull);
  const { total, rows } = await q.listProjects(deps.db, filter, visibleOrganisationIds(actor));
  return { items: rows.map(toSummary), total, page: filter.page, pageSize: filter.pageSize };
}

export async function getProject(deps: Deps, actorOrNull: Actor | null, id: string): Promise<ProjectView> {
  const actor = requireActor(actorOrNull);
  const row = await requireVisibleProject(deps, actor, id);
  const [partners, activities, products, interviewees, contacts, evidence] = await Promise.all([
    q.listPartnersOfProject(deps.db, id),
    q.listActivitiesOfProject(deps.db, id),
    q.listProductsOfProject(deps.db, id),
    q.listIntervieweesOfProject(deps.db, id),
    q.listCoordinatorsOfOrganisation(deps.db, row.organisation_id),
    q.countEvidenceOfProject(deps.db, id),
  ]);
  const people = peopleFor(deps.pseudonymSecret, actor);
  return {
    ...toSummary(row),
    summary: row.summary,
    aims: parseJson(aimsJson, row.aims, 'projects.aims'),
    grantEur: row.grant_eur,
    archived: row.archived_at !== null,
    partners: partners.map((p) => ({ id: p.id, name: p.name, country: p.country, city: p.city, role: p.role })),
    activities: activities.map(toActivityView),
    products: products.map(toProductView),
    interviewees: interviewees.map((i) => people.interviewee(i)),
    contacts: contacts.map((c) => ({ ...people.user(c), role: c.role })),
    evidence,
    canEdit: canEditProject(actor, scopeOf(row)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function assertCodeFree(deps: Deps, code: string | null | undefined, exceptId?: string) {
  if (!code) return;
  const other = await q.findProjectByCode(deps.db, code);
  if (other && other.id !== exceptId) throw new AppError('conflict', 'project.code_taken', [{ path: 'code', message: 'project.code_taken' }]);
}

export async function createProject(deps: Deps, actorOrNull: Actor | null, input: ProjectInput): Promise<ProjectView> {
  const actor = requireActor(actorOrNull);
  requireCreatesProjects(actor);
  // a coordinator always creates in their own organisation; the NA admin names one
  const organisationId = actor.role === 'coordinator' ? actor.organisationId : input.organisationId;
  if (!organisationId) throw new AppError('invalid_input', 'organisation.required', [{ path: 'organisationId', message: 'validation.required' }]);
  const organisation = await requireVisibleOrganisation(deps, actor, organisationId);
  if (organisation.archived_at) throw new AppError('conflict', 'organisation.archived');
  await assertCodeFree(deps, input.code);

  const now = deps.clock().toISOString();
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await q.insertProject(trx, {
      id,
      code: input.code ?? null,
      title: input.title,
      acronym: input.acronym ?? null,
      summary: input.summary ?? null,
      aims: toJson(input.aims),
      sector: input.sector,
      key_action: input.keyAction,
      call_year: input.callYear,
      start_date: input.startDate ?? null,
      end_date: input.endDate ?? null,
      status: input.status,
      organisation_id: organisationId,
      grant_eur: input.grantEur ?? null,
      created_at: now,
      updated_at: now,
      archived_at: null,
    });
    await recordAudit(trx, deps, { actorId: actor.id, organisationId, action: 'project.create', entity: 'project', entityId: id });
  });
  return getProject(deps, actor, id);
}

export async function updateProject(deps: Deps, actorOrNull: Actor | null, id: string, patch: ProjectPatch): Promise<ProjectView> {
  const actor = requireActor(actorOrNull);
  const row = await requireEditableProject(deps, actor, id);
  await assertCodeFree(deps, patch.code, id);
  // the merged project must still be consistent (code against year and action, dates in order)
  const merged = {
    code: patch.code !== undefined ? patch.code : row.code,
    callYear: patch.callYear ?? row.call_year,
    keyAction: patch.keyAction ?? row.key_action,
    startDate: patch.startDate !== undefined ? patch.startDate : row.start_date,
    endDate: patch.endDate !== undefined ? patch.endDate : row.end_date,
  };
  if (merged.startDate && merged.endDate && merged.startDate > merged.endDate) {
    throw invalid('endDate', 'validation.date_order');
  }
  if (merged.code && !(merged.code.startsWith(String(merged.callYear)) && merged.code.includes(`-${merged.keyAction}`))) {
    throw invalid('code', 'validation.project_code_mismatch');
  }
  // an empty change is no change: nothing written (not even the time of the last change), nothing audited
  if (Object.keys(patch).length === 0) return getProject(deps, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    await q.updateProject(trx, id, {
      ...(patch.code !== undefined && { code: patch.code }),
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.acronym !== undefined && { acronym: patch.acronym }),
      ...(patch.summary !== undefined && { summary: patch.summary }),
      ...(patch.aims !== undefined && { aims: toJson(patch.aims) }),
      ...(patch.sector !== undefined && { sector: patch.sector }),
      ...(patch.keyAction !== undefined && { key_action: patch.keyAction }),
      ...(patch.callYear !== undefined && { call_year: patch.callYear }),
      ...(patch.startDate !== undefined && { start_date: patch.startDate }),
      ...(patch.endDate !== undefined && { end_date: patch.endDate }),
      ...(patch.status !== undefined && { status: patch.status }),
      ...(patch.grantEur !== undefined && { grant_eur: patch.grantEur }),
      updated_at: deps.clock().toISOString(),
    });
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: row.organisation_id,
      action: 'project.update',
      entity: 'project',
      entityId: id,
      details: { fields: Object.keys(patch) },
    });
  });
  return getProject(deps, actor, id);
}

export async function setProjectArchived(deps: Deps, actorOrNull: Actor | null, id: string, archived: boolean): Promise<ProjectView> {
  const actor = requireActor(actorOrNull);
  const row = await requireVisibleProject(deps, actor, id);
  requireEditsOrganisation(actor, row.organisation_id);
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await q.updateProject(trx, id, { archived_at: archived ? now : null, updated_at: now });
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: row.organisation_id,
      action: archived ? 'project.archive' : 'project.restore',
      entity: 'project',
      entityId: id,
    });
  });
  return getProject(deps, actor, id);
}

// --- partners, activities, products: parts of a project, edited by whoever may edit the project

function toActivityView(a: Omit<ActivityTable, 'project_id' | 'sort'>): ActivityView {
  return {
    id: a.id,
    type: a.type,
    title: a.title,
    description: a.description,
    destinationCity: a.destination_city,
    destinationCountry: a.destination_country,
    startDate: a.start_date,
    endDate: a.end_date,
    participantCount: a.participant_count,
  };
}

type ProductWithFile = ProductTable & { file_name: string | null; content_type: string | null; size: number | null };

function toProductView(p: ProductWithFile): ProductView {
  return {
    id: p.id,
    title: p.title,
    kind: p.kind,
    description: p.description,
    descriptionEn: p.description_en,
    url: p.url,
    slug: p.public_slug ?? '',
    file: p.file_name ? { name: p.file_name, size: Number(p.size), contentType: p.content_type ?? 'application/octet-stream' } : null,
  };
}

async function editPart<T>(
  deps: Deps,
  actorOrNull: Actor | null,
  projectId: string,
  action: string,
  entityId: string,
  // biome-ignore lint/suspicious/noConfusingVoidType: inserts resolve to nothing, updates and deletes to their counts
  write: (trx: Deps['db']) => Promise<{ numUpdatedRows?: bigint; numDeletedRows?: bigint } | void>,
  result: () => T | Promise<T>,
): Promise<T> {
  const actor = requireActor(actorOrNull);
  const project = await requireEditableProject(deps, actor, projectId);
  await deps.db.transaction().execute(async (trx) => {
    const outcome = await write(trx);
    const touched = outcome ? (outcome.numUpdatedRows ?? outcome.numDeletedRows ?? 1n) : 1n;
    if (touched === 0n) throw notFound();
    await q.updateProject(trx, projectId, { updated_at: deps.clock().toISOString() });
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action,
      entity: 'project',
      entityId: projectId,
      details: { part: entityId },
    });
  });
  return result();
}

const partnerRow = (input: PartnerInput) => ({ name: input.name, country: input.country, city: input.city ?? null, role: input.role });

export async function addPartner(deps: Deps, actor: Actor | null, projectId: string, input: PartnerInput): Promise<PartnerView> {
  const id = newId();
  return editPart(
    deps,
    actor,
    projectId,
    'project.partner.add',
    id,
    async (trx) => {
      await q.insertPartner(trx, { id, project_id: projectId, ...partnerRow(input), sort: (await q.maxSort(trx, 'project_partners', projectId)) + 1 });
    },
    () => ({ id, ...partnerRow(input) }),
  );
}

export async function updatePartner(deps: Deps, actor: Actor | null, projectId: string, id: string, input: PartnerInput): Promise<PartnerView> {
  return editPart(
    deps,
    actor,
    projectId,
    'project.partner.update',
    id,
    (trx) => q.updatePartner(trx, projectId, id, partnerRow(input)),
    () => ({ id, ...partnerRow(input) }),
  );
}

export async function removePartner(deps: Deps, actor: Actor | null, projectId: string, id: string): Promise<void> {
  return editPart(
    deps,
    actor,
    projectId,
    'project.partner.remove',
    id,
    (trx) => q.deletePartner(trx, projectId, id),
    () => undefined,
  );
}

const activityRow = (input: ActivityInput) => ({
  type: input.type,
  title: input.title,
  description: input.description ?? null,
  destination_city: input.destinationCity ?? null,
  destination_country: input.destinationCountry ?? null,
  start_date: input.startDate ?? null,
  end_date: input.endDate ?? null,
  participant_count: input.participantCount ?? null,
});

export async function addActivity(deps: Deps, actor: Actor | null, projectId: string, input: ActivityInput): Promise<ActivityView> {
  const id = newId();
  return editPart(
    deps,
    actor,
    projectId,
    'project.activity.add',
    id,
    async (trx) => {
      await q.insertActivity(trx, { id, project_id: projectId, ...activityRow(input), sort: (await q.maxSort(trx, 'activities', projectId)) + 1 });
    },
    () => toActivityView({ id, ...activityRow(input) }),
  );
}

export async function updateActivity(deps: Deps, actor: Actor | null, projectId: string, id: string, input: ActivityInput): Promise<ActivityView> {
  return editPart(
    deps,
    actor,
    projectId,
    'project.activity.update',
    id,
    (trx) => q.updateActivity(trx, projectId, id, activityRow(input)),
    () => toActivityView({ id, ...activityRow(input) }),
  );
}

export async function removeActivity(deps: Deps, actor: Actor | null, projectId: string, id: string): Promise<void> {
  return editPart(
    deps,
    actor,
    projectId,
    'project.activity.remove',
    id,
    (trx) => q.deleteActivity(trx, projectId, id),
    () => undefined,
  );
}

const productRow = (input: ProductInput) => ({
  title: input.title,
  kind: input.kind,
  description: input.description ?? null,
  description_en: input.descriptionEn ?? null,
  url: input.url ?? null,
});

async function productView(deps: Deps, projectId: string, id: string): Promise<ProductView> {
  const row = await q.findProductOfProject(deps.db, projectId, id);
  if (!row) throw notFound();
  return toProductView(row);
}

export async function addProduct(deps: Deps, actor: Actor | null, projectId: string, input: ProductInput): Promise<ProductView> {
  const id = newId();
  return editPart(
    deps,
    actor,
    projectId,
    'project.product.add',
    id,
    async (trx) => {
      const base = slugify(input.title);
      const slug = uniqueSlug(base, await q.listSlugsLike(trx, base));
      await q.insertProduct(trx, { id, project_id: projectId, ...productRow(input), public_slug: slug, created_at: deps.clock().toISOString() });
    },
    () => productView(deps, projectId, id),
  );
}

export async function updateProduct(deps: Deps, actor: Actor | null, projectId: string, id: string, input: ProductInput): Promise<ProductView> {
  // the slug stays: links to the public page keep working after the title changes
  return editPart(
    deps,
    actor,
    projectId,
    'project.product.update',
    id,
    (trx) => q.updateProduct(trx, projectId, id, productRow(input)),
    () => productView(deps, projectId, id),
  );
}

export async function removeProduct(deps: Deps, actor: Actor | null, projectId: string, id: string): Promise<void> {
  return editPart(
    deps,
    actor,
    projectId,
    'project.product.remove',
    id,
    (trx) => q.deleteProduct(trx, projectId, id),
    () => undefined,
  );
}

// --- bulk, for the import of the official Erasmus+ data ------------------------------------------------
// The import (server/modules/imports) checks who may import what; these functions check again that
// every project they touch is one the actor may change, and run inside the import's transaction
// (`deps.db` is that transaction). Each writes only what differs, so importing the same file twice
// changes nothing.

/** A project of an import file as far as that file knows it: undefined fields are left as they are. */
export interface ImportedProject {
  code: string;
  callYear: number;
  keyAction: KeyAction;
  /** the sectors the action allows; an existing project keeps its sector when it is one of them */
  sectors: Sector[];
  /** the organisation of a new project; null when the file cannot tell (the project must exist then) */
  organisationId: string | null;
  organisationSector?: Sector | null;
  title?: string;
  summary?: string | null;
  status?: Exclude<ProjectStatus, 'archived'>;
  grantEur?: number | null;
  startDate?: string | null;
  endDate?: string | null;
}

export interface ProjectForImport {
  id: string;
  organisationId: string;
  archived: boolean;
  sector: Sector;
}

/**
 * The projects with these codes that the actor may change. Another organisation's project is left out,
 * exactly as a code nobody uses, so a coordinator learns nothing about it.
 */
export async function projectsForImport(deps: Deps, actorOrNull: Actor | null, codes: string[]): Promise<Map<string, ProjectForImport>> {
  const actor = requireActor(actorOrNull);
  const rows = codes.length ? await q.findProjectsByCodes(deps.db, codes) : [];
  const out = new Map<string, ProjectForImport>();
  for (const r of rows) {
    if (r.code && canEditOrganisationData(actor, r.organisation_id)) {
      out.set(r.code, { id: r.id, organisationId: r.organisation_id, archived: r.archived_at !== null, sector: r.sector });
    }
  }
  return out;
}

function pickSector(sectors: Sector[], ...known: (string | null | undefined)[]): Sector {
  for (const k of known) if (k && (sectors as string[]).includes(k)) return k as Sector;
  return sectors[0]!;
}

/**
 * Creates the projects that do not exist (NA admin only, with the organisation the file names) and
 * updates the fields the file gives that differ. Returns each project's id by code; codes the actor may
 * not change are not in it.
 */
export async function upsertImportedProjects(
  deps: Deps,
  actorOrNull: Actor | null,
  items: ImportedProject[],
): Promise<{ ids: Map<string, string>; created: number; updated: number }> {
  const actor = requireActor(actorOrNull);
  const byCode = new Map(items.map((i) => [i.code, i]));
  const existing = await q.findProjectsByCodes(deps.db, [...byCode.keys()]);
  const now = deps.clock().toISOString();
  const ids = new Map<string, string>();
  let updated = 0;
  for (const row of existing) {
    const item = row.code ? byCode.get(row.code) : undefined;
    byCode.delete(row.code ?? '');
    if (!item || !canEditOrganisationData(actor, row.organisation_id) || row.archived_at) continue;
    ids.set(item.code, row.id);
    const want: ProjectUpdate = {
      call_year: item.callYear,
      key_action: item.keyAction,
      sector: pickSector(item.sectors, row.sector),
      ...(item.title !== undefined && { title: item.title }),
      ...(item.summary !== undefined && { summary: item.summary }),
      ...(item.status !== undefined && { status: item.status }),
      ...(item.grantEur !== undefined && { grant_eur: item.grantEur }),
      ...(item.startDate !== undefined && { start_date: item.startDate }),
      ...(item.endDate !== undefined && { end_date: item.endDate }),
    };
    const changed = (Object.keys(want) as (keyof typeof want & keyof typeof row)[]).filter((k) => want[k] !== row[k]);
    if (!changed.length) continue;
    await q.updateProject(deps.db, row.id, { ...want, updated_at: now });
    await recordAudit(deps.db, deps, {
      actorId: actor.id,
      organisationId: row.organisation_id,
      action: 'project.import.update',
      entity: 'project',
      entityId: row.id,
      details: { fields: changed },
    });
    updated++;
  }
  const inserts: NewProject[] = [];
  if (actor.role === 'na_admin') {
    for (const item of byCode.values()) {
      if (!item.organisationId) continue;
      const id = newId();
      ids.set(item.code, id);
      inserts.push({
        id,
        code: item.code,
        // the open data and the Beneficiary Module give no title: the code stands in until one is known
        title: item.title ?? item.code,
        acronym: null,
        summary: item.summary ?? null,
        aims: '[]',
        sector: pickSector(item.sectors, item.organisationSector),
        key_action: item.keyAction,
        call_year: item.callYear,
        start_date: item.startDate ?? null,
        end_date: item.endDate ?? null,
        status: item.status ?? 'finished',
        organisation_id: item.organisationId,
        grant_eur: item.grantEur ?? null,
        created_at: now,
        updated_at: now,
        archived_at: null,
      });
    }
  }
  if (inserts.length) {
    await q.insertProjects(deps.db, inserts);
    await recordAudit(deps.db, deps, {
      actorId: actor.id,
      organisationId: null,
      action: 'project.import.create',
      entity: 'project',
      entityId: null,
      details: { codes: inserts.map((p) => p.code) },
    });
  }
  return { ids, created: inserts.length, updated };
}

/** An activity of an imported mobility: found again by project, type and dates. */
export interface ImportedActivity {
  projectId: string;
  type: ActivityType;
  startDate: string;
  endDate: string;
  title: string;
  destinationCity: string | null;
  destinationCountry: string | null;
}

export const activityKey = (a: { projectId: string; type: string; startDate: string | null; endDate: string | null }) =>
  `${a.projectId}|${a.type}|${a.startDate ?? ''}|${a.endDate ?? ''}`;

/** The import may only touch projects the actor may change (checked again here, in one query). */
async function requireImportableProjects(deps: Deps, actor: Actor, projectIds: string[]) {
  const rows = projectIds.length ? await q.findProjectOwners(deps.db, projectIds) : [];
  if (rows.length !== projectIds.length || rows.some((r) => !canEditOrganisationData(actor, r.organisation_id) || r.archived_at))
    throw notFound('project.not_found');
}

/** The id of each activity by `activityKey`, creating the missing ones. */
export async function upsertImportedActivities(
  deps: Deps,
  actorOrNull: Actor | null,
  items: ImportedActivity[],
): Promise<{ ids: Map<string, string>; counts: Map<string, number | null>; created: number; createdIds: Set<string> }> {
  const actor = requireActor(actorOrNull);
  const projectIds = [...new Set(items.map((i) => i.projectId))];
  await requireImportableProjects(deps, actor, projectIds);
  const existing = await q.listActivitiesOfProjects(deps.db, projectIds);
  const ids = new Map<string, string>();
  const counts = new Map<string, number | null>();
  const nextSort = new Map<string, number>();
  for (const a of existing) {
    const key = activityKey({ projectId: a.project_id, type: a.type, startDate: a.start_date, endDate: a.end_date });
    if (!ids.has(key)) ids.set(key, a.id);
    counts.set(a.id, a.participant_count);
    nextSort.set(a.project_id, Math.max(nextSort.get(a.project_id) ?? 0, a.sort + 1));
  }
  const inserts: ActivityTable[] = [];
  for (const item of items) {
    const key = activityKey(item);
    if (ids.has(key)) continue;
    const id = newId();
    ids.set(key, id);
    counts.set(id, null);
    const sort = nextSort.get(item.projectId) ?? 0;
    nextSort.set(item.projectId, sort + 1);
    inserts.push({
      id,
      project_id: item.projectId,
      type: item.type,
      title: item.title,
      description: null,
      destination_city: item.destinationCity,
      destination_country: item.destinationCountry,
      start_date: item.startDate,
      end_date: item.endDate,
      participant_count: null,
      sort,
    });
  }
  if (inserts.length) {
    await q.insertActivities(deps.db, inserts);
    await q.touchProjects(deps.db, [...new Set(inserts.map((i) => i.project_id))], deps.clock().toISOString());
  }
  return { ids, counts, created: inserts.length, createdIds: new Set(inserts.map((i) => i.id)) };
}

/** Sets the participant counts the import summed per activity; only those that differ are written. Returns the ids written. */
export async function setImportedParticipantCounts(
  deps: Deps,
  actorOrNull: Actor | null,
  items: { activityId: string; projectId: string; count: number; current: number | null }[],
): Promise<string[]> {
  const actor = requireActor(actorOrNull);
  const changed = items.filter((i) => i.count !== i.current);
  if (!changed.length) return [];
  await requireImportableProjects(deps, actor, [...new Set(changed.map((i) => i.projectId))]);
  // a thousand at a time: within the parameter limits of both engines
  for (let i = 0; i < changed.length; i += 1000)
    await q.setActivityParticipantCounts(
      deps.db,
      changed.slice(i, i + 1000).map((c) => ({ id: c.activityId, count: c.count })),
    );
  await q.touchProjects(deps.db, [...new Set(changed.map((i) => i.projectId))], deps.clock().toISOString());
  return changed.map((i) => i.activityId);
}

/** Adds the partners (host organisations, partners of a partnership) a project does not list yet. */
export async function addImportedPartners(
  deps: Deps,
  actorOrNull: Actor | null,
  items: { projectId: string; name: string; country: string; city: string | null; role: PartnerRole }[],
): Promise<number> {
  const actor = requireActor(actorOrNull);
  const projectIds = [...new Set(items.map((i) => i.projectId))];
  if (!projectIds.length) return 0;
  await requireImportableProjects(deps, actor, projectIds);
  const key = (projectId: string, name: string, country: string) => `${projectId}|${foldText(name)}|${country}`;
  const seen = new Set<string>();
  const nextSort = new Map<string, number>();
  for (const p of await q.listPartnersOfProjects(deps.db, projectIds)) {
    seen.add(key(p.project_id, p.name, p.country));
    nextSort.set(p.project_id, Math.max(nextSort.get(p.project_id) ?? 0, p.sort + 1));
  }
  const inserts: ProjectPartnerTable[] = [];
  for (const item of items) {
    const k = key(item.projectId, item.name, item.country);
    if (seen.has(k)) continue;
    seen.add(k);
    const sort = nextSort.get(item.projectId) ?? 0;
    nextSort.set(item.projectId, sort + 1);
    inserts.push({ id: newId(), project_id: item.projectId, name: item.name, country: item.country, city: item.city, role: item.role, sort });
  }
  if (inserts.length) {
    await q.insertPartners(deps.db, inserts);
    await q.touchProjects(deps.db, [...new Set(inserts.map((i) => i.project_id))], deps.clock().toISOString());
  }
  return inserts.length;
}

async function freeSlug(deps: Deps, title: string, batch: Set<string>): Promise<string> {
  const base = slugify(title);
  const slug = uniqueSlug(base, new Set([...(await q.listSlugsLike(deps.db, base)), ...batch]));
  batch.add(slug);
  return slug;
}

/** Registers a project's results as products: found again by link, else by title; kind and title follow the file. */
export async function upsertImportedProducts(
  deps: Deps,
  actorOrNull: Actor | null,
  items: { projectId: string; title: string; kind: ProductKind; url: string | null }[],
): Promise<{ created: number; updated: number }> {
  const actor = requireActor(actorOrNull);
  const projectIds = [...new Set(items.map((i) => i.projectId))];
  if (!projectIds.length) return { created: 0, updated: 0 };
  await requireImportableProjects(deps, actor, projectIds);
  const existing = await q.listProductsOfProjects(deps.db, projectIds);
  const now = deps.clock().toISOString();
  const inserts: ProductTable[] = [];
  const touched = new Set<string>();
  // the slugs given in this batch are not in the table yet
  const slugsTaken = new Set<string>();
  let updated = 0;
  for (const item of items) {
    const match =
      (item.url && existing.find((p) => p.project_id === item.projectId && p.url === item.url)) ||
      existing.find((p) => p.project_id === item.projectId && foldText(p.title) === foldText(item.title));
    if (match) {
      if (match.title === item.title && match.kind === item.kind && (match.url === item.url || !item.url)) continue;
      await q.updateProduct(deps.db, item.projectId, match.id, { title: item.title, kind: item.kind, ...(item.url && { url: item.url }) });
      Object.assign(match, { title: item.title, kind: item.kind, url: item.url ?? match.url });
      touched.add(item.projectId);
      updated++;
      continue;
    }
    const row: ProductTable = {
      id: newId(),
      project_id: item.projectId,
      title: item.title,
      kind: item.kind,
      description: null,
      description_en: null,
      url: item.url,
      // every product has its public page; the address is made once, as for a product added by hand
      public_slug: await freeSlug(deps, item.title, slugsTaken),
      created_at: now,
    };
    inserts.push(row);
    existing.push({ id: row.id, project_id: row.project_id, title: row.title, kind: row.kind, url: row.url });
    touched.add(item.projectId);
  }
  if (inserts.length) await q.insertProducts(deps.db, inserts);
  if (touched.size) await q.touchProjects(deps.db, [...touched], now);
  return { created: inserts.length, updated };
}

// --- for reports ----------------------------------------------------------------------------------

const YEAR_MS = 365.25 * 86_400_000;

/**
 * Projects the actor may see, with what the Agency's choice of cases asks: sector, key action,
 * closed at least `closedYears` years ago, staff as the target group (KA1 is staff mobility; a KA2
 * partnership counts when it has a learning, teaching or training activity), and the evidence
 * coded so far. At most 300, so a broad question is narrowed rather than paged.
 */
export async function listCaseCandidates(deps: Deps, actorOrNull: Actor | null, filter: CaseCandidateQuery): Promise<CaseCandidateView[]> {
  const actor = requireActor(actorOrNull);
  const now = deps.clock();
  const endedOnOrBefore =
    filter.closedYears === undefined
      ? undefined
      : `${now.getUTCFullYear() - filter.closedYears}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-${String(now.getUTCDate()).padStart(2, '0')}`;
  const rows = await q.listCaseCandidates(deps.db, { ...filter, endedOnOrBefore }, visibleOrganisationIds(actor), 300);
  return rows
    .map((r) => ({
      id: r.id,
      title: r.title,
      acronym: r.acronym,
      organisation: { id: r.organisation_id, name: r.organisation_name },
      sector: r.sector,
      keyAction: r.key_action,
      endDate: r.end_date,
      closedYears: r.end_date ? Math.max(0, Math.floor((now.getTime() - Date.parse(`${r.end_date}T00:00:00Z`)) / YEAR_MS)) : null,
      staffTarget: r.key_action === 'KA1' || Boolean(r.trains_staff),
      segments: Number(r.segments ?? 0),
      quotes: Number(r.quotes ?? 0),
    }))
    .filter((c) => filter.staffOnly !== 'true' || c.staffTarget);
}

/**
 * What a participant's certificate names of their project: the project, the organisation that
 * sent them, their activity and its hosts. For a personal link whose owner the caller has checked;
 * no signed-in user asks.
 */
export async function certificateFactsOf(deps: Deps, projectId: string, activityId: string | null) {
  const row = await q.findProjectById(deps.db, projectId);
  if (!row) throw notFound('project.not_found');
  const [activities, partners] = await Promise.all([q.listActivitiesOfProject(deps.db, projectId), q.listPartnersOfProject(deps.db, projectId)]);
  const activity = activities.find((a) => a.id === activityId) ?? null;
  return {
    projectTitle: row.title,
    organisationName: row.organisation_name,
    activity: activity ? toActivityView(activity) : null,
    hosts: partners.filter((p) => p.role === 'host' || p.role === 'trainer').map((p) => ({ name: p.name, city: p.city, country: p.country })),
  };
}
// --- products after the project: the public page, its file, and who is told of new uses

/** A product of a project the actor may see (another organisation's: not found). */
export async function requireProduct(deps: Deps, actor: Actor, projectId: string, productId: string, forEditing: boolean): Promise<ProductView> {
  if (forEditing) await requireEditableProject(deps, actor, projectId);
  else await requireVisibleProject(deps, actor, projectId);
  const row = await q.findProductOfProject(deps.db, projectId, productId);
  if (!row) throw notFound('product.not_found');
  return toProductView(row);
}

export async function listProducts(deps: Deps, actor: Actor, projectId: string): Promise<ProductView[]> {
  await requireVisibleProject(deps, actor, projectId);
  return (await q.listProductsOfProject(deps.db, projectId)).map(toProductView);
}

export async function setProductFile(
  deps: Deps,
  actor: Actor,
  projectId: string,
  productId: string,
  file: { name: string; contentType: string; content: Buffer },
) {
  const project = await requireEditableProject(deps, actor, projectId);
  if (!(await q.findProductOfProject(deps.db, projectId, productId))) throw notFound('product.not_found');
  await deps.db.transaction().execute(async (trx) => {
    await q.saveProductFile(trx, {
      product_id: productId,
      file_name: file.name,
      content_type: file.contentType,
      size: file.content.length,
      content: file.content.toString('base64'),
      uploaded_at: deps.clock().toISOString(),
    });
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'project.product.file',
      entity: 'project',
      entityId: projectId,
      details: { part: productId },
    });
  });
  return productView(deps, projectId, productId);
}

export async function removeProductFile(deps: Deps, actor: Actor, projectId: string, productId: string) {
  const project = await requireEditableProject(deps, actor, projectId);
  if (!(await q.findProductOfProject(deps.db, projectId, productId))) throw notFound('product.not_found');
  await deps.db.transaction().execute(async (trx) => {
    await q.deleteProductFile(trx, productId);
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: project.organisation_id,
      action: 'project.product.file_remove',
      entity: 'project',
      entityId: projectId,
      details: { part: productId },
    });
  });
  return productView(deps, projectId, productId);
}

/**
 * A product behind its public address, for anyone: no account is needed, so this is the one
 * product function without an actor. A product of an archived project or organisation is gone
 * from public view.
 */
export async function findPublicProduct(deps: Deps, slug: string) {
  const row = await q.findProductBySlug(deps.db, slug);
  if (!row || row.project_archived_at || row.organisation_archived_at) return null;
  const partners = await q.listPartnersOfProject(deps.db, row.project_id);
  return {
    product: toProductView(row),
    projectId: row.project_id,
    organisationId: row.organisation_id,
    project: {
      title: row.project_title,
      acronym: row.project_acronym,
      organisation: row.organisation_name,
      startDate: row.project_start,
      endDate: row.project_end,
      partners: partners.map((p) => ({ name: p.name, country: p.country })),
    },
  };
}

/** The bytes of a public product's file, or null. */
export async function findPublicProductFile(deps: Deps, slug: string) {
  const found = await findPublicProduct(deps, slug);
  if (!found?.product.file) return null;
  const file = await q.findProductFile(deps.db, found.product.id);
  return file ? { name: file.file_name, contentType: file.content_type, content: Buffer.from(file.content, 'base64') } : null;
}

/** The coordinators to tell of something that happened to their organisation's product (server-side only). */
export function coordinatorAddresses(deps: Deps, organisationId: string) {
  return q.listCoordinatorAddresses(deps.db, organisationId);
}

/** The projects an actor may see, for counting across them; null means every project. */
export async function visibleProjectIds(deps: Deps, actor: Actor): Promise<string[] | null> {
  const organisations = visibleOrganisationIds(actor);
  return organisations === null ? null : q.listProjectIdsOfOrganisations(deps.db, organisations);
}
