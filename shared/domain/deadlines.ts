import { addDays } from '../format/danishDate';

/** The kommune's årshjul settings used by the deadline engine (see KommuneSettings.aarshjul). */
export interface Aarshjul {
  schoolStartAge: number;
  schoolStartMonth: number;
  specialNeedsDay: number;
  specialNeedsMonth: number;
  specialNeedsYearsBefore: number;
  descriptionMonthsBefore: number;
}

/** Every kind of transition deadline `childDeadlines` gives. */
export const DEADLINE_KINDS = ['overgang_boernehave', 'skole_saerlige_behov', 'overgangsbeskrivelse', 'skolestart'] as const;

export interface Deadline {
  kind: (typeof DEADLINE_KINDS)[number];
  date: string;
  label: string;
}

function iso(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, 1));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, last));
  return date.toISOString().slice(0, 10);
}

function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  return iso(Math.floor(total / 12), (total % 12) + 1, d);
}

/** Danish children start school in August (kommune setting) of the calendar year they turn six (setting). */
export function schoolStart(birthDate: string, a: Aarshjul): string {
  const year = Number(birthDate.slice(0, 4)) + a.schoolStartAge;
  return iso(year, a.schoolStartMonth, 1);
}

/**
 * Transition deadlines for one child, from the birth date and the kommune's årshjul:
 * - børnehave from about 2 years 10 months; the overgangsmøde a month before that;
 * - overgangsbeskrivelse finished N months before school start;
 * - for children with special needs, the overleveringsmøde by a fixed day (e.g. 1 November) so many years before
 *   the school-start year („senest 1. november halvandet år før skolestart").
 */
export function childDeadlines(birthDate: string, a: Aarshjul, opts: { specialNeeds: boolean }): Deadline[] {
  const start = schoolStart(birthDate, a);
  const out: Deadline[] = [];
  const kindergarten = addMonths(birthDate, 34);
  out.push({ kind: 'overgang_boernehave', date: addDays(kindergarten, -30), label: 'Overgangsmøde før start i børnehave' });
  if (opts.specialNeeds) {
    const year = Number(start.slice(0, 4)) - a.specialNeedsYearsBefore;
    out.push({ kind: 'skole_saerlige_behov', date: iso(year, a.specialNeedsMonth, a.specialNeedsDay), label: 'Overleveringsmøde før skolestart (særlige behov)' });
  }
  out.push({ kind: 'overgangsbeskrivelse', date: addMonths(start, -a.descriptionMonthsBefore), label: 'Overgangsbeskrivelse til skolen færdig' });
  out.push({ kind: 'skolestart', date: start, label: 'Skolestart' });
  return out;
}

/**
 * Deadlines from today until `monthsAhead` months later, plus those missed within the last month – the missed ones
 * marked `overdue` and listed first, never shown as coming up.
 */
export function upcoming(deadlines: Deadline[], today: string, monthsAhead = 6): (Deadline & { overdue: boolean })[] {
  const until = addMonths(today, monthsAhead);
  const since = addDays(today, -31);
  return deadlines
    .filter((d) => d.date >= since && d.date <= until)
    .map((d) => ({ ...d, overdue: d.date < today }))
    .sort((x, y) => Number(y.overdue) - Number(x.overdue) || x.date.localeCompare(y.date));
}
