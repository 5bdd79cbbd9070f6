import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { api, seedChild, seedStaff } from './api';
import { AppProcess, expectAccessible, launchBrowser, openApp, pageErrors, shot } from './harness';
import { NewMeetingPage } from './pages/MeetingPages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Danish dates and times on an English computer in another time zone', () => {
  let app: AppProcess;
  beforeAll(async () => {
    app = await AppProcess.start('dansk-tid');
    await seedStaff(app);
    await seedChild(app, 'malik', true);
  });
  afterAll(async () => app?.stop());

  it('the plan page shows dd.mm.åååå and 24-hour times; the child’s timeline shows the meeting at its Danish time', async () => {
    const { page, context } = await openApp(browser, app, { locale: 'en-US' });
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const nm = new NewMeetingPage(page);
    await nm.open();
    await nm.chooseTemplate('Dialogmøde');
    await nm.fill({ date: '7.12.2026', start: '13.30', child: 'Malik Bjerregaard Sørensen' });
    const plan = await nm.create();
    await plan.waitUntilShown();
    await expect(page.getByLabel('Dato').inputValue()).resolves.toBe('07.12.2026');
    await expect(page.getByLabel('Starttid').inputValue()).resolves.toBe('13:30');
    await expect(page.getByLabel('Sluttid').inputValue()).resolves.toMatch(/^1[4-6]:\d{2}$/);
    await expect(page.getByLabel('Dato').getAttribute('placeholder')).resolves.toBe('dd.mm.åååå');
    const body = await page.locator('main').innerText();
    expect(body).not.toMatch(/\b(AM|PM)\b|12\/07\/2026/);
    await shot(page, 'dansk-tid');
    await expectAccessible(page, 'dansk-tid');

    // An American way of writing the date is not taken for a Danish one: the field says how to write it.
    await page.getByLabel('Dato').fill('12/31/2026');
    await page.getByText('Skriv datoen som dd.mm.åååå, fx 23.11.2026.').waitFor();

    const meetingId = page.url().split('/').at(-1)!;
    const stored = await api(app, 'meeting.get', { id: meetingId });
    expect([stored.date, stored.startTime]).toEqual(['2026-12-07', '13:30']);
    await page.goto(`${app.url}/#/barn/${stored.childId}`);
    await page.getByRole('tab', { name: 'Tidslinje' }).click();
    await page.getByText('7. december 2026 kl. 13:30').first().waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
