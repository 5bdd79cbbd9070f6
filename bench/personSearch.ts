/**
 * `person.search` on the full dataset (issue 16, item 6): the first page of a person picker, through the IPC handler
 * table as the renderer calls it. Target: first page p95 < 20 ms. Each measurement rotates through its inputs, so no
 * single lucky letter or name decides the figure.
 */
import type { CallMeta, Dispatch } from '../electron/core/ipc/dispatch';
import type { Db } from '../electron/core/db/types';
import { measure, type Stat } from './measure';

type Result = Stat & { target?: number; note?: string };

const LETTERS = [...'abcdefghijklmnoprstuvæøå'];

function unwrap<T>(r: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!r.ok) throw new Error(`person.search fejlede: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

export async function benchPersonSearch(
  dispatch: Dispatch,
  meta: CallMeta,
  db: Db,
  meetingId: string,
  opts: { warmup: number; runs: number },
): Promise<Record<string, Result>> {
  const names = (db.prepare('SELECT name FROM people ORDER BY id LIMIT 200').all() as { name: string }[]).map((r) => r.name);
  const twoLetters = [...new Set(names.map((n) => n.slice(0, 2).toLowerCase()))].slice(0, 40);
  const search = (input: object) => dispatch('person.search', input, meta).then((r) => unwrap<{ people: unknown[]; next: unknown }>(r));
  let i = 0;
  const next = <T>(list: readonly T[]) => list[i++ % list.length]!;
  const out: Record<string, Result> = {};
  out['person.search.moede'] = {
    ...(await measure(() => search({ q: '', meetingId }), opts)),
    target: 20,
    note: 'personvælgeren åbnes ved et møde: mødets deltagere og barnets forældremyndighedsindehavere først, så de første i dansk orden',
  };
  out['person.search.1'] = { ...(await measure(() => search({ q: next(LETTERS), meetingId }), opts)), target: 20, note: 'ét bogstav (skiftevis a–å), med mødet som sammenhæng' };
  out['person.search.2'] = { ...(await measure(() => search({ q: next(twoLetters) }), opts)), target: 20, note: `to bogstaver (skiftevis ${twoLetters.length} almindelige navnebegyndelser)` };
  out['person.search.navn'] = { ...(await measure(() => search({ q: next(names) }), opts)), target: 20, note: `et helt navn (skiftevis ${names.length} navne fra kartoteket)` };
  const cursors = await Promise.all(LETTERS.map(async (q) => ({ q, after: (await search({ q })).next })));
  const pages = cursors.filter((c) => c.after);
  out['person.search.side2'] = { ...(await measure(() => search(next(pages)), opts)), note: '„Vis flere“: næste side efter første side af et bogstav' };
  return out;
}
