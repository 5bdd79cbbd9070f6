import { createHash, createPublicKey, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { certificateFacts, pemToDer, signatureMethod, type SignerKey } from './certificates';
import { readRelationships, relationshipTransform, RELATIONSHIP_TRANSFORM } from './opcRelationshipTransform';
import { canonicalize } from './xmlC14n';

/**
 * OOXML package signatures (ECMA-376 Part 2, Digital Signatures): what Word writes when a document is signed.
 *
 *  - `/_xmlsignatures/origin.sigs` (the origin part, reached from the package's `_rels/.rels`) and one
 *    `/_xmlsignatures/sigN.xml` per signer, reached from `_xmlsignatures/_rels/origin.sigs.rels`;
 *  - each signature's package object holds a Manifest with one Reference per part of the package (the parts of
 *    the signatures themselves and the core properties excepted, as Office does), `.rels` parts through the OPC relationship transform, and the signing
 *    time (`mdssi:SignatureTime`);
 *  - the Office object (`SignatureInfoV1`) and XAdES-BES signed properties (signing time, the signing
 *    certificate's digest and issuer/serial) are signed too.
 *
 * Every signer signs the same parts, so signatures can be added one after the other and each stays valid.
 */

const DSIG = 'http://www.w3.org/2000/09/xmldsig#';
const C14N = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
const MDSSI = 'http://schemas.openxmlformats.org/package/2006/digital-signature';
const XADES = 'http://uri.etsi.org/01903/v1.3.2#';
const OFFICE_DIGSIG = 'http://schemas.microsoft.com/office/2006/digsig';
const REL_ORIGIN = 'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin';
const REL_SIGNATURE = 'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature';
const CT_ORIGIN = 'application/vnd.openxmlformats-package.digital-signature-origin';
const CT_SIGNATURE = 'application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml';
const CONTENT_TYPES = '[Content_Types].xml';
const CT_CORE = 'application/vnd.openxmlformats-package.core-properties+xml';
const REL_CORE = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function b64sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('base64');
}

interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

function readContentTypes(xml: string): ContentTypes {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  const d = doc.getElementsByTagName('Default');
  for (let i = 0; i < d.length; i++) defaults.set((d.item(i)!.getAttribute('Extension') ?? '').toLowerCase(), d.item(i)!.getAttribute('ContentType') ?? '');
  const o = doc.getElementsByTagName('Override');
  for (let i = 0; i < o.length; i++) overrides.set(o.item(i)!.getAttribute('PartName') ?? '', o.item(i)!.getAttribute('ContentType') ?? '');
  return { defaults, overrides };
}

function contentTypeOf(ct: ContentTypes, part: string): string {
  const name = `/${part}`;
  return ct.overrides.get(name) ?? ct.defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase()) ?? 'application/octet-stream';
}

/**
 * The parts a signature covers: every part but the content types stream, the signature parts themselves and the core
 * properties (`docProps/core.xml`), which Office leaves unsigned (it may set a signed file's status there) and which
 * POI cannot read back as a plain part.
 */
function signableParts(zip: JSZip, ct: ContentTypes): string[] {
  return Object.keys(zip.files)
    .filter((f) => !zip.files[f]!.dir && f !== CONTENT_TYPES && !f.startsWith('_xmlsignatures/') && contentTypeOf(ct, f) !== CT_CORE)
    .sort();
}

/** The Ids a signature signs in a Relationships part: all but the signature origin's and the core properties'. */
function signedRelationshipIds(relsXml: string): string[] {
  return readRelationships(relsXml)
    .filter((r) => r.type !== REL_ORIGIN && r.type !== REL_CORE)
    .map((r) => r.id);
}

function nextRelId(relsXml: string, stem: string): string {
  const ids = new Set(readRelationships(relsXml).map((r) => r.id));
  let n = 1;
  while (ids.has(`${stem}${n}`)) n++;
  return `${stem}${n}`;
}

function addRelationship(relsXml: string | null, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${esc(id)}" Type="${esc(type)}" Target="${esc(target)}"/>`;
  if (!relsXml) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`;
  return relsXml.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`);
}

function addContentType(xml: string, entry: string): string {
  return xml.replace(/<\/Types>\s*$/, `${entry}</Types>`);
}

