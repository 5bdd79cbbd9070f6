import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { aboutText } from '../../shared/text/about';
import { emit } from './ipc';
import { menuText } from '../../shared/text/menu';

/** The application menu, in Danish. Commands go to the renderer, which owns the screens. */
export function buildMenu(win: BrowserWindow, isMac: boolean): Menu {
  const command = (name: string) => () => emit(win.webContents, 'menu.command', { command: name });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: menuText.appName, submenu: [{ label: aboutText.title, click: command('om') }, { type: 'separator' as const }, { role: 'quit' as const, label: menuText.quitApp }] }] : []),
    {
      label: menuText.file,
      submenu: [
        { label: menuText.newMeeting, accelerator: 'CmdOrCtrl+N', click: command('nyt-moede') },
        { type: 'separator' },
        { label: menuText.backup, click: command('sikkerhedskopi') },
        { label: menuText.restore, click: command('gendan') },
        { type: 'separator' },
        { label: menuText.print, accelerator: 'CmdOrCtrl+P', click: command('udskriv') },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: menuText.quit }]),
      ],
    },
    {
      label: menuText.edit,
      submenu: [
        { role: 'undo', label: menuText.undo },
        { role: 'redo', label: menuText.redo },
        { type: 'separator' },
        { role: 'cut', label: menuText.cut },
        { role: 'copy', label: menuText.copy },
        { role: 'paste', label: menuText.paste },
        { role: 'selectAll', label: menuText.selectAll },
      ],
    },
    {
      label: menuText.view,
      submenu: [
        { label: menuText.meetings, accelerator: 'CmdOrCtrl+1', click: command('moeder') },
        { label: menuText.children, accelerator: 'CmdOrCtrl+2', click: command('boern') },
        { label: menuText.followups, accelerator: 'CmdOrCtrl+3', click: command('opfoelgninger') },
        { label: menuText.search, accelerator: 'CmdOrCtrl+F', click: command('soeg') },
        { type: 'separator' },
        { role: 'zoomIn', label: menuText.zoomIn },
        { role: 'zoomOut', label: menuText.zoomOut },
        { role: 'resetZoom', label: menuText.resetZoom },
        { role: 'togglefullscreen', label: menuText.fullScreen },
      ],
    },
    {
      label: menuText.help,
      // „Om Tovholder“ is the app's own screen (version, data folder, encryption, licences), not Electron's panel.
      submenu: [{ label: aboutText.title, click: command('om') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
