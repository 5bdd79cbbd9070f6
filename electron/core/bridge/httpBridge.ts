import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc/api';
import { ERROR_MESSAGES } from '../../../shared/text/errors';
import type { Dispatch } from '../ipc/dispatch';
import { readStatic } from './staticFiles';
import { dataFileText } from '../../../shared/text/dataFile';

/**
 * Loopback HTTP bridge for browser end-to-end tests: serves the built renderer and the same handler table the
 * app serves over Electron IPC. Only the transport differs, never the logic. Binds to 127.0.0.1 only, accepts
 * calls only from its own origin, and only JSON.
 */
export interface BridgeOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  /** Extra routes for tests (dialog answers), under /__test/. */
  testRoutes?: (req: IncomingMessage, body: unknown) => unknown;
}

const MAX_BODY = 4 * 1024 * 1024;

const API_SCRIPT = `(() => {
  const listeners = new Map();
  let source = null;
  function ensureEvents() {
    if (source) return;
    source = new EventSource('/__bridge/events');
    source.onmessage = (m) => {
      const { event, payload } = JSON.parse(m.data);
      for (const l of listeners.get(event) ?? []) l(payload);
    };
  }
  window.api = Object.freeze({
    async invoke(channel, input) {
      const res = await fetch('/api/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input === undefined ? {} : input),
      });
      return res.json();
    },
    on(event, listener) {
      ensureEvents();
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    },
  });
})();`;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

export interface RunningBridge {
  server: Server;
  url: string;
  emit(event: string, payload: unknown): void;
  close(): Promise<void>;
}

export async function startBridge(opts: BridgeOptions): Promise<RunningBridge> {
  const eventClients = new Set<ServerResponse>();
  let origin = '';

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      // A call is trusted only from the bridge's own page: same Origin, and JSON (which a cross-origin „simple"
      // POST from another page in the developer's browser cannot send without a preflight this server never allows).
      const trusted = req.headers.origin === origin && (req.headers['content-type'] ?? '').startsWith('application/json');
      if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
        let raw: unknown;
        try {
          const text = await readBody(req);
          raw = text ? JSON.parse(text) : {};
        } catch {
          json(res, 200, { ok: false, error: { code: 'INVALID_INPUT', message: dataFileText.bridge.badJson } });
          return;
        }
        const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
        json(res, 200, await opts.dispatch(channel, raw, { transport: 'bridge', trustedSender: trusted }));
        return;
      }
      if (url.pathname.startsWith('/__test/') && opts.testRoutes) {
        // The test routes pick where the next backup goes and what the next restore reads: the same checks as /api/*.
        if (req.method !== 'POST' || !trusted) {
          json(res, 403, { ok: false, error: { code: 'FORBIDDEN_SENDER', message: ERROR_MESSAGES.FORBIDDEN_SENDER } });
          return;
        }
        let body: unknown;
        try {
          const text = await readBody(req);
          body = text ? JSON.parse(text) : {};
        } catch {
          json(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: dataFileText.bridge.badJson } });
          return;
        }
        json(res, 200, opts.testRoutes(req, body) ?? { ok: true });
        return;
      }
      if (req.method !== 'GET') {
        send(res, 405, 'text/plain; charset=utf-8', dataFileText.bridge.methodNotAllowed);
        return;
      }
      if (url.pathname === '/__bridge/api.js') {
        send(res, 200, 'text/javascript; charset=utf-8', API_SCRIPT);
        return;
      }
      if (url.pathname === '/__bridge/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': ok\n\n');
        eventClients.add(res);
        req.on('close', () => eventClients.delete(res));
        return;
      }
      const file = await readStatic(opts.rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
      if (!file) {
        send(res, 404, 'text/plain; charset=utf-8', 'Ikke fundet');
        return;
      }
      if (file.type.startsWith('text/html')) {
        const html = file.body.toString('utf8').replace('<script type="module"', '<script src="/__bridge/api.js"></script>\n    <script type="module"');
        send(res, 200, file.type, html);
        return;
      }
      send(res, 200, file.type, file.body);
    } catch {
      json(res, 500, { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } });
    }
  });

  await new Promise<void>((resolveListen) => server.listen(opts.port ?? 0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    server,
    url: origin,
    emit(event, payload) {
      const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
      for (const c of eventClients) c.write(data);
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const c of eventClients) c.end();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
