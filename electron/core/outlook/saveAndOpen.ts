import type { Core } from '../app/core';
import { writeFileAtomic } from '../files';

/**
 * Asks where to save (the user chooses), writes atomically and opens the file with the computer's default program –
 * Outlook for .ics and .eml. The core never imports Electron: main passes `openPath` (shell.openPath); the test bridge
 * has none, so nothing is opened there. Returns null when the user cancels the dialog.
 */
export async function saveAndOpen(
  core: Core,
  data: Buffer,
  opts: { title: string; defaultName: string; filter: { name: string; extensions: string[] } },
): Promise<{ path: string; bytes: number; opened: boolean } | null> {
  const path = await core.opts.dialogs.saveFile({ title: opts.title, defaultName: opts.defaultName, filters: [opts.filter] });
  if (!path) return null;
  writeFileAtomic(path, data);
  let opened = false;
  if (core.opts.openPath) {
    try {
      await core.opts.openPath(path);
      opened = true;
    } catch {
      // The file is saved; the screen tells the user to open it.
      opened = false;
    }
  }
  return { path, bytes: data.length, opened };
}
