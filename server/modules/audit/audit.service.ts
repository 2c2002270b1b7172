import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { newId } from '../../lib/ids.js';
import { insertAuditEntry } from './audit.queries.js';

export interface AuditEntry {
  actorId: string | null;
  organisationId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  details?: Record<string, unknown>;
}

/** Who changed what, when: written in the same transaction as the change when one is given. */
export function recordAudit(deps: Deps, entry: AuditEntry, db: Kysely<DB> = deps.db) {
  return insertAuditEntry(db, {
    id: newId(),
    at: deps.clock().toISOString(),
    actor_id: entry.actorId,
    organisation_id: entry.organisationId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    details: entry.details ? JSON.stringify(entry.details) : null,
  });
}
