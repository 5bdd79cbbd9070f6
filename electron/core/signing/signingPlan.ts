import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { ReferatState } from '../../../shared/schemas/referat';
import { signingText } from '../../../shared/text/signing';
import type { Ctx } from '../context';
import { getProfile } from '../settings/kommune';
import type { SignerKey } from './certificates';
import { signerFor, type SigningIdentityView } from './identities';

export interface PlannedSigner extends SignerKey {
  name: string;
  identity: SigningIdentityView;
}

export interface SigningPlan {
  /** In signing order: the document signature (the chair's, else the exporter's) first, then each signer's own. */
  signers: PlannedSigner[];
  /** The signature page's lines: who signed digitally and with what, and who signed by drawing or typing only. */
  lines: string[];
}

/**
 * Who signs a sealed document digitally. A signer of the version who has a signing identity in this installation
 * signs with it; everyone else keeps the drawn or typed signature on the signature page. The document as a whole is
 * signed by the chair when the chair has an identity here, otherwise by the person exporting it.
 */
export function signingPlan(ctx: Ctx, meeting: MeetingDetail, state: ReferatState | null): SigningPlan {
  const signatures = state?.signatures ?? [];
  const personOf = (name: string) => meeting.participants.find((p) => p.name === name)?.personId ?? null;
  const signers: PlannedSigner[] = [];
  const lines: string[] = [];
  const add = (personId: string | null, name: string): boolean => {
    const s = signerFor(ctx, personId);
    if (!s) return false;
    if (!signers.some((x) => x.identity.id === s.identity.id)) signers.push({ ...s, name });
    return true;
  };
  const chair = meeting.participants.find((p) => p.personId === meeting.chairId);
  if (chair && add(chair.personId, chair.name)) lines.push(signingText.page.chairSigns(chair.name));
  else {
    const profile = getProfile(ctx.db);
    if (profile?.personId && add(profile.personId, profile.name)) lines.push(signingText.page.exporterSigns(profile.name));
  }
  for (const sig of signatures) {
    const own = signerFor(ctx, personOf(sig.name));
    if (own && add(own.identity.personId, sig.name)) lines.push(signingText.page.digitalRow(sig.name, own.identity.subject, own.identity.label));
    else lines.push(signingText.page.drawnRow(sig.name, sig.method === 'tegnet' ? signingText.page.methodDrawn : signingText.page.methodTyped));
  }
  // The document signer is named too, when the chair or exporter did not sign the version themselves.
  const first = signers[0];
  if (first && !signatures.some((s) => s.name === first.name)) lines.push(signingText.page.digitalRow(first.name, first.identity.subject, first.identity.label));
  return { signers, lines };
}
