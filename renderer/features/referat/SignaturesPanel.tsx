import { useEffect, useRef, useState } from 'react';
import { formatTimestamp } from '../../../shared/format/danishDate';
import type { ReferatState } from '../../../shared/schemas/referat';
import { t } from '../../../shared/text/da';
import { referatScreenText as RS } from '../../../shared/text/referatScreen';
import { signatureText } from '../../../shared/text/signatures';
import { signatureRows } from '../../../shared/referat/referatText';
import { DialogActions, Modal } from '../../components/Modal';
import { TextArea } from '../../ui/TextArea';
import { AddSignerForm } from './AddSignerForm';
import { SignDialog } from './SignDialog';
import type { ReferatOwner } from './useReferat';

/**
 * Who signs, who has signed, and the seal. One row per signer as the core plans it – a mødeleder who is also the
 * referent signs once, in both roles – and the signers the chair added. Buttons follow `r.allowed`.
 */
export function SignaturesPanel({ r, owner, focusOnMount }: { r: ReferatState; owner: ReferatOwner; focusOnMount: boolean }) {
  const [signing, setSigning] = useState<{ label: string; name: string } | null>(null);
  const [correctOpen, setCorrectOpen] = useState(false);
  const [sealOpen, setSealOpen] = useState(false);
  const [withdrawOpen, setWithdrawOpen] = useState(false);
  const [reason, setReason] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusOnMount) return;
    const frame = requestAnimationFrame(() => {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusOnMount]);
  const sealed = r.current?.status === 'forseglet';
  const rows = signatureRows(r);
  return (
    <section className="card" aria-labelledby="sig-h">
      <h2 id="sig-h" ref={heading} tabIndex={-1}>
        {t.referat.signatures}
      </h2>
      <table>
        <tbody>
          {r.requiredSigners.map((s, i) => {
            const sig = rows[i]?.signature;
            return (
              <tr key={s.addedId ?? `${s.label}-${i}`}>
                <th scope="row">{rows[i]?.label ?? s.label}</th>
                <td>
                  {s.suggestedName ?? sig?.name ?? '–'}
                  {s.addedId && <span className="meta"> · {RS.signers.added}</span>}
                </td>
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
                  {r.allowed.sign && !s.signed && (
                    <button type="button" onClick={() => setSigning({ label: s.label, name: s.suggestedName ?? '' })}>
                      {t.referat.sign}
                    </button>
                  )}
                  {s.addedId && r.allowed.removeSigner && (
                    <button type="button" className="link" aria-label={RS.signers.remove(s.suggestedName ?? s.label)} onClick={() => void owner.removeSigner(s.addedId!)}>
                      {RS.signers.removeShort}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {r.allowed.addSigner && <AddSignerForm owner={owner} />}
      {!sealed ? (
        <>
          <p className="meta" style={{ marginTop: '1rem' }}>
            {t.referat.sealHelp}
          </p>
          <Modal title={t.referat.seal} open={sealOpen} onClose={() => setSealOpen(false)}>
            <p>{t.referat.sealConfirm}</p>
            <DialogActions onCancel={() => setSealOpen(false)} confirmLabel={t.referat.seal} onConfirm={() => void owner.seal().then(() => setSealOpen(false))} />
          </Modal>
          <div className="toolbar">
            <button type="button" className="primary" disabled={!r.allowed.seal} onClick={() => setSealOpen(true)}>
              {t.referat.seal}
            </button>
            {r.allowed.withdraw && (
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
          {r.allowed.correct && (
            <button type="button" onClick={() => setCorrectOpen(true)}>
              {t.referat.correct}
            </button>
          )}
        </>
      )}
      {signing && (
        <SignDialog
          label={signing.label}
          defaultName={signing.name}
          onClose={() => setSigning(null)}
          onSign={(input) => owner.sign({ signerLabel: signing.label, ...input }).then(() => setSigning(null))}
        />
      )}
      <Modal title={t.referat.withdraw} open={withdrawOpen} onClose={() => setWithdrawOpen(false)}>
        <p className="meta">{t.referat.withdrawHelp}</p>
        <TextArea id="withdraw-reason" label={t.referat.withdrawReason} value={reason} onChange={setReason} />
        <DialogActions
          onCancel={() => setWithdrawOpen(false)}
          confirmLabel={t.referat.withdrawConfirm}
          disabled={!reason.trim()}
          onConfirm={() => void owner.withdraw(reason).then(() => setWithdrawOpen(false))}
        />
      </Modal>
      <Modal title={t.referat.correct} open={correctOpen} onClose={() => setCorrectOpen(false)}>
        <TextArea id="correct-reason" label={t.referat.correctReason} value={reason} onChange={setReason} />
        <DialogActions
          onCancel={() => setCorrectOpen(false)}
          confirmLabel={t.referat.correctCreate}
          disabled={!reason.trim()}
          onConfirm={() => void owner.correct(reason).then(() => setCorrectOpen(false))}
        />
      </Modal>
    </section>
  );
}
