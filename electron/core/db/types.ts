import type Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

export interface Migration {
  /** user_version after this migration has run. */
  version: number;
  name: string;
  up(db: Db): void;
}
