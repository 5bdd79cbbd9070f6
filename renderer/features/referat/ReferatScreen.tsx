import { useState } from 'react';
import { formatTimestamp } from '../../../shared/format/danishDate';
import type { ReferatBody, ReferatState } from '../../../shared/schemas/referat';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { MeetingHeader } from '../../components/MeetingHeader';
import { DialogActions, Modal } from '../../components/Modal';
import { ReferatPaper } from '../referat/ReferatPaper';
import { SaveIndicator } from '../../components/SaveIndicator';
import { SignaturePad } from '../referat/SignaturePad';
import { call } from '../../lib/api';
import { useAction, useQuery } from '../../lib/hooks';
import { useAutosave } from '../../lib/useAutosave';
import { DocumentsCard } from '../documents/DocumentsCard';
import { OutlookCard } from '../outlook/OutlookCard';
import { EscalationCard } from '../../components/EscalationCard';
import { SignaturesBlock } from '../referat/SignaturesBlock';
import { TransitionPaper } from '../referat/TransitionPaper';
import { signatureText } from '../../../shared/text/signatures';
import { screenText } from '../../../shared/text/screens';

export function ReferatScreen({ id }: { id: string }) {
  const meeting = useQuery(() => call('meeting.get', { id }), [id]);
  const referat = useQuery(() => call('referat.get', { meetingId: id }), [id]);
  const action = useAction();
  const m = meeting.data;
  const r = referat.data;
  if (!m || !r) return <ErrorBanner error={meeting.error ?? referat.error} />;

  const set = async (fn: () => Promise<ReferatState>): Promise<boolean> => {
    const next = await action.run(fn);
    if (!next) return false;
    referat.setData(next);
    meeting.reload();
    return true;
  };
  const current = r.current;
  return (
    <>
      <MeetingHeader m={m} active="referat" />
      <ErrorBanner error={action.error} onClose={action.clear} />
      {r.policy === 'intet' ? (
        <div className="alert info">{t.referat.policyNone}</div>
      ) : !current || !r.body ? (
        <div className="card empty">
          <h2>{t.referat.none}</h2>
          <p>{t.referat.noneHelp}</p>
          <button type="button" className="primary" onClick={() => void set(() => call('referat.generate', { meetingId: id }))}>
            {t.referat.generate}
          </button>
        </div>
      ) : (
        <>
          <p>
            <span className={`badge ${current.status === 'forseglet' ? 'ok' : current.status === 'godkendt' ? 'primary' : 'warn'}`}>
              {t.referat.version(current.version)}:{' '}
              {current.status === 'godkendt' && r.requiredSigners.every((x) => x.signed) ? t.referat.allSigned : t.referat.statusLabels[current.status]}
            </span>
            {current.correctionReason && <span className="meta"> · {screenText.referat.correction(current.correctionReason)}</span>}
          </p>
          {current.status === 'udkast' && (
            <DraftEditor
              key={`${current.version}`}
              meetingId={id}
              body={r.body}
              chairName={m.participants.find((p) => p.personId === m.chairId)?.name ?? ''}
              onState={(s) => referat.setData(s)}
              set={set}
            />
          )}
          {current.status !== 'udkast' && <SignaturesPanel r={r} meetingId={id} set={set} />}
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

function DraftEditor({
  meetingId,
  body,
  chairName,
  onState,
  set,
}: {
  meetingId: string;
  body: ReferatBody;
  chairName: string;
  onState: (s: ReferatState) => void;
  set: (fn: () => Promise<ReferatState>) => Promise<boolean>;
}) {
  const [draft, setDraft] = useState(body);
  const save = useAutosave(draft, (b) => call('referat.update', { meetingId, body: b }).then(onState));
  const [approveOpen, setApproveOpen] = useState(false);
  const [approvedBy, setApprovedBy] = useState(chairName);
  const [regenOpen, setRegenOpen] = useState(false);
  return (
    <section className="card" aria-labelledby="draft-h">
      <h2 id="draft-h">
        {t.referat.title} – {t.referat.statusLabels['udkast']} <SaveIndicator state={save.state} />
      </h2>
      <div className="field">
        <label htmlFor="ref-bemaerk">{t.meeting.remark}</label>
        <textarea id="ref-bemaerk" rows={2} value={draft.bemaerk} onChange={(e) => setDraft({ ...draft, bemaerk: e.target.value })} />
      </div>
      {draft.items.map((it, i) => (
        <fieldset key={it.number}>
          <legend>
            {it.number} {it.title}
            {it.childLabel ? ` – ${it.childLabel}` : ''}
          </legend>
          <div className="field">
            <label htmlFor={`ref-text-${i}`}>{t.referat.itemText}</label>
            <textarea
              id={`ref-text-${i}`}
              rows={3}
              value={it.text}
              onChange={(e) => setDraft({ ...draft, items: draft.items.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })}
            />
          </div>
          <div className="field">
            <label htmlFor={`ref-dec-${i}`}>{t.referat.decisionsOnePerLine}</label>
            <textarea
              id={`ref-dec-${i}`}
              rows={2}
              value={it.decisions.join('\n')}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  items: draft.items.map((x, j) => (j === i ? { ...x, decisions: e.target.value.split('\n').filter((l, k, all) => l.trim() || k < all.length - 1) } : x)),
                })
              }
            />
          </div>
        </fieldset>
      ))}
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void save.flush().then(() => setApproveOpen(true))}>
          {t.referat.approve}
        </button>
        <button type="button" onClick={() => setRegenOpen(true)}>
          {t.referat.regenerate}
        </button>
      </div>
      <Modal title={t.referat.approve} open={approveOpen} onClose={() => setApproveOpen(false)}>
        <p>{t.referat.approveHelp}</p>
        <div className="field">
          <label htmlFor="approved-by">{t.referat.approvedBy}</label>
          <input id="approved-by" type="text" value={approvedBy} onChange={(e) => setApprovedBy(e.target.value)} />
        </div>
        <DialogActions
          onCancel={() => setApproveOpen(false)}
          confirmLabel={t.referat.approve}
          disabled={!approvedBy.trim()}
          onConfirm={() => void set(() => call('referat.approve', { meetingId, approvedBy })).then(() => setApproveOpen(false))}
        />
      </Modal>
      <Modal title={t.referat.regenerate} open={regenOpen} onClose={() => setRegenOpen(false)}>
        <p>{t.referat.regenerateConfirm}</p>
        <DialogActions
          onCancel={() => setRegenOpen(false)}
          confirmLabel={t.referat.regenerate}
          onConfirm={() =>
            void call('referat.generate', { meetingId }).then((s) => {
              onState(s);
              if (s.body) setDraft(s.body);
              setRegenOpen(false);
            })
          }
        />
      </Modal>
    </section>
  );
}

