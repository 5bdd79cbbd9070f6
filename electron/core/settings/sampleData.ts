import { addDays } from '../../../shared/format/danishDate';
import { instantOfDanishTime } from '../../../shared/format/danishClock';
import type { RoleCode } from '../../../shared/domain/roles';
import type { Ctx } from '../context';
import { todayIso } from '../context';
import { withDeletionGrant } from '../db/deletionGrant';
import type { Db } from '../db/types';
import { audit } from '../audit/auditLog';
import { addGuardian, guardiansOf, saveChild } from '../children/childrenRepo';
import { recordConsent } from '../children/caseService';
import { savePerson } from '../people/peopleRepo';
import { createMeeting } from '../meetings/createMeeting';
import { addDecision, addFollowup } from '../meetings/followups';
import { cancelMeeting, updateMeeting } from '../meetings/meetingOps';
import { endMeeting, startMeeting } from '../meetings/live';
import { addItem, updateItem } from '../meetings/agenda';
import { getMeetingDetail } from '../meetings/meetingDetail';
import { updateParticipant } from '../meetings/participants';
import { approveReferat, generateReferat, getReferatState, sealReferat, signReferat } from '../referat/referatService';
import { readSetting, writeSetting } from './settingsRepo';
import * as childrenTable from '../db/tables/children';
import * as peopleTable from '../db/tables/people';
import * as meetingsTable from '../db/tables/meetings';
import * as participantsTable from '../db/tables/participants';

/** Every name here is invented. The sample dagtilbud shows meetings in different states and can be removed again. */
const STAFF: [string, string, RoleCode, ('med' | 'uden')?][] = [
  ['Lise Holmgaard', 'LH', 'dagtilbudsleder'],
  ['Ole Bech Rask', 'OBR', 'paedagogisk_leder'],
  ['Maja Kronborg', 'MK', 'paedagog'],
  ['Sara Lind', 'SL', 'primaer_paedagog'],
  ['Niels Vang', 'NV', 'distriktsraadgiver', 'uden'],
  ['Tina Dahl Rosendal', 'TDR', 'myndighedssagsbehandler'],
  ['Per Grøn', 'PG', 'forebyggende_raadgiver'],
  ['Karen de Moos', 'KdM', 'ppr_psykolog'],
  ['Bente Fog', 'BF', 'sundhedsplejerske'],
  ['Jens Hald', 'JH', 'tale_hoere_konsulent'],
  ['Rikke Sand', 'RS', 'boernehavepaedagog'],
  ['Mads Kjær', 'MKj', 'skolepaedagog'],
];

const CHILDREN: { name: string; years: number; stue: string; socialSag: boolean; parents: [string, string][] }[] = [
  { name: 'Alma Fiskbæk', years: 3, stue: 'Solstuen', socialSag: false, parents: [['Line Fiskbæk', 'LF'], ['Jonas Fiskbæk', 'JF']] },
  { name: 'Otto Lyngsø', years: 5, stue: 'Solstuen', socialSag: false, parents: [['Marie Lyngsø', 'ML']] },
  { name: 'Ida Sandholm', years: 1, stue: 'Måneskin', socialSag: false, parents: [['Camilla Sandholm', 'CS'], ['Anders Berg', 'AB']] },
  { name: 'Noah Brink', years: 4, stue: 'Regnbuen', socialSag: true, parents: [['Sofie Brink', 'SB']] },
];

export function sampleLoaded(db: Db): boolean {
  return readSetting(db, 'sample') !== undefined;
}

