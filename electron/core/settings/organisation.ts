import { OrganisationSchema, type Organisation } from '../../../shared/schemas/settings';
import type { Db } from '../db/types';
import type { OrganisationHeader } from '../referat/buildReferat';
import { readSetting } from './settingsRepo';

export function getOrganisation(db: Db): Organisation {
  return OrganisationSchema.parse(readSetting<unknown>(db, 'organisation') ?? {});
}

export function organisationHeader(db: Db): OrganisationHeader {
  const o = getOrganisation(db);
  return { organisation: o.forvaltning, unit: o.unit, kommune: o.kommune };
}
