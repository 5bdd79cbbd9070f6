import { useState } from 'react';
import { formatLongDate, formatTimestamp } from '../../../shared/format/danishDate';
import type { Followup } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DialogActions, Modal } from '../../components/Modal';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { useFollowupList } from './useFollowupList';
import { ListState } from '../../ui/ListState';
import { hrefFor } from '../../lib/router';
import { screenText } from '../../../shared/text/screens';

/** „Mine opfølgninger": what I have promised to do, overdue first; closing one is logged. */
export function FollowupsScreen() {
  const [scope, setScope] = useState<'mine' | 'alle'>('mine');
  const [showClosed, setShowClosed] = useState(false);
  const { list, showMore } = useFollowupList(scope, showClosed);
  const action = useAction();
  const [closing, setClosing] = useState<Followup | null>(null);
  const [note, setNote] = useState('');
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t.followupsScreen.title}</h1>
          <p className="sub">{t.followupsScreen.subtitle}</p>
        </div>
      </div>
      <div className="tabs" role="tablist" aria-label={t.followupsScreen.title}>
        <button type="button" role="tab" aria-selected={scope === 'mine'} onClick={() => setScope('mine')}>
          {t.followupsScreen.mine}
        </button>
        <button type="button" role="tab" aria-selected={scope === 'alle'} onClick={() => setScope('alle')}>
          {t.followupsScreen.all}
        </button>
      </div>
      <label className="check" style={{ marginBottom: '1rem' }}>
        <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} />
        {t.followupsScreen.showClosed}
      </label>
      <ErrorBanner error={action.error} />
      <ListState data={list.data?.items} error={list.error} empty={<p className="empty card">{t.followupsScreen.empty}</p>}>
        {(rows) => (
          <>
          <table aria-label={t.followupsScreen.title}>
            <thead>
              <tr>
                <th scope="col">{t.live.followupWho}</th>
                <th scope="col">{t.live.followupWhat}</th>
                <th scope="col">{t.followupsScreen.child}</th>
                <th scope="col">{t.followupsScreen.due}</th>
                <th scope="col">{t.followupsScreen.from}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.followupsScreen.close}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => {
                const overdue = f.overdue;
                return (
                  <tr key={f.id}>
                    <td>
                      {f.ownerName ?? f.ownerInitials} ({f.ownerInitials}){f.external ? ` – ${t.followupsScreen.external}` : ''}
                    </td>
                    <td>
                      {f.text}
                      {f.status === 'lukket' && (
                        <div className="meta">
                          {t.followupsScreen.closed} {f.closedAt ? formatTimestamp(f.closedAt) : ''} {screenText.followups.closedBy(f.closedBy ?? '')}
                          {f.closedNote ? `: ${f.closedNote}` : ''}
                        </div>
                      )}
                    </td>
                    <td>{f.childName ?? (f.anonymous ? t.followupsScreen.anonymousChild : '–')}</td>
                    <td>
                      {f.dueDate ? formatLongDate(f.dueDate) : '–'} {overdue && <span className="badge danger">{t.followupsScreen.overdue}</span>}
                    </td>
                    <td>
                      <a href={hrefFor({ name: 'moede', id: f.meetingId })}>
                        {f.meetingTitle}, {formatLongDate(f.meetingDate)}
                      </a>
                    </td>
                    <td>
                      {f.status === 'aaben' && (
                        <button type="button" className="small" aria-label={`${t.followupsScreen.close}: ${f.text}`} onClick={() => setClosing(f)}>
                          {t.followupsScreen.close}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {list.data?.more && (
            <button type="button" className="list-more" onClick={showMore} disabled={list.loading}>
              {t.followupsScreen.more}
            </button>
          )}
          </>
        )}
      </ListState>
      <Modal title={t.followupsScreen.close} open={closing !== null} onClose={() => setClosing(null)}>
        <p>{closing?.text}</p>
        <div className="field">
          <label htmlFor="fu-note">{t.followupsScreen.closeNote}</label>
          <input id="fu-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <DialogActions
          onCancel={() => setClosing(null)}
          confirmLabel={t.followupsScreen.close}
          onConfirm={() =>
            void action.run(() => call('followup.close', { id: closing!.id, note })).then((r) => {
              if (!r) return;
              setClosing(null);
              setNote('');
              // The reply is the closed follow-up: it replaces its row (or leaves a list of open ones).
              list.setData((prev) => prev && { ...prev, items: showClosed ? prev.items.map((f) => (f.id === r.id ? r : f)) : prev.items.filter((f) => f.id !== r.id) });
            })
          }
        />
      </Modal>
    </>
  );
}
