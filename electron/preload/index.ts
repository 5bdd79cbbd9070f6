/** Thin forwarder: exposes window.api = { invoke, on } and nothing else (never ipcRenderer itself). */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { TovholderApi } from '../../shared/ipc/api';

const INVOKE_CHANNEL = 'tovholder:invoke';
const EVENT_CHANNEL = 'tovholder:event';

const api = {
  invoke: (channel, input) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input),
  on(event, listener) {
    const handler = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
} satisfies TovholderApi;

contextBridge.exposeInMainWorld('api', api);
