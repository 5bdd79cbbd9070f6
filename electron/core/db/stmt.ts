import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './types';

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection. Hot paths (autosave, opening a meeting) use this. */
export function stmt(db: Db, sql: string): Database.Statement {
  let map = cache.get(db);
  if (!map) {
    map = new Map();
    cache.set(db, map);
  }
  let s = map.get(sql);
  if (!s) {
    s = db.prepare(sql);
    map.set(sql, s);
  }
  return s;
}
