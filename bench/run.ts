/**
 * `npm run bench` (`-- --quick` for a run under two minutes; `-- --out <dir>` to write elsewhere): Tovholder at
 * kommune scale, measured with warm-up and repeated runs, median and p95, side by side with baselines in the same
 * run. Writes a table to stdout and bench-results/latest.json. How to read and reproduce it: docs/performance.md.
 */
import { spawnSync } from 'node:child_process';

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';
import { Core } from '../electron/core/app/core';
import type { Ctx } from '../electron/core/context';
import { loadOrCreateKey, rewrapKey, SCRYPT_PARAMS } from '../electron/core/db/keyStore';
import { openDb } from '../electron/core/db/openDb';
import type { Db } from '../electron/core/db/types';
import { SAFETY_COPY_PREFIX } from '../electron/core/db/safetyCopies';
import { buildDocument } from '../electron/core/exports/exportService';
import { createDispatcher } from '../electron/core/ipc/dispatch';
import { createHandlers } from '../electron/core/ipc/handlers';
import { updateItem } from '../electron/core/meetings/agenda';
import { getMeetingDetail } from '../electron/core/meetings/meetingDetail';
import { listMeetings } from '../electron/core/meetings/meetingList';
import { saveForm } from '../electron/core/meetings/forms';
import { generateReferat } from '../electron/core/referat/referatService';
import { ftsQuery, RANK_WINDOW, search } from '../electron/core/search/search';
import { emptyTransitionForm } from '../shared/schemas/forms';
import type { ReferatBody } from '../shared/schemas/referat';
import { formatLongDate } from '../shared/format/danishDate';
import { BridgeProcess, launchBrowser } from '../test/helpers/bridgeProcess';
import { FULL, QUICK, sizeFor, type FixtureInfo } from './fixture';
import { measure, stats, type Stat } from './measure';
import { benchPersonSearch } from './personSearch';
import { runScales } from './scales';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const argOf = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
/** `--meetings N`: the full benchmark on a kommune of N meetings (`sizeFor`); `--scales` runs it once per size. */
const meetingsArg = argOf('--meetings') ? Number(argOf('--meetings')) : undefined;
const scalesArg = argOf('--scales');
/**
 * `--growth` (set by the scales runner): the interactive paths only. Backup, restore, unlock, key change, exports,
 * the encryption workload and the view are measured by the ordinary runs; they grow with the file or not at all.
 */
const growthOnly = process.argv.includes('--growth');
const size = quick ? QUICK : meetingsArg ? sizeFor(meetingsArg) : FULL;
const SEED = 20261123;
const OUT = argOf('--out') ? resolve(argOf('--out')!) : join(ROOT, 'bench-results');
const WORK = join(OUT, 'data', quick ? 'quick' : meetingsArg ? `m${meetingsArg}` : 'full');
const KEY = Buffer.from('5a'.repeat(32), 'hex');
const R = quick ? { warmup: 5, runs: 40 } : { warmup: 10, runs: 100 };
const meta = { transport: 'bridge' as const, trustedSender: true };

const results: Record<string, Stat & { target?: number; note?: string }> = {};
const ratios: Record<string, { value: number; note: string; target?: number }> = {};
const log = (s: string) => process.stdout.write(`${s}\n`);


