import type { AppError } from '../lib/api';
import { t } from '../../shared/text/da';

export function ErrorBanner({ error, onClose }: { error: AppError | null; onClose?: () => void }) {
  if (!error) return null;
  return (
    <div className="alert error" role="alert">
      {error.message}
      {onClose && (
        <>
          {' '}
          <button type="button" className="link" onClick={onClose}>
            {t.app.close}
          </button>
        </>
      )}
    </div>
  );
}
