import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0210 familieraadslagning-offer', () => {
  it('links an existing offer on an escalated meeting by its follow-up; leaves other meetings alone; removing the follow-up unlinks it', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 190) });
    const meeting = (id: string, escalatedFrom: string | null) =>
      old
        .prepare(
          `INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, place, status, escalated_from_id, created_at, updated_at)
           VALUES (?, 't', 1, '{}', 'T', 'x', 'Møde', '2026-12-03', '12:30', '14:00', '', 'planlagt', ?, 'x', 'x')`,
        )
        .run(id, escalatedFrom);
    meeting('dm', null);
    meeting('nv', 'dm');
    meeting('other', null);
    const followup = (id: string, meetingId: string, text: string) =>
      old
        .prepare("INSERT INTO followups (id, meeting_id, owner_initials, text, created_at) VALUES (?, ?, 'KØ', ?, 'x')")
        .run(id, meetingId, text);
    followup('f-word', 'nv', 'Spørg om familierådslagning er kendt');
    followup('f-offer', 'nv', 'Tilbyde familien en familierådslagning');
    followup('f-other', 'other', 'Tilbyde familien en familierådslagning');
    old.close();

    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 210) });
    expect(db.pragma('user_version', { simple: true })).toBe(210);
    const link = (id: string) => (db.prepare('SELECT familieraadslagning_followup_id AS f FROM meetings WHERE id = ?').get(id) as { f: string | null }).f;
    expect(link('nv')).toBe('f-offer');
    expect(link('other')).toBeNull();
    expect(link('dm')).toBeNull();
    db.exec("DELETE FROM followups WHERE id = 'f-offer'");
    expect(link('nv')).toBeNull();
    db.close();
  });
});
