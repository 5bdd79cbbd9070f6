import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { RequiredSigner, Signature } from '../../../shared/schemas/referat';
import { referatSignersText as ST } from '../../../shared/text/referatSigners';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';

interface AddedSignerRow {
  id: string;
  label: string;
  name: string;
  person_id: string | null;
}

export function addedSigners(db: Db, versionId: string): AddedSignerRow[] {
  return stmt(db, 'SELECT id, label, name, person_id FROM referat_added_signers WHERE referat_version_id = ? ORDER BY added_at, rowid').all(versionId) as AddedSignerRow[];
}

/** The signature labels a signer row accepts: its own, and each role it covers (signatures made before issue 16). */
export function acceptedLabels(e: Pick<RequiredSigner, 'label' | 'roles'>): string[] {
  return [e.label, ...e.roles];
}

/**
 * Who signs a referat version, in order: the template's signers – one row per person, so a mødeleder who is also the
 * referent signs once, in both roles („Mødeleder og referent“) – each attending parent, then the signers the chair
 * added. Each row says whether a signature of the version covers it.
 */
export function requiredSigners(db: Db, m: MeetingDetail, versionId: string | null, signatures: Signature[]): RequiredSigner[] {
  const nameOf = (personId: string | null) => m.participants.find((p) => p.personId === personId)?.name ?? null;
  const entries: Omit<RequiredSigner, 'signed'>[] = [];
  for (const s of m.template.signers) {
    if (s.who === 'parents') {
      const parents = m.participants.filter((p) => p.role === 'foraelder' && p.attendance !== 'afbud' && p.attendance !== 'fravaerende');
      if (parents.length === 0) entries.push({ label: s.label, who: s.who, suggestedName: null, roles: [s.label], personId: null, addedId: null });
      for (const p of parents) entries.push({ label: s.label, who: s.who, suggestedName: p.name, roles: [s.label], personId: p.personId, addedId: null });
      continue;
    }
    const id = s.who === 'chair' || s.who === 'professional' ? m.chairId : s.who === 'referent' ? m.referentId : m.ownerId;
    const same = id ? entries.find((e) => e.who !== 'parents' && e.personId === id) : undefined;
    if (same) {
      if (!same.roles.includes(s.label)) same.roles.push(s.label);
      same.label = ST.bothRoles(same.roles);
      continue;
    }
    entries.push({ label: s.label, who: s.who, suggestedName: nameOf(id), roles: [s.label], personId: id, addedId: null });
  }
  if (versionId) {
    for (const a of addedSigners(db, versionId)) entries.push({ label: a.label, who: 'added', suggestedName: a.name, roles: [a.label], personId: a.person_id, addedId: a.id });
  }
  const unused = [...signatures];
  const take = (pred: (s: Signature) => boolean) => {
    const i = unused.findIndex(pred);
    if (i < 0) return false;
    unused.splice(i, 1);
    return true;
  };
  // Named entries first, so an unnamed entry does not swallow a named signer's signature.
  const signed = new Map<number, boolean>();
  entries.forEach((e, i) => {
    const labels = acceptedLabels(e);
    if (e.suggestedName) signed.set(i, take((s) => labels.includes(s.signerLabel) && s.name === e.suggestedName));
  });
  entries.forEach((e, i) => {
    const labels = acceptedLabels(e);
    if (!signed.get(i)) signed.set(i, take((s) => labels.includes(s.signerLabel)));
  });
  return entries.map((e, i) => ({ ...e, signed: signed.get(i) ?? false }));
}

/** The same person, by person id or by name (case and spacing aside). */
export function samePerson(e: Pick<RequiredSigner, 'personId' | 'suggestedName'>, who: { personId: string | null; name: string }): boolean {
  if (e.personId && who.personId) return e.personId === who.personId;
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
  return e.suggestedName !== null && norm(e.suggestedName) === norm(who.name);
}