async function main(): Promise<void> {
  if (scalesArg) {
    runScales(ROOT, OUT, scalesArg.split(',').map(Number), log);
    return;
  }
  log(`Tovholder-benchmark (${quick ? 'hurtig' : 'fuld'}): ${size.institutions} institutioner, ${size.years.toFixed(1)} år, ${size.meetings} møder, ${size.children} børn, frø ${SEED}`);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'data'), { recursive: true });
  const dbFile = join(WORK, 'data', 'tovholder.db');

  // 1. Fixture, in a process of its own (bench/generate.ts): this one measures with a clean heap.
  const t0 = Date.now();
  const infoFile = join(WORK, 'fixture.json');
  const gen = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'generate.ts'), dbFile, JSON.stringify(size), String(SEED), infoFile], { cwd: ROOT, stdio: 'inherit' });
  if (gen.status !== 0) throw new Error(`fixturen kunne ikke laves (${gen.status ?? gen.signal})`);
  const info = JSON.parse(readFileSync(infoFile, 'utf8')) as FixtureInfo;
  const fixtureSeconds = (Date.now() - t0) / 1000;
  const dbBytes = readFileSync(dbFile).length;
  log(`Fixtur lavet på ${fixtureSeconds.toFixed(1)} s: ${JSON.stringify(info.counts)}, ${(dbBytes / 1e6).toFixed(1)} MB`);

  // 2. Open + migrate.
  results['db.open'] = { ...(await measure(() => openDb({ file: dbFile, key: KEY }).close(), { warmup: 2, runs: quick ? 10 : 20 })), note: 'openDb: nøgle, pragmaer, migrationstjek' };

  // Unlock with a passphrase: scrypt at OWASP strength (keyStore.ts SCRYPT_PARAMS) unwraps the key, then the file opens.
  const keyPath = join(WORK, 'bench.key');
  rmSync(keyPath, { force: true });
  // The key file wraps the benchmark's database key, so the key change at the end starts from it.
  rewrapKey(keyPath, KEY, { protector: null, passphrase: 'lampe regn violin tirsdag' });
  if (!growthOnly) results['unlock.passphrase'] = {
    ...(await measure(
      () => {
        loadOrCreateKey(keyPath, { protector: null, passphrase: 'lampe regn violin tirsdag' });
        openDb({ file: dbFile, key: KEY }).close();
      },
      { warmup: 1, runs: quick ? 3 : 7 },
    )),
    target: 1000,
    note: `oplåsning med adgangskode: scrypt N=2^${Math.log2(SCRYPT_PARAMS.N)}, r=${SCRYPT_PARAMS.r}, p=${SCRYPT_PARAMS.p} + openDb`,
  };

  /** Where „Tag sikkerhedskopi" saves; null answers every other save dialog as cancelled. */
  let backupTarget: string | null = null;
  const core = new Core({ dataDir: join(WORK, 'data'), key: KEY, dialogs: { saveFile: async () => backupTarget, openFile: async () => backupTarget }, transport: 'bridge', appVersion: 'bench', now: () => new Date('2026-11-23T09:00:00Z') });
  const dispatchTable = createDispatcher(createHandlers(core), { validateOutput: false });
  /** A measured call that fails would time its error path: it stops the benchmark instead. */
  const dispatch: typeof dispatchTable = async (channel, input, m) => {
    const r = await dispatchTable(channel, input, m);
    if (!r.ok) throw new Error(`${String(channel)}: ${r.error.message}`);
    return r;
  };

  results['meeting.list'] = { ...(await measure(() => dispatch('meeting.list', { filter: 'kommende' }, meta), R)), note: 'startsidens mødeoversigt (kommende) via IPC-tabellen' };
  results['meeting.list.alle'] = { ...(await measure(() => dispatch('meeting.list', { filter: 'alle' }, meta), R)), note: 'alle møder (højst 500 rækker) via IPC-tabellen' };
  results['meeting.list.barn'] = { ...(await measure(() => dispatch('meeting.list', { filter: 'alle', childId: info.childWithHistory }, meta), R)), note: 'et barns møder (barnets sag) via IPC-tabellen' };
  results['child.case'] = { ...(await measure(() => dispatch('child.case', { id: info.childWithHistory }, meta), R)), note: 'et barns sag (samtykker, kontakter, trivsel, frister) via IPC-tabellen' };
  results['deadlines.upcoming'] = { ...(await measure(() => dispatch('deadlines.upcoming', {}, meta), R)), note: 'startsidens frister for børnene via IPC-tabellen' };
  results['followup.list'] = { ...(await measure(() => dispatch('followup.list', { scope: 'alle' }, meta), R)), note: 'opfølgningslisten (alle åbne) via IPC-tabellen' };
  results['followup.list.mine'] = { ...(await measure(() => dispatch('followup.list', { scope: 'mine', personId: info.busiestOwner }, meta), R)), note: 'mine opfølgninger (én leders åbne) via IPC-tabellen' };
  results['person.list'] = { ...(await measure(() => dispatch('person.list', {}, meta), { warmup: 2, runs: quick ? 10 : 20 })), note: 'hele persondirektoriet (fagpersoner og forældre) via IPC-tabellen' };
  Object.assign(results, await benchPersonSearch(dispatch, meta, core.db, info.meeting15, R));
  results['meeting.get.15'] = { ...(await measure(() => dispatch('meeting.get', { id: info.meeting15 }, meta), R)), target: 20, note: 'åbn et møde med 15 punkter via IPC-tabellen' };
  let n = 0;
  results['autosave'] = {
    ...(await measure(() => dispatch('item.update', { id: info.itemForAutosave, patch: { notes: `Noter under mødet, tastetryk ${n++}` } }, meta), { warmup: R.warmup, runs: R.runs * 3 })),
    target: 5,
    note: 'én noteændring gemt via IPC-tabellen (item.update)',
  };
  results['autosave.anonym'] = {
    ...(await measure(() => dispatch('item.update', { id: info.anonItemForAutosave, patch: { notes: `Drengen leger mest alene, tastetryk ${n++}` } }, meta), { warmup: R.warmup, runs: R.runs * 3 })),
    target: 5,
    note: 'én noteændring i et anonymt punkt (tjekkes mod alle børns og forældres navne)',
  };
  let q = 0;
  results['search'] = { ...(await measure(() => dispatch('search.query', { q: info.searchTerms[q++ % info.searchTerms.length]! }, meta), R)), target: 30, note: 'fuldtekstsøgning (FTS5) via IPC-tabellen' };

  // A backup as the user makes it: the checkpointed file copied, re-keyed to the passphrase (SQLCipher PBKDF2),
  // test-opened as a restore would open it, renamed into place.
  if (!growthOnly) await backupAndRestore(core, dispatch, (t) => (backupTarget = t));

  await likeForLikeSearch(core, info, dispatch);

  if (growthOnly) {
    core.close();
    printAndSave(info, fixtureSeconds, dbBytes);
    return;
  }

  // 3. Exports.
  generateReferat(core, info.meeting15);
  generateReferat(core, info.meeting60);
  saveForm(core, info.overgang, 'overgangsskema', { ...emptyTransitionForm(), strengths: 'Nysgerrig og hjælpsom.', challenges: 'Overgange.', startAgreements: 'Besøg i marts.' });
  generateReferat(core, info.overgang);
  const exportRuns = quick ? { warmup: 2, runs: 8 } : { warmup: 3, runs: 20 };
  results['export.referat.15'] = { ...(await measure(() => buildDocument(core, { meetingId: info.meeting15, kind: 'referat' }), exportRuns)), target: 250, note: 'referat med 15 punkter til .docx' };
  results['export.referat.60'] = { ...(await measure(() => buildDocument(core, { meetingId: info.meeting60, kind: 'referat' }), exportRuns)), note: 'referat med 60 punkter til .docx' };
  results['export.overgangsskema'] = { ...(await measure(() => buildDocument(core, { meetingId: info.overgang, kind: 'overgangsskema' }), exportRuns)), note: 'overgangsskema til .docx' };

  const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (pandoc.status === 0) {
    const md = referatMarkdown(core, info.meeting15);
    const mdFile = join(WORK, 'referat.md');
    writeFileSync(mdFile, md);
    const pStat = await measure(() => spawnSync('pandoc', [mdFile, '-o', join(WORK, 'referat-pandoc.docx')]), { warmup: 1, runs: quick ? 5 : 10 });
    results['export.pandoc.15'] = { ...pStat, note: `pandoc ${pandoc.stdout.split('\n')[0]?.split(' ')[1] ?? ''}: samme referat fra Markdown (proces inkl. opstart)` };
    ratios['export.app-vs-pandoc'] = { value: results['export.referat.15'].median / pStat.median, note: 'Tovholders referat-eksport / pandoc (median)' };
  } else {
    ratios['export.app-vs-pandoc'] = { value: Number.NaN, note: 'pandoc er ikke installeret (apt-get install pandoc)' };
  }

  // 4. Encrypted vs an unencrypted copy of the same file, same workload.
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  const plainFile = join(WORK, 'plain.db');
  core.db.prepare('VACUUM INTO ?').run(plainFile);
  const p = new Database(plainFile);
  p.pragma(`cipher='sqlcipher'`);
  p.pragma('legacy=4');
  p.pragma(`key="x'${KEY.toString('hex')}'"`);
  p.pragma("rekey=''");
  p.close();
  const encStat = await workload(core.db, info);
  const plain = new Database(plainFile);
  for (const pr of ['journal_mode = WAL', 'foreign_keys = ON', 'synchronous = NORMAL', 'temp_store = MEMORY', 'secure_delete = ON']) plain.pragma(pr);
  const plainStat = await workload(plain, info);
  plain.close();
  results['workload.encrypted'] = { ...encStat, note: 'blandet arbejde (åbn møde, autosave, søg, oversigt), krypteret' };
  results['workload.plain'] = { ...plainStat, note: 'samme arbejde på en ukrypteret kopi' };
  ratios['encryption-overhead'] = { value: encStat.median / plainStat.median, note: 'krypteret / ukrypteret (median)', target: 1.3 };

  core.close();

  // 5. The renderer in Chromium, against the bridge on the full dataset; and the core process's memory.
  const ui = await rendererAndMemory(WORK, info, quick ? 5 : 10);
  results['ui.meeting-view'] = { ...ui.view, target: 1000, note: 'fra navigation til interaktiv mødeafvikling i Chromium' };
  results['core.rss-mb'] = { ...stats([ui.rssMb]), note: 'resident hukommelse for kerneprocessen (broen) med hele datasættet' };
  results['ui.floor'] = { ...ui.floor, note: `tom side der henter samme kode som mødevisningen (${ui.firstView.chunks} JS-dele) i samme Chromium (gulvet)` };
  ratios['ui.view-vs-floor'] = { value: ui.view.median / ui.floor.median, note: `mødevisningen / den tomme side med samme kode (median); mødevisningen henter ${ui.firstView.kb.toFixed(0)} kB af ${(ui.bundleBytes / 1024).toFixed(0)} kB JS+CSS`, target: 1.5 };
  results['ui.bundle-kb'] = { ...stats([ui.bundleBytes / 1024]), note: 'hele renderer-bundtet (JS og CSS, alle skærmes dele) i kB, ikke ms' };
  results['ui.view-kb'] = { ...stats([ui.firstView.kb]), note: 'det mødevisningen henter (dens JS-dele og CSS) i kB, ikke ms' };

  await keyChange(keyPath);

  printAndSave(info, fixtureSeconds, dbBytes);
}

