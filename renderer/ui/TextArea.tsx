import { useLayoutEffect, useRef } from 'react';
import { FieldRefusal } from '../components/FieldRefusal';

/**
 * A labelled multi-line field that grows with its content (no inner scrollbar): a ten-line note shows ten lines.
 * `rows` is the height when empty. Shared by every form with free text.
 */
export function TextArea({
  id,
  label,
  value,
  onChange,
  rows = 3,
  hint,
  error,
  disabled,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  hint?: string | undefined;
  error?: string | null | undefined;
  disabled?: boolean | undefined;
}) {
  const ref = useAutoGrow(value);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={ref}
        id={id}
        className="grow"
        rows={rows}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <FieldRefusal id={`${id}-error`} message={error ?? null} />
    </div>
  );
}

/** Sets a textarea's height to its content on every change of `value` and when the window's width changes. */
export function useAutoGrow(value: string) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const fit = () => {
      el.style.height = 'auto';
      el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [value]);
  return ref;
}
