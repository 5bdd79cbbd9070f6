import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../core/app/core';

/** Native save/open dialogs. Main only chooses the path; the core builds and writes the file. */
export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async saveFile({ title, defaultName, filters }) {
      const win = getWindow();
      const opts = { title, defaultPath: defaultName, filters };
      const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return res.canceled || !res.filePath ? null : res.filePath;
    },
    async openFile({ title, filters }) {
      const win = getWindow();
      const opts = { title, filters, properties: ['openFile' as const] };
      const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return res.canceled ? null : (res.filePaths[0] ?? null);
    },
  };
}
