import { join } from 'node:path';
import { Core } from '../../electron/core/app/core';
import { createLockGate } from '../../electron/core/app/lockGate';
import type { SecretProtector } from '../../electron/core/db/keyStore';
import { createDispatcher } from '../../electron/core/ipc/dispatch';
import { createHandlers } from '../../electron/core/ipc/handlers';
import { QueueDialogs } from './core';

const META = { transport: 'bridge' as const, trustedSender: true };

/** What the lock gate answers: a result or a Danish refusal. */
export type GateReply = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

/** A stand-in for the OS keychain (safeStorage): XOR with a fixed secret; `available` false imitates a missing one. */
export function keychain(available = true): SecretProtector {
  const secret = Buffer.alloc(64, 0x37);
  const xor = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ secret[i % 64]!));
  return { isAvailable: () => available, encrypt: xor, decrypt: xor };
}

/**
 * The app as main starts it: the lock gate over a data folder `dir` (key file, database), opening a real core behind
 * the IPC handler table once the key is unlocked. `cores` are the cores it opened, `close` closes them.
 */
export function lockGateApp(dir: string, protector: SecretProtector | null) {
  const cores: Core[] = [];
  const dialogs = new QueueDialogs();
  const gate = createLockGate({
    dataDir: dir,
    keyPath: join(dir, 'tovholder.key'),
    dbFile: join(dir, 'tovholder.db'),
    protector,
    dialogs,
    open: (key, passphrase) => {
      const core = new Core({ dataDir: dir, key, dialogs, transport: 'bridge', appVersion: 'test', keyStore: { path: join(dir, 'tovholder.key'), protector, passphrase } });
      cores.push(core);
      return createDispatcher(createHandlers(core), { validateOutput: true });
    },
  });
  const call = (channel: string, input: unknown = {}) => gate(channel, input, META) as Promise<GateReply>;
  return { call, dialogs, cores, close: () => cores.forEach((c) => c.close()) };
}
