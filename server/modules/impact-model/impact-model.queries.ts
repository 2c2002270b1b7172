import type { Kysely } from 'kysely';
import type { Layer, ReadinessPhase } from '../../../shared/impact-model.js';
import type { DB, ImpactElementTable, ImpactIndicatorTable, ImpactLinkTable, ReadinessCheckTable } from '../../db/schema.js';
import { countAll } from '../../db/sql-helpers.js';

export function listElementsOfProject(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('impact_elements').selectAll().where('project_id', '=', projectId).orderBy('sort').orderBy('created_at').execute();
}

export function findElement(db: Kysely<DB>, projectId: string, elementId: string) {
  return db.selectFrom('impact_elements').selectAll().where('project_id', '=', projectId).where('id', '=', elementId).executeTakeFirst();
}

export function listLinksOfProject(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('impact_links').selectAll().where('project_id', '=', projectId).orderBy('created_at').execute();
}

export function findLink(db: Kysely<DB>, fromId: string, toId: string) {
  return db.selectFrom('impact_links').select('id').where('from_id', '=', fromId).where('to_id', '=', toId).executeTakeFirst();
}

export function listIndicatorsOfProject(db: Kysely<DB>, projectId: string) {
  return db
    .selectFrom('impact_indicators as i')
    .innerJoin('impact_elements as e', 'e.id', 'i.element_id')
    .selectAll('i')
    .where('e.project_id', '=', projectId)
    .orderBy('i.sort')
    .orderBy('i.created_at')
    .execute();
}

/** Coded segments per typology code in the project's sources: the evidence gathered so far. */
export function countSegmentsByTypologyCode(db: Kysely<DB>, projectId: string) {
  return db
    .selectFrom('codings as c')
    .innerJoin('codes as k', 'k.id', 'c.code_id')
    .innerJoin('codebooks as b', 'b.id', 'k.codebook_id')
    .innerJoin('segments as s', 's.id', 'c.segment_id')
    .innerJoin('sources as src', 'src.id', 's.source_id')
    .select(['k.key', countAll().as('segments'), (eb) => eb.fn.sum<number>('s.is_quote').as('quotes')])
    .where('src.project_id', '=', projectId)
    .where('b.key', '=', 'typology')
    .groupBy('k.key')
    .execute();
}

export function maxElementSort(db: Kysely<DB>, projectId: string, layer: Layer) {
  return db
    .selectFrom('impact_elements')
    .select((eb) => eb.fn.max('sort').as('m'))
    .where('project_id', '=', projectId)
    .where('layer', '=', layer)
    .executeTakeFirst()
    .then((r) => (r?.m === null || r?.m === undefined ? -1 : Number(r.m)));
}

export function insertElement(db: Kysely<DB>, row: ImpactElementTable) {
  return db.insertInto('impact_elements').values(row).execute();
}
export function updateElement(db: Kysely<DB>, id: string, set: Partial<ImpactElementTable>) {
  return db.updateTable('impact_elements').set(set).where('id', '=', id).execute();
}
export function deleteElement(db: Kysely<DB>, id: string) {
  return db.deleteFrom('impact_elements').where('id', '=', id).execute();
}

export function insertLink(db: Kysely<DB>, row: ImpactLinkTable) {
  return db.insertInto('impact_links').values(row).execute();
}
export function deleteLink(db: Kysely<DB>, projectId: string, id: string) {
  return db.deleteFrom('impact_links').where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
}

export function insertIndicator(db: Kysely<DB>, row: ImpactIndicatorTable) {
  return db.insertInto('impact_indicators').values(row).execute();
}
export function updateIndicator(db: Kysely<DB>, elementId: string, id: string, set: Partial<ImpactIndicatorTable>) {
  return db.updateTable('impact_indicators').set(set).where('element_id', '=', elementId).where('id', '=', id).executeTakeFirst();
}
export function deleteIndicator(db: Kysely<DB>, elementId: string, id: string) {
  return db.deleteFrom('impact_indicators').where('element_id', '=', elementId).where('id', '=', id).executeTakeFirst();
}
export function countIndicatorsOfElement(db: Kysely<DB>, elementId: string) {
  return db
    .selectFrom('impact_indicators')
    .select(countAll().as('n'))
    .where('element_id', '=', elementId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function listReadinessChecks(db: Kysely<DB>, projectId: string) {
  return db.selectFrom('readiness_checks').selectAll().where('project_id', '=', projectId).execute();
}
export function findReadinessCheck(db: Kysely<DB>, projectId: string, phase: ReadinessPhase) {
  return db.selectFrom('readiness_checks').selectAll().where('project_id', '=', projectId).where('phase', '=', phase).executeTakeFirst();
}
export function insertReadinessCheck(db: Kysely<DB>, row: ReadinessCheckTable) {
  return db.insertInto('readiness_checks').values(row).execute();
}
export function updateReadinessCheck(db: Kysely<DB>, id: string, set: Partial<ReadinessCheckTable>) {
  return db.updateTable('readiness_checks').set(set).where('id', '=', id).execute();
}
