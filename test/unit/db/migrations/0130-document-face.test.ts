import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0130 document-face', () => {
  it('upgrades a version-80 database; documents registered before keep their text fingerprint and have no face', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 80) });
    old.exec(`INSERT INTO documents (id, document_id, kind, meeting_id, child_id, referat_version, seal, text_sha256, file_sha256, file_name, created_at, created_by)
              VALUES ('d1', 'TH-1', 'referat', NULL, NULL, 1, NULL, 'abc', 'def', 'referat.docx', 'x', 'y')`);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 130) });
    expect(db.pragma('user_version', { simple: true })).toBe(130);
    expect(db.prepare('SELECT text_sha256, face FROM documents').get()).toEqual({ text_sha256: 'abc', face: null });
    db.prepare("UPDATE documents SET face = ? WHERE id = 'd1'").run(JSON.stringify({ status: 'udkast' }));
    expect(JSON.parse((db.prepare('SELECT face FROM documents').get() as { face: string }).face)).toEqual({ status: 'udkast' });
    db.close();
  });
});
