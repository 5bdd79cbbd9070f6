import type { Core } from '../../app/core';
import { aboutTovholder, appInfo } from '../../app/about';
import type { HandlerTable } from '../dispatch';

/** The app itself, the data file's operations (backup, restore) and its key. */
export function appHandlers(core: Core) {
  return {
    'app.info': (_in, meta) => appInfo(core, meta.transport),
    'app.about': () => aboutTovholder(core),
    // Once the core exists the data file is open; the Electron layer's lock gate answers these while it is not.
    'app.status': () => ({ state: 'ready' as const, mode: null, reason: null }),
    'app.unlock': () => ({ state: 'ready' as const, mode: null, reason: null }),

    'db.backup': ({ passphrase }) => core.backup(passphrase),
    'db.restoreChoose': ({ passphrase }) => core.chooseBackup(passphrase),
    'db.safetyCopies': () => core.safetyCopies(),
    'db.restoreSafetyCopy': ({ name }) => core.inspectSafetyCopy(name),
    'db.restore': ({ candidateId }) => core.restore(candidateId),

    'security.status': () => core.securityStatus(),
    'security.setPassphrase': ({ passphrase }) => {
      core.setPassphrase(passphrase);
      return core.securityStatus();
    },
    'security.rekey': async () => {
      await core.rekey();
      return { ok: true as const };
    },
  } satisfies Partial<HandlerTable>;
}
