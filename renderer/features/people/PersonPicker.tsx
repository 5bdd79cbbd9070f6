import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { roleLabel } from '../../../shared/domain/roles';
import { PERSON_RELATIONS } from '../../../shared/schemas/codes';
import type { PersonCursor, PersonHit, PersonKind, PersonRelation, PersonSearchIn, PersonSearchOut } from '../../../shared/schemas/person';
import { personPickerText as pt } from '../../../shared/text/personPicker';
import { call } from '../../lib/api';

/** Milliseconds of quiet typing before the core is asked. */
export const PICKER_DEBOUNCE_MS = 150;

export interface PersonPickerProps {
  /** The visible label of the search field. */
  label: string;
  /** A person was chosen. The picker only reports it: the caller runs the command (e.g. `participant.add`). */
  onPick: (person: PersonHit) => void;
  /** „Opret ny person …“: proposes a new person with the typed name; the caller shows a form that saves it on an explicit confirmation. */
  onCreate?: (name: string) => void;
  meetingId?: string;
  childId?: string;
  kinds?: PersonKind[];
  /** People already chosen: shown, but not offered again. */
  chosenIds?: readonly string[];
  /** For tests; the app asks the core. */
  search?: (input: PersonSearchIn) => Promise<PersonSearchOut>;
}

type Entry = { kind: 'person'; hit: PersonHit } | { kind: 'more' } | { kind: 'create' };

const GROUPS: (PersonRelation | null)[] = [...PERSON_RELATIONS, null];

/**
 * A person picker that scales (issue 16, item 6): a WAI-ARIA combobox over `person.search`. The first page shows the
 * meeting's people and the child's custody holders in their own groups, then everybody else in Danish order; „Vis
 * flere“ fetches the next page. Arrow keys move, Enter chooses, Escape closes (and then clears).
 */
export function PersonPicker({ label, onPick, onCreate, meetingId, childId, kinds, chosenIds = [], search }: PersonPickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [hits, setHits] = useState<PersonHit[]>([]);
  const [next, setNext] = useState<PersonCursor | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const request = useRef(0);
  const ask = search ?? ((input: PersonSearchIn) => call('person.search', input));
  const kindsKey = (kinds ?? []).join(',');

  const run = (after: PersonCursor | null) => {
    const n = ++request.current;
    setBusy(true);
    ask({ q, meetingId, childId, kinds, after })
      .then((r) => {
        if (n !== request.current) return;
        setHits((prev) => (after ? [...prev, ...r.people] : r.people));
        setNext(r.next);
        setError(null);
        if (!after) setActive(-1);
      })
      .catch((e: unknown) => {
        if (n === request.current) setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        if (n === request.current) setBusy(false);
      });
  };

  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => run(null), q ? PICKER_DEBOUNCE_MS : 0);
    return () => clearTimeout(timer);
    // `run` reads the current props; the search restarts when what it asks changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, q, meetingId, childId, kindsKey]);

  const chosen = new Set(chosenIds);
  const groups = GROUPS.map((relation) => ({ relation, hits: hits.filter((h) => h.relation === relation && !chosen.has(h.id)) })).filter((g) => g.hits.length > 0);
  const related = groups.some((g) => g.relation !== null);
  const entries: Entry[] = [...groups.flatMap((g) => g.hits.map((hit) => ({ kind: 'person' as const, hit }))), ...(next ? [{ kind: 'more' as const }] : []), ...(onCreate ? [{ kind: 'create' as const }] : [])];
  const optionId = (e: Entry) => (e.kind === 'person' ? `${id}-p-${e.hit.id}` : `${id}-${e.kind}`);
  const activeEntry = active >= 0 ? entries[active] : undefined;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (e: Entry) => {
    if (e.kind === 'more') {
      run(next);
      return;
    }
    if (e.kind === 'create') onCreate?.(q);
    else onPick(e.hit);
    close();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      if (entries.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a < 0 ? (step > 0 ? 0 : entries.length - 1) : (a + step + entries.length) % entries.length));
    } else if (e.key === 'Enter') {
      if (open && activeEntry) {
        e.preventDefault();
        choose(activeEntry);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (open) close();
      else setQ('');
    }
  };

  const option = (e: Entry, content: ReactNode, className = '') => {
    const index = entries.indexOf(e);
    return (
      <li
        key={optionId(e)}
        id={optionId(e)}
        role="option"
        aria-selected={index === active}
        className={`picker-option ${className} ${index === active ? 'active' : ''}`.trim()}
        onMouseDown={(ev) => ev.preventDefault()}
        onClick={() => choose(e)}
      >
        {content}
      </li>
    );
  };

  const count = groups.reduce((n, g) => n + g.hits.length, 0);
  return (
    <div className="person-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={open && activeEntry ? optionId(activeEntry) : undefined}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <div className="hint" id={`${id}-hint`}>
        {pt.hint}
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {open && !busy ? pt.found(count, next !== null) : ''}
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="picker-list" hidden={!open}>
        {error && <li role="presentation" className="picker-note error">{error}</li>}
        {!error && !busy && count === 0 && <li role="presentation" className="picker-note">{pt.none}</li>}
        {groups.map((g) => {
          const headingId = `${id}-g-${g.relation ?? 'others'}`;
          return (
            <li key={headingId} role="presentation">
              <ul role="group" aria-labelledby={headingId}>
                <li role="presentation" id={headingId} className="picker-group" hidden={!related}>
                  {pt.groups[g.relation ?? 'others']}
                </li>
                {g.hits.map((hit) =>
                  option(
                    entries.find((x) => x.kind === 'person' && x.hit.id === hit.id)!,
                    <>
                      <span className="picker-name">{hit.name}</span> <span className="meta">
                        {hit.initials} · {roleLabel(hit.role)}
                        {hit.organisation ? ` · ${hit.organisation}` : ''}
                      </span>
                    </>,
                  ),
                )}
              </ul>
            </li>
          );
        })}
        {busy && <li role="presentation" className="picker-note">{pt.loading}</li>}
        {next && option(entries.find((x) => x.kind === 'more')!, pt.more, 'picker-action')}
        {onCreate && option(entries.find((x) => x.kind === 'create')!, pt.create(q), 'picker-action')}
      </ul>
    </div>
  );
}
