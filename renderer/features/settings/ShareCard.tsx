import { useState } from 'react';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { useSettings } from './useSettings';

export function ShareCard() {
  const owner = useSettings();
  const action = useAction();
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="share-h">
      <h2 id="share-h">{t.settings.exportImport}</h2>
      <p className="meta">{t.settings.exportImportHint}</p>
      <ErrorBanner error={action.error} onClose={action.clear} />
      {msg && (
        <div className="alert ok" role="status">
          {msg}
        </div>
      )}
      <div className="toolbar">
        <button type="button" onClick={() => void action.run(() => call('settings.export', {})).then((r) => r && setMsg(t.documents.saved(r.path)))}>
          {t.settings.export}
        </button>
        <button type="button" onClick={() => void action.run(() => call('templates.exportPack', {})).then((r) => r && setMsg(t.documents.saved(r.path)))}>
          {t.settings.exportPack}
        </button>
        <button
          type="button"
          onClick={() =>
            void action.run(() => owner.importFile()).then((n) => {
              if (n) setMsg(t.settings.imported);
            })
          }
        >
          {t.settings.import}
        </button>
      </div>
    </section>
  );
}
