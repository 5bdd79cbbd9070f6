import { formatLongDate } from '../../../shared/format/danishDate';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';

/** Open follow-ups carried to this meeting, and the previous meeting whose referat item 1 approves. */
export function CarriedFollowups({ m }: { m: MeetingDetail }) {
  if (m.carriedFollowups.length === 0 && !m.previousMeeting) return null;
  return (
    <section className="card" aria-labelledby="carried">
      <h2 id="carried">{t.meeting.carried}</h2>
      {m.previousMeeting && (
        <p>
          {t.meeting.previous}: {m.previousMeeting.title}, {formatLongDate(m.previousMeeting.date)}
          {m.previousMeeting.referatDocumentId ? ` – ${t.meeting.previousReferat} ${m.previousMeeting.referatDocumentId}` : ''}
        </p>
      )}
      <ul className="list-plain">
        {m.carriedFollowups.map((f) => (
          <li key={f.id}>
            <span>
              {screenText.followupOwner(f.ownerInitials)} {f.text}
              {f.dueDate ? screenText.due(formatLongDate(f.dueDate)) : ''}
              {f.overdue && (
                <>
                  {' '}
                  <span className="badge danger">{t.followupsScreen.overdue}</span>
                </>
              )}
            </span>
            <span className="meta">
              {f.meetingTitle}, {formatLongDate(f.meetingDate)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
