import { useEffect, useState } from 'react';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ReferatPaper } from '../referat/ReferatPaper';
import { SignaturesBlock } from '../referat/SignaturesBlock';
import { TransitionPaper } from '../referat/TransitionPaper';
import { call } from '../../lib/api';
import { useAction, useQuery } from '../../lib/hooks';
import { hrefFor, type PrintDoc } from '../../lib/router';

/**
 * A4 print view of the referat, an excerpt or the overgangsskema: printed with the system dialog, or saved as PDF.
 * It shows the core's checked document model (`export.model`) – the same omissions and warnings as the Word file –
 * never the raw referat.
 */
export function PrintView({ id, doc, childId }: { id: string; doc: PrintDoc; childId?: string | undefined }) {
  const model = useQuery(() => call('export.model', { meetingId: id, kind: doc, ...(childId ? { childId } : {}) }), [id, doc, childId]);
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);
  const m = model.data;
  useEffect(() => {
    if (m) document.body.dataset['printReady'] = '1';
    return () => {
      delete document.body.dataset['printReady'];
    };
  }, [m]);
  if (!m) return <ErrorBanner error={model.error} />;
  if (!m.body || !m.state) return <div className="alert info">{t.referat.none}</div>;
  const footer = `Dokument-id: ${m.documentId}${m.footerStatus ? ` · ${m.footerStatus}` : ''}`;
  const draft = m.status === 'udkast';
  return (
    <>
      <div className="toolbar no-print" style={{ marginBottom: '1rem' }}>
        <a className="button" href={hrefFor({ name: 'referat', id })}>
          {t.app.back}
        </a>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t.documents.printNow}
        </button>
        <button
          type="button"
          onClick={() => void action.run(() => call('export.pdf', { meetingId: id, doc, ...(childId ? { childId } : {}) })).then((res) => res && setSaved(res.path))}
        >
          {t.documents.savePdf}
        </button>
      </div>
      <ErrorBanner error={action.error} onClose={action.clear} />
      {m.warnings.length > 0 && (
        <div className="alert warn no-print" role="status" aria-label={t.documents.warningsTitle}>
          <strong>{t.documents.warningsTitle}</strong>
          <ul>
            {m.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {saved && (
        <div className="alert ok no-print" role="status">
          {t.documents.saved(saved)}
        </div>
      )}
      <div className="meta print-header">{m.header}</div>
      {doc === 'overgangsskema' && m.body.transition ? (
        <TransitionPaper body={m.body} draft={draft} footer={footer} correction={m.correction} />
      ) : (
        <ReferatPaper body={m.body} draft={draft} footer={footer} correction={m.correction} title={doc === 'uddrag' ? t.documents.excerptTitle : undefined} />
      )}
      <div className="paper" style={{ paddingTop: '1rem' }}>
        <SignaturesBlock state={m.state} digital={m.digitalSigning} />
      </div>
    </>
  );
}
