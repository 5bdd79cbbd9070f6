import { useState } from 'react';
import { roleLabel, type RoleCode } from '../../../shared/domain/roles';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { RoleSelect } from '../../components/RoleSelect';
import { call } from '../../lib/api';
import { PersonPicker } from '../people/PersonPicker';
import type { PersonHit } from '../../../shared/schemas/person';

type Run = (fn: () => Promise<MeetingDetail>) => Promise<MeetingDetail | undefined>;

/**
 * The meeting's participants: consultative role, removal, and adding a person found with the person picker
 * (`person.search`: the meeting's people and the child's custody holders first, one page at a time – issue 16, item 6).
 */
export function ParticipantsCard({ m, run }: { m: MeetingDetail; run: Run }) {
  const [picked, setPicked] = useState<PersonHit | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [role, setRole] = useState<RoleCode | ''>('');
  const [guestItem, setGuestItem] = useState('');
  return (
    <section className="card" aria-labelledby="participants">
      <h2 id="participants">{t.meeting.participants}</h2>
      {m.participants.map((p) => (
        <div className="people-row" key={p.id}>
          <div>
            <strong>
              {p.name} ({p.initials})
            </strong>{' '}
            – {roleLabel(p.role)}
            {p.consultative && (
              <>
                {' '}
                <span className="badge primary">{t.meeting.consultative}</span>
              </>
            )}
            {p.guestItemId && (
              <>
                {' '}
                <span className="badge">
                  {t.meeting.guestFor} {(m.items.findIndex((i) => i.id === p.guestItemId) + 1).toString()}
                </span>
              </>
            )}
          </div>
          {m.editable && (
            <div className="toolbar">
              <label className="check inline-check">
                <input type="checkbox" checked={p.consultative} onChange={(e) => void run(() => call('participant.update', { id: p.id, consultative: e.target.checked }))} />
                <span>{t.meeting.consultative}</span>
              </label>
              <button type="button" className="small danger" onClick={() => void run(() => call('participant.remove', { id: p.id }))} aria-label={`${t.app.remove} ${p.name}`}>
                {t.app.remove}
              </button>
            </div>
          )}
        </div>
      ))}
      {m.editable && (
        <form
          className="grid-3"
          style={{ marginTop: '1rem', alignItems: 'end' }}
          onSubmit={(e) => {
            e.preventDefault();
            const person = picked;
            if (!person) return;
            void run(() => call('participant.add', { meetingId: m.id, personId: person.id, role: role || person.role, consultative: false, guestItemId: guestItem || null })).then((d) => {
              if (!d) return;
              setPicked(null);
              setPickerKey((k) => k + 1);
              setRole('');
              setGuestItem('');
            });
          }}
        >
          <div className="field">
            <PersonPicker
              key={pickerKey}
              label={t.meeting.person}
              meetingId={m.id}
              {...(m.childId ? { childId: m.childId } : {})}
              chosenIds={m.participants.map((p) => p.personId)}
              onPick={setPicked}
            />
            {picked && (
              <div className="hint" data-testid="valgt-person">
                {t.meeting.chosenPerson(picked.name, picked.initials, roleLabel(picked.role))}
              </div>
            )}
          </div>
          <div className="field">
            <label htmlFor="add-role">{t.meeting.role}</label>
            <RoleSelect id="add-role" optional value={role} onChange={(r) => setRole(r)} />
          </div>
          <div className="field">
            <label htmlFor="add-guest">{t.meeting.guestFor}</label>
            <select id="add-guest" value={guestItem} onChange={(e) => setGuestItem(e.target.value)}>
              <option value="">{t.meeting.wholeMeeting}</option>
              {m.items.map((i, n) => (
                <option key={i.id} value={i.id}>
                  {n + 1} {i.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" disabled={!picked}>
              {t.meeting.addParticipant}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
