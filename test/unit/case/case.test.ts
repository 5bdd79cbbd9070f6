import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../electron/core/exports/docxText';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { giveConsent, seedFixture, type Seeded } from '../../helpers/fixtures';
import { dialogMeeting, overgangSkoleMeeting, ressourceteamMeeting, startAsPlanned } from '../../helpers/scenarios';

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
});
afterAll(() => tc.close());

async function ressourceteam(date = '2026-12-02') {
  return tc.call('meeting.create', { templateId: 'ressourceteammoede', date, startTime: '12:30' });
}

describe('consent gate on the ressourceteam agenda', () => {
  it('refuses a named child without consent, explains why, and allows an anonymous item', async () => {
    const m = await ressourceteam();
    const slot = m.items.find((i) => i.kind === 'barn')!;
    const res = await tc.raw('item.update', { id: slot.id, patch: { childId: s.children.malik.id } });
    expect(res.error?.code).toBe('CONSENT_REQUIRED');
    expect(res.error?.message).toMatch(/uden forældrenes samtykke: Emma Bjerregaard har ikke givet samtykke/);
    const anon = await tc.call('item.add', { meetingId: m.id, kind: 'anonym', anonLabel: 'Dreng, 3 år' });
    expect(anon.items.some((i) => i.kind === 'anonym')).toBe(true);
  });

  it('works once consent is recorded, and flags renewal when participants or topics change', async () => {
    const m = await ressourceteam('2026-12-09');
    const slot = m.items.find((i) => i.kind === 'barn')!;
    await giveConsent(tc, s.children.malik.id, { topics: ['Søvn og aflevering'] });
    const item = await tc.call('item.update', { id: slot.id, patch: { childId: s.children.malik.id, description: 'Søvn og aflevering' } });
    expect(item.basis).toBe('samtykke');
    expect((await tc.call('meeting.get', { id: m.id })).warnings.filter((w) => w.code === 'CONSENT_RENEWAL')).toEqual([]);
    await tc.call('participant.add', { meetingId: m.id, personId: s.people.raadgiver.id, role: 'distriktsraadgiver', consultative: false, guestItemId: null });
    await tc.call('item.update', { id: slot.id, patch: { description: 'Sprogudvikling' } });
    const w = (await tc.call('meeting.get', { id: m.id })).warnings.find((x) => x.code === 'CONSENT_RENEWAL');
    expect(w?.message).toMatch(/Karim Østergaard/);
    expect(w?.message).toMatch(/emnet „Sprogudvikling“/);
  });

  it('allows the exchange without consent at most for one meeting and one follow-up', async () => {
    const child = await tc.call('child.save', { name: 'Villum Engstrand', birthDate: '2022-02-02', institution: 'Børnehuset Solsikken', stue: 'Mariehønen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
    await tc.call('child.addGuardian', { childId: child.id, name: 'Nanna Engstrand', initials: 'NE', custody: true });
    for (const date of ['2027-01-06', '2027-02-17']) {
      const m = await ressourceteam(date);
      const item = await tc.call('item.update', { id: m.items.find((i) => i.kind === 'barn')!.id, patch: { childId: child.id, basis: 'uden_samtykke' } });
      expect(item.basis).toBe('uden_samtykke');
    }
    const third = await ressourceteam('2027-03-31');
    const res = await tc.raw('item.update', { id: third.items.find((i) => i.kind === 'barn')!.id, patch: { childId: child.id, basis: 'uden_samtykke' } });
    expect(res.error?.message).toMatch(/ét møde og ét opfølgende møde/);
  });
});

describe('the anonymous-item guard', () => {
  it('blocks a child’s name or a CPR number in an anonymous item, and lets clean text through', async () => {
    const m = await tc.call('item.add', { meetingId: (await ressourceteam('2027-01-13')).id, kind: 'anonym', anonLabel: 'Pige, 2 år' });
    const anon = m.items.find((i) => i.kind === 'anonym')!;
    const named = await tc.raw('item.update', { id: anon.id, patch: { notes: 'Vi tror det handler om Freja fra Myretuen.' } });
    expect(named.error?.code).toBe('PRIVACY_GUARD');
    expect(named.error?.message).toMatch(/navnet „Freja“/);
    const cpr = await tc.raw('item.update', { id: anon.id, patch: { notes: 'CPR 020924-1234' } });
    expect(cpr.error?.message).toMatch(/CPR-nummer \(020924-XXXX\)/);
    const parent = await tc.raw('item.update', { id: anon.id, patch: { notes: 'Mor hedder Nadia Vestergaard' } });
    expect(parent.error?.code).toBe('PRIVACY_GUARD');
    const ok = await tc.call('item.update', { id: anon.id, patch: { notes: 'Pigen græder meget ved aflevering, og mor virker presset.' } });
    expect(ok.notes).toMatch(/Pigen græder/);
  });

  it('links an anonymous item to the named child only after consent', async () => {
    const child = await tc.call('child.save', { name: 'Asta Rimmen', birthDate: '2024-04-04', institution: 'Børnehuset Solsikken', stue: 'Myretuen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
    await tc.call('child.addGuardian', { childId: child.id, name: 'Louise Rimmen', initials: 'LR', custody: true });
    const m = await tc.call('item.add', { meetingId: (await ressourceteam('2027-01-20')).id, kind: 'anonym', anonLabel: 'Pige, 2 år' });
    const anon = m.items.find((i) => i.kind === 'anonym')!;
    expect((await tc.raw('item.update', { id: anon.id, patch: { childId: child.id } })).error?.code).toBe('CONSENT_REQUIRED');
    await giveConsent(tc, child.id);
    const linked = await tc.call('item.update', { id: anon.id, patch: { childId: child.id } });
    expect(linked).toMatchObject({ kind: 'barn', childName: 'Asta Rimmen', anonLabel: null });
  });
});

describe('outcomes and escalation', () => {
  it('„indkald netværksmøde" as an outcome proposes the netværksmøde; confirming creates it once', async () => {
    const m = await ressourceteam('2027-02-03');
    const slot = m.items.find((i) => i.kind === 'barn')!;
    await tc.call('item.update', { id: slot.id, patch: { childId: s.children.aksel.id } });
    await startAsPlanned(tc, m.id);
    const chosen = await tc.call('item.update', { id: slot.id, patch: { outcome: 'indkald_netvaerksmoede' } });
    expect(chosen.outcomeProposal).toMatchObject({ kind: 'netvaerksmoede', date: '2027-02-17' });
    const find = async () => (await tc.call('meeting.list', { filter: 'alle', childId: s.children.aksel.id })).filter((x) => x.templateId === 'netvaerksmoede' && x.date === '2027-02-17');
    expect(await find()).toHaveLength(0);
    await tc.call('item.confirmOutcome', { itemId: slot.id, outcome: 'indkald_netvaerksmoede' });
    const nv = await find();
    expect(nv).toHaveLength(1);
    expect(nv[0]!.chairName).toBe('Karim Østergaard');
    // Setting the same outcome again does not create or propose a second meeting.
    const again = await tc.call('item.update', { id: slot.id, patch: { outcome: 'indkald_netvaerksmoede' } });
    expect(again.outcomeProposal).toBeNull();
    expect(await find()).toHaveLength(1);
  });

  it('escalates a dialogmøde to a netværksmøde: reason, referat to familieafdelingen, distriktsrådgiver as chair and owner', async () => {
    const draft = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-11-30', startTime: '09:00', childId: s.children.malik.id });
    const refused = await tc.raw('meeting.escalate', { meetingId: draft.id, reason: 'aftale_med_foraeldrene', date: '2026-12-14', startTime: '10:00', familieafdeling: 'Familieafdelingen, Testkommune' });
    expect(refused.error?.message).toMatch(/skal være godkendt/);
    const dm = await dialogMeeting(tc, s);
    const nv = await tc.call('meeting.escalate', { meetingId: dm, reason: 'aftale_med_foraeldrene', date: '2026-12-14', startTime: '10:00', familieafdeling: 'Familieafdelingen, Testkommune' });
    expect(nv.template.type).toBe('netvaerksmoede');
    expect(nv.escalatedFromId).toBe(dm);
    expect(nv.escalationReason).toBe('aftale_med_foraeldrene');
    expect(nv.chairId).toBe(s.people.raadgiver.id);
    expect(nv.ownerId).toBe(s.people.raadgiver.id);
    const c = await tc.call('child.case', { id: s.children.malik.id });
    expect(c.dispatches[0]).toMatchObject({ recipient: 'Familieafdelingen, Testkommune', basis: 'aftale_med_foraeldrene' });
    expect(c.timeline.some((e) => e.kind === 'udsendelse' && e.title === 'Sendt til Familieafdelingen, Testkommune')).toBe(true);
  });
});

describe('search', () => {
  it('finds a decision by a word with æ, ø or å, in any case', async () => {
    const m = await ressourceteam('2027-03-03');
    const item = m.items.find((i) => i.key === 'opfoelgning')!;
    await tc.call('decision.add', { itemId: item.id, text: 'Vi bager æbleskiver med børnene og taler om søvnrytme på stuemødet.' });
    for (const q of ['æbleskiver', 'ÆBLESKIVER', 'søvnrytme', 'stuemøde']) {
      const hits = (await tc.call('search.query', { q })).results;
      expect(hits.some((h) => h.kind === 'beslutning' && h.snippet.includes('æbleskiver')), q).toBe(true);
    }
    expect((await tc.call('search.query', { q: 'aebleskiver' })).results.some((h) => h.kind === 'beslutning')).toBe(false);
  });

  it('never finds an anonymous item through the child’s name, nor names a child for it', async () => {
    const m = await tc.call('item.add', { meetingId: (await ressourceteam('2027-03-10')).id, kind: 'anonym', anonLabel: 'Dreng, 5 år, Mariehønen' });
    const anon = m.items.find((i) => i.kind === 'anonym')!;
    await tc.call('item.update', { id: anon.id, patch: { notes: 'Drengen har svært ved at finde legekammerater.' } });
    const byName = (await tc.call('search.query', { q: 'Aksel' })).results;
    expect(byName.some((h) => h.kind === 'anonym')).toBe(false);
    expect(byName.some((h) => h.kind === 'barn' && h.title === 'Aksel Nørregaard Holm')).toBe(true);
    const byText = (await tc.call('search.query', { q: 'legekammerater' })).results;
    expect(byText.find((h) => h.kind === 'anonym')).toMatchObject({ childId: null, childName: null, title: 'Dreng, 5 år, Mariehønen' });
  });
});

describe('parents first, then writing', () => {
  it('blocks a written dispatch to the parents until the oral information is recorded; an abuse suspicion switches that off', async () => {
    const input = { documentId: 'TH-X', childId: s.children.freja.id, meetingId: null, recipient: 'Nadia Vestergaard', recipientAuthority: '', channel: 'e-boks' as const, basis: 'foraeldre' as const, note: '', toParents: true, confirmWithoutOral: false };
    expect((await tc.raw('dispatch.record', input)).error?.code).toBe('ORAL_INFO_FIRST');
    const other = await tc.raw('dispatch.record', { ...input, recipient: 'PPR', toParents: false, basis: 'egen_myndighed' });
    expect(other.error?.code).toBe('CONFIRM_NEEDED');
    await tc.call('parentContact.add', { childId: s.children.freja.id, kind: 'mundtlig_orientering', date: '2026-11-23', byName: 'Birgitte Skovmose', note: 'Talt med mor ved afhentning' });
    expect((await tc.call('dispatch.record', input)).id).toBeTruthy();

    const c = await tc.call('child.setAbuseFlag', { childId: s.children.aksel.id, on: true, reason: 'Bekymrende mærker; kommunens procedure følges' });
    expect(c.child.abuseSuspected).toBe(true);
    expect((await tc.raw('dispatch.record', { ...input, childId: s.children.aksel.id, recipient: 'Myndighedsafdelingen', toParents: false, basis: 'underretning' })).ok).toBe(true);
    expect((await tc.raw('child.setAbuseFlag', { childId: s.children.aksel.id, on: true, reason: '' })).error?.field).toBe('reason');
    await tc.call('child.setAbuseFlag', { childId: s.children.aksel.id, on: false, reason: '' });
  });

  it('passing information on by consent requires a consent for that purpose', async () => {
    await tc.call('parentContact.add', { childId: s.children.aksel.id, kind: 'mundtlig_orientering', date: '2026-11-23', byName: 'Birgitte Skovmose', note: '' });
    const res = await tc.raw('dispatch.record', { documentId: 'TH-Y', childId: s.children.aksel.id, meetingId: null, recipient: 'Engskolen', recipientAuthority: 'Engskolen', channel: 'sikker_mail', basis: 'samtykke', note: '', toParents: false, confirmWithoutOral: false });
    expect(res.error?.code).toBe('CONSENT_REQUIRED');
  });
});

describe('exports check the consent ledger and the legal basis', () => {
  it('a withdrawn consent leaves the child’s item out of a new export, with a warning', async () => {
    const id = await ressourceteamMeeting(tc, s, { date: '2026-11-24' });
    const c = await tc.call('child.case', { id: s.children.freja.id });
    const consent = c.consents.find((x) => x.status === 'gyldig' && x.purpose === 'tvaerfagligt_moede')!;
    await tc.call('consent.withdraw', { id: consent.id, reason: 'Mor ønsker ikke flere drøftelser' });
    const path = join(tempDir(), 'r.docx');
    tc.dialogs.saves.push(path);
    const res = await tc.call('export.document', { meetingId: id, kind: 'referat' });
    expect(res!.warnings.join(' ')).toMatch(/Freja Ærø Vestergaard\) er udeladt: Nadia Vestergaard har tilbagekaldt sit samtykke/);
    const text = (await readDocx(readFileSync(path))).paragraphs.join('\n');
    expect(text).not.toContain('græder meget ved aflevering');
    expect(text).toContain('Punktet er udeladt');
    expect(text).toContain('Aksel har svært ved overgange');
    await giveConsent(tc, s.children.freja.id, { givenDate: '2026-11-23' });
  });

  it('an overgangsskema without the parents’ consent to the handover is flagged in the document', async () => {
    const id = await overgangSkoleMeeting(tc, s);
    const path = join(tempDir(), 'o.docx');
    tc.dialogs.saves.push(path);
    const res = await tc.call('export.document', { meetingId: id, kind: 'overgangsskema' });
    expect(res!.warnings[0]).toMatch(/ikke dækket af forældrenes samtykke/);
    expect((await readDocx(readFileSync(path))).paragraphs.join('\n')).toMatch(/OBS: Overleveringen er ikke dækket/);
    await giveConsent(tc, s.children.aksel.id, { purpose: 'overgang', givenDate: '2026-11-20' });
    tc.dialogs.saves.push(path);
    expect((await tc.call('export.document', { meetingId: id, kind: 'overgangsskema' }))!.warnings).toEqual([]);
  });
});

describe('the child record', () => {
  it('refuses a CPR number while CPR is switched off, validates it when on', async () => {
    expect((await tc.raw('child.update', { id: s.children.aksel.id, cpr: '140521-1234' })).error?.message).toMatch(/slået fra/);
    const k = (await tc.call('settings.get', {})).kommune;
    await tc.call('settings.saveKommune', { ...k, cprEnabled: true });
    expect((await tc.raw('child.update', { id: s.children.aksel.id, cpr: '310221-1234' })).error?.message).toMatch(/ikke gyldigt/);
    const c = await tc.call('child.update', { id: s.children.aksel.id, cpr: '1405211234', linealenLevel: '3', specialNeeds: true });
    expect(c.child.cpr).toBe('140521-1234');
    expect((await tc.raw('child.update', { id: s.children.aksel.id, linealenLevel: '4b' })).error?.message).toMatch(/Thisted/);
    await tc.call('settings.saveKommune', { ...k, cprEnabled: false });
  });

  it('shows a timeline newest first, deadlines, and a reminder when fewer than two trivselsvurderinger in a year', async () => {
    const c = await tc.call('child.case', { id: s.children.aksel.id });
    expect(c.timeline.length).toBeGreaterThan(3);
    const ats = c.timeline.map((e) => e.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    expect(c.timeline.some((e) => e.kind === 'samtykke')).toBe(true);
    expect(c.deadlines.map((d) => d.kind)).toContain('skole_saerlige_behov');
    expect(c.trivselReminder).toMatch(/ingen trivselsvurdering/);
    const dims = ['Psykisk og emotionel trivsel', 'Kognitiv trivsel', 'Social trivsel', 'Fysisk og sansemotorisk trivsel'] as const;
    for (const date of ['2026-03-01', '2026-09-01']) {
      await tc.call('trivsel.add', { childId: s.children.aksel.id, date, dimensions: dims.map((d) => ({ dimension: d, level: 'trivsel' as const, text: '' })), overall: 'trivsel', note: '' });
    }
    expect((await tc.call('child.case', { id: s.children.aksel.id })).trivselReminder).toBeNull();
    expect(tc.core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'child.open'").get()).toMatchObject({ n: expect.any(Number) });
  });

  it('lists upcoming deadlines for the start page', async () => {
    const d = await tc.call('deadlines.upcoming', {});
    expect(d.every((x, i) => i === 0 || d[i - 1]!.date <= x.date)).toBe(true);
  });
});

// The timeline's decisions are found through the child's items (issue 17: an OR across the joins walked every
// decision). Exactly the decisions the old query found: the child's own items, and the general items of a meeting
// about the child – not another child's.
describe('the timeline’s decisions', () => {
  it('are those of the child’s items and of the general items of its meetings, as the single query found them', async () => {
    await ressourceteamMeeting(tc, s, { date: '2026-11-30' });
    const dialog = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-12-03', startTime: '09:00', childId: s.children.freja.id });
    const general = dialog.items.find((i) => i.childId === null && i.kind !== 'anonym')!;
    await tc.call('decision.add', { itemId: general.id, text: 'Forældrene kontakter sundhedsplejen.' });
    for (const child of [s.children.freja.id, s.children.aksel.id, s.children.malik.id]) {
      const expected = (
        tc.core.db
          .prepare(
            `SELECT d.text FROM decisions d JOIN agenda_items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
              WHERE i.child_id = @c OR (m.child_id = @c AND i.child_id IS NULL AND i.kind != 'anonym')`,
          )
          .all({ c: child }) as { text: string }[]
      ).map((r) => r.text);
      const got = (await tc.call('child.case', { id: child })).timeline.filter((e) => e.kind === 'beslutning').map((e) => e.detail);
      expect(got.sort(), child).toEqual(expected.sort());
    }
    const freja = (await tc.call('child.case', { id: s.children.freja.id })).timeline.filter((e) => e.kind === 'beslutning').map((e) => e.detail);
    expect(freja).toEqual(expect.arrayContaining(['Forældrene kontakter sundhedsplejen.', 'PPR observerer Freja i vuggestuen inden jul.']));
    expect((await tc.call('child.case', { id: s.children.aksel.id })).timeline.map((e) => e.detail)).not.toContain('Forældrene kontakter sundhedsplejen.');
  });
});