async function manifestReferences(zip: JSZip, ct: ContentTypes): Promise<string> {
  const refs: string[] = [];
  for (const part of signableParts(zip, ct)) {
    const bytes = await zip.file(part)!.async('nodebuffer');
    const uri = `/${part}?ContentType=${contentTypeOf(ct, part)}`;
    if (part.endsWith('.rels')) {
      const xml = bytes.toString('utf8');
      const ids = signedRelationshipIds(xml);
      const transformed = relationshipTransform(xml, ids);
      const sources = ids.map((id) => `<mdssi:RelationshipReference xmlns:mdssi="${MDSSI}" SourceId="${esc(id)}"/>`).join('');
      refs.push(
        `<Reference URI="${esc(uri)}"><Transforms><Transform Algorithm="${RELATIONSHIP_TRANSFORM}">${sources}</Transform><Transform Algorithm="${C14N}"/></Transforms>` +
          `<DigestMethod Algorithm="${SHA256}"/><DigestValue>${b64sha256(Buffer.from(transformed, 'utf8'))}</DigestValue></Reference>`,
      );
    } else {
      refs.push(`<Reference URI="${esc(uri)}"><DigestMethod Algorithm="${SHA256}"/><DigestValue>${b64sha256(bytes)}</DigestValue></Reference>`);
    }
  }
  return refs.join('');
}

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface SignOptions {
  signedAt: Date;
  /** Shown by Word as the purpose of the signature (SignatureComments). */
  comment: string;
}

