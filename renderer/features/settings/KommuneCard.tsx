import { useState } from 'react';
import { ROLE_CODES, ROLE_LABELS, type RoleCode } from '../../../shared/domain/roles';
import { RETENTION_KINDS } from '../../../shared/schemas/codes';
import type { KommuneSettings, SettingsState } from '../../../shared/schemas/settings';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAction } from '../../lib/hooks';
import { SaveButton } from './Saved';
import { useDraft, useSettings } from './useSettings';

export function KommuneCard({ s, templates }: { s: SettingsState; templates: { id: string; name: string; variant: string | null }[] }) {
  const owner = useSettings();
  const [k, setK, resetK] = useDraft<KommuneSettings>(s.kommune);
  const action = useAction();
  const [saved, setSaved] = useState(false);
  const num = (v: string) => (v.trim() === '' ? null : Math.max(1, Math.round(Number(v))));
  return (
    <form
      className="card"
      aria-labelledby="kommune-h"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() => owner.saveKommune(k)).then((n) => n && (resetK(n.kommune), setSaved(true)));
      }}
    >
      <h2 id="kommune-h">{t.settings.kommune}</h2>
      <p className="meta">{t.settings.kommuneHint}</p>
      <ErrorBanner error={action.error} />
      <div className="field">
        <label className="check">
          <input type="checkbox" checked={k.cprEnabled} onChange={(e) => setK({ ...k, cprEnabled: e.target.checked })} aria-describedby="k-cpr-hint" />
          {t.settings.cpr}
        </label>
        <div className="hint" id="k-cpr-hint">
          {t.settings.cprHint}
        </div>
      </div>
      <div className="grid-3">
        <div className="field">
          <label htmlFor="k-linealen">{t.settings.linealen}</label>
          <select id="k-linealen" value={k.linealenVariant} aria-describedby="k-linealen-hint" onChange={(e) => setK({ ...k, linealenVariant: e.target.value as KommuneSettings['linealenVariant'] })}>
            {Object.entries(t.settings.linealenOptions).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
          <div className="hint" id="k-linealen-hint">
            {t.settings.linealenHint}
          </div>
        </div>
        <div className="field">
          <label htmlFor="k-trivsel">{t.settings.trivselLabels}</label>
          <select id="k-trivsel" value={k.trivselLabels} aria-describedby="k-trivsel-hint" onChange={(e) => setK({ ...k, trivselLabels: e.target.value as KommuneSettings['trivselLabels'] })}>
            {Object.entries(t.settings.trivselOptions).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
          <div className="hint" id="k-trivsel-hint">
            {t.settings.trivselLabelsHint}
          </div>
        </div>
        <div className="field">
          <label htmlFor="k-basis">{t.settings.transitionBasis}</label>
          <select id="k-basis" value={k.transitionBasis} aria-describedby="k-basis-hint" onChange={(e) => setK({ ...k, transitionBasis: e.target.value as KommuneSettings['transitionBasis'] })}>
            <option value="samtykke">{screenText.settings.transitionBases.samtykke}</option>
            <option value="paragraf_3a">{screenText.settings.transitionBases.paragraf_3a}</option>
          </select>
          <div className="hint" id="k-basis-hint">
            {t.settings.transitionBasisHint}
          </div>
        </div>
      </div>
      <fieldset>
        <legend>{t.settings.retention}</legend>
        <p className="hint">{t.settings.retentionHint}</p>
        <div className="grid-3">
          {RETENTION_KINDS.map((r) => (
            <div className="field" key={r}>
              <label htmlFor={`k-ret-${r}`}>{t.settings.retentionKinds[r]}</label>
              <input
                id={`k-ret-${r}`}
                type="number"
                min={1}
                value={k.retentionMonths[r] ?? ''}
                onChange={(e) => setK({ ...k, retentionMonths: { ...k.retentionMonths, [r]: num(e.target.value) } })}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.settings.aarshjul}</legend>
        <p className="hint">{t.settings.aarshjulHint}</p>
        <div className="grid-3">
          <div className="field">
            <label htmlFor="k-sn-day">{screenText.settings.specialNeedsDay(t.settings.specialNeeds)}</label>
            <input id="k-sn-day" type="number" min={1} max={31} value={k.aarshjul.specialNeedsDay} onChange={(e) => setK({ ...k, aarshjul: { ...k.aarshjul, specialNeedsDay: Number(e.target.value) } })} />
          </div>
          <div className="field">
            <label htmlFor="k-sn-month">{screenText.settings.month}</label>
            <input id="k-sn-month" type="number" min={1} max={12} value={k.aarshjul.specialNeedsMonth} onChange={(e) => setK({ ...k, aarshjul: { ...k.aarshjul, specialNeedsMonth: Number(e.target.value) } })} />
          </div>
          <div className="field">
            <label htmlFor="k-sn-years">{screenText.settings.yearsBeforeSchool}</label>
            <input id="k-sn-years" type="number" min={0} max={3} value={k.aarshjul.specialNeedsYearsBefore} onChange={(e) => setK({ ...k, aarshjul: { ...k.aarshjul, specialNeedsYearsBefore: Number(e.target.value) } })} />
          </div>
        </div>
        <p className="hint">{t.settings.specialNeedsHint}</p>
        <div className="field">
          <label htmlFor="k-desc">{t.settings.descriptionMonths}</label>
          <input id="k-desc" type="number" min={0} max={24} value={k.aarshjul.descriptionMonthsBefore} onChange={(e) => setK({ ...k, aarshjul: { ...k.aarshjul, descriptionMonthsBefore: Number(e.target.value) } })} />
        </div>
      </fieldset>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="k-consent">{t.settings.consentValidity}</label>
          <input id="k-consent" type="number" min={1} max={60} value={k.consentValidityMonths} onChange={(e) => setK({ ...k, consentValidityMonths: Number(e.target.value) })} />
        </div>
        <div className="field">
          <label htmlFor="k-url">{t.settings.underretningUrl}</label>
          <input id="k-url" type="text" inputMode="url" value={k.underretningUrl} onChange={(e) => setK({ ...k, underretningUrl: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="k-safety">{t.settings.safetyCopyDays}</label>
          <input
            id="k-safety"
            type="number"
            min={1}
            max={365}
            value={k.safetyCopyDays}
            aria-describedby="k-safety-hint"
            onChange={(e) => setK({ ...k, safetyCopyDays: Number(e.target.value) })}
          />
          <div className="hint" id="k-safety-hint">
            {t.settings.safetyCopyDaysHint}
          </div>
        </div>
      </div>
      <fieldset>
        <legend>{t.settings.templates}</legend>
        <div className="field">
          <label htmlFor="k-pack">{t.settings.activePack}</label>
          <select id="k-pack" value={k.activePackId ?? 'tovholder-standard'} onChange={(e) => setK({ ...k, activePackId: e.target.value === 'tovholder-standard' ? null : e.target.value })}>
            {s.packs.map((p) => (
              <option key={p.packId} value={p.packId}>
                {screenText.settings.packOption(p.name, p.version, p.templates)}
              </option>
            ))}
          </select>
        </div>
        <table>
          <caption className="visually-hidden">{t.settings.overrides}</caption>
          <thead>
            <tr>
              <th scope="col">{t.settings.overrides}</th>
              <th scope="col">{t.settings.referatPolicy}</th>
              <th scope="col">{t.settings.chair}</th>
            </tr>
          </thead>
          <tbody>
            {templates.map((tpl) => {
              const o = k.templateOverrides[tpl.id] ?? {};
              const label = `${tpl.name}${tpl.variant ? `: ${tpl.variant}` : ''}`;
              const setO = (patch: Partial<typeof o>) => {
                const next = { ...o, ...patch };
                const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined));
                const all = { ...k.templateOverrides };
                if (Object.keys(clean).length) all[tpl.id] = clean;
                else delete all[tpl.id];
                setK({ ...k, templateOverrides: all });
              };
              return (
                <tr key={tpl.id}>
                  <th scope="row">{label}</th>
                  <td>
                    <select aria-label={`${t.settings.referatPolicy}: ${label}`} value={o.referatPolicy ?? ''} onChange={(e) => setO({ referatPolicy: (e.target.value || undefined) as typeof o.referatPolicy })}>
                      <option value="">{t.settings.sameAsTemplate}</option>
                      {Object.entries(t.settings.policyLabels).map(([v, l]) => (
                        <option key={v} value={v}>
                          {l}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select aria-label={`${t.settings.chair}: ${label}`} value={o.chair ?? ''} onChange={(e) => setO({ chair: (e.target.value || undefined) as RoleCode | undefined })}>
                      <option value="">{t.settings.sameAsTemplate}</option>
                      {ROLE_CODES.filter((r) => r !== 'foraelder' && r !== 'netvaerk').map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABELS[r]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      <SaveButton saved={saved} />
    </form>
  );
}
