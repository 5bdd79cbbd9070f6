import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from '../context';
import { backupTo, prepareRestore } from '../db/backup';
import { openDb, schemaVersion } from '../db/openDb';
import type { Db } from '../db/types';
import { audit } from '../audit/auditLog';
import { readSetting } from '../settings/settingsRepo';
import { randomBytes } from 'node:crypto';
import { commitNewKey, keyFileProtection, rewrapKey, stageNewKey, type KeyProtection, type SecretProtector } from '../db/keyStore';
import { rawKeyLiteral, writeMeta } from '../db/openDb';
import { pruneSafetyCopies, safetyCopyPath } from '../db/safetyCopies';
import { getKommune } from '../settings/kommune';
import { checkAuditChain, reanchor, registerAuditAnchor, type ChainState } from '../audit/auditAnchor';
import { AppError } from '../errors';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Save/open dialogs: Electron's in the app, a scripted stand-in on the test bridge. */
export interface Dialogs {
  saveFile(opts: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  openFile(opts: { title: string; filters: FileFilter[] }): Promise<string | null>;
}

export interface CoreOptions {
  dataDir: string;
  key: Buffer;
  dialogs: Dialogs;
  transport: 'electron' | 'bridge';
  appVersion: string;
  nativeBinding?: string | undefined;
  now?: () => Date;
  /** Renders an app route (the print view) to an A4 PDF with Chromium. Only the Electron app has one. */
  printToPdf?: (route: string) => Promise<Buffer>;
  /** Where the wrapped key lives and what protects it; absent when the key is passed in explicitly (tests). */
  keyStore?: { path: string; protector: SecretProtector | null; passphrase?: string | undefined };
}

export const DB_FILE_NAME = 'tovholder.db';

/**
 * The Electron-free application core: owns the encrypted database connection and the context every handler
 * uses. Main (Electron) and the loopback bridge (tests) each create one and serve the same handler table.
 */
export class Core implements Ctx {
  db: Db;
  readonly dbFile: string;
  readonly opts: CoreOptions;

  constructor(opts: CoreOptions) {
    this.opts = opts;
    mkdirSync(opts.dataDir, { recursive: true });
    this.dbFile = join(opts.dataDir, DB_FILE_NAME);
    this.db = this.open();
    registerAuditAnchor(this.db, this.auditAnchorFile, opts.key);
    // The audit chain is checked at every start, against its anchor outside the database (issue 13, item 5).
    this.auditAtStart = checkAuditChain(this.db);
    this.pruneSafetyCopies();
  }

  /** The audit chain's state when Tovholder started. */
  readonly auditAtStart: ChainState;

  get auditAnchorFile(): string {
    return `${this.dbFile}.revisionsanker.json`;
  }

  /** Safety copies older than the kommune's number of days are overwritten and removed (at start and after a restore). */
  pruneSafetyCopies(): number {
    return pruneSafetyCopies(this.opts.dataDir, this.now(), getKommune(this.db).safetyCopyDays);
  }

  private open(): Db {
    return openDb({ file: this.dbFile, key: this.opts.key, nativeBinding: this.opts.nativeBinding });
  }

  now(): Date {
    return this.opts.now ? this.opts.now() : new Date();
  }

  actor(): string {
    return readSetting<{ name?: string }>(this.db, 'profile')?.name?.trim() || 'Lokal bruger';
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** How the key is protected now: by the OS keychain, a passphrase, or both. */
  securityStatus(): { protection: KeyProtection | 'explicit'; keychainAvailable: boolean } {
    const ks = this.opts.keyStore;
    if (!ks) return { protection: 'explicit', keychainAvailable: false };
    return { protection: keyFileProtection(ks.path) ?? 'os', keychainAvailable: ks.protector?.isAvailable() ?? false };
  }

  /** Adds, changes or removes the passphrase that protects the key (the database itself is untouched). */
  setPassphrase(next: string | null): void {
    const ks = this.opts.keyStore;
    if (!ks) throw new AppError('CONFLICT', 'Nøglen styres udefra i denne installation.');
    if (!next && !ks.protector?.isAvailable()) throw new AppError('KEY_NEEDS_PASSPHRASE');
    rewrapKey(ks.path, this.opts.key, { protector: ks.protector, passphrase: next ?? undefined });
    ks.passphrase = next ?? undefined;
    this.db.transaction(() => audit(this, 'settings.change', 'settings', 'sikkerhed', next ? 'Satte adgangskode på datafilens nøgle' : 'Fjernede adgangskoden fra datafilens nøgle'))();
  }

  /**
   * Changes the database key: a new random key, staged next to the old one first so an interrupted rekey never
   * locks the user out, then every page is re-encrypted (out of WAL mode, as SQLCipher requires).
   */
  rekey(): void {
    const next = randomBytes(32);
    const ks = this.opts.keyStore;
    if (ks) stageNewKey(ks.path, next, { protector: ks.protector, passphrase: ks.passphrase });
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.pragma('journal_mode = DELETE');
    this.db.pragma(`rekey=${rawKeyLiteral(next)}`);
    this.db.pragma('journal_mode = WAL');
    writeMeta(this.dbFile, next);
    if (ks) commitNewKey(ks.path);
    this.opts.key = next;
    reanchor(this.db, next);
    this.db.transaction(() => audit(this, 'db.rekey', 'database', null))();
  }

  async backup(passphrase: string): Promise<{ path: string; bytes: number } | null> {
    const stamp = this.now().toISOString().slice(0, 10);
    const target = await this.opts.dialogs.saveFile({
      title: 'Gem sikkerhedskopi',
      defaultName: `tovholder-sikkerhedskopi-${stamp}.tovholder`,
      filters: [{ name: 'Tovholder-sikkerhedskopi', extensions: ['tovholder'] }],
    });
    if (!target) return null;
    const res = backupTo(this.db, this.opts.key, target, passphrase, this.opts.nativeBinding);
    this.db.transaction(() => audit(this, 'db.backup', 'database', null))();
    return res;
  }

  /**
   * Replaces the database with a backup. The backup is checked first; the current database is kept as an encrypted
   * safety copy next to it, so a restore can itself be undone.
   */
  async restore(passphrase: string): Promise<{ restored: boolean; safetyCopy: string | null }> {
    const source = await this.opts.dialogs.openFile({
      title: 'Vælg sikkerhedskopi',
      filters: [{ name: 'Tovholder-sikkerhedskopi', extensions: ['tovholder'] }],
    });
    if (!source) return { restored: false, safetyCopy: null };
    const prepared = prepareRestore(source, passphrase, this.opts.key, this.opts.dataDir, this.opts.nativeBinding);
    const safetyCopy = safetyCopyPath(this.opts.dataDir, this.now());
    try {
      this.db.prepare('VACUUM INTO ?').run(safetyCopy);
    } catch (err) {
      rmSync(prepared, { force: true });
      throw err;
    }
    this.db.close();
    for (const suffix of ['-wal', '-shm']) rmSync(this.dbFile + suffix, { force: true });
    renameSync(prepared, this.dbFile);
    this.db = this.open();
    // The restored database brings its own log: the anchor starts from its head.
    registerAuditAnchor(this.db, this.auditAnchorFile, this.opts.key, { reset: true });
    this.db.transaction(() => audit(this, 'db.restore', 'database', null))();
    this.pruneSafetyCopies();
    return { restored: true, safetyCopy: existsSync(safetyCopy) ? safetyCopy : null };
  }
}
