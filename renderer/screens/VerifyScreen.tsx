import { useState } from 'react';
import type { VerifyResult } from '../../shared/schemas/documents';
import { t } from '../../shared/text/da';
import { ErrorBanner } from '../components/ErrorBanner';
import { call } from '../lib/api';
import { useAction } from '../lib/hooks';
import { screenText } from '../../shared/text/screens';

const CLASS: Record<VerifyResult['status'], string> = { uaendret: 'ok', aendret: 'error', ukendt: 'warn' };

export function VerifyScreen() {
  const action = useAction();
  const [result, setResult] = useState<VerifyResult | null>(null);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t.documents.verifyTitle}</h1>
          <p className="sub">{t.documents.verifyHelp}</p>
        </div>
      </div>
      <ErrorBanner error={action.error} />
      <button type="button" className="primary" onClick={() => void action.run(() => call('document.verify', {})).then((r) => r && setResult(r))}>
        {t.documents.verifyChoose}
      </button>
      {result && (
        <div className={`alert ${CLASS[result.status]}`} role="status" style={{ marginTop: '1rem' }}>
          <strong>{t.documents.statusLabels[result.status]}</strong>
          {result.draft && <strong> · {t.documents.verifyDraft}</strong>}
          {result.supersededBy !== null && <strong> · {t.documents.verifySuperseded(result.supersededBy)}</strong>}: {result.message}
          {result.meetingTitle && <div>{result.meetingTitle}</div>}
          {result.documentId && <div className="meta">{screenText.verify.documentId(result.documentId)}</div>}
        </div>
      )}
    </>
  );
}
