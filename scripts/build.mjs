// Builds everything the app and the tests run: the renderer (Vite), Electron main + preload, and the test bridge.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateNotices } from './notices.mjs';

rmSync('dist/electron', { recursive: true, force: true });
rmSync('dist/bridge', { recursive: true, force: true });
rmSync('dist/notices', { recursive: true, force: true });

await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });

// nodemailer's MailComposer (e-mail drafts) imports a URL fetcher and DNS/net helpers it needs only for web
// attachments and SMTP. Tovholder never uses those, so the built app gets a stub that throws instead: the bundle
// then holds no network module (held true by test/e2e/bundle.test.ts).
const noNetwork = {
  name: 'no-network',
  setup(b) {
    const stub = join(process.cwd(), 'scripts', 'stubs', 'noNetwork.cjs');
    b.onResolve({ filter: /^(node:)?(net|dns)$|fetch\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]nodemailer[\\/]/.test(args.importer) ? { path: stub } : undefined,
    );
  },
};

const common = { bundle: true, plugins: [noNetwork], platform: 'node', target: 'node20', sourcemap: false, logLevel: 'warning', legalComments: 'none' };

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

// What „Om Tovholder“ shows: the version and when this build was made, and the licence notices of every
// third-party package the app ships (generated from the production dependency tree; the SBOM goes to release/).
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync('dist/build-info.json', `${JSON.stringify({ version: pkg.version, builtAt: new Date().toISOString() })}\n`);
const notices = generateNotices();

console.log(`Bygget: dist/renderer, dist/electron (main, preload), dist/bridge, dist/notices (${notices.packages.length} tredjepartspakker), release/sbom.json`);
