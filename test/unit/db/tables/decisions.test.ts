import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import * as decisions from '../../../../electron/core/db/tables/decisions';
import { testKey } from '../../../helpers/core';

describe('db/tables/decisions', () => {
  const db = openDb({ file: ':memory:', key: testKey(), migrations: MIGRATIONS });
  afterAll(() => db.close());
  db.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
           VALUES ('m1', 't', 1, '{}', 'T', 'dialogmoede', 'Møde', '2026-01-01', '09:00', '10:00', 'x', 'x')`);
  for (const id of ['i1', 'i2']) db.exec(`INSERT INTO agenda_items (id, meeting_id, position, kind, title, updated_at) VALUES ('${id}', 'm1', 0, 'punkt', 'Punkt', 'x')`);
  const add = (id: string, itemId: string, text: string) => decisions.append(db, { id, item_id: itemId, text, created_at: 'x' });

  it('appends each decision after the last one of its own item, also after one was removed', () => {
    add('d1', 'i1', 'Første');
    add('d2', 'i1', 'Anden');
    add('e1', 'i2', 'Andet punkt');
    add('d3', 'i1', 'Tredje');
    decisions.remove(db, 'd2');
    add('d4', 'i1', 'Fjerde');
    const positions = db.prepare("SELECT id, position FROM decisions WHERE item_id = 'i1' ORDER BY position").all();
    expect(positions).toEqual([{ id: 'd1', position: 0 }, { id: 'd3', position: 2 }, { id: 'd4', position: 3 }]);
    expect(decisions.forItem(db, 'i1').map((d) => d.text)).toEqual(['Første', 'Tredje', 'Fjerde']);
    expect(decisions.forItem(db, 'i2')).toEqual([{ id: 'e1', text: 'Andet punkt' }]);
    expect(decisions.count(db, 'i1')).toBe(3);
    expect(decisions.itemOf(db, 'e1')).toBe('i2');
    expect(decisions.itemOf(db, 'd2')).toBeUndefined();
  });
});
