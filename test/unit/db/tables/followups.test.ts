import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import * as followups from '../../../../electron/core/db/tables/followups';
import { testKey } from '../../../helpers/core';

describe('db/tables/followups', () => {
  const db = openDb({ file: ':memory:', key: testKey(), migrations: MIGRATIONS });
  afterAll(() => db.close());
  db.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
           VALUES ('m1', 't', 1, '{}', 'T', 'dialogmoede', 'Møde', '2026-01-01', '09:00', '10:00', 'x', 'x')`);
  db.exec("INSERT INTO people (id, name, initials, role, created_at) VALUES ('p1', 'Bente Ågård', 'BÅ', 'paedagog', 'x')");
  followups.insert(db, {
    id: 'f1',
    meeting_id: 'm1',
    item_id: null,
    child_id: null,
    owner_person_id: 'p1',
    owner_initials: 'BÅ',
    owner_external_name: null,
    text: 'Ring til forældrene',
    due_date: '2026-02-01',
    created_at: 'x',
  });

  it('changes only the columns given, and an external owner clears the person', () => {
    followups.update(db, 'f1', {});
    followups.update(db, 'f1', { text: 'Ring til mor' });
    expect(followups.byId(db, 'f1')).toMatchObject({ text: 'Ring til mor', owner_person_id: 'p1', owner_initials: 'BÅ', due_date: '2026-02-01' });
    followups.update(db, 'f1', { owner_person_id: null, owner_initials: 'KL', owner_external_name: 'Karen Lund', due_date: null });
    expect(followups.byId(db, 'f1')).toMatchObject({ text: 'Ring til mor', owner_person_id: null, owner_initials: 'KL', owner_external_name: 'Karen Lund', due_date: null, status: 'aaben' });
  });

  it('closes with when, by whom and the note', () => {
    followups.close(db, 'f1', '2026-02-02T10:00:00.000Z', 'Bente Ågård', 'Talt med mor');
    expect(followups.byId(db, 'f1')).toMatchObject({ status: 'lukket', closed_at: '2026-02-02T10:00:00.000Z', closed_by: 'Bente Ågård', closed_note: 'Talt med mor' });
  });
});
