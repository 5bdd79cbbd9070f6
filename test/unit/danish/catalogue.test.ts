import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreText } from '../../../shared/text/coreMessages';
import { LINEALEN_LEVELS, TRIVSEL_LABELS, trivselLabels } from '../../../shared/text/wellbeing';

const ROOT = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

/** Source lines outside comments, where user-facing text lives. */
function codeLines(): { file: string; line: number; text: string }[] {
  return ['electron', 'shared', 'renderer'].flatMap(sources).flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .map((text, i) => ({ file: relative(ROOT, join(ROOT, file)), line: i + 1, text }))
      .filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l.text)),
  );
}

describe('one catalogue of Danish text', () => {
  it('quotes the Danish way, „…“, never „…"', () => {
    const bad = codeLines().filter((l) => /„[^“"\n]{0,120}"/.test(l.text));
    expect(bad.map((l) => `${l.file}:${l.line}`)).toEqual([]);
  });

  it('writes the wellbeing words and the Børnelinealen levels once', () => {
    const lines = codeLines().filter((l) => l.file !== join('shared', 'text', 'wellbeing.ts'));
    expect(lines.filter((l) => /Ekstra opmærksomhed|ekstra opmærksomhed/.test(l.text)).map((l) => `${l.file}:${l.line}`)).toEqual([]);
    expect(lines.filter((l) => /'4a',\s*'4b'/.test(l.text)).map((l) => `${l.file}:${l.line}`)).toEqual([]);
    expect(trivselLabels('farver')).toEqual({ trivsel: 'Grøn', ekstra: 'Gul', bekymring: 'Rød' });
    expect(trivselLabels(undefined)).toBe(TRIVSEL_LABELS.aalborg);
    expect(LINEALEN_LEVELS.kolding).toEqual(['2', '3', '4a', '4b']);
  });

  it('says a document was changed once, without shouting: the screen shows „Ændret“, the message what to do', () => {
    const msg = coreText.verify.altered('TH-20261123-ABCD', 2);
    expect(msg).toBe('Teksten svarer ikke til det, Tovholder eksporterede som TH-20261123-ABCD (version 2). Brug den version, der er gemt i Tovholder.');
    expect(msg).not.toMatch(/ændret/i);
    expect(codeLines().filter((l) => /ÆNDRET/.test(l.text))).toEqual([]);
  });
});
