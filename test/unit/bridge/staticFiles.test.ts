import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../../electron/core/bridge/staticFiles';

describe('traversal guard for app:// and the bridge', () => {
  const root = '/opt/tovholder/dist/renderer';
  it('serves files inside the renderer folder', () => {
    expect(resolveInside(root, '/index.html')).toBe(`${root}/index.html`);
    expect(resolveInside(root, '/assets/index-abc.js')).toBe(`${root}/assets/index-abc.js`);
    expect(resolveInside(root, '/')).toBe(`${root}/index.html`);
  });
  it.each(['/../../etc/passwd', '/assets/../../secret', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/assets/%00.js', '/..\\..\\windows', '/%E0%A4%A'])(
    'refuses %s',
    (p) => {
      expect(resolveInside(root, p)).toBeNull();
    },
  );
});
