// From schema.ts.
export const MEETING_TYPES = [
  'dialogmoede',
  'netvaerksmoede',
  'overgangsmoede',
  'ressourceteammoede',
  'distriktsmoede',
  'fokusteammoede',
  'trivselsmoede',
  'sagsteammoede',
  'kompetenceteammoede',
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** What an agenda item is. Child items carry a child, anonymous items only a label (SPEC §2.4, req. 7). */
export const ITEM_KINDS = [
  'standard',
  'godkendelse',
  'evt',
  'barn',
  'boernegruppe',
  'anonym',
  'barnets_perspektiv',
  'laeringskompetencer',
  'samtale',
  'evaluering',
  'handleplan',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Outcomes a child item can end with (SPEC §9.1 req. 8). */
export const OUTCOME_CODES = [
  'ppr_observation',
  'indkald_netvaerksmoede',
  'underretning',
  'samtale_med_foraeldrene',
  'foelg_op_naeste_moede',
  'handleplan',
  'afsluttet',
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

export const DOCUMENT_KINDS = ['dagsorden', 'referat', 'handleplan', 'forberedelsesskema', 'overgangsskema'] as const;

export const ITEM_KIND_LABELS: Record<ItemKind, string> = {
  standard: 'Punkt',
  godkendelse: 'Godkendelse af referat',
  evt: 'Evt.',
  barn: 'Barn',
  boernegruppe: 'Børnegruppe',
  anonym: 'Anonym drøftelse',
  barnets_perspektiv: 'Barnets perspektiv',
  laeringskompetencer: 'Læringskompetencer',
  samtale: 'Samtale',
  evaluering: 'Evaluering',
  handleplan: 'Handleplan',
};

export const OUTCOME_LABELS: Record<OutcomeCode, string> = {
  ppr_observation: 'PPR-observation',
  indkald_netvaerksmoede: 'Indkald til netværksmøde',
  underretning: 'Underretning',
  samtale_med_foraeldrene: 'Samtale med forældrene',
  foelg_op_naeste_moede: 'Følg op på næste møde',
  handleplan: 'Handleplan udarbejdes',
  afsluttet: 'Afsluttet – ingen videre indsats',
};

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  dialogmoede: 'Dialogmøde',
  netvaerksmoede: 'Netværksmøde',
  overgangsmoede: 'Overgangsmøde',
  ressourceteammoede: 'Ressourceteammøde',
  distriktsmoede: 'Distriktsmøde og flerfaglig sparring',
  fokusteammoede: 'Fokusteammøde',
  trivselsmoede: 'Trivselsmøde',
  sagsteammoede: 'Sagsteammøde',
  kompetenceteammoede: 'Kompetenceteammøde',
};

/** The seven læringskompetencer („Klar til læring", SPEC §3.3). */
export const LAERINGSKOMPETENCER = [
  'Robusthed',
  'Automatisering',
  'Behovsudsættelse',
  'Gode omgangsformer',
  'Nysgerrighed',
  'Selvregulering/selvdisciplin',
  'Vedholdenhed',
] as const;

/** The four TOPI trivsel dimensions (SPEC §3.1). */
export const TRIVSEL_DIMENSIONS = [
  'Psykisk og emotionel trivsel',
  'Kognitiv trivsel',
  'Social trivsel',
  'Fysisk og sansemotorisk trivsel',
] as const;
