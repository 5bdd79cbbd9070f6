import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { blankPng } from './png';
import { renderToPdf } from './render';

/**
 * Grey pixels of every page of a PDF (pdftoppm -gray writes plain PGM files), in page order. Each PDF gets a folder
 * of its own: with a shared folder, „referat-rettet-v2-*" also matched the pages of „referat-rettet-v2-auto-blank"
 * and any pages an earlier run left there.
 */
function pages(pdf: string, dir: string, dpi: number): Buffer[] {
  const own = join(dir, `${basename(pdf, '.pdf')}-sider`);
  rmSync(own, { recursive: true, force: true });
  mkdirSync(own, { recursive: true });
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), pdf, join(own, 'side')]);
  return readdirSync(own)
    .filter((f) => /^side-\d+\.pgm$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((f) => {
      const data = readFileSync(join(own, f));
      // P5\n<w> <h>\n255\n<pixels>
      let nl = 0;
      let i = 0;
      while (nl < 3) if (data[i++] === 0x0a) nl++;
      return data.subarray(i);
    });
}

/**
 * Pixels that differ by more than a faint anti-aliasing step between two renderings of the same pages. The two must
 * have the same pages: transparent images take the same room, so a different page count means the renderings are
 * not of one document, and the difference would measure the wrong thing.
 */
function inkBetween(a: Buffer[], b: Buffer[], what: string): number {
  if (a.length === 0 || a.length !== b.length) throw new Error(`${what}: ${a.length} and ${b.length} pages – not two renderings of one document`);
  let n = 0;
  for (let p = 0; p < a.length; p++) {
    const x = a[p]!;
    const y = b[p]!;
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (Math.abs(x[i]! - y[i]!) > 48) n++;
  }
  return n;
}

async function variant(src: string, out: string, change: (zip: JSZip) => Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(src));
  await change(zip);
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }));
  return out;
}

async function blankImages(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f))) {
    const png = await zip.file(name)!.async('nodebuffer');
    zip.file(name, blankPng(png.readUInt32BE(16), png.readUInt32BE(20)));
  }
}

/** Every line-height rule removed: LibreOffice then lays out single, automatic lines that never clip an image. */
async function autoLines(zip: JSZip): Promise<void> {
  for (const name of ['word/styles.xml', 'word/document.xml']) {
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace(/\sw:line="\d+"/g, '').replace(/\sw:lineRule="\w+"/g, ''));
  }
}

export interface InkReport {
  /** Signature pixels LibreOffice draws for the document as exported. */
  exported: number;
  /** Signature pixels in a rendering at automatic line height, where nothing can be clipped. */
  reference: number;
}

/**
 * How much of the drawn signatures LibreOffice shows, for each document: the rendering with the signature images
 * minus the rendering with the same images made transparent is the ink. The same difference at automatic line
 * height is the whole ink. All variants are rendered in one LibreOffice run.
 */
export async function signatureInk(docxs: string[], workDir: string, dpi = 100): Promise<InkReport[]> {
  // A fresh folder: a PDF LibreOffice failed to write must not be replaced by one an earlier run left behind.
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const sets: string[][] = [];
  for (const docx of docxs) {
    const stem = basename(docx, '.docx');
    sets.push([
      docx,
      await variant(docx, join(workDir, `${stem}-blank.docx`), blankImages),
      await variant(docx, join(workDir, `${stem}-auto.docx`), autoLines),
      await variant(docx, join(workDir, `${stem}-auto-blank.docx`), async (z) => {
        await autoLines(z);
        await blankImages(z);
      }),
    ]);
  }
  const pdfs = renderToPdf(sets.flat(), workDir);
  for (const pdf of pdfs) if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${basename(pdf)}`);
  return sets.map((set, i) => {
    const [signed, blank, auto, autoBlank] = pdfs.slice(i * 4, i * 4 + 4).map((p) => pages(p, workDir, dpi));
    const name = basename(set[0]!);
    return { exported: inkBetween(signed!, blank!, `${name} as exported`), reference: inkBetween(auto!, autoBlank!, `${name} at automatic line height`) };
  });
}
