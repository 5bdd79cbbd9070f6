import type { Core } from '../app/core';
import type { HandlerTable } from './dispatch';
import { appHandlers } from './handlers/app';
import { auditHandlers } from './handlers/audit';
import { childrenHandlers } from './handlers/children';
import { meetingHandlers } from './handlers/meetings';
import { outlookHandlers } from './handlers/outlook';
import { referatHandlers } from './handlers/referat';
import { settingsHandlers } from './handlers/settings';

/**
 * The handler table: one function per contract channel, each getting input the dispatcher already parsed, each
 * calling a domain function (electron/core/<domain>/). One file per domain in `handlers/`; the type makes the
 * table exhaustive, so a channel without a handler does not compile. It knows nothing about Electron or HTTP;
 * main and the bridge both serve it.
 */
export function createHandlers(core: Core): HandlerTable {
  return {
    ...appHandlers(core),
    ...settingsHandlers(core),
    ...auditHandlers(core),
    ...childrenHandlers(core),
    ...meetingHandlers(core),
    ...referatHandlers(core),
    ...outlookHandlers(core),
  };
}
