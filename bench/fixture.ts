/**
 * A kommune-sized dataset, reproducible from a seed, with fictitious names only: ~40 institutions over 8 years,
 * ~10 000 meetings, ~100 000 agenda items, ~20 000 children, with follow-ups, consents and signatures.
 * Rows are written with prepared statements in large transactions (the app's own triggers keep the search index).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../electron/core/db/types';
import { STANDARD_PACK } from '../electron/core/templates/catalogue';
import { meetingTitle } from '../electron/core/meetings/createMeeting';
import type { Template } from '../shared/templates/schema';
import { signaturePng } from '../test/helpers/png';

export interface FixtureSize {
  institutions: number;
  years: number;
  meetings: number;
  children: number;
}

export const FULL: FixtureSize = { institutions: 40, years: 8, meetings: 10_000, children: 20_000 };
export const QUICK: FixtureSize = { institutions: 8, years: 2, meetings: 1_000, children: 2_000 };

/**
 * The dataset of a kommune that has used Tovholder for longer (`--meetings N`, `--scales`): the full run's 40
 * institutions at the full run's pace (1,250 meetings and 2,500 children a year), for as many years as N meetings
 * take – 1,000 meetings are under a year, 30,000 are 24 years. Data grows by years, as in a kommune; the number of
 * meetings ahead, of children of kindergarten age and of people at one institution stay what they are.
 */
export function sizeFor(meetings: number): FixtureSize {
  return { institutions: FULL.institutions, years: meetings / (FULL.meetings / FULL.years), meetings, children: meetings * (FULL.children / FULL.meetings) };
}

/** mulberry32: small, fast, reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Alma', 'Viggo', 'Ella', 'Oscar', 'Agnes', 'Carl', 'Freja', 'Aksel', 'Ida', 'Malthe', 'Liva', 'Elias', 'Nora', 'Alfred', 'Sigrid', 'Valdemar', 'Asta', 'Bertram', 'Luna', 'Storm', 'Esther', 'Vilfred', 'Karla', 'Otto', 'Filippa', 'Anton', 'Mynte', 'Johan', 'Lærke', 'Søren', 'Åse', 'Ærling'];
const LAST = ['Kjærbæk', 'Thorsø', 'Lindvang', 'Ørnsholt', 'Bækgaard', 'Hvidemose', 'Skovlund', 'Grønkjær', 'Åbjerg', 'Møllerup', 'Fjordby', 'Engtoft', 'Rønnebæk', 'Solvang', 'Havsten', 'Kragholm', 'Lyngby-Dahl', 'Tjørnvig', 'Ravnsø', 'Vesterholt'];
const INST = ['Solsikken', 'Myretuen', 'Kastanjen', 'Regnbuen', 'Troldehøjen', 'Bøgely', 'Fyrtårnet', 'Mælkebøtten', 'Skovbrynet', 'Havbrisen', 'Grantoppen', 'Lærkereden', 'Åkanden', 'Søstjernen', 'Egernet', 'Hyldebærret', 'Nøddebo', 'Ørnereden', 'Spiren', 'Kløveren'];
const WORDS = ['barnet', 'leger', 'gerne', 'med', 'de', 'andre', 'børn', 'og', 'har', 'svært', 'ved', 'aflevering', 'om', 'morgenen', 'søvn', 'sprog', 'motorik', 'trivsel', 'forældrene', 'fortæller', 'at', 'hjemme', 'går', 'det', 'godt', 'pædagogen', 'oplever', 'uro', 'ved', 'overgange', 'æbleskiver', 'hygge', 'spisning', 'på', 'stuen', 'i', 'garderoben', 'støtte', 'samling', 'venskaber'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function sentence(r: () => number, n: number): string {
  const w = Array.from({ length: n }, () => pick(r, WORDS));
  const s = w.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function isoDay(start: number, offsetDays: number): string {
  return new Date(start + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export interface FixtureInfo {
  meeting15: string;
  meeting60: string;
  overgang: string;
  itemForAutosave: string;
  /** An anonymous item in the same meeting: its notes pass the privacy guard on every save. */
  anonItemForAutosave: string;
  /** A child named on items in several meetings: the case page lists them. */
  childWithHistory: string;
  /** The leader who owns the most open follow-ups: „Mine opfølgninger“ for them. */
  busiestOwner: string;
  searchTerms: string[];
  counts: Record<string, number>;
}

