import { useState } from 'react';
import { formatLongDate } from '../../shared/format/danishDate';
import { suggestInitials } from '../../shared/domain/initials';
import { MEETING_STATUS_LABELS } from '../../shared/schemas/meeting';
import { t } from '../../shared/text/da';
import { ErrorBanner } from '../components/ErrorBanner';
import { call } from '../lib/api';
import { useAction, useQuery } from '../lib/hooks';
import { hrefFor } from '../lib/router';

export function ChildScreen({ id }: { id: string }) {
  const child = useQuery(() => call('child.get', { id }), [id]);
  const meetings = useQuery(() => call('meeting.list', { filter: 'alle', childId: id }), [id]);
  const action = useAction();
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [custody, setCustody] = useState(true);
  const c = child.data;
  if (!c) return <ErrorBanner error={child.error} />;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{c.name}</h1>
          <p className="sub">
            Født {formatLongDate(c.birthDate)} · {c.institution}
            {c.stue ? `, ${c.stue}` : ''} · {c.socialSag ? 'Social sag oprettet' : 'Ingen social sag'}
          </p>
        </div>
        <a className="button primary" href={hrefFor({ name: 'nyt-moede', childId: id })}>
          {t.start.newMeeting}
        </a>
      </div>
      <ErrorBanner error={action.error} onClose={action.clear} />
      <section className="card" aria-labelledby="guardians-h">
        <h2 id="guardians-h">Forældre og forældremyndighed</h2>
        <ul className="list-plain">
          {c.guardians.map((g) => (
            <li key={g.personId}>
              <span>
                {g.name} ({g.initials}) – {g.relation}
                {g.custody ? ', forældremyndighed' : g.orienteringsret ? ', orienteringsret (uden forældremyndighed)' : ''}
              </span>
              <button
                type="button"
                className="small"
                aria-label={`${t.app.remove} ${g.name}`}
                onClick={() => void action.run(() => call('child.removeGuardian', { childId: id, personId: g.personId })).then((d) => d && child.setData(d))}
              >
                {t.app.remove}
              </button>
            </li>
          ))}
        </ul>
        <form
          className="grid-3"
          style={{ alignItems: 'end', marginTop: '0.75rem' }}
          onSubmit={(e) => {
            e.preventDefault();
            void action
              .run(() => call('child.addGuardian', { childId: id, name, initials: initials || suggestInitials(name), custody, orienteringsret: !custody }))
              .then((d) => {
                if (d) {
                  child.setData(d);
                  setName('');
                  setInitials('');
                }
              });
          }}
        >
          <div className="field">
            <label htmlFor="g-name">Forælderens navn</label>
            <input id="g-name" type="text" value={name} onChange={(e) => { setName(e.target.value); setInitials(suggestInitials(e.target.value)); }} />
          </div>
          <div className="field">
            <label htmlFor="g-initials">{t.people.initials}</label>
            <input id="g-initials" type="text" value={initials} onChange={(e) => setInitials(e.target.value)} />
          </div>
          <div className="field">
            <label className="check">
              <input type="checkbox" checked={custody} onChange={(e) => setCustody(e.target.checked)} />
              Har forældremyndighed
            </label>
            <button type="submit" disabled={!name.trim()}>
              Tilføj forælder
            </button>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="child-meetings-h">
        <h2 id="child-meetings-h">Møder om barnet</h2>
        <ul className="list-plain">
          {(meetings.data ?? []).map((m) => (
            <li key={m.id}>
              <a href={hrefFor({ name: 'moede', id: m.id })}>
                {m.title} – {formatLongDate(m.date)}
              </a>
              <span className="badge">{MEETING_STATUS_LABELS[m.status]}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
