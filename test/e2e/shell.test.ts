import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { api, seedChild, seedConsent, seedStaff } from './api';
import { AppProcess, expectAccessible, launchBrowser, openApp, pageErrors, shot } from './harness';

/** Issue 16, item 8 on the app's frame, the child's case and the lists: what a chair noticed, fixed and looked at. */
let browser: Browser;
let app: AppProcess;
let childId: string;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await AppProcess.start('skal');
  await seedStaff(app);
  childId = await seedChild(app, 'aksel');
  await seedConsent(app, childId);
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
}

describe('the app shell', () => {
  it('keeps the sidebar in the window on a long page, with the profile block at the window’s bottom', async () => {
    const { page, context } = await openApp(browser, app);
    await page.goto(`${app.url}/#/indstillinger`);
    await page.getByRole('heading', { name: 'Indstillinger', level: 1 }).waitFor();
    const height = page.viewportSize()!.height;
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(height * 2);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(height);
    const sidebar = await box(page, 'nav.sidebar');
    expect(sidebar.y).toBe(0);
    expect(sidebar.height).toBe(height);
    const who = await box(page, '[data-testid="current-user"]');
    expect(who.y + who.height).toBeGreaterThan(height - 40);
    expect(who.y + who.height).toBeLessThanOrEqual(height);
    await expect(page.getByRole('link', { name: 'Børn', exact: true }).isVisible()).resolves.toBe(true);
    await shot(page, 'sidebar-lang-side', { fullPage: false });
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('the child’s case', () => {
  it('shows the consent dates as dd.mm.åååå on one line', async () => {
    const { page, context } = await openApp(browser, app);
    await page.goto(`${app.url}/#/barn/${childId}`);
    await page.getByRole('tab', { name: 'Samtykke' }).click();
    const table = page.locator('table.consent-table');
    await table.waitFor();
    const dates = table.locator('.date');
    expect(await dates.count()).toBeGreaterThanOrEqual(2);
    const lineHeight = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('table.consent-table td')!).lineHeight));
    for (const d of await dates.all()) {
      await expect(d.innerText()).resolves.toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      expect((await d.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
    }
    await expect(table.innerText()).resolves.toContain('01.10.2026');
    await shot(page, 'samtykke-datoer');
    await expectAccessible(page, 'samtykke-datoer');
    await context.close();
  });

  it('offers exactly the Linealen levels and trivsel words the core accepts (CaseDetail.allowed)', async () => {
    const { page, context } = await openApp(browser, app);
    const c = await api(app, 'child.case', { id: childId });
    await page.goto(`${app.url}/#/barn/${childId}`);
    const levels = page.getByLabel('Børnelinealen');
    await levels.waitFor();
    const offered = await levels.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(offered).toEqual(c.allowed.linealen.levels.map((l) => l.level));
    await page.getByRole('tab', { name: 'Trivsel' }).click();
    const overall = page.locator('#tv-overall option');
    await expect(overall.allInnerTexts()).resolves.toEqual(c.allowed.trivsel.levels.map((l) => l.label));
    await context.close();
  });
});

describe('the parent view', () => {
  it('keeps „Tilbage“ apart from the heading', async () => {
    const m = await api(app, 'meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-02', startTime: '12:30' });
    const { page, context } = await openApp(browser, app);
    await page.goto(`${app.url}/#/moede/${m.id}/foraeldre`);
    const back = page.getByRole('link', { name: 'Tilbage' });
    await back.waitFor();
    const b = await back.boundingBox();
    const h = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(h!.y - (b!.y + b!.height)).toBeGreaterThanOrEqual(16);
    await shot(page, 'foraeldrevisning-tilbage', { fullPage: false });
    await context.close();
  });
});

describe('with the backend unreachable', () => {
  it('every list shows the error alone – never „ingen … endnu“ under it', async () => {
    const { page, context } = await openApp(browser, app);
    await page.getByRole('heading', { name: 'Møder', level: 1 }).waitFor();
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    const broken = 'Forbindelsen til Tovholders datafil blev afbrudt';
    const lists: { link: string; heading: string; empty: RegExp; search?: boolean }[] = [
      { link: 'Børn', heading: 'Børn', empty: /Der er ingen børn endnu/ },
      { link: 'Opfølgninger', heading: 'Opfølgninger', empty: /Ingen åbne opfølgninger/ },
      { link: 'Søg', heading: 'Søg', empty: /Ingen resultater/, search: true },
      { link: 'Møder', heading: 'Møder', empty: /Der er ingen møder endnu/ },
    ];
    for (const l of lists) {
      await page.getByRole('navigation').getByRole('link', { name: l.link, exact: true }).click();
      await page.getByRole('heading', { name: l.heading, level: 1 }).waitFor();
      if (l.search) await page.getByRole('searchbox').fill('Aksel');
      await page.getByRole('alert').filter({ hasText: broken }).waitFor();
      await expect(page.getByText(l.empty).count(), l.link).resolves.toBe(0);
      await expect(page.getByRole('table').count(), l.link).resolves.toBe(0);
      if (l.link === 'Børn') await shot(page, 'backend-fejl-ingen-tom-liste', { fullPage: false });
    }
    await context.close();
  });
});
