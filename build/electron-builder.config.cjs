// electron-builder configuration. Packaging downloads Electron, so it is verified on networked runners
// (.github/workflows/ci.yml: the Linux job builds AppImage and deb, the Windows job nsis and msi), not on the
// offline development machines. test/unit/build/builderConfig.test.ts holds this file to its targets, the fuses
// and „no auto-update". Silent installation for IT: docs/installation.md.
const pkg = require('../package.json');
const lock = require('../package-lock.json');

/** The packages `names` need at run time, with everything they depend on (from package-lock.json). */
function dependencyClosure(names) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const entry = lock.packages[`node_modules/${name}`];
    for (const dep of Object.keys({ ...entry?.dependencies, ...entry?.optionalDependencies })) visit(dep);
  };
  names.forEach(visit);
  return seen;
}

/** The one runtime dependency loaded from node_modules (a native module); every other one is bundled into dist/. */
const EXTERNAL = ['better-sqlite3-multiple-ciphers'];
const external = dependencyClosure(EXTERNAL);
/** Bundled by Vite and esbuild, so not shipped a second time in the ASAR's node_modules. */
const BUNDLED = [...dependencyClosure(Object.keys(pkg.dependencies).filter((n) => !EXTERNAL.includes(n)))].filter((n) => !external.has(n)).sort();

/** The MSI's identity across versions: a new version replaces the installed one. Never change it. */
const MSI_UPGRADE_CODE = '20f6ffa1-deae-4624-9ed3-9a77304a2ed6';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'dk.tovholder.app',
  productName: 'Tovholder',
  copyright: 'Tovholder',
  directories: { output: 'release', buildResources: 'build' },
  files: [
    'dist/electron/**',
    'dist/renderer/**',
    'dist/notices/**',
    'dist/build-info.json',
    'package.json',
    '!node_modules/better-sqlite3-multiple-ciphers/{deps,src,build,docs,benchmark,test}/**',
    ...BUNDLED.map((name) => `!node_modules/${name}/**`),
  ],
  // The licence notices and the app's own licence also lie beside the installed program, for IT to read.
  extraFiles: [{ from: 'dist/notices/THIRD-PARTY-NOTICES.txt', to: 'THIRD-PARTY-NOTICES.txt' }, { from: 'LICENSE', to: 'LICENSE.txt' }],
  // Native modules are not rebuilt in place (that would break `npm test`); beforePack builds the Electron-ABI
  // better-sqlite3 into build/native/<platform>-<arch>/, shipped as an extra resource and loaded via nativeBinding.
  npmRebuild: false,
  beforePack: './build/beforePack.cjs',
  // Electron fuses off/on (RunAsNode, --inspect, NODE_OPTIONS off; app only from the ASAR, its integrity checked).
  afterPack: './build/afterPack.cjs',
  extraResources: [{ from: 'build/native/${platform}-${arch}', to: 'native', filter: ['better_sqlite3.node'] }],
  asar: true,
  // Nothing phones home: no update feed is configured or written into the package (no app-update.yml), and the
  // app has no updater. New versions are deployed by IT (docs/installation.md).
  publish: null,
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Tovholder <kontakt@tovholder.invalid>', synopsis: 'Møder om børn i dagtilbud' },
  deb: { depends: ['libsecret-1-0'] },
  win: { target: ['nsis', 'msi'] },
  // nsis: one user installs for themselves, without administrator rights (silent: `Tovholder-Setup.exe /S`).
  nsis: {
    oneClick: true,
    perMachine: false,
    language: '1030',
    artifactName: '${productName}-Setup-${version}-${arch}.${ext}',
    deleteAppDataOnUninstall: false,
  },
  // msi: IT installs for every user of the PC (silent: `msiexec /i Tovholder-….msi /qn`), e.g. from Intune or SCCM.
  msi: {
    oneClick: true,
    perMachine: true,
    upgradeCode: MSI_UPGRADE_CODE,
    runAfterFinish: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
};