/** The signature part for one signer, with every digest and the signature value computed. */
async function signaturePart(zip: JSZip, ct: ContentTypes, signer: SignerKey, opts: SignOptions, sigId: string): Promise<string> {
  const certDer = pemToDer(signer.certificatePem);
  const facts = certificateFacts(certDer);
  const method = signatureMethod(signer.privateKeyPem);
  const time = isoSeconds(opts.signedAt);
  const manifest = await manifestReferences(zip, ct);
  const packageObject =
    `<Object Id="idPackageObject"><Manifest>${manifest}</Manifest><SignatureProperties><SignatureProperty Id="idSignatureTime" Target="#${sigId}">` +
    `<mdssi:SignatureTime xmlns:mdssi="${MDSSI}"><mdssi:Format>YYYY-MM-DDThh:mm:ssTZD</mdssi:Format><mdssi:Value>${time}</mdssi:Value></mdssi:SignatureTime>` +
    `</SignatureProperty></SignatureProperties></Object>`;
  const officeObject =
    `<Object Id="idOfficeObject"><SignatureProperties><SignatureProperty Id="idOfficeV1Details" Target="#${sigId}"><SignatureInfoV1 xmlns="${OFFICE_DIGSIG}">` +
    `<SetupID></SetupID><SignatureText></SignatureText><SignatureImage/><SignatureComments>${esc(opts.comment)}</SignatureComments>` +
    `<WindowsVersion>10.0</WindowsVersion><OfficeVersion>16.0</OfficeVersion><ApplicationVersion>16.0</ApplicationVersion><Monitors>1</Monitors>` +
    `<HorizontalResolution>1920</HorizontalResolution><VerticalResolution>1080</VerticalResolution><ColorDepth>32</ColorDepth>` +
    `<SignatureProviderId>{00000000-0000-0000-0000-000000000000}</SignatureProviderId><SignatureProviderUrl></SignatureProviderUrl>` +
    `<SignatureProviderDetails>9</SignatureProviderDetails><SignatureType>1</SignatureType></SignatureInfoV1></SignatureProperty></SignatureProperties></Object>`;
  const xadesObject =
    `<Object><xd:QualifyingProperties xmlns:xd="${XADES}" Target="#${sigId}"><xd:SignedProperties Id="idSignedProperties"><xd:SignedSignatureProperties>` +
    `<xd:SigningTime>${time}</xd:SigningTime><xd:SigningCertificate><xd:Cert><xd:CertDigest><DigestMethod Algorithm="${SHA256}"/><DigestValue>${b64sha256(certDer)}</DigestValue></xd:CertDigest>` +
    `<xd:IssuerSerial><X509IssuerName>${esc(facts.issuerRfc2253)}</X509IssuerName><X509SerialNumber>${facts.serialDecimal}</X509SerialNumber></xd:IssuerSerial></xd:Cert></xd:SigningCertificate>` +
    `<xd:SignaturePolicyIdentifier><xd:SignaturePolicyImplied/></xd:SignaturePolicyIdentifier></xd:SignedSignatureProperties>` +
    `<xd:SignedDataObjectProperties><xd:DataObjectFormat ObjectReference="#idPackageObject"><xd:MimeType>text/xml</xd:MimeType></xd:DataObjectFormat></xd:SignedDataObjectProperties>` +
    `</xd:SignedProperties></xd:QualifyingProperties></Object>`;
  const keyInfo = `<KeyInfo><X509Data><X509Certificate>${certDer.toString('base64')}</X509Certificate></X509Data></KeyInfo>`;
  const open = `<Signature xmlns="${DSIG}" Id="${sigId}">`;

  // The objects' digests are taken from their canonical form inside the Signature element, as a verifier sees them.
  const draft = new DOMParser().parseFromString(`${open}${packageObject}${officeObject}${xadesObject}</Signature>`, 'text/xml');
  const byId = (id: string) => findById(draft.documentElement!, id)!;
  const digest = (id: string) => b64sha256(Buffer.from(canonicalize(byId(id)), 'utf8'));
  const signedInfo =
    `<SignedInfo><CanonicalizationMethod Algorithm="${C14N}"/><SignatureMethod Algorithm="${method.algorithm}"/>` +
    `<Reference Type="http://www.w3.org/2000/09/xmldsig#Object" URI="#idPackageObject"><DigestMethod Algorithm="${SHA256}"/><DigestValue>${digest('idPackageObject')}</DigestValue></Reference>` +
    `<Reference Type="http://www.w3.org/2000/09/xmldsig#Object" URI="#idOfficeObject"><DigestMethod Algorithm="${SHA256}"/><DigestValue>${digest('idOfficeObject')}</DigestValue></Reference>` +
    `<Reference Type="http://uri.etsi.org/01903#SignedProperties" URI="#idSignedProperties"><Transforms><Transform Algorithm="${C14N}"/></Transforms><DigestMethod Algorithm="${SHA256}"/><DigestValue>${digest('idSignedProperties')}</DigestValue></Reference>` +
    `</SignedInfo>`;
  const withInfo = new DOMParser().parseFromString(`${open}${signedInfo}</Signature>`, 'text/xml');
  const canonicalInfo = canonicalize(withInfo.documentElement!.getElementsByTagNameNS(DSIG, 'SignedInfo').item(0)!);
  const value = method.sign(Buffer.from(canonicalInfo, 'utf8')).toString('base64');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${open}${signedInfo}<SignatureValue>${value}</SignatureValue>${keyInfo}${packageObject}${officeObject}${xadesObject}</Signature>`;
}

function findById(root: Element, id: string): Element | null {
  if (root.getAttribute('Id') === id) return root;
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 1) continue;
    const hit = findById(c as Element, id);
    if (hit) return hit;
  }
  return null;
}

/**
 * Adds one OOXML package signature per signer to a .docx (in the order given). The document's own parts are not
 * changed; the package gains the origin part, the signature parts and their relationships.
 */
export async function signDocx(docx: Buffer, signers: readonly SignerKey[], opts: SignOptions): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  let types = await zip.file(CONTENT_TYPES)!.async('string');
  let rootRels = (await zip.file('_rels/.rels')?.async('string')) ?? null;
  const hasOrigin = rootRels ? readRelationships(rootRels).some((r) => r.type === REL_ORIGIN) : false;
  if (!hasOrigin) {
    rootRels = addRelationship(rootRels, nextRelId(rootRels ?? '', 'rIdSig'), REL_ORIGIN, '_xmlsignatures/origin.sigs');
    zip.file('_rels/.rels', rootRels);
    zip.file('_xmlsignatures/origin.sigs', '');
    if (!/Extension="sigs"/i.test(types)) types = addContentType(types, `<Default Extension="sigs" ContentType="${CT_ORIGIN}"/>`);
  }
  let originRels = (await zip.file('_xmlsignatures/_rels/origin.sigs.rels')?.async('string')) ?? null;
  let n = Object.keys(zip.files).filter((f) => /^_xmlsignatures\/sig\d+\.xml$/.test(f)).length;
  for (const signer of signers) {
    n++;
    while (zip.file(`_xmlsignatures/sig${n}.xml`)) n++;
    const ct = readContentTypes(types);
    const xml = await signaturePart(zip, ct, signer, opts, 'idPackageSignature');
    zip.file(`_xmlsignatures/sig${n}.xml`, xml);
    types = addContentType(types, `<Override PartName="/_xmlsignatures/sig${n}.xml" ContentType="${CT_SIGNATURE}"/>`);
    originRels = addRelationship(originRels, nextRelId(originRels ?? '', 'rId'), REL_SIGNATURE, `sig${n}.xml`);
  }
  zip.file('_xmlsignatures/_rels/origin.sigs.rels', originRels ?? '');
  zip.file(CONTENT_TYPES, types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export interface PackageSignatureCheck {
  /** The signature part, e.g. `_xmlsignatures/sig1.xml`. */
  part: string;
  certificateDer: Buffer;
  signedAt: string | null;
  /** The signature value matches the signed information, made with the certificate's key. */
  signatureValid: boolean;
  /** Every signed part still has the digest it had when signed. */
  partsUnchanged: boolean;
  /** Parts whose digest differs, and parts of the package no signature covers. */
  changedParts: string[];
  uncoveredParts: string[];
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').trim();

function child(el: Element, ns: string, name: string): Element | null {
  const list = el.getElementsByTagNameNS(ns, name);
  return list.length ? list.item(0) : null;
}

/** Checks every OOXML package signature in a .docx by itself: digests of every part and object, and the signature value. */
export async function verifyDocxSignatures(docx: Buffer): Promise<PackageSignatureCheck[]> {
  const zip = await JSZip.loadAsync(docx);
  const parts = Object.keys(zip.files).filter((f) => /^_xmlsignatures\/sig\d+\.xml$/.test(f)).sort();
  const out: PackageSignatureCheck[] = [];
  const all = signableParts(zip, readContentTypes(await zip.file(CONTENT_TYPES)!.async('string')));
  for (const part of parts) {
    const doc = new DOMParser().parseFromString(await zip.file(part)!.async('string'), 'text/xml');
    const sig = doc.documentElement!;
    const signedInfo = child(sig, DSIG, 'SignedInfo');
    const certB64 = text(child(sig, DSIG, 'X509Certificate'));
    const certificateDer = Buffer.from(certB64.replace(/\s+/g, ''), 'base64');
    const changed: string[] = [];
    const covered = new Set<string>();
    let signatureValid = false;
    let objectsValid = true;
    if (signedInfo) {
      const refs = signedInfo.getElementsByTagNameNS(DSIG, 'Reference');
      for (let i = 0; i < refs.length; i++) {
        const ref = refs.item(i)!;
        const target = findById(sig, (ref.getAttribute('URI') ?? '').replace(/^#/, ''));
        if (!target || b64sha256(Buffer.from(canonicalize(target), 'utf8')) !== text(child(ref, DSIG, 'DigestValue'))) objectsValid = false;
      }
      try {
        const method = child(signedInfo, DSIG, 'SignatureMethod')?.getAttribute('Algorithm') ?? '';
        const key = createPublicKey(new X509Certificate(certificateDer).publicKey.export({ type: 'spki', format: 'pem' }));
        const data = Buffer.from(canonicalize(signedInfo), 'utf8');
        const value = Buffer.from(text(child(sig, DSIG, 'SignatureValue')).replace(/\s+/g, ''), 'base64');
        signatureValid = method.endsWith('ecdsa-sha256') ? cryptoVerify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, value) : method.endsWith('rsa-sha256') && cryptoVerify('sha256', data, key, value);
      } catch {
        signatureValid = false;
      }
    }
    const manifest = child(sig, DSIG, 'Manifest');
    const mrefs = manifest ? manifest.getElementsByTagNameNS(DSIG, 'Reference') : null;
    for (let i = 0; mrefs && i < mrefs.length; i++) {
      const ref = mrefs.item(i)!;
      const name = decodeURIComponent((ref.getAttribute('URI') ?? '').replace(/\?.*$/, '').replace(/^\//, ''));
      covered.add(name);
      const file = zip.file(name);
      if (!file) {
        changed.push(name);
        continue;
      }
      let bytes = await file.async('nodebuffer');
      const transforms = ref.getElementsByTagNameNS(DSIG, 'Transform');
      for (let t = 0; t < transforms.length; t++) {
        const tr = transforms.item(t)!;
        if (tr.getAttribute('Algorithm') !== RELATIONSHIP_TRANSFORM) continue;
        const sources = tr.getElementsByTagNameNS(MDSSI, 'RelationshipReference');
        const ids: string[] = [];
        for (let s = 0; s < sources.length; s++) ids.push(sources.item(s)!.getAttribute('SourceId') ?? '');
        const groups = tr.getElementsByTagNameNS(MDSSI, 'RelationshipsGroupReference');
        const types: string[] = [];
        for (let s = 0; s < groups.length; s++) types.push(groups.item(s)!.getAttribute('SourceType') ?? '');
        bytes = Buffer.from(relationshipTransform(bytes.toString('utf8'), ids, types), 'utf8');
      }
      if (b64sha256(bytes) !== text(child(ref, DSIG, 'DigestValue'))) changed.push(name);
    }
    out.push({
      part,
      certificateDer,
      signedAt: text(child(sig, XADES, 'SigningTime')) || text(child(sig, MDSSI, 'Value')) || null,
      signatureValid: signatureValid && objectsValid,
      partsUnchanged: changed.length === 0 && covered.size > 0,
      changedParts: changed,
      uncoveredParts: all.filter((p) => !covered.has(p)),
    });
  }
  return out;
}
