import { addDays } from '../format/danishDate';

/** Weekday of an ISO calendar date (0 = Sunday … 6 = Saturday), independent of the computer's time zone. */
function weekday(iso: string): number {
  return new Date(`${iso}T12:00:00Z`).getUTCDay();
}

/** A Danish dagtilbud holds no meetings on Saturday or Sunday. */
export function isWeekend(iso: string): boolean {
  const d = weekday(iso);
  return d === 0 || d === 6;
}

/** The date itself on a weekday; the Monday after on a Saturday or Sunday. */
export function nextWorkingDay(iso: string): string {
  let d = iso;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/** How far ahead „Nyt møde" proposes the date: a week, moved off the weekend (issue 16, item 8). */
export const DEFAULT_MEETING_LEAD_DAYS = 7;

/** The date „Nyt møde" proposes, given today in Europe/Copenhagen: a week ahead, never a Saturday or Sunday. */
export function defaultMeetingDate(today: string): string {
  return nextWorkingDay(addDays(today, DEFAULT_MEETING_LEAD_DAYS));
}
