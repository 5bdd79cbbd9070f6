import type { Migration } from '../types';

/**
 * People by role, in Danish order (issue 16, item 6): a search word that is also the start of a role („my“ →
 * myndighedssagsbehandler, „sund“ → sundhedsplejerske) reads the role's holders here together with the word's index
 * terms, instead of walking the whole directory in name order to find them. Also serves `people.withRole`.
 */
export const migration0280: Migration = {
  version: 280,
  name: 'people-role',
  up(db) {
    db.exec('CREATE INDEX people_role ON people(role, sort_key, id);');
  },
};
