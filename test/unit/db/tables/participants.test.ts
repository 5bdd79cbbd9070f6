import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import * as participants from '../../../../electron/core/db/tables/participants';
import { testKey } from '../../../helpers/core';

describe('db/tables/participants', () => {
  const db = openDb({ file: ':memory:', key: testKey(), migrations: MIGRATIONS });
  afterAll(() => db.close());
  db.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
           VALUES ('m1', 't', 1, '{}', 'T', 'dialogmoede', 'Møde', '2026-01-01', '09:00', '10:00', 'x', 'x')`);
  db.exec("INSERT INTO agenda_items (id, meeting_id, position, kind, title, updated_at) VALUES ('i1', 'm1', 0, 'punkt', 'Punkt', 'x')");
  const people = ['afbud', 'checked', 'never', 'guest'];
  for (const p of people) db.exec(`INSERT INTO people (id, name, initials, role, created_at) VALUES ('${p}', 'Person ${p}', '${p.slice(0, 2)}', 'paedagog', 'x')`);
  for (const p of people) {
    participants.insert(db, {
      id: `pa-${p}`,
      meeting_id: 'm1',
      person_id: p,
      role: 'paedagog',
      consultative: 0,
      guest_item_id: p === 'guest' ? 'i1' : null,
      phases: '[]',
      position: participants.nextPosition(db, 'm1'),
      attendance: p === 'afbud' ? 'afbud' : p === 'checked' ? 'til_stede' : 'forventet',
    });
  }

  it('numbers participants in the order they were added', () => {
    expect(participants.withPerson(db, 'm1').map((r) => r.person_id)).toEqual(people);
    expect(participants.nextPosition(db, 'm1')).toBe(4);
    expect(participants.nextPosition(db, 'another')).toBe(0);
  });

  it('at the end records those never checked in as absent, a guest as present, and keeps afbud and checked in', () => {
    participants.settleAttendanceAtEnd(db, 'm1');
    expect(Object.fromEntries(participants.withPerson(db, 'm1').map((r) => [r.person_id, r.attendance]))).toEqual({
      afbud: 'afbud',
      checked: 'til_stede',
      never: 'fravaerende',
      guest: 'til_stede',
    });
  });
});
