import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../shared/ipc/contract';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture } from '../../helpers/fixtures';
import { ressourceteamMeeting } from '../../helpers/scenarios';

const ROOT = resolve(__dirname, '..', '..', '..');
const CASES = Number(process.env['TOVHOLDER_FUZZ_CASES'] ?? 500);

let tc: TestCore;
const ids: string[] = [];

/** Everything stored, as one hash: a failed call must leave it exactly as it was. */
function fingerprint(): string {
  const db = tc.core.db;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' AND name != 'audit_log' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  const h = createHash('sha256');
  // A WITHOUT ROWID table (person_terms, migration 0240) has no rowid: its rows are ordered by every column.
  const withoutRowid = new Set((db.prepare('SELECT name FROM pragma_table_list WHERE wr = 1').all() as { name: string }[]).map((r) => r.name));
  const order = (t: string) => (withoutRowid.has(t) ? (db.prepare(`SELECT * FROM "${t}" LIMIT 0`).columns().map((_c, i) => i + 1).join(', ')) : 'rowid');
  for (const t of tables) h.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY ${order(t)}`).raw().all(), (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
  return h.digest('hex');
}

const HOSTILE = [
  "'; DROP TABLE meetings; --",
  '../../../../etc/passwd',
  '\u0000\u0001\u0002',
  '<script>alert(1)</script>',
  '𝕿𝖔𝖛𝖍𝖔𝖑𝖉𝖊𝖗 ÆØÅ æøå',
  'x'.repeat(70_000),
  '2026-02-30',
  '25:61',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
];

function valueArb(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4 }) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 3, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.constantFrom(0, -1, Number.POSITIVE_INFINITY, Number.NaN, 2 ** 53, true, false, null, [], {}) },
    { weight: 1, arbitrary: fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  );
}

/** Payloads shaped like the channel's input (its field names, hostile values), plus anything at all. */
function payloadArb(channel: keyof typeof contract): fc.Arbitrary<unknown> {
  const schema = contract[channel].input;
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : {};
  const keys = Object.keys(shape);
  const shaped = keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, valueArb()])), { requiredKeys: [] }) : fc.constant({});
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(null, undefined, 42, 'tekst', [], { __proto__: { admin: true } }) });
}

beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  const s = await seedFixture(tc);
  const rt = await ressourceteamMeeting(tc, s, { seal: false });
  const m = await tc.call('meeting.get', { id: rt });
  ids.push(rt, m.items[0]!.id, m.items[2]!.id, m.participants[0]!.id, s.children.aksel.id, s.people.leader.id, 'ressourceteammoede', 'dialogmoede');
}, 60_000);
afterAll(() => tc.close());

describe('hostile and random payloads on every IPC channel', () => {
  const counts: Record<string, number> = {};
  const accepted: Record<string, number> = {};
  afterAll(() => {
    mkdirSync(join(ROOT, 'test-results', 'metrics'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'metrics', 'trust-fuzz.json'), JSON.stringify({
        fuzzCasesPerChannel: CASES,
        channels: Object.keys(counts).length,
        totalCases: Object.values(counts).reduce((a, b) => a + b, 0),
        acceptedCases: Object.values(accepted).reduce((a, b) => a + b, 0),
        channelsReachingHandler: Object.values(accepted).filter((n) => n > 0).length,
      }));
  });

  it.each(CHANNELS)('%s: no crash, no partial write, a structured Danish error every time', async (channel) => {
    counts[channel] = 0;
    await fc.assert(
      fc.asyncProperty(payloadArb(channel), async (payload) => {
        counts[channel]!++;
        const before = fingerprint();
        const res = await tc.raw(channel, payload);
        expect(typeof res.ok).toBe('boolean');
        if (res.ok || !['INVALID_INPUT', 'UNKNOWN_CHANNEL'].includes(res.error?.code ?? '')) accepted[channel] = (accepted[channel] ?? 0) + 1;
        if (!res.ok) {
          expect(res.error?.code).toMatch(/^[A-Z_]+$/);
          expect(res.error?.code).not.toBe('INTERNAL');
          expect(res.error?.message.length).toBeGreaterThan(5);
          expect(res.error?.message).not.toMatch(/\bat .*\.[jt]s:\d+|TypeError|undefined is not|Cannot read/);
          expect(fingerprint(), `${channel} changed data although it failed: ${JSON.stringify(res.error)}`).toBe(before);
        }
      }),
      { numRuns: CASES, seed: 20261123, endOnFailure: true },
    );
  }, 300_000);
});
