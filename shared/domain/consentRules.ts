import { addDays } from '../format/danishDate';
import { consentText } from '../text/consentText';
import { ROLE_LABELS, type RoleCode } from './roles';

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

/** Who a consent's recipients are; which kinds a purpose covers is decided by the purpose (issue 11, item 7). */
export const CONSENT_RECIPIENT_KINDS = ['moedets_deltagere', 'anden_myndighed', 'modtagende_institution', 'andet'] as const;
export type ConsentRecipientKind = (typeof CONSENT_RECIPIENT_KINDS)[number];

/** „Til hvem" follows the purpose: the kinds of recipient each purpose covers, the first one the default. */
export const PURPOSE_RECIPIENT_KINDS: Record<ConsentPurpose, readonly ConsentRecipientKind[]> = {
  tvaerfagligt_moede: ['moedets_deltagere'],
  videregivelse: ['anden_myndighed'],
  overgang: ['modtagende_institution'],
  andet: CONSENT_RECIPIENT_KINDS,
};

export interface ConsentRecipient {
  kind: ConsentRecipientKind;
  name: string;
  authority: string;
}

/** The recipient the form starts with for a purpose. */
export function defaultRecipient(purpose: ConsentPurpose): ConsentRecipient {
  const kind = PURPOSE_RECIPIENT_KINDS[purpose][0]!;
  return { kind, name: consentText.defaultRecipientName[kind], authority: '' };
}

/** Why a recipient does not fit the purpose (Danish, for the user), or null when it does. */
export function recipientProblem(purpose: ConsentPurpose, r: ConsentRecipient): string | null {
  const allowed = PURPOSE_RECIPIENT_KINDS[purpose];
  if (!allowed.includes(r.kind)) {
    const names = allowed.map((k) => consentText.recipientKinds[k].toLowerCase()).join(' eller ');
    return consentText.recipientNotCovered(CONSENT_PURPOSE_LABELS[purpose], r.name, consentText.recipientKinds[r.kind], names);
  }
  if (r.kind === 'anden_myndighed' && !r.authority.trim()) return consentText.authorityMissing(r.name);
  return null;
}

/** A participant the parents were told about, chosen as a person from the directory or as a catalogue role. */
export type ConsentParticipantRef = { kind: 'person'; personId: string; name: string } | { kind: 'role'; role: RoleCode };

export function participantRefLabel(r: ConsentParticipantRef): string {
  return r.kind === 'person' ? r.name : ROLE_LABELS[r.role];
}

export interface ConsentRecord {
  id: string;
  guardianPersonId: string;
  purpose: ConsentPurpose;
  givenDate: string;
  expires: string | null;
  withdrawnAt: string | null;
  /** Participants written as free text (consents recorded before issue 11; still matched by name or role). */
  participantsShown: string[];
  /** Participants chosen as people or roles. */
  participants: ConsentParticipantRef[];
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

/** A meeting participant as a consent may have named them: as a person (id or name), or by their role (label or code). */
export interface ConsentParticipant {
  personId?: string | null;
  name: string;
  roles: string[];
}

/**
 * The parents consented knowing who would take part and what would be discussed. When that changes, the consent
 * may need renewing: new participants, or a topic not among those shown. A consent may name participants as people
 * („Ida Mørkhøj") or as roles („PPR-psykolog", issue 11 item 5) – chosen from the directory and the role catalogue,
 * or, in consents recorded before that, written as text. A participant is known when any of these matches.
 * `topic` is the item's own subject, never the template's wording – the caller leaves that out.
 */
export function renewalReasons(consents: ConsentRecord[], participants: (string | ConsentParticipant)[], topic: string | null): string[] {
  if (consents.length === 0) return [];
  const reasons: string[] = [];
  const shown = new Set(consents.flatMap((c) => c.participantsShown.flatMap((x) => x.split(/[,;]/)).map(norm).filter(Boolean)));
  const refs = consents.flatMap((c) => c.participants);
  const personIds = new Set(refs.flatMap((r) => (r.kind === 'person' ? [r.personId] : [])));
  const roles = new Set(refs.flatMap((r) => (r.kind === 'role' ? [r.role, norm(ROLE_LABELS[r.role])] : [])));
  const known = (p: ConsentParticipant) =>
    (!!p.personId && personIds.has(p.personId)) || p.roles.some((r) => roles.has(r) || roles.has(norm(r))) || shown.has(norm(p.name)) || p.roles.some((r) => shown.has(norm(r)));
  const newcomers = participants
    .map((p): ConsentParticipant => (typeof p === 'string' ? { name: p, roles: [] } : p))
    .filter((p) => !known(p))
    .map((p) => p.name);
  if (newcomers.length) reasons.push(`nye deltagere, som forældrene ikke kendte ved samtykket: ${newcomers.join(', ')}`);
  if (topic && topic.trim()) {
    const topics = consents.flatMap((c) => c.topics.map(norm));
    const t = norm(topic);
    if (!topics.some((x) => x === t || x.includes(t) || t.includes(x))) reasons.push(`emnet „${topic.trim()}“ var ikke blandt de emner, forældrene fik at vide`);
  }
  return reasons;
}
