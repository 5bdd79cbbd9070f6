import { SigningCard } from '../features/signing/SigningCard';
import { PassphraseFields, passphrasesAgree } from '../features/backup/PassphraseFields';
import { RestorePanel } from '../features/backup/RestorePanel';
import { ProgressBar } from '../features/backup/ProgressBar';
import { useState } from 'react';
import { formatTimestamp } from '../../shared/format/danishDate';
import { ROLE_CODES, ROLE_LABELS, USER_ROLES, type RoleCode } from '../../shared/domain/roles';
import { RETENTION_KINDS, type KommuneSettings, type Organisation, type SettingsState } from '../../shared/schemas/settings';
import { t } from '../../shared/text/da';
import { ErrorBanner } from '../components/ErrorBanner';
import { RoleSelect } from '../components/RoleSelect';
import { DialogActions, Modal } from '../components/Modal';
import { AppError, call } from '../lib/api';
import { useAction, useQuery } from '../lib/hooks';
import { useSettings } from '../lib/settingsContext';
import { restoreText } from '../../shared/text/restore';
import { AuditCard, RetentionCard, SecurityCard } from '../components/TrustCards';
import { screenText } from '../../shared/text/screens';

export function SettingsScreen() {
  const state = useQuery(() => call('settings.get', {}), []);
  const templates = useQuery(() => call('template.list', {}), []);
  const ctx = useSettings();
  // Forms keep their own state; they are re-created only when a whole settings file was imported.
  const [generation, setGeneration] = useState(0);
  const s = state.data;
  if (!s) return <ErrorBanner error={state.error} />;
  const apply = (next: SettingsState) => {
    state.setData(next);
    ctx.reload();
  };
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t.settings.title}</h1>
          <p className="sub">{t.settings.subtitle}</p>
        </div>
      </div>
      <div className="grid-2">
        <ProfileCard s={s} apply={apply} />
        <OrganisationCard key={`org-${generation}`} s={s} apply={apply} />
      </div>
      <KommuneCard key={`kommune-${generation}`} s={s} apply={apply} templates={templates.data ?? []} />
      <div className="grid-2">
        <ShareCard
          apply={(n) => {
            apply(n);
            setGeneration((g) => g + 1);
          }}
        />
        <DataCard
          s={s}
          apply={apply}
          onReplaced={() => {
            // Everything on this page came from the data that were just replaced.
            void call('settings.get', {}).then((n) => {
              apply(n);
              setGeneration((g) => g + 1);
            });
            templates.reload();
          }}
        />
      </div>
      <div className="grid-2">
        <SecurityCard />
        <RetentionCard />
      </div>
      <SigningCard s={s} />
      <AuditCard />
      <section className="card" aria-labelledby="changes-h">
        <h2 id="changes-h">{t.settings.changes}</h2>
        <ul className="list-plain">
          {s.changes.map((c, i) => (
            <li key={i}>
              <span>{c.summary}</span>
              <span className="meta">
                {c.actor}, {formatTimestamp(c.at)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function Saved({ show }: { show: boolean }) {
  return show ? (
    <span className="saved" role="status">
      {t.settings.savedOk}
    </span>
  ) : null;
}

function ProfileCard({ s, apply }: { s: SettingsState; apply: (n: SettingsState) => void }) {
  const [p, setP] = useState({ name: s.profile?.name ?? '', initials: s.profile?.initials ?? '', role: (s.profile?.role ?? 'dagtilbudsleder') as RoleCode, workplace: s.profile?.workplace ?? '' });
  const action = useAction();
  const [saved, setSaved] = useState(false);
  // The core asks who the profile is when the name changes; the question is shown here, never answered for the user.
  const [ask, setAsk] = useState<{ message: string; namesake: { id: string; name: string } | null } | null>(null);
  const [choice, setChoice] = useState<'rename' | 'new' | 'existing'>('new');
  const save = async (extra: { personChoice?: 'rename' | 'new' | 'existing'; existingPersonId?: string } = {}) => {
    try {
      const n = await call('settings.saveProfile', { ...p, ...extra });
      action.clear();
      setAsk(null);
      apply(n);
      setSaved(true);
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONFIRM_NEEDED' && e.field === 'personChoice') {
        const people = await call('person.list', {});
        const wanted = p.name.normalize('NFC').trim().toLocaleLowerCase('da');
        const namesake = people.find((x) => x.id !== s.profile?.personId && x.name.normalize('NFC').trim().toLocaleLowerCase('da') === wanted) ?? null;
        setChoice(namesake ? 'existing' : 'new');
        setAsk({ message: e.message, namesake: namesake ? { id: namesake.id, name: namesake.name } : null });
      } else {
        await action.run(() => Promise.reject(e));
      }
    }
  };
  const oldName = s.profile?.name ?? '';
  return (
    <form
      className="card"
      aria-labelledby="profile-h"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="profile-h">{t.settings.profile}</h2>
      <ErrorBanner error={action.error} />
      <Modal title={t.settings.profileWho} open={ask !== null} onClose={() => setAsk(null)}>
        <p>{ask?.message}</p>
        <fieldset>
          <legend>{t.settings.profileWhoLegend(p.name)}</legend>
          {ask?.namesake && (
            <label className="check">
              <input type="radio" name="profile-choice" checked={choice === 'existing'} onChange={() => setChoice('existing')} />
              {t.settings.profileIsExisting(ask.namesake.name)}
            </label>
          )}
          <label className="check">
            <input type="radio" name="profile-choice" checked={choice === 'new'} onChange={() => setChoice('new')} />
            {t.settings.profileIsNew(p.name, oldName)}
          </label>
          {oldName && !ask?.namesake && (
            <label className="check">
              <input type="radio" name="profile-choice" checked={choice === 'rename'} onChange={() => setChoice('rename')} />
              {t.settings.profileIsRename(oldName, p.name)}
            </label>
          )}
        </fieldset>
        <p className="hint">{t.settings.profileHistoryHint}</p>
        <DialogActions
          onCancel={() => setAsk(null)}
          confirmLabel={t.app.save}
          onConfirm={() => void save({ personChoice: choice, ...(choice === 'existing' && ask?.namesake ? { existingPersonId: ask.namesake.id } : {}) })}
        />
      </Modal>
      <div className="field">
        <label htmlFor="st-name">{t.firstRun.name}</label>
        <input id="st-name" type="text" value={p.name} onChange={(e) => setP({ ...p, name: e.target.value })} />
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="st-initials">{t.firstRun.initials}</label>
          <input id="st-initials" type="text" value={p.initials} onChange={(e) => setP({ ...p, initials: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="st-role">{t.firstRun.role}</label>
          <RoleSelect id="st-role" roles={USER_ROLES} value={p.role} onChange={(r) => setP({ ...p, role: r })} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="st-workplace">{t.firstRun.workplace}</label>
        <input id="st-workplace" type="text" value={p.workplace} onChange={(e) => setP({ ...p, workplace: e.target.value })} />
      </div>
      <button type="submit" className="primary">
        {t.app.save}
      </button>{' '}
      <Saved show={saved} />
    </form>
  );
}

function OrganisationCard({ s, apply }: { s: SettingsState; apply: (n: SettingsState) => void }) {
  const [o, setO] = useState<Organisation>(s.organisation);
  const action = useAction();
  const [saved, setSaved] = useState(false);
  const field = (k: keyof Organisation, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`org-${k}`}>{label}</label>
      <input id={`org-${k}`} type={type} value={(o[k] as string | null) ?? ''} onChange={(e) => setO({ ...o, [k]: e.target.value })} />
    </div>
  );
  return (
    <form
      className="card"
      aria-labelledby="org-h"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() => call('settings.saveOrganisation', o)).then((n) => n && (apply(n), setSaved(true)));
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
      <button type="submit" className="primary">
        {t.app.save}
      </button>{' '}
      <Saved show={saved} />
    </form>
  );
}

function KommuneCard({ s, apply, templates }: { s: SettingsState; apply: (n: SettingsState) => void; templates: { id: string; name: string; variant: string | null }[] }) {
  const [k, setK] = useState<KommuneSettings>(s.kommune);
  const action = useAction();
  const [saved, setSaved] = useState(false);
  const num = (v: string) => (v.trim() === '' ? null : Math.max(1, Math.round(Number(v))));
  return (
    <form
      className="card"
      aria-labelledby="kommune-h"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() => call('settings.saveKommune', k)).then((n) => n && (apply(n), setSaved(true)));
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
      <button type="submit" className="primary">
        {t.app.save}
      </button>{' '}
      <Saved show={saved} />
    </form>
  );
}

function ShareCard({ apply }: { apply: (n: SettingsState) => void }) {
  const action = useAction();
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="share-h">
      <h2 id="share-h">{t.settings.exportImport}</h2>
      <p className="meta">{t.settings.exportImportHint}</p>
      <ErrorBanner error={action.error} onClose={action.clear} />
      {msg && (
        <div className="alert ok" role="status">
          {msg}
        </div>
      )}
      <div className="toolbar">
        <button type="button" onClick={() => void action.run(() => call('settings.export', {})).then((r) => r && setMsg(t.documents.saved(r.path)))}>
          {t.settings.export}
        </button>
        <button type="button" onClick={() => void action.run(() => call('templates.exportPack', {})).then((r) => r && setMsg(t.documents.saved(r.path)))}>
          {t.settings.exportPack}
        </button>
        <button
          type="button"
          onClick={() =>
            void action.run(() => call('settings.import', {})).then((n) => {
              if (n) {
                apply(n);
                setMsg(t.settings.imported);
              }
            })
          }
        >
          {t.settings.import}
        </button>
      </div>
    </section>
  );
}

function DataCard({ s, apply, onReplaced }: { s: SettingsState; apply: (n: SettingsState) => void; onReplaced: () => void }) {
  const action = useAction();
  const [mode, setMode] = useState<'backup' | 'restore' | null>(null);
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  function close() {
    setPass('');
    setAgain('');
    setMode(null);
  }
  async function makeBackup() {
    const r = await action.run(() => call('db.backup', { passphrase: pass, repeat: again }));
    if (r) setMsg(t.backup.made(r.path));
    close();
  }
  return (
    <section className="card" aria-labelledby="data-h">
      <h2 id="data-h">{t.settings.data}</h2>
      <p>
        <code>{s.dataFile}</code>
      </p>
      <ErrorBanner error={action.error} onClose={action.clear} />
      {msg && (
        <div className="alert ok" role="status">
          {msg}
        </div>
      )}
      <div className="toolbar">
        <button type="button" onClick={() => setMode('backup')}>
          {t.settings.backup}
        </button>
        <button type="button" onClick={() => setMode('restore')}>
          {t.settings.restore}
        </button>
      </div>
      <h3 style={{ marginTop: '1rem' }}>{t.settings.sample}</h3>
      {s.sampleLoaded && <p className="meta">{t.settings.sampleLoaded}</p>}
      <div className="toolbar">
        {s.sampleLoaded ? (
          <button type="button" className="danger" onClick={() => void action.run(() => call('sample.remove', {})).then((n) => n && apply(n))}>
            {t.settings.sampleRemove}
          </button>
        ) : (
          <button type="button" onClick={() => void action.run(() => call('sample.load', {})).then((n) => n && apply(n))}>
            {t.settings.sampleLoad}
          </button>
        )}
      </div>
      <Modal title={t.settings.backup} open={mode === 'backup'} onClose={close}>
        <PassphraseFields id="bk" label={t.settings.passphrase} pass={pass} again={again} onPass={setPass} onAgain={setAgain} />
        <ProgressBar operation="backup" />
        <DialogActions onCancel={close} confirmLabel={t.settings.backup} disabled={!passphrasesAgree(pass, again) || action.busy} onConfirm={() => void makeBackup()} />
      </Modal>
      <Modal title={t.settings.restore} open={mode === 'restore'} onClose={close}>
        <RestorePanel
          onRestored={(safetyCopy) => {
            setMsg(safetyCopy ? `${restoreText.restored} ${restoreText.replacedKept}` : restoreText.restored);
            close();
            onReplaced();
          }}
        />
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t.app.cancel}
          </button>
        </div>
      </Modal>
    </section>
  );
}
