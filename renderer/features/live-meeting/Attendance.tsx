import { roleLabel } from '../../../shared/domain/roles';
import { ATTENDANCE_LABELS } from '../../../shared/schemas/codes';
import type { Attendance as AttendanceCode, MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';

const ATTENDANCE_CHOICES: AttendanceCode[] = ['til_stede', 'afbud', 'fravaerende'];

/** Who is there: present, afbud or absent, per participant (and who left at a phase switch). */
export function Attendance({ m, setMeeting }: { m: MeetingDetail; setMeeting: (d: MeetingDetail) => void }) {
  const action = useAction();
  const regular = m.participants.filter((p) => p.guestItemId === null);
  const phaseTitle = m.template.phases?.find((p) => p.key === m.currentPhase)?.title ?? '';
  return (
    <section className="card" aria-labelledby="attendance">
      <h2 id="attendance">{t.live.attendance}</h2>
      <ErrorBanner error={action.error} />
      <div className="attendance">
        {regular.map((p) => (
          <div key={p.id}>
            <div className="who">
              {p.name} ({p.initials})
            </div>
            <div className="meta">{roleLabel(p.role)}</div>
            {p.inCurrentPhase === false ? (
              <div data-testid="not-in-phase">
                <span className="badge">{t.live.notInPhase(phaseTitle)}</span>
                {p.attendance === 'til_stede' && <div className="meta">{t.live.presentEarlier}</div>}
              </div>
            ) : (
            <div className="seg" role="group" aria-label={screenText.live.attendanceFor(p.name)}>
              {ATTENDANCE_CHOICES.map((a) => (
                <button
                  key={a}
                  type="button"
                  aria-pressed={p.attendance === a}
                  onClick={() => void action.run(() => call('participant.update', { id: p.id, attendance: a })).then((d) => d && setMeeting(d))}
                >
                  {ATTENDANCE_LABELS[a]}
                </button>
              ))}
            </div>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

