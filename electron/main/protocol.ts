import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/api';
import { readStatic } from '../core/bridge/staticFiles';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://tovholder';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer from app://tovholder/ with a traversal guard and the CSP header. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'tovholder') return new Response('Ikke fundet', { status: 404 });
    const file = await readStatic(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) return new Response('Ikke fundet', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.type, 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
    });
  });
}
