import type { Migration } from '../types';

/**
 * Search finds what was decided, not what was typed (issue 11, item 7). Once a meeting's referat is approved, the
 * index holds the text of its newest approved or sealed version – one row per referat item (text, sections,
 * decisions, outcome, follow-ups), kind `referat` (`anonym` for an anonymous item, still without a child), keyed
 * `referat:<meeting>:<number>` – instead of the live notes, decisions and follow-ups, which can differ from what
 * was approved. A correction („Ret referatet") changes the live rows but not what search shows, until the
 * correction is approved; withdrawing an approval puts the live rows back. The overgangsskema is searchable: live as
 * kind `overgangsskema` (`form:<meeting>:overgangsskema`), and from the approved referat once there is one. CPR
 * number and birth date are not indexed.
 *
 * Same design as 0060: every row has a fixed FTS rowid in `search_keys`; live rows keep their keys while hidden, so
 * putting them back costs no new keys. Follow-ups are editable (issue 11, item 3), so their text is kept current too.
 */
const KEY = (ref: string): string => `(SELECT fts_rowid FROM search_keys WHERE entity_id = ${ref})`;
const ENSURE = (ref: string): string => `INSERT INTO search_keys (entity_id) VALUES (${ref}) ON CONFLICT DO NOTHING;`;
const FORGET = (ref: string): string => `DELETE FROM search_index WHERE rowid = ${KEY(ref)}; DELETE FROM search_keys WHERE entity_id = ${ref};`;
const COLS = 'search_index (rowid, kind, entity_id, meeting_id, child_id, title, body)';

/** The meeting has an approved or sealed referat version: search shows that, not the live rows. */
const APPROVED = (m: string): string => `EXISTS (SELECT 1 FROM referat_versions WHERE meeting_id = ${m} AND status IN ('godkendt', 'forseglet'))`;

const ITEM_ROW = (i: string): string => `CASE WHEN ${i}.kind = 'anonym' THEN 'anonym' ELSE 'punkt' END, ${i}.id, ${i}.meeting_id, ${i}.child_id,
                coalesce(${i}.anon_label, ${i}.title), ${i}.notes || ' ' || ${i}.description || ' ' || ${i}.outcome_note`;
/** The words of an overgangsskema (JSON), without codes, CPR number or birth date. */
const FORM_TEXT = (json: string, path: string): string =>
  `(SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(${json}, '${path}') WHERE type = 'text' AND key NOT IN ('cpr', 'birthDate', 'basis', 'dimension', 'level'))`;
const FORM_ID = (m: string): string => `'form:' || ${m} || ':overgangsskema'`;

