import { useState } from 'react';
import type { Organisation, SettingsState } from '../../../shared/schemas/settings';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAction } from '../../lib/hooks';
import { SaveButton } from './Saved';
import { useDraft, useSettings } from './useSettings';
import { CardForm } from '../../ui/FormParts';

export function OrganisationCard({ s }: { s: SettingsState }) {
  const owner = useSettings();
  const [o, setO, resetO] = useDraft<Organisation>(s.organisation);
  const action = useAction();
  const [saved, setSaved] = useState(false);
  const field = (k: keyof Organisation, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`org-${k}`}>{label}</label>
      <input id={`org-${k}`} type={type} value={(o[k] as string | null) ?? ''} onChange={(e) => setO({ ...o, [k]: e.target.value })} />
    </div>
  );
  return (
    <CardForm labelledBy="org-h"
      onSubmit={() => {
        void action.run(() => owner.saveOrganisation(o)).then((n) => n && (resetO(n.organisation), setSaved(true)));
      }}
    >
      <h2 id="org-h">{t.settings.organisation}</h2>
      <p className="meta">{t.settings.organisationHint}</p>
      <ErrorBanner error={action.error} />
      {field('forvaltning', t.firstRun.forvaltning)}
      {field('unit', t.firstRun.unit)}
      {field('kommune', t.firstRun.kommune)}
      {field('address', t.settings.address)}
      <div className="grid-2">
        {field('phone', t.settings.phone, 'tel')}
        {field('email', t.settings.email, 'email')}
      </div>
      <div className="field">
        <label htmlFor="org-logo">{t.settings.logo}</label>
        <input
          id="org-logo"
          type="file"
          accept="image/png"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const reader = new FileReader();
            reader.onload = () => setO({ ...o, logo: String(reader.result) });
            reader.readAsDataURL(file);
          }}
        />
        {o.logo && (
          <div className="toolbar" style={{ marginTop: '0.5rem' }}>
            <img src={o.logo} alt={t.settings.logo} style={{ maxHeight: '3rem' }} />
            <button type="button" className="small" onClick={() => setO({ ...o, logo: null })}>
              {t.settings.removeLogo}
            </button>
          </div>
        )}
      </div>
      <SaveButton saved={saved} />
    </CardForm>
  );
}
