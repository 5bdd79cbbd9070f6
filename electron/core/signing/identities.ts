import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import forge from 'node-forge';
import { formatLongDate } from '../../../shared/format/danishDate';
import { roleLabel } from '../../../shared/domain/roles';
import { LOCAL_CERTIFICATE_LABEL, signingText } from '../../../shared/text/signing';
import type { Ctx } from '../context';
import { nowTs } from '../context';
import type { Core } from '../app/core';
import { audit } from '../audit/auditLog';
import { AppError } from '../errors';
import { writeFileAtomic } from '../files';
import { newId } from '../ids';
import { findPerson } from '../people/peopleRepo';
import { getOrganisation } from '../settings/organisation';
import { getProfile } from '../settings/kommune';
import { certificateFacts, derToPem, pemToDer, type SignerKey } from './certificates';

/** What the screen may see of an identity: never the key. */
export interface SigningIdentityView {
  id: string;
  personId: string;
  personName: string;
  source: 'lokal' | 'importeret';
  /** „lokalt certifikat" or „certifikat fra kommunen". */
  label: string;
  subject: string;
  issuer: string;
  fingerprint: string;
  notBefore: string;
  notAfter: string;
  createdAt: string;
}

interface IdentityRow {
  id: string;
  person_id: string;
  source: 'lokal' | 'importeret';
  private_key_pem: string;
  certificate_pem: string;
  chain_pem: string;
  subject: string;
  issuer: string;
  fingerprint: string;
  not_before: string;
  not_after: string;
  created_at: string;
}

function toView(ctx: Ctx, r: IdentityRow): SigningIdentityView {
  return {
    id: r.id,
    personId: r.person_id,
    personName: findPerson(ctx.db, r.person_id)?.name ?? '',
    source: r.source,
    label: r.source === 'lokal' ? LOCAL_CERTIFICATE_LABEL : signingText.page.kindImported,
    subject: r.subject,
    issuer: r.issuer,
    fingerprint: r.fingerprint,
    notBefore: r.not_before,
    notAfter: r.not_after,
    createdAt: r.created_at,
  };
}

export function listIdentities(ctx: Ctx): SigningIdentityView[] {
  const rows = ctx.db.prepare('SELECT * FROM signing_identities WHERE retired_at IS NULL ORDER BY created_at').all() as IdentityRow[];
  return rows.map((r) => toView(ctx, r));
}

/** The identity a person signs with in this installation, with its key – or null. */
export function signerFor(ctx: Ctx, personId: string | null): (SignerKey & { identity: SigningIdentityView }) | null {
  if (!personId) return null;
  const r = ctx.db.prepare('SELECT * FROM signing_identities WHERE person_id = ? AND retired_at IS NULL').get(personId) as IdentityRow | undefined;
  if (!r) return null;
  return { privateKeyPem: r.private_key_pem, certificatePem: r.certificate_pem, identity: toView(ctx, r) };
}

function personFor(ctx: Ctx, personId: string | undefined): { id: string; name: string; role: string; organisation: string } {
  if (personId) {
    const p = findPerson(ctx.db, personId);
    if (!p) throw new AppError('NOT_FOUND', signingText.identity.personMissing, 'personId');
    return { id: p.id, name: p.name, role: p.role, organisation: p.organisation };
  }
  const profile = getProfile(ctx.db);
  const person = findPerson(ctx.db, profile?.personId ?? null);
  if (!profile || !person) throw new AppError('CONFLICT', signingText.identity.noProfile);
  return { id: person.id, name: profile.name, role: profile.role, organisation: profile.workplace || person.organisation };
}

