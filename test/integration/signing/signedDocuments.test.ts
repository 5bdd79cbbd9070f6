import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTimestamp } from '../../../shared/format/danishDate';
import { signingText } from '../../../shared/text/signing';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { pdfText, renderToPdf } from '../../helpers/render';
import { dialogMeeting, netvaerkMeeting, overgangSkoleMeeting } from '../../helpers/scenarios';
import { ensureVerifiersBuilt, ooxmlVerify, pdfVerify } from '../../helpers/verifiers';

/**
 * Issue 20: sealed exports are digitally signed, and implementations that are not ours say so – Apache POI for the
 * OOXML package signature, poppler's pdfsig for the PAdES signature. Each file is valid untouched and invalid after
 * one byte of any part is changed. The self-signed „lokalt certifikat" is expected to be reported as untrusted.
 */
const EXPORTS = resolve(__dirname, '..', '..', '..', 'test-results', 'exports');
const WORK = join(EXPORTS, 'signeret');
// The wall clock, to the second: poppler checks the certificate's validity against the real time, so the
// installation must make its certificate and signatures at the real time too.
const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
const NOW_XML = NOW.toISOString().replace(/\.\d{3}Z$/, 'Z');

let a: TestCore;
let s: Seeded;
const files: Record<string, string> = {};
let dialogId: string;
let otherSigner: string;
let pdfStandIn: Buffer;

async function exportDocx(tc: TestCore, name: string, input: { meetingId: string; kind: 'referat' | 'overgangsskema' | 'handleplan' }) {
  const path = join(EXPORTS, `${name}.docx`);
  tc.dialogs.saves.push(path);
  const res = (await tc.call('export.document', input))!;
  files[name] = path;
  return res;
}

async function verifyIn(tc: TestCore, path: string) {
  tc.dialogs.opens.push(path);
  return (await tc.call('document.verify', {}))!;
}

/** A copy of a .docx with one byte of one part changed; every other part is kept byte for byte. */
async function oneByteChanged(src: string, part: RegExp, name: string, at?: (bytes: Buffer) => number): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(src));
  const hit = Object.keys(zip.files).find((f) => part.test(f));
  expect(hit, `${part} in ${src}`).toBeDefined();
  const bytes = Buffer.from(await zip.file(hit!)!.async('nodebuffer'));
  const i = at ? at(bytes) : Math.floor(bytes.length / 2);
  expect(i).toBeGreaterThanOrEqual(0);
  bytes[i] = bytes[i]! === 0x61 ? 0x62 : 0x61;
  zip.file(hit!, bytes);
  const out = join(WORK, `${name}.docx`);
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return out;
}

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  ensureVerifiersBuilt();
  a = makeCore({ now: () => NOW });
  s = await seedFixture(a);
  await a.call('settings.saveProfile', { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken', personChoice: 'existing' });
  await a.call('settings.saveOrganisation', { forvaltning: 'Børn og Unge', unit: 'Dagtilbud Nord', kommune: 'Vesterå Kommune', address: '', phone: '', email: '', logo: null });
  dialogId = await dialogMeeting(a, s);
  // Two identities in this installation: the profile (Birgitte Skovmose) and one more signer of the referat.
  await a.call('signing.generate', {});
  const st = await a.call('referat.get', { meetingId: dialogId });
  const m = await a.call('meeting.get', { id: dialogId });
  const profilePerson = (await a.call('settings.get', {})).profile!.personId;
  const other = st.signatures.map((sig) => m.participants.find((p) => p.name === sig.name)).find((p) => p && p.personId !== profilePerson);
  expect(other, 'the dialogmøde referat has a second signer who is a known person').toBeDefined();
  otherSigner = other!.name;
  await a.call('signing.generate', { personId: other!.personId });
  const res = await exportDocx(a, 'referat-signeret', { meetingId: dialogId, kind: 'referat' });
  expect(res.signedBy).toHaveLength(2);
  const overgang = await overgangSkoleMeeting(a, s);
  await exportDocx(a, 'overgangsskema-signeret', { meetingId: overgang, kind: 'overgangsskema' });
  const netvaerk = await netvaerkMeeting(a, s);
  await exportDocx(a, 'handleplan-signeret', { meetingId: netvaerk, kind: 'handleplan' });
  // The PDF comes from the print view in the app (Chromium); here LibreOffice renders the same document as a real PDF.
  const [rendered] = renderToPdf([files['referat-signeret']!], join(WORK, 'libreoffice'));
  pdfStandIn = readFileSync(rendered!);
  (a.core.opts as { printToPdf?: (route: string) => Promise<Buffer> }).printToPdf = async () => pdfStandIn;
  a.dialogs.saves.push(join(EXPORTS, 'referat-signeret.pdf'));
  const pdf = (await a.call('export.pdf', { meetingId: dialogId, doc: 'referat' }))!;
  files['referat-signeret.pdf'] = pdf.path;
}, 300_000);
afterAll(() => a?.close());

