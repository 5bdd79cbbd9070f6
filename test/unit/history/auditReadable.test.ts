import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';

let tc: TestCore;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-12-15T10:00:00Z') });
  await tc.call('settings.completeFirstRun', { profile: { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken' } });
}, 60_000);
afterAll(() => tc.close());

const entries = async () => (await tc.call('audit.list', { limit: 1000 })).entries;

describe('an audit trail a person can read (issue 21, item 10)', () => {
  it('settings changes read in Danish labels and values, never raw keys or JSON', async () => {
    const k = (await tc.call('settings.get', {})).kommune;
    await tc.call('settings.saveKommune', { ...k, linealenVariant: 'kolding', retentionMonths: { ...k.retentionMonths, barn: 6 } });
    const summary = (await entries()).find((e) => e.action === 'settings.change' && e.summary.startsWith('Kommunens regler'))!.summary;
    expect(summary).toContain('Børnelinealen: Thisted (niveau 1–5) → Kolding (kategori 2, 3, 4a, 4b)');
    expect(summary).toContain('Slettefrist – Barnets stamdata: (tom) → 6');
    expect(summary).not.toMatch(/linealenVariant|retentionMonths|[{}"]/);
    const state = await tc.call('settings.get', {});
    expect(state.changes[0]!.summary).toContain('Børnelinealen: Thisted');
  });

  it('logs settings export, import, a rejected import, and its own export', async () => {
    const file = join(tempDir(), 'indstillinger.json');
    tc.dialogs.saves.push(file);
    await tc.call('settings.export', {});
    tc.dialogs.opens.push(file);
    await tc.call('settings.import', {});
    const bad = join(tempDir(), 'forkert.json');
    writeFileSync(bad, '{"format": "tovholder-indstillinger", "version": 1, "organisation": 5}');
    tc.dialogs.opens.push(bad);
    expect((await tc.raw('settings.import', {})).error?.code).toBe('INVALID_INPUT');
    tc.dialogs.saves.push(join(tempDir(), 'log.jsonl'));
    await tc.call('audit.export', {});
    const log = await entries();
    expect(log.find((e) => e.action === 'settings.export')).toMatchObject({ actionLabel: 'Gemte indstillinger i en fil' });
    expect(log.find((e) => e.action === 'settings.import')).toMatchObject({ summary: 'Indlæste indstillingsfil fra indstillinger.json' });
    expect(log.find((e) => e.action === 'settings.importRejected')).toMatchObject({ summary: expect.stringMatching(/^Afviste forkert\.json: Indstillingsfilen er ugyldig/) });
    expect(log.find((e) => e.action === 'audit.export')).toMatchObject({ actionLabel: 'Gemte revisionsloggen i en fil' });
    expect((await tc.call('audit.list', {})).chain.ok).toBe(true);
  });

  it('sample data’s seeded history is attributed to „Eksempeldata", and only loading it to the user', async () => {
    await tc.call('sample.load', {});
    const log = await entries();
    const seeded = log.filter((e) => ['meeting.start', 'referat.approve', 'referat.sign', 'referat.seal', 'meeting.cancel'].includes(e.action));
    expect(seeded.length).toBeGreaterThan(3);
    expect(seeded.every((e) => e.actor === 'Eksempeldata')).toBe(true);
    expect(log.find((e) => e.action === 'sample.load')!.actor).toBe('Birgitte Skovmose');
  });
});

describe('a readable export of the revisionslog beside JSON Lines (issue 21, item 10)', () => {
  it('is Danish HTML with the chain check at the top, one row per entry, Danish dates and labels, and is logged', async () => {
    const before = await entries();
    const file = join(tempDir(), 'revisionslog.html');
    tc.dialogs.saves.push(file);
    expect(await tc.call('audit.exportHtml', {})).toMatchObject({ path: file });
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html><html lang="da">/);
    const top = html.indexOf('Kontrol af kæden');
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(html.indexOf('<table>'));
    expect(html.slice(top, html.indexOf('<table>'))).toMatch(/Kæden er intakt \(\d+ poster\)/);
    expect(html).toContain('Udskrevet 15. december 2026 kl. 11:00 af Birgitte Skovmose.');
    const rows = [...html.matchAll(/<tr><td>(\d+)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)];
    expect(rows).toHaveLength(before.length);
    expect(rows.map((r) => Number(r[1]))).toEqual(before.map((e) => e.seq).reverse());
    for (const r of rows) {
      expect(r[2]).toMatch(/^\d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}:\d{2}$/);
      expect(r[4]).not.toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(r[5]).not.toMatch(/[a-z][A-Z][a-z]|[{}]|&quot;|\b(meeting|referat|settings|audit|sample)\.[a-z]/);
    }
    expect(rows.find((r) => r[4] === 'Forseglede referat')![3]).toBe('Eksempeldata');
    expect(rows.some((r) => r[4] === 'Afviste indlæsning af indstillinger')).toBe(true);
    expect(rows.some((r) => r[5]!.includes('Børnelinealen: Thisted (niveau 1–5) → Kolding'))).toBe(true);
    expect((await entries())[0]).toMatchObject({ action: 'audit.export', summary: 'Gemte revisionsloggen som læsbar fil (HTML)', actor: 'Birgitte Skovmose' });
  });

  it('says at the top when the chain is broken', async () => {
    const other = makeCore({ now: () => new Date('2026-12-15T10:00:00Z') });
    try {
      await other.call('settings.completeFirstRun', { profile: { name: 'Jonas Vindelev', initials: 'JV', role: 'paedagogisk_leder', workplace: 'Børnehuset Solsikken' } });
      const k = (await other.call('settings.get', {})).kommune;
      await other.call('settings.saveKommune', { ...k, retentionMonths: { ...k.retentionMonths, barn: 12 } });
      other.core.db.exec('DROP TRIGGER audit_no_update');
      other.core.db.prepare('UPDATE audit_log SET summary = ? WHERE seq = 1').run('Skrevet om');
      const file = join(tempDir(), 'brudt.html');
      other.dialogs.saves.push(file);
      await other.call('audit.exportHtml', {});
      const html = readFileSync(file, 'utf8');
      expect(html.slice(0, html.indexOf('<table>'))).toContain('Kæden er brudt ved post 1. Loggen er blevet ændret uden om Tovholder.');
      expect(html).toContain('class="kaede brudt"');
    } finally {
      other.close();
    }
  });
});

describe('template packs for a kommune administrator (issue 21, item 11)', () => {
  it('the active pack can be saved as a starting point, and the trivselsmøde invites PPR as its text says', async () => {
    const file = join(tempDir(), 'pakke.json');
    tc.dialogs.saves.push(file);
    const res = await tc.call('templates.exportPack', {});
    expect(res?.path).toBe(file);
    const pack = JSON.parse(readFileSync(file, 'utf8')) as { format: string; packId: string; templates: { id: string; purpose: string; participants: { role: string; fixed: boolean }[] }[] };
    expect(pack).toMatchObject({ format: 'tovholder-skabelonpakke', packId: 'tovholder-standard' });
    const trivsel = pack.templates.find((x) => x.id === 'trivselsmoede')!;
    expect(trivsel.purpose).toContain('PPR');
    expect(trivsel.participants.find((p) => p.role === 'ppr_psykolog')?.fixed).toBe(true);
    expect((await entries()).some((e) => e.action === 'settings.export' && e.summary.startsWith('Gemte skabelonpakken „Tovholders standardskabeloner“'))).toBe(true);
  });
});
