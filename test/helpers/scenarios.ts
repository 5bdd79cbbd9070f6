import type { MeetingDetail } from '../../shared/schemas/meeting';
import type { TestCore } from './core';

/** Anything that can call a channel: a TestCore in unit tests, the bridge in e2e tests. */
export type Caller = Pick<TestCore, 'call'>;
import type { Seeded } from './fixtures';
import { signatureDataUrl } from './png';
import { instantOfDanishTime } from '../../shared/format/danishClock';

/**
 * Starts a meeting on the day it is planned for, as the tests' stories assume. With a test core the clock is set to
 * that day and time for the start; over the e2e bridge (a real or fixed clock) the chair confirms the other day, and
 * the meeting is recorded on the day it is started (issue 11, item 7).
 */
export async function startAsPlanned(tc: Caller & { setNow?: (at: Date | null) => void }, id: string): Promise<MeetingDetail> {
  if (!tc.setNow) return tc.call('meeting.start', { id, confirmOtherDay: true });
  const m = await tc.call('meeting.get', { id });
  tc.setNow(instantOfDanishTime(m.date, m.startTime));
  try {
    return await tc.call('meeting.start', { id });
  } finally {
    tc.setNow(null);
  }
}

async function attendAll(tc: Caller, m: MeetingDetail, except: string[] = []): Promise<void> {
  for (const p of m.participants.filter((x) => x.guestItemId === null)) {
    await tc.call('participant.update', { id: p.id, attendance: except.includes(p.personId) ? 'afbud' : 'til_stede' });
  }
}

async function signAllAndSeal(tc: Caller, meetingId: string): Promise<void> {
  const r = await tc.call('referat.get', { meetingId });
  let n = 0;
  for (const s of r.requiredSigners) {
    await tc.call('referat.sign', { meetingId, signerLabel: s.label, name: s.suggestedName ?? 'Underskriver', role: s.label, method: 'tegnet', imageDataUrl: signatureDataUrl(n++) });
  }
  await tc.call('referat.seal', { meetingId });
}

export async function ressourceteamMeeting(tc: Caller, s: Seeded, opts: { seal?: boolean; date?: string } = {}): Promise<string> {
  let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: opts.date ?? '2026-11-23', startTime: '12:30', place: 'Personalestuen' });
  const [slot02, slot1, slot2] = m.items.filter((i) => i.kind === 'barn');
  await tc.call('item.update', { id: slot02!.id, patch: { childId: s.children.freja.id } });
  await tc.call('item.update', { id: slot1!.id, patch: { childId: s.children.aksel.id } });
  await tc.call('item.remove', { id: slot2!.id });
  m = await tc.call('item.add', { meetingId: m.id, kind: 'anonym', anonLabel: 'Dreng, 4 år, Mariehønen' });
  const opf = m.items.find((i) => i.key === 'opfoelgning')!;
  await tc.call('item.update', { id: opf.id, patch: { ownerPersonId: s.people.leader.id, data: { purposeBullets: ['Gennemgå opfølgninger fra sidste møde', 'Beslutte hvilke sager der lukkes'] } } });
  m = await tc.call('participant.add', { meetingId: m.id, personId: s.people.primaer.id, role: 'primaer_paedagog', consultative: false, guestItemId: slot02!.id });
  m = await startAsPlanned(tc, m.id);
  await attendAll(tc, m, [s.people.psykolog.id]);
  await tc.call('item.update', { id: slot02!.id, patch: { notes: 'Freja græder meget ved aflevering og sover uroligt.\n\nHun er glad, når hun leger med vand.', outcome: 'ppr_observation' } });
  await tc.call('decision.add', { itemId: slot02!.id, text: 'PPR observerer Freja i vuggestuen inden jul.' });
  await tc.call('followup.add', { itemId: slot02!.id, ownerInitials: 'IM', ownerPersonId: s.people.sundhed.id, text: 'Tale med familien ved næste hjemmebesøg', dueDate: '2026-12-10' });
  await tc.call('item.update', { id: slot1!.id, patch: { notes: 'Aksel har svært ved overgange mellem aktiviteter. Han er god til at lege med de mindre børn.', outcome: 'samtale_med_foraeldrene' } });
  await tc.call('followup.add', { itemId: slot1!.id, ownerInitials: 'BSk', ownerPersonId: s.people.leader.id, text: 'Samtale med forældrene om bekymringen', dueDate: '2026-12-01' });
  const anon = m.items.find((i) => i.kind === 'anonym')!;
  await tc.call('item.update', { id: anon.id, patch: { notes: 'Tvivl om grundlaget for at gå i dialog med forældrene.', outcome: 'foelg_op_naeste_moede' } });
  await tc.call('meeting.end', { id: m.id });
  await tc.call('referat.generate', { meetingId: m.id });
  if (opts.seal !== false) {
    await tc.call('referat.approve', { meetingId: m.id, approvedBy: 'Birgitte Skovmose' });
    await signAllAndSeal(tc, m.id);
  }
  return m.id;
}

