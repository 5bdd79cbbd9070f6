import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from './errors';
import { dataFileText } from '../../shared/text/dataFile';

/**
 * Writes a file so that it is either wholly there or not at all: a temporary sibling, fsync, rename. A full disk or
 * a write error leaves any existing file at `path` untouched and no half file behind.
 */
export function writeFileAtomic(path: string, data: Buffer): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'w', 0o600);
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    const code = (err as { code?: string }).code;
    if (code === 'ENOSPC') throw new AppError('DISK_FULL');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppError('IO_ERROR', dataFileText.files.noAccess);
    throw new AppError('IO_ERROR');
  }
}
