import type { TovholderApi } from '../../shared/ipc/api';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { screenText } from '../../shared/text/screens';
import { concerns, type Aggregate, type DataChanged, type Progress } from '../../shared/ipc/events';

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

/** How long a read started early (`readEarly`) may wait for its screen before it is considered stale. */
export const EARLY_READ_MS = 2000;
const early = new Map<string, { at: number; reply: ReturnType<TovholderApi['invoke']> }>();
const earlyKey = (channel: string, input: unknown) => `${channel} ${JSON.stringify(input)}`;

/**
 * Starts a query the first screen will ask for, while the bundle is still starting (main.tsx): app.status,
 * settings.get and the routed meeting are then read side by side instead of one after the other (issue 16/17: the
 * meeting view waited for three round trips in a row). The first `call` with the same channel and input within
 * EARLY_READ_MS takes the reply, once; a refused early read (the app was locked) is asked again. Queries only.
 */
export function readEarly<C extends Channel>(channel: C, input: ChannelInput<C>): void {
  if (!window.api) return;
  const reply = window.api.invoke(channel, input);
  reply.catch(() => undefined);
  early.set(earlyKey(channel, input), { at: Date.now(), reply });
}

function takeEarly(channel: string, input: unknown): ReturnType<TovholderApi['invoke']> | null {
  if (early.size === 0) return null;
  const key = earlyKey(channel, input);
  const hit = early.get(key);
  if (!hit) return null;
  early.delete(key);
  return Date.now() - hit.at <= EARLY_READ_MS ? hit.reply : null;
}

/** Typed call: unwraps `{ ok, value }` and throws AppError on `{ ok: false }`. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  let res;
  try {
    const pending = takeEarly(channel, input);
    res = pending ? await pending.catch(() => null) : null;
    if (!res?.ok) res = await transport().invoke(channel, input);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('TRANSPORT', screenText.transport.broken);
  }
  if (!res.ok) throw new AppError(res.error.code, res.error.message, res.error.field);
  if (res.changed) rememberOwn(res.changed);
  return res.value as ChannelOutput<C>;
}

export function onEvent(event: 'menu.command', listener: (payload: unknown) => void): () => void {
  return window.api ? window.api.on(event, listener) : () => {};
}

/** Sequence numbers of `data.changed` events this renderer's own commands caused (their replies are applied). */
const own = new Set<number>();
function rememberOwn(seqs: number[]): void {
  for (const s of seqs) own.add(s);
  if (own.size > 2000) for (const s of [...own].slice(0, 1000)) own.delete(s);
}

/** How long events are gathered before listeners hear of them: the command's reply (sent just after) lands first. */
export const DATA_CHANGED_SETTLE_MS = 60;

/**
 * Subscribes to the core's `data.changed` events (shared/ipc/events.ts) that concern `aggregate`/`id` – or every
 * event of the aggregate when `id` is null – and that this renderer's own commands did not cause (those replies
 * are applied by the data owner that sent them). Events are gathered for DATA_CHANGED_SETTLE_MS and the listener is
 * called at most once per batch, with the batch. Returns the unsubscribe function.
 */
export function onDataChanged(aggregate: Aggregate, id: string | null, listener: (events: DataChanged[]) => void): () => void {
  if (!window.api) return () => {};
  let batch: DataChanged[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const foreign = batch.filter((e) => !own.has(e.seq));
    batch = [];
    if (foreign.length > 0) listener(foreign);
  };
  const off = window.api.on('data.changed', (payload) => {
    const event = payload as DataChanged;
    if (!concerns(event, aggregate, id)) return;
    batch.push(event);
    timer ??= setTimeout(flush, DATA_CHANGED_SETTLE_MS);
  });
  return () => {
    off();
    if (timer) clearTimeout(timer);
  };
}

/** Subscribes to the core's `progress` events (backup, restore, key change; shared/ipc/events.ts). */
export function onProgress(listener: (progress: Progress) => void): () => void {
  return window.api ? window.api.on('progress', (payload) => listener(payload as Progress)) : () => {};
}
