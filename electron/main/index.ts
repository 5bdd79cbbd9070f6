/** Electron entry: wires the window, protocol, menu and IPC to the Electron-free core. Features live elsewhere. */
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { Core, DB_FILE_NAME } from '../core/app/core';
import { acquireFolderLock } from '../core/db/folderLock';
import { cleanLeftovers } from '../core/db/leftovers';
import { createLockGate } from '../core/app/lockGate';
import { AppError } from '../core/errors';
import { createDispatcher } from '../core/ipc/dispatch';
import { changeMap } from '../core/ipc/changes';
import { createHandlers } from '../core/ipc/handlers';
import { policyLocations } from '../core/settings/itPolicy';
import { electronDialogs } from './dialogs';
import { emit, registerIpc } from './ipc';
import { keychainProtector } from './keychain';
import { isDanishLocale, useDanishLocale } from './locale';
import { buildMenu } from './menu';
import { resolveNativeBinding } from './nativeBinding';
import { registerAppScheme, serveRenderer } from './protocol';
import { makePrintToPdf } from './printToPdf';
import { openWithDefaultProgram } from './openPath';
import { createMainWindow, denyAllPermissions, keepSpellcheckOffline } from './window';
import { dataFileText } from '../../shared/text/dataFile';

const appRoot = join(__dirname, '..', '..');
if (process.env['TOVHOLDER_DATA_DIR']) app.setPath('userData', process.env['TOVHOLDER_DATA_DIR']);

useDanishLocale(app);
registerAppScheme();
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (err: unknown) => fatal(err));
}

function fatal(err: unknown): void {
  const message = err instanceof AppError ? err.message : dataFileText.open.startFailed;
  dialog.showErrorBox('Tovholder', message);
  app.exit(1);
}

function start(): void {
  try {
    denyAllPermissions();
    keepSpellcheckOffline();
    if (!isDanishLocale(app)) console.warn(`Chromium kept the locale ${app.getLocale()} instead of Danish.`);
    serveRenderer(join(appRoot, 'dist', 'renderer'));
    const dataDir = app.getPath('userData');
    mkdirSync(dataDir, { recursive: true });
    const nativeBinding = resolveNativeBinding(appRoot, app.isPackaged);
    // One process per data folder (another user session, a network drive): refused before anything is read.
    const folderLock = acquireFolderLock(dataDir, nativeBinding);
    cleanLeftovers(dataDir);
    let core: Core | null = null;
    const keyPath = join(dataDir, 'tovholder.key');
    const dialogs = electronDialogs(() => mainWindow);
    const openCore = (key: Buffer, passphrase?: string) => {
      const opened = new Core({
        folderLock,
        keyStore: { path: keyPath, protector: keychainProtector, passphrase },
        dataDir,
        key,
        dialogs,
        transport: 'electron',
        appVersion: app.getVersion(),
        nativeBinding,
        printToPdf: makePrintToPdf(join(__dirname, 'preload.cjs')),
        openPath: openWithDefaultProgram,
        buildDir: join(appRoot, 'dist'),
        // IT's policy file: the machine-wide folder, else beside the installed program (docs/installation.md).
        policyFiles: policyLocations({ platform: process.platform, env: process.env, installDir: dirname(app.getPath('exe')) }),
        onProgress: (progress) => {
          for (const win of BrowserWindow.getAllWindows()) emit(win.webContents, 'progress', progress);
        },
      });
      core = opened;
      return createDispatcher(createHandlers(opened), {
        validateOutput: !app.isPackaged,
        onInternalError: (channel, err) => console.error(`[${channel}]`, err),
        changes: changeMap(() => opened.db),
        onChanged: (event) => {
          for (const win of BrowserWindow.getAllWindows()) emit(win.webContents, 'data.changed', event);
        },
      });
    };
    app.on('will-quit', () => {
      core?.close();
      folderLock.release();
    });
    // Tests of the unpackaged app pass the key explicitly, as the bridge does; a packaged app never reads it.
    const testKey = !app.isPackaged ? process.env['TOVHOLDER_KEY_HEX'] : undefined;
    registerIpc(
      testKey && /^[0-9a-f]{64}$/i.test(testKey)
        ? openCore(Buffer.from(testKey, 'hex'))
        : createLockGate({ dataDir, keyPath, dbFile: join(dataDir, DB_FILE_NAME), protector: keychainProtector, dialogs, nativeBinding, open: openCore }),
    );
    mainWindow = createMainWindow(join(__dirname, 'preload.cjs'));
    Menu.setApplicationMenu(buildMenu(mainWindow, process.platform === 'darwin'));
  } catch (err) {
    fatal(err);
  }
}
