import type { Migration } from '../types';

/**
 * Person search as a merge of sorted runs (issue 16 item 6, issue 17; `people/personRuns.ts`): the people with one
 * index term in Danish order (`person_terms_sorted`), and the holders of one role in Danish order (`people_role`).
 * A prefix that starts thousands of names („n“, „ma“) or a role („my“ → myndighedssagsbehandler) then gives its
 * first page after a few dozen rows, instead of sorting every match or walking the directory to find them.
 */
export const migration0280: Migration = {
  version: 280,
  name: 'person-search-runs',
  up(db) {
    db.exec(`
      CREATE INDEX people_role ON people(role, sort_key, id);
      CREATE INDEX person_terms_sorted ON person_terms(term, sort_key, person_id, role);
    `);
  },
};
