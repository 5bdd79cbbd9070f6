import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0140 consent-structure', () => {
  it('keeps free-text consents readable: exact roles and directory names become references, the rest stays text; recipients get the purpose’s kind', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 130) });
    old.exec(`
      INSERT INTO people (id, name, initials, role, created_at) VALUES ('p1', 'Karim Østergaard', 'KØ', 'distriktsraadgiver', 'x'),
        ('p2', 'Jens Hansen', 'JH', 'paedagog', 'x'), ('p3', 'Jens Hansen', 'JHa', 'paedagog', 'x'), ('mor', 'Mor Fiktiv', 'MF', 'foraelder', 'x');
      INSERT INTO children (id, name, birth_date, created_at) VALUES ('c1', 'Barn Fiktiv', '2024-01-01', 'x');
      INSERT INTO consents (id, child_id, guardian_person_id, purpose, info_types, recipients, given_date, obtained_by, participants_shown, topics, created_at)
        VALUES ('k1', 'c1', 'mor', 'tvaerfagligt_moede', '[]', '[{"name":"Ressourceteamet","authority":"Testkommune"}]', '2026-10-01', 'BSk',
                '["Dagtilbudsleder, PPR-psykolog","karim østergaard","Jens Hansen","Onkel Bo","ppr_psykolog"]', '[]', 'x'),
               ('k2', 'c1', 'mor', 'videregivelse', '[]', '[{"name":"Familieafdelingen","authority":"Testkommune"}]', '2026-10-01', 'BSk', '[]', '[]', 'x');
    `);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 140) });
    expect(db.pragma('user_version', { simple: true })).toBe(140);
    const rows = db.prepare('SELECT id, recipients, participants_shown, participant_refs FROM consents ORDER BY id').all() as Record<string, string>[];
    const k1 = rows[0]!;
    expect(JSON.parse(k1.participant_refs!)).toEqual([
      { kind: 'role', role: 'dagtilbudsleder' },
      { kind: 'role', role: 'ppr_psykolog' },
      { kind: 'person', personId: 'p1', name: 'Karim Østergaard' },
    ]);
    // Two people share the name „Jens Hansen": which one is not known, so the text is kept as written.
    expect(JSON.parse(k1.participants_shown!)).toEqual(['Jens Hansen', 'Onkel Bo']);
    expect(JSON.parse(k1.recipients!)).toEqual([{ kind: 'moedets_deltagere', name: 'Ressourceteamet', authority: 'Testkommune' }]);
    expect(JSON.parse(rows[1]!.recipients!)).toEqual([{ kind: 'anden_myndighed', name: 'Familieafdelingen', authority: 'Testkommune' }]);
    expect(JSON.parse(rows[1]!.participant_refs!)).toEqual([]);
    db.close();
  });
});
