import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './api';
import { AppProcess, DATA, expectAccessible, launchBrowser, openApp, pageErrors, shot } from './harness';

/**
 * Issue 12: restore, clicked through as a user would – in Indstillinger and on the lock screen. The screen shows what
 * a backup holds before anything is replaced, the safety copy of the replaced data can be restored, and a bad file is
 * refused in Danish with nothing changed.
 */
const PASS = 'kopi-til-skabet-7';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const child = (name: string, birthDate: string) => ({ name, birthDate, institution: 'Børnehuset Solsikken', stue: 'Mariehønen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });

async function childNames(app: AppProcess): Promise<string[]> {
  return (await api(app, 'child.list', {})).map((c) => c.name).sort();
}

/** The restore dialog in Indstillinger, opened on a freshly loaded page. */
async function openRestore(page: Page): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/indstillinger`);
  await page.reload();
  await page.getByRole('button', { name: 'Gendan fra sikkerhedskopi …' }).click();
  await page.getByRole('dialog', { name: 'Gendan fra sikkerhedskopi …' }).waitFor();
}

describe('restore in Indstillinger', () => {
  let app: AppProcess;
  let page: Page;
  const backupFile = () => join(app.dataDir, 'usb', 'tovholder-fredag.tovholder');

  beforeAll(async () => {
    app = await AppProcess.start('gendan', { fakeNow: '2026-12-15T10:00:00Z' });
    mkdirSync(join(app.dataDir, 'usb'), { recursive: true });
    const villads = await api(app, 'child.save', child('Villads Kragelund', '2022-03-14'));
    await api(app, 'meeting.create', { templateId: 'dialogmoede', date: '2026-12-03', startTime: '09:00', childId: villads.id, place: 'Personalestuen' });
    await api(app, 'meeting.create', { templateId: 'dialogmoede', date: '2026-11-12', startTime: '09:00', childId: villads.id, place: 'Personalestuen' });
    ({ page } = await openApp(browser, app));
  });
  afterAll(async () => app?.stop());

  it('a backup made in the app, data changed, the backup chosen: the screen shows what it holds, and confirming brings the data back', async () => {
    await page.goto(`${app.url}/#/indstillinger`);
    await page.getByRole('button', { name: 'Tag sikkerhedskopi …' }).click();
    const dlg = page.getByRole('dialog', { name: 'Tag sikkerhedskopi …' });
    await dlg.getByLabel('Adgangskode til sikkerhedskopien').fill(PASS);
    await dlg.getByLabel('Gentag adgangskoden').fill(PASS);
    await app.queueDialog({ save: backupFile() });
    await dlg.getByRole('button', { name: 'Tag sikkerhedskopi …' }).click();
    await page.getByRole('status').getByText(/Sikkerhedskopien er gemt og prøveåbnet/).waitFor();

    // Work after the backup, which the restore will replace.
    await api(app, 'child.save', child('Nyere Barn', '2023-05-01'));
    expect(await childNames(app)).toEqual(['Nyere Barn', 'Villads Kragelund']);

    await openRestore(page);
    const restore = page.getByRole('dialog', { name: 'Gendan fra sikkerhedskopi …' });
    await restore.getByText('Ingen endnu.').waitFor();
    await restore.getByLabel('Sikkerhedskopiens adgangskode').fill(PASS);
    await app.queueDialog({ open: backupFile() });
    await restore.getByRole('button', { name: 'Vælg sikkerhedskopi …' }).click();

    const confirm = page.getByRole('dialog', { name: 'Gendan disse data?' });
    await confirm.waitFor();
    const holds = await confirm.innerText();
    expect(holds).toContain('tovholder-fredag.tovholder');
    expect(holds).toContain('1 barn');
    expect(holds).toContain('2 møder');
    expect(holds).toMatch(/Nyeste møde\s*3\. december 2026/);
    expect(holds).toMatch(/Filen er gemt\s*\d+\. \w+ 20\d\d/);
    expect(holds).toContain('De nuværende data gemmes først som en sikkerhedskopi');
    // Nothing is replaced by looking.
    expect(await childNames(app)).toEqual(['Nyere Barn', 'Villads Kragelund']);
    await shot(page, 'gendan-bekraeft', { fullPage: false });
    await expectAccessible(page, 'gendan-bekraeft');

    await confirm.getByRole('button', { name: 'Erstat de nuværende data' }).click();
    await page.getByRole('status').getByText('Sikkerhedskopien er gendannet.').waitFor();
    expect(await childNames(app)).toEqual(['Villads Kragelund']);
    expect(pageErrors(page)).toEqual([]);
  });

  it('the safety copy of the replaced data is listed and restores them', async () => {
    await openRestore(page);
    const restore = page.getByRole('dialog', { name: 'Gendan fra sikkerhedskopi …' });
    const copies = restore.getByRole('list', { name: 'Sikkerhedskopier lavet før en gendannelse' }).getByRole('listitem');
    await expect(copies.count()).resolves.toBe(1);
    const line = await copies.first().innerText();
    expect(line).toMatch(/15\. december 2026/);
    expect(line).toMatch(/1 barn|2 børn|kB/);
    await shot(page, 'gendan-sikkerhedskopi', { fullPage: false });
    await expectAccessible(page, 'gendan-sikkerhedskopi');

    await copies.first().getByRole('button', { name: /Gendan denne/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Gendan disse data?' });
    await confirm.waitFor();
    await expect(confirm.innerText()).resolves.toContain('2 børn');
    await confirm.getByRole('button', { name: 'Erstat de nuværende data' }).click();
    await page.getByRole('status').getByText('Sikkerhedskopien er gendannet.').waitFor();
    expect(await childNames(app)).toEqual(['Nyere Barn', 'Villads Kragelund']);
  });

  it('an empty file is refused in Danish, and nothing changes', async () => {
    const empty = join(app.dataDir, 'usb', 'tom.tovholder');
    writeFileSync(empty, '');
    const before = await childNames(app);
    const copiesBefore = (await api(app, 'db.safetyCopies', {})).length;
    await openRestore(page);
    const restore = page.getByRole('dialog', { name: 'Gendan fra sikkerhedskopi …' });
    await restore.getByLabel('Sikkerhedskopiens adgangskode').fill(PASS);
    await app.queueDialog({ open: empty });
    await restore.getByRole('button', { name: 'Vælg sikkerhedskopi …' }).click();
    const alert = restore.getByRole('alert');
    await alert.waitFor();
    const message = await alert.innerText();
    expect(message).toMatch(/tom|ingen data|for kort|ikke en sikkerhedskopi/i);
    expect(message).toMatch(/Intet er ændret/);
    await expect(page.getByRole('dialog', { name: 'Gendan disse data?' }).count()).resolves.toBe(0);
    expect(await childNames(app)).toEqual(before);
    expect((await api(app, 'db.safetyCopies', {})).length).toBe(copiesBefore);
    await shot(page, 'gendan-tom-fil', { fullPage: false });
  });
});

