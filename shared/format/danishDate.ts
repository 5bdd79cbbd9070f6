/** Danish date and time formatting, the way kommunale referater write them („6. september 2018", „08:30 - 10:00"). */

const longDate = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekday = new Intl.DateTimeFormat('da-DK', { weekday: 'long', timeZone: 'UTC' });

function parseIsoDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Ugyldig dato: ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** „2018-09-06" → „6. september 2018" */
export function formatLongDate(iso: string): string {
  return longDate.format(parseIsoDate(iso));
}

/** „2018-09-06" → „torsdag den 6. september 2018" */
export function formatDateWithWeekday(iso: string): string {
  const d = parseIsoDate(iso);
  return `${weekday.format(d)} den ${longDate.format(d)}`;
}

/** „2018-09-06" → „06-09-2018" (the system-header form in referater). */
export function formatShortDate(iso: string): string {
  const d = parseIsoDate(iso);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}-${mm}-${d.getUTCFullYear()}`;
}

/** „08:30", „10:00" → „08:30 - 10:00" */
export function formatTimeRange(start: string, end: string): string {
  return `${start} - ${end}`;
}

/** Seconds → „12:05" or „1:02:03" for timers. Negative values get a minus sign. */
export function formatDuration(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '';
  const s = Math.abs(Math.trunc(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(sec).padStart(2, '0')}`;
  return h > 0 ? `${sign}${h}:${mmss}` : `${sign}${mmss}`;
}

/** ISO timestamp → „6. september 2018 kl. 08:31" in the given IANA zone (default Europe/Copenhagen). */
export function formatTimestamp(isoTs: string, timeZone = 'Europe/Copenhagen'): string {
  const d = new Date(isoTs);
  const date = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(d);
  const time = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone })
    .format(d)
    .replace('.', ':');
  return `${date} kl. ${time}`;
}

/** Adds minutes to „HH:MM", wrapping within the day. */
export function addMinutes(time: string, minutes: number): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new RangeError(`Ugyldigt klokkeslæt: ${time}`);
  const total = (Number(m[1]) * 60 + Number(m[2]) + minutes + 24 * 60) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function isValidIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = parseIsoDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseIsoDate(b).getTime() - parseIsoDate(a).getTime()) / 86_400_000);
}