export async function dialogMeeting(tc: Caller, s: Seeded): Promise<string> {
  let m = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-11-26', startTime: '14:00', childId: s.children.malik.id });
  await tc.call('meeting.update', { id: m.id, patch: { agendaAgreed: true, convened: true } });
  m = await startAsPlanned(tc, m.id);
  await attendAll(tc, m);
  const byKey = (k: string) => m.items.find((i) => i.key === k)!;
  await tc.call('item.update', { id: byKey('lykkes').id, patch: { notes: 'Malik er glad for at bygge med klodser og hjælper gerne de yngre børn.' } });
  await tc.call('item.update', { id: byKey('foraeldre').id, patch: { notes: 'Forældrene oplever, at Malik sover dårligt og er træt om morgenen.' } });
  await tc.call('item.update', { id: byKey('perspektiv').id, patch: { data: { childLooksForward: 'At lege i sandkassen med Ali.', childWorries: 'Når mor går om morgenen.' } } });
  await tc.call('item.update', { id: byKey('aftaler').id, patch: { notes: 'Forældre og dagtilbud er enige om en fælles plan for afleveringer.' } });
  await tc.call('decision.add', { itemId: byKey('aftaler').id, text: 'Malik afleveres af samme voksne hver morgen i de næste fire uger.' });
  await tc.call('followup.add', { itemId: byKey('aftaler').id, ownerInitials: 'ML', ownerPersonId: s.people.primaer.id, text: 'Fortæl forældrene hver fredag, hvordan ugen er gået', dueDate: '2026-12-18' });
  await tc.call('item.update', { id: byKey('evaluering').id, patch: { data: { evaluation: 'Vi nåede alle emner, og forældrene følte sig hørt.' } } });
  await tc.call('meeting.end', { id: m.id });
  await tc.call('referat.generate', { meetingId: m.id });
  await tc.call('referat.approve', { meetingId: m.id, approvedBy: 'Birgitte Skovmose' });
  await signAllAndSeal(tc, m.id);
  return m.id;
}

export const COMPETENCES: [string, string][] = [
  ['Robusthed', 'Kommer hurtigt videre efter små nederlag.'],
  ['Automatisering', 'Klarer selv påklædning og toiletbesøg.'],
  ['Behovsudsættelse', 'Kan vente på tur i samling med lidt støtte.'],
  ['Gode omgangsformer', 'Siger tak og hjælper gerne andre.'],
  ['Nysgerrighed', 'Stiller mange spørgsmål om dyr og natur.'],
  ['Selvregulering/selvdisciplin', 'Har brug for en voksen ved skift mellem aktiviteter.'],
  ['Vedholdenhed', 'Bliver ved med puslespil, også når det er svært.'],
];

