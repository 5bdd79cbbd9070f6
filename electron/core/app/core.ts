import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { todayIso, type Ctx } from '../context';
import { coreText } from '../../../shared/text/coreMessages';
import { audit } from '../audit/auditLog';
import { backupTo } from '../db/backup';
import { acquireFolderLock, type FolderLock } from '../db/folderLock';
import { finishKeyChange } from '../db/keyResolution';
import { commitNewKey, discardNewKey, keyFileProtection, rewrapKey, stageNewKey, type KeyProtection, type SecretProtector } from '../db/keyStore';
import { cleanLeftovers } from '../db/leftovers';
import { openDb, schemaVersion } from '../db/openDb';
import { removeDbFile, swapInDatabase, writeRekeyedCopy } from '../db/restore';
import type { Db } from '../db/types';
import { pruneSafetyCopies, safetyCopiesForScreen } from '../db/safetyCopies';
import { getKommune } from '../settings/kommune';
import { checkAuditChain, reanchor, registerAuditAnchor, stageAnchorForKeyChange, type ChainState } from '../audit/auditAnchor';
import { AppError } from '../errors';
import { readSetting } from '../settings/settingsRepo';
import { applyItPolicy, type PolicyStatus } from '../settings/itPolicy';
import { replaceDatabase, RestoreCandidates, safetyCopyFullPath, type InspectedCandidate } from './restoreFlow';
import { dataFileText } from '../../../shared/text/dataFile';
import type { Progress, ProgressOperation } from '../../../shared/ipc/events';
import type { StepReporter } from '../db/backup';

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
  /** Opens a saved file with the computer's default program (Electron's shell.openPath). Absent in tests and the bridge. */
  openPath?: (path: string) => Promise<void>;
  /** Where the wrapped key lives and what protects it; absent when the key is passed in explicitly (tests). */
  keyStore?: { path: string; protector: SecretProtector | null; passphrase?: string | undefined };
  /** The data folder's lock, when the caller (the lock screen) already holds it; else the core takes it. */
  folderLock?: FolderLock;
  /** Where `npm run build` put build-info.json and notices/ (for „Om Tovholder“); absent in unit tests. */
  buildDir?: string | undefined;
  /** Where an IT policy file may lie, in order (`policyLocations`); the first that exists is applied at start. */
  policyFiles?: readonly string[] | undefined;
  /** Hears the steps of backup, restore and key change (the `progress` event, issue 17); absent: nobody listens. */
  onProgress?: ((p: Progress) => void) | undefined;
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
  private readonly lock: FolderLock;
  private readonly ownsLock: boolean;
  private readonly candidates = new RestoreCandidates();

  constructor(opts: CoreOptions) {
    this.opts = opts;
    mkdirSync(opts.dataDir, { recursive: true });
    this.dbFile = join(opts.dataDir, DB_FILE_NAME);
    // One process per data folder; then whatever an interrupted operation left behind is rolled back.
    this.ownsLock = !opts.folderLock;
    this.lock = opts.folderLock ?? acquireFolderLock(opts.dataDir, opts.nativeBinding);
    try {
      cleanLeftovers(opts.dataDir);
      this.db = this.open();
    } catch (err) {
      if (this.ownsLock) this.lock.release();
      throw err;
    }
    // The audit chain is checked at every start, against its anchor outside the database (issue 13, item 5).
    this.auditAtStart = checkAuditChain(this.db);
    this.pruneSafetyCopies();
    // The IT policy presets what the user has not saved (issue 18, item 5); a refused file changes nothing.
    this.policyStatus = applyItPolicy(this, opts.policyFiles ?? []);
  }

  /** The IT policy file's state at start, for „Om Tovholder“. */
  readonly policyStatus: PolicyStatus;

  /** The audit chain's state when Tovholder started. */
  readonly auditAtStart: ChainState;

  get auditAnchorFile(): string {
    return `${this.dbFile}.revisionsanker.json`;
  }

  /** Safety copies older than the kommune's number of days are overwritten and removed (at start and after a restore). */
  pruneSafetyCopies(): number {
    return pruneSafetyCopies(this.opts.dataDir, this.now(), getKommune(this.db).safetyCopyDays);
  }

  /**
   * Opens the database with the current key and connects it to the audit anchor under that key. Every connection
   * (start, after a key change, after a restore) is registered, so the anchor always follows the log with the key
   * the file has – an unregistered connection after a key change left the anchor under the old key, and the next
   * start reported the untouched log as forged.
   */
  private open(): Db {
    const db = openDb({ file: this.dbFile, key: this.opts.key, nativeBinding: this.opts.nativeBinding });
    registerAuditAnchor(db, this.auditAnchorFile, this.opts.key);
    return db;
  }

  now(): Date {
    return this.opts.now ? this.opts.now() : new Date();
  }

  actor(): string {
    return readSetting<{ name?: string }>(this.db, 'profile')?.name?.trim() || coreText.noProfileActor;
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
    if (this.ownsLock) this.lock.release();
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
    if (!ks) throw new AppError('CONFLICT', dataFileText.key.keyFromOutside);
    if (!next && !ks.protector?.isAvailable()) throw new AppError('KEY_NEEDS_PASSPHRASE');
    rewrapKey(ks.path, this.opts.key, { protector: ks.protector, passphrase: next ?? undefined });
    ks.passphrase = next ?? undefined;
    this.db.transaction(() => audit(this, 'settings.change', 'settings', 'sikkerhed', next ? dataFileText.audit.passphraseSet : dataFileText.audit.passphraseRemoved))();
  }

  /**
   * Changes the database key without ever re-encrypting the live file in place: the new key is staged beside the
   * old one, a copy is written and re-encrypted with the new key and verified, and only then swapped in by one
   * atomic rename (with the old WAL gone). A kill at any moment leaves a database that one of the two keys opens;
   * start-up (keyResolution.ts) finishes or rolls back. Safety copies follow the key, so they stay restorable.
   */
  async rekey(): Promise<void> {
    const ks = this.opts.keyStore;
    if (!ks) throw new AppError('REKEY_UNAVAILABLE');
    const step = this.reporter('rekey');
    const current = this.opts.key;
    const next = randomBytes(32);
    stageNewKey(ks.path, next, { protector: ks.protector, passphrase: ks.passphrase });
    let copy: string;
    try {
      // The only report before the copy is taken: from the copy to the swap nothing yields, so no write is lost.
      await step('copy', 0);
      copy = writeRekeyedCopy(this.db, current, next, this.dbFile, this.opts.nativeBinding);
    } catch (err) {
      discardNewKey(ks.path);
      throw err;
    }
    try {
      const res = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (res[0]?.busy) throw new AppError('DB_LOCKED');
    } catch (err) {
      removeDbFile(copy);
      discardNewKey(ks.path);
      throw err;
    }
    stageAnchorForKeyChange(this.db, next);
    this.db.close();
    swapInDatabase(this.dbFile, copy);
    this.opts.key = next;
    this.db = this.open();
    finishKeyChange(this.dbFile, current, next, this.opts.nativeBinding);
    commitNewKey(ks.path);
    reanchor(this.db, next);
    this.db.transaction(() => audit(this, 'db.rekey', 'database', null))();
    await step('done', 1);
  }

  /**
   * The step reporter of one long operation: tells the listener (the `progress` event) and yields to the event loop,
   * so the report leaves the process – and the window stays responsive – before the next synchronous phase.
   */
  private reporter(operation: ProgressOperation): StepReporter {
    return async (step, fraction) => {
      if (!this.opts.onProgress) return;
      this.opts.onProgress({ operation, step, fraction });
      await new Promise<void>((resolve) => setImmediate(resolve));
    };
  }

  async backup(passphrase: string): Promise<{ path: string; bytes: number } | null> {
    const stamp = todayIso(this);
    const target = await this.opts.dialogs.saveFile({
      title: dataFileText.dialogs.saveBackup,
      defaultName: `tovholder-sikkerhedskopi-${stamp}.tovholder`,
      filters: [{ name: dataFileText.dialogs.backupFilter, extensions: ['tovholder'] }],
    });
    if (!target) return null;
    const step = this.reporter('backup');
    const res = await backupTo(this.db, this.opts.key, target, passphrase, { dataDir: this.opts.dataDir, nativeBinding: this.opts.nativeBinding, onStep: step });
    this.db.transaction(() => audit(this, 'db.backup', 'database', null))();
    await step('done', 1);
    return res;
  }

  /** Step 1 of a restore from a backup file: the user picks it, it is checked, and what it holds is shown. */
  async chooseBackup(passphrase: string): Promise<InspectedCandidate | null> {
    const source = await this.opts.dialogs.openFile({
      title: dataFileText.dialogs.chooseBackup,
      filters: [{ name: dataFileText.dialogs.backupFilter, extensions: ['tovholder'] }],
    });
    if (!source) return null;
    return this.candidates.inspect(source, { passphrase }, 'backup', this.opts.nativeBinding);
  }

  safetyCopies(): ReturnType<typeof safetyCopiesForScreen> {
    return safetyCopiesForScreen(this.opts.dataDir);
  }

  /** Step 1 of a restore from a safety copy (made before an earlier restore, under the database key). */
  inspectSafetyCopy(name: string): InspectedCandidate {
    return this.candidates.inspectSafetyCopy(this.opts.dataDir, name, this.opts.key, this.opts.nativeBinding);
  }

  /**
   * Step 2: replaces the database with the confirmed candidate (checked again). The current database is kept as a
   * safety copy first, so a restore can itself be undone from the list of safety copies.
   */
  async restore(candidateId: string): Promise<{ restored: true; safetyCopy: string | null }> {
    const candidate = this.candidates.take(candidateId);
    const step = this.reporter('restore');
    let safetyCopy: string | null;
    try {
      safetyCopy = (await replaceDatabase({
        dbFile: this.dbFile,
        dataDir: this.opts.dataDir,
        candidate,
        dbKey: this.opts.key,
        db: this.db,
        now: this.now(),
        nativeBinding: this.opts.nativeBinding,
        onStep: step,
      })).safetyCopy;
    } finally {
      if (!this.db.open) this.db = this.open();
    }
    // The restored database brings its own log: the anchor starts from its head.
    registerAuditAnchor(this.db, this.auditAnchorFile, this.opts.key, { reset: true });
    this.db.transaction(() => audit(this, 'db.restore', 'database', null, candidate.kind === 'safetyCopy' ? dataFileText.audit.restoredFromSafetyCopy : dataFileText.audit.restoredFromBackup))();
    this.pruneSafetyCopies();
    await step('done', 1);
    return { restored: true, safetyCopy: safetyCopyFullPath(this.opts.dataDir, safetyCopy) };
  }
}
