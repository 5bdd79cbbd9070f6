import { describe, expect, it } from 'vitest';
import { isDanishLocale, useDanishLocale } from '../../../electron/main/locale';

describe('Electron speaks Danish on an English computer', () => {
  it('sets the lang switch to Danish at start', () => {
    const switches: [string, string | undefined][] = [];
    useDanishLocale({ commandLine: { appendSwitch: (s: string, v?: string) => void switches.push([s, v]) } as never });
    expect(switches).toEqual([['lang', 'da']]);
  });

  it('checks the locale Chromium took: „da“ and „da-DK“ pass, „en-US“ does not', () => {
    expect(isDanishLocale({ getLocale: () => 'da' })).toBe(true);
    expect(isDanishLocale({ getLocale: () => 'da-DK' })).toBe(true);
    expect(isDanishLocale({ getLocale: () => 'en-US' })).toBe(false);
  });
});
