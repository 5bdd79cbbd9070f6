// electron-builder configuration. Packaging downloads Electron, so it is verified on a networked runner
// (.github/workflows/ci.yml → `electron-builder --linux dir`), not on the offline development machines.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'dk.tovholder.app',
  productName: 'Tovholder',
  copyright: 'Tovholder',
  directories: { output: 'release', buildResources: 'build' },
  // Everything but better-sqlite3 is bundled into dist/ by Vite and esbuild; it is the only runtime dependency.
  files: ['dist/electron/**', 'dist/renderer/**', 'package.json', '!node_modules/better-sqlite3-multiple-ciphers/{deps,src,build,docs,benchmark,test}/**'],
  // Native modules are not rebuilt in place (that would break `npm test`); beforePack builds the Electron-ABI
  // better-sqlite3 into build/native/<platform>-<arch>/, shipped as an extra resource and loaded via nativeBinding.
  npmRebuild: false,
  beforePack: './build/beforePack.cjs',
  // Electron fuses off/on (RunAsNode, --inspect, NODE_OPTIONS off; app only from the ASAR, its integrity checked).
  afterPack: './build/afterPack.cjs',
  extraResources: [{ from: 'build/native/${platform}-${arch}', to: 'native', filter: ['better_sqlite3.node'] }],
  asar: true,
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Tovholder <kontakt@tovholder.invalid>', synopsis: 'Møder om børn i dagtilbud' },
  deb: { depends: ['libsecret-1-0'] },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, language: '1030' },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
};
