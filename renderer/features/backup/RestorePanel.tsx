import { useState } from 'react';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import { formatLongDate, formatTimestamp } from '../../../shared/format/danishDate';
import { t } from '../../../shared/text/da';
import { restoreText } from '../../../shared/text/restore';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DialogActions, Modal } from '../../components/Modal';
import { call } from '../../lib/api';
import { useAction, useQuery } from '../../lib/hooks';
import { ProgressBar } from './ProgressBar';

type Candidate = NonNullable<ChannelOutput<'db.restoreChoose'>>;

/**
 * Restore in two steps: choose a backup (or a safety copy) – the core checks it and says what it holds – then
 * confirm. Used in Indstillinger and on the lock screen, which serves the same channels while the data are locked.
 */
export function RestorePanel({ onRestored }: { onRestored: (safetyCopy: string | null) => void }) {
  const action = useAction();
  const copies = useQuery(() => call('db.safetyCopies', {}), []);
  const [pass, setPass] = useState('');
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  return (
    <div className="restore-panel">
      <p>{t.backup.restoreIntro}</p>
      <ErrorBanner error={action.error ?? copies.error} onClose={action.clear} />
      <div className="field">
        <label htmlFor="rs-pass">{t.backup.backupPassphrase}</label>
        <input id="rs-pass" type="password" autoComplete="off" value={pass} onChange={(e) => setPass(e.target.value)} />
      </div>
      <div className="toolbar">
        <button type="button" disabled={pass.length < 1 || action.busy} onClick={() => void action.run(() => call('db.restoreChoose', { passphrase: pass })).then((c) => c && setCandidate(c))}>
          {t.backup.chooseFile}
        </button>
      </div>
      <h3 id="rs-copies-h">{t.backup.safetyCopies}</h3>
      <p className="meta">{t.backup.safetyCopiesHint}</p>
      {copies.data && copies.data.length === 0 && <p className="meta">{t.backup.noSafetyCopies}</p>}
      <ul className="plain-list" aria-labelledby="rs-copies-h">
        {copies.data?.map((c, i) => (
          <li key={c.name}>
            <span id={`rs-copy-${i}`}>{restoreText.safetyCopyLine(formatTimestamp(c.madeAt), Math.max(1, Math.round(c.bytes / 1024)))}</span>{' '}
            <button
              type="button"
              disabled={action.busy}
              aria-describedby={`rs-copy-${i}`}
              onClick={() => void action.run(() => call('db.restoreSafetyCopy', { name: c.name })).then((r) => r && setCandidate(r))}
            >
              {t.backup.restoreThis}
            </button>
          </li>
        ))}
      </ul>
      <Modal title={t.backup.confirmTitle} open={candidate !== null} onClose={() => setCandidate(null)}>
        {candidate && (
          <>
            <p>
              <strong>{candidate.name}</strong>
            </p>
            <dl className="summary" aria-label={t.backup.holds}>
              <dt>{t.backup.holds}</dt>
              <dd>
                {t.backup.children(candidate.summary.children)}, {t.backup.people(candidate.summary.people)}, {t.backup.meetings(candidate.summary.meetings)}
              </dd>
              <dt>{t.backup.newestMeeting}</dt>
              <dd>{candidate.summary.newestMeeting ? formatLongDate(candidate.summary.newestMeeting) : t.backup.none}</dd>
              <dt>{t.backup.lastChange}</dt>
              <dd>{candidate.summary.lastChange ? formatTimestamp(candidate.summary.lastChange) : t.backup.none}</dd>
              <dt>{t.backup.madeAt}</dt>
              <dd>{formatTimestamp(candidate.summary.madeAt)}</dd>
            </dl>
            <p className="alert warn">{t.backup.replaceWarning}</p>
            <ProgressBar operation="restore" />
            <DialogActions
              onCancel={() => setCandidate(null)}
              confirmLabel={t.backup.confirm}
              danger
              disabled={action.busy}
              onConfirm={() =>
                void action.run(() => call('db.restore', { candidateId: candidate.candidateId })).then((r) => {
                  setCandidate(null);
                  if (r?.restored) onRestored(r.safetyCopy);
                })
              }
            />
          </>
        )}
      </Modal>
    </div>
  );
}
