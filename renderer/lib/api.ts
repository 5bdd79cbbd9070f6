import type { TovholderApi } from '../../shared/ipc/api';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { screenText } from '../../shared/text/screens';

declare global {
  interface Window {
    api?: TovholderApi;
  }
}

/** A failed call, with the core's code and Danish message. */
export class AppError extends Error {
  readonly code: string;
  readonly field: string | undefined;
  constructor(code: string, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }
}

function transport(): TovholderApi {
  if (!window.api) throw new AppError('NO_TRANSPORT', screenText.transport.none);
  return window.api;
}

/** Typed call: unwraps `{ ok, value }` and throws AppError on `{ ok: false }`. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  let res;
  try {
    res = await transport().invoke(channel, input);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('TRANSPORT', screenText.transport.broken);
  }
  if (!res.ok) throw new AppError(res.error.code, res.error.message, res.error.field);
  return res.value as ChannelOutput<C>;
}

export function onEvent(event: 'menu.command', listener: (payload: unknown) => void): () => void {
  return window.api ? window.api.on(event, listener) : () => {};
}
