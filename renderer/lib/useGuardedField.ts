import { useEffect, useState } from 'react';
import { AppError } from './api';

/** Refusals that are about the text itself: the field gets its saved text back and the message stands beside it. */
const FIELD_REFUSALS = new Set(['PRIVACY_GUARD']);

/**
 * A text field saved on blur. When the core refuses the text (the privacy guard), the field visibly returns to its
 * saved value and the refusal is kept for display beside the field; any other failure goes to `onError`.
 */
export function useGuardedField(saved: string, save: (v: string) => Promise<unknown>, onError: (e: unknown) => void) {
  const [value, setValue] = useState(saved);
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => setValue(saved), [saved]);
  async function commit() {
    if (value === saved) return;
    try {
      await save(value);
      setRefusal(null);
    } catch (e) {
      if (e instanceof AppError && FIELD_REFUSALS.has(e.code)) {
        setValue(saved);
        setRefusal(e.message);
        return;
      }
      onError(e);
    }
  }
  return { value, setValue, refusal, commit };
}
