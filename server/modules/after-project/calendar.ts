import { createEvent, type EventAttributes } from 'ics';

/** Follow-up days are planned in Dutch time, whatever the server's own time zone. */
export const TIME_ZONE = 'Europe/Amsterdam';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Amsterdam's clock is ahead of UTC at an instant, in ms (one or two hours). */
function offsetAt(instant: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at which Amsterdam's clocks show `date` (YYYY-MM-DD) at `time` (HH:MM). */
export function amsterdamInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const asIfUtc = Date.UTC(y, m - 1, d, h, min);
  // the offset is looked up again at the first guess, which is right also on the days the clocks change
  const guess = asIfUtc - offsetAt(asIfUtc);
  return new Date(asIfUtc - offsetAt(guess));
}

// The rules of Dutch time since 1996 (last Sunday of March and of October), so that calendars
// that do not know the zone by name still show the right hour.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const localStamp = (date: string, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  location: string;
  date: string;
  startTime: string;
  endTime: string;
  /** DTSTAMP: when the invitation was made */
  stamp: Date;
}

/**
 * One event as an .ics file, in Europe/Amsterdam. The `ics` package writes the event with UTC
 * times; they are then given as Amsterdam wall-clock times with the zone's rules, which is how
 * calendar programs show "09:30 Amsterdam" also to someone travelling.
 */
export function followUpDayCalendar(event: CalendarEvent): string {
  const start = amsterdamInstant(event.date, event.startTime);
  const end = amsterdamInstant(event.date, event.endTime);
  const attributes: EventAttributes = {
    uid: event.uid,
    productId: 'impact-monitor',
    method: 'PUBLISH',
    title: event.title,
    description: event.description,
    location: event.location,
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
  };
  // DTSTAMP from the app's clock (the package reads `timestamp`, which its types leave out)
  const { error, value } = createEvent({ ...attributes, timestamp: event.stamp.getTime() } as EventAttributes);
  if (error || !value) throw error ?? new Error('no calendar event');
  const zoned = value
    .replace(`DTSTART:${utcStamp(start)}\r\n`, `DTSTART;TZID=${TIME_ZONE}:${localStamp(event.date, event.startTime)}\r\n`)
    .replace(`DTEND:${utcStamp(end)}\r\n`, `DTEND;TZID=${TIME_ZONE}:${localStamp(event.date, event.endTime)}\r\n`)
    .replace('BEGIN:VEVENT\r\n', `${VTIMEZONE}\r\nBEGIN:VEVENT\r\n`);
  // should `ics` ever write its times differently, fail loudly rather than send a wrong hour
  if (!zoned.includes(`DTSTART;TZID=${TIME_ZONE}:`) || !zoned.includes(`DTEND;TZID=${TIME_ZONE}:`))
    throw new Error('could not place the event in Europe/Amsterdam');
  return zoned;
}
