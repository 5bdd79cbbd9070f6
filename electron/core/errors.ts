import { ERROR_MESSAGES, type ErrorCode } from '../../shared/text/errors';
import { validationText } from '../../shared/text/validation';

/** An error meant for the user: a stable code plus a Danish message. Anything else is reported as INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(code: ErrorCode, message?: string, field?: string) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', validationText.notFound(what));
}

/** Maps low-level errors (SQLite, file system) to an AppError with a Danish message. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('DISK_FULL');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new AppError('DB_LOCKED');
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new AppError('DB_DAMAGED');
  if (code === 'SQLITE_IOERR' || code === 'EACCES' || code === 'EROFS' || code === 'EIO') return new AppError('IO_ERROR');
  return new AppError('INTERNAL');
}
