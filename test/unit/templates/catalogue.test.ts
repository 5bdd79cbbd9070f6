import { describe, expect, it } from 'vitest';
import { STANDARD_PACK } from '../../../electron/core/templates/catalogue';
import { LAERINGSKOMPETENCER, TemplatePackSchema } from '../../../shared/templates/schema';

describe('bundled template catalogue', () => {
  it('covers every meeting form the SPEC requires', () => {
    const types = new Set(STANDARD_PACK.templates.map((t) => t.type));
    for (const type of ['dialogmoede', 'netvaerksmoede', 'overgangsmoede', 'ressourceteammoede', 'distriktsmoede', 'fokusteammoede', 'trivselsmoede']) {
      expect(types.has(type as never), type).toBe(true);
    }
    expect(STANDARD_PACK.templates.filter((t) => t.type === 'overgangsmoede').map((t) => t.transition)).toEqual([
      'hjem-vuggestue',
      'hjem-dagpleje',
      'dagpleje-boernehave',
      'boernehave-skole',
    ]);
  });

  it('models chair, owner, convener and referent as separate roles (netværksmøde: distriktsrådgiveren leder og ejer)', () => {
    const nv = STANDARD_PACK.templates.find((t) => t.id === 'netvaerksmoede')!;
    expect(nv.roles.chair).toBe('distriktsraadgiver');
    expect(nv.roles.owner).toBe('distriktsraadgiver');
    expect(nv.participants.some((p) => p.role === 'netvaerk')).toBe(true);
    expect(nv.requiredDocuments).toContain('handleplan');
    const dm = STANDARD_PACK.templates.find((t) => t.id === 'dialogmoede')!;
    expect(dm.roles.owner).toBe('dagtilbudsleder');
    expect(dm.parentsAgreeAgenda).toBe(true);
  });

  it('overgangsmøder have the fixed three-step agenda plus barnets perspektiv, and a mødeleder per variant', () => {
    for (const t of STANDARD_PACK.templates.filter((x) => x.type === 'overgangsmoede')) {
      expect(t.agenda.map((a) => a.kind)).toEqual(['samtale', 'laeringskompetencer', 'barnets_perspektiv', 'standard']);
      expect(t.agenda.every((a) => a.fixed)).toBe(true);
      expect(t.agendaRules.allowReorder).toBe(false);
    }
    expect(STANDARD_PACK.templates.find((t) => t.id === 'overgang-hjem-vuggestue')!.roles.chair).toBe('sundhedsplejerske');
    expect(STANDARD_PACK.templates.find((t) => t.id === 'overgang-hjem-dagpleje')!.roles.chair).toBe('dagplejepaedagog');
    expect(LAERINGSKOMPETENCER).toHaveLength(7);
  });

  it('ressourceteam: fixed members, a reserved 0–2 block, the outcome picklist, consent for named children', () => {
    const rt = STANDARD_PACK.templates.find((t) => t.id === 'ressourceteammoede')!;
    expect(rt.participants.filter((p) => p.fixed).map((p) => p.role)).toEqual(['dagtilbudsleder', 'forebyggende_raadgiver', 'ppr_psykolog', 'sundhedsplejerske']);
    expect(rt.agenda.some((a) => a.block === '0-2')).toBe(true);
    expect(rt.outcomes).toEqual(['ppr_observation', 'indkald_netvaerksmoede', 'underretning', 'samtale_med_foraeldrene', 'foelg_op_naeste_moede']);
    expect(rt.consentForNamedChild).toBe(true);
    expect(rt.parents).toBe('kun_samtykke');
    expect(rt.agendaRules.addableKinds).toEqual(expect.arrayContaining(['barn', 'boernegruppe', 'anonym']));
  });

  it('fokusteam asks for the forberedelsesskema three days before', () => {
    expect(STANDARD_PACK.templates.find((t) => t.id === 'fokusteammoede')!.preparation).toEqual({ form: 'forberedelsesskema', daysBefore: 3 });
  });

  it('rejects a kommune pack with a wrong type, naming the field in Danish', () => {
    const bad = structuredClone(STANDARD_PACK) as unknown as { packId: string; templates: { agenda: { minutes: unknown }[] }[] };
    bad.packId = 'testkommune';
    bad.templates[0]!.agenda[1]!.minutes = 'ti';
    const res = TemplatePackSchema.safeParse(bad);
    expect(res.success).toBe(false);
    expect(res.error!.issues[0]!.path).toEqual(['templates', 0, 'agenda', 1, 'minutes']);
  });

  it('rejects duplicate item keys and undefined phases', () => {
    const bad = structuredClone(STANDARD_PACK);
    bad.templates[0]!.agenda[1]!.key = bad.templates[0]!.agenda[0]!.key;
    const res = TemplatePackSchema.safeParse(bad);
    expect(res.success).toBe(false);
    expect(res.error!.issues[0]!.message).toMatch(/findes to gange/);
  });
});
