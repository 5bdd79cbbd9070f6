import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { dialogMeeting, ressourceteamMeeting } from '../../helpers/scenarios';

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-12-15T10:00:00Z') });
  await tc.call('settings.completeFirstRun', { profile: { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken' } });
  s = await seedFixture(tc);
  await ressourceteamMeeting(tc, s, { date: '2026-11-23' });
  await dialogMeeting(tc, s);
  const freja = s.children.freja.id;
  await tc.call('trivsel.add', {
    childId: freja,
    date: '2026-01-05',
    dimensions: [
      { dimension: 'Psykisk og emotionel trivsel', level: 'ekstra', text: 'Utryg ved aflevering' },
      { dimension: 'Kognitiv trivsel', level: 'trivsel', text: '' },
      { dimension: 'Social trivsel', level: 'trivsel', text: '' },
      { dimension: 'Fysisk og sansemotorisk trivsel', level: 'trivsel', text: '' },
    ],
    overall: 'ekstra',
    note: '',
  });
  await tc.call('parentContact.add', { childId: freja, kind: 'bekymring_orienteret', date: '2026-01-06', byName: 'Birgitte Skovmose', note: 'Mor orienteret mundtligt', meetingId: null });
  // A meeting planned for Freja after her stop date.
  await tc.call('meeting.create', { templateId: 'trivselsmoede', date: '2026-03-10', startTime: '09:00', childId: freja });
  for (const c of [freja, s.children.malik.id]) await tc.call('child.update', { id: c, leftAt: '2026-01-31' });
  const k = (await tc.call('settings.get', {})).kommune;
  await tc.call('settings.saveKommune', { ...k, retentionMonths: { ...k.retentionMonths, barn: 6 } });
}, 90_000);
afterAll(() => tc.close());

async function candidate(childId: string) {
  return (await tc.call('retention.candidates', {})).find((c) => c.childId === childId)!;
}

async function makePackage(childId: string) {
  const path = join(tempDir(), 'journal.zip');
  tc.dialogs.saves.push(path);
  await tc.call('retention.journalPackage', { childId, sagsnummer: '28.06.10-A02-1-26', kle: '28.06.10' });
  const zip = await JSZip.loadAsync(readFileSync(path));
  return { zip, manifest: JSON.parse(await zip.file('manifest.json')!.async('string')), index: await zip.file('oversigt.html')!.async('string') };
}

describe('nothing is deleted that the journaliseringspakke does not hold (issue 21, item 2)', () => {
  it('lists every category the deletion removes, and flags a meeting planned after the stop date', async () => {
    const c = await candidate(s.children.freja.id);
    expect(c).toMatchObject({ due: ['barn'], packageAt: null, packageCurrent: false });
    const counts = Object.fromEntries(c.categories.map((x) => [x.key, x.count]));
    expect(counts).toMatchObject({ stamdata: 2, samtykker: 1, trivsel: 1, foraeldrekontakt: 1, moeder_med_referat: 1, moeder_uden_referat: 1, opfoelgninger: 1 }); // the „PPR-observation“ outcome only proposes a follow-up (issue 11)
    expect(c.flags).toEqual([
      expect.stringMatching(/^Trivselsmøde \(0–2 år\) den 10\. marts 2026 ligger efter barnets stopdato \(31\. januar 2026\)/),
      expect.stringMatching(/^Ressourceteammøde den 23\. november 2026 ligger efter/),
    ]);
    const planned = (await tc.call('meeting.list', { filter: 'alle' })).find((m) => m.date === '2026-03-10')!;
    expect((await tc.call('meeting.get', { id: planned.id })).warnings).toContainEqual(expect.objectContaining({ code: 'CHILD_LEFT', level: 'fejl', message: expect.stringMatching(/Freja Ærø Vestergaard stoppede i dagtilbuddet 31\. januar 2026/) }));
  });

  it('„Slet nu" before any package is refused and deletes nothing', async () => {
    const res = await tc.raw('retention.delete', { childId: s.children.freja.id, confirmed: true });
    expect(res.error).toMatchObject({ code: 'CONFIRM_NEEDED', field: 'reason', message: expect.stringMatching(/ikke lavet en journaliseringspakke.*Intet er slettet/) });
    expect((await tc.call('child.list', {})).some((x) => x.id === s.children.freja.id)).toBe(true);
    const short = await tc.raw('retention.delete', { childId: s.children.freja.id, confirmed: true, reason: 'fordi' });
    expect(short.error?.code).toBe('CONFIRM_NEEDED');
  });

  it('the package holds each category as documents or a readable index, with counts in the manifest', async () => {
    const { zip, manifest, index } = await makePackage(s.children.freja.id);
    const c = await candidate(s.children.freja.id);
    expect(manifest.kategorier.map((k: { kategori: string; antal: number }) => [k.kategori, k.antal])).toEqual(c.categories.map((k) => [k.key, k.count]));
    expect(manifest.dokumenter.map((d: { type: string }) => d.type)).toEqual(['uddrag']);
    expect(Object.keys(zip.files).filter((f) => f.endsWith('.docx'))).toHaveLength(1);
    expect(index).toContain('Samtykker (1)');
    expect(index).toContain('Nadia Vestergaard: ');
    expect(index).toContain('5. januar 2026, samlet ekstra opmærksomhed');
    expect(index).toContain('Psykisk og emotionel trivsel: ekstra opmærksomhed (Utryg ved aflevering)');
    expect(index).toContain('Mor orienteret mundtligt');
    expect(index).toContain('Trivselsmøde (0–2 år), 10. marts 2026 (Planlagt)');
    expect(index).toContain('Tale med familien ved næste hjemmebesøg');
    expect(c).toMatchObject({ packageCurrent: true, packageAt: expect.any(String) });
  });

  it('a change after the package makes it stale: „Slet nu" asks again, and a reason is logged with the deletion', async () => {
    await tc.call('parentContact.add', { childId: s.children.freja.id, kind: 'samtale_efter', date: '2026-01-20', byName: 'Birgitte Skovmose', note: '', meetingId: null });
    expect((await candidate(s.children.freja.id)).packageCurrent).toBe(false);
    const stale = await tc.raw('retention.delete', { childId: s.children.freja.id, confirmed: true });
    expect(stale.error).toMatchObject({ code: 'CONFIRM_NEEDED', message: expect.stringMatching(/ændret, efter journaliseringspakken blev lavet/) });
    const res = await tc.call('retention.delete', { childId: s.children.freja.id, confirmed: true, reason: 'Journaliseret manuelt i ESDH efter aftale med leder' });
    expect(res.deleted).toContain('barn');
    const logged = (await tc.call('audit.list', {})).entries.find((e) => e.action === 'retention.delete')!;
    expect(logged.summary).toMatch(/uden gyldig journaliseringspakke, begrundelse: Journaliseret manuelt i ESDH/);
  });

  it('with a package made after the last change, „Slet nu" needs no reason and logs the package', async () => {
    const { manifest } = await makePackage(s.children.malik.id);
    expect(manifest.dokumenter.map((d: { type: string }) => d.type)).toContain('referat');
    await tc.call('retention.delete', { childId: s.children.malik.id, confirmed: true });
    const logged = (await tc.call('audit.list', {})).entries.filter((e) => e.action === 'retention.delete');
    expect(logged[0]!.summary).toMatch(/; journaliseringspakke lavet \d+\. december 2026/);
  });
});
