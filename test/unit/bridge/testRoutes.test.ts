import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBridge, type RunningBridge } from '../../../electron/core/bridge/httpBridge';
import { tempDir } from '../../helpers/core';

/** Issue 13, item 7: /__test/dialog and /__test/menu get the same Origin and JSON checks as /api/*. */
let bridge: RunningBridge;
const routes = vi.fn((_req: unknown, _body: unknown) => ({ ok: true }));
const dispatch = vi.fn(async (_c: unknown, _raw: unknown, meta: { trustedSender: boolean }) => ({ ok: meta.trustedSender }) as never);
beforeAll(async () => {
  const dir = mkdtempSync(join(tempDir(), 'renderer-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/x.js"></script>');
  bridge = await startBridge({ dispatch, rendererDir: dir, testRoutes: routes });
});
afterAll(() => bridge.close());

async function post(path: string, headers: Record<string, string>, body = '{"save":"/tmp/anden-sti.tovbak"}') {
  return fetch(`${bridge.url}${path}`, { method: 'POST', headers, body });
}

describe('the test bridge’s /__test/ routes', () => {
  for (const path of ['/__test/dialog', '/__test/menu']) {
    it(`${path}: a cross-origin simple POST (text/plain, another origin) is refused and changes nothing`, async () => {
      routes.mockClear();
      const res = await post(path, { 'content-type': 'text/plain', origin: 'https://evil.example' });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
      expect(routes).not.toHaveBeenCalled();
    });

    it(`${path}: another origin with JSON, no origin at all, or the right origin without JSON are refused`, async () => {
      routes.mockClear();
      expect((await post(path, { 'content-type': 'application/json', origin: 'https://evil.example' })).status).toBe(403);
      expect((await post(path, { 'content-type': 'application/json' })).status).toBe(403);
      expect((await post(path, { 'content-type': 'text/plain', origin: bridge.url })).status).toBe(403);
      expect((await post(path, { 'content-type': 'application/x-www-form-urlencoded', origin: bridge.url }, 'save=/tmp/x')).status).toBe(403);
      expect((await fetch(`${bridge.url}${path}`)).status).toBe(403);
      expect(routes).not.toHaveBeenCalled();
    });

    it(`${path}: the bridge's own page with JSON is served; broken JSON is refused`, async () => {
      routes.mockClear();
      const ok = await post(path, { 'content-type': 'application/json', origin: bridge.url });
      expect(ok.status).toBe(200);
      expect(routes).toHaveBeenCalledTimes(1);
      expect(routes.mock.calls[0]![1]).toEqual({ save: '/tmp/anden-sti.tovbak' });
      const bad = await post(path, { 'content-type': 'application/json', origin: bridge.url }, '{nej');
      expect(bad.status).toBe(400);
      expect(routes).toHaveBeenCalledTimes(1);
    });
  }

  it('/api/* keeps its checks', async () => {
    const foreign = await post('/api/person.list', { 'content-type': 'text/plain', origin: 'https://evil.example' }, '{}');
    expect(await foreign.json()).toEqual({ ok: false });
    const own = await post('/api/person.list', { 'content-type': 'application/json', origin: bridge.url }, '{}');
    expect(await own.json()).toEqual({ ok: true });
  });
});
