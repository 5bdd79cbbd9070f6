import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyKey } from '../../../electron/core/db/openDb';
import { CHANNELS, isQuery, type ChannelInput, type QueryChannel } from '../../../shared/ipc/contract';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { dialogMeeting, netvaerkMeeting, overgangSkoleMeeting, ressourceteamMeeting } from '../../helpers/scenarios';

/**
 * Issue 16, item 3: a query never writes – not a row, not an audit entry, not a byte of the data file or its WAL –
 * so the renderer may re-run any query whenever `data.changed` arrives. Every query channel of the contract is called
 * on realistic data (sealed, overgang, dialog and netværk meetings, a fokusteam meeting with preparation, a child's
 * case with consents, parent contacts, trivsel, a dispatch and a signing identity).
 */
let tc: TestCore;
let s: Seeded;
let ids: { ressource: string; dialog: string; overgang: string; netvaerk: string; fokus: string; openFollowup: string; templateId: string };
let watcher: Database.Database;

const NOW = new Date('2026-11-23T09:00:00Z');

beforeAll(async () => {
  tc = makeCore({ now: () => NOW });
  await tc.call('settings.saveOrganisation', { forvaltning: 'Børn og Unge', unit: 'Dagtilbud Nord', kommune: 'Vesterå Kommune', address: '', phone: '', email: '', logo: null });
  await tc.call('settings.saveProfile', { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken' });
  await tc.call('signing.generate', {});
  s = await seedFixture(tc);
  const ressource = await ressourceteamMeeting(tc, s);
  const dialog = await dialogMeeting(tc, s);
  const overgang = await overgangSkoleMeeting(tc, s);
  const netvaerk = await netvaerkMeeting(tc, s);
  const fokusMeeting = await tc.call('meeting.create', { templateId: 'fokusteammoede', date: '2026-12-10', startTime: '13:00' });
  const fokusItem = fokusMeeting.items.find((i) => i.kind === 'barn')!.id;
  await tc.call('item.update', { id: fokusItem, patch: { childId: s.children.aksel.id } });
  await tc.call('preparation.save', {
    meetingId: fokusMeeting.id,
    itemId: fokusItem,
    personId: fokusMeeting.participants.find((p) => p.role === 'ppr_psykolog')!.personId,
    linealenLevel: '3',
    observed: 'Trækker sig i samling, leger alene.',
    tried: 'Fast voksen ved aflevering.',
    questions: 'Skal vi lave en PPR-observation?',
  });
  await tc.call('parentContact.add', { childId: s.children.aksel.id, kind: 'mundtlig_orientering', date: '2026-11-20', byName: 'Birgitte Skovmose', note: 'Talt med mor ved afhentning', noteInternal: true });
  const dims = ['Psykisk og emotionel trivsel', 'Kognitiv trivsel', 'Social trivsel', 'Fysisk og sansemotorisk trivsel'] as const;
  await tc.call('trivsel.add', { childId: s.children.aksel.id, date: '2026-11-21', dimensions: dims.map((d) => ({ dimension: d, level: 'trivsel' as const, text: '' })), overall: 'trivsel', note: 'Glad i dag' });
  await tc.call('dispatch.record', {
    documentId: 'TH-TEST',
    childId: s.children.aksel.id,
    meetingId: ressource,
    recipient: 'Sofie Nørregaard',
    recipientAuthority: '',
    channel: 'udleveret',
    basis: 'foraeldre',
    note: '',
    toParents: true,
    confirmWithoutOral: false,
  });
  // A child who left long ago, so retention has a candidate to weigh.
  const left = await tc.call('child.save', { name: 'Ella Fiktiv Bondesen', birthDate: '2013-03-03', institution: 'Børnehuset Solsikken', stue: 'Myretuen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
  await tc.call('child.update', { id: left.id, leftAt: '2019-07-31' });
  const followups = await tc.call('followup.list', { scope: 'alle' });
  ids = {
    ressource,
    dialog,
    overgang,
    netvaerk,
    fokus: fokusMeeting.id,
    openFollowup: followups.items[0]!.id,
    templateId: (await tc.call('template.list', {}))[0]!.id,
  };
  watcher = new Database(tc.core.dbFile);
  applyKey(watcher, tc.key);
  watcher.pragma('data_version');
}, 240_000);

afterAll(() => {
  watcher?.close();
  tc?.close();
});

/** One valid input per query channel. A new query without an entry here fails the test below. */
function inputs(): { [C in QueryChannel]: ChannelInput<C>[] } {
  const child = s.children.aksel.id;
  return {
    'app.info': [{}],
    'app.about': [{}],
    'app.status': [{}],
    'db.safetyCopies': [{}],
    'settings.get': [{}],
    'security.status': [{}],
    'audit.list': [{}, { limit: 1000 }],
    'retention.candidates': [{}],
    'template.list': [{}],
    'template.get': [{ id: ids.templateId }, { id: 'overgang-boernehave-skole' }],
    'person.list': [{}],
    'person.search': [{ q: '' }, { q: 'Ak' }, { q: 'Birgitte Skovmose' }, { q: '', meetingId: ids.ressource }, { q: 'a', childId: s.children.aksel.id, kinds: ['foraelder'] }, { q: '', limit: 2, after: undefined }],
    'child.list': [{}],
    'child.get': [{ id: child }, { id: s.children.freja.id }],
    'child.case': [{ id: child }, { id: s.children.freja.id }, { id: s.children.malik.id }],
    'search.query': [{ q: 'Aksel' }, { q: 'aflevering' }, { q: '' }],
    'deadlines.upcoming': [{}],
    'meeting.list': [{}, { filter: 'kommende' }, { filter: 'afholdte', childId: child }],
    'meeting.get': [ids.ressource, ids.dialog, ids.overgang, ids.netvaerk, ids.fokus].map((id) => ({ id })),
    'followup.list': [{}, { scope: 'mine' }, { scope: 'alle', includeClosed: true }, { scope: 'alle', includeClosed: true, limit: 1, after: { closed: false, dueDate: null, createdAt: '2026-01-01T00:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' } }],
    'form.getTransition': [{ meetingId: ids.overgang }, { meetingId: ids.ressource }],
    'form.getHandleplan': [{ meetingId: ids.netvaerk }, { meetingId: ids.dialog }],
    'form.transitionView': [{ meetingId: ids.overgang }],
    'form.handleplanView': [{ meetingId: ids.netvaerk }, { meetingId: ids.dialog }],
    'preparation.get': [{ meetingId: ids.fokus }],
    'referat.get': [ids.ressource, ids.dialog, ids.overgang, ids.netvaerk, ids.fokus].map((meetingId) => ({ meetingId })),
    'signing.list': [{}],
    'export.model': [
      { meetingId: ids.ressource, kind: 'referat' },
      { meetingId: ids.ressource, kind: 'uddrag', childId: s.children.freja.id },
      { meetingId: ids.overgang, kind: 'overgangsskema' },
      { meetingId: ids.netvaerk, kind: 'handleplan' },
      { meetingId: ids.fokus, kind: 'dagsorden' },
      { meetingId: ids.fokus, kind: 'forberedelsesskema' },
    ],
    'mail.groups': [
      { meetingId: ids.fokus, kind: 'indkaldelse' },
      { meetingId: ids.ressource, kind: 'referat' },
    ],
  };
}

function fileHash(path: string): string | null {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;
}

/** Everything a write would change: the connection's change counter, other connections' view, the log and the bytes. */
function footprint() {
  const file = tc.core.dbFile;
  return {
    totalChanges: (tc.core.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n,
    dataVersion: watcher.pragma('data_version', { simple: true }) as number,
    auditRows: (tc.core.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
    db: fileHash(file),
    wal: fileHash(`${file}-wal`),
    anchor: fileHash(`${file}.revisionsanker.json`),
  };
}

describe('queries never write (issue 16, item 3)', () => {
  it('the table has valid inputs for every query channel of the contract, and for nothing else', () => {
    const table = inputs() as Record<string, unknown[]>;
    const queries = CHANNELS.filter(isQuery);
    expect(queries.filter((c) => !(c in table) || table[c]!.length === 0)).toEqual([]);
    expect(Object.keys(table).filter((c) => !queries.includes(c as QueryChannel))).toEqual([]);
  });

  it('calling every query changes no row, no audit entry and no byte of the data file, its WAL or the audit anchor', async () => {
    const table = inputs() as Record<string, unknown[]>;
    const wrote: string[] = [];
    tc.events.length = 0;
    for (const channel of CHANNELS.filter(isQuery)) {
      for (const input of table[channel] ?? []) {
        const before = footprint();
        const res = await tc.raw(channel, input);
        expect(res, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: true });
        const after = footprint();
        const changed = (Object.keys(before) as (keyof typeof before)[]).filter((k) => before[k] !== after[k]);
        if (changed.length > 0) wrote.push(`${channel} ${JSON.stringify(input)}: ${changed.join(', ')}`);
      }
    }
    expect(wrote).toEqual([]);
    expect(tc.events).toEqual([]);
  });

  it('the check sees a write: a command that only logs (opening a case) moves the counters', async () => {
    const before = footprint();
    await tc.call('child.open', { id: s.children.aksel.id });
    const after = footprint();
    expect(after.totalChanges).toBeGreaterThan(before.totalChanges);
    expect(after.dataVersion).not.toBe(before.dataVersion);
    expect(after.auditRows).toBe(before.auditRows + 1);
    expect(after.wal).not.toBe(before.wal);
  });
});

describe('queries never write on an empty database either (first start, nothing stored yet)', () => {
  it('every query without an id leaves a new data file as it was', async () => {
    const fresh = makeCore({ now: () => NOW });
    const w = new Database(fresh.core.dbFile);
    try {
      applyKey(w, fresh.key);
      const version = () => w.pragma('data_version', { simple: true }) as number;
      const changes = () => (fresh.core.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
      version();
      const wrote: string[] = [];
      const noId = ['app.info', 'app.about', 'app.status', 'db.safetyCopies', 'settings.get', 'security.status', 'audit.list', 'retention.candidates', 'template.list', 'person.list', 'child.list', 'search.query', 'deadlines.upcoming', 'meeting.list', 'followup.list', 'signing.list'] as const;
      for (const channel of noId) {
        const v = version();
        const n = changes();
        const res = await fresh.raw(channel, channel === 'search.query' ? { q: 'Aksel' } : {});
        expect(res, channel).toMatchObject({ ok: true });
        if (version() !== v || changes() !== n) wrote.push(channel);
      }
      expect(wrote).toEqual([]);
      expect(fresh.events).toEqual([]);
    } finally {
      w.close();
      fresh.close();
    }
  });
});
