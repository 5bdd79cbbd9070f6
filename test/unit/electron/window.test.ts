import { describe, expect, it, vi } from 'vitest';
import { created, fakeElectron, openedExternally, sessionCalls } from './fakeElectron';

vi.mock('electron', () => fakeElectron);

const { createMainWindow, denyAllPermissions, keepSpellcheckOffline } = await import('../../../electron/main/window');
const { isTrustedSender } = await import('../../../electron/main/ipc');

describe('window factory (against a fake electron module)', () => {
  const win = createMainWindow('/app/dist/electron/preload.cjs');
  const rec = created.at(-1)!;
  const prefs = rec.options['webPreferences'] as Record<string, unknown>;

  it('uses the secure web preferences', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/dist/electron/preload.cjs',
    });
    expect(win).toBeDefined();
  });

  it('loads the UI from the app:// origin, never from the network or a raw file path', () => {
    expect(rec.loaded).toBe('app://tovholder/index.html');
  });

  it('blocks navigation away from the app and attaching webviews', () => {
    const nav = { preventDefault: vi.fn() };
    rec.webContents.handlers['will-navigate']!(nav, 'https://evil.example/');
    expect(nav.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    rec.webContents.handlers['will-navigate']!(inside, 'app://tovholder/index.html#/moede/1');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const wv = { preventDefault: vi.fn() };
    rec.webContents.handlers['will-attach-webview']!(wv);
    expect(wv.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open, sending https links to the system browser instead', () => {
    expect(rec.webContents.windowOpenHandler!({ url: 'https://www.example.dk/underretning' })).toEqual({ action: 'deny' });
    expect(openedExternally).toContain('https://www.example.dk/underretning');
    expect(rec.webContents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openedExternally).not.toContain('file:///etc/passwd');
  });

  it('denies every permission request and check', () => {
    denyAllPermissions();
    const cb = vi.fn();
    sessionCalls['request']!(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(sessionCalls['check']!(null, 'notifications')).toBe(false);
    expect(sessionCalls['device']!({})).toBe(false);
  });

  it('never downloads spell checker dictionaries from Google’s CDN: the downloader points at the loopback', () => {
    keepSpellcheckOffline();
    const url = new URL(String(sessionCalls['dictionaryUrl']!()));
    expect(url.hostname).toBe('127.0.0.1');
  });
});

describe('IPC sender check', () => {
  const mainFrame = { url: 'app://tovholder/index.html' };
  it('trusts only the main frame of the app:// page', () => {
    expect(isTrustedSender({ senderFrame: mainFrame, sender: { mainFrame } } as never)).toBe(true);
    const iframe = { url: 'app://tovholder/index.html' };
    expect(isTrustedSender({ senderFrame: iframe, sender: { mainFrame } } as never)).toBe(false);
    const foreign = { url: 'https://evil.example/' };
    expect(isTrustedSender({ senderFrame: foreign, sender: { mainFrame: foreign } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame } } as never)).toBe(false);
  });
});
