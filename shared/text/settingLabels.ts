import { ROLE_LABELS, type RoleCode } from '../domain/roles';
import { t } from './da';

/**
 * Danish names for the settings fields and their values, so the audit log and the settings history read as a
 * person would say it („Børnelinealen: Thisted (niveau 1–5) → Kolding (kategori 2, 3, 4a, 4b)"), never as raw keys
 * or JSON (issue 21, item 10).
 */
export const SETTING_LABELS: Record<string, string> = {
  // profile
  name: 'Navn',
  initials: 'Initialer',
  role: 'Rolle',
  workplace: 'Dagtilbud eller distrikt',
  // organisation
  forvaltning: 'Forvaltning',
  unit: 'Enhed',
  address: 'Adresse',
  phone: 'Telefon',
  email: 'E-mail',
  kommune: 'Kommune',
  logo: 'Logo',
  // kommune
  cprEnabled: 'Tillad CPR-numre',
  linealenVariant: 'Børnelinealen',
  trivselLabels: 'Betegnelser for trivsel',
  transitionBasis: 'Grundlag for videregivelse ved overgange',
  retentionMonths: 'Slettefrist',
  aarshjul: 'Årshjul',
  activePackId: 'Aktiv skabelonpakke',
  templateOverrides: 'Tilpasninger pr. skabelon',
  consentValidityMonths: 'Et samtykke gælder (måneder)',
  underretningUrl: 'Link til underretningsvejledning',
  // årshjul
  schoolStartAge: 'skolestart, alder',
  schoolStartMonth: 'skolestart, måned',
  specialNeedsDay: 'særlige behov, dag',
  specialNeedsMonth: 'særlige behov, måned',
  specialNeedsYearsBefore: 'særlige behov, år før skolestart',
  descriptionMonthsBefore: 'overgangsbeskrivelse, måneder før skolestart',
  referatPolicy: 'referat',
  chair: 'mødeleder',
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  linealenVariant: t.settings.linealenOptions,
  trivselLabels: t.settings.trivselOptions,
  transitionBasis: { samtykke: 'Samtykke', paragraf_3a: 'Dagtilbudslovens § 3 a, stk. 3' },
  referatPolicy: { kraevet: 'kræves', valgfrit: 'valgfrit', intet: 'intet referat' },
};

export function settingValue(key: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '(tom)';
  if (typeof v === 'boolean') return v ? 'ja' : 'nej';
  if (typeof v === 'string' && v.startsWith('data:image/')) return '(billede)';
  if (typeof v === 'string') {
    if ((key === 'role' || key === 'chair') && v in ROLE_LABELS) return ROLE_LABELS[v as RoleCode];
    return VALUE_LABELS[key]?.[v] ?? v;
  }
  return String(v);
}

/** „Slettefrist – Barnets stamdata: (tom) → 6" – one line per changed leaf, nested objects named by their parts. */
export function describeSettingChanges(before: Record<string, unknown>, after: Record<string, unknown>, prefix = ''): string[] {
  const parts: string[] = [];
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (k === 'personId') continue;
    const a = before[k];
    const b = after[k];
    if (JSON.stringify(a ?? null) === JSON.stringify(b ?? null)) continue;
    const label = prefix ? `${prefix} – ${k === k.toLowerCase() && t.settings.retentionKinds[k] ? t.settings.retentionKinds[k] : (SETTING_LABELS[k] ?? k)}` : (SETTING_LABELS[k] ?? k);
    const isObj = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
    if (isObj(a) || isObj(b)) {
      parts.push(...describeSettingChanges((a ?? {}) as Record<string, unknown>, (b ?? {}) as Record<string, unknown>, label));
    } else {
      parts.push(`${label}: ${settingValue(k, a)} → ${settingValue(k, b)}`);
    }
  }
  return parts;
}
