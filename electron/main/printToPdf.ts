import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './protocol';
import { hardenWebContents, SECURE_WEB_PREFERENCES } from './window';

/**
 * Renders one of the app's print views to an A4 PDF in a hidden, equally locked-down window. The print view marks
 * itself ready (data-print-ready on <body>) when its data has loaded.
 */
export function makePrintToPdf(preloadPath: string): (route: string) => Promise<Buffer> {
  return async (route) => {
    const win = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath } });
    hardenWebContents(win.webContents);
    try {
      await win.loadURL(`${APP_ORIGIN}/index.html${route}`);
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const ready = await win.webContents.executeJavaScript("document.body.dataset.printReady === '1'");
        if (ready) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      // The print stylesheet's @page rule sets A4 and the margins Danish municipal documents use.
      return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      win.destroy();
    }
  };
}
