import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AppProcess, expectAccessible, launchBrowser, openApp, pageErrors, shot } from './harness';
import { StartPage } from './pages/StartPage';

let browser: Browser;
let app: AppProcess;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await AppProcess.start('start');
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the start page, in real Chromium over the loopback bridge', () => {
  it('shows „Møder" with an empty state and „Nyt møde" in a fresh data directory', async () => {
    const { page, context } = await openApp(browser, app);
    const start = new StartPage(page);
    await start.waitUntilShown();
    await expect(start.heading.textContent()).resolves.toBe('Møder');
    await expect(start.emptyState.isVisible()).resolves.toBe(true);
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
