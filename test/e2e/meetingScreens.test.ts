import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { api, seedChild, seedConsent, seedStaff } from './api';
import { AppProcess, SHOTS, expectAccessible, launchBrowser, shot } from './harness';
import { NewMeetingPage } from './pages/MeetingPages';

/**
 * Issue 16 on the meeting screens: what a chair noticed (item 8) – „Nyt møde" opening below the fold and proposing a
 * Sunday, the live agenda's „0:00 / 20:00" wrapping, „Konsultativ rolle" above its checkbox – and the meeting's one
 * data owner picking up a change made elsewhere (data.changed).
 */

let browser: Browser;
let app: AppProcess;
let staff: Record<string, string>;
let page: Page;
const errors: string[] = [];

/** Sunday 22 November 2026, 10:00 in Copenhagen: a week ahead is a Sunday too. */
const SUNDAY = new Date('2026-11-22T10:00:00+01:00');

beforeAll(async () => {
  browser = await launchBrowser();
  app = await AppProcess.start('meeting-screens', { fakeNow: '2026-11-22T09:00:00Z' });
  staff = await seedStaff(app);
  await seedConsent(app, await seedChild(app, 'freja'));
  await seedConsent(app, await seedChild(app, 'aksel'));
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.install({ time: SUNDAY });
  await page.goto(app.url);
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

/** The element's box lies inside the window without scrolling. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}

describe('„Nyt møde"', () => {
  it('has its form in view when the screen opens and when a meeting form is chosen', async () => {
    const nm = new NewMeetingPage(page);
    await nm.open();
    expect(await inView(page, '.new-meeting-form')).toBe(true);
    await nm.chooseTemplate('Ressourceteammøde');
    for (const label of ['Dato', 'Starttid', 'Sted']) {
      const box = await page.getByLabel(label).boundingBox();
      expect(box && box.y + box.height <= 900, label).toBe(true);
    }
    expect(await page.getByRole('button', { name: 'Opret møde' }).boundingBox().then((b) => b !== null && b.y + b.height <= 900)).toBe(true);
    await shot(page, 'nyt-moede', { fullPage: false });
    await expectAccessible(page, 'nyt-moede');
  });

  it('proposes a weekday a week ahead: on a Sunday, the Monday after next Sunday', async () => {
    const plan = await new NewMeetingPage(page).create();
    await plan.waitUntilShown();
    const id = /moede\/([^/?#]+)/.exec(page.url())?.[1];
    expect(id).toBeTruthy();
    const m = await api(app, 'meeting.get', { id: id! });
    expect(m.date).toBe('2026-11-30'); // today + 7 is Sunday 29 November
    expect(errors).toEqual([]);
  });
});

describe('planning', () => {
  it('shows „Konsultativ rolle" with the label after its checkbox, on one line', async () => {
    let m = await api(app, 'meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-07', startTime: '12:30', place: 'Personalestuen' });
    m = await api(app, 'participant.add', { meetingId: m.id, personId: staff['raadgiver']!, role: 'distriktsraadgiver', consultative: true, guestItemId: null });
    await page.goto(`${app.url}/#/moede/${m.id}`);
    await page.getByRole('heading', { name: 'Dagsorden' }).waitFor();
    // The plan screen stays on view from one meeting to the next: wait until it shows this meeting's participants.
    await page.locator('.people-row', { hasText: 'Karim Østergaard' }).waitFor();
    const rows = page.locator('.people-row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const check = rows.nth(i).getByRole('checkbox', { name: 'Konsultativ rolle' });
      const box = await check.boundingBox();
      const text = await rows.nth(i).locator('label.check span').boundingBox();
      expect(box && text).toBeTruthy();
      // The label's text starts right of the box, and both share one line.
      expect(text!.x).toBeGreaterThan(box!.x + box!.width - 1);
      expect(Math.abs(text!.y + text!.height / 2 - (box!.y + box!.height / 2))).toBeLessThan(6);
    }
    const karim = rows.filter({ hasText: 'Karim Østergaard' });
    await expect(karim.getByRole('checkbox', { name: 'Konsultativ rolle' }).isChecked()).resolves.toBe(true);
    await page.getByRole('heading', { name: 'Deltagere' }).locator('..').screenshot({ path: join(SHOTS, 'konsultativ-rolle.png') });
  });

  it('picks up a change made elsewhere (another window, the bridge) without reloading the screen', async () => {
    const id = /moede\/([^/?#]+)/.exec(page.url())![1]!;
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
    await api(app, 'meeting.update', { id, patch: { place: 'Salen på første sal' } });
    await page.getByText('Salen på første sal').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
    // The untouched form follows the saved place; a form being edited keeps what the user typed.
    await expect(page.locator('#m-place').inputValue()).resolves.toBe('Salen på første sal');
    await page.locator('#m-title').fill('Ressourceteam, ekstra møde');
    await api(app, 'meeting.update', { id, patch: { place: 'Personalestuen' } });
    await page.locator('.page-header').getByText('Personalestuen').waitFor();
    await expect(page.locator('#m-title').inputValue()).resolves.toBe('Ressourceteam, ekstra møde');
    await expect(page.locator('#m-place').inputValue()).resolves.toBe('Salen på første sal');
    await page.locator('#m-title').fill(await api(app, 'meeting.get', { id }).then((x) => x.title));
  });
});

describe('the live meeting', () => {
  it('keeps each item\'s „0:00 / 20:00" on one line in the agenda', async () => {
    const id = /moede\/([^/?#]+)/.exec(page.url())![1]!;
    const m = await api(app, 'meeting.get', { id });
    const [slot02, slot1] = m.items.filter((i) => i.kind === 'barn');
    const freja = (await api(app, 'child.list', {})).find((c) => c.name.startsWith('Freja'))!;
    const aksel = (await api(app, 'child.list', {})).find((c) => c.name.startsWith('Aksel'))!;
    await api(app, 'item.update', { id: slot02!.id, patch: { childId: freja.id } });
    await api(app, 'item.update', { id: slot1!.id, patch: { childId: aksel.id } });
    await api(app, 'meeting.start', { id, confirmOtherDay: true });
    await page.goto(`${app.url}/#/moede/${id}/afvikling`);
    await page.getByRole('heading', { name: 'Dagsorden' }).waitFor();
    const times = page.locator('.live-agenda .time');
    const n = await times.count();
    expect(n).toBe(m.items.length);
    for (let i = 0; i < n; i++) {
      const lines = await times.nth(i).evaluate((el) => {
        const lh = parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.5;
        return Math.round(el.getBoundingClientRect().height / lh);
      });
      expect(lines, await times.nth(i).innerText()).toBe(1);
      expect(await times.nth(i).innerText()).toMatch(/^\d+:\d\d \/ \d+:00$/);
    }
    await page.locator('.live-agenda').screenshot({ path: join(SHOTS, 'afvikling-sidebar.png') });
    await shot(page, 'afvikling-helside');
    await expectAccessible(page, 'afvikling');
    expect(errors).toEqual([]);
  });
});
