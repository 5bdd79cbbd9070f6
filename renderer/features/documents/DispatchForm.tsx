import { useState } from 'react';
import type { DispatchBasis } from '../../../shared/schemas/case';
import { t } from '../../../shared/text/da';
import { AppError, call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { ErrorBanner } from '../../components/ErrorBanner';

type Channel = 'e-boks' | 'sikker_mail' | 'brev' | 'udleveret' | 'andet';
type Basis = DispatchBasis;

/** Records that an exported document was sent (the app sends nothing itself). Parents hear it orally first. */
export function DispatchForm({ documentId, childId, meetingId }: { documentId: string; childId: string | null; meetingId: string }) {
  const action = useAction();
  const [recipient, setRecipient] = useState('');
  const [authority, setAuthority] = useState('');
  const [channel, setChannel] = useState<Channel>('sikker_mail');
  const [basis, setBasis] = useState<Basis>('egen_myndighed');
  const [toParents, setToParents] = useState(false);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  async function record(confirmWithoutOral: boolean) {
    try {
      await call('dispatch.record', { documentId, childId, meetingId, recipient, recipientAuthority: authority, channel, basis, note: '', toParents, confirmWithoutOral });
      setDone(true);
      setConfirm(null);
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONFIRM_NEEDED') setConfirm(e.message);
      else await action.run(() => Promise.reject(e));
    }
  }
  if (done) {
    return (
      <div className="alert ok" role="status">
        {t.dispatch.recorded}
      </div>
    );
  }
  return (
    <fieldset style={{ marginTop: '1rem' }}>
      <legend>
        {t.dispatch.title}: {documentId}
      </legend>
      <ErrorBanner error={action.error} onClose={action.clear} />
      {confirm && (
        <div className="alert warn" role="alert">
          {confirm}{' '}
          <button type="button" className="small" onClick={() => void record(true)}>
            {t.dispatch.confirm}
          </button>
        </div>
      )}
      <div className="grid-2">
        <div className="field">
          <label htmlFor="dp-rec">{t.dispatch.recipient}</label>
          <input id="dp-rec" type="text" value={recipient} onChange={(e) => setRecipient(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="dp-auth">{t.dispatch.authority}</label>
          <input id="dp-auth" type="text" value={authority} onChange={(e) => setAuthority(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="dp-ch">{t.dispatch.channel}</label>
          <select id="dp-ch" value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {Object.entries(t.dispatch.channels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dp-basis">{t.dispatch.basis}</label>
          <select id="dp-basis" value={basis} onChange={(e) => setBasis(e.target.value as Basis)}>
            {Object.entries(t.dispatch.bases).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={toParents}
          onChange={(e) => {
            setToParents(e.target.checked);
            if (e.target.checked) setBasis('foraeldre');
          }}
        />
        {t.dispatch.toParents}
      </label>
      <button type="button" disabled={!recipient.trim()} onClick={() => void record(false)}>
        {t.dispatch.record}
      </button>
    </fieldset>
  );
}
