import { vi } from 'vitest';
import type { TovholderApi } from '../../shared/ipc/api';
import type { DataChanged } from '../../shared/ipc/events';

/** One sequence across tests, as the renderer remembers its own sequence numbers for the life of the page. */
let seq = 1000;

/**
 * A stand-in for window.api: `reply(channel, input)` answers each call; a command's reply lists the `data.changed`
 * sequence numbers it caused (as the dispatcher does), and `emit` delivers an event as the core would.
 */
export function installFakeApi(reply: (channel: string, input: Record<string, unknown>) => unknown, changes: (channel: string) => DataChanged['aggregate'] | null) {
  const listeners = new Set<(payload: unknown) => void>();
  const calls: { channel: string; input: Record<string, unknown> }[] = [];
  const emit = (event: Omit<DataChanged, 'seq'> & { seq?: number }) => {
    const e = { ...event, seq: event.seq ?? ++seq };
    for (const l of listeners) l(e);
    return e.seq;
  };
  const api: TovholderApi = {
    invoke: vi.fn(async (channel: string, input: unknown) => {
      calls.push({ channel, input: input as Record<string, unknown> });
      const value = reply(channel, input as Record<string, unknown>);
      const aggregate = changes(channel);
      if (!aggregate) return { ok: true, value };
      // The core emits the event before the reply reaches the renderer; the reply names it as the caller's own.
      const own = emit({ aggregate, id: (input as { id?: string; childId?: string }).childId ?? (input as { id?: string }).id ?? null, channel });
      return { ok: true, value, changed: [own] };
    }) as TovholderApi['invoke'],
    on: (event, listener) => {
      if (event !== 'data.changed') return () => {};
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  window.api = api;
  return { calls, emit, channels: () => calls.map((c) => c.channel) };
}
