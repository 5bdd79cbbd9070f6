import { vi } from 'vitest';

/** A stand-in for the 'electron' module, recording what the window factory and IPC layer ask of it. */
export interface FakeWebContents {
  handlers: Record<string, (...args: unknown[]) => void>;
  windowOpenHandler: ((d: { url: string }) => { action: string }) | null;
  on(event: string, fn: (...args: unknown[]) => void): void;
  setWindowOpenHandler(fn: (d: { url: string }) => { action: string }): void;
}

export const created: { options: Record<string, unknown>; webContents: FakeWebContents; loaded: string | null }[] = [];
export const sessionCalls: Record<string, (...args: unknown[]) => unknown> = {};
export const openedExternally: string[] = [];

class FakeBrowserWindow {
  webContents: FakeWebContents;
  record: (typeof created)[number];
  constructor(options: Record<string, unknown>) {
    this.webContents = {
      handlers: {},
      windowOpenHandler: null,
      on(event, fn) {
        this.handlers[event] = fn;
      },
      setWindowOpenHandler(fn) {
        this.windowOpenHandler = fn;
      },
    };
    this.record = { options, webContents: this.webContents, loaded: null };
    created.push(this.record);
  }
  once() {}
  show() {}
  loadURL(url: string) {
    this.record.loaded = url;
    return Promise.resolve();
  }
}

export const fakeElectron = {
  BrowserWindow: FakeBrowserWindow,
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: (...a: unknown[]) => unknown) => (sessionCalls['request'] = fn),
      setPermissionCheckHandler: (fn: (...a: unknown[]) => unknown) => (sessionCalls['check'] = fn),
      setDevicePermissionHandler: (fn: (...a: unknown[]) => unknown) => (sessionCalls['device'] = fn),
      setSpellCheckerDictionaryDownloadURL: (url: string) => (sessionCalls['dictionaryUrl'] = () => url),
    },
  },
  shell: { openExternal: vi.fn((url: string) => { openedExternally.push(url); return Promise.resolve(); }) },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  ipcMain: { handle: vi.fn() },
};
