import { useCallback, useEffect, useRef, useState } from 'react';
import { suggestInitials } from '../../../shared/domain/initials';
import { roleLabel, type RoleCode } from '../../../shared/domain/roles';
import type { Person, PersonCursor, PersonHit } from '../../../shared/schemas/person';
import { t } from '../../../shared/text/da';
import { personPickerText as pt } from '../../../shared/text/personPicker';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RoleSelect } from '../../components/RoleSelect';
import { AppError, call, onDataChanged } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { PersonPicker } from './PersonPicker';
import { CardForm, SaveCancel, TableHead } from '../../ui/FormParts';

const EMPTY = { name: '', initials: '', role: 'paedagog' as RoleCode, organisation: '', authority: '', email: '', phone: '', authorityRole: null as 'med' | 'uden' | null };

/** People per page of the directory. */
const PAGE = 50;

function editable(p: Person | PersonHit): typeof EMPTY & { id: string } {
  const { id, name, initials, role, organisation, authority, email, phone, authorityRole } = p;
  return { id, name, initials, role, organisation, authority, email, phone, authorityRole };
}

/**
 * The directory, page by page in Danish order through `person.search` (issue 16, item 6): a kommune holds tens of
 * thousands of people, so nothing loads them all. The picker finds one; „Opret ny person …“ opens the form with the
 * typed name, and only „Gem“ creates the person.
 */
function useDirectory() {
  const [people, setPeople] = useState<PersonHit[]>([]);
  const [next, setNext] = useState<PersonCursor | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const request = useRef(0);
  const load = useCallback((after: PersonCursor | null) => {
    const n = ++request.current;
    call('person.search', { q: '', limit: PAGE, after })
      .then((r) => {
        if (n !== request.current) return;
        setPeople((prev) => (after ? [...prev, ...r.people] : r.people));
        setNext(r.next);
        setError(null);
        setLoaded(true);
      })
      .catch((e: unknown) => n === request.current && setError(e instanceof AppError ? e : new AppError('INTERNAL', String(e))));
  }, []);
  useEffect(() => load(null), [load]);
  useEffect(() => onDataChanged('person', null, () => load(null)), [load]);
  return { people, next, loaded, error, more: () => load(next), reload: () => load(null) };
}

export function PeopleScreen() {
  const dir = useDirectory();
  const [editing, setEditing] = useState<(typeof EMPTY & { id?: string }) | null>(null);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t.people.title}</h1>
          <p className="sub">{t.people.subtitle}</p>
        </div>
        <button type="button" className="primary" onClick={() => setEditing({ ...EMPTY })}>
          {t.people.add}
        </button>
      </div>
      <div className="card">
        <PersonPicker
          label={pt.directoryFind}
          onPick={(p) => setEditing(editable(p))}
          onCreate={(name) => setEditing({ ...EMPTY, name: name.trim(), initials: suggestInitials(name.trim()) })}
        />
      </div>
      <ErrorBanner error={dir.error} />
      {editing && (
        <PersonForm
          key={editing.id ?? `new:${editing.name}`}
          initial={editing}
          onDone={() => {
            setEditing(null);
            dir.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {dir.error ? null : dir.loaded && dir.people.length === 0 ? (
        <p className="empty card">{t.people.empty}</p>
      ) : (
        <>
          <table aria-label={t.people.title} aria-describedby="people-shown">
            <TableHead columns={[t.people.name, t.people.initials, t.people.role, t.people.organisation, <span className="visually-hidden">{t.app.edit}</span>]} />
            <tbody>
              {dir.people.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.name} {p.isSample && <span className="badge">{t.app.sample}</span>}
                  </td>
                  <td>{p.initials}</td>
                  <td>
                    {roleLabel(p.role)}
                    {p.role === 'distriktsraadgiver' && p.authorityRole && <div className="meta">{p.authorityRole === 'med' ? t.people.authorityMed : t.people.authorityUden}</div>}
                  </td>
                  <td>{p.organisation}</td>
                  <td>
                    <button type="button" className="small" onClick={() => setEditing(editable(p))} aria-label={`${t.app.edit} ${p.name}`}>
                      {t.app.edit}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="meta" id="people-shown">
            {pt.directoryShown(dir.people.length)}
          </p>
          {dir.next && (
            <button type="button" onClick={dir.more}>
              {pt.directoryMore}
            </button>
          )}
        </>
      )}
    </>
  );
}

function PersonForm({ initial, onDone, onCancel }: { initial: typeof EMPTY & { id?: string }; onDone: () => void; onCancel: () => void }) {
  const [p, setP] = useState(initial);
  const [initialsTouched, setInitialsTouched] = useState(!!initial.id);
  const action = useAction();
  return (
    <CardForm
      onSubmit={() => {
        void action.run(() => call('person.save', { ...p })).then((r) => r && onDone());
      }}
    >
      <h2>{initial.id ? t.app.edit : t.people.add}</h2>
      <ErrorBanner error={action.error} />
      <div className="grid-3">
        <div className="field">
          <label htmlFor="p-name">{t.people.name}</label>
          <input
            id="p-name"
            type="text"
            required
            value={p.name}
            onChange={(e) => setP({ ...p, name: e.target.value, initials: initialsTouched ? p.initials : suggestInitials(e.target.value) })}
          />
        </div>
        <div className="field">
          <label htmlFor="p-initials">{t.people.initials}</label>
          <input
            id="p-initials"
            type="text"
            required
            value={p.initials}
            aria-describedby="p-initials-hint"
            onChange={(e) => {
              setInitialsTouched(true);
              setP({ ...p, initials: e.target.value });
            }}
          />
          <div className="hint" id="p-initials-hint">
            {t.people.initialsHint}
          </div>
        </div>
        <div className="field">
          <label htmlFor="p-role">{t.people.role}</label>
          <RoleSelect id="p-role" value={p.role} onChange={(r) => setP({ ...p, role: r })} />
        </div>
      </div>
      {p.role === 'distriktsraadgiver' && (
        <fieldset>
          <legend>{t.people.authorityRole}</legend>
          <label className="check">
            <input type="radio" name="authrole" checked={p.authorityRole !== 'med'} onChange={() => setP({ ...p, authorityRole: 'uden' })} />
            {t.people.authorityUden}
          </label>
          <label className="check">
            <input type="radio" name="authrole" checked={p.authorityRole === 'med'} onChange={() => setP({ ...p, authorityRole: 'med' })} />
            {t.people.authorityMed}
          </label>
        </fieldset>
      )}
      <div className="grid-2">
        <div className="field">
          <label htmlFor="p-org">{t.people.organisation}</label>
          <input id="p-org" type="text" value={p.organisation} onChange={(e) => setP({ ...p, organisation: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="p-auth">{t.people.authority}</label>
          <input id="p-auth" type="text" value={p.authority} aria-describedby="p-auth-hint" onChange={(e) => setP({ ...p, authority: e.target.value })} />
          <div className="hint" id="p-auth-hint">
            {t.people.authorityHint}
          </div>
        </div>
        <div className="field">
          <label htmlFor="p-email">{t.people.email}</label>
          <input id="p-email" type="email" value={p.email} onChange={(e) => setP({ ...p, email: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="p-phone">{t.people.phone}</label>
          <input id="p-phone" type="tel" value={p.phone} onChange={(e) => setP({ ...p, phone: e.target.value })} />
        </div>
      </div>
      <SaveCancel busy={action.busy} onCancel={onCancel} />
    </CardForm>
  );
}