describe('Word: an OOXML package signature that Apache POI accepts (issue 20, item 2)', () => {
  it('the signed referat is valid with two signatures (chair and the other signer), every part but the core properties signed', () => {
    const r = ooxmlVerify(files['referat-signeret']!);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/signatures: 2/);
    expect(r.out.match(/valid: true/g)).toHaveLength(2);
    expect(r.out).toMatch(/CN=Birgitte Skovmose/);
    expect(r.err).not.toMatch(/skips the main document/);
    expect(r.err).not.toMatch(/not covered.*word\//);
  });

  it.each(['overgangsskema-signeret', 'handleplan-signeret'])('the signed %s is valid', (name) => {
    const r = ooxmlVerify(files[name]!);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/valid: true/);
  });

  it('the package has the origin part, the signature parts and XAdES signed properties', async () => {
    const zip = await JSZip.loadAsync(readFileSync(files['referat-signeret']!));
    expect(zip.file('_xmlsignatures/origin.sigs')).not.toBeNull();
    const sig = await zip.file('_xmlsignatures/sig1.xml')!.async('string');
    expect(sig).toContain(`<xd:SigningTime>${NOW_XML}</xd:SigningTime>`);
    expect(sig).toMatch(/<xd:SigningCertificate>/);
    expect(sig).toMatch(/RelationshipTransform/);
    expect(await zip.file('_rels/.rels')!.async('string')).toMatch(/digital-signature\/origin/);
  });

  it.each([
    ['the document text', /^word\/document\.xml$/, 'dokument', (b: Buffer) => b.indexOf('Malik')],
    ['a signature image', /^word\/media\/.+\.png$/, 'billede', undefined],
    ['a header', /^word\/header\d*\.xml$/, 'sidehoved', (b: Buffer) => b.indexOf('Dagtilbud Nord')],
    ['the document relationships', /^word\/_rels\/document\.xml\.rels$/, 'relationer', (b: Buffer) => b.indexOf('relationships/settings') + 'relationships/set'.length],
    ['the package relationships', /^_rels\/\.rels$/, 'pakke-relationer', (b: Buffer) => b.indexOf('officeDocument"') - 3],
  ] as const)('one byte changed in %s → POI says invalid, and so does „Kontrollér dokument“', async (_label, part, name, at) => {
    const path = await oneByteChanged(files['referat-signeret']!, part, `aendret-${name}`, at);
    const r = ooxmlVerify(path);
    expect(r.code, r.out + r.err).toBe(1);
    expect(r.out).toMatch(/valid: false/);
    const v = await verifyIn(a, path);
    expect(v.status).toBe('aendret');
    expect(v.signatures!.every((c) => !c.unchanged)).toBe(true);
  });

  it('LibreOffice renders the signed file: the signature page says which signature is digital and what it proves', () => {
    const [pdf] = renderToPdf([files['referat-signeret']!], join(WORK, 'visning'));
    const text = pdfText(pdf!).replace(/\s+/g, ' ');
    expect(text).toMatch(/Digitale signaturer/);
    expect(text).toContain(signingText.page.chairSigns('Birgitte Skovmose').replace(/\s+/g, ' ').slice(0, 40));
    expect(text).toMatch(new RegExp(`${otherSigner}: digital signatur med lokalt certifikat`));
    expect(text).toMatch(/Signaturen viser, hvem der signerede/);
    copyFileSync(pdf!, join(EXPORTS, 'referat-signeret-libreoffice.pdf'));
  }, 180_000);
});

