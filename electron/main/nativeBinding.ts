import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Native-module policy: node_modules holds better-sqlite3 built for Node (tests); the app loads an Electron-ABI build
 * from `.native-cache/` (made by scripts/ensure-electron-native.mjs on `npm start`), or from the package's resources
 * when packaged. So `npm start` and `npm test` both work, in either order, without a manual rebuild.
 */
export function resolveNativeBinding(appRoot: string, isPackaged: boolean): string | undefined {
  const candidates = isPackaged
    ? [join(process.resourcesPath, 'native', 'better_sqlite3.node')]
    : [join(appRoot, '.native-cache', `electron-${process.versions.electron}-${process.platform}-${process.arch}`, 'better_sqlite3.node')];
  return candidates.find((p) => existsSync(p));
}
