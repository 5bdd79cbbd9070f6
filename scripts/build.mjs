// Builds everything the app and the tests run: the renderer (Vite), Electron main + preload, and the test bridge.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';

rmSync('dist/electron', { recursive: true, force: true });
rmSync('dist/bridge', { recursive: true, force: true });

await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: false, logLevel: 'warning', legalComments: 'none' };

await esbuild({
  ...common,
  entryPoints: { main: 'electron/main/index.ts' },
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
});

// A sandboxed preload must be one CommonJS file that requires nothing but 'electron'.
await esbuild({
  ...common,
  entryPoints: { preload: 'electron/preload/index.ts' },
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  external: ['electron'],
});

await esbuild({
  ...common,
  entryPoints: { cli: 'electron/core/bridge/cli.ts' },
  outdir: 'dist/bridge',
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  external: ['better-sqlite3-multiple-ciphers'],
  banner: { js: "import { createRequire as __tovholderCreateRequire } from 'node:module'; const require = __tovholderCreateRequire(import.meta.url);" },
});

console.log('Bygget: dist/renderer, dist/electron (main, preload), dist/bridge');
