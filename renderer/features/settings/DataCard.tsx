import { useState } from 'react';
import type { SettingsState } from '../../../shared/schemas/settings';
import { t } from '../../../shared/text/da';
import { restoreText } from '../../../shared/text/restore';
import { DialogActions, Modal } from '../../components/Modal';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { PassphraseFields, passphrasesAgree } from '../backup/PassphraseFields';
import { RestorePanel } from '../backup/RestorePanel';
import { ProgressBar } from '../backup/ProgressBar';
import { useSettings } from './useSettings';
import { ActionNotice } from '../../ui/FormParts';

export function DataCard({ s, onReplaced }: { s: SettingsState; onReplaced: () => void }) {
  const owner = useSettings();
  const action = useAction();
  const [mode, setMode] = useState<'backup' | 'restore' | null>(null);
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  function close() {
    setPass('');
    setAgain('');
    setMode(null);
  }
  async function makeBackup() {
    const r = await action.run(() => call('db.backup', { passphrase: pass, repeat: again }));
    if (r) setMsg(t.backup.made(r.path));
    close();
  }
  return (
    <section className="card" aria-labelledby="data-h">
      <h2 id="data-h">{t.settings.data}</h2>
      <p>
        <code>{s.dataFile}</code>
      </p>
      <ActionNotice error={action.error} onClose={action.clear} message={msg} />
      <div className="toolbar">
        <button type="button" onClick={() => setMode('backup')}>
          {t.settings.backup}
        </button>
        <button type="button" onClick={() => setMode('restore')}>
          {t.settings.restore}
        </button>
      </div>
      <h3 style={{ marginTop: '1rem' }}>{t.settings.sample}</h3>
      {s.sampleLoaded && <p className="meta">{t.settings.sampleLoaded}</p>}
      <div className="toolbar">
        {s.sampleLoaded ? (
          <button type="button" className="danger" onClick={() => void action.run(() => owner.removeSample())}>
            {t.settings.sampleRemove}
          </button>
        ) : (
          <button type="button" onClick={() => void action.run(() => owner.loadSample())}>
            {t.settings.sampleLoad}
          </button>
        )}
      </div>
      <Modal title={t.settings.backup} open={mode === 'backup'} onClose={close}>
        <PassphraseFields id="bk" label={t.settings.passphrase} pass={pass} again={again} onPass={setPass} onAgain={setAgain} />
        <ProgressBar operation="backup" />
        <DialogActions onCancel={close} confirmLabel={t.settings.backup} disabled={!passphrasesAgree(pass, again) || action.busy} onConfirm={() => void makeBackup()} />
      </Modal>
      <Modal title={t.settings.restore} open={mode === 'restore'} onClose={close}>
        <RestorePanel
          onRestored={(safetyCopy) => {
            setMsg(safetyCopy ? `${restoreText.restored} ${restoreText.replacedKept}` : restoreText.restored);
            close();
            onReplaced();
          }}
        />
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t.app.cancel}
          </button>
        </div>
      </Modal>
    </section>
  );
}
