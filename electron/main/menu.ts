import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { aboutText } from '../../shared/text/about';
import { emit } from './ipc';

/** The application menu, in Danish. Commands go to the renderer, which owns the screens. */
export function buildMenu(win: BrowserWindow, isMac: boolean): Menu {
  const command = (name: string) => () => emit(win.webContents, 'menu.command', { command: name });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: 'Tovholder', submenu: [{ label: aboutText.title, click: command('om') }, { type: 'separator' as const }, { role: 'quit' as const, label: 'Afslut Tovholder' }] }] : []),
    {
      label: 'Filer',
      submenu: [
        { label: 'Nyt møde…', accelerator: 'CmdOrCtrl+N', click: command('nyt-moede') },
        { type: 'separator' },
        { label: 'Tag sikkerhedskopi…', click: command('sikkerhedskopi') },
        { label: 'Gendan fra sikkerhedskopi…', click: command('gendan') },
        { type: 'separator' },
        { label: 'Udskriv…', accelerator: 'CmdOrCtrl+P', click: command('udskriv') },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: 'Afslut' }]),
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        { role: 'undo', label: 'Fortryd' },
        { role: 'redo', label: 'Gentag' },
        { type: 'separator' },
        { role: 'cut', label: 'Klip' },
        { role: 'copy', label: 'Kopiér' },
        { role: 'paste', label: 'Sæt ind' },
        { role: 'selectAll', label: 'Markér alt' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { label: 'Møder', accelerator: 'CmdOrCtrl+1', click: command('moeder') },
        { label: 'Børn', accelerator: 'CmdOrCtrl+2', click: command('boern') },
        { label: 'Opfølgninger', accelerator: 'CmdOrCtrl+3', click: command('opfoelgninger') },
        { label: 'Søg', accelerator: 'CmdOrCtrl+F', click: command('soeg') },
        { type: 'separator' },
        { role: 'zoomIn', label: 'Zoom ind' },
        { role: 'zoomOut', label: 'Zoom ud' },
        { role: 'resetZoom', label: 'Normal størrelse' },
        { role: 'togglefullscreen', label: 'Fuld skærm' },
      ],
    },
    {
      label: 'Hjælp',
      // „Om Tovholder“ is the app's own screen (version, data folder, encryption, licences), not Electron's panel.
      submenu: [{ label: aboutText.title, click: command('om') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
