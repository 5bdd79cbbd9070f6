import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFileName } from '../../../electron/core/children/accessExport';
import { TRIVSEL_DIMENSIONS } from '../../../shared/templates/schema';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';

/**
 * Issue 21, item 9: the parents' access package is complete and readable. Issue 13, item 3: internal notes follow
 * the rule of the abuse marking – left out unless the user confirms with a reason, and logged.
 */
let tc: TestCore;
let s: Seeded;
let aksel: string;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-12-15T10:00:00Z') });
  s = await seedFixture(tc);
  aksel = s.children.aksel.id;
  const k = (await tc.call('settings.get', {})).kommune;
  // Recorded on the kommune's scales of the time: Thisted levels and the colour words …
  await tc.call('settings.saveKommune', { ...k, trivselLabels: 'farver', linealenVariant: 'thisted' });
  await tc.call('child.update', { id: aksel, linealenLevel: '3' });
  const levels = ['ekstra', 'trivsel', 'bekymring', null] as const;
  await tc.call('trivsel.add', {
    childId: aksel,
    date: '2026-11-02',
    dimensions: TRIVSEL_DIMENSIONS.map((dimension, i) => ({ dimension, level: levels[i]!, text: i === 0 ? 'Græder ved aflevering' : '' })),
    overall: 'bekymring',
    note: 'Ny vurdering om tre måneder',
  });
  // … then the kommune switched both; the package must not mix today's words into the old records.
  await tc.call('settings.saveKommune', { ...k, trivselLabels: 'aalborg', linealenVariant: 'kolding' });
  // A follow-up agreed at a meeting on 23 November, typed in on 15 December.
  const m = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-11-23', startTime: '09:00', childId: aksel });
  await tc.call('followup.add', { itemId: m.items.find((i) => i.key === 'aftaler')!.id, ownerInitials: 'ML', ownerPersonId: s.people.primaer.id, text: 'Ring til mor om sovetider', dueDate: '2027-01-04' });
}, 60_000);
afterAll(() => tc.close());

async function exportIndex(input: Record<string, unknown>): Promise<{ html: string; defaultName: string }> {
  const path = join(tempDir(), 'indsigt.zip');
  let defaultName = '';
  const original = tc.dialogs.saveFile.bind(tc.dialogs);
  tc.dialogs.saveFile = async (o?: { defaultName?: string }) => {
    defaultName = o?.defaultName ?? '';
    return path;
  };
  try {
    await tc.call('child.accessExport', { id: aksel, ...input });
  } finally {
    tc.dialogs.saveFile = original;
  }
  const html = await (await JSZip.loadAsync(readFileSync(path))).file('indeks.html')!.async('string');
  return { html, defaultName };
}

describe('the access package is complete and readable (issue 21, item 9)', () => {
  it('is named with the child’s initials and today’s Danish date', async () => {
    const { defaultName } = await exportIndex({});
    expect(defaultName).toBe('indsigt-ANH-15-12-2026.zip');
    expect(accessFileName('Freja Ærø Vestergaard', '2027-01-04')).toBe('indsigt-FÆV-04-01-2027.zip');
  });

  it('reads back in Danish: dates, the scale of the Børnelinealen level, each assessment in its own words, four dimensions', async () => {
    const { html } = await exportIndex({});
    expect(html).toContain('Børnelinealen: Thisted niveau 3: Børn med forskellige vanskeligheder, der kræver involvering af sekundære fagprofessionelle (Børnelinealen, Thisted (niveau 1–5))');
    expect(html).not.toMatch(/Kolding kategori 3/);
    expect(html).toContain('2. november 2026: samlet rød (vurderet af');
    for (const [dimension, word] of [
      ['Psykisk og emotionel trivsel', 'gul – Græder ved aflevering'],
      ['Kognitiv trivsel', 'grøn'],
      ['Social trivsel', 'rød'],
      ['Fysisk og sansemotorisk trivsel', 'ikke vurderet'],
    ]) {
      expect(html).toContain(`<li>${dimension}: ${word}</li>`);
    }
    expect(html).toContain('<li>Note: Ny vurdering om tre måneder</li>');
    expect(html).not.toMatch(/bekymring|ekstra opmærksomhed/i);
    expect(html).toMatch(/Sofie Nørregaard: [^<]+, givet \d+\. [a-z]+ \d{4}, gyldigt/);
    // Dates are Danish everywhere except inside the documents' file names.
    expect(html.replace(/dokumenter\/[^ <]+/g, '')).not.toMatch(/\d{4}-\d{2}-\d{2}|udloebet|T\d{2}:\d{2}/);
  });

  it('dates a follow-up by the meeting that agreed it, not by when it was typed', async () => {
    const { html } = await exportIndex({});
    expect(html).toContain('23. november 2026 kl. 09:00: Opfølgning (ML) – Ring til mor om sovetider – senest 4. januar 2027');
    expect(html).not.toMatch(/15\. december 2026 kl\. \d\d:\d\d: Opfølgning/);
  });
});

