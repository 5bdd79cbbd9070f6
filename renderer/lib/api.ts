import type { TovholderApi } from '../../shared/ipc/api';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { screenText } from '../../shared/text/screens';
import { concerns, type Aggregate, type DataChanged } from '../../shared/ipc/events';

declare global {
  interface Window {
    api?: TovholderApi;
  }
}

/** A failed call, with the core's code and Danish message. */
export class AppError extends Error {
  readonly code: string;
  readonly field: string | undefined;
  constructor(code: string, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }
}

function transport(): TovholderApi {
  if (!window.api) throw new AppError('NO_TRANSPORT', screenText.transport.none);
  return window.api;
}

/** Typed call: unwraps `{ ok, value }` and throws AppError on `{ ok: false }`. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  let res;
  try {
    res = await transport().invoke(channel, input);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('TRANSPORT', screenText.transport.broken);
  }
  if (!res.ok) throw new AppError(res.error.code, res.error.message, res.error.field);
  return res.value as ChannelOutput<C>;
}

export function onEvent(event: 'menu.command', listener: (payload: unknown) => void): () => void {
  return window.api ? window.api.on(event, listener) : () => {};
}

/**
 * Subscribes to the core's `data.changed` events (shared/ipc/events.ts) that concern `aggregate`/`id` – or every
 * event of the aggregate when `id` is null. Returns the unsubscribe function. Data owners (hooks) re-run their
 * query when called; a screen never reloads after its own command, it applies the reply instead.
 */
export function onDataChanged(aggregate: Aggregate, id: string | null, listener: (event: DataChanged) => void): () => void {
  if (!window.api) return () => {};
  return window.api.on('data.changed', (payload) => {
    const event = payload as DataChanged;
    if (concerns(event, aggregate, id)) listener(event);
  });
}
