import { useState } from 'react';
import { suggestInitials } from '../../../shared/domain/initials';
import { USER_ROLES, type RoleCode } from '../../../shared/domain/roles';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RoleSelect } from '../../components/RoleSelect';
import { useSettings } from '../settings/useSettings';
import { useAction } from '../../lib/hooks';
import { screenText } from '../../../shared/text/screens';
import { CardForm } from '../../ui/FormParts';

/** Four short steps: who I am, where I work, where my data is, and whether to try sample data. */
/** `organisation`: what is already set – e.g. by the IT policy file – is shown and kept unless the user changes it. */
export function FirstRunGuide({ dataFile, organisation }: { dataFile: string; organisation?: { kommune: string; forvaltning: string; unit: string } }) {
  const owner = useSettings();
  const [step, setStep] = useState(1);
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [initialsTouched, setInitialsTouched] = useState(false);
  const [role, setRole] = useState<RoleCode>('dagtilbudsleder');
  const [workplace, setWorkplace] = useState('');
  const [kommune, setKommune] = useState(organisation?.kommune ?? '');
  const [forvaltning, setForvaltning] = useState(organisation?.forvaltning || screenText.firstRun.defaultForvaltning);
  const [unit, setUnit] = useState(organisation?.unit ?? '');
  const [sample, setSample] = useState(true);
  const action = useAction();
  const total = 4;
  const canNext = step !== 1 || (name.trim() && initials.trim());

  async function finish() {
    // The owner installs the reply: the settings now say the first run is done, and the app opens.
    await action.run(() =>
      owner.completeFirstRun({
        profile: { name, initials, role, workplace },
        organisation: { forvaltning, unit: unit || workplace, kommune },
        loadSample: sample,
      }),
    );
  }

  return (
    <main className="first-run" id="indhold" tabIndex={-1}>
      <CardForm
        onSubmit={() => {
          if (step < total) setStep(step + 1);
          else void finish();
        }}
      >
        <p className="meta">{t.firstRun.stepOf(step, total)}</p>
        <ErrorBanner error={action.error} />
        {step === 1 && (
          <>
            <h1>{t.firstRun.step1Title}</h1>
            <p>{t.firstRun.step1Text}</p>
            <div className="field">
              <label htmlFor="fr-name">{t.firstRun.name}</label>
              <input
                id="fr-name"
                type="text"
                required
                autoFocus
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                  if (!initialsTouched) setInitials(suggestInitials(e.target.value));
                }}
              />
            </div>
            <div className="field">
              <label htmlFor="fr-initials">{t.firstRun.initials}</label>
              <input
                id="fr-initials"
                type="text"
                required
                value={initials}
                aria-describedby="fr-initials-hint"
                onChange={(e) => {
                  setInitialsTouched(true);
                  setInitials(e.target.value);
                }}
              />
              <div className="hint" id="fr-initials-hint">
                {t.firstRun.initialsHint}
              </div>
            </div>
            <div className="field">
              <label htmlFor="fr-role">{t.firstRun.role}</label>
              <RoleSelect id="fr-role" roles={USER_ROLES} value={role} onChange={(r) => setRole(r)} />
            </div>
          </>
        )}
        {step === 2 && (
          <>
            <h1>{t.firstRun.step2Title}</h1>
            <p>{t.firstRun.step2Text}</p>
            <div className="grid-2">
              <div className="field">
                <label htmlFor="fr-workplace">{t.firstRun.workplace}</label>
                <input id="fr-workplace" type="text" value={workplace} onChange={(e) => setWorkplace(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor="fr-kommune">{t.firstRun.kommune}</label>
                <input id="fr-kommune" type="text" value={kommune} onChange={(e) => setKommune(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor="fr-forvaltning">{t.firstRun.forvaltning}</label>
                <input id="fr-forvaltning" type="text" value={forvaltning} onChange={(e) => setForvaltning(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor="fr-unit">{t.firstRun.unit}</label>
                <input id="fr-unit" type="text" value={unit} placeholder={workplace} onChange={(e) => setUnit(e.target.value)} />
              </div>
            </div>
          </>
        )}
        {step === 3 && (
          <>
            <h1>{t.firstRun.step3Title}</h1>
            <p>{t.firstRun.step3Text}</p>
            <p>
              {t.firstRun.dataFile}
              <br />
              <code>{dataFile}</code>
            </p>
            <div className="alert info">{t.firstRun.backupAdvice}</div>
          </>
        )}
        {step === 4 && (
          <>
            <h1>{t.firstRun.step4Title}</h1>
            <p>{t.firstRun.step4Text}</p>
            <fieldset>
              <legend className="visually-hidden">{t.firstRun.step4Title}</legend>
              <label className="check">
                <input type="radio" name="fr-sample" checked={sample} onChange={() => setSample(true)} />
                <span>
                  <strong>{t.firstRun.withSample}</strong> – {t.firstRun.withSampleHint}
                </span>
              </label>
              <label className="check" style={{ marginTop: '0.5rem' }}>
                <input type="radio" name="fr-sample" checked={!sample} onChange={() => setSample(false)} />
                <span>
                  <strong>{t.firstRun.empty}</strong> – {t.firstRun.emptyHint}
                </span>
              </label>
            </fieldset>
          </>
        )}
        <div className="toolbar" style={{ marginTop: '1rem' }}>
          {step > 1 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              {t.firstRun.back}
            </button>
          )}
          <button type="submit" className="primary" disabled={!canNext || action.busy}>
            {step < total ? t.firstRun.next : t.firstRun.finish}
          </button>
        </div>
      </CardForm>
    </main>
  );
}
