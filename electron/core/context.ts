import { danishDate } from '../../shared/format/danishClock';
import type { Db } from './db/types';

/** What every domain operation needs: the database, a clock, and who is acting. */
export interface Ctx {
  db: Db;
  now(): Date;
  /** Name of the local user profile, recorded in the audit log and on closed follow-ups. */
  actor(): string;
}

/** Today's date in Denmark as YYYY-MM-DD, whatever the computer's time zone. */
export function todayIso(ctx: Pick<Ctx, 'now'>): string {
  return danishDate(ctx.now());
}

/** The Danish calendar date of a stored timestamp, as YYYY-MM-DD. */
export function danishDateOf(isoTs: string): string {
  return danishDate(new Date(isoTs));
}

export function nowTs(ctx: Pick<Ctx, 'now'>): string {
  return ctx.now().toISOString();
}
