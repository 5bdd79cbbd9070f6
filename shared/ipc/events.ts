/**
 * `data.changed`: the core's word that a command committed, sent over the `on` channel after each commit
 * (issue 16, item 1). The renderer's data owners (one hook per kind of data) re-run their queries when an event
 * names their aggregate and id – or the aggregate with `id: null`, meaning "any of these may have changed".
 *
 * Aggregates:
 * - `meeting`: a meeting with its participants, items, decisions, follow-ups, forms, preparation and referat.
 * - `child`: a child with guardians, case notes, consents and dispatches; also raised for a child's items and follow-ups.
 * - `person`: the person directory.
 * - `settings`: profile, organisation, kommune, templates pack, security settings.
 * - `signing`: signing identities.
 * - `audit`: only the audit log grew (exports, dispatch records).
 * - `all`: everything may have changed (restore, sample data).
 */
export const AGGREGATES = ['meeting', 'child', 'person', 'settings', 'signing', 'audit', 'all'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

export interface DataChanged {
  aggregate: Aggregate;
  /** The changed entity's id; null when the command may have touched any entity of the aggregate. */
  id: string | null;
  /** The command that caused it (for logging and tests). */
  channel: string;
  /** Rising number per dispatcher; the command's reply lists the numbers it caused (`Result.changed`). */
  seq: number;
}

/** True when an event concerns the entity `id` of `aggregate` (or everything). */
export function concerns(e: DataChanged, aggregate: Aggregate, id: string | null): boolean {
  if (e.aggregate === 'all') return true;
  if (e.aggregate !== aggregate) return false;
  return e.id === null || id === null || e.id === id;
}

/**
 * `progress`: a long operation's step, sent over the `on` channel between its phases (issue 17, item 3), so the
 * screen shows a bar with the step rather than a frozen window. `fraction` runs from 0 to 1; `done` ends it.
 * The words for each step are in shared/text/progress.ts.
 */
export const PROGRESS_OPERATIONS = ['backup', 'restore', 'rekey'] as const;
export type ProgressOperation = (typeof PROGRESS_OPERATIONS)[number];
export const PROGRESS_STEPS = ['copy', 'encrypt', 'verify', 'safetyCopy', 'swap', 'done'] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

export interface Progress {
  operation: ProgressOperation;
  step: ProgressStep;
  fraction: number;
}