/** Every row for meeting `m` as it should be now: the approved referat's, or the live ones. Run after a change to its referat. */
export function reindexMeetingSql(m: string): string {
  const lo = `'referat:' || ${m} || ':'`;
  const hi = `'referat:' || ${m} || ';'`;
  const latest = `(SELECT body FROM referat_versions WHERE meeting_id = ${m} AND status IN ('godkendt', 'forseglet') ORDER BY version DESC LIMIT 1)`;
  const itemBody = `coalesce(json_extract(it.value, '$.text'), '')
      || ' ' || (SELECT coalesce(group_concat(json_extract(s.value, '$.text'), ' '), '') FROM json_each(it.value, '$.sections') s)
      || ' ' || (SELECT coalesce(group_concat(d.value, ' '), '') FROM json_each(it.value, '$.decisions') d)
      || ' ' || coalesce(json_extract(it.value, '$.outcome'), '')
      || ' ' || (SELECT coalesce(group_concat(json_extract(f.value, '$.text'), ' '), '') FROM json_each(it.value, '$.followups') f)`;
  return `
    DELETE FROM search_index WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE entity_id >= ${lo} AND entity_id < ${hi});
    DELETE FROM search_keys WHERE entity_id >= ${lo} AND entity_id < ${hi};
    DELETE FROM search_index WHERE rowid IN (SELECT k.fts_rowid FROM agenda_items i JOIN search_keys k ON k.entity_id = i.id WHERE i.meeting_id = ${m});
    DELETE FROM search_index WHERE rowid IN (SELECT k.fts_rowid FROM agenda_items i JOIN decisions d ON d.item_id = i.id JOIN search_keys k ON k.entity_id = d.id WHERE i.meeting_id = ${m});
    DELETE FROM search_index WHERE rowid IN (SELECT k.fts_rowid FROM followups f JOIN search_keys k ON k.entity_id = f.id WHERE f.meeting_id = ${m});
    DELETE FROM search_index WHERE rowid = ${KEY(FORM_ID(m))};

    -- Approved: the newest approved or sealed version's text.
    INSERT INTO search_keys (entity_id)
      SELECT ${lo} || json_extract(it.value, '$.number') FROM json_each(${latest}, '$.items') it WHERE ${APPROVED(m)}
      UNION ALL SELECT ${lo} || 'overgangsskema' WHERE ${APPROVED(m)} AND json_type(${latest}, '$.transition') IS NOT NULL
      ON CONFLICT DO NOTHING;
    INSERT INTO ${COLS}
      SELECT ${KEY(`${lo} || json_extract(it.value, '$.number')`)},
             CASE WHEN json_extract(it.value, '$.anonymous') THEN 'anonym' ELSE 'referat' END,
             ${lo} || json_extract(it.value, '$.number'), ${m},
             CASE WHEN json_extract(it.value, '$.anonymous') THEN NULL ELSE json_extract(it.value, '$.childId') END,
             CASE WHEN json_extract(it.value, '$.anonymous') THEN coalesce(json_extract(it.value, '$.childLabel'), json_extract(it.value, '$.title')) ELSE json_extract(it.value, '$.title') END,
             ${itemBody}
        FROM json_each(${latest}, '$.items') it WHERE ${APPROVED(m)};
    INSERT INTO ${COLS}
      SELECT ${KEY(`${lo} || 'overgangsskema'`)}, 'overgangsskema', ${lo} || 'overgangsskema', ${m}, (SELECT child_id FROM meetings WHERE id = ${m}),
             'Overgangsskema', ${FORM_TEXT(latest, '$.transition')}
       WHERE ${APPROVED(m)} AND json_type(${latest}, '$.transition') IS NOT NULL;

    -- Not approved, or no longer: the live rows, under the keys they had.
    INSERT INTO search_keys (entity_id)
      SELECT id FROM agenda_items WHERE meeting_id = ${m} AND NOT ${APPROVED(m)}
      UNION ALL SELECT d.id FROM decisions d JOIN agenda_items i ON i.id = d.item_id WHERE i.meeting_id = ${m} AND NOT ${APPROVED(m)}
      UNION ALL SELECT id FROM followups WHERE meeting_id = ${m} AND NOT ${APPROVED(m)}
      UNION ALL SELECT ${FORM_ID('meeting_id')} FROM meeting_forms WHERE meeting_id = ${m} AND kind = 'overgangsskema' AND NOT ${APPROVED(m)}
      ON CONFLICT DO NOTHING;
    INSERT INTO ${COLS}
      SELECT ${KEY('i.id')}, ${ITEM_ROW('i')} FROM agenda_items i WHERE i.meeting_id = ${m} AND NOT ${APPROVED(m)};
    INSERT INTO ${COLS}
      SELECT ${KEY('d.id')}, 'beslutning', d.id, i.meeting_id, i.child_id, i.title, d.text
        FROM decisions d JOIN agenda_items i ON i.id = d.item_id WHERE i.meeting_id = ${m} AND NOT ${APPROVED(m)};
    INSERT INTO ${COLS}
      SELECT ${KEY('f.id')}, 'opfoelgning', f.id, f.meeting_id, f.child_id, f.owner_initials, f.text FROM followups f WHERE f.meeting_id = ${m} AND NOT ${APPROVED(m)};
    INSERT INTO ${COLS}
      SELECT ${KEY(FORM_ID('f.meeting_id'))}, 'overgangsskema', ${FORM_ID('f.meeting_id')}, f.meeting_id, (SELECT child_id FROM meetings WHERE id = f.meeting_id),
             'Overgangsskema', ${FORM_TEXT('f.data', '$')}
        FROM meeting_forms f WHERE f.meeting_id = ${m} AND f.kind = 'overgangsskema' AND NOT ${APPROVED(m)};
  `;
}

const DECISION_MEETING = '(SELECT meeting_id FROM agenda_items WHERE id = NEW.item_id)';

