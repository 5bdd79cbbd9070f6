import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../helpers/fixtures';

/**
 * Runs after every other suite (scripts/test.mjs starts it last): no database, WAL, backup, key or temporary file
 * left in the test data directories may hold a fixture child's or parent's name in plaintext. Documents a user
 * exported on purpose (.docx, .pdf, .zip) are not data files and are not scanned.
 */
const ROOT = resolve(__dirname, '..', '..');
const DIRS = [join(ROOT, 'test-results', 'e2e-data'), join(tmpdir(), 'tovholder-tests')];
const EXPORTS = new Set(['.docx', '.pdf', '.zip', '.png']);

const NAMES = [
  ...Object.values(FIXTURE.children).map((c) => c.name),
  ...Object.values(FIXTURE.parents).flatMap((ps) => ps.map((p) => p.name)),
  'Nørregaard',
  'Vestergaard',
  'Bjerregaard',
];

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
  it('no database, backup or temporary file under the test data directories contains a fixture name in plaintext', () => {
    const files = DIRS.flatMap((d) => walk(d));
    const databases = files.filter((f) => /\.db(-wal|-shm)?$/.test(f));
    expect(databases.length, 'the scan must have real databases to look at').toBeGreaterThan(10);
    const found: string[] = [];
    for (const f of files) {
      const bytes = readFileSync(f);
      for (const name of NAMES) {
        if (bytes.includes(Buffer.from(name, 'utf8')) || bytes.includes(Buffer.from(name, 'utf16le'))) found.push(`${f}: ${name}`);
      }
    }
    console.log(`Scanned ${files.length} files (${databases.length} database files) for ${NAMES.length} names.`);
    expect(found).toEqual([]);
  });
});
