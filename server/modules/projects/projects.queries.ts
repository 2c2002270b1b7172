import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { ProjectListQuery } from '../../../shared/schemas.js';
import type { ActivityTable, DB, NewProject, ProductFileTable, ProductTable, ProjectPartnerTable, ProjectUpdate } from '../../db/schema.js';
import { containsText, countAll } from '../../db/sql-helpers.js';

export function findProjectById(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('projects as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .selectAll('p')
    .select('o.name as organisation_name')
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export function findProjectByCode(db: Kysely<DB>, code: string) {
  return db.selectFrom('projects').select(['id']).where('code', '=', code).executeTakeFirst();
}

export async function listProjects(db: Kysely<DB>, filter: ProjectListQuery, onlyOrganisationIds: string[] | null) {
  let query = db.selectFrom('projects as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id');
  if (onlyOrganisationIds) query = query.where('p.organisation_id', 'in', onlyOrganisationIds.length ? onlyOrganisationIds : ['']);
  if (filter.organisationId) query = query.where('p.organisation_id', '=', filter.organisationId);
  if (filter.sector) query = query.where('p.sector', '=', filter.sector);
  if (filter.keyAction) query = query.where('p.key_action', '=', filter.keyAction);
  if (filter.callYear) query = query.where('p.call_year', '=', filter.callYear);
  if (filter.status === 'archived') query = query.where('p.archived_at', 'is not', null);
  else {
    query = query.where('p.archived_at', 'is', null);
    if (filter.status) query = query.where('p.status', '=', filter.status);
  }
  if (filter.q) {
    const needle = filter.q;
    query = query.where((eb) =>
      eb.or([
        containsText(eb.ref('p.title'), needle),
        containsText(eb.ref('p.acronym'), needle),
        containsText(eb.ref('p.code'), needle),
        containsText(eb.ref('p.summary'), needle),
        containsText(eb.ref('o.name'), needle),
      ]),
    );
  }
  const total = await query.select(countAll().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('p')
    .select('o.name as organisation_name')
    .orderBy('p.call_year', 'desc')
    .orderBy('p.title')
    .orderBy('p.id')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { total: Number(total.n), rows };
}

export function insertProject(db: Kysely<DB>, row: NewProject) {
  return db.insertInto('projects').values(row).execute();
}

export function updateProject(db: Kysely<DB>, id: string, set: ProjectUpdate) {
  return db.updateTable('projects').set(set).where('id', '=', id).execute();
}

export function listPartnersOfProject(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('project_partners').selectAll().where('project_id', '=', projectId).orderBy('sort').orderBy('name').execute();
}

export function listActivitiesOfProject(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('activities').selectAll().where('project_id', '=', projectId).orderBy('sort').orderBy('start_date').execute();
}

/** Products with what is known of their file (never the file itself). */
export function listProductsOfProject(db: Kysely<DB>, projectId: string) {
  return db
    .selectFrom('products as p')
    .leftJoin('product_files as f', 'f.product_id', 'p.id')
    .selectAll('p')
    .select(['f.file_name', 'f.content_type', 'f.size'])
    .where('p.project_id', '=', projectId)
    .orderBy('p.created_at')
    .orderBy('p.title')
    .execute();
}

export function findProductOfProject(db: Kysely<DB>, projectId: string, id: string) {
  return db
    .selectFrom('products as p')
    .leftJoin('product_files as f', 'f.product_id', 'p.id')
    .selectAll('p')
    .select(['f.file_name', 'f.content_type', 'f.size'])
    .where('p.project_id', '=', projectId)
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export function findProductBySlug(db: Kysely<DB>, slug: string) {
  return db
    .selectFrom('products as p')
    .innerJoin('projects as pr', 'pr.id', 'p.project_id')
    .innerJoin('organisations as o', 'o.id', 'pr.organisation_id')
    .leftJoin('product_files as f', 'f.product_id', 'p.id')
    .selectAll('p')
    .select([
      'f.file_name',
      'f.content_type',
      'f.size',
      'pr.title as project_title',
      'pr.acronym as project_acronym',
      'pr.start_date as project_start',
      'pr.end_date as project_end',
      'pr.organisation_id',
      'pr.archived_at as project_archived_at',
      'o.name as organisation_name',
      'o.archived_at as organisation_archived_at',
    ])
    .where('p.public_slug', '=', slug)
    .executeTakeFirst();
}

/** The slugs `base` and `base-<n>` already in use, to pick the next free one. */
export async function listSlugsLike(db: Kysely<DB>, base: string) {
  const rows = await db
    .selectFrom('products')
    .select('public_slug')
    .where((eb) => eb.or([eb('public_slug', '=', base), eb('public_slug', 'like', `${base}-%`)]))
    .execute();
  return new Set(rows.map((r) => r.public_slug).filter((s): s is string => s !== null));
}

export function findProductFile(db: Kysely<DB>, productId: string) {
  return db.selectFrom('product_files').selectAll().where('product_id', '=', productId).executeTakeFirst();
}

export async function saveProductFile(db: Kysely<DB>, row: ProductFileTable) {
  await db.deleteFrom('product_files').where('product_id', '=', row.product_id).execute();
  await db.insertInto('product_files').values(row).execute();
}

export function deleteProductFile(db: Kysely<DB>, productId: string) {
  return db.deleteFrom('product_files').where('product_id', '=', productId).executeTakeFirst();
}

/** Who hears of a new use of an organisation's product: its active coordinators. */
export function listCoordinatorAddresses(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('users')
    .select(['email', 'name', 'locale'])
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'coordinator')
    .where('disabled_at', 'is', null)
    .orderBy('email')
    .execute();
}

export async function listProjectIdsOfOrganisations(db: Kysely<DB>, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  const rows = await db.selectFrom('projects').select('id').where('organisation_id', 'in', organisationIds).execute();
  return rows.map((r) => r.id);
}

export function listIntervieweesOfProject(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('interviewees').selectAll().where('project_id', '=', projectId).orderBy('label').execute();
}

export function listCoordinatorsOfOrganisation(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role'])
    .where('organisation_id', '=', organisationId)
    .where('disabled_at', 'is', null)
    .orderBy('name')
    .execute();
}

/** Sources, coded segments and quotes of a project, counted in one round trip. */
export async function countEvidenceOfProject(db: Kysely<DB>, projectId: string) {
  const segments = () => db.selectFrom('segments as g').innerJoin('sources as s', 's.id', 'g.source_id').where('s.project_id', '=', projectId);
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('sources').select(countAll().as('n')).where('project_id', '=', projectId).as('sources'),
      segments().select(countAll().as('n')).as('segments'),
      segments().select(countAll().as('n')).where('g.is_quote', '=', 1).as('quotes'),
    ])
    .executeTakeFirstOrThrow();
  return { sources: Number(row.sources ?? 0), segments: Number(row.segments ?? 0), quotes: Number(row.quotes ?? 0) };
}

export function insertPartner(db: Kysely<DB>, row: ProjectPartnerTable) {
  return db.insertInto('project_partners').values(row).execute();
}
export function updatePartner(db: Kysely<DB>, projectId: string, id: string, set: Partial<ProjectPartnerTable>) {
  return db.updateTable('project_partners').set(set).where('id', '=', id).where('project_id', '=', projectId).executeTakeFirst();
}
export function deletePartner(db: Kysely<DB>, projectId: string, id: string) {
  return db.deleteFrom('project_partners').where('id', '=', id).where('project_id', '=', projectId).executeTakeFirst();
}

export function insertActivity(db: Kysely<DB>, row: ActivityTable) {
  return db.insertInto('activities').values(row).execute();
}
export function updateActivity(db: Kysely<DB>, projectId: string, id: string, set: Partial<ActivityTable>) {
  return db.updateTable('activities').set(set).where('id', '=', id).where('project_id', '=', projectId).executeTakeFirst();
}
export function deleteActivity(db: Kysely<DB>, projectId: string, id: string) {
  return db.deleteFrom('activities').where('id', '=', id).where('project_id', '=', projectId).executeTakeFirst();
}

export function insertProduct(db: Kysely<DB>, row: ProductTable) {
  return db.insertInto('products').values(row).execute();
}
export function updateProduct(db: Kysely<DB>, projectId: string, id: string, set: Partial<ProductTable>) {
  return db.updateTable('products').set(set).where('id', '=', id).where('project_id', '=', projectId).executeTakeFirst();
}
export function deleteProduct(db: Kysely<DB>, projectId: string, id: string) {
  return db.deleteFrom('products').where('id', '=', id).where('project_id', '=', projectId).executeTakeFirst();
}

export function maxSort(db: Kysely<DB>, table: 'project_partners' | 'activities', projectId: string) {
  return db
    .selectFrom(table)
    .select((eb) => eb.fn.max('sort').as('m'))
    .where('project_id', '=', projectId)
    .executeTakeFirst()
    .then((r) => Number(r?.m ?? -1));
}

// --- bulk, for the import of the official Erasmus+ data ---------------------------------------------

export function findProjectsByCodes(db: Kysely<DB>, codes: string[]) {
  return db
    .selectFrom('projects')
    .select([
      'id',
      'code',
      'organisation_id',
      'title',
      'summary',
      'sector',
      'key_action',
      'call_year',
      'start_date',
      'end_date',
      'status',
      'grant_eur',
      'archived_at',
    ])
    .where('code', 'in', codes.length ? codes : [''])
    .execute();
}

export function findProjectOwners(db: Kysely<DB>, ids: string[]) {
  return db.selectFrom('projects').select(['id', 'organisation_id', 'archived_at']).where('id', 'in', ids).execute();
}

export function insertProjects(db: Kysely<DB>, rows: NewProject[]) {
  return db.insertInto('projects').values(rows).execute();
}

export function touchProjects(db: Kysely<DB>, ids: string[], at: string) {
  return db.updateTable('projects').set({ updated_at: at }).where('id', 'in', ids).execute();
}

export function listActivitiesOfProjects(db: Kysely<DB>, projectIds: string[]) {
  return db
    .selectFrom('activities')
    .select(['id', 'project_id', 'type', 'start_date', 'end_date', 'participant_count', 'sort'])
    .where('project_id', 'in', projectIds.length ? projectIds : [''])
    .execute();
}

export function insertActivities(db: Kysely<DB>, rows: ActivityTable[]) {
  return db.insertInto('activities').values(rows).execute();
}

/** Several activities' participant counts in one statement. */
export function setActivityParticipantCounts(db: Kysely<DB>, counts: { id: string; count: number }[]) {
  // the cast tells PostgreSQL the type of parameters it would otherwise take for text
  const byId = sql.join(
    counts.map((c) => sql`when ${c.id} then cast(${c.count} as integer)`),
    sql` `,
  );
  return db
    .updateTable('activities')
    .set({ participant_count: sql<number>`case id ${byId} end` })
    .where(
      'id',
      'in',
      counts.map((c) => c.id),
    )
    .execute();
}

export function listPartnersOfProjects(db: Kysely<DB>, projectIds: string[]) {
  return db
    .selectFrom('project_partners')
    .select(['id', 'project_id', 'name', 'country', 'city', 'sort'])
    .where('project_id', 'in', projectIds.length ? projectIds : [''])
    .execute();
}

export function insertPartners(db: Kysely<DB>, rows: ProjectPartnerTable[]) {
  return db.insertInto('project_partners').values(rows).execute();
}

export function listProductsOfProjects(db: Kysely<DB>, projectIds: string[]) {
  return db
    .selectFrom('products')
    .select(['id', 'project_id', 'title', 'kind', 'url'])
    .where('project_id', 'in', projectIds.length ? projectIds : [''])
    .execute();
}

export function insertProducts(db: Kysely<DB>, rows: ProductTable[]) {
  return db.insertInto('products').values(rows).execute();
}

/**
 * Projects with what the choice of a case asks (organisation, end date, whether it trains staff,
 * its coded fragments and quotes), filtered by sector, action and end date; live projects only.
 */
export function listCaseCandidates(
  db: Kysely<DB>,
  filter: { sector?: string; keyAction?: string; endedOnOrBefore?: string; q?: string },
  onlyOrganisationIds: string[] | null,
  limit: number,
) {
  const segments = (eb: ExpressionBuilder<DB & { p: DB['projects'] }, 'p'>) =>
    eb.selectFrom('segments as g').innerJoin('sources as s', 's.id', 'g.source_id').whereRef('s.project_id', '=', 'p.id');
  let query = db
    .selectFrom('projects as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select((eb) => [
      'p.id',
      'p.title',
      'p.acronym',
      'p.sector',
      'p.key_action',
      'p.end_date',
      'p.organisation_id',
      'o.name as organisation_name',
      eb
        .exists(eb.selectFrom('activities as a').select('a.id').whereRef('a.project_id', '=', 'p.id').where('a.type', '=', 'training_activity'))
        .as('trains_staff'),
      segments(eb).select(countAll().as('n')).as('segments'),
      segments(eb).select(countAll().as('n')).where('g.is_quote', '=', 1).as('quotes'),
    ])
    .where('p.archived_at', 'is', null);
  if (onlyOrganisationIds) query = query.where('p.organisation_id', 'in', onlyOrganisationIds.length ? onlyOrganisationIds : ['']);
  if (filter.sector) query = query.where('p.sector', '=', filter.sector as DB['projects']['sector']);
  if (filter.keyAction) query = query.where('p.key_action', '=', filter.keyAction as DB['projects']['key_action']);
  if (filter.endedOnOrBefore) query = query.where('p.end_date', '<=', filter.endedOnOrBefore);
  if (filter.q) {
    const needle = filter.q;
    query = query.where((eb) =>
      eb.or([containsText(eb.ref('p.title'), needle), containsText(eb.ref('p.acronym'), needle), containsText(eb.ref('o.name'), needle)]),
    );
  }
  return query.orderBy('p.sector').orderBy('o.name').orderBy('p.title').limit(limit).execute();
}
