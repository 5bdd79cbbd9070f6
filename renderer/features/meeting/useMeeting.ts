import { useCallback, useMemo } from 'react';
import type { AgendaItem, Followup, MeetingDetail } from '../../../shared/schemas/meeting';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { call, type AppError } from '../../lib/api';
import { useLiveQuery } from '../../lib/hooks';

export type MeetingPatch = ChannelInput<'meeting.update'>['patch'];
export type ItemPatch = ChannelInput<'item.update'>['patch'];

/** Puts one item the core returned into the meeting, in its place. */
export function withItem(m: MeetingDetail, item: AgendaItem): MeetingDetail {
  return { ...m, items: m.items.map((i) => (i.id === item.id ? item : i)) };
}

/** Puts one follow-up the core returned into the item that holds it. */
export function withFollowup(m: MeetingDetail, f: Followup): MeetingDetail {
  return { ...m, items: m.items.map((i) => (i.followups.some((x) => x.id === f.id) ? { ...i, followups: i.followups.map((x) => (x.id === f.id ? f : x)) } : i)) };
}

export interface MeetingOwner {
  meeting: MeetingDetail | undefined;
  error: AppError | null;
  /** Runs a command answered with the whole meeting and installs the reply. Throws the core's AppError. */
  run: (fn: () => Promise<MeetingDetail>) => Promise<MeetingDetail>;
  /** Runs a command answered with one item and patches it in. Throws the core's AppError. */
  runItem: (fn: () => Promise<AgendaItem>) => Promise<AgendaItem>;
  /** Installs a whole meeting that another part (start button, dialog) got from the core. */
  apply: (m: MeetingDetail) => void;
  /** Patches an item the screen already holds (the live timer's elapsed time before switching item). */
  applyItem: (item: AgendaItem) => void;
  applyFollowup: (f: Followup) => void;
  update: (patch: MeetingPatch) => Promise<MeetingDetail>;
  /** Changes an item during the meeting: the reply is the item. */
  updateItem: (itemId: string, patch: ItemPatch) => Promise<AgendaItem>;
  /** Changes an item while planning: the reply is the whole meeting (warnings, carried follow-ups follow the child). */
  planItem: (itemId: string, patch: ItemPatch) => Promise<MeetingDetail>;
}

/**
 * The one owner of a meeting's data (issue 16, item 1): detail, items, participants, decisions and follow-ups. Every
 * screen of the meeting reads it from here and changes it through here. A command's reply is applied – the whole
 * meeting replaces the copy, one item or follow-up is patched in – and nothing is fetched again after an own change.
 * Changes made elsewhere (another window, the menu, a follow-up closed from the list) arrive as `data.changed` from
 * the core and re-run the query (useLiveQuery); this renderer's own events are dropped there.
 */
export function useMeeting(id: string): MeetingOwner {
  const q = useLiveQuery(() => call('meeting.get', { id }), [id], { aggregate: 'meeting', id });
  const { setData } = q;
  const apply = useCallback((m: MeetingDetail) => setData(m), [setData]);
  const applyItem = useCallback((item: AgendaItem) => setData((prev) => (prev ? withItem(prev, item) : prev)), [setData]);
  const applyFollowup = useCallback((f: Followup) => setData((prev) => (prev ? withFollowup(prev, f) : prev)), [setData]);
  const run = useCallback(
    async (fn: () => Promise<MeetingDetail>) => {
      const m = await fn();
      setData(m);
      return m;
    },
    [setData],
  );
  const runItem = useCallback(
    async (fn: () => Promise<AgendaItem>) => {
      const item = await fn();
      applyItem(item);
      return item;
    },
    [applyItem],
  );
  const update = useCallback((patch: MeetingPatch) => run(() => call('meeting.update', { id, patch })), [id, run]);
  const updateItem = useCallback((itemId: string, patch: ItemPatch) => runItem(() => call('item.update', { id: itemId, patch })), [runItem]);
  const planItem = useCallback((itemId: string, patch: ItemPatch) => run(() => call('meeting.updateItem', { id: itemId, patch })), [run]);
  return useMemo(
    () => ({ meeting: q.data, error: q.error, run, runItem, apply, applyItem, applyFollowup, update, updateItem, planItem }),
    [q.data, q.error, run, runItem, apply, applyItem, applyFollowup, update, updateItem, planItem],
  );
}