/**
 * Backup and restore as the user makes them, on the whole file: „Tag sikkerhedskopi" (the checkpointed file's bytes
 * copied, re-keyed to the passphrase, test-opened with integrity_check as a restore opens it, renamed into place), then
 * „Gendan" in its two steps, timed apart and together – choose (the file decrypts with the passphrase, quick_check,
 * Tovholder schema; the user sees what it holds) and confirm (the candidate read again, copied and re-keyed to the
 * database key, integrity_check of that copy, a safety copy of the current data, the swap). Targets: backup and the
 * confirmed restore with its verification under 10 s each; the two restore steps together are reported beside them.
 */
async function backupAndRestore(core: Core, dispatch: (c: unknown, i: unknown, m: typeof meta) => Promise<unknown>, setTarget: (t: string | null) => void): Promise<void> {
  const target = join(WORK, 'bench-kopi.tovholder');
  const pass = 'lampe regn violin tirsdag';
  setTarget(target);
  results['db.backup'] = {
    ...(await measure(
      async () => {
        rmSync(target, { force: true });
        await dispatch('db.backup', { passphrase: pass, repeat: pass }, meta);
      },
      { warmup: 0, runs: quick ? 2 : 3 },
    )),
    target: 10_000,
    note: 'sikkerhedskopi af hele datafilen: kopi efter checkpoint, ny nøgle fra adgangskoden, prøveåbnet (integrity_check), omdøbt',
  };
  const choose: number[] = [];
  const confirm: number[] = [];
  const both: number[] = [];
  for (let i = 0; i < (quick ? 1 : 2); i++) {
    const t0 = performance.now();
    const chosen = (await dispatch('db.restoreChoose', { passphrase: pass }, meta)) as { value: { candidateId: string } };
    const t1 = performance.now();
    await dispatch('db.restore', { candidateId: chosen.value.candidateId }, meta);
    const t2 = performance.now();
    choose.push(t1 - t0);
    confirm.push(t2 - t1);
    both.push(t2 - t0);
  }
  results['db.restore-vaelg'] = { ...stats(choose), note: 'gendannelse, trin 1: vælg filen (adgangskode, quick_check, skema) – brugeren ser hvad den rummer' };
  results['db.restore'] = {
    ...stats(confirm),
    target: 10_000,
    note: 'gendannelse, trin 2 med kontrol: filen læst igen, kopieret med databasens nøgle, integrity_check af kopien, sikkerhedskopi af de nuværende data, skift',
  };
  results['db.restore-i-alt'] = { ...stats(both), note: 'gendannelse, begge trin efter hinanden (vælg og bekræft uden tænkepause)' };
  setTarget(null);
  // The safety copies each restore kept of the data it replaced: not needed by the measurements that follow.
  for (const f of readdirSync(join(WORK, 'data'))) if (f.startsWith(SAFETY_COPY_PREFIX)) rmSync(join(WORK, 'data', f), { force: true });
}

