import type { Migration } from '../types';

/**
 * A meeting started on another day than planned is recorded on the day it was held (issue 11, item 7): `date`
 * becomes the real date – the referat, its documents and the signatures carry it – and `planned_date` keeps the
 * day it was planned for (also in the audit log: „Planlagt til … – afholdt …"). NULL: held as planned.
 */
export const migration0142: Migration = {
  version: 142,
  name: 'planned-date',
  up(db) {
    db.exec(`ALTER TABLE meetings ADD COLUMN planned_date TEXT;`);
  },
};
