import { useState } from 'react';
import { internalNoteText } from '../../../shared/text/historyTruth';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';

/**
 * The parents' access package. The core refuses the export while the abuse marking or internal notes are
 * undecided (CONFIRM_NEEDED); the screen only offers the choices, with the legal basis for the jurist.
 */
export function AccessCard({ childId, abuseSuspected, internalNotes }: { childId: string; abuseSuspected: boolean; internalNotes: number }) {
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);
  const [abuseFlag, setAbuseFlag] = useState<'udelad' | 'medtag'>('udelad');
  const [reason, setReason] = useState('');
  const [internal, setInternal] = useState<'udelad' | 'medtag'>('udelad');
  const [internalReason, setInternalReason] = useState('');
  const run = () =>
    void action
      .run(() =>
        call('child.accessExport', {
          id: childId,
          ...(abuseSuspected ? { abuseFlag, reason } : {}),
          ...(internalNotes > 0 ? { internalNotes: internal, internalReason } : {}),
        }),
      )
      .then((r) => r && setSaved(r.path));
  return (
    <section className="card" aria-labelledby="access-h">
      <h2 id="access-h">{t.caseText.accessExport}</h2>
      <p className="meta">{t.caseText.accessHelp}</p>
      <ErrorBanner error={action.error} />
      {saved && (
        <div className="alert ok" role="status">
          {t.documents.saved(saved)}
        </div>
      )}
      {abuseSuspected && (
        <fieldset className="alert warn" data-testid="indsigt-overgreb">
          <legend>{t.caseText.abuse}</legend>
          <p>{t.accessPackage.abuseWarning}</p>
          <p>{t.accessPackage.legalBasis}</p>
          <p>
            <strong>{t.accessPackage.juristNote}</strong>
          </p>
          <label>
            <input type="radio" name="access-abuse" checked={abuseFlag === 'udelad'} onChange={() => setAbuseFlag('udelad')} /> {t.accessPackage.leaveOut}
          </label>{' '}
          <label>
            <input type="radio" name="access-abuse" checked={abuseFlag === 'medtag'} onChange={() => setAbuseFlag('medtag')} /> {t.accessPackage.include}
          </label>
          {abuseFlag === 'medtag' && (
            <div className="field" style={{ marginTop: '0.75rem' }}>
              <label htmlFor="access-reason">{t.accessPackage.reason}</label>
              <textarea id="access-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          )}
        </fieldset>
      )}
      {internalNotes > 0 && (
        <fieldset className="alert warn" data-testid="indsigt-intern">
          <legend>{internalNoteText.badge}</legend>
          <p>{internalNoteText.warning(internalNotes)}</p>
          <p>{internalNoteText.legalBasis}</p>
          <p>
            <strong>{internalNoteText.juristNote}</strong>
          </p>
          <label>
            <input type="radio" name="access-internal" checked={internal === 'udelad'} onChange={() => setInternal('udelad')} /> {internalNoteText.leaveOut}
          </label>{' '}
          <label>
            <input type="radio" name="access-internal" checked={internal === 'medtag'} onChange={() => setInternal('medtag')} /> {internalNoteText.include}
          </label>
          {internal === 'medtag' && (
            <div className="field" style={{ marginTop: '0.75rem' }}>
              <label htmlFor="access-internal-reason">{internalNoteText.reason}</label>
              <textarea id="access-internal-reason" rows={2} value={internalReason} onChange={(e) => setInternalReason(e.target.value)} />
            </div>
          )}
        </fieldset>
      )}
      <button type="button" className="primary" onClick={run}>
        {t.caseText.accessExport}
      </button>
    </section>
  );
}
