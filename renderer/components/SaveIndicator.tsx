import { t } from '../../shared/text/da';
import type { SaveState } from '../lib/useAutosave';
import { screenText } from '../../shared/text/screens';

export function SaveIndicator({ state, error }: { state: SaveState; error?: string | null }) {
  if (error) {
    return (
      <span className="alert error" role="alert" style={{ display: 'block', marginTop: '0.4rem', fontWeight: 400 }}>
        {screenText.notSaved(error)}
      </span>
    );
  }
  const text = state === 'saving' ? t.app.saving : state === 'saved' ? t.app.saved : state === 'error' ? t.app.notSaved : '';
  return (
    <span className={state === 'saved' ? 'saved' : 'saving'} role="status" aria-live="polite">
      {text}
    </span>
  );
}
