import type { Migration } from '../types';

/**
 * The privacy guard also protects every known child's birth date (issue 13: „pige, f. 20.09.2021" in an anonymous
 * item identifies the child). A changed birth date must rebuild the guard's index, as a changed name does (0070).
 */
export const migration0120: Migration = {
  version: 120,
  name: 'guard-birth-dates',
  up(db) {
    db.exec(`
      DROP TRIGGER name_epoch_children_au;
      CREATE TRIGGER name_epoch_children_au AFTER UPDATE OF name, birth_date ON children BEGIN UPDATE name_epoch SET n = random(); END;
    `);
  },
};
