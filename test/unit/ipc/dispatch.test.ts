import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';
import { makeCore } from '../../helpers/core';

const tc = makeCore();
afterAll(() => tc.close());

/** Inputs no channel accepts: wrong types, unknown keys, hostile strings in the wrong places. */
const MALFORMED: unknown[] = [42, 'tekst', [], true, { __proto__: { admin: true }, ukendt_felt: 1 }, { id: 7 }, { id: '../../etc/passwd' }];

describe('IPC door: every channel', () => {
  it.each(CHANNELS)('%s rejects malformed input with a code and a Danish message, without crashing', async (channel) => {
    for (const input of MALFORMED) {
      const res = await tc.raw(channel, input);
      expect(res.ok, `${channel} accepted ${JSON.stringify(input)}`).toBe(false);
      expect(res.error?.code).toMatch(/^(INVALID_INPUT|NOT_FOUND)$/);
      expect(res.error?.message.length).toBeGreaterThan(5);
      expect(res.error?.message).not.toMatch(/at .*\.ts:\d+|Error:|undefined/);
    }
  });

  it('refuses an unknown channel', async () => {
    const res = await tc.raw('system.exec', { cmd: 'rm -rf /' });
    expect(res).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Handlingen findes ikke i Tovholder.' } });
  });

  it('refuses a call from an untrusted sender before looking at it', async () => {
    const res = await tc.raw('person.list', {}, { trustedSender: false });
    expect(res.ok).toBe(false);
    expect(res.error?.code).toBe('FORBIDDEN_SENDER');
  });

  it('names the offending field in Danish', async () => {
    const res = await tc.raw('meeting.create', { templateId: 'dialogmoede', date: '2026-02-30', startTime: '09:00' });
    expect(res.error?.code).toBe('INVALID_INPUT');
    expect(res.error?.field).toBe('date');
    expect(res.error?.message).toMatch(/Feltet „date“: Datoen findes ikke i kalenderen/);
  });

  it('answers a valid call with { ok: true, value }', async () => {
    const res = await tc.raw('app.info', {});
    expect(res.ok).toBe(true);
    expect(res.value).toMatchObject({ name: 'Tovholder', encrypted: true });
  });
});
