import type { Kysely } from 'kysely';
import type { OrganisationListQuery } from '../../../shared/schemas.js';
import type { DB, OrganisationTable } from '../../db/schema.js';
import { containsText, countAll } from '../../db/sql-helpers.js';

export function findOrganisationById(db: Kysely<DB>, id: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function countProjectsOfOrganisation(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('projects')
    .select(countAll().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('archived_at', 'is', null)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function countRunningProjectsOfOrganisation(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('projects')
    .select(countAll().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('archived_at', 'is', null)
    .where('status', 'in', ['planned', 'running'])
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export async function listOrganisations(db: Kysely<DB>, filter: OrganisationListQuery, onlyIds: string[] | null) {
  let query = db.selectFrom('organisations as o');
  if (onlyIds) query = query.where('o.id', 'in', onlyIds.length ? onlyIds : ['']);
  if (filter.type) query = query.where('o.type', '=', filter.type);
  query = filter.archived ? query.where('o.archived_at', 'is not', null) : query.where('o.archived_at', 'is', null);
  if (filter.q) {
    const needle = filter.q;
    query = query.where((eb) =>
      eb.or([containsText(eb.ref('o.name'), needle), containsText(eb.ref('o.short_name'), needle), containsText(eb.ref('o.city'), needle)]),
    );
  }
  const total = await query.select(countAll().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('o')
    .select((eb) =>
      eb
        .selectFrom('projects as p')
        .select(countAll().as('n'))
        .whereRef('p.organisation_id', '=', 'o.id')
        .where('p.archived_at', 'is', null)
        .as('project_count'),
    )
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { total: Number(total.n), rows };
}

export function insertOrganisation(db: Kysely<DB>, row: OrganisationTable) {
  return db.insertInto('organisations').values(row).execute();
}

export function updateOrganisation(db: Kysely<DB>, id: string, set: Partial<OrganisationTable>) {
  return db.updateTable('organisations').set(set).where('id', '=', id).execute();
}

// --- bulk, for the import of the official Erasmus+ data ---------------------------------------------

/** What the import matches organisations on: identifiers, name and city. */
export function listOrganisationMatchKeys(db: Kysely<DB>) {
  return db.selectFrom('organisations').select(['id', 'name', 'city', 'country', 'sector', 'erasmus_code', 'oid']).execute();
}

export function insertOrganisations(db: Kysely<DB>, rows: OrganisationTable[]) {
  return db.insertInto('organisations').values(rows).execute();
}
