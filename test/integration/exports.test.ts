import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../electron/core/exports/docxText';
import { makeCore, type TestCore } from '../helpers/core';
import { seedFixture, type Seeded } from '../helpers/fixtures';
import { pdfFirstPagePng, pdfPages, pdfText, renderToPdf } from '../helpers/render';
import { COMPETENCES, dialogMeeting, netvaerkMeeting, overgangSkoleMeeting, ressourceteamMeeting, startAsPlanned } from '../helpers/scenarios';

const EXPORTS = resolve(__dirname, '..', '..', 'test-results', 'exports');

let tc: TestCore;
let s: Seeded;
const ids: Record<string, string> = {};
const files: Record<string, string> = {};

async function exportTo(name: string, input: Parameters<TestCore['call']>[1] & { meetingId: string; kind: string }) {
  const path = join(EXPORTS, `${name}.docx`);
  tc.dialogs.saves.push(path);
  const res = await tc.call('export.document', input as never);
  expect(res?.path).toBe(path);
  files[name] = path;
  return res!;
}

/** The document's paragraphs, with each expected line found after the previous one. */
function expectInOrder(paragraphs: string[], expected: (string | RegExp)[]): void {
  let from = 0;
  for (const e of expected) {
    const i = paragraphs.findIndex((p, k) => k >= from && (typeof e === 'string' ? p.includes(e) : e.test(p)));
    expect(i, `„${String(e)}" not found after line ${from}:\n${paragraphs.slice(from, from + 20).join('\n')}`).toBeGreaterThanOrEqual(0);
    from = i + 1;
  }
}

beforeAll(async () => {
  mkdirSync(EXPORTS, { recursive: true });
  tc = makeCore({ now: () => new Date('2026-12-15T10:00:00Z') });
  s = await seedFixture(tc);
  tc.core.db.prepare("INSERT INTO settings (key, value) VALUES ('organisation', ?)").run(
    JSON.stringify({ forvaltning: 'Børn og Unge, Testkommune', unit: 'Dagtilbud Nord', address: 'Skolevej 1, 9999 Testby', phone: '99 99 99 99', email: 'dagtilbud.nord@testkommune.invalid', kommune: 'Testkommune' }),
  );
  ids.ressourceteam = await ressourceteamMeeting(tc, s);
  ids.dialog = await dialogMeeting(tc, s);
  ids.overgang = await overgangSkoleMeeting(tc, s);
  ids.netvaerk = await netvaerkMeeting(tc, s);
  await exportTo('referat-ressourceteam', { meetingId: ids.ressourceteam!, kind: 'referat' });
  await exportTo('referat-dialogmoede', { meetingId: ids.dialog!, kind: 'referat' });
  await exportTo('dagsorden-ressourceteam', { meetingId: ids.ressourceteam!, kind: 'dagsorden' });
  await exportTo('overgangsskema-skole', { meetingId: ids.overgang!, kind: 'overgangsskema' });
  await exportTo('handleplan-netvaerk', { meetingId: ids.netvaerk!, kind: 'handleplan' });
  await exportTo('uddrag-ressourceteam', { meetingId: ids.ressourceteam!, kind: 'uddrag', childId: s.children.freja.id });
}, 120_000);
afterAll(() => tc.close());

