import type { Db } from './types';

/** Runs `fn` with a deletion grant in place (see migration 0030). Must be called inside a transaction. */
export function withDeletionGrant<T>(db: Db, reason: string, fn: () => T): T {
  if (!db.inTransaction) throw new Error('withDeletionGrant needs a transaction');
  db.prepare('INSERT INTO deletion_grants (reason) VALUES (?)').run(reason);
  try {
    return fn();
  } finally {
    db.prepare('DELETE FROM deletion_grants').run();
  }
}
