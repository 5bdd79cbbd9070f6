/**
 * Role catalogue (SPEC §4, §9.4 req. 30). A person can hold different roles in different meetings,
 * so a role belongs to a participation, and a person only carries a default role.
 */
export const ROLE_CODES = [
  'dagtilbudsleder',
  'paedagogisk_leder',
  'paedagog',
  'primaer_paedagog',
  'vuggestuepaedagog',
  'boernehavepaedagog',
  'dagplejer',
  'dagplejeleder',
  'dagplejepaedagog',
  'sundhedsplejerske',
  'ppr',
  'ppr_psykolog',
  'tale_hoere_konsulent',
  'specialpaedagog',
  'distriktsraadgiver',
  'myndighedssagsbehandler',
  'forebyggende_raadgiver',
  'fremskudt_raadgiver',
  'dagtilbudssocialraadgiver',
  'familiebehandler',
  'fysioterapeut',
  'ergoterapeut',
  'sprogvejleder',
  'skolepaedagog',
  'boernehaveklasseleder',
  'kontaktvoksen',
  'sagsansvarlig',
  'referent',
  'foraelder',
  'netvaerk',
  'andet',
] as const;

/** The roles a Tovholder user can have: staff, never a parent, the network or the meeting-only role referent. */
export const USER_ROLES: readonly RoleCode[] = ROLE_CODES.filter((r) => r !== 'foraelder' && r !== 'netvaerk' && r !== 'referent');

export type RoleCode = (typeof ROLE_CODES)[number];

export const ROLE_LABELS: Record<RoleCode, string> = {
  dagtilbudsleder: 'Dagtilbudsleder',
  paedagogisk_leder: 'Pædagogisk leder',
  paedagog: 'Pædagog',
  primaer_paedagog: 'Barnets primære pædagog',
  vuggestuepaedagog: 'Vuggestuepædagog',
  boernehavepaedagog: 'Børnehavepædagog',
  dagplejer: 'Dagplejer',
  dagplejeleder: 'Dagplejeleder',
  dagplejepaedagog: 'Dagplejepædagog',
  sundhedsplejerske: 'Sundhedsplejerske',
  ppr: 'PPR',
  ppr_psykolog: 'PPR-psykolog',
  tale_hoere_konsulent: 'Tale-høre-konsulent',
  specialpaedagog: 'Specialpædagog (PPR)',
  distriktsraadgiver: 'Distriktsrådgiver',
  myndighedssagsbehandler: 'Myndighedssagsbehandler',
  forebyggende_raadgiver: 'Forebyggende rådgiver',
  fremskudt_raadgiver: 'Fremskudt rådgiver',
  dagtilbudssocialraadgiver: 'Dagtilbudssocialrådgiver',
  familiebehandler: 'Familiebehandler',
  fysioterapeut: 'Fysioterapeut',
  ergoterapeut: 'Ergoterapeut',
  sprogvejleder: 'Sprogvejleder',
  skolepaedagog: 'Skolepædagog',
  boernehaveklasseleder: 'Børnehaveklasseleder',
  kontaktvoksen: 'Kontaktvoksen (modtagende)',
  sagsansvarlig: 'Sagsansvarlig',
  referent: 'Referent',
  foraelder: 'Forælder',
  netvaerk: 'Privat netværk',
  andet: 'Anden fagperson',
};

/** Roles that are professionals (the rest are parents and the family's private network). */
export function isProfessional(role: RoleCode): boolean {
  return role !== 'foraelder' && role !== 'netvaerk';
}

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}
