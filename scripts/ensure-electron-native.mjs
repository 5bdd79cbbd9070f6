// Native-module policy (README „Native moduler"): node_modules keeps better-sqlite3 built for Node, so `npm test`
// always works. The app needs a build for Electron's ABI; this script makes one into .native-cache/ (never touching
// node_modules) and main.cjs loads it through better-sqlite3's `nativeBinding` option. `npm start` runs it first, so
// start and test work in either order without a manual rebuild. `--force` rebuilds; `--out DIR` is used by packaging.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const force = args.includes('--force');
const outArg = args.indexOf('--out');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const arch = process.env.npm_config_arch || process.arch;
const platform = process.platform;
const target = resolve(outArg >= 0 ? args[outArg + 1] : join('.native-cache', `electron-${electronVersion}-${platform}-${arch}`));
const binary = join(target, 'better_sqlite3.node');

if (existsSync(binary) && !force) {
  console.log(`Electron-udgave af better-sqlite3 findes allerede: ${binary}`);
  process.exit(0);
}

const pkgDir = resolve('node_modules', 'better-sqlite3-multiple-ciphers');
const work = resolve('.native-cache', `build-${electronVersion}-${platform}-${arch}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(pkgDir, work, { recursive: true, filter: (src) => !src.startsWith(join(pkgDir, 'build')) });

const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: 'https://electronjs.org/headers' };
delete env.npm_config_nodedir;
try {
  console.log(`Henter færdigbygget better-sqlite3 til Electron ${electronVersion} (${platform}-${arch}) …`);
  execFileSync(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', arch], { cwd: work, stdio: 'inherit', env });
} catch {
  console.log('Ingen færdigbygget udgave – bygger fra kildekode med node-gyp mod Electrons headers …');
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [resolve(process.execPath, '..', '..', 'lib', 'node_modules', 'npm'), process.cwd()] });
  execFileSync(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'], { cwd: work, stdio: 'inherit', env });
}
mkdirSync(target, { recursive: true });
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binary);
rmSync(work, { recursive: true, force: true });
console.log(`Klar: ${binary}`);