/**
 * The app's search against raw FTS5 answering the same question: the same window (the newest RANK_WINDOW matches),
 * the same ranking (bm25 with title weight 4), the same 50 results – checked equal, in order. Then the window's own
 * cost (finding the newest matches) and, for reference, raw FTS5 ranking every match (the earlier, unequal baseline).
 */
async function likeForLikeSearch(core: Core, info: FixtureInfo, dispatch: (channel: 'search.query', input: { q: string }, m: typeof meta) => Promise<unknown>): Promise<void> {
  const terms = info.searchTerms;
  const fts = (t: string) => ftsQuery(t)!;
  // The same question as the app answers, in raw SQL as FTS5 answers it best: the window (the newest RANK_WINDOW
  // matches, counted over one more so „narrowed“ is known), the 50 best in it by bm25 with their meeting and child.
  // What the app adds on top is its own: the IPC door (clean, parse), snippets and the objects the screen gets.
  const same = core.db.prepare(
    `WITH win AS MATERIALIZED (
       SELECT count(*) AS n, min(r) AS lo FROM (SELECT rowid AS r FROM search_index WHERE search_index MATCH @q ORDER BY rowid DESC LIMIT ${RANK_WINDOW + 1})),
     hits AS (
       SELECT rowid AS rid, bm25(search_index, 0, 0, 0, 0, 4.0, 1.0) AS score FROM search_index
        WHERE search_index MATCH @q AND rowid >= (SELECT lo + (n > ${RANK_WINDOW}) FROM win) ORDER BY score LIMIT 50)
     SELECT s.kind, s.entity_id, s.meeting_id, CASE WHEN s.kind = 'anonym' THEN NULL ELSE s.child_id END AS child_id, s.title, s.body,
            m.title AS meeting_title, m.date AS meeting_date, CASE WHEN s.kind = 'anonym' THEN NULL ELSE c.name END AS child_name,
            (SELECT n FROM win) > ${RANK_WINDOW} AS narrowed
       FROM hits h CROSS JOIN search_index s ON s.rowid = h.rid
       LEFT JOIN meetings m ON m.id = s.meeting_id
       LEFT JOIN children c ON c.id = s.child_id
      ORDER BY h.score`,
  );


  const windowOnly = core.db.prepare(`SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ${RANK_WINDOW + 1}`).pluck();
  const everyMatch = core.db.prepare("SELECT entity_id, snippet(search_index, 5, '«', '»', ' … ', 12) FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index, 0, 0, 0, 0, 4.0, 1.0) LIMIT 50");
  // The same 50, in the same order, for every term measured.
  for (const t of terms) {
    const app = search(core.db, t).results.map((r) => [r.kind, r.meetingId, r.childId, r.title, r.meetingTitle, r.meetingDate, r.childName].join('|'));
    const raw = (
      same.all({ q: fts(t) }) as { kind: string; meeting_id: string | null; child_id: string | null; title: string; meeting_title: string | null; meeting_date: string | null; child_name: string | null }[]
    ).map((r) => [r.kind, r.meeting_id, r.child_id, r.title, r.meeting_title, r.meeting_date, r.child_name].join('|'));
    if (app.length === 0 || JSON.stringify(app) !== JSON.stringify(raw)) throw new Error(`Søgningen på „${t}“ giver ikke de samme ${raw.length} resultater som rå FTS5 med samme vindue`);
  }
  // The app and raw FTS5 in turn, each term through both: whatever else the machine does falls on both alike.
  const appTimes: number[] = [];
  const rawTimes: number[] = [];
  const timeApp = async (term: string) => {
    const t0 = performance.now();
    await dispatch('search.query', { q: term }, meta);
    return performance.now() - t0;
  };
  const timeRaw = (term: string) => {
    const t0 = performance.now();
    same.all({ q: fts(term) });
    return performance.now() - t0;
  };
  // Each term through both, the order turning each round: the second of a pair finds the pages the first read, so
  // neither is always second.
  for (let i = 0; i < R.warmup + R.runs; i++) {
    const term = terms[i % terms.length]!;
    let app: number;
    let raw: number;
    if (i % 2 === 0) {
      app = await timeApp(term);
      raw = timeRaw(term);
    } else {
      raw = timeRaw(term);
      app = await timeApp(term);
    }
    if (i >= R.warmup) {
      appTimes.push(app);
      rawTimes.push(raw);
    }
  }
  const rawStat = stats(rawTimes);
  const appStat = stats(appTimes);
  results['search.app-samme'] = { ...appStat, note: 'søgning gennem appen (IPC-tabellen), målt på skift med den rå FTS5 nedenfor' };
  results['search.raw-fts5'] = { ...rawStat, note: `samme spørgsmål i rå FTS5: samme vindue (nyeste ${RANK_WINDOW} træf), samme bm25, samme 50 resultater med møde og barn (kontrolleret ens)` };
  ratios['search.app-vs-raw'] = { value: appStat.median / rawStat.median, note: 'søgning gennem appen / rå FTS5 med samme spørgsmål, målt på skift (median)', target: 1.1 };
  let q = 0;
  const win = await measure(() => windowOnly.all(fts(terms[q++ % terms.length]!)), R);
  results['search.window'] = { ...win, note: `vinduet alene: de nyeste ${RANK_WINDOW} træf fundet i rå FTS5` };
  ratios['search.window-share'] = { value: win.median / rawStat.median, note: 'vinduets egen pris / hele det rå spørgsmål (median)' };
  q = 0;
  const all = await measure(() => everyMatch.all(fts(terms[q++ % terms.length]!)), growthOnly ? { warmup: 2, runs: 10 } : R);
  results['search.raw-fts5.all'] = { ...all, note: 'rå FTS5 der rangerer alle træf (bm25, snippet()): ikke samme spørgsmål, til sammenligning' };
  ratios['search.window-vs-all'] = { value: rawStat.median / all.median, note: 'rå FTS5 med vinduet / rå FTS5 over alle træf (median)' };
}

