import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api } from './api';
import { AppProcess, expectAccessible, launchBrowser, openApp, pageErrors, shot } from './harness';
import { journeySteps } from './journey';
import { StartPage } from './pages/StartPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.sequential('first run: a fresh data directory opens on the guide', () => {
  let app: AppProcess;
  let page: Page;
  let context: BrowserContext;
  let start: StartPage;
  beforeAll(async () => {
    app = await AppProcess.start('foerste-start', { firstRun: true });
    ({ page, context } = await openApp(browser, app));
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });
  const step = journeySteps();

  step('guide step 1 asks for the user’s name, suggests initials and takes the role', async () => {
    await page.getByRole('heading', { name: 'Velkommen til Tovholder' }).waitFor();
    await page.getByLabel('Dit navn').fill('Birgitte Skovmose');
    await expect(page.getByLabel('Dine initialer').inputValue()).resolves.toBe('BS');
    await page.getByLabel('Dine initialer').fill('BSk');
    await page.getByLabel('Din rolle').selectOption({ label: 'Dagtilbudsleder' });
    await shot(page, 'foerste-start-1');
    await expectAccessible(page, 'foerste-start-1');
    await page.getByRole('button', { name: 'Næste' }).click();
  });

  step('guide step 2 takes the workplace', async () => {
    await page.getByRole('heading', { name: 'Din arbejdsplads' }).waitFor();
    await page.getByLabel('Dagtilbud eller distrikt').fill('Børnehuset Solsikken');
    await page.getByLabel('Kommune').fill('Testkommune');
    await page.getByLabel('Enhed').fill('Dagtilbud Nord');
    await shot(page, 'foerste-start-2');
    await expectAccessible(page, 'foerste-start-2');
    await page.getByRole('button', { name: 'Næste' }).click();
  });

  step('guide step 3 says the data are encrypted and where the database lies', async () => {
    await page.getByRole('heading', { name: 'Dine data er krypteret' }).waitFor();
    await expect(page.locator('code').innerText()).resolves.toMatch(/tovholder\.db$/);
    await shot(page, 'foerste-start-3');
    await expectAccessible(page, 'foerste-start-3');
    await page.getByRole('button', { name: 'Næste' }).click();
  });

  step('choosing sample data lands on the start page, greeting the user and listing sample meetings', async () => {
    await page.getByRole('heading', { name: 'Hvordan vil du begynde?' }).waitFor();
    await page.getByLabel(/Prøv med eksempeldata/).check();
    await shot(page, 'foerste-start-4');
    await expectAccessible(page, 'foerste-start-4');
    await page.getByRole('button', { name: 'Kom i gang' }).click();

    start = new StartPage(page);
    await start.waitUntilShown();
    await page.getByText('Goddag, Birgitte').waitFor();
    await expect(page.getByTestId('current-user').innerText()).resolves.toContain('Birgitte Skovmose (BSk)');
    await page.getByRole('tab', { name: 'Alle' }).click();
    await expect(page.getByRole('row').count()).resolves.toBeGreaterThan(4);
    await page.getByText('Eksempel').first().waitFor();
    await shot(page, 'start-eksempeldata');
  });

  step('„Fjern eksempeldata" in Indstillinger empties the meeting list', async () => {
    await page.getByRole('link', { name: 'Indstillinger' }).click();
    await page.getByRole('heading', { name: 'Indstillinger', level: 1 }).waitFor();
    await shot(page, 'indstillinger');
    await expectAccessible(page, 'indstillinger');
    await page.getByRole('button', { name: 'Fjern eksempeldata' }).click();
    await page.getByRole('button', { name: 'Indlæs eksempeldata' }).waitFor();

    await page.getByRole('link', { name: 'Møder' }).click();
    await start.emptyState.waitFor();
  });

  step('the app still works: a new meeting has the user as its chair', async () => {
    const m = await api(app, 'meeting.create', { templateId: 'ressourceteammoede', date: '2027-01-06', startTime: '12:30' });
    expect(m.participants.map((p) => p.name)).toEqual(['Birgitte Skovmose']);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('the start page, in real Chromium over the loopback bridge', () => {
  let app: AppProcess;
  beforeAll(async () => {
    app = await AppProcess.start('start');
  });
  afterAll(async () => app?.stop());

  it('shows „Møder" with an empty state and „Nyt møde"', async () => {
    const { page, context } = await openApp(browser, app);
    const start = new StartPage(page);
    await start.waitUntilShown();
    await expect(start.heading.textContent()).resolves.toBe('Møder');
    await start.emptyState.waitFor();
    await expect(start.newMeetingButtons.count()).resolves.toBeGreaterThan(0);
    await shot(page, 'start');
    await expectAccessible(page, 'start');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('is served with a strict Content-Security-Policy and refuses calls from another origin', async () => {
    const res = await fetch(app.url);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('Content-Security-Policy');
    const foreign = await fetch(`${app.url}/api/person.list`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: '{}' });
    expect(await foreign.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    const traversal = await fetch(`${app.url}/..%2f..%2fpackage.json`);
    expect(traversal.status).toBe(404);
  });
});

describe('settings travel between installations as one file', () => {
  let a: AppProcess;
  let b: AppProcess;
  beforeAll(async () => {
    a = await AppProcess.start('indstillinger-a');
    b = await AppProcess.start('indstillinger-b');
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  it('exporting from one data directory and importing into another gives the same header and rules; a malformed file is refused', async () => {
    const { page, context } = await openApp(browser, a);
    await page.getByRole('link', { name: 'Indstillinger' }).click();
    await page.getByLabel('Forvaltning').fill('Børn og Familie, Eksempelby Kommune');
    await page.getByLabel('Enhed', { exact: true }).fill('Dagtilbudsområde Syd');
    await page.getByRole('heading', { name: 'Organisation' }).locator('..').getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { name: 'Organisation' }).locator('..').getByText('Gemt.').waitFor();
    await page.getByLabel('Tillad CPR-numre').check();
    await page.getByLabel('Grundlag for videregivelse ved overgange').selectOption('paragraf_3a');
    await page.getByLabel('Referater', { exact: true }).fill('60');
    await page.getByRole('heading', { name: 'Kommunens regler' }).locator('..').getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { name: 'Kommunens regler' }).locator('..').getByText('Gemt.').waitFor();
    const file = join(a.dataDir, 'indstillinger.json');
    await a.queueDialog({ save: file });
    await page.getByRole('button', { name: 'Gem indstillinger som fil …' }).click();
    await page.getByText(`Gemt: ${file}`).waitFor();
    await context.close();

    const other = await openApp(browser, b);
    await other.page.getByRole('link', { name: 'Indstillinger' }).click();
    const bad = join(b.dataDir, 'forkert.json');
    writeFileSync(bad, JSON.stringify({ format: 'tovholder-indstillinger', version: 1, exportedAt: 'x', organisation: {}, kommune: { consentValidityMonths: 'tolv' }, templatePacks: [] }));
    await b.queueDialog({ open: bad });
    await other.page.getByRole('button', { name: 'Indlæs indstillinger eller skabelonpakke …' }).click();
    await other.page.getByRole('alert').filter({ hasText: 'feltet „Kommunens regler – Et samtykke gælder (måneder)“' }).waitFor();
    expect((await api(b, 'settings.get', {})).organisation.forvaltning).toBe('Børn og Unge, Testkommune');

    await b.queueDialog({ open: file });
    await other.page.getByRole('button', { name: 'Indlæs indstillinger eller skabelonpakke …' }).click();
    await other.page.getByText('Indstillingerne er indlæst.').waitFor();
    const sa = await api(a, 'settings.get', {});
    const sb = await api(b, 'settings.get', {});
    expect(sb.organisation).toEqual(sa.organisation);
    expect(sb.kommune).toEqual(sa.kommune);
    await expect(other.page.getByLabel('Forvaltning').inputValue()).resolves.toBe('Børn og Familie, Eksempelby Kommune');
    // The same document header: a dagsorden exported in B carries A's organisation.
    const m = await api(b, 'meeting.create', { templateId: 'ressourceteammoede', date: '2027-01-06', startTime: '12:30' });
    await b.queueDialog({ save: join(b.dataDir, 'dagsorden.docx') });
    await api(b, 'export.document', { meetingId: m.id, kind: 'dagsorden' });
    const { readDocx } = await import('../../electron/core/exports/docxText');
    const { readFileSync } = await import('node:fs');
    const doc = await readDocx(readFileSync(join(b.dataDir, 'dagsorden.docx')));
    expect(doc.paragraphs.slice(0, 3)).toEqual(['Børn og Familie, Eksempelby Kommune', 'Dagtilbudsområde Syd', 'Indkaldelse og dagsorden']);
    await other.context.close();
  });
});
