import { useState } from 'react';
import type { RoleCode } from '../../../shared/domain/roles';
import type { AgendaItem, MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RoleSelect } from '../../components/RoleSelect';
import { call } from '../../lib/api';
import { useAction, useQuery } from '../../lib/hooks';

/** The directory can hold every parent in the kommune: it is loaded only when the chair opens „Tilføj gæst". */
export function GuestAdder(props: { m: MeetingDetail; item: AgendaItem; setMeeting: (d: MeetingDetail) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <details style={{ marginTop: '1rem' }} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.live.addGuest}</summary>
      {open && <GuestForm {...props} />}
    </details>
  );
}

function GuestForm({ m, item, setMeeting }: { m: MeetingDetail; item: AgendaItem; setMeeting: (d: MeetingDetail) => void }) {
  const people = useQuery(() => call('person.list', {}), []);
  const action = useAction();
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<RoleCode | ''>('');
  const available = (people.data ?? []).filter((p) => !m.participants.some((x) => x.personId === p.id));
  return (
    <>
      <ErrorBanner error={action.error} />
      <form
        className="grid-3"
        style={{ alignItems: 'end', marginTop: '0.5rem' }}
        onSubmit={(e) => {
          e.preventDefault();
          const person = available.find((p) => p.id === personId);
          if (!person) return;
          void action
            .run(() => call('participant.add', { meetingId: m.id, personId, role: role || person.role, consultative: false, guestItemId: item.id }))
            .then((d) => {
              if (d) {
                setMeeting(d);
                setPersonId('');
              }
            });
        }}
      >
        <div className="field">
          <label htmlFor="guest-person">{t.meeting.person}</label>
          <select id="guest-person" value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">{t.app.choose}</option>
            {available.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.initials})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="guest-role">{t.meeting.role}</label>
          <RoleSelect id="guest-role" optional value={role} onChange={(r) => setRole(r)} />
        </div>
        <div>
          <button type="submit" disabled={!personId}>
            {t.app.add}
          </button>
        </div>
      </form>
    </>
  );
}

