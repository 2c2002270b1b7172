import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { parseJson, toJson } from '../../db/json.js';
import type { DB, OutboxKind } from '../../db/schema.js';
import type { Deps } from '../../deps.js';
import { newId } from '../../lib/ids.js';
import { type MailAttachment, mailAttachments } from '../../lib/mailer.js';
import { isAccountMail, renderAccountLinks } from '../users/links.js';
import * as q from './questionnaires.queries.js';

const CLAIM_MS = 120_000;

export interface QueuedMail {
  to: string;
  subject: string;
  text: string;
  kind: OutboxKind;
  invitationId?: string | null;
  /** small text files such as the follow-up day's .ics, kept in the row until delivery */
  attachments?: MailAttachment[];
}

/**
 * Puts a message in the outbox; `db` may be the transaction of the change that causes it, so the
 * message is queued with the change or not at all. Callers (other modules' services too) decide first
 * who may send what.
 */
export function queueMail(deps: Pick<Deps, 'clock'>, db: Kysely<DB>, mail: QueuedMail) {
  return q.insertOutbox(db, {
    id: newId(),
    to_address: mail.to,
    subject: mail.subject,
    body_text: mail.text,
    kind: mail.kind,
    invitation_id: mail.invitationId ?? null,
    status: 'queued',
    attempts: 0,
    last_error: null,
    created_at: deps.clock().toISOString(),
    sent_at: null,
    claimed_by: null,
    claimed_until: null,
    attachments: mail.attachments?.length ? toJson(mail.attachments) : null,
  });
}

export interface DeliveryReport {
  delivered: number;
  held: number;
  failed: number;
}

/**
 * Sends the queued messages through SMTP, or, without SMTP, keeps them as .eml files for the NA
 * admin. Rows are claimed first, so several app servers deliver each message once.
 */
export async function deliverOutbox(deps: Deps, worker: string): Promise<DeliveryReport> {
  const report: DeliveryReport = { delivered: 0, held: 0, failed: 0 };
  const now = deps.clock();
  const until = new Date(now.getTime() + CLAIM_MS).toISOString();
  for (const message of await q.claimOutbox(deps.db, worker, now.toISOString(), until)) {
    // account mails carry their links only as placeholders: the database never holds a usable token
    const text = isAccountMail(message.kind) ? await renderAccountLinks(deps, message.to_address, message.body_text) : message.body_text;
    const mail = {
      to: message.to_address,
      subject: message.subject,
      text,
      ...(message.attachments ? { attachments: parseJson(mailAttachments, message.attachments, 'outbox.attachments') } : {}),
    };
    if (!deps.mailer.configured) {
      // no SMTP: the message is kept, visible to the NA admin and as an .eml file, so nothing is lost
      await fs.mkdir(deps.outboxDir, { recursive: true });
      await fs.writeFile(path.join(deps.outboxDir, `${message.created_at.replace(/[:.]/g, '-')}-${message.id}.eml`), await deps.mailer.render(mail));
      await q.updateOutbox(deps.db, message.id, { status: 'held', claimed_by: null, claimed_until: null });
      report.held++;
      continue;
    }
    try {
      await deps.mailer.send(mail);
      await q.updateOutbox(deps.db, message.id, {
        status: 'sent',
        sent_at: deps.clock().toISOString(),
        attempts: message.attempts + 1,
        claimed_by: null,
        claimed_until: null,
      });
      report.delivered++;
    } catch (err) {
      const attempts = message.attempts + 1;
      // retried on later rounds (the claim runs out), given up after five attempts
      await q.updateOutbox(deps.db, message.id, {
        status: attempts >= 5 ? 'failed' : 'queued',
        attempts,
        last_error: String((err as Error).message ?? err).slice(0, 500),
      });
      report.failed++;
    }
  }
  return report;
}
