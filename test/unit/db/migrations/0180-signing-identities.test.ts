import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0180 signing-identities', () => {
  it('upgrades a version-130 database; one identity in use per person, a retired one is kept', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 130) });
    old.exec(`INSERT INTO people (id, name, initials, role, created_at) VALUES ('p1', 'Birgitte Skovmose', 'BSk', 'dagtilbudsleder', 'x')`);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 180) });
    expect(db.pragma('user_version', { simple: true })).toBe(180);
    const add = (id: string, retired: string | null) =>
      db
        .prepare(`INSERT INTO signing_identities (id, person_id, source, private_key_pem, certificate_pem, subject, issuer, fingerprint, not_before, not_after, created_at, retired_at)
                  VALUES (?, 'p1', 'lokal', 'k', 'c', 's', 'i', 'f', 'a', 'b', 'x', ?)`)
        .run(id, retired);
    add('i1', null);
    expect(() => add('i2', null)).toThrow(/UNIQUE/);
    db.prepare("UPDATE signing_identities SET retired_at = 'y' WHERE id = 'i1'").run();
    add('i2', null);
    expect(db.prepare('SELECT count(*) AS n FROM signing_identities').get()).toEqual({ n: 2 });
    expect(() => db.prepare(`INSERT INTO signing_identities (id, person_id, source, private_key_pem, certificate_pem, subject, issuer, fingerprint, not_before, not_after, created_at) VALUES ('i3', 'p1', 'andet', 'k', 'c', 's', 'i', 'f', 'a', 'b', 'x')`).run()).toThrow(/CHECK/);
    db.close();
  });
});
