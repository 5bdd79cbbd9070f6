import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Dispatch } from '../core/ipc/dispatch';
import { APP_ORIGIN } from './protocol';

export const INVOKE_CHANNEL = 'tovholder:invoke';
export const EVENT_CHANNEL = 'tovholder:event';

/** Only the main frame of our own app:// page may call in; iframes and foreign pages are refused. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame !== event.sender.mainFrame) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}

export function registerIpc(dispatch: Dispatch): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, payload: unknown) =>
    dispatch(channel, payload, { transport: 'electron', trustedSender: isTrustedSender(event) }),
  );
}

export function emit(wc: WebContents, event: string, payload: unknown): void {
  wc.send(EVENT_CHANNEL, event, payload);
}