describe('Word documents read back from their XML', () => {
  it('referat: SPEC §6.2 layout in order, Danish dates, referent last, blank fields kept, signature page, seal in footer', async () => {
    const doc = await readDocx(readFileSync(files['referat-ressourceteam']!));
    expectInOrder(doc.paragraphs, [
      'Børn og Unge, Testkommune',
      'Dagtilbud Nord',
      /^Referat$/,
      'Ressourceteammøde',
      'Dato:',
      '23. november 2026',
      'Tid:',
      '12:30 - 14:30',
      'Sted:',
      'Personalestuen',
      'Deltagere:',
      'Birgitte Skovmose (BSk), dagtilbudsleder',
      'Jonas Vindelev (referent)',
      /^Afbud:$/,
      'Henriette van Dalen (HvD)',
      /^Fraværende:$/,
      /^Bemærk:$/,
      '1\tGodkendelse af referat',
      'Referatet blev godkendt.',
      '2\tOpfølgning på børn fra sidste møde (BSk)',
      'Birgitte Skovmose har sat punktet på dagsordenen for at:',
      '•\tGennemgå opfølgninger fra sidste møde',
      '3\tBarn 0–2 år: Freja Ærø Vestergaard',
      'Mette Lundgaard (ML) deltog i drøftelsen.',
      'Freja græder meget ved aflevering og sover uroligt.',
      'Hun er glad, når hun leger med vand.',
      'Udfald: PPR-observation',
      /^Beslutninger$/,
      '-\tPPR observerer Freja i vuggestuen inden jul.',
      '(IM følger op) Tale med familien ved næste hjemmebesøg – senest 10. december 2026',
      '4\tBarn: Aksel Nørregaard Holm',
      '(BSk følger op) Samtale med forældrene om bekymringen – senest 1. december 2026',
      '5\tAnonym drøftelse: Dreng, 4 år, Mariehønen',
      '6\tEvt.',
      /^Underskrifter$/,
      'Ingen af dem er lavet gennem NemLog-in eller en signeringstjeneste.',
      'Mødeleder',
      'Birgitte Skovmose',
      'Referent',
      'Jonas Vindelev',
      /Forseglet .* Segl \(SHA-256\): [0-9a-f]{64}/,
      /Dokument-id: TH-20261123-/,
    ]);
    expect(doc.properties['TovholderDokumentId']).toMatch(/^TH-20261123-[0-9A-F]{8}-v1$/);
    expect(doc.properties['TovholderSegl']).toMatch(/^[0-9a-f]{64}$/);
    const zip = await JSZip.loadAsync(readFileSync(files['referat-ressourceteam']!));
    const footer = Object.keys(zip.files).find((f) => /footer\d*\.xml$/.test(f))!;
    const footerXml = await zip.file(footer)!.async('string');
    expect(footerXml).toContain('PAGE');
    expect(footerXml).toContain('NUMPAGES');
    expect(footerXml).toMatch(/Segl: [0-9a-f]{4} [0-9a-f]{4}/);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(2);
  });

  it('a draft says UDKAST on every page (in the header) until it is approved', async () => {
    const draftId = await ressourceteamMeeting(tc, s, { seal: false, date: '2026-12-01' });
    const path = join(EXPORTS, 'udkast-ressourceteam.docx');
    tc.dialogs.saves.push(path);
    await tc.call('export.document', { meetingId: draftId, kind: 'referat' });
    files['udkast-ressourceteam'] = path;
    const zip = await JSZip.loadAsync(readFileSync(path));
    const header = Object.keys(zip.files).find((f) => /header\d*\.xml$/.test(f))!;
    expect(await zip.file(header)!.async('string')).toContain('UDKAST');
    const doc = await readDocx(readFileSync(path));
    expect(doc.paragraphs.join('\n')).toContain('Dokumentet er et udkast og er hverken godkendt eller forseglet.');
  });

  it('dialogmøde referat: roles shown for a child meeting, consultative role, parents signed', async () => {
    const doc = await readDocx(readFileSync(files['referat-dialogmoede']!));
    expectInOrder(doc.paragraphs, [
      'Dialogmøde om Malik Bjerregaard Sørensen',
      '26. november 2026',
      '14:00 - 15:00',
      'Emma Bjerregaard (EB), forælder',
      'Lene Bøgh Dalsgaard (LBD), myndighedssagsbehandler, konsultativ rolle',
      'Signe Ahlgreen (referent)',
      '2\tDet, der lykkes for barnet',
      'Malik er glad for at bygge med klodser',
      'Barnet glæder sig til: At lege i sandkassen med Ali.',
      '-\tMalik afleveres af samme voksne hver morgen i de næste fire uger.',
      '(ML følger op) Fortæl forældrene hver fredag, hvordan ugen er gået – senest 18. december 2026',
      'Evaluering: Vi nåede alle emner, og forældrene følte sig hørt.',
      /^Underskrifter$/,
      // One parent signs as „Forælder".
      /^Forælder$/,
      'Emma Bjerregaard',
    ]);
  });

  it('dagsorden: purpose, time and place, participants and roles, items with time boxes, parents note', async () => {
    const doc = await readDocx(readFileSync(files['dagsorden-ressourceteam']!));
    expectInOrder(doc.paragraphs, [
      'Indkaldelse og dagsorden',
      'Ressourceteammøde',
      'mandag den 23. november 2026',
      '12:30 - 14:30',
      'Mødeleder:',
      'Birgitte Skovmose (BSk)',
      'Deltagere:',
      'Anders Fjordside (AF), forebyggende rådgiver',
      /^Formål$/,
      'forebyggende og koordinerende',
      /^Dagsorden$/,
      '1\tGodkendelse af referat',
      '12:30 - 12:35 · 5 min.',
      '3\tBarn 0–2 år: Freja Ærø Vestergaard',
      'reserveret tid til 0–2-årige',
      'Deltager i punktet: Mette Lundgaard (ML)',
      '5\tAnonym drøftelse: Dreng, 4 år, Mariehønen',
      '6\tEvt.',
      /^Forberedelse$/,
      /^Forældrene$/,
      'informeret samtykke',
    ]);
  });

  it('overgangsskema: every field of the issue, in order, with the seven competences and four trivsel dimensions', async () => {
    const doc = await readDocx(readFileSync(files['overgangsskema-skole']!));
    expectInOrder(doc.paragraphs, [
      'Overgangsskema',
      'Overgang: Børnehave → skole',
      'Barnets navn:',
      'Aksel Nørregaard Holm',
      'Fødselsdato:',
      '14. maj 2021',
      'Fra:',
      'Børnehuset Solsikken, Mariehønen',
      'Til:',
      'Engskolen, 0.B',
      'Deltagere:',
      'Modtagende kontaktperson:',
      'Thomas Engholm, skolepædagog',
      /^Barnets styrker$/,
      'nysgerrig, hjælpsom',
      /^Barnets udfordringer$/,
      /^De syv læringskompetencer$/,
      ...COMPETENCES.flatMap(([label, text]) => [label, text]),
      /^Barnets trivsel$/,
      'Psykisk og emotionel trivsel',
      'Social trivsel',
      'Ekstra opmærksomhed',
      'Fysisk og sansemotorisk trivsel',
      /^Barnets perspektiv$/,
      'At få en skoletaske og lære at læse.',
      'At han ikke kender nogen i klassen.',
      /^Forældrenes perspektiv$/,
      /^Sundhedsplejens oplysninger$/,
      /^Særlige hensyn$/,
      /^Igangværende indsatser$/,
      /^Aftaler om opstart$/,
      /^Videregivelse af oplysninger$/,
      'Engskolen, Thomas Engholm',
      'Forældrenes samtykke',
      'Skemaet lægges i elevens mappe.',
      'udfyldt af forældrene og fagpersonen i fællesskab',
      'Underskrifter – forældre og fagperson',
      'Peter Holm',
      'Sofie Nørregaard',
      'Fagperson',
      'Camilla Fredsø',
    ]);
    expect(doc.paragraphs.join('\n')).not.toMatch(/CPR-nummer/);
  });

  it('handleplan: mål, kriterier, tidsramme, ansvarlig, opfølgningsdato and SMTTE', async () => {
    const doc = await readDocx(readFileSync(files['handleplan-netvaerk']!));
    expectInOrder(doc.paragraphs, [
      'Handleplan',
      'Malik Bjerregaard Sørensen, født 20. januar 2023',
      /^Formål$/,
      'At Malik trives ved aflevering',
      'Mål',
      'Konkrete kriterier',
      'Tidsramme',
      'Ansvarlig',
      'Opfølgning',
      'Malik siger farvel til mor uden at græde',
      'Fire ud af fem morgener på en uge',
      '6 uger',
      '25. januar 2027',
      /^SMTTE$/,
      'Sammenhæng',
      'Evaluering',
      /^Underskrifter$/,
      'Karim Østergaard',
    ]);
  });

  it('per-child excerpt: the header plus only that child’s item – no other child, no anonymous item', async () => {
    const doc = await readDocx(readFileSync(files['uddrag-ressourceteam']!));
    const all = doc.paragraphs.join('\n');
    expectInOrder(doc.paragraphs, ['Uddrag af referat', 'Ressourceteammøde', 'Dato:', 'Deltagere:', 'kun det, der handler om Freja Ærø Vestergaard', 'Barn 0–2 år: Freja Ærø Vestergaard', 'PPR observerer Freja']);
    expect(all).not.toContain('Aksel');
    expect(all).not.toContain('Dreng, 4 år');
    expect(all).not.toContain('Godkendelse af referat');
  });
});

