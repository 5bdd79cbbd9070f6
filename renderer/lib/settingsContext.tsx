/** The settings' one owner lives in `features/settings/useSettings.ts`; this path stays for the screens that read it. */
export { SettingsContext, useSettings } from '../features/settings/useSettings';
