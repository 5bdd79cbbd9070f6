import { useState } from 'react';
import { SHARING_BASES, SHARING_BASIS_LABELS, TRIVSEL_LEVELS } from '../../../shared/schemas/codes';
import type { TransitionForm, TransitionFormView } from '../../../shared/schemas/forms';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { MeetingHeader } from '../../components/MeetingHeader';
import { SaveIndicator } from '../../components/SaveIndicator';
import { useAutosave } from '../../lib/useAutosave';
import { TextArea } from '../../ui/TextArea';
import { referatScreenText as RS } from '../../../shared/text/referatScreen';
import { CompetencesCard } from './CompetencesCard';
import { useTransitionForm } from './useTransitionForm';
import { useSettings } from '../../lib/settingsContext';
import { trivselLabels } from '../../../shared/text/wellbeing';


export function TransitionFormScreen({ id }: { id: string }) {
  const owner = useTransitionForm(id);
  const { meeting, view } = owner;
  if (!meeting || !view) return <ErrorBanner error={owner.loadError} />;
  return (
    <>
      <MeetingHeader m={meeting} active="skema" />
      <TransitionFormEditor initial={view.form} view={view} save={owner.saveForm} />
      <CompetencesCard key={view.competenceItemId ?? 'none'} view={view} save={owner.saveCompetences} />
    </>
  );
}

/** The overgangsskema's own fields, saved as you type; before the first save Fra, Til and Kontaktperson are a proposal. */
function TransitionFormEditor({ initial, view, save: store }: { initial: TransitionForm; view: TransitionFormView; save: (f: TransitionForm) => Promise<void> }) {
  const locked = !view.editable;
  const [f, setF] = useState(initial);
  const save = useAutosave(f, store, { enabled: !locked });
  const set = <K extends keyof TransitionForm>(k: K, v: TransitionForm[K]) => setF({ ...f, [k]: v });
  const levels = trivselLabels(useSettings().settings?.kommune.trivselLabels);
  return (
    <form className="card" onSubmit={(e) => e.preventDefault()} aria-labelledby="skema-h">
      <h2 id="skema-h">
        {t.forms.transitionTitle} <SaveIndicator state={save.state} />
      </h2>
      <p className="meta">{t.forms.transitionHelp}</p>
      {locked && <div className="alert info">{RS.transition.locked}</div>}
      {view.proposed.length > 0 && save.state === 'idle' && (
        <div className="alert info" role="status">
          {RS.transition.proposed}
        </div>
      )}
      <fieldset disabled={locked} style={{ border: 'none', padding: 0, margin: 0 }}>
        <div className="grid-3">
          <div className="field">
            <label htmlFor="tf-from">{t.forms.fromInstitution}</label>
            <input id="tf-from" type="text" value={f.fromInstitution} onChange={(e) => set('fromInstitution', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="tf-to">{t.forms.toInstitution}</label>
            <input id="tf-to" type="text" value={f.toInstitution} onChange={(e) => set('toInstitution', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="tf-contact">{t.forms.contactPerson}</label>
            <input id="tf-contact" type="text" value={f.contactPerson} onChange={(e) => set('contactPerson', e.target.value)} />
          </div>
        </div>
        <div className="grid-2">
          <TextArea id="tf-strengths" label={t.forms.strengths} value={f.strengths} onChange={(v) => set('strengths', v)} />
          <TextArea id="tf-challenges" label={t.forms.challenges} value={f.challenges} onChange={(v) => set('challenges', v)} />
        </div>
        <fieldset>
          <legend>{t.forms.trivsel}</legend>
          {f.trivsel.map((row, i) => (
            <div className="grid-3" key={row.dimension}>
              <strong style={{ alignSelf: 'center' }}>{row.dimension}</strong>
              <div className="field">
                <label htmlFor={`tf-tl-${i}`}>
                  {t.forms.trivselLevel} <span className="visually-hidden">{row.dimension}</span>
                </label>
                <select
                  id={`tf-tl-${i}`}
                  value={row.level ?? ''}
                  onChange={(e) => set('trivsel', f.trivsel.map((r, j) => (j === i ? { ...r, level: (e.target.value || null) as typeof r.level } : r)))}
                >
                  <option value="">{t.app.choose}</option>
                  {TRIVSEL_LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {levels[l]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`tf-tt-${i}`}>
                  {t.forms.trivselText} <span className="visually-hidden">{row.dimension}</span>
                </label>
                <input id={`tf-tt-${i}`} type="text" value={row.text} onChange={(e) => set('trivsel', f.trivsel.map((r, j) => (j === i ? { ...r, text: e.target.value } : r)))} />
              </div>
            </div>
          ))}
        </fieldset>
        <div className="grid-2">
          <TextArea id="tf-parents" label={t.forms.parentsPerspective} value={f.parentsPerspective} onChange={(v) => set('parentsPerspective', v)} />
          <TextArea id="tf-health" label={t.forms.healthInfo} value={f.healthInfo} onChange={(v) => set('healthInfo', v)} />
          <TextArea id="tf-special" label={t.forms.specialConsiderations} value={f.specialConsiderations} onChange={(v) => set('specialConsiderations', v)} />
          <TextArea id="tf-efforts" label={t.forms.ongoingEfforts} value={f.ongoingEfforts} onChange={(v) => set('ongoingEfforts', v)} />
        </div>
        <TextArea id="tf-start" label={t.forms.startAgreements} value={f.startAgreements} onChange={(v) => set('startAgreements', v)} />
        <fieldset>
          <legend>{t.forms.sharing}</legend>
          {f.sharing.map((row, i) => (
            <div className="grid-3" key={i}>
              <div className="field">
                <label htmlFor={`tf-sw-${i}`}>{t.forms.sharingWhat}</label>
                <input id={`tf-sw-${i}`} type="text" value={row.what} onChange={(e) => set('sharing', f.sharing.map((r, j) => (j === i ? { ...r, what: e.target.value } : r)))} />
              </div>
              <div className="field">
                <label htmlFor={`tf-st-${i}`}>{t.forms.sharingTo}</label>
                <input id={`tf-st-${i}`} type="text" value={row.toWhom} onChange={(e) => set('sharing', f.sharing.map((r, j) => (j === i ? { ...r, toWhom: e.target.value } : r)))} />
              </div>
              <div className="field">
                <label htmlFor={`tf-sb-${i}`}>{t.forms.sharingBasis}</label>
                <select id={`tf-sb-${i}`} value={row.basis} onChange={(e) => set('sharing', f.sharing.map((r, j) => (j === i ? { ...r, basis: e.target.value as typeof r.basis } : r)))}>
                  {SHARING_BASES.map((b) => (
                    <option key={b} value={b}>
                      {SHARING_BASIS_LABELS[b]}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ))}
          <button type="button" onClick={() => set('sharing', [...f.sharing, { what: '', toWhom: '', basis: 'samtykke' }])}>
            {t.forms.addSharing}
          </button>
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={f.includeCpr} onChange={(e) => set('includeCpr', e.target.checked)} />
          {t.forms.includeCpr}
        </label>
      </fieldset>
    </form>
  );
}
