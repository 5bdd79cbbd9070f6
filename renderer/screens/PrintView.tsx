import { useEffect, useState } from 'react';
import { t } from '../../shared/text/da';
import { ErrorBanner } from '../components/ErrorBanner';
import { ReferatPaper } from '../components/ReferatPaper';
import { SignaturesBlock } from '../components/SignaturesBlock';
import { TransitionPaper } from '../components/TransitionPaper';
import { call } from '../lib/api';
import { useAction, useQuery } from '../lib/hooks';
import { hrefFor } from '../lib/router';

/** A4 print view of the referat or the overgangsskema: printed with the system dialog, or saved as PDF. */
export function PrintView({ id, doc }: { id: string; doc: 'referat' | 'overgangsskema' }) {
  const referat = useQuery(() => call('referat.get', { meetingId: id }), [id]);
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);
  const r = referat.data;
  useEffect(() => {
    if (r) document.body.dataset['printReady'] = '1';
    return () => {
      delete document.body.dataset['printReady'];
    };
  }, [r]);
  if (!r) return <ErrorBanner error={referat.error} />;
  if (!r.body || !r.current) return <div className="alert info">{t.referat.none}</div>;
  const footer = `Dokument-id: ${r.current.documentId}${r.current.seal ? ` · Segl: ${r.current.seal.slice(0, 16)}` : ''}`;
  const draft = r.current.status === 'udkast';
  return (
    <>
      <div className="toolbar no-print" style={{ marginBottom: '1rem' }}>
        <a className="button" href={hrefFor({ name: 'referat', id })}>
          {t.app.back}
        </a>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t.documents.printNow}
        </button>
        <button type="button" onClick={() => void action.run(() => call('export.pdf', { meetingId: id, doc })).then((res) => res && setSaved(res.path))}>
          {t.documents.savePdf}
        </button>
      </div>
      <ErrorBanner error={action.error} onClose={action.clear} />
      {saved && (
        <div className="alert ok no-print" role="status">
          {t.documents.saved(saved)}
        </div>
      )}
      {doc === 'overgangsskema' && r.body.transition ? (
        <TransitionPaper body={r.body} draft={draft} footer={footer} />
      ) : (
        <ReferatPaper body={r.body} draft={draft} footer={footer} />
      )}
      <div className="paper" style={{ paddingTop: '1rem' }}>
        <SignaturesBlock state={r} />
      </div>
    </>
  );
}
