import { useState } from 'react';
import { ROLE_CODES, ROLE_LABELS, type RoleCode } from '../../../shared/domain/roles';
import { sortDanish } from '../../../shared/format/danishOrder';
import { consentText as ct } from '../../../shared/text/consentText';
import type { Person } from '../../../shared/schemas/person';

export type ChosenParticipant = { kind: 'person'; personId: string; name: string } | { kind: 'role'; role: RoleCode };

const keyOf = (p: ChosenParticipant) => (p.kind === 'person' ? `p:${p.personId}` : `r:${p.role}`);
const labelOf = (p: ChosenParticipant) => (p.kind === 'person' ? p.name : `${ROLE_LABELS[p.role]} ${ct.roleSuffix}`);

/**
 * „Deltagere, forældrene fik at vide": people from the child's circle and the directory, or roles from the
 * catalogue (issue 11, item 5). The core stores the person id or role key and matches planned participants on both.
 */
export function ConsentParticipantPicker({
  people,
  childPeopleIds,
  value,
  onChange,
}: {
  people: Person[];
  childPeopleIds: string[];
  value: ChosenParticipant[];
  onChange: (next: ChosenParticipant[]) => void;
}) {
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<RoleCode | ''>('');
  const chosen = new Set(value.map(keyOf));
  const sorted = sortDanish(people, (p) => p.name);
  const mine = sorted.filter((p) => childPeopleIds.includes(p.id) && !chosen.has(`p:${p.id}`));
  const others = sorted.filter((p) => !childPeopleIds.includes(p.id) && !chosen.has(`p:${p.id}`));
  const roles = ROLE_CODES.filter((r) => r !== 'foraelder' && !chosen.has(`r:${r}`));
  const add = (p: ChosenParticipant) => onChange([...value, p]);
  return (
    <fieldset className="consent-participants">
      <legend>{ct.participantsLegend}</legend>
      <p className="meta">{ct.participantsHelp}</p>
      {value.length === 0 ? (
        <p className="meta">{ct.noneChosen}</p>
      ) : (
        <ul className="chips" aria-label={ct.participantsLegend}>
          {value.map((p) => (
            <li key={keyOf(p)}>
              {labelOf(p)}{' '}
              <button type="button" className="small" aria-label={ct.remove(labelOf(p))} onClick={() => onChange(value.filter((x) => keyOf(x) !== keyOf(p)))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="grid-2">
        <div className="field">
          <label htmlFor="cs-part-person">{ct.pickPerson}</label>
          <div className="toolbar">
            <select id="cs-part-person" value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{ct.choosePerson}</option>
              {mine.length > 0 && (
                <optgroup label={ct.childPeopleGroup}>
                  {mine.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </optgroup>
              )}
              <optgroup label={ct.directoryGroup}>
                {others.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({ROLE_LABELS[p.role]})
                  </option>
                ))}
              </optgroup>
            </select>
            <button
              type="button"
              disabled={!personId}
              onClick={() => {
                const p = people.find((x) => x.id === personId);
                if (p) add({ kind: 'person', personId: p.id, name: p.name });
                setPersonId('');
              }}
            >
              {ct.addPerson}
            </button>
          </div>
        </div>
        <div className="field">
          <label htmlFor="cs-part-role">{ct.pickRole}</label>
          <div className="toolbar">
            <select id="cs-part-role" value={role} onChange={(e) => setRole(e.target.value as RoleCode | '')}>
              <option value="">{ct.chooseRole}</option>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!role}
              onClick={() => {
                if (role) add({ kind: 'role', role });
                setRole('');
              }}
            >
              {ct.addRole}
            </button>
          </div>
        </div>
      </div>
    </fieldset>
  );
}
