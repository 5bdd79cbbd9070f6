import { useState } from 'react';
import { addDays } from '../../shared/format/danishDate';
import type { MeetingDetail } from '../../shared/schemas/meeting';
import { t } from '../../shared/text/da';
import { call } from '../lib/api';
import { useAction } from '../lib/hooks';
import { navigate } from '../lib/router';
import { ErrorBanner } from './ErrorBanner';
import { DateInput, TimeInput } from './DanishDateTime';
import { screenText } from '../../shared/text/screens';

/** Dialogmøde → netværksmøde, with the reason, the referat to familieafdelingen and the new chair and owner. */
export function EscalationCard({ m, referatApproved }: { m: MeetingDetail; referatApproved: boolean }) {
  const action = useAction();
  // Nothing is pre-selected: the basis is what the user says happened (issue 11, item 2).
  const [reason, setReason] = useState<'underretning' | 'aftale_med_foraeldrene' | null>(null);
  const [date, setDate] = useState(addDays(m.date, 14));
  const [time, setTime] = useState(m.startTime);
  const [fam, setFam] = useState<string>(screenText.escalation.defaultFamilyDepartment);
  return (
    <section className="card no-print" aria-labelledby="esc-h">
      <h2 id="esc-h">{t.escalation.title}</h2>
      <p className="meta">{t.escalation.help}</p>
      <ErrorBanner error={action.error} />
      <fieldset aria-describedby="esc-reason-help">
        <legend>{t.escalation.reason}</legend>
        <p id="esc-reason-help" className="meta">
          {t.escalation.reasonHelp}
          {!referatApproved && ` ${t.escalation.aftaleNeedsApproval}`}
        </p>
        <label className="check">
          <input type="radio" name="esc-reason" checked={reason === 'aftale_med_foraeldrene'} disabled={!referatApproved} onChange={() => setReason('aftale_med_foraeldrene')} />
          {t.escalation.aftale}
        </label>
        <label className="check">
          <input type="radio" name="esc-reason" checked={reason === 'underretning'} onChange={() => setReason('underretning')} />
          {t.escalation.underretning}
        </label>
      </fieldset>
      <div className="grid-3">
        <div className="field">
          <label htmlFor="esc-date">{t.newMeeting.date}</label>
          <DateInput id="esc-date" value={date} onChange={setDate} />
        </div>
        <div className="field">
          <label htmlFor="esc-time">{t.newMeeting.start}</label>
          <TimeInput id="esc-time" value={time} onChange={setTime} />
        </div>
        <div className="field">
          <label htmlFor="esc-fam">{t.escalation.familieafdeling}</label>
          <input id="esc-fam" type="text" value={fam} onChange={(e) => setFam(e.target.value)} />
        </div>
      </div>
      {reason === null && <p className="meta">{t.escalation.chooseReason}</p>}
      <button
        type="button"
        className="primary"
        disabled={reason === null}
        onClick={() =>
          reason &&
          void action.run(() => call('meeting.escalate', { meetingId: m.id, reason, date, startTime: time, familieafdeling: fam })).then((nv) => nv && navigate({ name: 'moede', id: nv.id }))
        }
      >
        {t.escalation.create}
      </button>
    </section>
  );
}
