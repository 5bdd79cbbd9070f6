import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { protectedGuard } from '../../../../electron/core/children/caseRepo';
import { guardText } from '../../../../shared/domain/privacyGuard';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0120 guard-birth-dates', () => {
  it('upgrades a version-80 database; the guard sees a changed birth date', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 80) });
    old.exec("INSERT INTO children (id, name, birth_date, created_at) VALUES ('c1', 'Liva Testesen', '2021-09-20', 'x')");
    old.close();

    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 120) });
    expect(db.pragma('user_version', { simple: true })).toBe(120);
    const kinds = (text: string) => guardText(text, protectedGuard(db)).map((h) => h.kind);
    expect(kinds('Pige, f. 20.09.2021')).toEqual(['foedselsdato']);
    db.exec("UPDATE children SET birth_date = '2021-10-01' WHERE id = 'c1'");
    expect(kinds('Pige, f. 20.09.2021')).toEqual([]);
    expect(kinds('Pige, født 1. oktober 2021')).toEqual(['foedselsdato']);
    db.close();
  });
});
