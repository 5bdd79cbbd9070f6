import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AppProcess, DATA, expectAccessible, launchBrowser, openApp, pageErrors, shot } from './harness';

/**
 * Issue 18, items 4 and 5 in the real UI: Hjælp → Om Tovholder shows the installation's facts and the licences, and
 * an IT policy file on the PC presets the kommune's rules. Screenshot: test-results/e2e/om-tovholder.png.
 */
let browser: Browser;
let app: AppProcess;
let policyFile: string;
beforeAll(async () => {
  browser = await launchBrowser();
  const dir = join(DATA, 'it-politik');
  mkdirSync(dir, { recursive: true });
  policyFile = join(dir, 'policy.json');
  writeFileSync(
    policyFile,
    JSON.stringify({
      format: 'tovholder-indstillinger',
      version: 1,
      exportedAt: '2026-11-01T08:00:00.000Z',
      organisation: { forvaltning: 'Børn og Unge, Testkommune', unit: 'Dagtilbud Nord', kommune: 'Testkommune' },
      kommune: { consentValidityMonths: 6 },
      templatePacks: [],
    }),
  );
  app = await AppProcess.start('om-tovholder', { policyFile });
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

describe('Om Tovholder', () => {
  it('Hjælp → Om Tovholder shows version, build date, data folder, database format, encryption, the policy file and the licences', async () => {
    const { page, context } = await openApp(browser, app);
    await page.getByRole('navigation').waitFor();
    // The menu command the Electron menu sends (Hjælp → Om Tovholder), through the bridge.
    await fetch(`${app.url}/__test/menu`, { method: 'POST', headers: { 'content-type': 'application/json', origin: app.url }, body: JSON.stringify({ command: 'om' }) });
    await page.getByRole('heading', { name: 'Om Tovholder', level: 1 }).waitFor();
    const facts = page.getByTestId('om-fakta');
    const text = await facts.innerText();
    expect(text).toMatch(/Version\s+0\.1\.0/);
    expect(text).toMatch(/Bygget\s+\d{1,2}\. [a-zæøå]+ 20\d\d/);
    expect(text).toContain(join(app.dataDir, 'data'));
    expect(text).toMatch(/Databaseformat\s+version \d+/);
    expect(text).toMatch(/Kryptering\s+SQLCipher 4 \(AES-256/);
    expect(text).toMatch(/Tovholders licens\s+MPL-2\.0/);
    expect(text).toContain(`Indlæst fra ${policyFile}`);
    await expect(page.getByText(/henter aldrig opdateringer, sender aldrig fejlrapporter/).count()).resolves.toBe(1);
    // The licences: one line per shipped package; a package's licence text opens in place.
    await expect(page.getByText(/Tovholder indeholder \d+ komponenter fra andre/).count()).resolves.toBe(1);
    const react = page.locator('details', { has: page.locator('summary', { hasText: /^react \d/ }) });
    await react.locator('summary').click();
    await expect(react.locator('pre').innerText()).resolves.toMatch(/Permission is hereby granted, free of charge/);
    await shot(page, 'om-tovholder');
    await expectAccessible(page, 'om-tovholder');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('is reachable from the menu at the foot of the sidebar too', async () => {
    const { page, context } = await openApp(browser, app);
    await page.getByRole('link', { name: 'Om Tovholder' }).click();
    await page.getByRole('heading', { name: 'Om Tovholder', level: 1 }).waitFor();
    await context.close();
  });
});
