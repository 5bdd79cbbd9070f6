import { useState } from 'react';
import type { VerifyResult } from '../../../shared/schemas/documents';
import { t } from '../../../shared/text/da';
import { signingText } from '../../../shared/text/signing';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { screenText } from '../../../shared/text/screens';

const CLASS: Record<VerifyResult['status'], string> = { uaendret: 'ok', aendret: 'error', ukendt: 'warn' };

/** Each digital signature in the checked file: signer, certificate, time, unchanged or not, trusted or not. */
function SignatureList({ checks }: { checks: NonNullable<VerifyResult['signatures']> }) {
  return (
    <section className="card" aria-labelledby="sig-h" style={{ marginTop: '1rem' }}>
      <h2 id="sig-h">{signingText.screen.verifySignatures}</h2>
      {checks.length === 0 ? (
        <p>{signingText.screen.verifyNoSignatures}</p>
      ) : (
        <ul className="list-plain">
          {checks.map((c, i) => (
            <li key={`${c.fingerprint}-${i}`} className={`alert ${c.valid && c.unchanged ? 'ok' : 'error'}`}>
              <div>
                <strong>{c.signer}</strong>
                {c.localCertificate && <> ({signingText.screen.localMark})</>} · {c.trusted ? signingText.screen.trustedYes : signingText.screen.trustedNo}
              </div>
              <div>{c.summary}</div>
              <div className="meta">
                {c.subject} · <code>{c.fingerprint.slice(0, 16)}…</code>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="meta">{signingText.meaning}</p>
    </section>
  );
}

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
      {result && <SignatureList checks={result.signatures ?? []} />}
    </>
  );
}
