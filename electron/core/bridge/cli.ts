/**
 * Starts the core behind the loopback bridge: `node dist/bridge/cli.cjs --data-dir D --renderer R`.
 * The database key comes from TOVHOLDER_KEY_HEX (tests pass keys explicitly; the app uses the OS keychain).
 * With `--lock-screen` there is no key from outside: the bridge serves the lock gate exactly as the app does on a
 * computer without a keychain – the key file is protected by a passphrase typed on the lock screen – so e2e tests can
 * drive the lock screen (unlock, restore while locked).
 * Prints „TOVHOLDER_BRIDGE_READY <url>" when it listens. Used by the e2e tests and `npm run bench`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Core, DB_FILE_NAME, type Dialogs } from '../app/core';
import { createLockGate } from '../app/lockGate';
import type { Dispatch } from '../ipc/dispatch';
import { createDispatcher } from '../ipc/dispatch';
import { changeMap } from '../ipc/changes';
import { createHandlers } from '../ipc/handlers';
import { AppError } from '../errors';
import { startBridge, type RunningBridge } from './httpBridge';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    renderer: { type: 'string', default: 'dist/renderer' },
    port: { type: 'string', default: '0' },
    'export-dir': { type: 'string' },
    'fake-now': { type: 'string' },
    /** An IT policy file to apply at start, as the app applies %ProgramData%\\Tovholder\\policy.json. */
    'policy-file': { type: 'string' },
    'lock-screen': { type: 'boolean', default: false },
  },
});

const lockScreen = values['lock-screen'] === true;
const keyHex = process.env['TOVHOLDER_KEY_HEX'] ?? '';
if ((!lockScreen && !/^[0-9a-f]{64}$/i.test(keyHex)) || !values['data-dir']) {
  process.stderr.write('Brug: TOVHOLDER_KEY_HEX=<64 hex> node dist/bridge/cli.cjs --data-dir <mappe> [--renderer dist/renderer] [--lock-screen]\n');
  process.exit(2);
}

const dataDir = resolve(values['data-dir']);
const exportDir = resolve(values['export-dir'] ?? join(dataDir, '..', 'eksport'));
const saveQueue: string[] = [];
const openQueue: string[] = [];

/** Dialog stand-in: answers queued by the test, else saves into the export folder by the suggested name. */
const dialogs: Dialogs = {
  async saveFile({ defaultName }) {
    mkdirSync(exportDir, { recursive: true });
    return saveQueue.shift() ?? join(exportDir, defaultName);
  },
  async openFile() {
    return openQueue.shift() ?? null;
  },
};

// dist/bridge/cli.mjs → dist/ holds build-info.json and the licence notices.
const buildDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
function buildVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(buildDir, 'build-info.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

const fakeNow = values['fake-now'] ? new Date(values['fake-now']) : null;

let core: Core | null = null;
let bridgeRef: RunningBridge | null = null;
const onInternalError = (channel: string, err: unknown) => process.stderr.write(`[${channel}] ${err instanceof Error ? err.stack : String(err)}\n`);
const openCore = (key: Buffer, keyStore?: { path: string; passphrase: string | undefined }): Dispatch => {
  core = new Core({
    dataDir,
    key,
    dialogs,
    transport: 'bridge',
    appVersion: process.env['npm_package_version'] ?? buildVersion() ?? '0.0.0',
    buildDir,
    policyFiles: values['policy-file'] ? [resolve(values['policy-file'])] : [],
    ...(keyStore ? { keyStore: { ...keyStore, protector: null } } : {}),
    ...(fakeNow ? { now: () => fakeNow } : {}),
    onProgress: (progress) => bridgeRef?.emit('progress', progress),
  });
  const opened = core;
  return createDispatcher(createHandlers(opened), {
    validateOutput: true,
    onInternalError,
    changes: changeMap(() => opened.db),
    // The bridge starts after the core opens; events before that have no listener to reach.
    onChanged: (event) => bridgeRef?.emit('data.changed', event),
  });
};

let dispatch: Dispatch;
try {
  if (lockScreen) {
    mkdirSync(dataDir, { recursive: true });
    const keyPath = join(dataDir, 'tovholder.key');
    dispatch = createLockGate({
      dataDir,
      keyPath,
      dbFile: join(dataDir, DB_FILE_NAME),
      protector: null,
      dialogs,
      ...(fakeNow ? { now: () => fakeNow } : {}),
      open: (key, passphrase) => openCore(key, { path: keyPath, passphrase }),
    });
  } else {
    dispatch = openCore(Buffer.from(keyHex, 'hex'));
  }
} catch (err) {
  const message = err instanceof AppError ? err.message : String(err);
  process.stderr.write(`TOVHOLDER_BRIDGE_FAILED ${err instanceof AppError ? err.code : 'INTERNAL'} ${message}\n`);
  process.exit(3);
}

const bridge = await startBridge({
  dispatch,
  rendererDir: resolve(values.renderer),
  port: Number(values.port),
  testRoutes: (req, body) => {
    const b = body as { save?: string; open?: string };
    if (req.url === '/__test/dialog') {
      if (b.save) saveQueue.push(b.save);
      if (b.open) openQueue.push(b.open);
      return { ok: true };
    }
    if (req.url === '/__test/menu') {
      bridge.emit('menu.command', body);
      return { ok: true };
    }
    return { ok: false };
  },
});

bridgeRef = bridge;
process.stdout.write(`TOVHOLDER_BRIDGE_READY ${bridge.url}\n`);

const shutdown = () => {
  void bridge.close().finally(() => {
    core?.close();
    process.exit(0);
  });
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
