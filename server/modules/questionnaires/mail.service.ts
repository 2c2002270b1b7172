import type { Kysely } from 'kysely';
import { toJson } from '../../db/json.js';
import type { DB, OutboxKind } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { newId } from '../../lib/ids.js';
import type { MailAttachment } from '../../lib/mailer.js';
import * as q from './questionnaires.queries.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** what the message is, shown in the outbox */
  kind: OutboxKind;
  attachments?: MailAttachment[];
}

/**
 * Puts messages in the outbox that the questionnaire invitations use too: the scheduler sends them
 * through SMTP, or keeps them (visible to the NA admin and as .eml files) when there is none. The
 * callers are other modules' services, which decide first who may send what; like recordAudit,
 * it takes the transaction of the change first, so a message is queued with it or not at all.
 */
export async function queueMails(trx: Kysely<DB>, deps: Pick<Deps, 'clock'>, mails: OutgoingMail[]): Promise<void> {
  const now = deps.clock().toISOString();
  await q.insertOutboxRows(
    trx,
    mails.map((mail) => ({
      id: newId(),
      to_address: mail.to,
      subject: mail.subject,
      body_text: mail.text,
      kind: mail.kind,
      invitation_id: null,
      status: 'queued',
      attempts: 0,
      last_error: null,
      created_at: now,
      sent_at: null,
      claimed_by: null,
      claimed_until: null,
      attachments: mail.attachments?.length ? toJson(mail.attachments) : null,
    })),
  );
}
