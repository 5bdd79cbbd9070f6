import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { api, seedChild, seedStaff } from './api';
import { afterCall, AppProcess, expectAccessible, launchBrowser, openApp, pageErrors, SHOTS } from './harness';
import { NewMeetingPage } from './pages/MeetingPages';

let browser: Browser;
let app: AppProcess;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await AppProcess.start('anonym');
  await seedStaff(app);
  await seedChild(app, 'aksel');
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

describe('the privacy guard on an anonymous item, in the screen', () => {
  it('shows its message beside the „Anonym betegnelse" field, and the field gets its saved text back', async () => {
    const { page, context } = await openApp(browser, app);
    const nm = new NewMeetingPage(page);
    await nm.open();
    await nm.chooseTemplate('Ressourceteammøde');
    await nm.fill({ date: '2026-12-09', start: '12:30' });
    const plan = await nm.create();
    await plan.addItem('Anonym drøftelse');
    const row = page.locator('[data-testid^="punkt-"]', { has: page.getByLabel(/Anonym betegnelse/) });
    const field = row.getByLabel(/Anonym betegnelse/);
    await field.fill('Dreng, 4 år, Mariehønen');
    await afterCall(page, 'item.update', () => field.blur());
    // A known child's birth date, as people write it.
    await field.fill('Dreng, f. 14.05.2021');
    await field.blur();
    const refusal = row.getByRole('alert');
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toMatch(/„Anonym betegnelse“ i et anonymt punkt indeholder et kendt barns fødselsdato \(„14\.05\.2021“\)/);
    await expect(field.inputValue()).resolves.toBe('Dreng, 4 år, Mariehønen');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    // Beside the field: directly below it, not at the top of the page.
    const f = (await field.boundingBox())!;
    const r = (await refusal.boundingBox())!;
    expect(r.y).toBeGreaterThanOrEqual(f.y + f.height - 1);
    expect(r.y - (f.y + f.height)).toBeLessThan(40);
    await refusal.scrollIntoViewIfNeeded();
    await row.screenshot({ path: join(SHOTS, 'anonym-blokeret.png') });
    await expectAccessible(page, 'anonym-blokeret');

    const meetingId = page.url().split('/').at(-1)!;
    const stored = (await api(app, 'meeting.get', { id: meetingId })).items.find((i) => i.kind === 'anonym')!;
    expect(stored.anonLabel).toBe('Dreng, 4 år, Mariehønen');

    // A surname alone is refused the same way; clean text then saves and the message goes.
    await field.fill('Drengen fra familien Holm');
    await field.blur();
    await row.getByRole('alert').filter({ hasText: 'navnet „Holm“' }).waitFor();
    await expect(field.inputValue()).resolves.toBe('Dreng, 4 år, Mariehønen');
    await field.fill('Dreng, 4 år, Solstuen');
    await field.blur();
    await refusal.waitFor({ state: 'detached' });
    expect((await api(app, 'meeting.get', { id: meetingId })).items.find((i) => i.kind === 'anonym')!.anonLabel).toBe('Dreng, 4 år, Solstuen');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