function store(ctx: Ctx, personId: string, source: IdentityRow['source'], keyPem: string, certPem: string, chainPem: string): SigningIdentityView {
  const facts = certificateFacts(pemToDer(certPem));
  const id = newId();
  ctx.db.transaction(() => {
    ctx.db.prepare('UPDATE signing_identities SET retired_at = ? WHERE person_id = ? AND retired_at IS NULL').run(nowTs(ctx), personId);
    ctx.db
      .prepare(
        `INSERT INTO signing_identities (id, person_id, source, private_key_pem, certificate_pem, chain_pem, subject, issuer, fingerprint, not_before, not_after, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, personId, source, keyPem, certPem, chainPem, facts.subject, facts.issuer, facts.fingerprint, facts.notBefore.toISOString(), facts.notAfter.toISOString(), nowTs(ctx));
    audit(ctx, 'signing.identity', 'person', personId, `${source === 'lokal' ? signingText.identity.auditCreatedLocal : signingText.identity.auditImported} ${facts.fingerprint.slice(0, 16)}`);
  })();
  return listIdentities(ctx).find((i) => i.id === id)!;
}

/**
 * Makes a local signing identity: an RSA-2048 key and a self-signed certificate valid for three years, whose subject
 * names the person, role, organisation and kommune and always says „lokalt certifikat".
 */
export function generateIdentity(ctx: Ctx, input: { personId?: string | undefined }): SigningIdentityView {
  const person = personFor(ctx, input.personId);
  const org = getOrganisation(ctx.db);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const fKey = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(fKey.n, fKey.e);
  // A positive serial of 16 random bytes (RFC 5280 §4.1.2.2).
  cert.serialNumber = `7${randomBytes(15).toString('hex')}`;
  const now = new Date(ctx.now().getTime() - 60_000);
  cert.validity.notBefore = now;
  cert.validity.notAfter = new Date(now.getTime() + 3 * 365 * 24 * 3600_000);
  const attrs: forge.pki.CertificateField[] = [
    { shortName: 'CN', value: person.name, valueTagClass: forge.asn1.Type.UTF8 as never },
    { name: 'title', value: roleLabel(person.role), valueTagClass: forge.asn1.Type.UTF8 as never },
    ...(person.organisation || org.unit ? [{ shortName: 'O', value: person.organisation || org.unit, valueTagClass: forge.asn1.Type.UTF8 as never }] : []),
    { shortName: 'OU', value: signingText.localSubjectUnit, valueTagClass: forge.asn1.Type.UTF8 as never },
    ...(org.kommune ? [{ shortName: 'L', value: org.kommune, valueTagClass: forge.asn1.Type.UTF8 as never }] : []),
    { shortName: 'C', value: 'DK' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(fKey, forge.md.sha256.create());
  const certPem = forge.pki.certificateToPem(cert);
  return store(ctx, person.id, 'lokal', keyPem, certPem, '');
}

/** Reads a .p12/.pfx: the key and its certificate, checked (password, key pair, validity today) before anything is stored. */
export function readP12(data: Buffer, password: string, fileName: string, now: Date): { keyPem: string; certPem: string; chainPem: string } {
  let p12: forge.pkcs12.Pkcs12Pfx;
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(data.toString('binary')));
  } catch {
    throw new AppError('INVALID_INPUT', signingText.identity.notP12(fileName), 'file');
  }
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (err) {
    const msg = String((err as Error).message ?? '');
    if (/password|MAC|Invalid|decrypt/i.test(msg)) throw new AppError('INVALID_INPUT', signingText.identity.wrongPassword(fileName), 'password');
    throw new AppError('INVALID_INPUT', signingText.identity.notP12(fileName), 'file');
  }
  const keyBags = [...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []), ...(p12.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? [])];
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  const keyBag = keyBags.find((b) => b.key || b.asn1);
  if (!keyBag || certBags.length === 0) throw new AppError('INVALID_INPUT', signingText.identity.noKey(fileName), 'file');
  let keyPem: string;
  try {
    keyPem = keyBag.key
      ? forge.pki.privateKeyInfoToPem(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key)))
      : forge.pki.privateKeyInfoToPem(keyBag.asn1 as forge.asn1.Asn1);
    createPrivateKey(keyPem);
  } catch {
    throw new AppError('INVALID_INPUT', signingText.identity.unsupportedKey(fileName), 'file');
  }
  const ders = certBags.map((b) => Buffer.from(forge.asn1.toDer(b.cert ? forge.pki.certificateToAsn1(b.cert) : (b.asn1 as forge.asn1.Asn1)).getBytes(), 'binary'));
  const pub = createPublicKey(createPrivateKey(keyPem)).export({ type: 'spki', format: 'der' });
  const own = ders.find((d) => Buffer.compare(new X509Certificate(d).publicKey.export({ type: 'spki', format: 'der' }), pub) === 0);
  if (!own) throw new AppError('INVALID_INPUT', signingText.identity.keyMismatch(fileName), 'file');
  const facts = certificateFacts(own);
  if (facts.notAfter.getTime() < now.getTime()) throw new AppError('INVALID_INPUT', signingText.identity.expired(fileName, formatLongDate(facts.notAfter.toISOString().slice(0, 10))), 'file');
  if (facts.notBefore.getTime() > now.getTime()) throw new AppError('INVALID_INPUT', signingText.identity.notYetValid(fileName, formatLongDate(facts.notBefore.toISOString().slice(0, 10))), 'file');
  return { keyPem, certPem: derToPem(own), chainPem: ders.filter((d) => d !== own).map(derToPem).join('') };
}

/** Imports the kommune's .p12/.pfx for a person (the profile by default). A refused file changes nothing. */
export async function importIdentity(core: Core, input: { personId?: string | undefined; password: string }): Promise<SigningIdentityView | null> {
  const person = personFor(core, input.personId);
  const path = await core.opts.dialogs.openFile({ title: signingText.identity.importTitle, filters: [{ name: signingText.identity.importFilter, extensions: ['p12', 'pfx'] }] });
  if (!path) return null;
  let data: Buffer;
  try {
    if (statSync(path).size > 1024 * 1024) throw new Error('too large');
    data = readFileSync(path);
  } catch {
    throw new AppError('IO_ERROR', signingText.identity.fileUnreadable);
  }
  const { keyPem, certPem, chainPem } = readP12(data, input.password, basename(path), core.now());
  return store(core, person.id, 'importeret', keyPem, certPem, chainPem);
}

/** Saves an identity's public certificate (PEM, .cer), so a kommune can put it on its list of trusted certificates. */
export async function exportCertificate(core: Core, input: { id: string }): Promise<{ path: string; bytes: number } | null> {
  const r = core.db.prepare('SELECT * FROM signing_identities WHERE id = ?').get(input.id) as IdentityRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', signingText.identity.notFound);
  const name = (findPerson(core.db, r.person_id)?.name ?? 'certifikat').replace(/[^\p{L}\p{N} -]/gu, '').trim() || 'certifikat';
  const path = await core.opts.dialogs.saveFile({ title: signingText.identity.exportTitle, defaultName: `${name}.cer`, filters: [{ name: signingText.certificateFilter, extensions: ['cer', 'pem'] }] });
  if (!path) return null;
  const data = Buffer.from(r.certificate_pem, 'utf8');
  writeFileAtomic(path, data);
  core.db.transaction(() => audit(core, 'signing.exportCertificate', 'person', r.person_id, `Gemte offentligt certifikat ${r.fingerprint.slice(0, 16)}`))();
  return { path, bytes: data.length };
}
