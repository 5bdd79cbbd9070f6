import type { TestCore } from './core';

/**
 * A small fictitious dagtilbud (all names invented): staff, a district adviser, PPR, health visitor, and two
 * children with their parents. Used by unit, integration and e2e tests alike.
 */
export const FIXTURE = {
  leader: { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder' as const },
  pedLeader: { name: 'Jonas Vindelev', initials: 'JV', role: 'paedagogisk_leder' as const },
  paedagog: { name: 'Signe Ahlgreen', initials: 'SAh', role: 'paedagog' as const },
  primaer: { name: 'Mette Lundgaard', initials: 'ML', role: 'primaer_paedagog' as const },
  raadgiver: { name: 'Karim Østergaard', initials: 'KØ', role: 'distriktsraadgiver' as const, authorityRole: 'uden' as const },
  myndighed: { name: 'Lene Bøgh Dalsgaard', initials: 'LBD', role: 'myndighedssagsbehandler' as const },
  forebyggende: { name: 'Anders Fjordside', initials: 'AF', role: 'forebyggende_raadgiver' as const },
  psykolog: { name: 'Henriette van Dalen', initials: 'HvD', role: 'ppr_psykolog' as const },
  sundhed: { name: 'Ida Mørkhøj', initials: 'IM', role: 'sundhedsplejerske' as const },
  talehoere: { name: 'Rasmus Kjærbo', initials: 'RK', role: 'tale_hoere_konsulent' as const },
  bhpaedagog: { name: 'Camilla Fredsø', initials: 'CF', role: 'boernehavepaedagog' as const },
  skolepaedagog: { name: 'Thomas Engholm', initials: 'TE', role: 'skolepaedagog' as const },
  children: {
    aksel: { name: 'Aksel Nørregaard Holm', birthDate: '2021-05-14', institution: 'Børnehuset Solsikken', stue: 'Mariehønen' },
    freja: { name: 'Freja Ærø Vestergaard', birthDate: '2024-09-02', institution: 'Børnehuset Solsikken', stue: 'Myretuen' },
    malik: { name: 'Malik Bjerregaard Sørensen', birthDate: '2023-01-20', institution: 'Børnehuset Solsikken', stue: 'Mariehønen' },
  },
  parents: {
    aksel: [
      { name: 'Sofie Nørregaard', initials: 'SN' },
      { name: 'Peter Holm', initials: 'PH' },
    ],
    freja: [{ name: 'Nadia Vestergaard', initials: 'NV' }],
    malik: [{ name: 'Emma Bjerregaard', initials: 'EB' }],
  },
};

export type Seeded = Awaited<ReturnType<typeof seedFixture>>;

export async function seedFixture(tc: TestCore) {
  const person = async (p: { name: string; initials: string; role: never | string; authorityRole?: 'med' | 'uden' }) =>
    tc.call('person.save', {
      name: p.name,
      initials: p.initials,
      role: p.role as never,
      organisation: 'Testkommune',
      authority: 'Testkommune, Børn og Unge',
      email: '',
      phone: '',
      authorityRole: p.authorityRole ?? null,
    });
  const people = {
    leader: await person(FIXTURE.leader),
    pedLeader: await person(FIXTURE.pedLeader),
    paedagog: await person(FIXTURE.paedagog),
    primaer: await person(FIXTURE.primaer),
    raadgiver: await person(FIXTURE.raadgiver),
    myndighed: await person(FIXTURE.myndighed),
    forebyggende: await person(FIXTURE.forebyggende),
    psykolog: await person(FIXTURE.psykolog),
    sundhed: await person(FIXTURE.sundhed),
    talehoere: await person(FIXTURE.talehoere),
    bhpaedagog: await person(FIXTURE.bhpaedagog),
    skolepaedagog: await person(FIXTURE.skolepaedagog),
  };
  const child = async (key: keyof typeof FIXTURE.children, socialSag = false) => {
    const c = await tc.call('child.save', { ...FIXTURE.children[key], socialSag, cpr: null, language: 'dansk', tovholderPersonId: null });
    for (const p of FIXTURE.parents[key]) await tc.call('child.addGuardian', { childId: c.id, name: p.name, initials: p.initials, custody: true });
    return c;
  };
  const children = { aksel: await child('aksel'), freja: await child('freja'), malik: await child('malik', true) };
  // Aksel's and Freja's parents have consented to a ressourceteam discussion; Malik's have not.
  for (const c of [children.aksel, children.freja]) await giveConsent(tc, c.id);
  return { people, children };
}

export const RESSOURCETEAM_MEMBERS = ['Birgitte Skovmose', 'Anders Fjordside', 'Henriette van Dalen', 'Ida Mørkhøj', 'Jonas Vindelev', 'Mette Lundgaard'];

/** Both custody holders consent to the child being discussed in the ressourceteam. */
export async function giveConsent(tc: Pick<TestCore, 'call'>, childId: string, opts: { purpose?: 'tvaerfagligt_moede' | 'overgang' | 'videregivelse'; givenDate?: string; topics?: string[] } = {}) {
  const child = await tc.call('child.get', { id: childId });
  return tc.call('consent.record', {
    childId,
    guardianPersonIds: child.guardians.filter((g) => g.custody).map((g) => g.personId),
    purpose: opts.purpose ?? 'tvaerfagligt_moede',
    infoTypes: ['Trivsel og udvikling', 'Iagttagelser i dagtilbuddet'],
    recipients: [{ name: 'Ressourceteamet', authority: 'Testkommune' }],
    purposeText: 'Sparring om barnets trivsel',
    givenDate: opts.givenDate ?? '2026-10-01',
    obtainedBy: 'Birgitte Skovmose',
    participantsShown: RESSOURCETEAM_MEMBERS,
    topics: opts.topics ?? [],
    expires: null,
  });
}

/**
 * Text written about Freja in the retention tests (issue 13, item 2) – including an earlier version of her notes,
 * overwritten by autosave – which must be gone from every file once she is deleted after the kommune's period.
 */
export const FREJA_DELETED_TEXTS = [
  'Freja Ærø Vestergaard',
  'Nadia Vestergaard',
  'Freja vågner om natten og fortæller om Krokodillegården og morfar Thorvald',
  'Freja sover uroligt efter flytningen til Bøgelunden; hun savner Snehvidekatten',
  'Sundhedsplejersken vejer Freja og drøfter Pyjamasfesten med mor',
  'Ring til Nadia om Vandpytspringet',
];

/** The words of FREJA_DELETED_TEXTS, lower-cased. */
export function deletedWords(minLength = 3): string[] {
  return [...new Set(FREJA_DELETED_TEXTS.flatMap((t) => [...t.matchAll(/\p{L}+/gu)].map((m) => m[0].toLowerCase())))].filter((w) => w.length >= minLength);
}

/** The words of FREJA_DELETED_TEXTS that occur nowhere else in the test data (not templates, not other fixtures). */
export const FREJA_DISTINCT_WORDS = ['krokodillegården', 'thorvald', 'snehvidekatten', 'bøgelunden', 'pyjamasfesten', 'vandpytspringet'];
