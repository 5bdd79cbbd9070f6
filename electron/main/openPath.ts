import { shell } from 'electron';

/**
 * Opens a file Tovholder saved with the computer's default program – Outlook for a calendar invitation (.ics) or an
 * e-mail draft (.eml). shell.openPath answers with an error text instead of throwing; the core treats a throw as „not
 * opened" and tells the user to open the saved file.
 */
export async function openWithDefaultProgram(path: string): Promise<void> {
  const error = await shell.openPath(path);
  if (error) throw new Error(error);
}
