import { useState } from 'react';
import { suggestInitials } from '../../../shared/domain/initials';
import type { CaseDetail } from '../../../shared/schemas/case';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAction } from '../../lib/hooks';
import type { ChildCase } from './useChildCase';

export function GuardiansCard({ d, cc }: { d: CaseDetail; cc: ChildCase }) {
  const action = useAction();
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [custody, setCustody] = useState(true);
  return (
    <section className="card" aria-labelledby="guardians-h">
      <h2 id="guardians-h">{t.caseText.guardians}</h2>
      <ErrorBanner error={action.error} onClose={action.clear} />
      <ul className="list-plain">
        {d.child.guardians.map((g) => (
          <li key={g.personId}>
            <span>
              {g.name} ({g.initials}) – {g.relation}
              {g.custody ? screenText.child.custody : g.orienteringsret ? screenText.child.orienteringsret : ''}
            </span>
            <button type="button" className="small" aria-label={`${t.app.remove} ${g.name}`} onClick={() => void action.run(() => cc.removeGuardian(g.personId))}>
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
          void action.run(() => cc.addGuardian({ name, initials: initials || suggestInitials(name), custody, orienteringsret: !custody })).then((n) => {
            if (!n) return;
            setName('');
            setInitials('');
          });
        }}
      >
        <div className="field">
          <label htmlFor="g-name">{screenText.child.guardianName}</label>
          <input
            id="g-name"
            type="text"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setInitials(suggestInitials(e.target.value));
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="g-initials">{t.people.initials}</label>
          <input id="g-initials" type="text" value={initials} onChange={(e) => setInitials(e.target.value)} />
        </div>
        <div className="field">
          <label className="check">
            <input type="checkbox" checked={custody} onChange={(e) => setCustody(e.target.checked)} />
            {screenText.child.hasCustody}
          </label>
          <button type="submit" disabled={!name.trim()}>
            {screenText.child.addGuardian}
          </button>
        </div>
      </form>
    </section>
  );
}
