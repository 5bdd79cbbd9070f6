import { menuText } from '../../shared/text/menu';
import { BrowserWindow, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

/** The secure options every Tovholder window uses (STYLE §9). Exported so a test can hold the factory to them. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: true,
  safeDialogs: true,
  navigateOnDragDrop: false,
} as const;

/** Locks down a webContents: no navigation away, no new windows, no webviews. */
export function hardenWebContents(wc: WebContents): void {
  wc.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  wc.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  wc.on('will-attach-webview', (event) => event.preventDefault());
  wc.setWindowOpenHandler(({ url }) => {
    // Links to the kommune's underretning procedure etc. open in the user's browser, never inside the app.
    if (/^https:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Every permission (camera, microphone, notifications, geolocation …) is refused. */
export function denyAllPermissions(): void {
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.setDevicePermissionHandler(() => false);
}

/**
 * Chromium downloads the spell checker's Hunspell dictionaries (Windows, Linux) from Google's CDN. Tovholder never
 * goes online: the downloader is pointed at the loopback discard port, where nothing answers and nothing leaves the
 * PC. macOS uses its own spell checker; on Windows and Linux a dictionary IT has placed is used (docs/installation.md).
 */
export const OFFLINE_DICTIONARY_URL = 'http://127.0.0.1:9/';

export function keepSpellcheckOffline(): void {
  session.defaultSession.setSpellCheckerDictionaryDownloadURL(OFFLINE_DICTIONARY_URL);
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: menuText.appName,
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  });
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
