/**
 * Danish text for „Om Tovholder“ (Hjælp-menuen) and the IT policy file (issue 18): what the app is, where its data
 * lie, how they are protected, what the app never does over the network, and the licences it ships.
 */
export const aboutText = {
  title: 'Om Tovholder',
  intro: 'Strukturerede møder om små børn i dagtilbud. Alt gemmes lokalt på denne computer.',
  facts: {
    label: 'Fakta om denne installation',
    version: 'Version',
    buildDate: 'Bygget',
    dataFolder: 'Datamappe',
    dataFile: 'Datafil',
    schemaVersion: 'Databaseformat',
    schemaValue: (version: number) => `version ${version}`,
    encryption: 'Kryptering',
    keyProtection: 'Nøglen beskyttes af',
    licence: 'Tovholders licens',
    policy: 'IT-politik',
  },
  unknownBuildDate: 'ukendt (ikke bygget med npm run build)',
  encryption: 'SQLCipher 4 (AES-256 i CBC-tilstand, HMAC-SHA512 pr. side); nøglen er 256 bit og tilfældig.',
  protection: {
    os: 'styresystemets nøglering',
    passphrase: 'en adgangskode',
    'os+passphrase': 'styresystemets nøglering og en adgangskode',
    explicit: 'nøglen gives udefra (testbroen)',
  } as Record<'os' | 'passphrase' | 'os+passphrase' | 'explicit', string>,
  network: {
    label: 'Netværk',
    text: 'Tovholder henter aldrig opdateringer, sender aldrig fejlrapporter eller brugsdata og viser intet indhold fra internettet. Nye versioner installeres af kommunens IT-afdeling.',
  },
  thirdParty: {
    label: 'Tredjepartskomponenter',
    intro: (count: number) => `Tovholder indeholder ${count} komponenter fra andre. Licenserne er lavet ved bygningen ud fra programmets afhængigheder.`,
    missing: 'Licensoplysningerne mangler i denne udgave (bygget uden npm run build).',
    showText: (name: string) => `Vis licensteksten for ${name}`,
    textLabel: (name: string) => `Licenstekst for ${name}`,
    noText: 'Pakken indeholder ingen licensfil; licensen er angivet i dens package.json.',
  },
  close: 'Luk',
} as const;

/** The IT policy file: its state as „Om Tovholder“ shows it, and the messages it leaves in the audit log. */
export const policyText = {
  none: 'Ingen politikfil på denne computer.',
  applied: (file: string, parts: string[]) => (parts.length ? `Indlæst fra ${file}: ${parts.join(', ')}.` : `Indlæst fra ${file}.`),
  keptUser: (parts: string[]) => ` Brugerens egne valg er beholdt for: ${parts.join(', ')}.`,
  invalid: (file: string, message: string) => `Politikfilen ${file} bruges ikke: ${message}`,
  unreadable: 'filen kunne ikke læses. Intet er ændret.',
  tooLarge: 'Filen er for stor til at være en politikfil. Intet er ændret.',
  invalidPrefix: 'Politikfilen er ugyldig',
  sections: { organisation: 'organisation', kommune: 'kommunens regler', templatePacks: 'skabelonpakker' } as Record<'organisation' | 'kommune' | 'templatePacks', string>,
  auditApplied: (file: string, parts: string[]) => `IT-politik fra ${file}: ${parts.join(', ')}`,
  auditPack: (name: string, version: number) => `IT-politik: skabelonpakken „${name}“ version ${version} er lagt ind`,
  auditRejected: (file: string, message: string) => `Afviste IT-politikken ${file}: ${message}`,
} as const;
