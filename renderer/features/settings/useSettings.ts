import { createContext, useCallback, useContext, useState } from 'react';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { SettingsState } from '../../../shared/schemas/settings';
import { call, type AppError } from '../../lib/api';
import { useLiveQuery } from '../../lib/hooks';

export interface SettingsOwner {
  /** The one copy of the settings; null until the first read. */
  settings: SettingsState | null;
  error: AppError | null;
  /** Installs a `SettingsState` a settings command returned (the owner's own commands do this themselves). */
  apply: (next: SettingsState) => void;
  /** Reads again: only for a change whose reply is not the settings (a restored data file). */
  reload: () => void;
  saveProfile(input: ChannelInput<'settings.saveProfile'>): Promise<SettingsState>;
  saveOrganisation(input: ChannelInput<'settings.saveOrganisation'>): Promise<SettingsState>;
  saveKommune(input: ChannelInput<'settings.saveKommune'>): Promise<SettingsState>;
  /** Imports a settings file the user picks; null when the user cancelled. */
  importFile(): Promise<SettingsState | null>;
  completeFirstRun(input: ChannelInput<'settings.completeFirstRun'>): Promise<SettingsState>;
  loadSample(): Promise<SettingsState>;
  removeSample(): Promise<SettingsState>;
}

/**
 * The one owner of the settings (issue 16, item 1): App holds it and provides it through `SettingsContext`; every
 * screen reads the same copy with `useSettings()`. Commands apply the `SettingsState` the core returns; changes made
 * elsewhere (the menu, another window, the IT policy) arrive as `data.changed` for `settings` (or `all`) and re-run
 * the query.
 */
export function useSettingsOwner(): SettingsOwner {
  const q = useLiveQuery(() => call('settings.get', {}), [], { aggregate: 'settings', id: null });
  const { setData, reload } = q;
  const run = useCallback(
    async <T extends SettingsState | null>(reply: Promise<T>): Promise<T> => {
      const next = await reply;
      if (next) setData(next);
      return next;
    },
    [setData],
  );
  return {
    settings: q.data ?? null,
    error: q.error,
    apply: setData,
    reload,
    saveProfile: (input) => run(call('settings.saveProfile', input)),
    saveOrganisation: (input) => run(call('settings.saveOrganisation', input)),
    saveKommune: (input) => run(call('settings.saveKommune', input)),
    importFile: () => run(call('settings.import', {})),
    completeFirstRun: (input) => run(call('settings.completeFirstRun', input)),
    loadSample: () => run(call('sample.load', {})),
    removeSample: () => run(call('sample.remove', {})),
  };
}

const missing = (): never => {
  throw new Error('SettingsContext missing');
};

export const SettingsContext = createContext<SettingsOwner>({
  settings: null,
  error: null,
  apply: () => {},
  reload: () => {},
  saveProfile: missing,
  saveOrganisation: missing,
  saveKommune: missing,
  importFile: missing,
  completeFirstRun: missing,
  loadSample: missing,
  removeSample: missing,
});

/** The settings every screen reads – the owner's one copy. */
export function useSettings(): SettingsOwner {
  return useContext(SettingsContext);
}

/**
 * A card's unsaved edits of a part of the settings. The draft follows the settings while it holds no edits of its
 * own (an import, a restore, a change made elsewhere); once the user has typed, the typing is kept until saved.
 * `reset` takes the saved value after the card's own save. Replaces the remount key the settings screen used.
 */
export function useDraft<T>(source: T): [T, (next: T) => void, (saved: T) => void] {
  const sourceKey = JSON.stringify(source);
  const [draft, setDraft] = useState(source);
  const [baseKey, setBaseKey] = useState(sourceKey);
  if (sourceKey !== baseKey) {
    setBaseKey(sourceKey);
    if (JSON.stringify(draft) === baseKey) setDraft(source);
  }
  const reset = useCallback((saved: T) => {
    setBaseKey(JSON.stringify(saved));
    setDraft(saved);
  }, []);
  return [draft, setDraft, reset];
}
