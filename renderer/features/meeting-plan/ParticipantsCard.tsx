import { useState } from 'react';
import { roleLabel, type RoleCode } from '../../../shared/domain/roles';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { RoleSelect } from '../../components/RoleSelect';
import { call } from '../../lib/api';
import { useQuery } from '../../lib/hooks';

type Person = { id: string; name: string; initials: string; role: RoleCode };
type Run = (fn: () => Promise<MeetingDetail>) => Promise<MeetingDetail | undefined>;

/** The meeting's participants: consultative role, removal, and adding a person (the person picker comes later). */
export function ParticipantsCard({ m, people, run }: { m: MeetingDetail; people: Person[]; run: Run }) {
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<RoleCode | ''>('');
  const [guestItem, setGuestItem] = useState('');
  const available = people.filter((p) => !m.participants.some((x) => x.personId === p.id));
  // For a child's meeting the child's own parents come first – custody holders before others – and the directory's
  // other parents last, so a parent of another child is not picked by mistake.
  const child = useQuery(() => (m.childId ? call('child.get', { id: m.childId }) : Promise.resolve(null)), [m.childId]);
  const guardians = [...(child.data?.guardians ?? [])].sort((a, b) => Number(b.custody) - Number(a.custody));
  const own = guardians.map((g) => available.find((p) => p.id === g.personId)).filter((p): p is Person => !!p);
  const staff = available.filter((p) => p.role !== 'foraelder');
  const otherParents = available.filter((p) => p.role === 'foraelder' && !own.includes(p));
  const option = (p: Person) => (
    <option key={p.id} value={p.id}>
      {p.name} ({p.initials}) – {roleLabel(p.role)}
      {guardians.find((g) => g.personId === p.id)?.custody ? ` · ${t.meeting.custodyHolder}` : ''}
    </option>
  );
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
            const person = people.find((p) => p.id === personId);
            if (!person) return;
            void run(() => call('participant.add', { meetingId: m.id, personId, role: role || person.role, consultative: false, guestItemId: guestItem || null })).then((d) => {
              if (!d) return;
              setPersonId('');
              setRole('');
              setGuestItem('');
            });
          }}
        >
          <div className="field">
            <label htmlFor="add-person">{t.meeting.person}</label>
            <select id="add-person" value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{t.app.choose}</option>
              {own.length > 0 && <optgroup label={t.meeting.childParents}>{own.map(option)}</optgroup>}
              <optgroup label={t.meeting.staff}>{staff.map(option)}</optgroup>
              {otherParents.length > 0 && <optgroup label={t.meeting.otherParents}>{otherParents.map(option)}</optgroup>}
            </select>
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
            <button type="submit" disabled={!personId}>
              {t.meeting.addParticipant}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
