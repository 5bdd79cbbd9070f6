import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0190 outlook-dispatch', () => {
  it('adds the calendar identities and the e-mail drafts; one identity per meeting, a UID only once, drafts go with their meeting', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 130) });
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 190) });
    expect(db.pragma('user_version', { simple: true })).toBe(190);
    const put = db.prepare("INSERT INTO calendar_invitations (kind, subject_id, uid, sequence, sent_for, created_at, updated_at) VALUES (?, ?, ?, 0, '[]', 'x', 'x')");
    put.run('meeting', 'm1', 'u1@tovholder');
    expect(() => put.run('meeting', 'm1', 'u2@tovholder')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => put.run('series', 's1', 'u1@tovholder')).toThrow(/UNIQUE/);
    expect(() => put.run('year', 'y1', 'u3@tovholder')).toThrow(/CHECK/);

    db.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, place, status, created_at, updated_at)
             VALUES ('m1', 't', 1, '{}', 'T', 'x', 'Møde', '2026-12-03', '12:30', '14:00', '', 'planlagt', 'x', 'x')`);
    db.prepare(
      `INSERT INTO mail_drafts (id, meeting_id, kind, group_key, recipients, document_ids, subject, file_name, created_at, created_by)
       VALUES ('d1', 'm1', 'referat', 'deltagere', '[]', '[]', 'Referat – ressourceteammøde 3. december 2026', 'r.eml', 'x', 'y')`,
    ).run();
    expect(db.prepare("SELECT status FROM mail_drafts WHERE id = 'd1'").get()).toEqual({ status: 'aaben' });
    expect(() => db.prepare("UPDATE mail_drafts SET status = 'maaske' WHERE id = 'd1'").run()).toThrow(/CHECK/);
    db.exec("DELETE FROM meetings WHERE id = 'm1'");
    expect(db.prepare('SELECT count(*) AS n FROM mail_drafts').get()).toEqual({ n: 0 });
    db.close();
  });
});
