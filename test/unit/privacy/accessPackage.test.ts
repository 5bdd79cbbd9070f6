import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';

/** Issue 13, item 3: the parents' access package is safe to hand over while „mistanke om overgreb" is marked. */
let tc: TestCore;
let s: Seeded;
const REASON = 'Barnet har fortalt om slag derhjemme – forældre må ikke orienteres';
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
  await tc.call('child.setAbuseFlag', { childId: s.children.aksel.id, on: true, reason: REASON });
});
afterAll(() => tc.close());

async function index(path: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(path))).file('indeks.html')!.async('string');
}

describe('the access package while „mistanke om overgreb" is marked', () => {
  it('warns and writes nothing until the user chooses', async () => {
    const path = join(tempDir(), 'indsigt.zip');
    tc.dialogs.saves.push(path);
    const res = await tc.raw('child.accessExport', { id: s.children.aksel.id });
    expect(res.error).toMatchObject({ code: 'CONFIRM_NEEDED', field: 'abuseFlag' });
    expect(res.error!.message).toMatch(/mistanke om overgreb/);
    tc.dialogs.saves.length = 0;
  });

  it('leaves the marking and its reason out when asked to, and logs the choice', async () => {
    const path = join(tempDir(), 'indsigt.zip');
    tc.dialogs.saves.push(path);
    await tc.call('child.accessExport', { id: s.children.aksel.id, abuseFlag: 'udelad' });
    const html = await index(path);
    expect(html).toContain('Oplysninger om Aksel Nørregaard Holm');
    expect(html).not.toMatch(/overgreb/i);
    expect(html).not.toContain('slag derhjemme');
    const logged = (await tc.call('audit.list', {})).entries.filter((e) => e.action === 'access.export').map((e) => e.summary);
    expect(logged).toEqual([expect.stringMatching(/markeringen af mistanke om overgreb og dens begrundelse er udeladt/)]);
  });

  it('includes them only with a reason, and logs the reason', async () => {
    expect((await tc.raw('child.accessExport', { id: s.children.aksel.id, abuseFlag: 'medtag' })).error).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    const path = join(tempDir(), 'indsigt.zip');
    tc.dialogs.saves.push(path);
    await tc.call('child.accessExport', { id: s.children.aksel.id, abuseFlag: 'medtag', reason: 'Afklaret med familieafdelingen og politiet 20.11.' });
    const html = await index(path);
    expect(html).toContain('Mistanke om overgreb markeret');
    expect(html).toContain('slag derhjemme');
    const logged = (await tc.call('audit.list', {})).entries.filter((e) => e.action === 'access.export').map((e) => e.summary);
    expect(logged).toHaveLength(2);
    expect(logged.some((x) => /Begrundelse: Afklaret med familieafdelingen og politiet/.test(x))).toBe(true);
  });

  it('a child without the marking exports at once, as before', async () => {
    const path = join(tempDir(), 'indsigt.zip');
    tc.dialogs.saves.push(path);
    expect(await tc.call('child.accessExport', { id: s.children.freja.id })).toMatchObject({ path });
  });
});
