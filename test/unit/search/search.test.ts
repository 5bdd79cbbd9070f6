import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../electron/core/db/openDb';
import type { Db } from '../../../electron/core/db/types';
import { makeSnippet, RANK_WINDOW, search } from '../../../electron/core/search/search';
import { tempDir, testKey } from '../../helpers/core';

let db: Db;
beforeEach(() => {
  db = openDb({ file: join(tempDir(), 'search.db'), key: testKey() });
  db.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
           VALUES ('m1', 't', 1, '{}', 'T', 'ressourceteam', 'Ressourceteam', '2026-11-05', '13:00', '15:00', 'x', 'x')`);
});
afterEach(() => db.close());

function addItems(n: number, title: (i: number) => string, notes: (i: number) => string): void {
  const ins = db.prepare("INSERT INTO agenda_items (id, meeting_id, position, kind, title, notes, updated_at) VALUES (?, 'm1', ?, 'tema', ?, ?, 'x')");
  db.transaction(() => {
    for (let i = 0; i < n; i++) ins.run(`i${i}`, i, title(i), notes(i));
  })();
}

describe('search at kommune scale', () => {
  it('ranks every match while there are few: a title hit before body hits, wherever it is', () => {
    addItems(300, (i) => (i === 0 ? 'Aflevering om morgenen' : `Tema ${i}`), (i) => `Noter om aflevering og leg, runde ${i}.`);
    const r = search(db, 'aflevering');
    expect(r.narrowed).toBe(false);
    expect(r.results).toHaveLength(50);
    expect(r.results[0]!.title).toBe('Aflevering om morgenen'); // the oldest row, found by relevance
  });

  it('past the window, ranks the newest matches and says so; a narrower search ranks everything again', () => {
    addItems(RANK_WINDOW + 500, (i) => (i === 0 ? 'Aflevering om morgenen' : `Tema ${i}`), (i) => `Noter om aflevering${i % 100 === 0 ? ' og søvn' : ''}, runde ${i}.`);
    const r = search(db, 'aflevering');
    expect(r.narrowed).toBe(true);
    expect(r.results).toHaveLength(50);
    const rounds = r.results.map((h) => Number(/runde (\d+)/.exec(h.snippet.replace(/[«»]/g, ''))?.[1] ?? -1));
    expect(Math.min(...rounds)).toBeGreaterThanOrEqual(500); // only the newest RANK_WINDOW were ranked
    const narrow = search(db, 'aflevering søvn');
    expect(narrow.narrowed).toBe(false);
    expect(narrow.results).toHaveLength(25);
  });

  it('returns nothing, not an error, for nothing to search for', () => {
    expect(search(db, ' – ')).toEqual({ results: [], narrowed: false });
    expect(search(db, 'findesikke')).toEqual({ results: [], narrowed: false });
  });
});

describe('snippets', () => {
  it('marks the hits around the first one, with ellipses where text was cut', () => {
    const text = 'Mødet startede sent. Forældrene fortalte om aflevering om morgenen, som er svær, og om søvn, der er blevet bedre siden sommerferien, siger de.';
    expect(makeSnippet(text, ['aflever', 'SØVN'])).toBe(' … Forældrene fortalte om «aflevering» om morgenen, som er svær, og om «søvn» … ');
    expect(makeSnippet('Kort tekst om søvn.', ['søvn'])).toBe('Kort tekst om «søvn».');
    expect(makeSnippet('Intet træf her', ['æble'])).toBe('Intet træf her');
  });
});

// The window's edge, counted in one statement (issue 17): RANK_WINDOW matches are all ranked; one more and the
// oldest is left out and the search says it was narrowed. The oldest has the only title hit, so it would rank first.
describe('the window’s edge', () => {
  it('ranks exactly RANK_WINDOW matches whole, and leaves out the oldest of RANK_WINDOW + 1', () => {
    addItems(RANK_WINDOW, (i) => (i === 0 ? 'Aflevering om morgenen' : `Tema ${i}`), (i) => `Noter om aflevering, runde ${i}.`);
    const all = search(db, 'aflevering');
    expect(all.narrowed).toBe(false);
    expect(all.results[0]!.title).toBe('Aflevering om morgenen');
    db.prepare("INSERT INTO agenda_items (id, meeting_id, position, kind, title, notes, updated_at) VALUES ('ny', 'm1', 99999, 'tema', 'Tema ny', 'Noter om aflevering, runde ny.', 'x')").run();
    const narrowed = search(db, 'aflevering');
    expect(narrowed.narrowed).toBe(true);
    expect(narrowed.results).toHaveLength(50);
    expect(narrowed.results.map((r) => r.title)).not.toContain('Aflevering om morgenen');
  });
});