/** A key change on the whole file (Indstillinger → „Skift krypteringsnøgle“): a verified re-encrypted copy, swapped in. */
async function keyChange(keyPath: string): Promise<void> {
  const core = new Core({ dataDir: join(WORK, 'data'), key: KEY, keyStore: { path: keyPath, protector: null, passphrase: 'lampe regn violin tirsdag' }, dialogs: { saveFile: async () => null, openFile: async () => null }, transport: 'bridge', appVersion: 'bench' });
  try {
    results['db.rekey'] = { ...(await measure(() => core.rekey(), { warmup: 0, runs: quick ? 1 : 2 })), note: 'ny krypteringsnøgle: kopi krypteret med den nye nøgle, kontrolleret, skiftet ind' };
  } finally {
    core.close();
  }
}

async function workload(db: Db, info: FixtureInfo): Promise<Stat> {
  const ctx: Ctx = { db, now: () => new Date('2026-11-23T09:00:00Z'), actor: () => 'Bench' };
  let i = 0;
  return measure(
    () => {
      getMeetingDetail(db, info.meeting15, '2026-11-23');
      updateItem(ctx, info.itemForAutosave, { notes: `Workload ${i++}` });
      search(db, info.searchTerms[i % info.searchTerms.length]!);
      listMeetings(ctx, { filter: 'kommende' });
    },
    { warmup: 5, runs: quick ? 40 : 100 },
  );
}

