/** The reply every IPC channel gives, over Electron IPC and over the loopback bridge alike. */
export type ErrorPayload = {
  /** Stable, English identifier a program can branch on. */
  code: string;
  /** Danish sentence fit to show a user. Never a stack trace. */
  message: string;
  /** Dotted path of the offending input field, when the error is about one field. */
  field?: string;
};

/**
 * `changed`: the sequence numbers of the `data.changed` events this command raised (shared/ipc/events.ts), so the
 * caller can tell its own changes – whose replies it has applied – from changes made elsewhere.
 */
export type Result<T> = { ok: true; value: T; changed?: number[] } | { ok: false; error: ErrorPayload };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: string, message: string, field?: string): Result<never> {
  return field === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, field } };
}
