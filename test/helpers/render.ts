import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

/** Renders .docx files to PDF with LibreOffice in one run (one start-up for all). Returns the PDF paths. */
export function renderToPdf(docxPaths: string[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const profile = join(tmpdir(), `tovholder-lo-${process.pid}`);
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  return docxPaths.map((p) => join(outDir, basename(p).replace(/\.docx$/, '.pdf')));
}

/** The text of a PDF; `layout: false` gives each table cell's lines in reading order, not side by side. */
export function pdfText(pdf: string, opts: { layout?: boolean } = {}): string {
  return execFileSync('pdftotext', [...(opts.layout === false ? [] : ['-layout']), pdf, '-'], { encoding: 'utf8' });
}

export function pdfPages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Page 1 as a PNG next to the document, so a person can look at it. */
export function pdfFirstPagePng(pdf: string, pngPath: string): string {
  const prefix = pngPath.replace(/\.png$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  if (!existsSync(pngPath) && existsSync(`${prefix}.png`)) renameSync(`${prefix}.png`, pngPath);
  mkdirSync(dirname(pngPath), { recursive: true });
  return pngPath;
}
