import type { CSSProperties, FormEvent, ReactNode } from 'react';
import type { AppError } from '../lib/api';
import { ErrorBanner } from '../components/ErrorBanner';
import { t } from '../../shared/text/da';

/** A card that is a form: Enter or the submit button calls `onSubmit` (the browser's own submit is prevented). */
export function CardForm({ onSubmit, labelledBy, className = 'card', children }: { onSubmit: () => void; labelledBy?: string; className?: string; children: ReactNode }) {
  return (
    <form
      className={className}
      aria-labelledby={labelledBy}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** „Gem“ and „Annuller“ under a form. */
export function SaveCancel({ busy, onCancel, style }: { busy: boolean; onCancel: () => void; style?: CSSProperties }) {
  return (
    <div className="toolbar" style={style}>
      <button type="submit" className="primary" disabled={busy}>
        {t.app.save}
      </button>
      <button type="button" onClick={onCancel}>
        {t.app.cancel}
      </button>
    </div>
  );
}

/** The outcome of an action on a card: its Danish error (closable), or the confirmation it gave. */
export function ActionNotice({ error, onClose, message }: { error: AppError | null; onClose: () => void; message: string | null }) {
  return (
    <>
      <ErrorBanner error={error} onClose={onClose} />
      {message && (
        <div className="alert ok" role="status">
          {message}
        </div>
      )}
    </>
  );
}

/** The options of a level select (Linealen, trivsel): one per allowed level, with its Danish label. */
export function LevelOptions({ choices }: { choices: readonly { level: string; label: string }[] }) {
  return (
    <>
      {choices.map((c) => (
        <option key={c.level} value={c.level}>
          {c.label}
        </option>
      ))}
    </>
  );
}

/** A table's header row: one column heading per entry (a ReactNode for hidden headings). */
export function TableHead({ columns }: { columns: readonly ReactNode[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th scope="col" key={i}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
