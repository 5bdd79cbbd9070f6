import { danishDate } from '../../shared/format/danishClock';

/** Today in Denmark as YYYY-MM-DD (the renderer's clock; Playwright can fake it). */
export function todayLocal(): string {
  return danishDate(new Date());
}
