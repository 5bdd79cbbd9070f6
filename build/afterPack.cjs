// electron-builder afterPack: flips the Electron fuses (build/fuses.cjs) in the packed binary, before signing.
const { flipFuses } = require('@electron/fuses');
const { electronBinary, fuseConfig } = require('./fuses.cjs');

const ARCH = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

exports.default = async function afterPack(context, flip = flipFuses) {
  const arch = ARCH[context.arch] ?? process.arch;
  await flip(electronBinary(context), fuseConfig(context.electronPlatformName, arch));
};
