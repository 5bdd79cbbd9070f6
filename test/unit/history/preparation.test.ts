import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../electron/core/exports/docxText';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';

/** Issue 21, item 6 (SPEC §3.6, §9.1 req. 14): the fokusteam's forberedelsesskema as a form with bekymringsniveau. */
let tc: TestCore;
let s: Seeded;
let now = new Date('2026-11-23T09:00:00Z');
let m: MeetingDetail;
let akselItem: string;
let anonItem: string;
const person = (role: string) => m.participants.find((p) => p.role === role)!.personId;

beforeAll(async () => {
  tc = makeCore({ now: () => now });
  s = await seedFixture(tc);
  m = await tc.call('meeting.create', { templateId: 'fokusteammoede', date: '2026-12-10', startTime: '13:00' });
  akselItem = m.items.find((i) => i.kind === 'barn')!.id;
  await tc.call('item.update', { id: akselItem, patch: { childId: s.children.aksel.id } });
  m = await tc.call('item.add', { meetingId: m.id, kind: 'anonym', anonLabel: 'Dreng, 4 år, stue B' });
  anonItem = m.items.find((i) => i.kind === 'anonym')!.id;
}, 60_000);
afterAll(() => tc.close());

describe('the forberedelsesskema (issue 21, item 6)', () => {
  it('each professional writes a bekymringsniveau on the kommune’s scale, observations, what was tried and questions', async () => {
    const form = await tc.call('preparation.save', {
      meetingId: m.id,
      itemId: akselItem,
      personId: person('ppr_psykolog'),
      linealenLevel: '3',
      observed: 'Trækker sig i samling, leger alene.',
      tried: 'Fast voksen ved aflevering i to uger.',
      questions: 'Skal vi lave en PPR-observation?',
    });
    expect(form.editable).toBe(true);
    expect(form.deadline).toBe('2026-12-07');
    expect(form.scale.name).toBe('Børnelinealen, Thisted (niveau 1–5)');
    expect(form.items.map((i) => i.label)).toContain('Aksel Nørregaard Holm');
    expect(form.entries).toEqual([
      expect.objectContaining({
        itemLabel: 'Aksel Nørregaard Holm',
        personName: 'Henriette van Dalen',
        roleLabel: 'PPR-psykolog',
        linealenVariant: 'thisted',
        levelLabel: 'Thisted niveau 3: Børn med forskellige vanskeligheder, der kræver involvering af sekundære fagprofessionelle',
        observed: 'Trækker sig i samling, leger alene.',
        changedAfterSent: false,
      }),
    ]);
    // Saving again replaces the person's entry for the item; it never makes a second one.
    const again = await tc.call('preparation.save', { meetingId: m.id, itemId: akselItem, personId: person('ppr_psykolog'), linealenLevel: '3', observed: 'Trækker sig i samling.', tried: '', questions: '' });
    expect(again.entries).toHaveLength(1);
    expect(again.entries[0]!.observed).toBe('Trækker sig i samling.');
    expect((await tc.call('audit.list', {})).entries[0]).toMatchObject({ action: 'preparation.save', actionLabel: 'Gemte forberedelse' });
  });

  it('refuses a level of another scale, an empty entry, a parent, an outsider and a non-child item – and keeps what was saved', async () => {
    const base = { meetingId: m.id, itemId: akselItem, personId: person('tale_hoere_konsulent') };
    const bad = await tc.raw('preparation.save', { ...base, linealenLevel: '4a', observed: 'Noget' });
    expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', field: 'linealenLevel' });
    expect(bad.error!.message).toBe('Børnelinealen, Thisted (niveau 1–5) har niveauerne 1, 2, 3, 4, 5. Vælg et af dem. Intet er ændret.');
    expect((await tc.raw('preparation.save', { ...base, observed: '  ' })).error).toMatchObject({ code: 'INVALID_INPUT', field: 'observed' });
    const aksel = await tc.call('child.get', { id: s.children.aksel.id });
    const parent = aksel.guardians[0]!.personId;
    await tc.call('participant.add', { meetingId: m.id, personId: parent, role: 'foraelder' });
    expect((await tc.raw('preparation.save', { ...base, personId: parent, observed: 'Hjemme går det fint' })).error).toMatchObject({ code: 'INVALID_INPUT', field: 'personId' });
    expect((await tc.raw('preparation.save', { ...base, personId: s.people.skolepaedagog.id, observed: 'x' })).error).toMatchObject({ code: 'INVALID_INPUT', field: 'personId' });
    const general = m.items.find((i) => i.key === 'opfoelgning')!.id;
    expect((await tc.raw('preparation.save', { ...base, itemId: general, observed: 'x' })).error).toMatchObject({ code: 'INVALID_INPUT', field: 'itemId' });
    expect((await tc.call('preparation.get', { meetingId: m.id })).entries).toHaveLength(1);
  });

  it('an anonymous case stays anonymous in the preparation', async () => {
    const res = await tc.raw('preparation.save', { meetingId: m.id, itemId: anonItem, personId: person('paedagogisk_leder'), observed: 'Ligner Aksel fra Mariehønen' });
    expect(res.error).toMatchObject({ code: 'PRIVACY_GUARD', field: 'observed' });
    expect(res.error!.message).toMatch(/^„Hvad har du observeret\?“ i et anonymt punkt indeholder/);
    await tc.call('preparation.save', { meetingId: m.id, itemId: anonItem, personId: person('paedagogisk_leder'), linealenLevel: '2', questions: 'Hvornår taler vi med forældrene?' });
  });

  it('a meeting without a forberedelsesskema has none, and an empty form cannot be marked as sent', async () => {
    const dialog = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-12-11', startTime: '09:00', childId: s.children.malik.id });
    expect((await tc.raw('preparation.get', { meetingId: dialog.id })).error).toMatchObject({ code: 'TEMPLATE_RULE' });
    const empty = await tc.call('meeting.create', { templateId: 'fokusteammoede', date: '2027-01-14', startTime: '13:00' });
    expect((await tc.raw('meeting.update', { id: empty.id, patch: { preparationSent: true } })).error).toMatchObject({ code: 'CONFLICT', field: 'preparationSent' });
    expect((await tc.call('meeting.get', { id: empty.id })).preparationSentAt).toBeNull();
  });

  it('sent late stays late; a change after sending is flagged until it is sent again', async () => {
    now = new Date('2026-12-09T08:00:00Z');
    await tc.call('meeting.update', { id: m.id, patch: { preparationSent: true } });
    const sent = await tc.call('preparation.get', { meetingId: m.id });
    expect(sent.sentDaysLate).toBe(2);
    now = new Date('2026-12-09T10:00:00Z');
    await tc.call('preparation.save', { meetingId: m.id, itemId: akselItem, personId: person('tale_hoere_konsulent'), linealenLevel: '2', observed: 'Sproget er alderssvarende.', tried: '', questions: '' });
    const form = await tc.call('preparation.get', { meetingId: m.id });
    expect(form.entries.find((e) => e.personName === 'Rasmus Kjærbo')!.changedAfterSent).toBe(true);
    expect(form.entries.find((e) => e.personName === 'Henriette van Dalen')!.changedAfterSent).toBe(false);
    const warnings = (await tc.call('meeting.get', { id: m.id })).warnings;
    expect(warnings.find((w) => w.code === 'PREPARATION_SENT_LATE')?.message).toBe('Forberedelsesskemaet blev sendt 9. december 2026, 2 dage efter fristen (7. december 2026, 3 dage før mødet).');
    expect(warnings.find((w) => w.code === 'PREPARATION_CHANGED_AFTER_SENT')?.message).toBe(
      'Én forberedelse er skrevet eller ændret efter, at skemaet blev sendt 9. december 2026. Send skemaet igen, så alle har det samme.',
    );
  });

  it('is exported as a Word document through the one document model, with each level named with its scale', async () => {
    const path = join(tempDir(), 'forberedelse.docx');
    tc.dialogs.saves.push(path);
    const res = await tc.call('export.document', { meetingId: m.id, kind: 'forberedelsesskema' });
    expect(res).toMatchObject({ path, documentId: expect.stringMatching(/^TH-20261210-[0-9A-F]{8}-FOR$/) });
    const model = await tc.call('export.model', { meetingId: m.id, kind: 'forberedelsesskema' });
    expect(model.preparation!.entries).toHaveLength(3);
    const doc = await readDocx(readFileSync(path));
    const text = doc.paragraphs.join('\n');
    expect(text).toContain('Forberedelsesskema');
    expect(text).toContain('Sendt til deltagerne 9. december 2026, 2 dage efter fristen (7. december 2026).');
    expect(text).toContain('Børnelinealen, Thisted (niveau 1–5)');
    expect(text).toMatch(/Aksel Nørregaard Holm[\s\S]*Henriette van Dalen, PPR-psykolog[\s\S]*Thisted niveau 3: Børn med forskellige vanskeligheder/);
    expect(text).toContain('Trækker sig i samling.');
    expect(text).toContain('Dreng, 4 år, stue B');
    expect(text).toContain('Hvornår taler vi med forældrene?');
    expect(text).not.toMatch(/\blinealen|\bthisted\b|undefined|\bnull\b/);
    expect(doc.properties['TovholderType']).toBe('forberedelsesskema');
    expect((await tc.call('audit.list', {})).entries.some((e) => e.action === 'export.document' && e.summary.includes('forberedelsesskema'))).toBe(true);
  });

  it('a later switch of the kommune’s scale keeps each level on the scale it was given on', async () => {
    const k = (await tc.call('settings.get', {})).kommune;
    await tc.call('settings.saveKommune', { ...k, linealenVariant: 'kolding' });
    const form = await tc.call('preparation.get', { meetingId: m.id });
    expect(form.scale.variant).toBe('kolding');
    expect(form.entries.find((e) => e.personName === 'Henriette van Dalen')!.levelLabel).toMatch(/^Thisted niveau 3/);
    await tc.call('settings.saveKommune', { ...k, linealenVariant: 'thisted' });
  });

  it('is shown to the chair in the meeting, and locked once the meeting has started', async () => {
    now = new Date('2026-12-10T12:00:00Z');
    await tc.call('meeting.start', { id: m.id });
    const form = await tc.call('preparation.get', { meetingId: m.id });
    expect(form.editable).toBe(false);
    expect(form.lockedReason).toBe('Mødet er begyndt, så forberedelsen kan ikke længere ændres. Skriv det nye i mødets noter.');
    expect(form.entries.filter((e) => e.itemId === akselItem).map((e) => e.personName)).toEqual(['Henriette van Dalen', 'Rasmus Kjærbo']);
    const res = await tc.raw('preparation.save', { meetingId: m.id, itemId: akselItem, personId: person('ppr_psykolog'), observed: 'Ny tekst' });
    expect(res.error).toMatchObject({ code: 'CONFLICT' });
    expect((await tc.call('preparation.get', { meetingId: m.id })).entries.find((e) => e.personName === 'Henriette van Dalen')!.observed).toBe('Trækker sig i samling.');
  });

  it('a child’s preparations are listed in the journaliseringspakke’s inventory and deleted with the child', async () => {
    const freja = s.children.freja.id;
    const f = await tc.call('meeting.create', { templateId: 'fokusteammoede', date: '2026-12-17', startTime: '13:00' });
    const item = f.items.find((i) => i.kind === 'barn')!.id;
    await tc.call('item.update', { id: item, patch: { childId: freja } });
    await tc.call('preparation.save', { meetingId: f.id, itemId: item, personId: f.participants.find((p) => p.role === 'ppr_psykolog')!.personId, linealenLevel: '2', observed: 'Sover dårligt efter middag' });
    await tc.call('child.update', { id: freja, leftAt: '2026-01-31' });
    const k = (await tc.call('settings.get', {})).kommune;
    await tc.call('settings.saveKommune', { ...k, retentionMonths: { ...k.retentionMonths, barn: 6 } });
    const c = (await tc.call('retention.candidates', {})).find((x) => x.childId === freja)!;
    const prep = c.categories.find((x) => x.key === 'forberedelser')!;
    expect(prep).toMatchObject({ label: 'Forberedelser til fokusteammøder', count: 1, held: 'oversigt' });
    const path = join(tempDir(), 'journal.zip');
    tc.dialogs.saves.push(path);
    await tc.call('retention.journalPackage', { childId: freja, sagsnummer: '28.06.10-A02-1-26', kle: '28.06.10' });
    const index = await (await JSZip.loadAsync(readFileSync(path))).file('oversigt.html')!.async('string');
    expect(index).toMatch(/Fokusteammøde, 17\. december 2026 – Henriette van Dalen\. Aktuelt bekymringsniveau: Thisted niveau 2: [^<]*Sover dårligt efter middag/);
    await tc.call('retention.delete', { childId: freja, confirmed: true, reason: 'Journaliseret manuelt i ESDH den 10.12.' });
    expect(tc.core.db.prepare("SELECT count(*) AS n FROM preparation_entries WHERE observed LIKE '%Sover dårligt%'").get()).toEqual({ n: 0 });
  });
});
