// Electron fuses (issue 13, item 6): switches compiled into the Electron binary, flipped after packing and before
// signing. Without them a local process could start the packaged app with --inspect or ELECTRON_RUN_AS_NODE after it
// has unlocked the database key from the keychain, and read everything.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** The fuses for one target. Embedded ASAR integrity is validated by Electron on macOS and Windows only. */
function fuseConfig(platform, arch) {
  const integrity = platform === 'darwin' || platform === 'mas' || platform === 'win32';
  return {
    version: FuseVersion.V1,
    // An arm64 macOS binary carries an ad-hoc signature that flipping invalidates; real signing follows afterPack.
    resetAdHocDarwinSignature: (platform === 'darwin' || platform === 'mas') && (arch === 'arm64' || arch === 'universal'),
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    ...(integrity ? { [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true } : {}),
  };
}

/** Where electron-builder put the Electron executable of the packed app. */
function electronBinary(context) {
  const platform = context.electronPlatformName;
  const name = context.packager.appInfo.productFilename;
  if (platform === 'darwin' || platform === 'mas') return require('node:path').join(context.appOutDir, `${name}.app`);
  if (platform === 'win32') return require('node:path').join(context.appOutDir, `${name}.exe`);
  return require('node:path').join(context.appOutDir, context.packager.executableName);
}

module.exports = { fuseConfig, electronBinary };
