import { useState } from 'react';
import type { Handleplan } from '../../../shared/schemas/forms';
import { t } from '../../../shared/text/da';
import { call } from '../../lib/api';
import { useAutosave } from '../../lib/useAutosave';
import { SaveIndicator } from '../../components/SaveIndicator';
import { DateInput } from '../../components/DanishDateTime';
import { TextArea } from '../../ui/TextArea';

const SMTTE_KEYS = ['sammenhaeng', 'maal', 'tegn', 'tiltag', 'evaluering'] as const;

/** Mål, kriterier, tidsramme, ansvarlig, opfølgningsdato – and SMTTE when the team uses it. Saved as you type. */
export function HandleplanEditor({ meetingId, initial, locked }: { meetingId: string; initial: Handleplan; locked: boolean }) {
  const [hp, setHp] = useState(initial);
  const save = useAutosave(hp, (v) => call('form.saveHandleplan', { meetingId, data: v }), { enabled: !locked });
  const setGoal = (i: number, patch: Partial<Handleplan['goals'][number]>) => setHp({ ...hp, goals: hp.goals.map((g, j) => (j === i ? { ...g, ...patch } : g)) });
  return (
    <section aria-labelledby="hp-h">
      <h3 id="hp-h">
        {t.forms.handleplanTitle} <SaveIndicator state={save.state} />
      </h3>
      <p className="meta">{t.forms.handleplanHelp}</p>
      <fieldset disabled={locked} style={{ border: 'none', padding: 0, margin: 0 }}>
        <TextArea id="hp-purpose" label={t.forms.purpose} rows={2} value={hp.purpose} onChange={(v) => setHp({ ...hp, purpose: v })} />
        {hp.goals.map((g, i) => (
          <fieldset key={i}>
            <legend>
              {t.forms.goal} {i + 1}
            </legend>
            <div className="grid-2">
              <TextArea id={`hp-goal-${i}`} label={t.forms.goal} rows={2} value={g.goal} onChange={(v) => setGoal(i, { goal: v })} />
              <TextArea id={`hp-crit-${i}`} label={t.forms.criteria} rows={2} value={g.criteria} onChange={(v) => setGoal(i, { criteria: v })} />
            </div>
            <div className="grid-3">
              <div className="field">
                <label htmlFor={`hp-time-${i}`}>{t.forms.timeframe}</label>
                <input id={`hp-time-${i}`} type="text" value={g.timeframe} onChange={(e) => setGoal(i, { timeframe: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`hp-resp-${i}`}>{t.forms.responsible}</label>
                <input id={`hp-resp-${i}`} type="text" value={g.responsible} onChange={(e) => setGoal(i, { responsible: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`hp-fu-${i}`}>{t.forms.followUpDate}</label>
                <DateInput id={`hp-fu-${i}`} value={g.followUpDate ?? ''} onChange={(v) => setGoal(i, { followUpDate: v || null })} />
              </div>
            </div>
            <button type="button" className="small danger" onClick={() => setHp({ ...hp, goals: hp.goals.filter((_, j) => j !== i) })}>
              {t.forms.removeGoal}
            </button>
          </fieldset>
        ))}
        <button type="button" onClick={() => setHp({ ...hp, goals: [...hp.goals, { goal: '', criteria: '', timeframe: '', responsible: '', followUpDate: null }] })}>
          {t.forms.addGoal}
        </button>
        <label className="check" style={{ marginTop: '1rem' }}>
          <input
            type="checkbox"
            checked={hp.smtte !== null}
            onChange={(e) => setHp({ ...hp, smtte: e.target.checked ? { sammenhaeng: '', maal: '', tegn: '', tiltag: '', evaluering: '' } : null })}
          />
          {t.forms.useSmtte}
        </label>
        {hp.smtte &&
          SMTTE_KEYS.map((k) => (
            <TextArea key={k} id={`hp-smtte-${k}`} label={t.forms.smtte[k]} rows={2} value={hp.smtte![k]} onChange={(v) => setHp({ ...hp, smtte: { ...hp.smtte!, [k]: v } })} />
          ))}
      </fieldset>
    </section>
  );
}
