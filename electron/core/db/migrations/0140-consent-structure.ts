import { PURPOSE_RECIPIENT_KINDS, type ConsentParticipantRef, type ConsentPurpose } from '../../../../shared/domain/consentRules';
import { ROLE_CODES, ROLE_LABELS } from '../../../../shared/domain/roles';
import type { Migration } from '../types';

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('da-DK').replace(/\s+/g, ' ').trim();

/**
 * Consents say structurally who the parents were told about and who the information may go to (issue 11, items 5
 * and 7). `participant_refs` holds the participants chosen as people (`{ kind: 'person', personId, name }`) or
 * catalogue roles (`{ kind: 'role', role }`); every recipient gets a `kind` that the purpose must cover.
 *
 * Consents recorded before stay readable: a free-text participant that is exactly a catalogue role (label or code)
 * or exactly one person's name in the directory becomes a reference; anything else stays as the text it was
 * (`participants_shown`), shown and matched as before. Recipients get their purpose's default kind.
 */
export const migration0140: Migration = {
  version: 140,
  name: 'consent-structure',
  up(db) {
    db.exec(`ALTER TABLE consents ADD COLUMN participant_refs TEXT NOT NULL DEFAULT '[]';`);
    const roles = new Map<string, (typeof ROLE_CODES)[number]>();
    for (const code of ROLE_CODES) {
      roles.set(fold(code), code);
      roles.set(fold(ROLE_LABELS[code]), code);
    }
    const people = db.prepare('SELECT id, name FROM people').all() as { id: string; name: string }[];
    const byName = new Map<string, { id: string; name: string }[]>();
    for (const p of people) byName.set(fold(p.name), [...(byName.get(fold(p.name)) ?? []), p]);

    const rows = db.prepare('SELECT id, purpose, recipients, participants_shown FROM consents').all() as {
      id: string;
      purpose: ConsentPurpose;
      recipients: string;
      participants_shown: string;
    }[];
    const update = db.prepare('UPDATE consents SET recipients = ?, participants_shown = ?, participant_refs = ? WHERE id = ?');
    for (const r of rows) {
      const kind = (PURPOSE_RECIPIENT_KINDS[r.purpose] ?? PURPOSE_RECIPIENT_KINDS.andet)[0];
      const recipients = (JSON.parse(r.recipients) as { name: string; authority: string; kind?: string }[]).map((x) => ({ kind: x.kind ?? kind, name: x.name, authority: x.authority }));
      const refs: ConsentParticipantRef[] = [];
      const rest: string[] = [];
      for (const line of JSON.parse(r.participants_shown) as string[]) {
        for (const part of line.split(/[,;]/).map((x) => x.trim()).filter(Boolean)) {
          const role = roles.get(fold(part));
          const persons = byName.get(fold(part)) ?? [];
          if (role && !refs.some((x) => x.kind === 'role' && x.role === role)) refs.push({ kind: 'role', role });
          else if (persons.length === 1 && !refs.some((x) => x.kind === 'person' && x.personId === persons[0]!.id)) refs.push({ kind: 'person', personId: persons[0]!.id, name: persons[0]!.name });
          else if (!role && persons.length !== 1) rest.push(part);
        }
      }
      update.run(JSON.stringify(recipients), JSON.stringify(rest), JSON.stringify(refs), r.id);
    }
  },
};
