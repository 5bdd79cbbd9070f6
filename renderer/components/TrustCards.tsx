import { useState } from 'react';
import { formatLongDate, formatTimestamp } from '../../shared/format/danishDate';
import { t } from '../../shared/text/da';
import { call } from '../lib/api';
import { useAction, useQuery } from '../lib/hooks';
import { ErrorBanner } from './ErrorBanner';
import { auditExportText } from '../../shared/text/historyTruth';
import { DialogActions, Modal } from './Modal';
import { screenText } from '../../shared/text/screens';
import { ProgressBar } from '../features/backup/ProgressBar';

export function SecurityCard() {
  const status = useQuery(() => call('security.status', {}), []);
  const action = useAction();
  const [pass, setPass] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  const s = status.data;
  return (
    <section className="card" aria-labelledby="sec-h">
      <h2 id="sec-h">{t.settings.security}</h2>
      {s && <p>{t.settings.protectionLabels[s.protection]}</p>}
      <ErrorBanner error={action.error ?? status.error} onClose={action.clear} />
      {msg && (
        <div className="alert ok" role="status">
          {msg}
        </div>
      )}
      {s && s.protection !== 'explicit' && (
        <div className="toolbar" style={{ alignItems: 'end' }}>
          <div className="field" style={{ marginBottom: 0 }}>
            <label htmlFor="sec-pass">{t.settings.newPassphrase}</label>
            <input id="sec-pass" type="password" autoComplete="new-password" value={pass} onChange={(e) => setPass(e.target.value)} />
          </div>
          <button type="button" disabled={pass.length < 8} onClick={() => void action.run(() => call('security.setPassphrase', { passphrase: pass })).then((n) => n && (status.setData(n), setPass('')))}>
            {t.settings.setPassphrase}
          </button>
          {s.protection === 'os+passphrase' && (
            <button type="button" onClick={() => void action.run(() => call('security.setPassphrase', { passphrase: null })).then((n) => n && status.setData(n))}>
              {t.settings.removePassphrase}
            </button>
          )}
        </div>
      )}
      <p className="meta" style={{ marginTop: '1rem' }}>
        {t.settings.rekeyHelp}
      </p>
      <button type="button" onClick={() => void action.run(() => call('security.rekey', {})).then((r) => r && setMsg(t.settings.rekeyDone))}>
        {t.settings.rekey}
      </button>
      <ProgressBar operation="rekey" />
    </section>
  );
}

