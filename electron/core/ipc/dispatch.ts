import { type z } from 'zod';
import { contract, isChannel, isQuery, type Channel, type ChannelOutput, type ChannelParsedInput } from '../../../shared/ipc/contract';
import type { DataChanged } from '../../../shared/ipc/events';
import type { ChangeMap } from './changes';
import type { Result } from '../../../shared/ipc/result';
import { ERROR_MESSAGES } from '../../../shared/text/errors';
import { AppError, toAppError } from '../errors';
import { cleanInput } from './cleanInput';
import { configureDanishValidation } from './zodDanish';

configureDanishValidation();

export interface CallMeta {
  transport: 'electron' | 'bridge';
  /** Set by the transport after checking the sender (frame URL in Electron, Origin on the bridge). */
  trustedSender: boolean;
}

export type HandlerTable = {
  [C in Channel]: (input: ChannelParsedInput<C>, meta: CallMeta) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export type Dispatch = (channel: unknown, raw: unknown, meta: CallMeta) => Promise<Result<unknown>>;

function describeIssue(issue: z.core.$ZodIssue): { message: string; field: string | undefined } {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const message = field ? `Feltet „${field}“: ${issue.message}` : issue.message;
  return { message, field };
}

export interface DispatcherOptions {
  /** Parse every reply with the channel's output schema (on in tests and on the bridge). */
  validateOutput: boolean;
  onInternalError?: (channel: string, err: unknown) => void;
  /**
   * After a command succeeds (its transaction committed), the dispatcher asks `changes` what it touched and calls
   * `onChanged` once per aggregate and id – the `data.changed` event (issue 16). Queries never raise it.
   */
  changes?: ChangeMap;
  onChanged?: (event: DataChanged) => void;
}

type Change = Omit<DataChanged, 'channel' | 'seq'>;
type Entry = ((i: unknown, o: unknown) => Change[]) | { before: (i: unknown) => Change[]; after: (i: unknown, o: unknown) => Change[] };

/** The changes a command's map entry reads before it runs (what it may take away); none for a query. */
function changesBefore(opts: DispatcherOptions, channel: Channel, input: unknown): Change[] {
  if (!opts.changes || !opts.onChanged || isQuery(channel)) return [];
  const entry = opts.changes[channel as keyof ChangeMap] as Entry;
  if (typeof entry === 'function') return [];
  try {
    return entry.before(input);
  } catch (err) {
    opts.onInternalError?.(channel, err);
    return [{ aggregate: 'all', id: null }];
  }
}

/** Raises `data.changed` for what a committed command touched; returns the events' sequence numbers. */
function announce(opts: DispatcherOptions, nextSeq: () => number, channel: Channel, input: unknown, value: unknown, before: Change[]): number[] {
  if (!opts.changes || !opts.onChanged || isQuery(channel)) return [];
  const entry = opts.changes[channel as keyof ChangeMap] as Entry;
  const resolve = typeof entry === 'function' ? entry : entry.after;
  let list: Change[];
  try {
    list = [...resolve(input, value), ...before];
  } catch (err) {
    // The change itself committed; a failed lookup must not turn it into an error. Say "anything may have changed".
    opts.onInternalError?.(channel, err);
    list = [{ aggregate: 'all', id: null }];
  }
  const seen = new Set<string>();
  const seqs: number[] = [];
  for (const c of list) {
    const key = `${c.aggregate}:${c.id ?? '*'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const seq = nextSeq();
    seqs.push(seq);
    opts.onChanged({ ...c, channel, seq });
  }
  return seqs;
}

/**
 * The door every call passes through: known channel, trusted sender, input parsed by the contract, then the
 * handler. Whatever happens, the caller gets `{ ok, value }` or `{ ok: false, error: { code, message } }`.
 */
export function createDispatcher(table: HandlerTable, opts: DispatcherOptions): Dispatch {
  let seq = 0;
  const nextSeq = () => ++seq;
  return async function dispatch(channel, raw, meta) {
    if (!meta.trustedSender) {
      return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: ERROR_MESSAGES.FORBIDDEN_SENDER } };
    }
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: ERROR_MESSAGES.UNKNOWN_CHANNEL } };
    }
    const spec = contract[channel];
    // One place for text at the door: NFC, \n line breaks, nothing a Word file cannot hold, no bidi controls.
    const parsed = spec.input.safeParse(cleanInput(raw ?? {}));
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const { message, field } = first ? describeIssue(first) : { message: ERROR_MESSAGES.INVALID_INPUT, field: undefined };
      const error = field === undefined ? { code: 'INVALID_INPUT', message } : { code: 'INVALID_INPUT', message, field };
      return { ok: false, error };
    }
    try {
      const handler = table[channel] as (input: unknown, meta: CallMeta) => unknown;
      const before = changesBefore(opts, channel, parsed.data);
      const value = await handler(parsed.data, meta);
      if (opts.validateOutput) {
        const out = spec.output.safeParse(value);
        if (!out.success) {
          opts.onInternalError?.(channel, new Error(`Output for ${channel} breaks the contract: ${out.error.message}`));
          return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
        }
      }
      const changed = announce(opts, nextSeq, channel, parsed.data, value, before);
      return changed.length > 0 ? { ok: true, value, changed } : { ok: true, value };
    } catch (err) {
      const appErr = err instanceof AppError ? err : toAppError(err);
      if (!(err instanceof AppError) && appErr.code === 'INTERNAL') opts.onInternalError?.(channel, err);
      const error =
        appErr.field === undefined
          ? { code: appErr.code, message: appErr.message }
          : { code: appErr.code, message: appErr.message, field: appErr.field };
      return { ok: false, error };
    }
  };
}
