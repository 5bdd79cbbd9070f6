import { useState } from 'react';
import { t } from '../../../shared/text/da';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { useSettings } from './useSettings';
import { ActionNotice } from '../../ui/FormParts';

export function ShareCard() {
  const owner = useSettings();
  const action = useAction();
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="share-h">
      <h2 id="share-h">{t.settings.exportImport}</h2>
      <p className="meta">{t.settings.exportImportHint}</p>
      <ActionNotice error={action.error} onClose={action.clear} message={msg} />
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
