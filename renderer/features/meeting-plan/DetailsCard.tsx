import { useState } from 'react';
import { roleLabel } from '../../../shared/domain/roles';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { DateInput, TimeInput } from '../../components/DanishDateTime';
import type { MeetingPatch } from '../meeting/useMeeting';

type DetailsForm = { title: string; date: string; startTime: string; endTime: string; place: string; remark: string };
const same = (a: DetailsForm, b: DetailsForm) => (Object.keys(a) as (keyof DetailsForm)[]).every((k) => a[k] === b[k]);

/**
 * Title, date, time, place and remark; saved together. Locked when the core says the meeting cannot change. When the
 * saved values change (a reply, or a change made elsewhere) a form the user has not touched follows them; a form
 * being edited is left alone.
 */
export function DetailsCard({ m, onSave }: { m: MeetingDetail; onSave: (patch: MeetingPatch) => void }) {
  const saved: DetailsForm = { title: m.title, date: m.date, startTime: m.startTime, endTime: m.endTime, place: m.place, remark: m.remark };
  const [form, setForm] = useState(saved);
  const [base, setBase] = useState(saved);
  if (!same(base, saved)) {
    setBase(saved);
    if (same(form, base)) setForm(saved);
  }
  const set = (k: keyof DetailsForm) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { title, date, startTime: start, endTime: end, place, remark } = form;
  const dirty = !same(form, saved);
  return (
    <section className="card" aria-labelledby="details">
      <h2 id="details">{t.meeting.details}</h2>
      {!m.editable && m.status !== 'aflyst' && (
        <p className="hint" role="note">
          {t.meeting.lockedDetails}
        </p>
      )}
      <fieldset disabled={!m.editable} style={{ border: 'none', padding: 0, margin: 0 }}>
        <div className="field">
          <label htmlFor="m-title">{t.meeting.title}</label>
          <input id="m-title" type="text" value={title} onChange={(e) => set('title')(e.target.value)} />
        </div>
        <div className="grid-3">
          <div className="field">
            <label htmlFor="m-date">{t.newMeeting.date}</label>
            <DateInput id="m-date" value={date} onChange={set('date')} />
          </div>
          <div className="field">
            <label htmlFor="m-start">{t.newMeeting.start}</label>
            <TimeInput id="m-start" value={start} onChange={set('startTime')} />
          </div>
          <div className="field">
            <label htmlFor="m-end">{t.newMeeting.end}</label>
            <TimeInput id="m-end" value={end} onChange={set('endTime')} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="m-place">{t.newMeeting.place}</label>
          <input id="m-place" type="text" value={place} onChange={(e) => set('place')(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="m-remark">{t.meeting.remark}</label>
          <textarea id="m-remark" value={remark} rows={2} onChange={(e) => set('remark')(e.target.value)} aria-describedby="m-remark-hint" />
          <div className="hint" id="m-remark-hint">
            {t.meeting.remarkHint}
          </div>
        </div>
        <button type="button" className="primary" disabled={!dirty} onClick={() => onSave({ title, date, startTime: start, endTime: end, place, remark })}>
          {t.app.save}
        </button>
      </fieldset>
      <p className="meta">{t.meeting.templateInfo(m.template.variant ? `${m.template.name}: ${m.template.variant}` : m.template.name, m.templateVersion)}</p>
    </section>
  );
}

const ROLE_FIELDS = [
  ['convenerId', t.meeting.convener],
  ['chairId', t.meeting.chair],
  ['ownerId', t.meeting.owner],
  ['referentId', t.meeting.referent],
] as const;

/** Who convenes, chairs, owns and takes the minutes: the meeting's professionals (the core says who is one). */
export function RolesCard({ m, onSave }: { m: MeetingDetail; onSave: (patch: MeetingPatch) => void }) {
  const candidates = m.participants.filter((p) => p.guestItemId === null && p.isProfessional);
  return (
    <section className="card" aria-labelledby="roles">
      <h2 id="roles">{t.meeting.roles}</h2>
      {ROLE_FIELDS.map(([field, label]) => (
        <div className="field" key={field}>
          <label htmlFor={`role-${field}`}>{label}</label>
          <select id={`role-${field}`} disabled={!m.editable} value={m[field] ?? ''} onChange={(e) => onSave({ [field]: e.target.value || null })}>
            <option value="">{t.app.none}</option>
            {candidates.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.name} ({p.initials}) – {roleLabel(p.role)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </section>
  );
}
