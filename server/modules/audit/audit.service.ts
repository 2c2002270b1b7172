import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { toJson } from '../../db/json.js';
import type { Clock } from '../../lib/clock.js';
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

/**
 * Who changed what, when. The transaction of the change comes first, so that the entry is written
 * with the change or not at all: a caller cannot forget to pass it.
 */
export function recordAudit(trx: Kysely<DB>, deps: { clock: Clock }, entry: AuditEntry) {
  return insertAuditEntry(trx, {
    id: newId(),
    at: deps.clock().toISOString(),
    actor_id: entry.actorId,
    organisation_id: entry.organisationId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    details: entry.details ? toJson(entry.details) : null,
  });
}
