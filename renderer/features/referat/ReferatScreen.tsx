import { useState } from 'react';
import { formatTimestamp } from '../../../shared/format/danishDate';
import type { ReferatState } from '../../../shared/schemas/referat';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';
import { ErrorBanner } from '../../components/ErrorBanner';
import { EscalationCard } from '../../components/EscalationCard';
import { MeetingHeader } from '../../components/MeetingHeader';
import { DocumentsCard } from '../documents/DocumentsCard';
import { OutlookCard } from '../outlook/OutlookCard';
import { DraftEditor } from './DraftEditor';
import { ReferatPaper } from './ReferatPaper';
import { SignaturesBlock } from './SignaturesBlock';
import { SignaturesPanel } from './SignaturesPanel';
import { TransitionPaper } from './TransitionPaper';
import { useReferat } from './useReferat';

/** The referat of a meeting: the draft editor, then approval, signatures and seal – as the core allows (`allowed`). */
export function ReferatScreen({ id }: { id: string }) {
  const owner = useReferat(id);
  // After „Godkend referatet“ the signatures are what comes next: the panel scrolls into view and takes focus.
  const [justApproved, setJustApproved] = useState(false);
  const m = owner.meeting;
  const r = owner.referat;
  if (!m || !r) return <ErrorBanner error={owner.loadError} />;
  const current = r.current;
  return (
    <>
      <MeetingHeader m={m} active="referat" />
      <ErrorBanner error={owner.error} onClose={owner.clearError} />
      {r.policy === 'intet' ? (
        <div className="alert info">{t.referat.policyNone}</div>
      ) : !current || !r.body ? (
        <div className="card empty">
          <h2>{t.referat.none}</h2>
          <p>{t.referat.noneHelp}</p>
          <button type="button" className="primary" disabled={!r.allowed.generate} onClick={() => void owner.generate()}>
            {t.referat.generate}
          </button>
        </div>
      ) : (
        <>
          <p>
            <span className={`badge ${current.status === 'forseglet' ? 'ok' : current.status === 'godkendt' ? 'primary' : 'warn'}`}>
              {t.referat.version(current.version)}: {current.status === 'godkendt' && r.allowed.seal ? t.referat.allSigned : t.referat.statusLabels[current.status]}
            </span>
            {current.correctionReason && <span className="meta"> · {screenText.referat.correction(current.correctionReason)}</span>}
          </p>
          {r.allowed.edit && (
            <DraftEditor
              key={`${current.version}`}
              owner={owner}
              body={r.body}
              allowed={r.allowed}
              suggestedApprover={r.suggestedApprover ?? ''}
              onApproved={() => setJustApproved(true)}
            />
          )}
          {current.status !== 'udkast' && <SignaturesPanel r={r} owner={owner} focusOnMount={justApproved} />}
          <DocumentsCard m={m} r={r} />
          {current.status !== 'udkast' && <OutlookCard m={m} kind="referat" />}
          {m.template.type === 'dialogmoede' && m.childId && <EscalationCard m={m} referatApproved={current.status !== 'udkast'} />}
          <ReferatPaper
            body={r.body}
            draft={current.status === 'udkast'}
            footer={current.seal ? `${current.documentId} · ${t.referat.sealLabel}: ${current.seal.slice(0, 16)}` : current.documentId}
          />
          {r.body.transition && <TransitionPaper body={r.body} draft={current.status === 'udkast'} footer={`${current.documentId}-OVG`} />}
          {r.signatures.length > 0 && (
            <div className="paper">
              <SignaturesBlock state={r} />
            </div>
          )}
          <Versions r={r} />
        </>
      )}
    </>
  );
}

function Versions({ r }: { r: ReferatState }) {
  if (r.versions.length < 2) return null;
  return (
    <section className="card" aria-labelledby="versions-h">
      <h2 id="versions-h">{t.referat.versions}</h2>
      <ul className="list-plain">
        {r.versions.map((v) => (
          <li key={v.version}>
            <span>
              {t.referat.version(v.version)} – {t.referat.statusLabels[v.status]}
              {v.correctionReason ? ` (rettelse: ${v.correctionReason})` : ''}
            </span>
            <span className="meta">{v.sealedAt ? formatTimestamp(v.sealedAt) : formatTimestamp(v.createdAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