describe('rendered by LibreOffice', () => {
  const names = ['referat-ressourceteam', 'referat-dialogmoede', 'dagsorden-ressourceteam', 'overgangsskema-skole', 'handleplan-netvaerk', 'uddrag-ressourceteam'];
  let pdfs: Record<string, string> = {};
  beforeAll(() => {
    const out = renderToPdf(names.map((n) => files[n]!), join(EXPORTS, 'pdf'));
    pdfs = Object.fromEntries(names.map((n, i) => [n, out[i]!]));
    for (const n of names) pdfFirstPagePng(pdfs[n]!, join(EXPORTS, `${n}.png`));
  }, 180_000);

  it.each(names)('%s renders with its labels and „Side 1 af"', (name) => {
    const text = pdfText(pdfs[name]!);
    expect(text).toMatch(/Side 1 af \d/);
    expect(text).toMatch(/Dokument-id: TH-/);
    const labels: Record<string, string[]> = {
      'referat-ressourceteam': ['Referat', 'Dato:', 'Tid:', 'Sted:', 'Deltagere:', 'Afbud:', 'Fraværende:', 'Bemærk:', 'Beslutninger', 'Underskrifter'],
      'referat-dialogmoede': ['Referat', 'Dato:', 'Deltagere:', 'Afbud:', 'Underskrifter'],
      'dagsorden-ressourceteam': ['Indkaldelse og dagsorden', 'Dato:', 'Formål', 'Dagsorden', 'Forberedelse'],
      'overgangsskema-skole': ['Overgangsskema', 'Barnets styrker', 'De syv læringskompetencer', 'Barnets trivsel', 'Barnets perspektiv', 'Aftaler om opstart'],
      'handleplan-netvaerk': ['Handleplan', 'Mål og opfølgning', 'Konkrete kriterier', 'SMTTE'],
      'uddrag-ressourceteam': ['Uddrag af referat', 'Dato:', 'Freja'],
    };
    for (const l of labels[name]!) expect(text, `${name}: ${l}`).toContain(l);
    expect(text).not.toContain('UDKAST');
  });
});

