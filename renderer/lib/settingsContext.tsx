import { createContext, useContext } from 'react';
import type { SettingsState } from '../../shared/schemas/settings';

export const SettingsContext = createContext<{ settings: SettingsState | null; reload: () => void }>({ settings: null, reload: () => {} });

export function useSettings() {
  return useContext(SettingsContext);
}