export function AuditCard() {
  const log = useQuery(() => call('audit.list', { limit: 50 }), []);
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);
  const d = log.data;
  return (
    <section className="card" aria-labelledby="audit-h">
      <h2 id="audit-h">{t.settings.audit}</h2>
      <p className="meta">{t.settings.auditHelp}</p>
      <ErrorBanner error={log.error ?? action.error} />
      {d && (
        <div className={`alert ${d.chain.ok && d.atStart.ok ? 'ok' : 'error'}`} role="status" data-testid="revisionslog-kaede">
          <p>{d.chain.message}</p>
          {!d.atStart.ok && (
            <p>
              {t.auditChain.atStart} {d.atStart.message}
            </p>
          )}
        </div>
      )}
      {saved && <p className="saved">{t.documents.saved(saved)}</p>}
      <div className="toolbar">
        <button type="button" onClick={() => void action.run(() => call('audit.export', {})).then((r) => r && setSaved(r.path))}>
          {t.settings.auditExport}
        </button>
        <button type="button" onClick={() => void action.run(() => call('audit.exportHtml', {})).then((r) => r && setSaved(r.path))}>
          {auditExportText.button}
        </button>
      </div>
      <table style={{ marginTop: '1rem' }}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{screenText.audit.columns.when}</th>
            <th scope="col">{screenText.audit.columns.who}</th>
            <th scope="col">{screenText.audit.columns.what}</th>
          </tr>
        </thead>
        <tbody>
          {(d?.entries ?? []).map((e) => (
            <tr key={e.seq}>
              <td>{e.seq}</td>
              <td>{formatTimestamp(e.at)}</td>
              <td>{e.actor}</td>
              <td>{e.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function RetentionCard() {
  const list = useQuery(() => call('retention.candidates', {}), []);
  const action = useAction();
  const [sag, setSag] = useState('');
  const [kle, setKle] = useState('');
  const [confirm, setConfirm] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  const chosen = (list.data ?? []).find((c) => c.childId === confirm) ?? null;
  return (
    <section className="card" aria-labelledby="ret-h">
      <h2 id="ret-h">{t.settings.retentionTitle}</h2>
      <p className="meta">{t.settings.retentionHelp}</p>
      <ErrorBanner error={list.error ?? action.error} onClose={action.clear} />
      {msg && (
        <div className="alert ok" role="status">
          {msg}
        </div>
      )}
      {/* Unreadable: the error alone – „no child is due“ under it would not be true. */}
      {list.error || !list.data ? null : list.data.length === 0 ? (
        <p>{t.settings.retentionNone}</p>
      ) : (
        <>
          <div className="grid-2">
            <div className="field">
              <label htmlFor="ret-sag">{t.settings.sagsnummer}</label>
              <input id="ret-sag" type="text" value={sag} onChange={(e) => setSag(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="ret-kle">{t.settings.kle}</label>
              <input id="ret-kle" type="text" value={kle} onChange={(e) => setKle(e.target.value)} />
            </div>
          </div>
          <ul className="list-plain">
            {(list.data ?? []).map((c) => (
              <li key={c.childId} style={{ display: 'block' }} data-testid="retention-child">
                <div>
                  <strong>{c.childName}</strong> – {screenText.retention.stopped(formatLongDate(c.leftAt))} · {c.due.map((d) => t.settings.retentionKinds[d]).join(', ')}
                </div>
                {c.flags.map((f) => (
                  <div key={f} className="alert warn" role="note">
                    {f}
                  </div>
                ))}
                <table>
                  <caption className="meta" style={{ textAlign: 'left' }}>
                    {t.settings.retentionWhat}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.settings.retentionCategory}</th>
                      <th scope="col">{t.settings.retentionCount}</th>
                      <th scope="col">{t.settings.retentionHeld}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.categories.map((k) => (
                      <tr key={k.key}>
                        <td>{k.label}</td>
                        <td>{k.count}</td>
                        <td>{t.settings.retentionHeldLabels[k.held]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <p className="meta" role="status">
                  {c.packageAt ? (c.packageCurrent ? t.settings.packageCurrent(formatTimestamp(c.packageAt)) : t.settings.packageStale(formatTimestamp(c.packageAt))) : t.settings.packageNone}
                </p>
                <span className="toolbar">
                  <button
                    type="button"
                    className="small"
                    onClick={() =>
                      void action.run(() => call('retention.journalPackage', { childId: c.childId, sagsnummer: sag, kle })).then((r) => {
                        if (!r) return;
                        setMsg(t.documents.saved(r.path));
                        list.reload();
                      })
                    }
                  >
                    {t.settings.journalPackage}
                  </button>
                  <button type="button" className="small danger" onClick={() => (setReason(''), setConfirm(c.childId))}>
                    {t.settings.deleteNow}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Modal title={t.settings.deleteNow} open={confirm !== null} onClose={() => setConfirm(null)}>
        <p>{t.settings.deleteConfirm}</p>
        {chosen && !chosen.packageCurrent && (
          <>
            <div className="alert warn" role="alert">
              {chosen.packageAt ? t.settings.packageStale(formatTimestamp(chosen.packageAt)) : t.settings.packageNone}
            </div>
            <div className="field">
              <label htmlFor="ret-reason">{t.settings.deleteReason}</label>
              <textarea id="ret-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby="ret-reason-hint" />
              <div className="hint" id="ret-reason-hint">
                {t.settings.deleteReasonHint}
              </div>
            </div>
          </>
        )}
        <DialogActions
          onCancel={() => setConfirm(null)}
          confirmLabel={t.settings.deleteNow}
          danger
          disabled={!!chosen && !chosen.packageCurrent && reason.trim().length < 10}
          onConfirm={() =>
            void action.run(() => call('retention.delete', { childId: confirm!, confirmed: true, ...(chosen?.packageCurrent ? {} : { reason }) })).then((r) => {
              setConfirm(null);
              if (r) {
                setMsg(t.settings.deleted);
                list.reload();
              }
            })
          }
        />
      </Modal>
    </section>
  );
}
