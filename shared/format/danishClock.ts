/**
 * The Danish day and clock. Every rule that asks „which day is it?" or „what time is it?" answers in
 * Europe/Copenhagen, never in the computer's time zone or in UTC: a consent given at 00:30 Danish summer time was
 * given today, not yesterday.
 */

export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

/**
 * The formatter that reads the Danish wall clock, made on first use: loading the time zone's rules costs 45–75 ms in
 * a fresh Chromium page, which a screen that shows no clock should not pay at start (issue 17, item 4).
 */
let parts: Intl.DateTimeFormat | null = null;
const clockParts = (): Intl.DateTimeFormat =>
  (parts ??= new Intl.DateTimeFormat('en-US', {
    timeZone: DANISH_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }));

interface WallClock {
  date: string;
  time: string;
  seconds: number;
}

/** The Danish wall clock at an instant: „2026-07-01", „00:30". */
export function danishWallClock(instant: Date): WallClock {
  const p: Record<string, string> = {};
  for (const { type, value } of clockParts().formatToParts(instant)) p[type] = value;
  return { date: `${p['year']}-${p['month']}-${p['day']}`, time: `${p['hour']}:${p['minute']}`, seconds: Number(p['second']) };
}

/** The date in Denmark at an instant, YYYY-MM-DD. */
export function danishDate(instant: Date): string {
  return danishWallClock(instant).date;
}

/** The time of day in Denmark at an instant, HH:MM (24-hour). */
export function danishTime(instant: Date): string {
  return danishWallClock(instant).time;
}

function offsetMinutes(instant: Date): number {
  const w = danishWallClock(instant);
  const [y, mo, d] = w.date.split('-').map(Number) as [number, number, number];
  const [h, mi] = w.time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, w.seconds);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a Danish wall-clock time names: („2026-07-01", „10:00") → 2026-07-01T08:00:00.000Z. Only in the night
 * hour the clocks change (02:00–03:00) is the answer a near instant rather than the exact one.
 */
export function instantOfDanishTime(date: string, time: string): Date {
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const tm = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!dm || !tm) throw new RangeError(`Ugyldigt tidspunkt: ${date} ${time}`);
  const wall = Date.UTC(Number(dm[1]), Number(dm[2]) - 1, Number(dm[3]), Number(tm[1]), Number(tm[2]), Number(tm[3] ?? 0));
  // Two passes settle the offset, also across a change between summer and winter time.
  const first = wall - offsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - offsetMinutes(new Date(first)) * 60_000);
}

/** „HH:MM" → minutes since midnight. */
export function minutesOfDay(time: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new RangeError(`Ugyldigt klokkeslæt: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** „HH:MM" plus minutes, stopping at 23:59: a proposed end never wraps past midnight to before the start. */
export function endWithinDay(start: string, minutes: number): string {
  const total = Math.min(minutesOfDay(start) + minutes, 24 * 60 - 1);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
