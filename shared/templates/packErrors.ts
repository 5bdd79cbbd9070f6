/**
 * Where in a template pack a validation problem is, in the words a kommune administrator uses:
 * „Overgangsmøde: Børnehave → skole, punkt 4 „Barnets perspektiv", minutter" instead of `templates.4.agenda.3.minutes`
 * (issue 21, item 11).
 */
const FIELD_DA: Record<string, string> = {
  id: 'id',
  version: 'version',
  type: 'mødetype',
  name: 'navn',
  variant: 'variant',
  purpose: 'formål',
  source: 'kilde',
  roles: 'roller',
  convener: 'indkalder',
  chair: 'mødeleder',
  owner: 'ejer',
  referent: 'referent',
  participants: 'deltagere',
  role: 'rolle',
  fixed: 'fast',
  consultative: 'konsultativ',
  parents: 'forældre',
  cadence: 'kadence',
  weeks: 'uger',
  warnOnCancel: 'advar ved aflysning',
  defaultDurationMinutes: 'varighed',
  defaultPlace: 'sted',
  agenda: 'dagsorden',
  key: 'nøgle',
  title: 'titel',
  kind: 'punkttype',
  minutes: 'minutter',
  description: 'beskrivelse',
  prompts: 'spørgsmål',
  block: 'blok',
  phase: 'fase',
  agendaRules: 'dagsordensregler',
  allowAddItems: 'må tilføje punkter',
  allowReorder: 'må flytte punkter',
  addableKinds: 'punkttyper der kan tilføjes',
  requiredDocuments: 'dokumenter',
  outcomes: 'udfald',
  referatPolicy: 'referat',
  signers: 'underskrivere',
  who: 'hvem',
  label: 'betegnelse',
  phases: 'faser',
  preparation: 'forberedelse',
  daysBefore: 'dage før',
  consentForNamedChild: 'samtykke for navngivne børn',
  parentsAgreeAgenda: 'forældre aftaler dagsorden',
  childScope: 'børn på mødet',
  transition: 'overgang',
  format: 'format',
  packId: 'pakke-id',
  templates: 'skabeloner',
};

type Json = Record<string, unknown> | unknown[] | null | undefined;

function at(json: Json, key: PropertyKey): Json {
  if (json && typeof json === 'object') return (json as Record<PropertyKey, unknown>)[key] as Json;
  return undefined;
}

export function describePackPath(json: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'templates' || typeof path[1] !== 'number') {
    return path.length ? path.map((p) => (typeof p === 'number' ? `nr. ${p + 1}` : (FIELD_DA[String(p)] ?? String(p)))).join(', ') : 'pakken';
  }
  const tpl = at(at(json as Json, 'templates'), path[1]);
  const name = typeof at(tpl, 'name') === 'string' ? String(at(tpl, 'name')) : `Skabelon nr. ${path[1] + 1}`;
  const variant = typeof at(tpl, 'variant') === 'string' ? `: ${String(at(tpl, 'variant'))}` : '';
  const parts = [`${name}${variant}`];
  const rest = path.slice(2);
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i]!;
    const next = rest[i + 1];
    if (p === 'agenda' && typeof next === 'number') {
      const title = at(at(at(tpl, 'agenda'), next), 'title');
      parts.push(`punkt ${next + 1}${typeof title === 'string' && title ? ` „${title}“` : ''}`);
      i++;
    } else if (typeof p === 'number') {
      parts.push(`nr. ${p + 1}`);
    } else {
      parts.push(FIELD_DA[String(p)] ?? String(p));
    }
  }
  return parts.join(', ');
}
