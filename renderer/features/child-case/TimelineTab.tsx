import { formatTimestamp } from '../../../shared/format/danishDate';
import type { CaseDetail } from '../../../shared/schemas/case';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';
import { hrefFor } from '../../lib/router';

export function TimelineTab({ d }: { d: CaseDetail }) {
  return (
    <section className="card" aria-labelledby="tl-h">
      <h2 id="tl-h">{t.caseTabs.tidslinje}</h2>
      {d.timeline.length === 0 ? (
        <p>{t.caseText.timelineEmpty}</p>
      ) : (
        <ol className="timeline">
          {d.timeline.map((e, i) => (
            <li key={i} className={`tl-${e.kind}`}>
              <div className="meta">
                {formatTimestamp(e.at)}
                {e.actor ? ` · ${e.actor}` : ''}
              </div>
              <div>
                <strong>{e.title}</strong>
                {e.detail ? ` – ${e.detail}` : ''}
                {e.meetingId && (
                  <>
                    {' '}
                    <a href={hrefFor({ name: 'moede', id: e.meetingId })}>{screenText.child.openMeeting}</a>
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
