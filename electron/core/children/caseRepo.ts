import {
  coverage,
  describeCoverage,
  expiryOf,
  participantRefLabel,
  PURPOSE_RECIPIENT_KINDS,
  type ConsentParticipantRef,
  type ConsentPurpose,
  type ConsentRecipientKind,
  type ConsentRecord,
  type CustodyHolder,
} from '../../../shared/domain/consentRules';
import type { Consent } from '../../../shared/schemas/case';
import { NameMatcher, PrivacyGuard } from '../../../shared/domain/privacyGuard';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';
import { getKommune } from '../settings/kommune';
import { guardiansOf } from './childrenRepo';
import * as childrenTable from '../db/tables/children';

interface ConsentRow {
  id: string;
  child_id: string;
  guardian_person_id: string;
  guardian_name: string;
  purpose: ConsentPurpose;
  info_types: string;
  recipients: string;
  purpose_text: string;
  given_date: string;
  obtained_by: string;
  participants_shown: string;
  /** JSON ConsentParticipantRef[] (migration 0140). */
  participant_refs: string;
  topics: string;
  expires: string | null;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
}

export function consentRows(db: Db, childId: string): ConsentRow[] {
  return stmt(
    db,
    `SELECT c.*, p.name AS guardian_name FROM consents c JOIN people p ON p.id = c.guardian_person_id
      WHERE c.child_id = ? ORDER BY c.given_date DESC, c.created_at DESC`,
  ).all(childId) as ConsentRow[];
}

export function toRecord(r: ConsentRow): ConsentRecord {
  return {
    id: r.id,
    guardianPersonId: r.guardian_person_id,
    purpose: r.purpose,
    givenDate: r.given_date,
    expires: r.expires,
    withdrawnAt: r.withdrawn_at,
    participantsShown: JSON.parse(r.participants_shown) as string[],
    participants: JSON.parse(r.participant_refs) as ConsentParticipantRef[],
    topics: JSON.parse(r.topics) as string[],
  };
}

export function toConsent(r: ConsentRow, validityMonths: number, today: string): Consent {
  const expiry = expiryOf({ givenDate: r.given_date, expires: r.expires }, validityMonths);
  return {
    id: r.id,
    guardianPersonId: r.guardian_person_id,
    guardianName: r.guardian_name,
    purpose: r.purpose,
    infoTypes: JSON.parse(r.info_types) as string[],
    recipients: (JSON.parse(r.recipients) as { kind?: ConsentRecipientKind; name: string; authority: string }[]).map((x) => ({
      kind: x.kind ?? PURPOSE_RECIPIENT_KINDS[r.purpose][0]!,
      name: x.name,
      authority: x.authority,
    })),
    purposeText: r.purpose_text,
    givenDate: r.given_date,
    obtainedBy: r.obtained_by,
    participantsShown: JSON.parse(r.participants_shown) as string[],
    participants: (JSON.parse(r.participant_refs) as ConsentParticipantRef[]).map((p) => ({
      kind: p.kind,
      personId: p.kind === 'person' ? p.personId : null,
      role: p.kind === 'role' ? p.role : null,
      label: participantRefLabel(p),
    })),
    topics: JSON.parse(r.topics) as string[],
    expires: r.expires,
    effectiveExpiry: expiry,
    withdrawnAt: r.withdrawn_at,
    withdrawnReason: r.withdrawn_reason,
    status: r.withdrawn_at ? 'tilbagekaldt' : expiry < today ? 'udloebet' : 'gyldig',
  };
}

export function custodyHolders(db: Db, childId: string): CustodyHolder[] {
  return guardiansOf(db, childId).map((g) => ({ personId: g.person_id, name: g.name, custody: g.custody === 1 }));
}

/** Is the purpose covered for this child on this date, and if not, why not (in Danish)? */
export function consentCoverage(db: Db, childId: string, purpose: ConsentPurpose, atDate: string) {
  const cov = coverage(consentRows(db, childId).map(toRecord), custodyHolders(db, childId), purpose, atDate, getKommune(db).consentValidityMonths);
  return { ...cov, explanation: cov.valid ? null : describeCoverage(cov) };
}

/** Names the guard looks for: every child and every parent known to Tovholder. */
export function protectedNames(db: Db): string[] {
  const rows = stmt(db, "SELECT name FROM children UNION SELECT name FROM people WHERE role = 'foraelder' OR id IN (SELECT person_id FROM guardians)").all() as { name: string }[];
  return rows.map((r) => r.name);
}

const guards = new WeakMap<Db, { epoch: number; guard: PrivacyGuard }>();

/**
 * What the privacy guard protects – every child's and parent's name, and every child's birth date – indexed; rebuilt
 * only when a trigger has changed the name epoch (migrations 0070 and 0120).
 */
export function protectedGuard(db: Db): PrivacyGuard {
  const epoch = (stmt(db, 'SELECT n FROM name_epoch').get() as { n: number }).n;
  const cached = guards.get(db);
  if (cached?.epoch === epoch) return cached.guard;
  const births = childrenTable.birthDates(db);
  const staff = (stmt(db, "SELECT name FROM people WHERE role != 'foraelder' AND id NOT IN (SELECT person_id FROM guardians)").all() as { name: string }[]).map((r) => r.name);
  const guard = new PrivacyGuard(new NameMatcher(protectedNames(db), staff), births);
  guards.set(db, { epoch, guard });
  return guard;
}

/** The protected names alone (see protectedGuard). */
export function protectedNameMatcher(db: Db): NameMatcher {
  return protectedGuard(db).names;
}
