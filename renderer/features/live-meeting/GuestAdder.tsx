import { useState } from 'react';
import { roleLabel, type RoleCode } from '../../../shared/domain/roles';
import type { AgendaItem, MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RoleSelect } from '../../components/RoleSelect';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { PersonPicker } from '../people/PersonPicker';
import type { PersonHit } from '../../../shared/schemas/person';

/**
 * „Tilføj gæst" for one item: a person found with the person picker (`person.search`, one page at a time; the
 * meeting's people and the item's child's custody holders first – issue 16, item 6), added for this item only.
 */
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
  const action = useAction();
  const [picked, setPicked] = useState<PersonHit | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [role, setRole] = useState<RoleCode | ''>('');
  return (
    <>
      <ErrorBanner error={action.error} />
      <form
        className="grid-3"
        style={{ alignItems: 'end', marginTop: '0.5rem' }}
        onSubmit={(e) => {
          e.preventDefault();
          const person = picked;
          if (!person) return;
          void action
            .run(() => call('participant.add', { meetingId: m.id, personId: person.id, role: role || person.role, consultative: false, guestItemId: item.id }))
            .then((d) => {
              if (d) {
                setMeeting(d);
                setPicked(null);
                setPickerKey((k) => k + 1);
              }
            });
        }}
      >
        <div className="field">
          <PersonPicker
            key={pickerKey}
            label={t.meeting.person}
            meetingId={m.id}
            {...(item.childId ? { childId: item.childId } : m.childId ? { childId: m.childId } : {})}
            chosenIds={m.participants.map((p) => p.personId)}
            onPick={setPicked}
          />
          {picked && <div className="hint">{t.meeting.chosenPerson(picked.name, picked.initials, roleLabel(picked.role))}</div>}
        </div>
        <div className="field">
          <label htmlFor="guest-role">{t.meeting.role}</label>
          <RoleSelect id="guest-role" optional value={role} onChange={(r) => setRole(r)} />
        </div>
        <div>
          <button type="submit" disabled={!picked}>
            {t.app.add}
          </button>
        </div>
      </form>
    </>
  );
}
