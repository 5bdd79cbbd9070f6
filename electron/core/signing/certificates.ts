import { createHash, createPrivateKey, sign as cryptoSign, X509Certificate, type KeyObject } from 'node:crypto';

/** A private key and its certificate (and any chain), as PEM – what a signature needs. */
export interface SignerKey {
  privateKeyPem: string;
  certificatePem: string;
}

export function pemToDer(pem: string): Buffer {
  const body = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pem)?.[1] ?? '';
  return Buffer.from(body.replace(/\s+/g, ''), 'base64');
}

export function derToPem(der: Buffer): string {
  return `-----BEGIN CERTIFICATE-----\n${(der.toString('base64').match(/.{1,64}/g) ?? []).join('\n')}\n-----END CERTIFICATE-----\n`;
}

export function certFingerprint(der: Buffer): string {
  return createHash('sha256').update(der).digest('hex');
}

export interface CertificateFacts {
  subject: string;
  /** The subject's common name (CN), or the whole subject when it has none. */
  commonName: string;
  issuer: string;
  /** RFC 2253 form of the issuer (most specific first), as XAdES' X509IssuerName wants it. */
  issuerRfc2253: string;
  serialDecimal: string;
  notBefore: Date;
  notAfter: Date;
  fingerprint: string;
  selfSigned: boolean;
}

function rfc2253(multiLine: string): string {
  return multiLine
    .split('\n')
    .filter(Boolean)
    .reverse()
    .map((rdn) => {
      const i = rdn.indexOf('=');
      const value = rdn.slice(i + 1).replace(/([,+"\\<>;])/g, '\\$1');
      return `${rdn.slice(0, i)}=${value}`;
    })
    .join(',');
}

export function certificateFacts(der: Buffer): CertificateFacts {
  const x = new X509Certificate(der);
  const cn = /(?:^|\n)CN=([^\n]+)/.exec(x.subject)?.[1];
  return {
    subject: x.subject.split('\n').join(', '),
    commonName: cn ?? x.subject.split('\n').join(', '),
    issuer: x.issuer.split('\n').join(', '),
    issuerRfc2253: rfc2253(x.issuer),
    serialDecimal: BigInt(`0x${x.serialNumber}`).toString(10),
    notBefore: new Date(x.validFrom),
    notAfter: new Date(x.validTo),
    fingerprint: certFingerprint(der),
    selfSigned: x.checkIssued(x) && x.verify(x.publicKey),
  };
}

/** The XML-DSig signature method for the key, and a function that signs bytes with it. */
export function signatureMethod(privateKeyPem: string): { algorithm: string; key: KeyObject; sign: (data: Buffer) => Buffer } {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType === 'ec') {
    return { algorithm: 'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256', key, sign: (d) => cryptoSign('sha256', d, { key, dsaEncoding: 'ieee-p1363' }) };
  }
  return { algorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', key, sign: (d) => cryptoSign('sha256', d, key) };
}
