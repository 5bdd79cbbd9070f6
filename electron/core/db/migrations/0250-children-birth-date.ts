import type { Migration } from '../types';

/**
 * The start page's deadlines (`deadlines.upcoming`) read only the children young enough to have one ahead – born
 * in the last school-start age plus a year – instead of every child the kommune ever had (issue 17: at 30,000
 * meetings, 60,000 children of whom a tenth are of age). An index on the birth date of the children still in care.
 */
export const migration0250: Migration = {
  version: 250,
  name: 'children-birth-date',
  up(db) {
    db.exec('CREATE INDEX children_birth_date ON children(birth_date) WHERE left_at IS NULL;');
  },
};