/** Writes the dataset into an opened, migrated, empty database. */
export function generateFixture(db: Db, size: FixtureSize, seed = 20261123): FixtureInfo {
  const r = rng(seed);
  // Random (UUID) keys put each insert on a random page of every index; with SQLite's default 2 MB page cache a
  // kommune-sized file is read and decrypted again for each row, and generating 30,000 meetings takes most of an
  // hour. The generator's own connection gets a cache that holds the file's hot indexes (the app keeps its default).
  db.pragma('cache_size = -1048576');
  const now = '2026-11-23T09:00:00.000Z';
  // The years up to today and the three months ahead that are already planned.
  const days = Math.round(size.years * 365);
  const start = Date.UTC(2026, 10, 23) - (days - 91) * 86_400_000;
  const templates = Object.fromEntries(STANDARD_PACK.templates.map((t) => [t.id, t])) as Record<string, Template>;
  const json = Object.fromEntries(STANDARD_PACK.templates.map((t) => [t.id, JSON.stringify(t)]));
  const png = signaturePng(240, 80, 3);

  const insPerson = db.prepare('INSERT INTO people (id, name, initials, role, organisation, authority, authority_role, is_sample, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)');
  const insChild = db.prepare('INSERT INTO children (id, name, birth_date, institution, stue, social_sag, is_sample, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)');
  const insGuardian = db.prepare('INSERT INTO guardians (child_id, person_id, relation, custody) VALUES (?, ?, ?, 1)');
  const insConsent = db.prepare(
    `INSERT INTO consents (id, child_id, guardian_person_id, purpose, info_types, recipients, given_date, obtained_by, participants_shown, topics, created_at)
     VALUES (?, ?, ?, 'tvaerfagligt_moede', '["Trivsel"]', '[{"name":"Ressourceteamet","authority":""}]', ?, 'Leder', '[]', '[]', ?)`,
  );
  const insMeeting = db.prepare(
    `INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, place, status, chair_id, owner_id, referent_id, child_id, is_sample, created_at, updated_at)
     VALUES (@id, @tid, 1, @json, @tname, @type, @title, @date, @start, @end, @place, @status, @chair, @chair, @referent, @child, 0, @now, @now)`,
  );
  const insPart = db.prepare('INSERT INTO participants (id, meeting_id, person_id, role, attendance, position) VALUES (?, ?, ?, ?, ?, ?)');
  const insItem = db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, template_key, kind, title, minutes, child_id, anon_label, notes, outcome, basis, updated_at)
     VALUES (@id, @mid, @pos, @key, @kind, @title, @min, @child, @anon, @notes, @outcome, @basis, @now)`,
  );
  const insDecision = db.prepare('INSERT INTO decisions (id, item_id, position, text, created_at) VALUES (?, ?, 0, ?, ?)');
  const insFollowup = db.prepare('INSERT INTO followups (id, meeting_id, item_id, child_id, owner_person_id, owner_initials, text, due_date, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insVersion = db.prepare(`INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, approved_at, approved_by, sealed_at, seal, created_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const sealVersion = db.prepare("UPDATE referat_versions SET status = 'forseglet' WHERE id = ?");
  const insSig = db.prepare("INSERT INTO signatures (id, referat_version_id, signer_label, name, role, method, image, signed_at) VALUES (?, ?, ?, ?, '', 'tegnet', ?, ?)");

  const counts: Record<string, number> = { people: 0, children: 0, meetings: 0, items: 0, decisions: 0, followups: 0, consents: 0, signatures: 0 };
  const person = (name: string, role: string, org: string) => {
    const id = randomUUID();
    insPerson.run(id, name, name.split(' ').map((p) => p[0]).join(''), role, org, 'Eksempel Kommune', role === 'distriktsraadgiver' ? 'uden' : null, now);
    counts.people!++;
    return id;
  };

  const staff: { leader: string; referent: string; paedagoger: string[]; inst: string }[] = [];
  const shared: Record<string, string[]> = {};
  const children: { id: string; inst: number; parents: string[]; consent: boolean }[] = [];

  db.transaction(() => {
    for (let i = 0; i < size.institutions; i++) {
      const inst = `Børnehuset ${INST[i % INST.length]}${i >= INST.length ? ` ${Math.floor(i / INST.length) + 1}` : ''}`;
      staff.push({
        inst,
        leader: person(`${pick(r, FIRST)} ${pick(r, LAST)}`, 'dagtilbudsleder', inst),
        referent: person(`${pick(r, FIRST)} ${pick(r, LAST)}`, 'paedagogisk_leder', inst),
        paedagoger: [0, 1, 2].map(() => person(`${pick(r, FIRST)} ${pick(r, LAST)}`, 'paedagog', inst)),
      });
    }
    for (const [role, n] of [['distriktsraadgiver', Math.max(2, size.institutions / 5)], ['ppr_psykolog', Math.max(2, size.institutions / 4)], ['sundhedsplejerske', Math.max(2, size.institutions / 4)], ['forebyggende_raadgiver', Math.max(1, size.institutions / 10)]] as const) {
      shared[role] = Array.from({ length: Math.ceil(n) }, () => person(`${pick(r, FIRST)} ${pick(r, LAST)}`, role, 'Eksempel Kommune'));
    }
    for (let c = 0; c < size.children; c++) {
      const id = randomUUID();
      const inst = Math.floor(r() * size.institutions);
      const last = pick(r, LAST);
      insChild.run(id, `${pick(r, FIRST)} ${pick(r, FIRST)} ${last}`, isoDay(start, Math.floor(r() * days) - 365), staff[inst]!.inst, pick(r, ['Solstuen', 'Månestuen', 'Stjernestuen', 'Myretuen']), r() < 0.08 ? 1 : 0, now);
      const parents = [0, 1].map(() => person(`${pick(r, FIRST)} ${last}`, 'foraelder', ''));
      for (const p of parents) insGuardian.run(id, p, 'forælder');
      const consent = r() < 0.5;
      if (consent) {
        for (const p of parents) {
          insConsent.run(randomUUID(), id, p, isoDay(start, Math.floor(r() * days)), now);
          counts.consents!++;
        }
      }
      children.push({ id, inst, parents, consent });
      counts.children!++;
    }
  })();

  const mix: [string, number][] = [
    ['ressourceteammoede', 0.4],
    ['dialogmoede', 0.25],
    ['netvaerksmoede', 0.1],
    ['overgang-boernehave-skole', 0.1],
    ['overgang-dagpleje-boernehave', 0.1],
    ['distriktsmoede', 0.05],
  ];
  const chooseTemplate = () => {
    let x = r();
    for (const [id, w] of mix) if ((x -= w) < 0) return id;
    return 'dialogmoede';
  };
  const today = '2026-11-23';
  const info: FixtureInfo = { meeting15: '', meeting60: '', overgang: '', itemForAutosave: '', anonItemForAutosave: '', childWithHistory: '', busiestOwner: '', searchTerms: ['æbleskiver', 'aflevering', 'søvn sprog', 'Kjærbæk', 'garderoben'], counts };
  // Meetings are written in date order, as a kommune creates them over the years (search ranks the newest first).
  const meetingDays = Array.from({ length: size.meetings }, () => Math.floor(r() * days)).sort((a, b) => a - b);
  const BATCH = 500;
  for (let b = 0; b < size.meetings; b += BATCH) {
    db.transaction(() => {
      for (let k = b; k < Math.min(size.meetings, b + BATCH); k++) {
        const tid = k === 0 || k === 1 ? 'ressourceteammoede' : k === 2 ? 'overgang-boernehave-skole' : chooseTemplate();
        const t = templates[tid]!;
        const inst = staff[Math.floor(r() * staff.length)]!;
        const date = k < 3 ? isoDay(Date.UTC(2026, 10, 2), 0) : isoDay(start, meetingDays[k]!);
        const held = date < today;
        const childOf = () => {
          const c = children[Math.floor(r() * children.length)]!;
          return c;
        };
        const main = t.childScope === 'et_barn' ? childOf() : null;
        const id = randomUUID();
        // The three meetings the benchmark opens and exports are running (or held, for the overgangsmøde).
        const status = k === 0 || k === 1 ? 'i_gang' : k === 2 ? 'afholdt' : held ? (r() < 0.85 ? 'godkendt' : 'afholdt') : 'planlagt';
        insMeeting.run({ id, tid, json: json[tid]!, tname: meetingTitle(t), type: t.type, title: meetingTitle(t), date, start: '09:00', end: '11:00', place: inst.inst, status, chair: inst.leader, referent: inst.referent, child: main?.id ?? null, now });
        counts.meetings!++;
        const people = [inst.leader, inst.referent, pick(r, inst.paedagoger), pick(r, shared['sundhedsplejerske']!), pick(r, shared['ppr_psykolog']!), pick(r, shared['distriktsraadgiver']!)];
        if (main) people.push(...main.parents);
        [...new Set(people)].forEach((p, i) => insPart.run(randomUUID(), id, p, i === 0 ? 'dagtilbudsleder' : 'andet', held ? 'til_stede' : 'forventet', i));
        const items: { title: string; kind: string; child: string | null; anon: string | null; key: string | null }[] = t.agenda.map((a) => ({ title: a.title, kind: a.kind, child: null, anon: null, key: a.key }));
        if (t.childScope === 'flere_boern') {
          const extra = k === 0 ? 15 - items.length : k === 1 ? 60 - items.length : 6 + Math.floor(r() * 4);
          for (let x = 0; x < extra; x++) items.splice(items.length - 1, 0, { title: 'Barn', kind: (k === 0 && x === 0) || r() < 0.1 ? 'anonym' : 'barn', child: null, anon: null, key: null });
          for (const it of items) {
            if (it.kind === 'barn') {
              const c = childOf();
              it.child = c.consent ? c.id : null;
            }
            if (it.kind === 'anonym') it.anon = `Barn, ${2 + Math.floor(r() * 4)} år`;
          }
        }
        // A held meeting's referat is approved (and mostly sealed) as its history is written: search then holds the
        // approved text from the start, as after the app's approval, and the live rows written next are not indexed
        // first only to be taken out again (that cost a kommune's worth of index deletes).
        if (held && k > 2) {
          const vid = randomUUID();
          const sealed = r() < 0.85;
          // A body of the shape the app stores (ReferatBodySchema), so any of these meetings can be opened and exported.
          const body = JSON.stringify({
            organisation: 'Børne- og Ungeforvaltningen', unit: inst.inst, meetingName: meetingTitle(t), date, startTime: '09:00', endTime: '11:00', place: inst.inst,
            deltagere: [{ name: 'Leder', initials: 'LH', role: 'Dagtilbudsleder', referent: false, consultative: false }], afbud: [], fravaerende: [], bemaerk: '', phases: [], showRoles: true,
            items: items.map((it, i) => ({
              number: i + 1, title: it.title, ownerInitials: null, ownerName: null, childId: it.child, childLabel: it.anon, anonymous: it.kind === 'anonym', purpose: [], guests: [],
              text: sentence(r, 14), sections: [], decisions: [], outcome: null, followups: [],
            })),
          });
          insVersion.run(vid, id, 'godkendt', body, `TH-${date.replace(/-/g, '')}-${id.slice(0, 8).toUpperCase()}-v1`, now, 'Leder', sealed ? now : null, sealed ? 'f'.repeat(64) : null, now);
          // Signatures go on the approved version, which is then sealed – the app's own order (a sealed one takes no more).
          if (sealed) {
            insSig.run(randomUUID(), vid, 'Mødeleder', 'Leder', png, now);
            counts.signatures!++;
            sealVersion.run(vid);
          }
        }
        let firstItem = '';
        let anonItem = '';
        items.forEach((it, pos) => {
          const iid = randomUUID();
          if (pos === 1) firstItem = iid;
          if (it.kind === 'anonym' && !anonItem) anonItem = iid;
          const notes = held ? `${sentence(r, 12)} ${sentence(r, 9)}` : '';
          insItem.run({ id: iid, mid: id, pos, key: it.key, kind: it.kind, title: it.title, min: 10, child: it.child ?? (t.childScope === 'et_barn' ? null : null), anon: it.anon, notes, outcome: it.child && held ? 'foelg_op_naeste_moede' : null, basis: it.child ? 'samtykke' : null, now });
          counts.items!++;
          if (held && r() < 0.5) {
            insDecision.run(randomUUID(), iid, sentence(r, 10), now);
            counts.decisions!++;
          }
          if (held && r() < 0.2) {
            insFollowup.run(randomUUID(), id, iid, it.child ?? main?.id ?? null, inst.leader, 'LH', sentence(r, 6), isoDay(start, Math.floor(r() * days)), r() < 0.7 ? 'lukket' : 'aaben', now);
            counts.followups!++;
          }
        });
        if (k === 0) {
          info.meeting15 = id;
          info.itemForAutosave = firstItem;
          info.anonItemForAutosave = anonItem;
        }
        if (k === 1) info.meeting60 = id;
        if (k === 2) info.overgang = id;
      }
    })();
  }
  const busiest = db.prepare('SELECT child_id FROM agenda_items WHERE child_id IS NOT NULL GROUP BY child_id ORDER BY count(*) DESC, child_id LIMIT 1').get() as { child_id: string } | undefined;
  info.childWithHistory = busiest?.child_id ?? children[0]!.id;
  const owner = db.prepare("SELECT owner_person_id FROM followups WHERE status = 'aaben' GROUP BY owner_person_id ORDER BY count(*) DESC, owner_person_id LIMIT 1").pluck().get() as string | undefined;
  info.busiestOwner = owner ?? staff[0]!.leader;
  return info;
}
