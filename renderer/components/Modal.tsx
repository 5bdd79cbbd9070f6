import { useEffect, useId, useRef, type ReactNode } from 'react';
import { t } from '../../shared/text/da';

/** A modal <dialog>: focus is trapped by the browser, Escape closes it, focus returns to the opener. */
export function Modal({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  // One id per dialog: several dialogs on a screen must not share the heading that names them.
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId}>{title}</h2>
      {open && children}
    </dialog>
  );
}

/** The foot of a dialog: „Annullér" and the one action the dialog is for (red when it removes or cancels). */
export function DialogActions({
  onCancel,
  confirmLabel,
  onConfirm,
  danger = false,
  disabled = false,
}: {
  onCancel: () => void;
  confirmLabel: string;
  onConfirm: () => void;
  danger?: boolean;
  disabled?: boolean;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        {t.app.cancel}
      </button>
      <button type="button" className={danger ? 'danger' : 'primary'} disabled={disabled} onClick={onConfirm}>
        {confirmLabel}
      </button>
    </div>
  );
}
