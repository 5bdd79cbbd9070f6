import { addDays } from '../format/danishDate';

/**
 * Consent rules (SPEC §5.1, req. 17; PRODUCT-RESEARCH §3.2): a consent is written, given by each holder of
 * forældremyndighed, names the information, the recipients and the purpose, can expire and can be withdrawn.
 */
export const CONSENT_PURPOSES = ['tvaerfagligt_moede', 'videregivelse', 'overgang', 'andet'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_PURPOSE_LABELS: Record<ConsentPurpose, string> = {
  tvaerfagligt_moede: 'Drøftelse på tværfagligt møde (fx ressourceteam)',
  videregivelse: 'Videregivelse af oplysninger til en anden myndighed',
  overgang: 'Overlevering ved overgang (dagtilbud, skole)',
  andet: 'Andet formål',
};

export interface ConsentRecord {
  id: string;
  guardianPersonId: string;
  purpose: ConsentPurpose;
  givenDate: string;
  expires: string | null;
  withdrawnAt: string | null;
  participantsShown: string[];
  topics: string[];
}

export interface CustodyHolder {
  personId: string;
  name: string;
  custody: boolean;
}

export type CoverageProblem = 'ingen_foraeldremyndighed' | 'mangler' | 'tilbagekaldt' | 'udloebet' | 'ikke_givet_endnu';

export interface Coverage {
  valid: boolean;
  problems: { guardian: string | null; problem: CoverageProblem }[];
  /** The consents that make it valid (one per custody holder). */
  consents: ConsentRecord[];
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function expiryOf(c: Pick<ConsentRecord, 'givenDate' | 'expires'>, validityMonths: number): string {
  return c.expires ?? addDays(addMonths(c.givenDate, validityMonths), -1);
}

/** Is the purpose covered on `atDate` by a valid consent from every holder of forældremyndighed? */
export function coverage(consents: ConsentRecord[], holders: CustodyHolder[], purpose: ConsentPurpose, atDate: string, validityMonths: number): Coverage {
  const custody = holders.filter((h) => h.custody);
  if (custody.length === 0) return { valid: false, problems: [{ guardian: null, problem: 'ingen_foraeldremyndighed' }], consents: [] };
  const problems: Coverage['problems'] = [];
  const used: ConsentRecord[] = [];
  for (const h of custody) {
    const mine = consents.filter((c) => c.guardianPersonId === h.personId && c.purpose === purpose);
    const ok = mine.find((c) => !c.withdrawnAt && c.givenDate <= atDate && expiryOf(c, validityMonths) >= atDate);
    if (ok) {
      used.push(ok);
      continue;
    }
    const problem: CoverageProblem =
      mine.length === 0
        ? 'mangler'
        : mine.some((c) => c.withdrawnAt)
          ? 'tilbagekaldt'
          : mine.some((c) => c.givenDate > atDate)
            ? 'ikke_givet_endnu'
            : 'udloebet';
    problems.push({ guardian: h.name, problem });
  }
  return { valid: problems.length === 0, problems, consents: used };
}

export const PROBLEM_TEXT: Record<CoverageProblem, string> = {
  ingen_foraeldremyndighed: 'der er ikke registreret nogen med forældremyndighed',
  mangler: 'har ikke givet samtykke',
  tilbagekaldt: 'har tilbagekaldt sit samtykke',
  udloebet: 'samtykket er udløbet',
  ikke_givet_endnu: 'samtykket er givet efter mødedatoen',
};

export function describeCoverage(c: Coverage): string {
  return c.problems.map((p) => (p.guardian ? `${p.guardian} ${PROBLEM_TEXT[p.problem]}` : PROBLEM_TEXT[p.problem])).join('; ');
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A meeting participant as a consent may have named them: by name, or by their role (label or code). */
export interface ConsentParticipant {
  name: string;
  roles: string[];
}

/**
 * The parents consented knowing who would take part and what would be discussed. When that changes, the consent
 * may need renewing: new participants, or a topic not among those shown. A consent may name participants as people
 * („Ida Mørkhøj") or as roles („PPR-psykolog", issue 11 item 5); a participant is known when either matches.
 * `topic` is the item's own subject, never the template's wording – the caller leaves that out.
 */
export function renewalReasons(consents: ConsentRecord[], participants: (string | ConsentParticipant)[], topic: string | null): string[] {
  if (consents.length === 0) return [];
  const reasons: string[] = [];
  const shown = new Set(consents.flatMap((c) => c.participantsShown.flatMap((x) => x.split(/[,;]/)).map(norm).filter(Boolean)));
  const newcomers = participants
    .map((p) => (typeof p === 'string' ? { name: p, roles: [] } : p))
    .filter((p) => !shown.has(norm(p.name)) && !p.roles.some((r) => shown.has(norm(r))))
    .map((p) => p.name);
  if (newcomers.length) reasons.push(`nye deltagere, som forældrene ikke kendte ved samtykket: ${newcomers.join(', ')}`);
  if (topic && topic.trim()) {
    const topics = consents.flatMap((c) => c.topics.map(norm));
    const t = norm(topic);
    if (!topics.some((x) => x === t || x.includes(t) || t.includes(x))) reasons.push(`emnet „${topic.trim()}“ var ikke blandt de emner, forældrene fik at vide`);
  }
  return reasons;
}
