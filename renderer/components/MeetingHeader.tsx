import { formatDateWithWeekday, formatTimeRange } from '../../shared/format/danishDate';
import { meetingDayText } from '../../shared/text/meetingDayText';
import { MEETING_STATUS_LABELS } from '../../shared/schemas/codes';
import type { MeetingDetail } from '../../shared/schemas/meeting';
import { t } from '../../shared/text/da';
import { hrefFor } from '../lib/router';
import { screenText } from '../../shared/text/screens';

export function MeetingHeader({ m, active }: { m: MeetingDetail; active: 'plan' | 'afvikling' | 'referat' | 'skema' | 'handleplan' }) {
  const hasSkema = m.template.requiredDocuments.includes('overgangsskema');
  const hasPlan = m.template.requiredDocuments.includes('handleplan');
  const tabs: [string, string, string][] = [
    ['plan', t.meeting.tabs.plan, hrefFor({ name: 'moede', id: m.id })],
    ['afvikling', t.meeting.tabs.afvikling, hrefFor({ name: 'afvikling', id: m.id })],
    ...(hasSkema ? [['skema', t.meeting.tabs.skema, hrefFor({ name: 'skema', id: m.id })] as [string, string, string]] : []),
    ...(hasPlan ? [['handleplan', t.meeting.tabs.handleplan, hrefFor({ name: 'handleplan', id: m.id })] as [string, string, string]] : []),
    ['referat', hasSkema ? t.meeting.tabs.referatOgSkema : t.meeting.tabs.referat, hrefFor({ name: 'referat', id: m.id })],
  ];
  return (
    <header className="page-header">
      <div>
        <h1>
          {m.title}
          {m.childName && m.template.childScope === 'et_barn' ? ` – ${m.childName}` : ''}
        </h1>
        <p className="sub">
          {formatDateWithWeekday(m.date)} · {formatTimeRange(m.startTime, m.endTime)}
          {m.place ? ` · ${m.place}` : ''} · <span className="badge">{MEETING_STATUS_LABELS[m.status]}</span>
          {m.plannedDate && (
            <>
              {' '}
              <span className="badge">{meetingDayText.plannedHeld(m.plannedDate, m.date)}</span>
            </>
          )}
          {m.isSample && (
            <>
              {' '}
              <span className="badge">{t.app.sample}</span>
            </>
          )}
        </p>
        <nav aria-label={screenText.meetingTabs} className="toolbar no-print">
          {tabs.map(([key, label, href]) => (
            <a key={key} href={href} className={`button${active === key ? ' primary' : ''}`} aria-current={active === key ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </div>
    </header>
  );
}
