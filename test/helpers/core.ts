import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core, type CoreOptions, type Dialogs } from '../../electron/core/app/core';
import { createDispatcher, type CallMeta } from '../../electron/core/ipc/dispatch';
import { changeMap } from '../../electron/core/ipc/changes';
import type { DataChanged, Progress } from '../../shared/ipc/events';
import { createHandlers } from '../../electron/core/ipc/handlers';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';

export function testKey(): Buffer {
  return randomBytes(32);
}

export function tempDir(prefix = 'tovholder-test-'): string {
  const base = join(tmpdir(), 'tovholder-tests');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, prefix));
}

/** Dialog stand-in: each call takes the next queued answer. */
export class QueueDialogs implements Dialogs {
  saves: (string | null)[] = [];
  opens: (string | null)[] = [];
  async saveFile() {
    return this.saves.shift() ?? null;
  }
  async openFile() {
    return this.opens.shift() ?? null;
  }
}

export interface TestCore {
  core: Core;
  dialogs: QueueDialogs;
  dir: string;
  key: Buffer;
  /** Calls a channel through the real dispatcher, as the renderer would; throws on `{ ok: false }`. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** The raw reply, for tests about errors. */
  raw(channel: unknown, input: unknown, meta?: Partial<CallMeta>): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string; field?: string } }>;
  close(): void;
  /** Every `data.changed` event the dispatcher raised, in order (issue 16). Tests may clear it with `length = 0`. */
  events: DataChanged[];
  /** Every `progress` report of backup, restore and key change, in order (issue 17). */
  progress: Progress[];
  /** Sets the core's clock for the next calls (null: back to the clock the core was made with). */
  setNow(at: Date | null): void;
}

export function makeCore(opts: { dir?: string; key?: Buffer; now?: () => Date; extra?: Pick<CoreOptions, 'buildDir' | 'policyFiles'> } = {}): TestCore {
  const dir = opts.dir ?? tempDir();
  const key = opts.key ?? testKey();
  const dialogs = new QueueDialogs();
  let override: Date | null = null;
  const base = opts.now ?? (() => new Date());
  const events: DataChanged[] = [];
  const progress: Progress[] = [];
  const core = new Core({ dataDir: dir, key, dialogs, transport: 'bridge', appVersion: 'test', now: () => override ?? base(), onProgress: (p) => progress.push(p), ...opts.extra });
  const dispatch = createDispatcher(createHandlers(core), {
    validateOutput: true,
    onInternalError: (channel, err) => console.error(`[${channel}]`, err),
    changes: changeMap(() => core.db),
    onChanged: (event) => events.push(event),
  });
  const raw: TestCore['raw'] = (channel, input, meta) =>
    dispatch(channel, input, { transport: 'bridge', trustedSender: true, ...meta }) as ReturnType<TestCore['raw']>;
  return {
    core,
    dialogs,
    dir,
    key,
    raw,
    async call(channel, input) {
      const res = await dispatch(channel, input, { transport: 'bridge', trustedSender: true });
      if (!res.ok) throw Object.assign(new Error(`${res.error.code}: ${res.error.message}`), { code: res.error.code, field: res.error.field });
      return res.value as never;
    },
    events,
    progress,
    close: () => core.close(),
    setNow: (at) => {
      override = at;
    },
  };
}
