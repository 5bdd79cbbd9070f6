// Builds better-sqlite3 for the Electron ABI and target arch before electron-builder packs the app.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const ARCH = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

exports.default = async function beforePack(context) {
  const arch = ARCH[context.arch] ?? process.arch;
  const platform = context.electronPlatformName;
  const out = path.join(__dirname, 'native', `${platform}-${arch}`);
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'ensure-electron-native.mjs'), '--force', '--out', out], {
    stdio: 'inherit',
    env: { ...process.env, npm_config_arch: arch },
  });
};
