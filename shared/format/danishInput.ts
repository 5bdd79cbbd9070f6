/**
 * What a Danish user types into a date or time field, read the Danish way: „23.11.2026" and „13:30" (24-hour).
 * The fields are plain text fields, because the browser's own date and time fields follow the computer's language
 * (`mm/dd/yyyy`, `01:30 PM` on an English Windows).
 */
import { isValidIsoDate } from './danishDate';

export const DATE_PLACEHOLDER = 'dd.mm.åååå';
export const TIME_PLACEHOLDER = 'tt:mm';

/** „23.11.2026", „23-11-2026", „23/11/2026", „2026-11-23" → „2026-11-23"; anything else → null. */
export function parseDanishDate(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const dk = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/.exec(s);
  const out = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : dk ? `${dk[3]}-${dk[2]!.padStart(2, '0')}-${dk[1]!.padStart(2, '0')}` : null;
  return out && isValidIsoDate(out) ? out : null;
}

/** „2026-11-23" → „23.11.2026" (empty stays empty). */
export function formatDanishDateInput(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** „13:30", „13.30", „9:05", „0905" → „13:30" / „09:05"; 24-hour only, anything else → null. */
export function parseDanishTime(text: string): string | null {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
