import { describe, expect, it } from 'vitest';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { migration0010 } from '../../../../electron/core/db/migrations/0010-core-schema';
import { testKey } from '../../../helpers/core';

describe('migration 0010 core-schema', () => {
  const db = openDb({ file: ':memory:', key: testKey(), migrations: MIGRATIONS.filter((m) => m.version <= migration0010.version) });

  it('upgrades an empty database to version 10 with STRICT tables', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    const tables = (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[]).map((t) => t);
    for (const name of ['people', 'children', 'guardians', 'meetings', 'participants', 'agenda_items', 'decisions', 'followups', 'referat_versions', 'signatures', 'audit_log', 'settings']) {
      const t = tables.find((x) => x.name === name);
      expect(t, name).toBeDefined();
      expect(t!.sql).toMatch(/STRICT/);
    }
  });

  it('makes a sealed referat version immutable in the database itself', () => {
    db.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
             VALUES ('m1', 't', 1, '{}', 'T', 'dialogmoede', 'Møde', '2026-01-01', '09:00', '10:00', 'x', 'x')`);
    db.exec(`INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, created_at) VALUES ('v1', 'm1', 1, 'forseglet', '{}', 'TH-1', 'x')`);
    expect(() => db.exec("UPDATE referat_versions SET body = '{\"x\":1}' WHERE id = 'v1'")).toThrow(/SEALED/);
    expect(() => db.exec("DELETE FROM referat_versions WHERE id = 'v1'")).toThrow(/SEALED/);
    expect(() => db.exec("INSERT INTO signatures (id, referat_version_id, signer_label, name, method, signed_at) VALUES ('s', 'v1', 'Mødeleder', 'X', 'navn', 'x')")).toThrow(/SEALED/);
  });

  it('makes the audit log append-only', () => {
    db.exec("INSERT INTO audit_log (seq, at, actor, action, entity_type, summary, prev_hash, hash) VALUES (1, 'x', 'a', 'b', 'c', 'd', 'e', 'f')");
    expect(() => db.exec("UPDATE audit_log SET actor = 'z'")).toThrow(/APPEND_ONLY/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/APPEND_ONLY/);
  });

  it('enforces foreign keys', () => {
    expect(() => db.exec("INSERT INTO participants (id, meeting_id, person_id, role, position) VALUES ('p', 'nope', 'nobody', 'paedagog', 0)")).toThrow(/FOREIGN KEY/);
  });
});
