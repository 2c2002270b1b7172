import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export function insertAuditEntry(db: Kysely<DB>, row: DB['audit_log']) {
  return db.insertInto('audit_log').values(row).execute();
}
