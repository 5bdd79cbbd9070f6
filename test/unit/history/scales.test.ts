import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-12-15T10:00:00Z') });
  s = await seedFixture(tc);
}, 60_000);
afterAll(() => tc.close());

const dims = (level: 'trivsel' | 'ekstra' | 'bekymring') =>
  (['Psykisk og emotionel trivsel', 'Kognitiv trivsel', 'Social trivsel', 'Fysisk og sansemotorisk trivsel'] as const).map((dimension, i) => ({
    dimension,
    level: i === 0 ? level : ('trivsel' as const),
    text: i === 0 ? 'Græder ved aflevering' : '',
  }));

async function kommune(patch: Record<string, unknown>) {
  const k = (await tc.call('settings.get', {})).kommune;
  await tc.call('settings.saveKommune', { ...k, ...patch });
}

describe('a scale change never reinterprets stored values (issue 21, item 3)', () => {
  it('a Thisted „3" stays a Thisted „3" after the kommune switches to Kolding, labelled with its own scale and heading', async () => {
    await kommune({ linealenVariant: 'thisted', trivselLabels: 'aalborg' });
    const id = s.children.aksel.id;
    let c = await tc.call('child.update', { id, linealenLevel: '3' });
    expect(c.child).toMatchObject({
      linealenLevel: '3',
      linealenVariant: 'thisted',
      linealenLabel: 'Thisted niveau 3: Børn med forskellige vanskeligheder, der kræver involvering af sekundære fagprofessionelle',
      linealenOtherScale: false,
    });
    await tc.call('trivsel.add', { childId: id, date: '2026-11-01', dimensions: dims('bekymring'), overall: 'bekymring', note: 'Samtale med forældrene aftalt' });

    await kommune({ linealenVariant: 'kolding', trivselLabels: 'farver' });
    c = await tc.call('child.case', { id });
    // Not a Kolding „3" (sårbare børn): the Thisted level, flagged as belonging to another scale.
    expect(c.child).toMatchObject({ linealenLevel: '3', linealenVariant: 'thisted', linealenOtherScale: true });
    expect(c.child.linealenLabel).toMatch(/^Thisted niveau 3: /);
    const log = (await tc.call('audit.list', { limit: 50 })).entries.map((e) => e.summary);
    expect(log.some((x) => /Børnelinealen: 1 barn har et niveau på en anden skala/.test(x))).toBe(true);

    // The trivsel assessment keeps its words: „bekymring", never „rød", while a new one gets today's labels.
    await tc.call('trivsel.add', { childId: id, date: '2026-12-01', dimensions: dims('ekstra'), overall: 'bekymring', note: '' });
    c = await tc.call('child.case', { id });
    expect(c.trivsel.map((a) => [a.date, a.labels, a.overallLabel])).toEqual([
      ['2026-12-01', 'farver', 'rød'],
      ['2026-11-01', 'aalborg', 'bekymring'],
    ]);
    expect(c.timeline.filter((e) => e.kind === 'trivsel').map((e) => e.detail)).toEqual(['Samlet: rød', 'Samlet: bekymring']);
  });

  it('the access package names the scale and uses each assessment’s own words, with the four dimensions and the note', async () => {
    const path = join(tempDir(), 'indsigt.zip');
    tc.dialogs.saves.push(path);
    await tc.call('child.accessExport', { id: s.children.aksel.id });
    const index = await (await JSZip.loadAsync(readFileSync(path))).file('indeks.html')!.async('string');
    expect(index).toContain('Børnelinealen: Thisted niveau 3: Børn med forskellige vanskeligheder');
    const nov = index.slice(index.indexOf('1. november 2026'));
    expect(nov).toMatch(/^1\. november 2026: samlet bekymring/);
    expect(nov).toContain('Psykisk og emotionel trivsel: bekymring – Græder ved aflevering');
    expect(nov).toContain('Fysisk og sansemotorisk trivsel: trivsel');
    expect(nov).toContain('Note: Samtale med forældrene aftalt');
    expect(index).toContain('1. december 2026: samlet rød');
    expect(index).toContain('Psykisk og emotionel trivsel: gul');
    expect(index).not.toMatch(/\d{4}-\d{2}-\d{2}:/);
  });

  it('a new level is given on the current scale only, and then carries that scale', async () => {
    const id = s.children.aksel.id;
    const bad = await tc.raw('child.update', { id, linealenLevel: '5' });
    expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', field: 'linealenLevel', message: expect.stringMatching(/Kolding .* 2, 3, 4a, 4b\. Intet er ændret/) });
    expect((await tc.call('child.case', { id })).child.linealenVariant).toBe('thisted');
    const c = await tc.call('child.update', { id, linealenLevel: '4a' });
    expect(c.child).toMatchObject({ linealenLevel: '4a', linealenVariant: 'kolding', linealenLabel: 'Kolding kategori 4a: Udsatte børn', linealenOtherScale: false });
  });
});
