/**
 * Danish words for digital signatures (issue 20): signing identities, signed Word and PDF files and the check of a
 * signed file. Honest words only: a local or kommune certificate is a digital signature, never a qualified one.
 */

/** Every signing identity made in Tovholder carries this label, in the certificate and on the screen. */
export const LOCAL_CERTIFICATE_LABEL = 'lokalt certifikat';

export const signingText = {
  /** The one short paragraph on the signature page and in the app: what the signature proves, and the way to more. */
  meaning:
    'Digital signatur: Filen er signeret med de certifikater, der er nævnt her. Signaturen viser, hvem der signerede, med hvilket certifikat, og at filen ikke er ændret siden. Den er lavet af Tovholder, ikke gennem NemLog-in eller en signeringstjeneste. Kræver modtageren det, så gem dokumentet med „Gem som PDF uden signatur“ og lad underskriverne signere PDF-filen dér.',
  /** The subject's organisational unit in a certificate Tovholder makes. */
  localSubjectUnit: `Tovholder – ${LOCAL_CERTIFICATE_LABEL}`,
  identity: {
    noProfile: 'Udfyld „Min profil“ (navn og rolle) først – certifikatet bygger på dit navn, din rolle og din arbejdsplads.',
    personMissing: 'Personen findes ikke (længere). Vælg en person fra kartoteket.',
    fileUnreadable: 'Filen kunne ikke læses. Vælg en .p12- eller .pfx-fil fra kommunen.',
    notP12: (file: string) => `„${file}“ er ikke en .p12/.pfx-certifikatfil. Vælg den fil med certifikat og nøgle, kommunen har udleveret.`,
    wrongPassword: (file: string) => `Adgangskoden til „${file}“ er forkert. Skriv den adgangskode, der hører til certifikatfilen (spørg kommunens it-afdeling, hvis du ikke har den). Intet er ændret.`,
    noKey: (file: string) => `„${file}“ indeholder ikke både et certifikat og den private nøgle. Bed kommunen om en .p12/.pfx-fil med nøglen. Intet er ændret.`,
    keyMismatch: (file: string) => `Nøglen i „${file}“ passer ikke til certifikatet. Bed kommunen om en ny fil. Intet er ændret.`,
    expired: (file: string, until: string) => `Certifikatet i „${file}“ udløb ${until}. Et udløbet certifikat kan ikke bruges til at signere. Bed kommunen om et nyt certifikat. Intet er ændret.`,
    notYetValid: (file: string, from: string) => `Certifikatet i „${file}“ gælder først fra ${from}. Prøv igen fra den dato, eller bed kommunen om et gyldigt certifikat. Intet er ændret.`,
    unsupportedKey: (file: string) => `Nøgletypen i „${file}“ kan ikke bruges (kun RSA og EC). Bed kommunen om et andet certifikat. Intet er ændret.`,
    notFound: 'Signeringsidentiteten findes ikke (længere).',
    exportTitle: 'Gem offentligt certifikat',
    importTitle: 'Vælg certifikatfil (.p12 eller .pfx)',
    importFilter: 'Certifikat med nøgle',
    /** The audit detail when an identity is made or read in; the certificate's fingerprint follows. */
    auditCreatedLocal: 'Oprettede lokalt certifikat',
    auditImported: 'Indlæste certifikat',
  },
  sign: {
    comment: (documentId: string) => `Tovholder-dokument ${documentId}`,
    noIdentityWarning:
      'Dokumentet er ikke digitalt signeret: hverken mødelederen eller du har en signeringsidentitet i denne Tovholder. Opret en under Indstillinger → Signering, og eksportér igen.',
    pdfReason: (documentId: string) => `Forseglet Tovholder-dokument ${documentId}`,
  },
  page: {
    heading: 'Digitale signaturer',
    /** A row of the signature page's list: who signs the file digitally, and with what. */
    digitalRow: (name: string, subject: string, kind: string) => `${name}: digital signatur med ${kind} (${subject}).`,
    drawnRow: (name: string, method: string) => `${name}: ${method} på underskriftssiden; ingen digital signatur fra denne person.`,
    methodDrawn: 'tegnet underskrift',
    methodTyped: 'skrevet navn',
    chairSigns: (name: string) => `Filens digitale signatur for dokumentet som helhed er mødelederens (${name}).`,
    exporterSigns: (name: string) => `Mødelederen har ingen signeringsidentitet her; filen er signeret digitalt af ${name}, som gemte den.`,
    kindLocal: LOCAL_CERTIFICATE_LABEL,
    kindImported: 'certifikat fra kommunen',
  },
  /** The settings card „Signering“ and the check screen. */
  screen: {
    title: 'Signering',
    intro:
      'Når et dokument er forseglet, signeres Word-filen og PDF-filen digitalt med mødelederens certifikat (og hver underskrivers eget, hvis de har et her). Modtageren kan kontrollere signaturen i Word, Adobe Reader eller „Kontrollér dokument“ uden Tovholder.',
    none: 'Du har ingen signeringsidentitet endnu.',
    generate: 'Opret lokalt certifikat',
    importLabel: 'Indlæs certifikat fra kommunen (.p12/.pfx)',
    password: 'Adgangskode til certifikatfilen',
    importButton: 'Vælg fil og indlæs',
    exportButton: 'Gem offentligt certifikat',
    validity: (from: string, to: string) => `Gyldigt ${from} – ${to}`,
    fingerprint: 'SHA-256-fingeraftryk',
    trustedTitle: 'Kommunens betroede certifikater',
    trustedNone: 'Listen er tom. Den følger med indstillingsfilen, når kommunen deler sine indstillinger.',
    created: 'Signeringsidentiteten er klar.',
    verifySignatures: 'Digitale signaturer i filen',
    verifyNoSignatures: 'Filen har ingen digital signatur.',
    trustedYes: 'På kommunens liste',
    trustedNo: 'Ikke på kommunens liste',
    localMark: LOCAL_CERTIFICATE_LABEL,
  },
  check: {
    notSupported: (file: string) => `„${file}“ er hverken et Word-dokument (.docx) eller en PDF.`,
    noSignature: 'Filen har ingen digital signatur.',
    signatureValid: 'Signaturen er gyldig',
    signatureInvalid: 'Signaturen passer ikke til filen',
    unchanged: 'filen er uændret siden signeringen',
    changed: (parts: string) => `filen er ændret siden signeringen (${parts})`,
    trusted: 'certifikatet står på kommunens liste over betroede certifikater',
    untrusted: 'certifikatet står ikke på kommunens liste over betroede certifikater',
    local: ` (${LOCAL_CERTIFICATE_LABEL})`,
    notWholeFile: 'signaturen dækker ikke hele filen – der er tilføjet noget efter signeringen',
    summary: (signer: string, subject: string, at: string, state: string, trust: string) =>
      `Signeret af ${signer} ${at} med certifikatet „${subject}“: ${state}; ${trust}.`,
    unknownTime: '(tidspunkt ukendt)',
  },
  certificateFilter: 'Certifikat',
} as const;
