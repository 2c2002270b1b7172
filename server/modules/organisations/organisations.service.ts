import type { OrganisationType, Sector } from '../../../shared/reference.js';
import type { OrganisationInput, OrganisationListQuery, OrganisationPatch, OrganisationView, Page } from '../../../shared/schemas.js';
import { foldText } from '../../../shared/text.js';
import type { OrganisationRow, OrganisationTable } from '../../db/schema.js';
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
      erasmus_code: null,
      oid: null,
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

// --- matching and creating organisations in bulk, for the import of the official Erasmus+ data ---------

/** An organisation as an import names it. */
export interface ImportedOrganisation {
  name: string;
  city: string | null;
  country: string;
  erasmusCode: string | null;
  oid: string | null;
  /** the sector of the project that names it; sets the type of a new organisation */
  sector: Sector | null;
  type: OrganisationType;
}

export interface MatchedOrganisation {
  id: string;
  sector: Sector | null;
}

interface Known {
  id: string;
  sector: Sector | null;
  erasmusCode: string | null;
  oid: string | null;
}

const nameKey = (name: string, city: string | null) => `${foldText(name)}|${city ? foldText(city) : ''}`;

/**
 * Finds organisations by Erasmus code or OID when the import has one, else by folded name and city;
 * creates the ones not found. Holds one small entry per organisation of the installation (not per row),
 * so a file of millions of rows matches in constant memory. Only the NA admin creates organisations.
 * A match never renames an existing organisation (the Commission's files often spell names in capitals);
 * it only fills in an Erasmus code or OID the organisation did not have yet.
 */
export async function organisationMatcher(deps: Deps, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  requireAdmin(actor);
  const byCode = new Map<string, Known>();
  const byOid = new Map<string, Known>();
  const byName = new Map<string, Known>();
  const remember = (k: Known, name: string, city: string | null) => {
    if (k.erasmusCode) byCode.set(k.erasmusCode, k);
    if (k.oid) byOid.set(k.oid, k);
    if (!byName.has(nameKey(name, city))) byName.set(nameKey(name, city), k);
  };
  for (const o of await q.listOrganisationMatchKeys(deps.db)) {
    remember({ id: o.id, sector: o.sector, erasmusCode: o.erasmus_code, oid: o.oid }, o.name, o.city);
  }

  return {
    /** The organisation of each reference, in order; `deps.db` may be the import's transaction. */
    async resolve(tx: Deps, refs: ImportedOrganisation[]): Promise<{ matched: MatchedOrganisation[]; created: number; updated: number }> {
      const now = tx.clock().toISOString();
      const inserts: OrganisationTable[] = [];
      let updated = 0;
      const matched: MatchedOrganisation[] = [];
      for (const ref of refs) {
        const byId = (ref.erasmusCode && byCode.get(ref.erasmusCode)) || (ref.oid && byOid.get(ref.oid)) || undefined;
        const byNameHit = byId ? undefined : byName.get(nameKey(ref.name, ref.city));
        // same name and city but another identifier: another organisation
        const clash = byNameHit && ((ref.erasmusCode && byNameHit.erasmusCode) || (ref.oid && byNameHit.oid));
        const known = byId ?? (clash ? undefined : byNameHit);
        if (known) {
          const fill: Partial<OrganisationTable> = {};
          if (ref.erasmusCode && !known.erasmusCode && !byCode.has(ref.erasmusCode)) fill.erasmus_code = ref.erasmusCode;
          if (ref.oid && !known.oid && !byOid.has(ref.oid)) fill.oid = ref.oid;
          if (Object.keys(fill).length) {
            await q.updateOrganisation(tx.db, known.id, { ...fill, updated_at: now });
            known.erasmusCode = fill.erasmus_code ?? known.erasmusCode;
            known.oid = fill.oid ?? known.oid;
            remember(known, ref.name, ref.city);
            updated++;
          }
          matched.push({ id: known.id, sector: known.sector });
          continue;
        }
        const row: OrganisationTable = {
          id: newId(),
          name: ref.name,
          short_name: null,
          type: ref.type,
          sector: ref.sector,
          city: ref.city,
          country: ref.country,
          website: null,
          description: null,
          created_at: now,
          updated_at: now,
          archived_at: null,
          erasmus_code: ref.erasmusCode,
          oid: ref.oid,
        };
        inserts.push(row);
        const k: Known = { id: row.id, sector: ref.sector, erasmusCode: ref.erasmusCode, oid: ref.oid };
        remember(k, ref.name, ref.city);
        matched.push({ id: k.id, sector: k.sector });
      }
      if (inserts.length) {
        await q.insertOrganisations(tx.db, inserts);
        await recordAudit(tx.db, tx, {
          actorId: actor.id,
          organisationId: null,
          action: 'organisation.import',
          entity: 'organisation',
          entityId: null,
          details: { created: inserts.length },
        });
      }
      return { matched, created: inserts.length, updated };
    },
  };
}

export type OrganisationMatcher = Awaited<ReturnType<typeof organisationMatcher>>;