export async function overgangSkoleMeeting(tc: Caller, s: Seeded): Promise<string> {
  let m = await tc.call('meeting.create', { templateId: 'overgang-boernehave-skole', date: '2026-12-07', startTime: '08:30', childId: s.children.aksel.id });
  m = await startAsPlanned(tc, m.id);
  await attendAll(tc, m);
  const byKind = (k: string) => m.items.find((i) => i.kind === k)!;
  await tc.call('item.update', { id: byKind('samtale').id, patch: { notes: 'Forældrene fortæller, at Aksel glæder sig og allerede kan skrive sit navn.' } });
  await tc.call('item.update', { id: byKind('laeringskompetencer').id, patch: { data: { competences: Object.fromEntries(COMPETENCES) } } });
  await tc.call('item.update', { id: byKind('barnets_perspektiv').id, patch: { data: { childLooksForward: 'At få en skoletaske og lære at læse.', childWorries: 'At han ikke kender nogen i klassen.' } } });
  await tc.call('form.saveTransition', {
    meetingId: m.id,
    data: {
      fromInstitution: 'Børnehuset Solsikken, Mariehønen',
      toInstitution: 'Engskolen, 0.B',
      contactPerson: 'Thomas Engholm, skolepædagog',
      strengths: 'Aksel er nysgerrig, hjælpsom og god til at lege med de mindre børn.',
      challenges: 'Overgange mellem aktiviteter er svære; han har brug for at vide, hvad der skal ske.',
      trivsel: [
        { dimension: 'Psykisk og emotionel trivsel', level: 'trivsel', text: 'Glad og tryg i kendte rammer.' },
        { dimension: 'Kognitiv trivsel', level: 'trivsel', text: 'Alderssvarende sprog.' },
        { dimension: 'Social trivsel', level: 'ekstra', text: 'Har få faste legekammerater.' },
        { dimension: 'Fysisk og sansemotorisk trivsel', level: 'trivsel', text: '' },
      ],
      parentsPerspective: 'Forældrene ønsker, at Aksel kommer i klasse med en ven fra børnehaven.',
      healthInfo: '',
      specialConsiderations: 'Varsling før skift mellem aktiviteter.',
      ongoingEfforts: 'Billedstøttet dagsstruktur i børnehaven.',
      startAgreements: 'To besøg på skolen i marts sammen med en pædagog.',
      sharing: [{ what: 'Overgangsskemaet', toWhom: 'Engskolen, Thomas Engholm', basis: 'samtykke' }],
      includeCpr: false,
    },
  });
  await tc.call('meeting.end', { id: m.id });
  await tc.call('referat.generate', { meetingId: m.id });
  await tc.call('referat.approve', { meetingId: m.id, approvedBy: 'Camilla Fredsø' });
  await signAllAndSeal(tc, m.id);
  return m.id;
}

export async function netvaerkMeeting(tc: Caller, s: Seeded): Promise<string> {
  let m = await tc.call('meeting.create', { templateId: 'netvaerksmoede', date: '2026-12-14', startTime: '10:00', childId: s.children.malik.id });
  m = await startAsPlanned(tc, m.id);
  await attendAll(tc, m);
  await tc.call('form.saveHandleplan', {
    meetingId: m.id,
    data: {
      purpose: 'At Malik trives ved aflevering og sover bedre.',
      goals: [
        { goal: 'Malik siger farvel til mor uden at græde', criteria: 'Fire ud af fem morgener på en uge', timeframe: '6 uger', responsible: 'ML', followUpDate: '2027-01-25' },
        { goal: 'Bedre søvn', criteria: 'Forældrene oplever færre opvågninger', timeframe: '3 måneder', responsible: 'EB', followUpDate: '2027-03-01' },
      ],
      smtte: { sammenhaeng: 'Malik er urolig ved aflevering.', maal: 'Tryg aflevering.', tegn: 'Malik hilser på en voksen.', tiltag: 'Fast voksen om morgenen.', evaluering: 'På netværksmødet i marts.' },
    },
  });
  const hp = m.items.find((i) => i.kind === 'handleplan')!;
  await tc.call('decision.add', { itemId: hp.id, text: 'Handleplanen vedtages som beskrevet.' });
  await tc.call('meeting.end', { id: m.id });
  await tc.call('referat.generate', { meetingId: m.id });
  await tc.call('referat.approve', { meetingId: m.id, approvedBy: 'Karim Østergaard' });
  await signAllAndSeal(tc, m.id);
  return m.id;
}
