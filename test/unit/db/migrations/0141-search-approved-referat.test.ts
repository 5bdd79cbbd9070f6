import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0141 search-approved-referat', () => {
  it('indexes the approved referat instead of the live notes, and the overgangsskema without its CPR number', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 140) });
    const body = {
      items: [{ number: 1, title: 'Barn', childId: 'c1', childLabel: 'Barn Fiktiv', anonymous: false, text: 'Godkendt tekst om vandleg.', sections: [], decisions: ['Beslutning om sandkasse.'], outcome: null, followups: [] }],
      transition: { childName: 'Barn Fiktiv', birthDate: '2020-01-01', cpr: '010120-1234', form: { strengths: 'Nysgerrig og modig.' }, childLooksForward: '', childWorries: '' },
    };
    old.exec(`
      INSERT INTO children (id, name, birth_date, created_at) VALUES ('c1', 'Barn Fiktiv', '2020-01-01', 'x');
      INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, child_id, created_at, updated_at)
        VALUES ('m1', 't', 1, '{}', 'T', 'overgang', 'Overgangsmøde', '2026-11-05', '13:00', '15:00', 'c1', 'x', 'x'),
               ('m2', 't', 1, '{}', 'T', 'overgang', 'Overgangsmøde', '2026-12-05', '13:00', '15:00', 'c1', 'x', 'x');
      INSERT INTO agenda_items (id, meeting_id, position, kind, title, notes, child_id, updated_at) VALUES ('i1', 'm1', 0, 'barn', 'Barn', 'Levende noter om vandleg.', 'c1', 'x');
      INSERT INTO meeting_forms (meeting_id, kind, data, updated_at) VALUES ('m2', 'overgangsskema', '{"strengths":"Hjælpsom ved frokost.","sharing":[{"what":"Skemaet","toWhom":"Skolen","basis":"samtykke"}]}', 'x');
      INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, approved_at, approved_by, created_at)
        VALUES ('v1', 'm1', 1, 'godkendt', '${JSON.stringify(body)}', 'TH-1', 'x', 'y', 'x');
    `);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 141) });
    expect(db.pragma('user_version', { simple: true })).toBe(141);
    const rows = (q: string) => db.prepare("SELECT kind, entity_id, meeting_id, child_id FROM search_index WHERE search_index MATCH ? ORDER BY entity_id").all(q);
    expect(rows('levende')).toEqual([]);
    expect(rows('godkendt sandkasse')).toEqual([{ kind: 'referat', entity_id: 'referat:m1:1', meeting_id: 'm1', child_id: 'c1' }]);
    expect(rows('nysgerrig')).toEqual([{ kind: 'overgangsskema', entity_id: 'referat:m1:overgangsskema', meeting_id: 'm1', child_id: 'c1' }]);
    expect(rows('"010120"*')).toEqual([]);
    expect(rows('hjælpsom frokost')).toEqual([{ kind: 'overgangsskema', entity_id: 'form:m2:overgangsskema', meeting_id: 'm2', child_id: 'c1' }]);
    expect(rows('samtykke')).toEqual([]);
    // A version written as approved straight away counts too.
    const approved = { items: [{ ...body.items[0], text: 'Frokostaftale godkendt.', childId: 'c1' }] };
    db.prepare("INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, created_at) VALUES ('v2', 'm2', 1, 'godkendt', ?, 'TH-2', 'x')").run(JSON.stringify(approved));
    expect(rows('hjælpsom')).toEqual([]);
    expect(rows('frokostaftale')).toEqual([{ kind: 'referat', entity_id: 'referat:m2:1', meeting_id: 'm2', child_id: 'c1' }]);
    db.close();
  });
});
