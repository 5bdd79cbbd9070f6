import { KommuneSettingsSchema, ProfileSchema, type KommuneSettings, type Profile } from '../../../shared/schemas/settings';
import type { Db } from '../db/types';
import { readSetting } from './settingsRepo';

export function getKommune(db: Db): KommuneSettings {
  return KommuneSettingsSchema.parse(readSetting<unknown>(db, 'kommune') ?? {});
}

export function getProfile(db: Db): Profile | null {
  const parsed = ProfileSchema.safeParse(readSetting<unknown>(db, 'profile'));
  return parsed.success ? parsed.data : null;
}
