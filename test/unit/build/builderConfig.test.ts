import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

/** Issue 18, item 2: the installers IT deploys, the fuses, and no auto-update. */
const require = createRequire(import.meta.url);
type Config = Record<string, unknown> & {
  files: string[];
  publish: unknown;
  win: { target: string[] };
  nsis: { oneClick: boolean; perMachine: boolean };
  msi: { perMachine: boolean; upgradeCode: string };
  linux: { target: string[] };
  mac: { target: string[] };
  afterPack: string;
  asar: boolean;
};
const config = require('../../../build/electron-builder.config.cjs') as Config;
const { fuseConfig } = require('../../../build/fuses.cjs') as { fuseConfig: (platform: string, arch: string) => Record<string | number, unknown> };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; build?: unknown };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, unknown> };

describe('electron-builder configuration', () => {
  it('is a configuration electron-builder itself accepts (its own schema)', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration: (c: unknown, l: unknown) => Promise<void> };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The check is real: an unknown MSI option is refused.
    await expect(validateConfiguration({ ...config, msi: { ...config.msi, silentInstall: true } }, new DebugLogger(false))).rejects.toThrow(/msi/);
  });

  it('builds nsis (per user) and msi (per machine) for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    expect(config.win.target).toEqual(['nsis', 'msi']);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.oneClick).toBe(true);
    expect(config.msi.perMachine).toBe(true);
    // A fixed upgrade code: a new MSI version replaces the installed one instead of installing beside it.
    expect(config.msi.upgradeCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('flips the fuses after packing, on every platform it builds for', () => {
    expect(config.afterPack).toBe('./build/afterPack.cjs');
    expect(config.asar).toBe(true);
    for (const platform of ['win32', 'darwin', 'linux']) {
      const fuses = fuseConfig(platform, 'x64');
      expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
      expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
      expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
      expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    }
    expect(fuseConfig('win32', 'x64')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
  });

  it('has no auto-update: no publish feed, no electron-updater anywhere', () => {
    expect(config.publish).toBeNull();
    expect(pkg.build).toBeUndefined(); // no second configuration that could add a feed
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('electron-updater');
    expect(Object.keys(lock.packages).filter((p) => /node_modules\/electron-updater$/.test(p))).toEqual([]);
    expect(readFileSync('.github/workflows/ci.yml', 'utf8')).not.toMatch(/--publish (always|onTag|onTagOrDraft)/);
  });

  it('ships the native module from node_modules and the licence notices, and nothing the bundles already hold', () => {
    expect(config.files).toContain('dist/notices/**');
    expect(config.files).toContain('dist/build-info.json');
    const excluded = config.files.filter((f) => f.startsWith('!node_modules/') && f.endsWith('/**')).map((f) => f.slice('!node_modules/'.length, -'/**'.length));
    for (const bundled of ['react', 'react-dom', 'zod', 'docx', 'jszip', 'pngjs']) expect(excluded).toContain(bundled);
    for (const needed of ['bindings', 'file-uri-to-path']) expect(excluded).not.toContain(needed);
    expect(excluded.some((e) => e.startsWith('better-sqlite3-multiple-ciphers'))).toBe(true); // only its sources
    expect(excluded).not.toContain('better-sqlite3-multiple-ciphers');
  });
});
