import { formatTimestamp } from '../../../shared/format/danishDate';
import type { SignatureCheck } from '../../../shared/schemas/documents';
import { signingText } from '../../../shared/text/signing';
import type { Ctx } from '../context';
import { getKommune } from '../settings/kommune';
import { certificateFacts } from './certificates';
import { verifyDocxSignatures } from './ooxmlSignature';
import { verifyPdfSignatures } from './pdfSignature';

export function isPdf(data: Buffer): boolean {
  return data.subarray(0, 5).toString('latin1') === '%PDF-';
}

/**
 * Checks the digital signatures of a .docx or .pdf from any installation: each signature by itself (signer,
 * certificate, time, unchanged or not) and whether its certificate is on the kommune's trusted list. A file without
 * signatures gives an empty list; a damaged signature is reported as invalid, never thrown.
 */
export async function checkSignatures(ctx: Ctx, data: Buffer): Promise<SignatureCheck[]> {
  const trusted = new Set(getKommune(ctx.db).trustedCertificates.map((t) => t.fingerprint.toLowerCase()));
  const t = signingText.check;
  const rows: { format: 'docx' | 'pdf'; der: Buffer; signedAt: string | null; valid: boolean; unchanged: boolean; changedWhat: string }[] = [];
  if (isPdf(data)) {
    for (const c of await verifyPdfSignatures(data)) {
      rows.push({ format: 'pdf', der: c.certificateDer, signedAt: c.signedAt, valid: c.signatureValid, unchanged: c.signatureValid && c.coversWholeFile, changedWhat: c.coversWholeFile ? '' : t.notWholeFile });
    }
  } else {
    try {
      for (const c of await verifyDocxSignatures(data)) {
        rows.push({ format: 'docx', der: c.certificateDer, signedAt: c.signedAt, valid: c.signatureValid, unchanged: c.partsUnchanged, changedWhat: c.changedParts.join(', ') });
      }
    } catch {
      return [];
    }
  }
  return rows.map((r) => {
    let facts: ReturnType<typeof certificateFacts> | null;
    try {
      facts = certificateFacts(r.der);
    } catch {
      facts = null;
    }
    const local = !!facts && facts.subject.includes(signingText.localSubjectUnit);
    const isTrusted = !!facts && trusted.has(facts.fingerprint);
    const unchanged = r.valid && r.unchanged;
    const state = `${r.valid ? t.signatureValid : t.signatureInvalid}, ${unchanged ? t.unchanged : t.changed(r.changedWhat || '–')}`;
    const signer = facts?.commonName ?? '?';
    return {
      format: r.format,
      signer,
      subject: facts?.subject ?? '',
      issuer: facts?.issuer ?? '',
      fingerprint: facts?.fingerprint ?? '',
      localCertificate: local,
      signedAt: r.signedAt,
      valid: r.valid,
      unchanged,
      trusted: isTrusted,
      certificateValidFrom: facts?.notBefore.toISOString() ?? '',
      certificateValidTo: facts?.notAfter.toISOString() ?? '',
      summary: t.summary(`${signer}${local ? t.local : ''}`, facts?.subject ?? '?', r.signedAt ? formatTimestamp(r.signedAt) : t.unknownTime, state, isTrusted ? t.trusted : t.untrusted),
    };
  });
}
