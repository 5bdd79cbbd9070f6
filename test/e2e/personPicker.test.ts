import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { sortDanish } from '../../shared/format/danishOrder';
import { api, seedStaff } from './api';
import { AppProcess, expectAccessible, launchBrowser, openApp, pageErrors, shot } from './harness';

/**
 * Issue 16, item 6 in the real UI: the directory finds people through the person picker (`person.search`) and pages
 * through the rest instead of loading everybody. Screenshot: test-results/e2e/personvaelger.png.
 */
let browser: Browser;
let app: AppProcess;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await AppProcess.start('personvaelger');
  await seedStaff(app);
  const child = await api(app, 'child.save', { name: 'Aksel Nørregaard Holm', birthDate: '2021-05-14', institution: 'Børnehuset Solsikken', stue: 'Mariehønen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
  for (const [name, initials] of [['Sofie Nørregaard', 'SN'], ['Peter Holm', 'PH']] as const) await api(app, 'child.addGuardian', { childId: child.id, name, initials, custody: true });
  ({ page } = await openApp(browser, app));
  await page.getByRole('navigation').getByRole('link', { name: 'Personer' }).click();
  await page.getByRole('heading', { name: 'Personer', level: 1 }).waitFor();
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

const picker = () => page.getByRole('combobox', { name: 'Find en person' });
const listbox = () => page.getByRole('listbox', { name: 'Find en person' });

describe('the person picker in the directory', () => {
  it('lists the directory in Danish order, a page at a time', async () => {
    const rows = page.getByRole('table', { name: 'Personer' }).getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    const names = (await rows.allInnerTexts()).slice(1).map((r) => r.split('\t')[0]!.trim());
    expect(names.slice(0, 3)).toEqual(['Anders Fjordside', 'Birgitte Skovmose', 'Camilla Fredsø']);
    expect(names).toEqual(sortDanish(names, (n) => n));
    expect(names).toContain('Sofie Nørregaard');
    await expect.poll(() => page.getByText(/Viser \d+ personer i alfabetisk orden/).count()).toBe(1);
  });

  it('finds a person by the start of a word, Danish-aware, and opens them with the keyboard', async () => {
    await picker().click();
    await picker().fill('øst');
    await expect.poll(async () => (await listbox().getByRole('option').allInnerTexts()).map((t) => t.split('\n')[0]!.trim())).toEqual([expect.stringContaining('Karim Østergaard'), expect.stringContaining('Opret ny person')]);
    await picker().fill('m');
    await expect.poll(() => listbox().getByRole('option', { name: /Mette Lundgaard/ }).count()).toBe(1);
    await picker().press('ArrowDown');
    const active = await picker().getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await shot(page, 'personvaelger', { fullPage: false });
    await expectAccessible(page, 'personvælgeren');
    const first = (await page.locator(`[id="${active}"]`).innerText()).split('\n')[0]!.split(' ').slice(0, 2).join(' ');
    await picker().press('Enter');
    await expect.poll(() => page.getByLabel('Navn', { exact: true }).inputValue()).toBe(first);
    await page.getByRole('button', { name: 'Annullér' }).click();
  });

  it('„Opret ny person …“ proposes the typed name; only „Gem“ creates the person', async () => {
    await picker().fill('Vibeke Aagaard');
    await listbox().getByRole('option', { name: 'Opret ny person „Vibeke Aagaard“ …' }).click();
    await expect.poll(() => page.getByLabel('Navn', { exact: true }).inputValue()).toBe('Vibeke Aagaard');
    expect((await api(app, 'person.search', { q: 'vibeke' })).people).toEqual([]);
    await page.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(async () => (await api(app, 'person.search', { q: 'vibeke å' })).people.map((p) => p.name)).toEqual(['Vibeke Aagaard']);
    await expect.poll(() => page.getByRole('table', { name: 'Personer' }).getByRole('cell', { name: 'Vibeke Aagaard', exact: true }).count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });
});
