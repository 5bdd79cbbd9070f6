import { useCallback, useEffect, useRef, useState } from 'react';
import { AppError } from './api';

/** Errors that will not go away by trying again: the text itself must change. */
const PERMANENT = new Set(['PRIVACY_GUARD', 'INVALID_INPUT', 'SEALED', 'APPROVED', 'CONFLICT', 'TEMPLATE_RULE', 'NOT_FOUND']);

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Saves `value` shortly after the user stops typing (well inside a second), again on blur and when the component
 * goes away, so a crash or power cut loses at most the last moment of typing. Retries after a failure.
 */
export function useAutosave<T>(
  value: T,
  save: (v: T) => Promise<unknown>,
  opts: { delayMs?: number; enabled?: boolean; /** The privacy guard refused the text: put the saved value back in the field. */ revert?: (saved: T) => void } = {},
) {
  const delay = opts.delayMs ?? 400;
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const saved = useRef(value);
  const latest = useRef(value);
  const saveRef = useRef(save);
  saveRef.current = save;
  const revertRef = useRef(opts.revert);
  revertRef.current = opts.revert;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  latest.current = value;

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const v = latest.current;
    if (Object.is(v, saved.current) || JSON.stringify(v) === JSON.stringify(saved.current)) return;
    setState('saving');
    try {
      await saveRef.current(v);
      saved.current = v;
      setState('saved');
      setError(null);
    } catch (e) {
      setState('error');
      if (e instanceof AppError && PERMANENT.has(e.code)) {
        setError(e.message);
        if (e.code === 'PRIVACY_GUARD' && revertRef.current) {
          latest.current = saved.current;
          revertRef.current(saved.current);
        }
        return;
      }
      setError(null);
      timer.current = setTimeout(() => void flush(), 2000);
    }
  }, []);

  useEffect(() => {
    if (opts.enabled === false) return;
    if (JSON.stringify(value) === JSON.stringify(saved.current)) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delay);
  }, [value, delay, flush, opts.enabled]);

  useEffect(() => () => void flush(), [flush]);
  return { state, flush, error };
}