describe('verifying a document', () => {
  it('recognises an unchanged export and reports which sealed version it is', async () => {
    tc.dialogs.opens.push(files['referat-ressourceteam']!);
    const res = await tc.call('document.verify', {});
    expect(res?.status).toBe('uaendret');
    expect(res?.version).toBe(1);
    expect(res?.message).toMatch(/^Teksten er den samme som ved eksporten .* forseglede version 1/);
  });

  it('altering one character in an exported referat is reported as altered', async () => {
    const zip = await JSZip.loadAsync(readFileSync(files['referat-ressourceteam']!));
    const xml = await zip.file('word/document.xml')!.async('string');
    const altered = xml.replace('PPR observerer Freja', 'PPR observerer Frejo');
    expect(altered).not.toBe(xml);
    zip.file('word/document.xml', altered);
    const path = join(EXPORTS, 'referat-ressourceteam-aendret.docx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    tc.dialogs.opens.push(path);
    const res = await tc.call('document.verify', {});
    expect(res?.status).toBe('aendret');
    // The status („Ændret“) is said once, by the screen; the message says what and what to do, without shouting.
    expect(res?.message).toMatch(/^Teksten svarer ikke til det, Tovholder eksporterede som TH-20261123-.*Brug den version, der er gemt i Tovholder\.$/);
    expect(res?.message).not.toMatch(/ændret|ÆNDRET/i);
    expect(res?.documentId).toMatch(/^TH-20261123-/);
  });

  it('a file that is not a Word document, or not from Tovholder, is reported as unknown', async () => {
    const path = join(EXPORTS, 'ikke-et-dokument.docx');
    writeFileSync(path, 'dette er ikke en docx');
    tc.dialogs.opens.push(path);
    expect((await tc.call('document.verify', {}))?.status).toBe('ukendt');
  });
});

describe('a long referat', () => {
  it('with 60 items and 12 participants exports correctly across pages', async () => {
    let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-01-13', startTime: '09:00', endTime: '15:00' });
    const extra = ['pedLeader', 'paedagog', 'primaer', 'raadgiver', 'myndighed', 'talehoere', 'bhpaedagog', 'skolepaedagog'] as const;
    for (const k of extra) if (!m.participants.some((p) => p.personId === s.people[k].id)) m = await tc.call('participant.add', { meetingId: m.id, personId: s.people[k].id, role: 'andet', consultative: false, guestItemId: null });
    expect(m.participants.filter((p) => p.guestItemId === null).length).toBeGreaterThanOrEqual(12);
    while (m.items.length < 60) m = await tc.call('item.add', { meetingId: m.id, kind: 'standard', title: `Emne nummer ${m.items.length + 1}`, minutes: 5 });
    m = await startAsPlanned(tc, m.id);
    for (const p of m.participants) await tc.call('participant.update', { id: p.id, attendance: 'til_stede' });
    for (const it of m.items) {
      await tc.call('item.update', { id: it.id, patch: { notes: `Drøftelse af ${it.title.toLowerCase()}: ${'Der blev talt om praksis og næste skridt. '.repeat(3)}` } });
      await tc.call('decision.add', { itemId: it.id, text: `Beslutning om ${it.title.toLowerCase()}` });
    }
    await tc.call('meeting.end', { id: m.id });
    await tc.call('referat.generate', { meetingId: m.id });
    const path = join(EXPORTS, 'referat-60-punkter.docx');
    tc.dialogs.saves.push(path);
    await tc.call('export.document', { meetingId: m.id, kind: 'referat' });
    const doc = await readDocx(readFileSync(path));
    const headings = doc.paragraphs.filter((p) => /^\d+\t/.test(p));
    expect(headings).toHaveLength(60);
    expect(headings.at(-1)).toBe('60\tEvt.');
    const deltagere = doc.paragraphs.slice(doc.paragraphs.indexOf('Deltagere:'), doc.paragraphs.indexOf('Afbud:'));
    expect(deltagere.length - 1).toBeGreaterThanOrEqual(12);
    const [pdf] = renderToPdf([path], join(EXPORTS, 'pdf'));
    const pages = pdfPages(pdf!);
    expect(pages).toBeGreaterThan(5);
    const text = pdfText(pdf!);
    expect(text).toContain(`Side ${pages} af ${pages}`);
    expect(text).toContain('Beslutning om emne nummer 59');
    pdfFirstPagePng(pdf!, join(EXPORTS, 'referat-60-punkter.png'));
  }, 120_000);
});

