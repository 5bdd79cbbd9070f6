import { createHash, createPrivateKey, webcrypto } from 'node:crypto';

type WebCryptoKey = webcrypto.CryptoKey;
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import * as asn1js from 'asn1js';
import { PDFDocument } from 'pdf-lib';
import * as pkijs from 'pkijs';
import { pemToDer, type SignerKey } from './certificates';

/**
 * PAdES B-B signatures on PDFs (ETSI EN 319 142-1): a detached CMS SignedData (SubFilter ETSI.CAdES.detached),
 * SHA-256, whose signed attributes are content-type, message-digest and ESS signing-certificate-v2, over the whole
 * file but the signature value itself. The claimed signing time is the signature dictionary's /M, as PAdES wants.
 * The placeholder comes from @signpdf (with pdf-lib), the CMS from pkijs.
 */

const OID_DATA = '1.2.840.113549.1.7.1';
const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_CONTENT_TYPE = '1.2.840.113549.1.9.3';
const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';

function cryptoEngine(): pkijs.ICryptoEngine {
  return new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as pkijs.CryptoEngineParameters['crypto'] });
}

async function importKey(privateKeyPem: string): Promise<{ key: WebCryptoKey; hash: 'SHA-256' }> {
  const keyObject = createPrivateKey(privateKeyPem);
  const der = keyObject.export({ type: 'pkcs8', format: 'der' });
  if (keyObject.asymmetricKeyType === 'ec') {
    const curve = keyObject.asymmetricKeyDetails?.namedCurve === 'secp384r1' ? 'P-384' : keyObject.asymmetricKeyDetails?.namedCurve === 'secp521r1' ? 'P-521' : 'P-256';
    return { key: (await webcrypto.subtle.importKey('pkcs8', der, { name: 'ECDSA', namedCurve: curve }, false, ['sign'])) as WebCryptoKey, hash: 'SHA-256' };
  }
  return { key: (await webcrypto.subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign'])) as WebCryptoKey, hash: 'SHA-256' };
}

/** The CMS SignedData over `content`, detached, with the CAdES-BES signed attributes. */
export async function cadesDetached(content: Buffer, signer: SignerKey): Promise<Buffer> {
  const engine = cryptoEngine();
  const certDer = pemToDer(signer.certificatePem);
  const cert = pkijs.Certificate.fromBER(new Uint8Array(certDer));
  const digest = createHash('sha256').update(content).digest();
  const certHash = createHash('sha256').update(certDer).digest();
  // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 with the default SHA-256.
  const signingCertificateV2 = new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash })] })] })] });
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID_DATA }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID_CONTENT_TYPE, values: [new asn1js.ObjectIdentifier({ value: OID_DATA })] }),
            new pkijs.Attribute({ type: OID_MESSAGE_DIGEST, values: [new asn1js.OctetString({ valueHex: digest })] }),
            new pkijs.Attribute({ type: OID_SIGNING_CERTIFICATE_V2, values: [signingCertificateV2] }),
          ],
        }),
      }),
    ],
    certificates: [cert],
  });
  const { key, hash } = await importKey(signer.privateKeyPem);
  await signedData.sign(key, 0, hash, undefined, engine);
  const info = new pkijs.ContentInfo({ contentType: OID_SIGNED_DATA, content: signedData.toSchema(true) });
  return Buffer.from(info.toSchema().toBER(false));
}

class CadesSigner extends Signer {
  constructor(private readonly key: SignerKey) {
    super();
  }
  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return cadesDetached(pdfBuffer, this.key);
  }
}

export interface PdfSignOptions {
  signedAt: Date;
  signerName: string;
  reason: string;
  location: string;
}

/** Signs a PDF once, with a PAdES B-B signature covering the whole file. */
export async function signPdf(pdf: Buffer, signer: SignerKey, opts: PdfSignOptions): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: opts.reason,
    contactInfo: '',
    name: opts.signerName,
    location: opts.location,
    signingTime: opts.signedAt,
    signatureLength: 16384,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Tovholder',
  });
  const withPlaceholder = Buffer.from(await doc.save({ useObjectStreams: false }));
  return new SignPdf().sign(withPlaceholder, new CadesSigner(signer));
}

export interface PdfSignatureCheck {
  certificateDer: Buffer;
  signedAt: string | null;
  /** The CMS signature is made with the certificate's key over the signed bytes, and their digest matches. */
  signatureValid: boolean;
  /** The signed byte ranges cover the whole file (only the signature value itself left out). */
  coversWholeFile: boolean;
}

function pdfDate(s: string | undefined): string | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(s ?? '');
  if (!m) return null;
  const zone = !m[7] || m[7] === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, '').slice(3, 5)}`;
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`).toISOString();
}

/** Checks every signature in a PDF by itself: the CMS signature over its byte ranges, and whether they cover the file. */
export async function verifyPdfSignatures(pdf: Buffer): Promise<PdfSignatureCheck[]> {
  const text = pdf.toString('latin1');
  const out: PdfSignatureCheck[] = [];
  const re = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [a, b, c, d] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    if (c + d > pdf.length || a + b > c) continue;
    const hex = text.slice(a + b + 1, c - 1).replace(/0+$/, '');
    const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
    // The signature dictionary around this ByteRange holds /M, the claimed signing time.
    const dictStart = text.lastIndexOf('<<', m.index);
    const dict = text.slice(Math.max(0, dictStart - 2000), Math.min(text.length, c + 2000));
    const time = pdfDate(/\/M\s*\((D:[^)]+)\)/.exec(dict)?.[1]);
    let certificateDer = Buffer.alloc(0);
    let signatureValid: boolean;
    try {
      const der = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
      const info = pkijs.ContentInfo.fromBER(der);
      const sd = new pkijs.SignedData({ schema: info.content });
      const cert = sd.certificates?.find((x): x is pkijs.Certificate => x instanceof pkijs.Certificate);
      if (cert) certificateDer = Buffer.from(cert.toSchema().toBER(false));
      const res = await sd.verify({ signer: 0, data: signed.buffer.slice(signed.byteOffset, signed.byteOffset + signed.length) as ArrayBuffer, checkChain: false, extendedMode: true }, cryptoEngine());
      signatureValid = res.signatureVerified === true;
    } catch {
      signatureValid = false;
    }
    out.push({ certificateDer, signedAt: time, signatureValid, coversWholeFile: a === 0 && c + d === pdf.length });
  }
  return out;
}