describe('internal notes are left out unless confirmed with a reason (issue 13, item 3)', () => {
  const INTERNAL = 'Mor virkede påvirket ved afhentning';
  const PREPARED = 'Trækker sig fra de andre børn i samling';
  beforeAll(async () => {
    await tc.call('parentContact.add', { childId: aksel, kind: 'bekymring_orienteret', date: '2026-12-01', byName: 'Mette Lundgaard', note: INTERNAL, noteInternal: true });
    await tc.call('parentContact.add', { childId: aksel, kind: 'samtale_efter', date: '2026-12-02', byName: 'Mette Lundgaard', note: 'Aftalt nyt møde i januar' });
    const f = await tc.call('meeting.create', { templateId: 'fokusteammoede', date: '2027-01-14', startTime: '13:00' });
    const item = f.items.find((i) => i.kind === 'barn')!.id;
    await tc.call('item.update', { id: item, patch: { childId: aksel } });
    const psykolog = f.participants.find((p) => p.role === 'ppr_psykolog')!.personId;
    await tc.call('preparation.save', { meetingId: f.id, itemId: item, personId: psykolog, linealenLevel: '4a', observed: PREPARED });
  });

  it('shows the marking in the case and counts what the package would leave out', async () => {
    const c = await tc.call('child.case', { id: aksel });
    expect(c.parentContacts.find((x) => x.note === INTERNAL)!.noteInternal).toBe(true);
    expect(c.parentContacts.find((x) => x.note === 'Aftalt nyt møde i januar')!.noteInternal).toBe(false);
    expect(c.internalNotes).toBe(2);
  });

  it('warns and writes nothing until the user chooses; including needs a reason', async () => {
    const path = join(tempDir(), 'indsigt.zip');
    tc.dialogs.saves.push(path);
    const res = await tc.raw('child.accessExport', { id: aksel });
    expect(res.error).toMatchObject({ code: 'CONFIRM_NEEDED', field: 'internalNotes' });
    expect((await tc.raw('child.accessExport', { id: aksel, internalNotes: 'medtag', internalReason: '' })).error).toMatchObject({ code: 'INVALID_INPUT', field: 'internalReason' });
    tc.dialogs.saves.length = 0;
  });

  it('leaves the internal note and the preparations out, keeps the contact itself, and logs the choice', async () => {
    const { html } = await exportIndex({ internalNotes: 'udelad' });
    expect(html).not.toContain(INTERNAL);
    expect(html).not.toContain(PREPARED);
    expect(html).not.toContain('Forberedelse til møder');
    expect(html).toContain('1. december 2026 kl. 12:00: Forældrene er orienteret om bekymringen</li>');
    expect(html).toContain('Aftalt nyt møde i januar');
    const logged = (await tc.call('audit.list', {})).entries.find((e) => e.action === 'access.export')!;
    expect(logged.summary).toBe('Udleverede indsigt; interne noter og forberedelser udeladt');
  });

  it('includes them with a reason, and logs the reason', async () => {
    const { html } = await exportIndex({ internalNotes: 'medtag', internalReason: 'Afklaret med kommunens jurist 14.12.' });
    expect(html).toContain(INTERNAL);
    expect(html).toContain('<h2>Forberedelse til møder</h2>');
    expect(html).toContain(`Hvad har du observeret? ${PREPARED}`);
    expect(html).toContain('Aktuelt bekymringsniveau: Kolding kategori 4a: Udsatte børn');
    const logged = (await tc.call('audit.list', {})).entries.find((e) => e.action === 'access.export')!;
    expect(logged.summary).toBe('Udleverede indsigt; interne noter og forberedelser medtaget. Begrundelse: Afklaret med kommunens jurist 14.12.');
  });

  it('a note can be marked internal later, and unmarked; both are logged without the note', async () => {
    const c = await tc.call('child.case', { id: aksel });
    const plain = c.parentContacts.find((x) => x.note === 'Aftalt nyt møde i januar')!;
    const marked = await tc.call('note.setInternal', { childId: aksel, kind: 'foraeldrekontakt', id: plain.id, internal: true });
    expect(marked.internalNotes).toBe(3);
    const trivsel = marked.trivsel[0]!;
    expect((await tc.call('note.setInternal', { childId: aksel, kind: 'trivsel', id: trivsel.id, internal: true })).trivsel[0]!.noteInternal).toBe(true);
    const { html } = await exportIndex({ internalNotes: 'udelad' });
    expect(html).not.toContain('Aftalt nyt møde i januar');
    expect(html).not.toContain('Ny vurdering om tre måneder');
    expect((await tc.raw('note.setInternal', { childId: s.children.freja.id, kind: 'trivsel', id: trivsel.id, internal: false })).error).toMatchObject({ code: 'NOT_FOUND' });
    const log = (await tc.call('audit.list', {})).entries.filter((e) => e.action === 'note.internal').map((e) => e.summary);
    expect(log).toEqual(['Markerede en note i en trivselsvurdering som intern', 'Markerede en note i en forældrekontakt som intern']);
    expect(log.join()).not.toContain('Aftalt');
  });
});

describe('the abuse marking and internal notes together', () => {
  it('asks for both choices, and logs both in one entry', async () => {
    await tc.call('child.setAbuseFlag', { childId: aksel, on: true, reason: 'Barnet har fortalt om slag derhjemme' });
    expect((await tc.raw('child.accessExport', { id: aksel, internalNotes: 'udelad' })).error).toMatchObject({ code: 'CONFIRM_NEEDED', field: 'abuseFlag' });
    expect((await tc.raw('child.accessExport', { id: aksel, abuseFlag: 'udelad' })).error).toMatchObject({ code: 'CONFIRM_NEEDED', field: 'internalNotes' });
    const { html } = await exportIndex({ abuseFlag: 'udelad', internalNotes: 'udelad' });
    expect(html).not.toMatch(/overgreb|slag derhjemme|Mor virkede påvirket/i);
    const logged = (await tc.call('audit.list', {})).entries.find((e) => e.action === 'access.export')!;
    expect(logged.summary).toBe('Udleverede indsigt; markeringen af mistanke om overgreb og dens begrundelse er udeladt; interne noter og forberedelser udeladt');
  });
});
