import { describe, expect, it } from 'vitest';
import { defaultMomentSettings, nextReminderAt, planInvitations } from './plan.js';

describe('planning the moments of one participant', () => {
  const plan = planInvitations({ start: '2027-03-08', end: '2027-03-12' }, defaultMomentSettings(), 28);
  const at = (moment: string) => plan.find((p) => p.moment === moment)!;

  it('puts T0 two weeks before, T1 a week after the last day, T2 a year and T3 three years after', () => {
    expect(at('T0').dueAt.toISOString()).toBe('2027-02-22T09:00:00.000Z');
    expect(at('T1').dueAt.toISOString()).toBe('2027-03-19T09:00:00.000Z');
    expect(at('T2').dueAt.toISOString()).toBe('2028-03-11T09:00:00.000Z'); // 365 days; 2028 is a leap year
    expect(at('T3').dueAt.toISOString()).toBe('2030-03-11T09:00:00.000Z');
    expect(at('T0').expiresAt.toISOString()).toBe('2027-03-22T09:00:00.000Z');
  });

  it('adds a daily reflection for each day of the activity, in order of sending', () => {
    const daily = plan.filter((p) => p.moment === 'D');
    expect(daily.map((d) => d.day)).toEqual(['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12']);
    expect(daily[0]!.dueAt.toISOString()).toBe('2027-03-08T18:00:00.000Z');
    const times = plan.map((p) => p.dueAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('leaves out moments the project switched off and follows adjusted offsets', () => {
    const settings = defaultMomentSettings().map((s) => (s.moment === 'T3' ? { ...s, enabled: false } : s.moment === 'T0' ? { ...s, offsetDays: -7 } : s));
    const custom = planInvitations({ start: '2027-03-08', end: '2027-03-08' }, settings, 28);
    expect(custom.map((p) => p.moment)).toEqual(['T0', 'D', 'T1', 'T2']);
    expect(custom[0]!.dueAt.toISOString()).toBe('2027-03-01T09:00:00.000Z');
  });

  it('plans no daily reflection for someone who does not travel (a comparison colleague, the organisation)', () => {
    const without = planInvitations({ start: '2027-03-08', end: '2027-03-12' }, defaultMomentSettings(), 28, { daily: false });
    expect(without.map((p) => p.moment)).toEqual(['T0', 'T1', 'T2', 'T3']);
  });

  it('spaces reminders 7 and 14 days after the first sending, at most two', () => {
    const sent = new Date('2027-03-12T09:00:00.000Z');
    expect(nextReminderAt(sent, 0, [7, 14])!.toISOString()).toBe('2027-03-19T09:00:00.000Z');
    expect(nextReminderAt(sent, 1, [7, 14])!.toISOString()).toBe('2027-03-26T09:00:00.000Z');
    expect(nextReminderAt(sent, 2, [7, 14])).toBeNull();
  });
});
