import type { OutcomeCode } from '../../../shared/templates/schema';
import type { Ctx } from '../context';
import type { ItemRow } from './meetingRows';
import * as agendaItems from '../db/tables/agendaItems';

/** What an item's outcomes created once confirmed: outcome code → follow-up or meeting id (in the item's data). */
export function outcomeActionsOf(item: Pick<ItemRow, 'data'>): Partial<Record<OutcomeCode, string>> {
  return (JSON.parse(item.data) as { outcomeActions?: Partial<Record<OutcomeCode, string>> }).outcomeActions ?? {};
}

export function setOutcomeActions(ctx: Ctx, itemId: string, actions: Partial<Record<OutcomeCode, string>>): void {
  const row = agendaItems.byId(ctx.db, itemId);
  if (!row) return;
  const data = JSON.parse(row.data) as Record<string, unknown>;
  agendaItems.setData(ctx.db, itemId, JSON.stringify({ ...data, outcomeActions: actions }));
}

/** A created follow-up or meeting that is removed by other means no longer counts as the outcome's creation. */
export function forgetOutcomeAction(ctx: Ctx, itemId: string, createdId: string): void {
  const row = agendaItems.byId(ctx.db, itemId);
  if (!row) return;
  const actions = outcomeActionsOf(row);
  const kept = Object.fromEntries(Object.entries(actions).filter(([, id]) => id !== createdId));
  if (Object.keys(kept).length !== Object.keys(actions).length) setOutcomeActions(ctx, itemId, kept);
}
