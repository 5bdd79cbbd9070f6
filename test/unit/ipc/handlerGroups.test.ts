import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';
import { appHandlers } from '../../../electron/core/ipc/handlers/app';
import { auditHandlers } from '../../../electron/core/ipc/handlers/audit';
import { childrenHandlers } from '../../../electron/core/ipc/handlers/children';
import { meetingHandlers } from '../../../electron/core/ipc/handlers/meetings';
import { outlookHandlers } from '../../../electron/core/ipc/handlers/outlook';
import { referatHandlers } from '../../../electron/core/ipc/handlers/referat';
import { settingsHandlers } from '../../../electron/core/ipc/handlers/settings';
import { makeCore } from '../../helpers/core';

const tc = makeCore();
afterAll(() => tc.close());

describe('the handler table is composed of one file per domain (issue 16, item 5)', () => {
  it('every channel is handled by exactly one domain file, so none silently replaces another', () => {
    const groups = [appHandlers, settingsHandlers, auditHandlers, childrenHandlers, meetingHandlers, referatHandlers, outlookHandlers].map((g) => Object.keys(g(tc.core)));
    const all = groups.flat();
    expect(all.filter((c, i) => all.indexOf(c) !== i)).toEqual([]);
    expect([...all].sort()).toEqual([...CHANNELS].sort());
  });
});