function referatMarkdown(core: Core, meetingId: string): string {
  const body = JSON.parse((core.db.prepare('SELECT body FROM referat_versions WHERE meeting_id = ? ORDER BY version DESC LIMIT 1').get(meetingId) as { body: string }).body) as ReferatBody;
  const lines = [`# Referat`, `## ${body.meetingName}`, '', `**Dato:** ${formatLongDate(body.date)}  `, `**Tid:** ${body.startTime} - ${body.endTime}  `, `**Sted:** ${body.place}  `, '', '**Deltagere:**', ''];
  for (const d of body.deltagere) lines.push(`- ${d.name} (${d.referent ? 'referent' : d.initials})`);
  for (const it of body.items) {
    lines.push('', `### ${it.number}   ${it.title}${it.childLabel ? `: ${it.childLabel}` : ''}`, '', it.text || '');
    if (it.decisions.length) lines.push('', '**Beslutninger**', '', ...it.decisions.map((d) => `- ${d}`));
  }
  return `${lines.join('\n')}\n`;
}

async function rendererAndMemory(workDir: string, info: FixtureInfo, runs: number): Promise<{ view: Stat; floor: Stat; bundleBytes: number; firstView: { kb: number; chunks: number }; rssMb: number }> {
  if (!existsSync(join(ROOT, 'dist', 'bridge', 'cli.mjs'))) spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  const bridge = new BridgeProcess(workDir, KEY.toString('hex'));
  await bridge.launch();
  const url = bridge.url;
  const browser = await launchBrowser();
  const samples: number[] = [];
  const assets = join(ROOT, 'dist', 'renderer', 'assets');
  const bundleBytes = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f)).reduce((n, f) => n + statSync(join(assets, f)).size, 0);
  const index = readFileSync(join(ROOT, 'dist', 'renderer', 'index.html'), 'utf8');
  const floorSamples: number[] = [];
  /** The meeting view, from navigation until the chair can type notes; returns the renderer chunks it loaded. */
  const view = async (): Promise<{ ms: number; chunks: string[] }> => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const t0 = process.hrtime.bigint();
    await page.goto(`${url}/#/moede/${info.meeting15}/afvikling`);
    await page.getByRole('heading', { name: 'Fremmøde' }).waitFor();
    await page.getByLabel(/^Noter/).waitFor({ state: 'visible' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const chunks = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => /^\/assets\/.*\.js$/.test(p)));
    await context.close();
    return { ms, chunks };
  };
  let firstView: { kb: number; chunks: number };
  try {
    // A first view warms the bridge and the browser cache, and tells which chunks the view loads (issue 17: the
    // renderer is split by screen, renderer/screens.ts).
    const warm = await view();
    const viewBytes = warm.chunks.reduce((n, c) => n + statSync(join(ROOT, 'dist', 'renderer', c)).size, 0);
    const cssBytes = readdirSync(assets).filter((f) => f.endsWith('.css')).reduce((n, f) => n + statSync(join(assets, f)).size, 0);
    firstView = { kb: (viewBytes + cssBytes) / 1024, chunks: warm.chunks.length };
    // The floor: the same index.html with every chunk the view loads (as modulepreload), from the same server in the
    // same Chromium, with no element to render into – a fresh context, fetching, parsing and running the code, and
    // nothing of the app's own: no reads, no render, no layout of a screen.
    const preload = warm.chunks.map((c) => `<link rel="modulepreload" href=".${c}" />`).join('\n    ');
    const blank = index.replace('<div id="root"></div>', '').replace('</head>', `    ${preload}\n  </head>`);
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      await page.route(`${url}/gulv.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: blank }));
      const t0 = process.hrtime.bigint();
      await page.goto(`${url}/gulv.html`, { waitUntil: 'load' });
      floorSamples.push(Number(process.hrtime.bigint() - t0) / 1e6);
      await context.close();
    }
    for (let i = 0; i < runs; i++) samples.push((await view()).ms);
  } finally {
    await browser.close();
  }
  const status = readFileSync(`/proc/${bridge.pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  await bridge.stop();
  return { view: stats(samples), floor: stats(floorSamples), bundleBytes, firstView, rssMb: rssKb / 1024 };
}

function printAndSave(info: FixtureInfo, fixtureSeconds: number, dbBytes: number): void {
  const rows = Object.entries(results).map(([k, v]) => {
    const ok = v.target === undefined ? '' : v.p95 <= v.target ? 'OK' : `MISSET (mål ${v.target})`;
    return `${k.padEnd(24)} ${v.median.toFixed(2).padStart(10)} ${v.p95.toFixed(2).padStart(10)} ${String(v.runs).padStart(5)}  ${ok.padEnd(16)} ${v.note ?? ''}`;
  });
  log('');
  log(`${'måling'.padEnd(24)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(10)} ${'kørs.'.padStart(5)}  ${'mål'.padEnd(16)} beskrivelse`);
  for (const r of rows) log(r);
  log('');
  for (const [k, v] of Object.entries(ratios)) {
    const ok = v.target === undefined ? '' : v.value <= v.target ? ' OK' : ` MISSET (mål ${v.target})`;
    log(`${k.padEnd(24)} ${Number.isNaN(v.value) ? '—' : `${v.value.toFixed(2)}×`}${ok}  ${v.note}`);
  }
  const missed = [
    ...Object.entries(results).filter(([, v]) => v.target !== undefined && v.p95 > v.target).map(([k]) => k),
    ...Object.entries(ratios).filter(([, v]) => v.target !== undefined && v.value > v.target).map(([k]) => k),
  ];
  log('');
  log(missed.length ? `Mål der ikke er nået: ${missed.join(', ')}` : 'Alle mål er nået.');
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, 'latest.json'),
    `${JSON.stringify(
      {
        mode: quick ? 'quick' : 'full',
        seed: SEED,
        at: new Date().toISOString(),
        node: process.version,
        machine: { cpus: cpus().length, platform: process.platform },
        fixture: { ...info.counts, seconds: fixtureSeconds, databaseMb: dbBytes / 1e6 },
        metricsMs: results,
        ratios,
        missedTargets: missed,
      },
      null,
      2,
    )}\n`,
  );
  log(`Skrevet: ${join(OUT, 'latest.json')}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

