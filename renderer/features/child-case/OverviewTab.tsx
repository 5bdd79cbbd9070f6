import { formatLongDate } from '../../../shared/format/danishDate';
import type { CaseDetail } from '../../../shared/schemas/case';
import { MEETING_STATUS_LABELS } from '../../../shared/schemas/codes';
import { t } from '../../../shared/text/da';
import { DateInput } from '../../components/DanishDateTime';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useAction, useLiveQuery } from '../../lib/hooks';
import { PersonPicker } from '../people/PersonPicker';
import { hrefFor } from '../../lib/router';
import { AbuseCard } from './AbuseCard';
import { AccessCard } from './AccessCard';
import { GuardiansCard } from './GuardiansCard';
import type { ChildCase } from './useChildCase';

/** A text field saved when it loses focus; a change made elsewhere replaces what it shows (the key follows the value). */
function BlurField({ id, label, value, onSave }: { id: string; label: string; value: string; onSave: (v: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input key={value} id={id} type="text" defaultValue={value} onBlur={(e) => e.target.value !== value && onSave(e.target.value)} />
    </div>
  );
}

export function OverviewTab({ d, cc }: { d: CaseDetail; cc: ChildCase }) {
  const meetings = useLiveQuery(() => call('meeting.list', { filter: 'alle', childId: d.child.id }), [d.child.id], { aggregate: 'meeting', id: null });
  const action = useAction();
  const linealen = d.allowed.linealen;
  const update = (patch: Parameters<ChildCase['update']>[0]) => void action.run(() => cc.update(patch));
  return (
    <>
      <ErrorBanner error={action.error} onClose={action.clear} />
      <div className="grid-2">
        <section className="card" aria-labelledby="stam-h">
          <h2 id="stam-h">{t.caseText.stamdata}</h2>
          <div className="grid-2">
            <BlurField id="c-inst" label={t.children.institution} value={d.child.institution} onSave={(v) => update({ institution: v })} />
            <BlurField id="c-stue" label={t.children.stue} value={d.child.stue} onSave={(v) => update({ stue: v })} />
            <BlurField id="c-lang" label={t.caseText.language} value={d.child.language} onSave={(v) => update({ language: v })} />
            <div className="field">
              <label htmlFor="c-linealen">{t.caseText.linealen}</label>
              {d.child.linealenOtherScale && d.child.linealenLabel && (
                <div className="alert warn" role="note" data-testid="linealen-other-scale">
                  {t.caseText.linealenOtherScale(d.child.linealenLabel, linealen.scaleName)}
                </div>
              )}
              <select
                id="c-linealen"
                value={d.child.linealenOtherScale ? '' : (d.child.linealenLevel ?? '')}
                onChange={(e) => update({ linealenLevel: e.target.value || null })}
                aria-describedby="c-linealen-hint"
              >
                <option value="">{d.child.linealenOtherScale ? t.caseText.linealenChooseNew : t.app.none}</option>
                {linealen.levels.map((l) => (
                  <option key={l.level} value={l.level}>
                    {l.label}
                  </option>
                ))}
              </select>
              <div className="hint" id="c-linealen-hint">
                {linealen.scaleName}
              </div>
            </div>
            <div className="field">
              <PersonPicker
                key={d.child.tovholderPersonId ?? ''}
                label={t.caseText.tovholder}
                childId={d.child.id}
                kinds={['fagperson']}
                chosenIds={d.child.tovholderPersonId ? [d.child.tovholderPersonId] : []}
                onPick={(p) => update({ tovholderPersonId: p.id })}
              />
              <div className="toolbar" data-testid="tovholder">
                <span>{d.child.tovholder ? `${d.child.tovholder.name} (${d.child.tovholder.initials})` : t.app.none}</span>
                {d.child.tovholder && (
                  <button type="button" className="small" onClick={() => update({ tovholderPersonId: null })} aria-label={`${t.app.remove}: ${t.caseText.tovholder}`}>
                    {t.app.remove}
                  </button>
                )}
              </div>
            </div>
            {d.allowed.cpr && <BlurField id="c-cpr" label={t.caseText.cpr} value={d.child.cpr ?? ''} onSave={(v) => update({ cpr: v || null })} />}
            <div className="field">
              <label htmlFor="c-left">{t.caseText.leftAt}</label>
              <DateInput id="c-left" value={d.child.leftAt ?? ''} onCommit={(v) => v !== (d.child.leftAt ?? '') && update({ leftAt: v || null })} />
            </div>
          </div>
          <label className="check">
            <input type="checkbox" checked={d.child.socialSag} onChange={(e) => update({ socialSag: e.target.checked })} />
            {t.caseText.socialSag}
          </label>
          <label className="check">
            <input type="checkbox" checked={d.child.specialNeeds} onChange={(e) => update({ specialNeeds: e.target.checked })} />
            {t.caseText.specialNeeds}
          </label>
        </section>
        <section className="card" aria-labelledby="deadlines-h">
          <h2 id="deadlines-h">{t.caseText.deadlines}</h2>
          <ul className="list-plain">
            {d.deadlines.map((x) => (
              <li key={x.kind}>
                <span>{x.label}</span>
                <span className="meta">{formatLongDate(x.date)}</span>
              </li>
            ))}
          </ul>
          <h2 style={{ marginTop: '1rem' }}>{t.caseText.meetings}</h2>
          <ErrorBanner error={meetings.error} />
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
      </div>
      <GuardiansCard d={d} cc={cc} />
      <AbuseCard d={d} cc={cc} />
      <AccessCard childId={d.child.id} abuseSuspected={d.child.abuseSuspected} internalNotes={d.internalNotes} />
    </>
  );
}
