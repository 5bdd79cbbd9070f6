import type { Db } from '../db/types';
import type { OrganisationHeader } from '../referat/buildReferat';
import { readSetting } from './settingsRepo';

export interface Organisation {
  forvaltning: string;
  unit: string;
  address: string;
  phone: string;
  email: string;
  kommune: string;
}

export const EMPTY_ORGANISATION: Organisation = { forvaltning: '', unit: '', address: '', phone: '', email: '', kommune: '' };

export function getOrganisation(db: Db): Organisation {
  return { ...EMPTY_ORGANISATION, ...(readSetting<Partial<Organisation>>(db, 'organisation') ?? {}) };
}

export function organisationHeader(db: Db): OrganisationHeader {
  const o = getOrganisation(db);
  return { organisation: o.forvaltning, unit: o.unit };
}
