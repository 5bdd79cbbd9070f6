import { useState } from 'react';
import { USER_ROLES, type RoleCode } from '../../../shared/domain/roles';
import type { SettingsState } from '../../../shared/schemas/settings';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DialogActions, Modal } from '../../components/Modal';
import { RoleSelect } from '../../components/RoleSelect';
import { AppError, call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { SaveButton } from './Saved';
import { useDraft, useSettings } from './useSettings';
import { CardForm } from '../../ui/FormParts';

export function ProfileCard({ s }: { s: SettingsState }) {
  const owner = useSettings();
  const fromSettings = (x: SettingsState) => ({ name: x.profile?.name ?? '', initials: x.profile?.initials ?? '', role: (x.profile?.role ?? 'dagtilbudsleder') as RoleCode, workplace: x.profile?.workplace ?? '' });
  const [p, setP, resetP] = useDraft(fromSettings(s));
  const action = useAction();
  const [saved, setSaved] = useState(false);
  // The core asks who the profile is when the name changes; the question is shown here, never answered for the user.
  const [ask, setAsk] = useState<{ message: string; namesake: { id: string; name: string } | null } | null>(null);
  const [choice, setChoice] = useState<'rename' | 'new' | 'existing'>('new');
  const save = async (extra: { personChoice?: 'rename' | 'new' | 'existing'; existingPersonId?: string } = {}) => {
    try {
      const n = await owner.saveProfile({ ...p, ...extra });
      action.clear();
      setAsk(null);
      resetP(fromSettings(n));
      setSaved(true);
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONFIRM_NEEDED' && e.field === 'personChoice') {
        // A namesake in the directory is found by searching for the name (person.search), not by loading everyone.
        const { people } = await call('person.search', { q: p.name, limit: 50 });
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
    <CardForm labelledBy="profile-h"
      onSubmit={() => {
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
      <SaveButton saved={saved} />
    </CardForm>
  );
}
