import type { Kysely } from 'kysely';
import type { Dialect } from './db/database.js';
import type { DB } from './db/schema.js';
import type { Clock } from './lib/clock.js';

/** What the services get from the app: the database, the clock and settings. */
export interface Deps {
  db: Kysely<DB>;
  dialect: Dialect;
  clock: Clock;
  sessionTtlHours: number;
  cookieSecure: boolean;
  /** Key of the pseudonyms shown in the agency's cross-project views */
  pseudonymSecret: string;
}
