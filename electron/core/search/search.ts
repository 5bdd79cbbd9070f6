import type { SearchResult } from '../../../shared/schemas/case';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';

const KIND_LABELS: Record<string, string> = {
  punkt: 'Punkt',
  anonym: 'Anonym drøftelse',
  beslutning: 'Beslutning',
  opfoelgning: 'Opfølgning',
  barn: 'Barn',
  moede: 'Møde',
};

/** Turns what the user typed into an FTS5 query: every word must occur, each as a prefix. Quotes are escaped. */
export function ftsQuery(q: string): string | null {
  const words = q
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

interface Row {
  kind: string;
  entity_id: string;
  meeting_id: string | null;
  child_id: string | null;
  title: string;
  snip: string;
  meeting_title: string | null;
  meeting_date: string | null;
  child_name: string | null;
}

/**
 * Full-text search over meetings, agenda items, decisions, follow-ups and children (SQLite FTS5, Danish letters
 * kept). An anonymous item is indexed without a child, so it can never be found through a child's name, and the
 * result never names a child for it.
 */
export function search(db: Db, q: string, limit = 50): SearchResult[] {
  const query = ftsQuery(q);
  if (!query) return [];
  const rows = stmt(
    db,
    `SELECT s.kind, s.entity_id, s.meeting_id, s.child_id, s.title,
            snippet(search_index, 5, '«', '»', ' … ', 12) AS snip,
            m.title AS meeting_title, m.date AS meeting_date,
            CASE WHEN s.kind = 'anonym' THEN NULL ELSE c.name END AS child_name
       FROM search_index s
       LEFT JOIN meetings m ON m.id = s.meeting_id
       LEFT JOIN children c ON c.id = s.child_id
      WHERE search_index MATCH @q
      ORDER BY bm25(search_index, 0, 0, 0, 0, 4.0, 1.0), m.date DESC
      LIMIT @limit`,
  ).all({ q: query, limit }) as Row[];
  return rows.map((r) => ({
    kind: r.kind,
    kindLabel: KIND_LABELS[r.kind] ?? r.kind,
    title: r.title,
    snippet: r.snip,
    meetingId: r.meeting_id,
    meetingTitle: r.meeting_title,
    meetingDate: r.meeting_date,
    childId: r.kind === 'anonym' ? null : r.child_id,
    childName: r.child_name,
  }));
}
