import type Database from 'better-sqlite3-multiple-ciphers';
import { stmt } from '../stmt';
import type { Db } from '../types';

/**
 * A statement with the types of its parameters and of the row it returns, compiled once per connection. The one
 * place a row type is asserted: each table module (`db/tables/<table>.ts`) declares its statements with it, so the
 * domain modules get typed rows and never cast.
 */
export function typed<P extends unknown[] | Record<string, unknown>, R = never>(sql: string): (db: Db) => Database.Statement<P, R> {
  return (db) => stmt(db, sql) as unknown as Database.Statement<P, R>;
}
