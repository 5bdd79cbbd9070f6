import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import forge from 'node-forge';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_CERTIFICATE_LABEL, signingText } from '../../../shared/text/signing';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';

const FIXTURE = resolve(__dirname, '..', '..', 'fixtures', 'signing', 'medarbejder.p12');
const NOW = new Date('2026-12-15T10:00:00Z');

/** A .p12 written by node-forge: a certificate valid between the two dates, protected with the password. */
function forgeP12(password: string, notBefore: Date, notAfter: Date): Buffer {
  const keys = forge.pki.rsa.generateKeyPair(1024);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '0a';
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  const attrs = [{ shortName: 'CN', value: 'Ole Udløbet' }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], password, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

let tc: TestCore;
beforeEach(async () => {
  tc = makeCore({ now: () => NOW });
  await tc.call('settings.saveOrganisation', { forvaltning: 'Børn og Unge', unit: 'Dagtilbud Nord', kommune: 'Vesterå Kommune', address: '', phone: '', email: '', logo: null });
  await tc.call('settings.saveProfile', { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken' });
});
afterEach(() => tc.close());

describe('a signing identity per user profile (issue 20, item 1)', () => {
  it('a local certificate names the person, role, organisation and kommune and always says „lokalt certifikat“', async () => {
    const id = await tc.call('signing.generate', {});
    expect(id.source).toBe('lokal');
    expect(id.label).toBe(LOCAL_CERTIFICATE_LABEL);
    expect(id.subject).toContain('CN=Birgitte Skovmose');
    expect(id.subject).toContain('title=Dagtilbudsleder');
    expect(id.subject).toContain('O=Børnehuset Solsikken');
    expect(id.subject).toContain('L=Vesterå Kommune');
    expect(id.subject).toContain(`OU=Tovholder – ${LOCAL_CERTIFICATE_LABEL}`);
    expect(id.issuer).toBe(id.subject);
    expect(Object.keys(id).join()).not.toMatch(/key/i);
    expect(await tc.call('signing.list', {})).toEqual([id]);
  });

  it('the key is stored in the encrypted database only: the data file does not hold it in clear', async () => {
    const id = await tc.call('signing.generate', {});
    const row = tc.core.db.prepare('SELECT private_key_pem FROM signing_identities WHERE id = ?').get(id.id) as { private_key_pem: string };
    expect(row.private_key_pem).toMatch(/BEGIN PRIVATE KEY/);
    tc.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const file = readFileSync(tc.core.dbFile);
    expect(file.includes(Buffer.from('BEGIN PRIVATE KEY'))).toBe(false);
    expect(file.includes(Buffer.from(row.private_key_pem.split('\n')[1]!))).toBe(false);
  });

  it('a new identity replaces the person’s old one, which is kept retired', async () => {
    const a = await tc.call('signing.generate', {});
    const b = await tc.call('signing.generate', {});
    expect((await tc.call('signing.list', {})).map((i) => i.id)).toEqual([b.id]);
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(tc.core.db.prepare('SELECT count(*) AS n FROM signing_identities').get()).toEqual({ n: 2 });
  });

  it('imports the kommune’s .p12 (OpenSSL 3: AES-256, PBKDF2) for a person', async () => {
    tc.dialogs.opens.push(FIXTURE);
    const id = await tc.call('signing.import', { password: 'Hemmelig-2026' });
    expect(id!.source).toBe('importeret');
    expect(id!.label).toBe(signingText.page.kindImported);
    expect(id!.subject).toContain('CN=Karen Mølgaard');
    expect(id!.personName).toBe('Birgitte Skovmose');
  });

  it('a wrong password is refused with a Danish message naming the file and the password, and nothing is stored', async () => {
    tc.dialogs.opens.push(FIXTURE);
    const res = await tc.raw('signing.import', { password: 'forkert' });
    expect(res.ok).toBe(false);
    expect(res.error!.code).toBe('INVALID_INPUT');
    expect(res.error!.field).toBe('password');
    expect(res.error!.message).toBe(signingText.identity.wrongPassword('medarbejder.p12'));
    expect(res.error!.message).toMatch(/Adgangskoden til „medarbejder\.p12“ er forkert.*Intet er ændret/);
    expect(await tc.call('signing.list', {})).toEqual([]);
  });

  it('an expired certificate is refused with the date it expired', async () => {
    const path = join(tempDir(), 'udloebet.pfx');
    writeFileSync(path, forgeP12('pw', new Date('2023-01-01T00:00:00Z'), new Date('2025-06-30T12:00:00Z')));
    tc.dialogs.opens.push(path);
    const res = await tc.raw('signing.import', { password: 'pw' });
    expect(res.ok).toBe(false);
    expect(res.error!.message).toMatch(/Certifikatet i „udloebet\.pfx“ udløb 30\. juni 2025\. .*Bed kommunen om et nyt certifikat/);
    expect(await tc.call('signing.list', {})).toEqual([]);
  });

  it('a certificate not yet valid, and a file that is no .p12, are refused in Danish', async () => {
    const future = join(tempDir(), 'fremtid.p12');
    writeFileSync(future, forgeP12('pw', new Date('2027-03-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z')));
    tc.dialogs.opens.push(future);
    expect((await tc.raw('signing.import', { password: 'pw' })).error!.message).toMatch(/gælder først fra 1\. marts 2027/);
    const junk = join(tempDir(), 'noter.p12');
    writeFileSync(junk, 'ikke et certifikat');
    tc.dialogs.opens.push(junk);
    expect((await tc.raw('signing.import', { password: 'pw' })).error!.message).toBe(signingText.identity.notP12('noter.p12'));
  });

  it('the public certificate can be exported for the kommune’s trusted list; it holds no key', async () => {
    const id = await tc.call('signing.generate', {});
    const path = join(tempDir(), 'birgitte.cer');
    tc.dialogs.saves.push(path);
    await tc.call('signing.exportCertificate', { id: id.id });
    const pem = readFileSync(path, 'utf8');
    expect(pem).not.toMatch(/PRIVATE/);
    expect(new X509Certificate(pem).fingerprint256.replace(/:/g, '').toLowerCase()).toBe(id.fingerprint);
  });

  it('without a profile there is no local certificate to make, and the message says what to do', async () => {
    const bare = makeCore({ now: () => NOW });
    try {
      const res = await bare.raw('signing.generate', {});
      expect(res.error!.message).toBe(signingText.identity.noProfile);
    } finally {
      bare.close();
    }
  });
});

describe('honest words (issue 20, item 5)', () => {
  it('the signing text never says „kvalificeret“, „MitID“ or „NemLog-in signatur“, and names the manual route', () => {
    const all = JSON.stringify(signingText, (_k, v: unknown) => (typeof v === 'function' ? (v as (...a: string[]) => string)('x', 'y', 'z', 'u', 'v') : v));
    expect(all).not.toMatch(/kvalificeret|MitID|NemLog-in signatur/i);
    expect(signingText.meaning).toMatch(/hvem der signerede, med hvilket certifikat, og at filen ikke er ændret siden/);
    expect(signingText.meaning).toMatch(/NemLog-in eller en signeringstjeneste/);
    expect(signingText.meaning).toMatch(/PDF/);
  });
});

describe('no screen or document text promises a qualified signature (issue 20, item 5)', () => {
  it('the text catalogue and the signature page words never say „kvalificeret“, „MitID“ or „NemLog-in signatur“', async () => {
    const { readdirSync, readFileSync: read } = await import('node:fs');
    const root = resolve(__dirname, '..', '..', '..', 'shared');
    const files = [...readdirSync(join(root, 'text')).map((f) => join(root, 'text', f)), join(root, 'referat', 'referatText.ts')];
    for (const f of files) expect(read(f, 'utf8'), f).not.toMatch(/kvalificeret|MitID|NemLog-in signatur/i);
  });
});
