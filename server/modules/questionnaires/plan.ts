import { DEFAULT_MOMENTS, type SurveyMoment } from '../../../shared/questionnaires.js';

export interface MomentSetting {
  moment: SurveyMoment;
  enabled: boolean;
  anchor: 'start' | 'end';
  offsetDays: number;
}

export const defaultMomentSettings = (): MomentSetting[] =>
  (Object.keys(DEFAULT_MOMENTS) as SurveyMoment[]).map((moment) => ({ moment, enabled: true, ...DEFAULT_MOMENTS[moment] }));

const DAY = 86_400_000;
/** Invitations go out at nine in the morning (UTC) of their day. */
const SEND_HOUR = 9;

function atSendHour(isoDate: string, addDays: number): Date {
  const d = new Date(`${isoDate}T00:00:00.000Z`);
  return new Date(d.getTime() + addDays * DAY + SEND_HOUR * 3_600_000);
}

export interface PlannedInvitation {
  moment: SurveyMoment | 'D';
  day: string;
  dueAt: Date;
  expiresAt: Date;
}

/**
 * The invitations one person gets: each enabled moment at its offset from the start or the end of
 * their activity, and (for a participant, `daily`) a daily reflection (moment D) on every day of
 * the activity. A link stays valid `linkValidDays` after it is due (a daily reflection until the
 * end of the next day).
 */
export function planInvitations(
  dates: { start: string; end: string },
  settings: MomentSetting[],
  linkValidDays: number,
  { daily = true }: { daily?: boolean } = {},
): PlannedInvitation[] {
  const planned: PlannedInvitation[] = settings
    .filter((s) => s.enabled)
    .map((s) => {
      const dueAt = atSendHour(s.anchor === 'start' ? dates.start : dates.end, s.offsetDays);
      return { moment: s.moment, day: '', dueAt, expiresAt: new Date(dueAt.getTime() + linkValidDays * DAY) };
    });
  const first = new Date(`${dates.start}T00:00:00.000Z`).getTime();
  const last = new Date(`${dates.end}T00:00:00.000Z`).getTime();
  for (let t = first, n = 0; daily && t <= last && n < 60; t += DAY, n++) {
    const day = new Date(t).toISOString().slice(0, 10);
    // the daily reflection arrives at the end of the day: 18:00 UTC
    const dueAt = new Date(t + 18 * 3_600_000);
    planned.push({ moment: 'D', day, dueAt, expiresAt: new Date(t + 2 * DAY) });
  }
  return planned.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** When the next reminder is due, or null when all are sent: `reminderDays` after the first sending. */
export function nextReminderAt(sentAt: Date, remindersSent: number, reminderDays: number[]): Date | null {
  const days = reminderDays[remindersSent];
  return days === undefined ? null : new Date(sentAt.getTime() + days * DAY);
}
