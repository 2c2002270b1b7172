import type { Deps } from '../../deps.js';
import { newId } from '../../lib/ids.js';
import { projectTitleOf } from '../projects/projects.service.js';
import { invitationMail } from './messages.js';
import { hashToken, linkFor, tokenFor } from './links.js';
import { deliverOutbox, queueMail } from './outbox.service.js';
import { momentSettings } from './participants.service.js';
import { nextReminderAt } from './plan.js';
import * as q from './questionnaires.queries.js';

const CLAIM_MS = 120_000;

export interface TickReport {
  invited: number;
  reminded: number;
  expired: number;
  delivered: number;
  held: number;
  failed: number;
}

async function queueInvitationMail(deps: Deps, invitationId: string, reminder: boolean) {
  const inv = await q.findInvitation(deps.db, invitationId);
  if (!inv) return;
  const participant = await q.findParticipantById(deps.db, inv.participant_id);
  if (!participant) return;
  const projectTitle = await projectTitleOf(deps, inv.project_id);
  const token = tokenFor(deps.linkSecret, inv.id);
  const mail = invitationMail(participant.locale, {
    name: participant.name,
    projectTitle,
    moment: inv.moment,
    link: linkFor(deps.publicUrl, token, participant.locale),
    expiresAt: inv.expires_at,
    reminder,
  });
  const now = deps.clock().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await queueMail(deps, trx, {
      to: participant.email,
      subject: mail.subject,
      text: mail.text,
      kind: reminder ? 'reminder' : 'invitation',
      invitationId: inv.id,
    });
    await q.releaseInvitation(
      trx,
      inv.id,
      reminder
        ? { reminders_sent: inv.reminders_sent + 1, last_sent_at: now }
        : { status: 'sent', sent_at: now, last_sent_at: now, token_hash: hashToken(token) },
    );
  });
}

/**
 * One round of the scheduler: send what is due, remind who has not answered, expire old links,
 * deliver the outbox. Every step claims its rows first, so several app servers can run it at once
 * and each message still goes out once.
 */
export async function runSchedulerTick(deps: Deps, worker: string): Promise<TickReport> {
  const report: TickReport = { invited: 0, reminded: 0, expired: 0, delivered: 0, held: 0, failed: 0 };
  const now = deps.clock();
  const nowIso = now.toISOString();
  const until = new Date(now.getTime() + CLAIM_MS).toISOString();

  for (const inv of await q.claimInvitations(deps.db, worker, nowIso, until, 'due')) {
    if (inv.expires_at <= nowIso) {
      await q.releaseInvitation(deps.db, inv.id, { status: 'expired' });
      report.expired++;
      continue;
    }
    await queueInvitationMail(deps, inv.id, false);
    report.invited++;
  }

  for (const inv of await q.claimInvitations(deps.db, `${worker}:r`, nowIso, until, 'open')) {
    if (inv.expires_at <= nowIso) {
      await q.releaseInvitation(deps.db, inv.id, { status: 'expired' });
      report.expired++;
      continue;
    }
    const { reminderDays } = await momentSettings(deps, inv.project_id);
    const next = inv.moment === 'D' || !inv.sent_at ? null : nextReminderAt(new Date(inv.sent_at), inv.reminders_sent, reminderDays);
    if (next && next.getTime() <= now.getTime()) {
      await queueInvitationMail(deps, inv.id, true);
      report.reminded++;
    } else {
      await q.releaseInvitation(deps.db, inv.id, {});
    }
  }

  const delivery = await deliverOutbox(deps, worker);
  report.delivered = delivery.delivered;
  report.held = delivery.held;
  report.failed = delivery.failed;
  return report;
}

/** Runs the scheduler in the server process every `intervalMs`, until stopped. */
export function startScheduler(deps: Deps, log: { warn(obj: object, msg: string): void }, intervalMs: number): () => void {
  const worker = `w-${newId().slice(-12)}`;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runSchedulerTick(deps, worker)
      .catch((err) => log.warn({ err }, 'scheduler round failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
