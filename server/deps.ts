import type { Kysely } from 'kysely';
import type { Dialect } from './db/database.js';
import type { DB } from './db/schema.js';
import type { Clock } from './lib/clock.js';
import type { Mailer } from './lib/mailer.js';

/** What the services get from the app: the database, the clock and settings. */
export interface Deps {
  db: Kysely<DB>;
  dialect: Dialect;
  clock: Clock;
  sessionTtlHours: number;
  cookieSecure: boolean;
  /** Key of the pseudonyms shown in the agency's cross-project views */
  pseudonymSecret: string;
  mailer: Mailer;
  /** Key from which the personal questionnaire links are derived (only their hashes are stored) */
  linkSecret: string;
  /** The address participants open, e.g. https://impact.example.nl */
  publicUrl: string;
  /** Where the outbox writes .eml files when no SMTP server is configured */
  outboxDir: string;
  /** Imports of the official Erasmus+ data: where uploads wait for their import, and how large they may be */
  imports: ImportSettings;
  /**
   * Runs follow-up work right after the answer (looking up a reset request, sending a mail just
   * queued). Only in a server that runs the scheduler; tests call that work themselves.
   */
  background?: (work: () => Promise<unknown>) => void;
}

export interface ImportSettings {
  dir: string;
  maxBytes: number;
  maxRows: number;
}