function SignaturesPanel({ r, meetingId, set }: { r: ReferatState; meetingId: string; set: (fn: () => Promise<ReferatState>) => Promise<boolean> }) {
  const [signing, setSigning] = useState<{ label: string; name: string } | null>(null);
  const [correctOpen, setCorrectOpen] = useState(false);
  const [sealOpen, setSealOpen] = useState(false);
  const [withdrawOpen, setWithdrawOpen] = useState(false);
  const [reason, setReason] = useState('');
  const sealed = r.current?.status === 'forseglet';
  const allSigned = r.requiredSigners.every((s) => s.signed);
  return (
    <section className="card" aria-labelledby="sig-h">
      <h2 id="sig-h">{t.referat.signatures}</h2>
      <table>
        <tbody>
          {r.requiredSigners.map((s, i) => {
            const sig = r.signatures.find((x) => x.signerLabel === s.label && (!s.suggestedName || x.name === s.suggestedName));
            return (
              <tr key={i}>
                <th scope="row">{s.label}</th>
                <td>{s.suggestedName ?? sig?.name ?? '–'}</td>
                <td>
                  {sig ? (
                    <>
                      {sig.imageDataUrl ? <img className="sig-img" src={sig.imageDataUrl} alt={signatureText.imageAlt(sig.name)} /> : <em>{signatureText.typedPlain(sig.name)}</em>}
                      <div className="meta">
                        {t.referat.signedAt} {formatTimestamp(sig.signedAt)}
                      </div>
                    </>
                  ) : (
                    <span className="badge warn">{t.referat.missing}</span>
                  )}
                </td>
                <td>
                  {!sealed && (
                    <button type="button" onClick={() => setSigning({ label: s.label, name: s.suggestedName ?? '' })}>
                      {t.referat.sign}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!sealed ? (
        <>
          <p className="meta" style={{ marginTop: '1rem' }}>
            {t.referat.sealHelp}
          </p>
          <Modal title={t.referat.seal} open={sealOpen} onClose={() => setSealOpen(false)}>
            <p>{t.referat.sealConfirm}</p>
            <DialogActions
              onCancel={() => setSealOpen(false)}
              confirmLabel={t.referat.seal}
              onConfirm={() => void set(() => call('referat.seal', { meetingId })).then(() => setSealOpen(false))}
            />
          </Modal>
          <div className="toolbar">
            <button type="button" className="primary" disabled={!allSigned} onClick={() => setSealOpen(true)}>
              {t.referat.seal}
            </button>
            {r.current?.status === 'godkendt' && (
              <button type="button" onClick={() => setWithdrawOpen(true)}>
                {t.referat.withdraw}
              </button>
            )}
          </div>
        </>
      ) : (
        <>
          <div className="alert ok" style={{ marginTop: '1rem' }} role="status">
            {t.referat.sealed} {r.current?.sealedAt ? formatTimestamp(r.current.sealedAt) : ''}. {t.referat.sealLabel}: <code>{r.current?.seal}</code>
          </div>
          <button type="button" onClick={() => setCorrectOpen(true)}>
            {t.referat.correct}
          </button>
        </>
      )}
      {signing && (
        <SignDialog
          label={signing.label}
          defaultName={signing.name}
          onClose={() => setSigning(null)}
          onSign={(input) => call('referat.sign', { meetingId, signerLabel: signing.label, ...input }).then((next) => void set(() => Promise.resolve(next)).then(() => setSigning(null)))}
        />
      )}
      <Modal title={t.referat.withdraw} open={withdrawOpen} onClose={() => setWithdrawOpen(false)}>
        <p className="meta">{t.referat.withdrawHelp}</p>
        <div className="field">
          <label htmlFor="withdraw-reason">{t.referat.withdrawReason}</label>
          <textarea id="withdraw-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <DialogActions
          onCancel={() => setWithdrawOpen(false)}
          confirmLabel={t.referat.withdrawConfirm}
          disabled={!reason.trim()}
          onConfirm={() => void set(() => call('referat.withdrawApproval', { meetingId, reason })).then(() => setWithdrawOpen(false))}
        />
      </Modal>
      <Modal title={t.referat.correct} open={correctOpen} onClose={() => setCorrectOpen(false)}>
        <div className="field">
          <label htmlFor="correct-reason">{t.referat.correctReason}</label>
          <textarea id="correct-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <DialogActions
          onCancel={() => setCorrectOpen(false)}
          confirmLabel={t.referat.correctCreate}
          disabled={!reason.trim()}
          onConfirm={() => void set(() => call('referat.correct', { meetingId, reason })).then(() => setCorrectOpen(false))}
        />
      </Modal>
    </section>
  );
}

function SignDialog({
  label,
  defaultName,
  onClose,
  onSign,
}: {
  label: string;
  defaultName: string;
  onClose: () => void;
  onSign: (input: { name: string; role: string; method: 'tegnet' | 'navn'; imageDataUrl: string | null }) => Promise<void>;
}) {
  const action = useAction();
  const [name, setName] = useState(defaultName);
  const [role, setRole] = useState(label);
  const [typed, setTyped] = useState(false);
  const [image, setImage] = useState<string | null>(null);
  return (
    <Modal title={t.referat.signAs(label)} open onClose={onClose}>
      <ErrorBanner error={action.error} />
      <div className="grid-2">
        <div className="field">
          <label htmlFor="sig-name">{t.referat.signerName}</label>
          <input id="sig-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="sig-role">{t.referat.signerRole}</label>
          <input id="sig-role" type="text" value={role} onChange={(e) => setRole(e.target.value)} />
        </div>
      </div>
      <label className="check">
        <input type="checkbox" checked={typed} onChange={(e) => setTyped(e.target.checked)} />
        {t.referat.typedName}
      </label>
      {!typed && <SignaturePad label={t.referat.drawHere} onChange={setImage} />}
      <DialogActions
        onCancel={onClose}
        confirmLabel={t.referat.saveSignature}
        disabled={action.busy || !name.trim() || (!typed && !image)}
        onConfirm={() => void action.run(() => onSign({ name, role, method: typed ? 'navn' : 'tegnet', imageDataUrl: typed ? null : image }))}
      />
    </Modal>
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