export function loadSampleData(ctx: Ctx): void {
  const db = ctx.db;
  if (sampleLoaded(db)) return;
  const today = todayIso(ctx);
  // The history the sample brings along (meetings held, referater signed) is attributed to „Eksempeldata", never to
  // the user; only the act of loading it is the user's (issue 21, item 10).
  const seeded: Ctx = { db, now: () => ctx.now(), actor: () => 'Eksempeldata' };
  db.transaction(() => {
    const org = 'Børnehuset Eksempel (eksempeldata)';
    const staffIds: string[] = [];
    for (const [name, initials, role, authorityRole] of STAFF) {
      staffIds.push(savePerson(db, { name, initials, role, organisation: org, authority: 'Eksempel Kommune', email: '', phone: '', authorityRole: authorityRole ?? null }, { isSample: true }).id);
    }
    const children = CHILDREN.map((c) => {
      const child = saveChild(
        db,
        { name: c.name, birthDate: addDays(today, -Math.round(c.years * 365.25) - 40), cpr: null, institution: 'Børnehuset Eksempel', stue: c.stue, language: 'dansk', socialSag: c.socialSag, tovholderPersonId: null },
        { isSample: true },
      );
      for (const [pname, pinit] of c.parents) {
        const p = savePerson(db, { name: pname, initials: pinit, role: 'foraelder', organisation: '', authority: '', email: '', phone: '', authorityRole: null }, { isSample: true });
        addGuardian(db, child.id, p.id);
      }
      return child;
    });
    const [alma, otto, ida, noah] = children as [(typeof children)[0], (typeof children)[0], (typeof children)[0], (typeof children)[0]];

    // Ida's and Alma's parents have consented to a ressourceteam discussion.
    for (const c of [ida, alma]) {
      recordConsent(seeded, {
        childId: c.id,
        guardianPersonIds: guardiansOf(db, c.id).map((g) => g.person_id),
        purpose: 'tvaerfagligt_moede',
        infoTypes: ['Trivsel og udvikling', 'Iagttagelser i dagtilbuddet'],
        recipients: [{ name: 'Ressourceteamet', authority: 'Eksempel Kommune' }],
        purposeText: 'Sparring om barnets trivsel',
        givenDate: addDays(today, -10),
        obtainedBy: 'Lise Holmgaard',
        participantsShown: [],
        participants: staffIds.map((personId) => ({ kind: 'person' as const, personId })),
        topics: [],
        expires: null,
      });
    }

    // A ressourceteam series starting in two weeks, with a 0–2-year-old and an anonymous item.
    const rt = createMeeting(db, { templateId: 'ressourceteammoede', date: addDays(today, 14), startTime: '12:30', place: 'Personalestuen', series: { count: 3, weeks: 6 } }, { isSample: true });
    const rtItems = getMeetingDetail(db, rt, today).items.filter((i) => i.kind === 'barn');
    updateItem(seeded, rtItems[0]!.id, { childId: ida.id, description: 'Ida virker trist og spiser lidt.' });
    updateItem(seeded, rtItems[1]!.id, { childId: alma.id });
    addItem(seeded, { meetingId: rt, kind: 'anonym', anonLabel: 'Pige, 4 år, Regnbuen' });
    updateMeeting(seeded, rt, { convened: true });

    // A dialogmøde last week, with an approved, signed and sealed referat.
    const dm = createMeeting(db, { templateId: 'dialogmoede', date: addDays(today, -7), startTime: '14:00', childId: noah.id }, { isSample: true });
    updateMeeting(seeded, dm, { agendaAgreed: true, convened: true });
    // Held in the past, on the day it was planned: started on that day.
    const onDay = (date: string, time: string): Ctx => ({ ...seeded, now: () => instantOfDanishTime(date, time) });
    startMeeting(onDay(addDays(today, -7), '14:00'), dm);
    const dmDetail = getMeetingDetail(db, dm, today);
    for (const p of dmDetail.participants) updateParticipant(seeded, { id: p.id, attendance: 'til_stede' });
    const aftaler = dmDetail.items.find((i) => i.key === 'aftaler')!;
    updateItem(seeded, dmDetail.items.find((i) => i.key === 'lykkes')!.id, { notes: 'Noah er god til at bygge og hjælper gerne de mindste.' });
    updateItem(seeded, aftaler.id, { notes: 'Vi aftalte en fast voksen ved aflevering.' });
    addDecision(seeded, aftaler.id, 'Noah afleveres til den samme voksne hver morgen i fire uger.');
    addFollowup(seeded, { itemId: aftaler.id, ownerPersonId: null, ownerInitials: 'SL', text: 'Give forældrene en kort status hver fredag', dueDate: addDays(today, 21) });
    endMeeting(onDay(addDays(today, -7), '15:00'), dm);
    generateReferat(seeded, dm);
    approveReferat(seeded, dm, 'Lise Holmgaard');
    for (const s of getReferatState(seeded, dm).requiredSigners) {
      signReferat(seeded, { meetingId: dm, signerLabel: s.label, name: s.suggestedName ?? 'Forælder', role: s.label, method: 'navn', imageDataUrl: null });
    }
    sealReferat(seeded, dm);

    // An overgangsmøde to school next month, and a held netværksmøde whose referat is still to be written.
    createMeeting(db, { templateId: 'overgang-boernehave-skole', date: addDays(today, 30), startTime: '08:30', childId: otto.id }, { isSample: true });
    const nv = createMeeting(db, { templateId: 'netvaerksmoede', date: addDays(today, -2), startTime: '10:00', childId: alma.id }, { isSample: true });
    startMeeting(onDay(addDays(today, -2), '10:00'), nv);
    endMeeting(onDay(addDays(today, -2), '11:30'), nv);

    // A fokusteammøde that had to be cancelled.
    const fm = createMeeting(db, { templateId: 'fokusteammoede', date: addDays(today, 5), startTime: '09:00' }, { isSample: true });
    cancelMeeting(seeded, fm, 'Flere deltagere er syge (eksempel).', true);

    writeSetting(db, 'sample', { loadedAt: ctx.now().toISOString() });
    audit(ctx, 'sample.load', 'settings', 'sample');
  })();
}

/** Removes every sample row in one transaction; the user's own data and profile stay untouched. */
export function removeSampleData(ctx: Ctx): void {
  const db = ctx.db;
  db.transaction(() => {
    withDeletionGrant(db, 'sample.remove', () => {
      meetingsTable.removeSamples(db);
      db.prepare('DELETE FROM series WHERE id NOT IN (SELECT series_id FROM meetings WHERE series_id IS NOT NULL)').run();
      const samplePeople = 'SELECT id FROM people WHERE is_sample = 1';
      participantsTable.removeSamplePeople(db);
      for (const col of ['convener_id', 'chair_id', 'owner_id', 'referent_id']) db.prepare(`UPDATE meetings SET ${col} = NULL WHERE ${col} IN (${samplePeople})`).run();
      childrenTable.removeSamples(db);
      peopleTable.removeSamples(db);
    });
    db.prepare("DELETE FROM settings WHERE key = 'sample'").run();
    audit(ctx, 'sample.remove', 'settings', 'sample');
  })();
}
