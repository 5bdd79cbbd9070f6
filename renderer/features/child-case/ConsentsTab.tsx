import { useState } from 'react';
import { CONSENT_PURPOSE_LABELS } from '../../../shared/domain/consentRules';
import { formatDanishDateInput } from '../../../shared/format/danishInput';
import type { CaseDetail } from '../../../shared/schemas/case';
import { consentText as ct } from '../../../shared/text/consentText';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DialogActions, Modal } from '../../components/Modal';
import { useAction } from '../../lib/hooks';
import { ConsentForm } from './ConsentForm';
import type { ChildCase } from './useChildCase';

/** The consent ledger: every consent with its dates (dd.mm.åååå, never wrapped), withdrawal and a new consent. */
export function ConsentsTab({ d, cc }: { d: CaseDetail; cc: ChildCase }) {
  const action = useAction();
  const [open, setOpen] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [withdrawReason, setWithdrawReason] = useState('');
  return (
    <>
      <div className={`alert ${d.consentValidForMeetings ? 'ok' : 'warn'}`} role="status">
        {d.consentValidForMeetings ? t.caseText.consentStatusOk : t.caseText.consentStatusMissing(d.consentProblem ?? '')}
      </div>
      <ErrorBanner error={action.error} onClose={action.clear} />
      <section className="card" aria-labelledby="consents-h">
        <h2 id="consents-h">{t.caseTabs.samtykke}</h2>
        <table className="consent-table">
          <thead>
            <tr>
              <th scope="col">{screenText.child.consentColumns.guardian}</th>
              <th scope="col">{t.caseText.purpose}</th>
              <th scope="col">{screenText.child.consentColumns.infoAndRecipients}</th>
              <th scope="col">{screenText.child.consentColumns.given}</th>
              <th scope="col">{screenText.child.consentColumns.expires}</th>
              <th scope="col">{screenText.child.consentColumns.status}</th>
              <th scope="col">
                <span className="visually-hidden">{t.caseText.withdraw}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {d.consents.map((c) => (
              <tr key={c.id}>
                <td>{c.guardianName}</td>
                <td>
                  {CONSENT_PURPOSE_LABELS[c.purpose]}
                  {c.purposeText && <div className="meta">{c.purposeText}</div>}
                </td>
                <td>
                  {c.infoTypes.join(', ')}
                  <div className="meta">{screenText.child.consentRecipients(c.recipients.map((r) => (r.authority ? `${r.name} (${r.authority})` : r.name)).join(', '))}</div>
                  {c.participants.length > 0 && <div className="meta">{screenText.child.consentParticipants(c.participants.map((p) => (p.kind === 'role' ? `${p.label} ${ct.roleSuffix}` : p.label)).join(', '))}</div>}
                  {c.participantsShown.length > 0 && (
                    <div className="meta">
                      {ct.oldFreeText}: {c.participantsShown.join(', ')}
                    </div>
                  )}
                  {c.topics.length > 0 && <div className="meta">{screenText.child.consentTopics(c.topics.join(', '))}</div>}
                </td>
                <td>
                  <span className="date">{formatDanishDateInput(c.givenDate)}</span>
                  <div className="meta">{c.obtainedBy}</div>
                </td>
                <td>
                  <span className="date">{formatDanishDateInput(c.effectiveExpiry)}</span>
                </td>
                <td>
                  <span className={`badge ${c.status === 'gyldig' ? 'ok' : 'danger'}`}>{t.caseText.consentStatus[c.status]}</span>
                  {c.withdrawnReason && <div className="meta">{c.withdrawnReason}</div>}
                </td>
                <td>
                  {c.status === 'gyldig' && (
                    <button type="button" className="small" onClick={() => setWithdrawing(c.id)}>
                      {t.caseText.withdraw}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="primary" style={{ marginTop: '1rem' }} onClick={() => setOpen(true)}>
          {t.caseText.recordConsent}
        </button>
      </section>
      <ConsentForm d={d} cc={cc} open={open} onClose={() => setOpen(false)} />
      <Modal title={t.caseText.withdraw} open={withdrawing !== null} onClose={() => setWithdrawing(null)}>
        <div className="field">
          <label htmlFor="cs-wr">{t.caseText.withdrawReason}</label>
          <input id="cs-wr" type="text" value={withdrawReason} onChange={(e) => setWithdrawReason(e.target.value)} />
        </div>
        <DialogActions
          onCancel={() => setWithdrawing(null)}
          confirmLabel={t.caseText.withdraw}
          danger
          onConfirm={() =>
            void action.run(() => cc.withdrawConsent(withdrawing!, withdrawReason)).then((n) => {
              if (n) setWithdrawing(null);
            })
          }
        />
      </Modal>
    </>
  );
}
