import { useState } from 'react';
import type { CaseDetail } from '../../../shared/schemas/case';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAction } from '../../lib/hooks';
import type { ChildCase } from './useChildCase';

export function AbuseCard({ d, cc }: { d: CaseDetail; cc: ChildCase }) {
  const action = useAction();
  const [reason, setReason] = useState('');
  return (
    <section className="card" aria-labelledby="abuse-h">
      <h2 id="abuse-h">{t.caseText.abuse}</h2>
      <p className="meta">{t.caseText.abuseHelp}</p>
      {d.underretningUrl && (
        <p>
          <a href={d.underretningUrl} target="_blank" rel="noreferrer">
            {t.caseText.abuseLink}
          </a>
        </p>
      )}
      <ErrorBanner error={action.error} />
      {d.child.abuseSuspected ? (
        <>
          <div className="alert error">{d.child.abuseReason}</div>
          <button type="button" onClick={() => void action.run(() => cc.setAbuseFlag(false, ''))}>
            {t.caseText.abuseOff}
          </button>
        </>
      ) : (
        <>
          <div className="field">
            <label htmlFor="abuse-reason">{t.caseText.abuseReason}</label>
            <textarea id="abuse-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="button" className="danger" disabled={!reason.trim()} onClick={() => void action.run(() => cc.setAbuseFlag(true, reason))}>
            {t.caseText.abuseOn}
          </button>
        </>
      )}
    </section>
  );
}
