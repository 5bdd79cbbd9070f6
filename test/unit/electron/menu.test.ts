import { describe, expect, it, vi } from 'vitest';

/** Issue 18, item 4: Hjælp → „Om Tovholder“ opens the app's own About screen (the renderer's route `om`). */
vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (template: unknown) => ({ template }) },
  ipcMain: { handle: vi.fn() },
}));

const { buildMenu } = await import('../../../electron/main/menu');

type Item = { label?: string; role?: string; click?: () => void; submenu?: Item[] };

function menuFor(isMac: boolean) {
  const sent: unknown[][] = [];
  const win = { webContents: { send: (...args: unknown[]) => sent.push(args) } };
  const menu = buildMenu(win as never, isMac) as unknown as { template: Item[] };
  return { template: menu.template, sent };
}

describe('the application menu', () => {
  it.each([false, true])('Hjælp → Om Tovholder sends the „om“ command to the renderer (macOS: %s)', (isMac) => {
    const { template, sent } = menuFor(isMac);
    const help = template.find((m) => m.label === 'Hjælp')!;
    const about = help.submenu!.find((i) => i.label === 'Om Tovholder')!;
    about.click!();
    expect(sent).toEqual([[expect.any(String), 'menu.command', { command: 'om' }]]);
  });

  it('macOS’s app menu opens the same screen instead of Electron’s own about panel', () => {
    const { template, sent } = menuFor(true);
    const appMenu = template[0]!;
    expect(appMenu.submenu!.some((i) => i.role === 'about')).toBe(false);
    appMenu.submenu!.find((i) => i.label === 'Om Tovholder')!.click!();
    expect(sent[0]?.[2]).toEqual({ command: 'om' });
  });
});