describe('restore from the lock screen', () => {
  it('a damaged data file: the lock screen says so and restores a backup, and the app opens with the data', async () => {
    const dir = join(DATA, `gendan-laast-${randomBytes(4).toString('hex')}`);
    const unlockPass = 'laas-op-kode-42';
    const app = new AppProcess(dir, randomBytes(32).toString('hex'), ['--lock-screen']);
    await app.launch();
    try {
      // A computer without a keychain: the data file's key is protected by a passphrase chosen on the lock screen.
      expect((await api(app, 'app.status', {})).mode).toBe('choose');
      await api(app, 'app.unlock', { passphrase: unlockPass });
      await api(app, 'settings.completeFirstRun', {
        profile: { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken' },
        organisation: { forvaltning: 'Børn og Unge, Testkommune', unit: 'Dagtilbud Nord', kommune: 'Testkommune' },
      } as never);
      await api(app, 'child.save', child('Asta Lykke', '2021-08-30'));
      const backup = join(dir, 'kopi.tovholder');
      await app.queueDialog({ save: backup });
      await api(app, 'db.backup', { passphrase: PASS, repeat: PASS });
      await app.kill('SIGTERM');

      // The data file is damaged while the app is closed.
      const dbFile = join(dir, 'data', 'tovholder.db');
      const bytes = readFileSync(dbFile);
      randomBytes(4096).copy(bytes, 0);
      writeFileSync(dbFile, bytes);
      await app.launch();

      const { page } = await openApp(browser, app);
      await page.getByRole('heading', { name: 'Lås Tovholder op' }).waitFor();
      await page.getByLabel('Adgangskode (mindst 8 tegn)').fill(unlockPass);
      await page.getByRole('button', { name: 'Åbn' }).click();
      await page.getByRole('heading', { name: 'Datafilen kan ikke åbnes' }).waitFor();
      await expect(page.getByRole('alert').first().innerText()).resolves.toMatch(/beskadiget/);

      await page.getByLabel('Sikkerhedskopiens adgangskode').fill(PASS);
      await app.queueDialog({ open: backup });
      await page.getByRole('button', { name: 'Vælg sikkerhedskopi …' }).click();
      const confirm = page.getByRole('dialog', { name: 'Gendan disse data?' });
      await confirm.waitFor();
      await expect(confirm.innerText()).resolves.toContain('1 barn');
      await shot(page, 'gendan-laaseskaerm', { fullPage: false });
      await expectAccessible(page, 'gendan-laaseskaerm');
      await confirm.getByRole('button', { name: 'Erstat de nuværende data' }).click();

      await page.getByText('Goddag, Birgitte').waitFor();
      expect(await childNames(app)).toEqual(['Asta Lykke']);
      // The damaged file is kept as a safety copy.
      expect((await api(app, 'db.safetyCopies', {})).length).toBe(1);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
