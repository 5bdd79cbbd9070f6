import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, FREJA_DISTINCT_WORDS } from '../helpers/fixtures';

/**
 * Runs after every other suite (scripts/test.mjs starts it last): no database, WAL, backup, key or temporary file
 * left in the test data directories may hold a fixture child's or parent's name in plaintext, nor a word of the
 * content the retention tests deleted (issue 13) – in any case. Safety copies a restore left behind are scanned like
 * the databases. Documents a user exported on purpose (.docx, .pdf, .zip, .eml, .ics, .cer, .html) are not data files and are not scanned.
 */
const ROOT = resolve(__dirname, '..', '..');
const DIRS = [join(ROOT, 'test-results', 'e2e-data'), join(tmpdir(), 'tovholder-tests')];
// .eml/.ics: drafts and invitations the user saves for Outlook (issue 19); .cer: a public certificate the user
// exports (issue 20); .html: the readable revisionslog the user exports (issue 21).
const EXPORTS = new Set(['.docx', '.pdf', '.zip', '.png', '.eml', '.ics', '.cer', '.html']);

const NAMES = [
  ...Object.values(FIXTURE.children).map((c) => c.name),
  ...Object.values(FIXTURE.parents).flatMap((ps) => ps.map((p) => p.name)),
  'Nørregaard',
  'Vestergaard',
  'Bjerregaard',
];

/**
 * Searched case-insensitively: the names, each part of them, and the words of the content the retention tests
 * deleted that occur nowhere else – six letters or more, so random bytes of an encrypted file do not hold one by
 * chance. (Every word of the deleted content is checked with the key in test/integration/trust/deletion.test.ts.)
 */
const WORDS = [...new Set([...NAMES.flatMap((n) => [n, ...n.split(/\s+/)]), ...FREJA_DISTINCT_WORDS].map((w) => w.toLowerCase()).filter((w) => w.length >= 6))];

function walk(dir: string, out: string[] = []): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile() && !EXPORTS.has(extname(p).toLowerCase())) out.push(p);
  }
  return out;
}

describe('after the test run: nothing readable on disk', () => {
  it('no database, backup or temporary file under the test data directories contains a fixture name in plaintext', { timeout: 300_000 }, () => {
    const files = DIRS.flatMap((d) => walk(d));
    const databases = files.filter((f) => /\.db(-wal|-shm)?$/.test(f));
    expect(databases.length, 'the scan must have real databases to look at').toBeGreaterThan(10);
    const safetyCopies = files.filter((f) => /tovholder-foer-gendannelse-[^/\\]*\.db$/.test(f));
    const found: string[] = [];
    const anyWord = new RegExp(WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
    for (const f of files) {
      const bytes = readFileSync(f);
      for (const text of [bytes.toString('utf8'), bytes.toString('utf16le')]) {
        for (const m of text.matchAll(anyWord)) found.push(`${f}: ${m[0]}`);
      }
    }
    console.log(`Scanned ${files.length} files (${databases.length} database files, ${safetyCopies.length} safety copies) for ${WORDS.length} words, case-insensitively.`);
    expect(found).toEqual([]);
  });
});
