import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/core';

/** Issue 13, item 6: the packaging config holds the app to these fuses. */
const require = createRequire(import.meta.url);
const config = require('../../../build/electron-builder.config.cjs') as { afterPack: string; asar: boolean };
const afterPack = (require('../../../build/afterPack.cjs') as { default: (ctx: unknown, flip?: unknown) => Promise<void> }).default;

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = 49;
const OFF = 48;

/** A stand-in Electron binary: the fuse sentinel, wire version 1, eight fuses in Electron's default states. */
function fakeElectron(path: string): void {
  // Defaults as shipped: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, integrity off, asar-only off, …
  const wire = [ON, OFF, ON, ON, OFF, OFF, OFF, ON];
  writeFileSync(path, Buffer.concat([Buffer.from('ELF…binary…'), Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire]), Buffer.from('…rest')]));
}

function context(platform: string, outDir: string, arch = 1) {
  return { electronPlatformName: platform, arch, appOutDir: outDir, packager: { appInfo: { productFilename: 'Tovholder' }, executableName: 'tovholder' } };
}

describe('Electron fuses in packaging', () => {
  it('electron-builder runs build/afterPack.cjs on every target, with the app in an ASAR', () => {
    expect(config.afterPack).toBe('./build/afterPack.cjs');
    expect(config.asar).toBe(true);
  });

  it('Linux: RunAsNode, NODE_OPTIONS and --inspect off, only the ASAR loaded', async () => {
    const dir = tempDir();
    const bin = join(dir, 'tovholder');
    fakeElectron(bin);
    await afterPack(context('linux', dir));
    const fuses = (await getCurrentFuseWire(bin)) as unknown as Record<number, number>;
    expect(fuses[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(OFF); // not asked for; left as shipped
    // Electron does not validate embedded ASAR integrity on Linux: left as shipped.
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(OFF);
  });

  it('Windows and macOS also validate the embedded ASAR integrity', async () => {
    const dir = tempDir();
    const exe = join(dir, 'Tovholder.exe');
    fakeElectron(exe);
    await afterPack(context('win32', dir));
    const win = (await getCurrentFuseWire(exe)) as unknown as Record<number, number>;
    expect(win[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
    expect(win[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(win[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF);

    const mac = join(dir, 'Tovholder.app', 'Contents', 'Frameworks', 'Electron Framework.framework');
    mkdirSync(mac, { recursive: true });
    fakeElectron(join(mac, 'Electron Framework'));
    await afterPack(context('darwin', dir)); // x64: no ad-hoc re-signing needed
    const m = (await getCurrentFuseWire(join(dir, 'Tovholder.app'))) as unknown as Record<number, number>;
    expect(m[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
    expect(m[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    expect(m[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF);
  });

  it('an arm64 macOS build resets the ad-hoc signature after flipping', async () => {
    const calls: { path: string; config: Record<string, unknown> }[] = [];
    await afterPack(context('darwin', '/ut', 3), async (path: string, config: Record<string, unknown>) => void calls.push({ path, config }));
    expect(calls[0]!.path).toBe(join('/ut', 'Tovholder.app'));
    expect(calls[0]!.config['resetAdHocDarwinSignature']).toBe(true);
  });

  it('a binary without the fuse wire stops the packaging instead of shipping unfused', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tovholder'), 'not electron');
    await expect(afterPack(context('linux', dir))).rejects.toThrow(/sentinel/);
    expect(readFileSync(join(dir, 'tovholder'), 'utf8')).toBe('not electron');
  });
});
