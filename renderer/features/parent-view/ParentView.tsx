import { formatDateWithWeekday, formatTimeRange } from '../../../shared/format/danishDate';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useQuery } from '../../lib/hooks';
import { hrefFor } from '../../lib/router';
import { useEffect } from 'react';

/**
 * For a projector or a turned screen: the agenda and what has been agreed (decisions and follow-ups). Never the
 * internal notes, never other children's items in a meeting about several children.
 */
export function ParentView({ id }: { id: string }) {
  const meeting = useQuery(() => call('meeting.get', { id }), [id]);
  useEffect(() => {
    const h = setInterval(meeting.reload, 5000);
    return () => clearInterval(h);
  }, [meeting.reload]);
  const m = meeting.data;
  if (!m) return <ErrorBanner error={meeting.error} />;
  const items = m.template.childScope === 'flere_boern' ? m.items.filter((i) => i.kind !== 'barn' && i.kind !== 'anonym') : m.items;
  return (
    <main className="parent-view" id="indhold" tabIndex={-1}>
      <a href={hrefFor({ name: 'afvikling', id })} className="button no-print">
        {t.parent.back}
      </a>
      <h1>
        {m.title}
        {m.childName && m.template.childScope === 'et_barn' ? ` – ${m.childName}` : ''}
      </h1>
      <p>
        {formatDateWithWeekday(m.date)}, {formatTimeRange(m.startTime, m.endTime)}
      </p>
      <h2>{t.parent.heading}</h2>
      <ol>
        {items.map((i) => (
          <li key={i.id}>
            <span className={i.id === m.currentItemId ? 'current' : undefined} aria-current={i.id === m.currentItemId ? 'step' : undefined}>
              {i.title}
            </span>
          </li>
        ))}
      </ol>
      <h2>{t.parent.agreed}</h2>
      {items.every((i) => i.decisions.length === 0 && i.followups.length === 0) ? (
        <p>{t.parent.nothingYet}</p>
      ) : (
        <ul>
          {items.flatMap((i) => [
            ...i.decisions.map((d) => <li key={d.id}>{d.text}</li>),
            ...i.followups.map((f) => (
              <li key={f.id}>
                {f.text} ({f.ownerName ?? f.ownerInitials})
              </li>
            )),
          ])}
        </ul>
      )}
    </main>
  );
}
