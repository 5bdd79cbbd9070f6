import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../electron/core/db/openDb';
import { MIGRATIONS, LATEST_VERSION } from '../../../electron/core/db/migrations';
import { AppError } from '../../../electron/core/errors';
import type { Db } from '../../../electron/core/db/types';
import { tempDir, testKey } from '../../helpers/core';

function filesOf(file: string): Buffer[] {
  return [file, `${file}-wal`, `${file}-shm`].filter((f) => existsSync(f)).map((f) => readFileSync(f));
}

function openError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('openDb', () => {
  it('creates an encrypted database: no plaintext of a stored child name in the file or its WAL', () => {
    const file = join(tempDir(), 'tovholder.db');
    const db = openDb({ file, key: testKey() });
    db.prepare("INSERT INTO children (id, name, birth_date, created_at) VALUES ('c1', 'Ærtebæk Uffesdatter', '2021-01-01', 'x')").run();
    for (const content of filesOf(file)) expect(content.includes(Buffer.from('Uffesdatter'))).toBe(false);
    db.close();
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from('Uffesdatter'))).toBe(false);
    expect(bytes.subarray(0, 15).toString()).not.toBe('SQLite format 3');
  });

  it('sets WAL, foreign keys, busy timeout and migrates to the latest version', () => {
    const db = openDb({ file: join(tempDir(), 't.db'), key: testKey() });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('reopens with the right key and keeps the data', () => {
    const file = join(tempDir(), 't.db');
    const key = testKey();
    const db = openDb({ file, key });
    db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
    db.close();
    const again = openDb({ file, key });
    expect(again.prepare("SELECT value FROM settings WHERE key = 'x'").get()).toEqual({ value: '1' });
    again.close();
  });

  it('a wrong key gives a clear Danish error and leaves the file byte-for-byte unchanged', () => {
    const file = join(tempDir(), 't.db');
    const db = openDb({ file, key: testKey() });
    db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
    db.close();
    const before = readFileSync(file);
    const err = openError(() => openDb({ file, key: testKey() }));
    expect(err.code).toBe('DB_WRONG_KEY');
    expect(err.message).toMatch(/nøglen passer ikke/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a damaged file gives a clear Danish error and is not overwritten', () => {
    const file = join(tempDir(), 't.db');
    const key = testKey();
    openDb({ file, key }).close();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 0, 64); // destroy the header page's salt and start
    writeFileSync(file, bytes);
    const err = openError(() => openDb({ file, key }));
    expect(err.code).toBe('DB_DAMAGED');
    expect(err.message).toMatch(/beskadiget/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('a file that is not a database is refused and left alone', () => {
    const file = join(tempDir(), 'notes.db');
    const content = Buffer.from('Dette er et referat i almindelig tekst, ikke en database.\n'.repeat(200));
    writeFileSync(file, content);
    const err = openError(() => openDb({ file, key: testKey() }));
    expect(['DB_UNREADABLE', 'DB_DAMAGED']).toContain(err.code);
    expect(readFileSync(file).equals(content)).toBe(true);
  });

  it('refuses a database newer than the app and does not touch it', () => {
    const file = join(tempDir(), 't.db');
    const key = testKey();
    const db = openDb({ file, key });
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    const before = readFileSync(file);
    const err = openError(() => openDb({ file, key }));
    expect(err.code).toBe('DB_TOO_NEW');
    expect(err.message).toMatch(/nyere version/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('runs pending migrations in one transaction: a failing migration leaves the old version', () => {
    const file = join(tempDir(), 't.db');
    const key = testKey();
    openDb({ file, key, migrations: MIGRATIONS }).close();
    const broken = [...MIGRATIONS, { version: LATEST_VERSION + 1, name: 'broken', up: (d: Db) => { d.exec('CREATE TABLE half_done (x INTEGER)'); d.exec('THIS IS NOT SQL'); } }];
    expect(() => openDb({ file, key, migrations: broken })).toThrow();
    const db = openDb({ file, key });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });
});
