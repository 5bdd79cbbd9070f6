import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * Issue 18, items 3 and 4, on the built app (`node scripts/build.mjs`, as `npm test` and `npm run test:e2e` do
 * first): nothing in it phones home, and its licence notices cover every package bundled into it.
 */
const DIST = 'dist';
const allowed = (JSON.parse(readFileSync('build/allowed-urls.json', 'utf8')) as { allowed: { prefix: string; kind: string; why: string }[] }).allowed;

function bundleFiles(): string[] {
  const renderer = join(DIST, 'renderer', 'assets');
  return [
    join(DIST, 'electron', 'main.cjs'),
    join(DIST, 'electron', 'preload.cjs'),
    join(DIST, 'renderer', 'index.html'),
    ...readdirSync(renderer).filter((f) => /\.(js|css|html)$/.test(f)).map((f) => join(renderer, f)),
  ];
}

/** Every http(s):// address in the text, up to the first character that cannot be part of it in code. */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'`<>()\\,;{}]+/g)].map((m) => m[0]);
}

describe('the built bundles', () => {
  it('exist (node scripts/build.mjs has run)', () => {
    for (const file of bundleFiles()) expect(existsSync(file), file).toBe(true);
  });

  // Issue 17, item 4: validation happens in the core; the renderer takes its enums and labels from zod-free modules
  // (shared/schemas/codes.ts, shared/templates/codes.ts), so its first view does not build every schema.
  it('the renderer bundle holds no zod', () => {
    const renderer = join(DIST, 'renderer', 'assets');
    const js = readdirSync(renderer).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    for (const f of js) expect(readFileSync(join(renderer, f), 'utf8'), f).not.toMatch(/ZodError|\$ZodType/);
  });

  it('contain no http(s) address outside the documented list, and every entry on it is still needed', () => {
    const found = new Map<string, string>();
    for (const file of bundleFiles()) for (const url of urlsIn(readFileSync(file, 'utf8'))) found.set(url, file);
    expect(found.size).toBeGreaterThan(0); // the scan sees the Word namespaces, so it reads the right files
    const unlisted = [...found].filter(([url]) => !allowed.some((a) => url.startsWith(a.prefix))).map(([url, file]) => `${url} (${file})`);
    expect(unlisted).toEqual([]);
    const unused = allowed.filter((a) => ![...found.keys()].some((url) => url.startsWith(a.prefix))).map((a) => a.prefix);
    expect(unused).toEqual([]);
    // Every entry is one of the three documented kinds.
    expect(allowed.filter((a) => !['identifikator', 'fejltekst', 'lokal', 'link'].includes(a.kind))).toEqual([]);
  });

  it('docs/installation.md lists every allowed address', () => {
    const doc = readFileSync('docs/installation.md', 'utf8');
    for (const a of allowed) expect(doc, a.prefix).toContain(a.prefix);
  });

  it('main has no updater, crash reporter or network client, and the renderer may only talk to its own origin', () => {
    // (The loopback address the spell checker is pointed at is on the allowed list as „identifikator“.)
    const main = readFileSync(join(DIST, 'electron', 'main.cjs'), 'utf8');
    expect(main).not.toMatch(/require\("(node:)?(https?|http2|net|tls|dgram)"\)/);
    expect(main).not.toMatch(/\b(autoUpdater|crashReporter|net\.request|net\.fetch|electron-updater)\b/);
    // The one way out is a link the user clicks (the kommune's own https address for underretninger, a setting),
    // handed to the system browser by the window's open handler (test/unit/electron/window.test.ts).
    expect(main.match(/\bopenExternal\(/g)).toHaveLength(1);
    // Spell checker dictionaries are never fetched from Google's CDN (electron/main/window.ts).
    expect(main).toContain('setSpellCheckerDictionaryDownloadURL');
    const html = readFileSync(join(DIST, 'renderer', 'index.html'), 'utf8');
    const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
  });
});

describe('licence notices (generated at build time from the production dependency tree)', () => {
  const notices = JSON.parse(readFileSync(join(DIST, 'notices', 'third-party.json'), 'utf8')) as { app: { licence: string }; packages: { name: string; version: string; licence: string; text: string }[] };

  it('name the app’s own licence and every package with its licence', () => {
    expect(notices.app.licence).toBe(JSON.parse(readFileSync('package.json', 'utf8')).license);
    expect(notices.app.licence).not.toBe('UNLICENSED');
    for (const p of notices.packages) expect(p.licence, p.name).not.toBe('Ukendt');
    const react = notices.packages.find((p) => p.name === 'react');
    expect(react?.licence).toBe('MIT');
    expect(react?.text).toMatch(/Permission is hereby granted/);
    expect(readFileSync(join(DIST, 'notices', 'THIRD-PARTY-NOTICES.txt'), 'utf8')).toContain('better-sqlite3-multiple-ciphers');
    // The SBOM for IT, from the same run.
    const sbom = JSON.parse(readFileSync(join('release', 'sbom.json'), 'utf8')) as { bomFormat: string; components: unknown[] };
    expect(sbom.bomFormat).toBe('CycloneDX');
  });

  it('cover every package the main and renderer bundles are made of', async () => {
    const packagesOf = async (entry: string, platform: 'node' | 'browser', external: string[]) => {
      const res = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, platform, external, jsx: 'automatic', loader: { '.css': 'empty' }, logLevel: 'silent' });
      return Object.keys(res.metafile.inputs)
        .filter((i) => i.includes('node_modules/'))
        .map((i) => {
          const parts = i.split('node_modules/').pop()!.split('/');
          return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
        });
    };
    const bundled = new Set([
      ...(await packagesOf('electron/main/index.ts', 'node', ['electron', 'better-sqlite3-multiple-ciphers'])),
      ...(await packagesOf('renderer/main.tsx', 'browser', [])),
      'better-sqlite3-multiple-ciphers',
    ]);
    expect(bundled.has('react')).toBe(true);
    const named = new Set(notices.packages.map((p) => p.name));
    expect([...bundled].filter((p) => !named.has(p))).toEqual([]);
  });
});
