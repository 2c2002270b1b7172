import type { OrganisationInput, OrganisationListQuery, OrganisationPatch, OrganisationView, Page } from '../../../shared/schemas.js';
import type { OrganisationRow } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { type Actor, canSeeOrganisation, requireActor, requireAdmin, requireEditsOrganisation, visibleOrganisationIds } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import * as q from './organisations.queries.js';

function toView(row: OrganisationRow, projectCount: number): OrganisationView {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    type: row.type,
    sector: row.sector,
    city: row.city,
    country: row.country,
    website: row.website,
    description: row.description,
    archived: row.archived_at !== null,
    projectCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The organisation row when the actor may see it; otherwise not found, whether it exists or not. */
export async function requireVisibleOrganisation(deps: Deps, actor: Actor, id: string): Promise<OrganisationRow> {
  const row = canSeeOrganisation(actor, id) ? await q.findOrganisationById(deps.db, id) : undefined;
  if (!row) throw notFound('organisation.not_found');
  return row;
}

export async function listOrganisations(deps: Deps, actorOrNull: Actor | null, filter: OrganisationListQuery): Promise<Page<OrganisationView>> {
  const actor = requireActor(actorOrNull);
  const { total, rows } = await q.listOrganisations(deps.db, filter, visibleOrganisationIds(actor));
  return {
    items: rows.map((r) => toView(r, Number(r.project_count ?? 0))),
    total,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

export async function getOrganisation(deps: Deps, actorOrNull: Actor | null, id: string): Promise<OrganisationView> {
  const actor = requireActor(actorOrNull);
  const row = await requireVisibleOrganisation(deps, actor, id);
  return toView(row, await q.countProjectsOfOrganisation(deps.db, id));
}

export async function createOrganisation(deps: Deps, actorOrNull: Actor | null, input: OrganisationInput): Promise<OrganisationView> {
  const actor = requireActor(actorOrNull);
  requireAdmin(actor);
  const now = deps.clock().toISOString();
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await q.insertOrganisation(trx, {
      id,
      name: input.name,
      short_name: input.shortName ?? null,
      type: input.type,
      sector: input.sector ?? null,
      city: input.city ?? null,
      country: input.country,
      website: input.website ?? null,
      description: input.description ?? null,
      created_at: now,
      updated_at: now,
      archived_at: null,
    });
    await recordAudit(trx, deps, { actorId: actor.id, organisationId: id, action: 'organisation.create', entity: 'organisation', entityId: id });
  });
  return getOrganisation(deps, actor, id);
}

export async function updateOrganisation(deps: Deps, actorOrNull: Actor | null, id: string, patch: OrganisationPatch): Promise<OrganisationView> {
  const actor = requireActor(actorOrNull);
  const row = await requireVisibleOrganisation(deps, actor, id);
  requireEditsOrganisation(actor, id);
  if (row.archived_at) throw new AppError('conflict', 'organisation.archived');
  // an empty change changes nothing, not even the time of the last change
  if (Object.keys(patch).length === 0) return getOrganisation(deps, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    await q.updateOrganisation(trx, id, {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.shortName !== undefined && { short_name: patch.shortName }),
      ...(patch.type !== undefined && { type: patch.type }),
      ...(patch.sector !== undefined && { sector: patch.sector }),
      ...(patch.city !== undefined && { city: patch.city }),
      ...(patch.country !== undefined && { country: patch.country }),
      ...(patch.website !== undefined && { website: patch.website }),
      ...(patch.description !== undefined && { description: patch.description }),
      updated_at: deps.clock().toISOString(),
    });
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: id,
      action: 'organisation.update',
      entity: 'organisation',
      entityId: id,
      details: { fields: Object.keys(patch) },
    });
  });
  return getOrganisation(deps, actor, id);
}

export async function setOrganisationArchived(deps: Deps, actorOrNull: Actor | null, id: string, archived: boolean): Promise<OrganisationView> {
  const actor = requireActor(actorOrNull);
  await requireVisibleOrganisation(deps, actor, id);
  requireAdmin(actor);
  if (archived && (await q.countRunningProjectsOfOrganisation(deps.db, id)) > 0) {
    throw new AppError('conflict', 'organisation.has_active_projects');
  }
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await q.updateOrganisation(trx, id, { archived_at: archived ? now : null, updated_at: now });
    await recordAudit(trx, deps, {
      actorId: actor.id,
      organisationId: id,
      action: archived ? 'organisation.archive' : 'organisation.restore',
      entity: 'organisation',
      entityId: id,
    });
  });
  return getOrganisation(deps, actor, id);
}
