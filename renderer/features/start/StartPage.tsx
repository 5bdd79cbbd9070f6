import { useState } from 'react';
import { formatLongDate, formatTimeRange } from '../../../shared/format/danishDate';
import { MEETING_STATUS_LABELS } from '../../../shared/schemas/codes';
import { t } from '../../../shared/text/da';
import { call } from '../../lib/api';
import { useLiveQuery } from '../../lib/hooks';
import { ListState } from '../../ui/ListState';
import { hrefFor, navigate } from '../../lib/router';
import { useSettings } from '../../lib/settingsContext';

type Filter = 'kommende' | 'afholdte' | 'alle';

const STATUS_BADGE: Record<string, string> = { i_gang: 'primary', aflyst: 'danger', godkendt: 'ok', afholdt: 'warn' };

export function StartPage() {
  const [filter, setFilter] = useState<Filter>('kommende');
  const meetings = useLiveQuery(() => call('meeting.list', { filter }), [filter], { aggregate: 'meeting', id: null });
  const deadlines = useLiveQuery(() => call('deadlines.upcoming', {}), [], { aggregate: 'child', id: null });
  const { settings } = useSettings();
  const firstName = settings?.profile?.name.split(' ')[0];
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t.start.title}</h1>
          {firstName && <p className="greeting">{t.start.greeting(firstName)}</p>}
          <p className="sub">{t.start.subtitle}</p>
        </div>
        <div className="toolbar">
          <a className="button primary" href={hrefFor({ name: 'nyt-moede' })}>
            {t.start.newMeeting}
          </a>
        </div>
      </div>
      {(deadlines.data ?? []).length > 0 && (
        <section className="card" aria-labelledby="deadlines-h">
          <h2 id="deadlines-h">{(deadlines.data ?? []).some((d) => d.overdue) ? t.start.deadlinesTitleOverdue : t.start.deadlinesTitle}</h2>
          <ul className="list-plain">
            {(deadlines.data ?? []).slice(0, 8).map((d) => (
              <li key={d.childId + d.kind}>
                <span>
                  <a href={hrefFor({ name: 'barn', id: d.childId })}>{d.childName}</a>: {d.label}
                </span>
                <span className="meta">
                  {d.overdue && <span className="badge danger">{t.start.deadlineOverdue}</span>} {formatLongDate(d.date)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="tabs" role="tablist" aria-label={t.start.title}>
        {(
          [
            ['kommende', t.start.tabUpcoming],
            ['afholdte', t.start.tabHeld],
            ['alle', t.start.tabAll],
          ] as const
        ).map(([key, label]) => (
          <button key={key} type="button" role="tab" aria-selected={filter === key} onClick={() => setFilter(key)}>
            {label}
          </button>
        ))}
      </div>
      <ListState
        data={meetings.data}
        error={meetings.error}
        empty={
          <div className="empty card">
            <h2>{filter === 'afholdte' ? t.start.emptyHeld : t.start.emptyTitle}</h2>
            {filter !== 'afholdte' && <p>{t.start.emptyText}</p>}
            <a className="button primary" href={hrefFor({ name: 'nyt-moede' })}>
              {t.start.newMeeting}
            </a>
          </div>
        }
      >
        {(list) => (
          <table aria-label={t.start.title}>
            <thead>
              <tr>
                <th scope="col">{t.start.colDate}</th>
                <th scope="col">{t.start.colTime}</th>
                <th scope="col">{t.start.colMeeting}</th>
                <th scope="col">{t.start.colChild}</th>
                <th scope="col">{t.start.colChair}</th>
                <th scope="col">{t.start.colStatus}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.id} className="clickable" onClick={() => navigate({ name: 'moede', id: m.id })}>
                  <td>{formatLongDate(m.date)}</td>
                  <td>{formatTimeRange(m.startTime, m.endTime)}</td>
                  <td>
                    <a href={hrefFor({ name: 'moede', id: m.id })} onClick={(e) => e.stopPropagation()}>
                      {m.title}
                    </a>
                    {m.title !== m.templateName && <div className="meta">{m.templateName}</div>}
                    {m.isSample && <span className="badge">{t.app.sample}</span>}
                  </td>
                  <td>{m.childName ?? '–'}</td>
                  <td>{m.chairName ?? '–'}</td>
                  <td>
                    <span className={`badge ${STATUS_BADGE[m.status] ?? ''}`}>{MEETING_STATUS_LABELS[m.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListState>
    </>
  );
}
