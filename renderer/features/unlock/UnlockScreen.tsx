import { useState } from 'react';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { RestorePanel } from '../backup/RestorePanel';
import { CardForm } from '../../ui/FormParts';

/** Shown when the data file's key needs a passphrase (no OS keychain, or a passphrase added as a second factor). */
/**
 * The lock screen. It asks for a passphrase only when one protects the key (`enter`) or is to be chosen (`choose`);
 * when the data cannot be opened for another reason (`restore`) it says why and offers restore, which the core
 * serves while locked.
 */
export function UnlockScreen({ mode, reason, onUnlocked }: { mode: 'choose' | 'enter' | 'restore'; reason: string; onUnlocked: () => void }) {
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const action = useAction();
  const mismatch = mode === 'choose' && again.length > 0 && pass !== again;
  if (mode === 'restore') {
    return (
      <main className="first-run" id="indhold" tabIndex={-1}>
        <section className="card" aria-labelledby="lock-h">
          <h1 id="lock-h">{t.unlock.restoreTitle}</h1>
          <p role="alert">{reason}</p>
          <RestorePanel onRestored={onUnlocked} />
        </section>
      </main>
    );
  }
  return (
    <main className="first-run" id="indhold" tabIndex={-1}>
      <CardForm
        onSubmit={() => {
          // Whatever the answer, the status is read again: a wrong passphrase stays here, a damaged file moves to restore.
          void action.run(() => call('app.unlock', { passphrase: pass })).then(async (s) => {
            if (s?.state === 'ready' || (await call('app.status', {})).mode === 'restore') onUnlocked();
          });
        }}
      >
        <h1>{mode === 'choose' ? t.unlock.chooseTitle : t.unlock.enterTitle}</h1>
        <p>{reason}</p>
        <ErrorBanner error={action.error} />
        <div className="field">
          <label htmlFor="ul-pass">{t.unlock.passphrase}</label>
          <input id="ul-pass" type="password" autoFocus autoComplete={mode === 'choose' ? 'new-password' : 'current-password'} value={pass} onChange={(e) => setPass(e.target.value)} />
        </div>
        {mode === 'choose' && (
          <div className="field">
            <label htmlFor="ul-again">{t.unlock.repeat}</label>
            <input id="ul-again" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} aria-invalid={mismatch} />
            {mismatch && <div className="hint">{t.unlock.mismatch}</div>}
          </div>
        )}
        <button type="submit" className="primary" disabled={pass.length < 8 || (mode === 'choose' && pass !== again) || action.busy}>
          {mode === 'choose' ? t.unlock.choose : t.unlock.open}
        </button>
      </CardForm>
    </main>
  );
}
