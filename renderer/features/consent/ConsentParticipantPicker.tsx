import { useState } from 'react';
import { ROLE_CODES, ROLE_LABELS, type RoleCode } from '../../../shared/domain/roles';
import { consentText as ct } from '../../../shared/text/consentText';
import { PersonPicker } from '../people/PersonPicker';

export type ChosenParticipant = { kind: 'person'; personId: string; name: string } | { kind: 'role'; role: RoleCode };

const keyOf = (p: ChosenParticipant) => (p.kind === 'person' ? `p:${p.personId}` : `r:${p.role}`);
const labelOf = (p: ChosenParticipant) => (p.kind === 'person' ? p.name : `${ROLE_LABELS[p.role]} ${ct.roleSuffix}`);

/**
 * „Deltagere, forældrene fik at vide": people found with the person picker (`person.search`; the child's custody
 * holders first – issue 16, item 6), or roles from the catalogue (issue 11, item 5). The core stores the person id or role key and matches planned participants on both.
 */
export function ConsentParticipantPicker({ childId, value, onChange }: { childId: string; value: ChosenParticipant[]; onChange: (next: ChosenParticipant[]) => void }) {
  const [role, setRole] = useState<RoleCode | ''>('');
  // A new picker after each choice: the field is empty again for the next person.
  const [pickerKey, setPickerKey] = useState(0);
  const chosen = new Set(value.map(keyOf));
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
          <PersonPicker
            key={pickerKey}
            label={ct.pickPerson}
            childId={childId}
            chosenIds={value.flatMap((p) => (p.kind === 'person' ? [p.personId] : []))}
            onPick={(p) => {
              add({ kind: 'person', personId: p.id, name: p.name });
              setPickerKey((k) => k + 1);
            }}
          />
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
