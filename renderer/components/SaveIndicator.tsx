import { t } from '../../shared/text/da';
import type { SaveState } from '../lib/useAutosave';

export function SaveIndicator({ state }: { state: SaveState }) {
  const text = state === 'saving' ? t.app.saving : state === 'saved' ? t.app.saved : state === 'error' ? t.app.notSaved : '';
  return (
    <span className={state === 'saved' ? 'saved' : 'saving'} role="status" aria-live="polite">
      {text}
    </span>
  );
}
