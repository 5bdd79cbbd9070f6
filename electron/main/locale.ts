import type { App } from 'electron';

/**
 * Tovholder speaks Danish whatever the computer's language: Chromium's own texts, the spell checker and the native
 * date and time fields follow the app's locale, not the OS. Must run before the app is ready.
 */
export function useDanishLocale(app: Pick<App, 'commandLine'>): void {
  app.commandLine.appendSwitch('lang', 'da');
}

/** After ready: whether Chromium took the Danish locale (`app.getLocale()` is „da" or „da-DK"). */
export function isDanishLocale(app: Pick<App, 'getLocale'>): boolean {
  return /^da(-|$)/i.test(app.getLocale());
}