describe('PDF: a PAdES B-B signature that poppler accepts (issue 20, item 2)', () => {
  it('„Gem som PDF“ of the sealed referat is signed over the whole file; the self-signed certificate is reported untrusted, as expected', () => {
    const r = pdfVerify(files['referat-signeret.pdf']!);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/Signature Type: ETSI\.CAdES\.detached/);
    expect(r.out).toMatch(/Signing Hash Algorithm: SHA-256/);
    expect(r.out).toMatch(/Total document signed/);
    // A local certificate is its own issuer: no trust anchor knows it, and pdfsig says so without failing.
    expect(r.out).toMatch(/certificate: Certificate issuer is unknown\./);
  });

  it('one byte changed inside the signed range → invalid; bytes appended → no longer the whole file', () => {
    const pdf = readFileSync(files['referat-signeret.pdf']!);
    const changed = Buffer.from(pdf);
    const i = changed.indexOf('/Producer');
    expect(i).toBeGreaterThan(0);
    changed[i + 2] = changed[i + 2] === 0x61 ? 0x62 : 0x61;
    const p1 = join(WORK, 'aendret-byte.pdf');
    writeFileSync(p1, changed);
    expect(pdfVerify(p1).code).toBe(1);
    const p2 = join(WORK, 'aendret-tilfoejet.pdf');
    writeFileSync(p2, Buffer.concat([pdf, Buffer.from('\n% tilføjet\n')]));
    const r2 = pdfVerify(p2);
    expect(r2.code).toBe(1);
    expect(r2.out).toMatch(/Not total document signed|does not cover/);
  });

  it('„Gem som PDF uden signatur“ gives the unsigned PDF for signing elsewhere', async () => {
    a.dialogs.saves.push(join(WORK, 'usigneret.pdf'));
    const res = (await a.call('export.pdf', { meetingId: dialogId, doc: 'referat', unsigned: true }))!;
    expect(res.signedBy).toEqual([]);
    expect(pdfVerify(res.path).code).toBe(1);
    expect(readFileSync(res.path).equals(pdfStandIn)).toBe(true);
  });
});

describe('„Kontrollér dokument“ on a file from another installation (issue 20, item 4)', () => {
  it('a second data directory knows nothing of the file, yet shows signer, certificate, time and unchanged; trust follows the kommune’s list', async () => {
    const b = makeCore({ now: () => NOW });
    try {
      const docx = await verifyIn(b, files['referat-signeret']!);
      expect(docx.status).toBe('uaendret');
      expect(docx.signatures).toHaveLength(2);
      const chair = docx.signatures![0]!;
      expect(chair).toMatchObject({ format: 'docx', signer: 'Birgitte Skovmose', localCertificate: true, valid: true, unchanged: true, trusted: false, signedAt: NOW_XML });
      expect(chair.subject).toContain('L=Vesterå Kommune');
      expect(docx.message).toContain(`Signeret af Birgitte Skovmose (lokalt certifikat) ${formatTimestamp(NOW_XML)}`);
      expect(docx.message).toMatch(/står ikke på kommunens liste/);

      const pdf = await verifyIn(b, files['referat-signeret.pdf']!);
      expect(pdf.status).toBe('uaendret');
      expect(pdf.signatures).toHaveLength(1);
      expect(pdf.signatures![0]).toMatchObject({ format: 'pdf', signer: 'Birgitte Skovmose', valid: true, unchanged: true, trusted: false });

      // The kommune trusts installation A's certificates: A's settings file carries the list, B imports it.
      const ids = await a.call('signing.list', {});
      const kommune = (await a.call('settings.get', {})).kommune;
      await a.call('settings.saveKommune', { ...kommune, trustedCertificates: ids.map((i) => ({ fingerprint: i.fingerprint, subject: i.subject })) });
      const settingsFile = join(WORK, 'indstillinger.json');
      a.dialogs.saves.push(settingsFile);
      await a.call('settings.export', {});
      b.dialogs.opens.push(settingsFile);
      await b.call('settings.import', {});
      const again = await verifyIn(b, files['referat-signeret']!);
      expect(again.signatures!.every((c) => c.trusted)).toBe(true);
      expect(again.message).toMatch(/står på kommunens liste over betroede certifikater/);

      const tampered = await verifyIn(b, join(WORK, 'aendret-dokument.docx'));
      expect(tampered.status).toBe('aendret');
      expect(tampered.message).toMatch(/filen er ændret siden signeringen \(word\/document\.xml\)/);
    } finally {
      b.close();
    }
  });

  it('a file made here keeps the database check too, and an unsigned PDF says it has no signature', async () => {
    const own = await verifyIn(a, files['referat-signeret']!);
    expect(own.status).toBe('uaendret');
    expect(own.documentId).not.toBeNull();
    expect(own.message).toMatch(/forseglede version 1/);
    const unsigned = await verifyIn(a, join(WORK, 'usigneret.pdf'));
    expect(unsigned.status).toBe('ukendt');
    expect(unsigned.message).toBe(signingText.check.noSignature);
  });
});
