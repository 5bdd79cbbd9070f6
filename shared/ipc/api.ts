import type { Channel, ChannelInput, EventName } from './contract';
import type { Result } from './result';

/** The only surface the renderer sees (window.api): exposed by the preload in the app, by a script on the bridge. */
export interface TovholderApi {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** Content-Security-Policy for the renderer, the same in index.html, on app:// responses and on the bridge. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
