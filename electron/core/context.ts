import type { Db } from './db/types';

/** What every domain operation needs: the database, a clock, and who is acting. */
export interface Ctx {
  db: Db;
  now(): Date;
  /** Name of the local user profile, recorded in the audit log and on closed follow-ups. */
  actor(): string;
}

const copenhagenDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Denmark as YYYY-MM-DD. */
export function todayIso(ctx: Pick<Ctx, 'now'>): string {
  return copenhagenDate.format(ctx.now());
}

/** The Danish calendar date of a stored timestamp, as YYYY-MM-DD. */
export function danishDateOf(isoTs: string): string {
  return copenhagenDate.format(new Date(isoTs));
}

export function nowTs(ctx: Pick<Ctx, 'now'>): string {
  return ctx.now().toISOString();
}