export const migration0141: Migration = {
  version: 141,
  name: 'search-approved-referat',
  up(db) {
    db.exec(`
      DROP TRIGGER search_items_ai; DROP TRIGGER search_items_au;
      DROP TRIGGER search_decisions_ai; DROP TRIGGER search_decisions_au;
      DROP TRIGGER search_followups_ai;

      CREATE TRIGGER search_items_ai AFTER INSERT ON agenda_items WHEN NOT ${APPROVED('NEW.meeting_id')} BEGIN
        ${ENSURE('NEW.id')}
        INSERT INTO ${COLS} VALUES (${KEY('NEW.id')}, ${ITEM_ROW('NEW')});
      END;
      CREATE TRIGGER search_items_au AFTER UPDATE OF title, notes, description, outcome_note, child_id, kind, anon_label ON agenda_items
        WHEN NOT ${APPROVED('NEW.meeting_id')} BEGIN
        ${ENSURE('NEW.id')}
        DELETE FROM search_index WHERE rowid = ${KEY('OLD.id')};
        INSERT INTO ${COLS} VALUES (${KEY('NEW.id')}, ${ITEM_ROW('NEW')});
      END;

      CREATE TRIGGER search_decisions_ai AFTER INSERT ON decisions WHEN NOT ${APPROVED(DECISION_MEETING)} BEGIN
        ${ENSURE('NEW.id')}
        INSERT INTO ${COLS}
          SELECT ${KEY('NEW.id')}, 'beslutning', NEW.id, i.meeting_id, i.child_id, i.title, NEW.text FROM agenda_items i WHERE i.id = NEW.item_id;
      END;
      CREATE TRIGGER search_decisions_au AFTER UPDATE OF text ON decisions WHEN NOT ${APPROVED(DECISION_MEETING)} BEGIN
        UPDATE search_index SET body = NEW.text WHERE rowid = ${KEY('NEW.id')};
      END;

      CREATE TRIGGER search_followups_ai AFTER INSERT ON followups WHEN NOT ${APPROVED('NEW.meeting_id')} BEGIN
        ${ENSURE('NEW.id')}
        INSERT INTO ${COLS} VALUES (${KEY('NEW.id')}, 'opfoelgning', NEW.id, NEW.meeting_id, NEW.child_id, NEW.owner_initials, NEW.text);
      END;
      CREATE TRIGGER search_followups_au AFTER UPDATE OF text, owner_initials, child_id ON followups WHEN NOT ${APPROVED('NEW.meeting_id')} BEGIN
        ${ENSURE('NEW.id')}
        DELETE FROM search_index WHERE rowid = ${KEY('OLD.id')};
        INSERT INTO ${COLS} VALUES (${KEY('NEW.id')}, 'opfoelgning', NEW.id, NEW.meeting_id, NEW.child_id, NEW.owner_initials, NEW.text);
      END;

      CREATE TRIGGER search_forms_ai AFTER INSERT ON meeting_forms WHEN NEW.kind = 'overgangsskema' AND NOT ${APPROVED('NEW.meeting_id')} BEGIN
        ${ENSURE(FORM_ID('NEW.meeting_id'))}
        INSERT INTO ${COLS} VALUES (${KEY(FORM_ID('NEW.meeting_id'))}, 'overgangsskema', ${FORM_ID('NEW.meeting_id')}, NEW.meeting_id,
          (SELECT child_id FROM meetings WHERE id = NEW.meeting_id), 'Overgangsskema', ${FORM_TEXT('NEW.data', '$')});
      END;
      CREATE TRIGGER search_forms_au AFTER UPDATE OF data ON meeting_forms WHEN NEW.kind = 'overgangsskema' AND NOT ${APPROVED('NEW.meeting_id')} BEGIN
        ${ENSURE(FORM_ID('NEW.meeting_id'))}
        DELETE FROM search_index WHERE rowid = ${KEY(FORM_ID('NEW.meeting_id'))};
        INSERT INTO ${COLS} VALUES (${KEY(FORM_ID('NEW.meeting_id'))}, 'overgangsskema', ${FORM_ID('NEW.meeting_id')}, NEW.meeting_id,
          (SELECT child_id FROM meetings WHERE id = NEW.meeting_id), 'Overgangsskema', ${FORM_TEXT('NEW.data', '$')});
      END;
      CREATE TRIGGER search_forms_ad AFTER DELETE ON meeting_forms WHEN OLD.kind = 'overgangsskema' BEGIN
        ${FORGET(FORM_ID('OLD.meeting_id'))}
      END;

      -- Approving, withdrawing, sealing, correcting, redacting: the meeting's rows follow its referat.
      CREATE TRIGGER search_referat_au AFTER UPDATE OF status, body ON referat_versions BEGIN
        ${reindexMeetingSql('NEW.meeting_id')}
      END;
      CREATE TRIGGER search_referat_ai AFTER INSERT ON referat_versions WHEN NEW.status IN ('godkendt', 'forseglet') BEGIN
        ${reindexMeetingSql('NEW.meeting_id')}
      END;
      CREATE TRIGGER search_referat_ad AFTER DELETE ON referat_versions BEGIN
        DELETE FROM search_index WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE entity_id >= 'referat:' || OLD.meeting_id || ':' AND entity_id < 'referat:' || OLD.meeting_id || ';');
        DELETE FROM search_keys WHERE entity_id >= 'referat:' || OLD.meeting_id || ':' AND entity_id < 'referat:' || OLD.meeting_id || ';';
      END;
    `);
    // Index what is there: every meeting with an approved referat or an overgangsskema, once.
    const ids = db
      .prepare(
        `SELECT meeting_id FROM referat_versions WHERE status IN ('godkendt', 'forseglet')
         UNION SELECT meeting_id FROM meeting_forms WHERE kind = 'overgangsskema'`,
      )
      .pluck()
      .all() as string[];
    for (const id of ids) db.exec(reindexMeetingSql(`'${id.replace(/'/g, "''")}'`));
  },
};
