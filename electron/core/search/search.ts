import type { SearchResponse } from '../../../shared/schemas/case';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';
import { SEARCH_KIND_LABELS } from '../../../shared/text/auditText';
import { searchText } from '../../../shared/text/searchText';

const KIND_LABELS: Record<string, string> = { ...SEARCH_KIND_LABELS, referat: searchText.referat, overgangsskema: searchText.overgangsskema };

/** The words of what the user typed (at most eight), letters and digits only. */
export function queryWords(q: string): string[] {
  return q
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

/** Turns what the user typed into an FTS5 query: every word must occur, each as a prefix. Quotes are escaped. */
export function ftsQuery(q: string): string | null {
  const words = queryWords(q);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

/**
 * The passage around the first hit, about a dozen words, hits marked «like this» – what FTS5's snippet() gives,
 * computed for the fifty results shown rather than for every match that was ranked.
 */
export function makeSnippet(text: string, words: string[], size = 12): string {
  const prefixes = words.map((w) => w.toLowerCase());
  const tokens = [...text.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)];
  const isHit = (t: string) => prefixes.some((p) => t.toLowerCase().startsWith(p));
  const first = tokens.findIndex((t) => isHit(t[0]));
  if (first < 0) return tokens.length <= size ? text.trim() : `${text.slice(0, tokens[size]!.index).trim()} …`;
  const from = Math.max(0, Math.min(first - 3, tokens.length - size));
  const to = Math.min(tokens.length, from + size);
  let out = '';
  let pos = from === 0 ? 0 : tokens[from]!.index;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    out += text.slice(pos, t.index) + (isHit(t[0]) ? `«${t[0]}»` : t[0]);
    pos = t.index + t[0].length;
  }
  if (to === tokens.length) out += text.slice(pos);
  return `${from > 0 ? ' … ' : ''}${out.trim()}${to < tokens.length ? ' … ' : ''}`;
}

interface Row {
  kind: string;
  entity_id: string;
  meeting_id: string | null;
  child_id: string | null;
  title: string;
  body: string;
  meeting_title: string | null;
  meeting_date: string | null;
  child_name: string | null;
}

/**
 * How many of the newest matches are ranked by relevance. A word found in tens of thousands of notes (at kommune
 * scale, „aflevering" is in every fourth) would otherwise cost a relevance score for each; past this many, the best
 * among the newest are shown and the user is told to add a word. Index rowids follow creation order (0060).
 */
export const RANK_WINDOW = 2000;

/**
 * Full-text search over meetings, agenda items, decisions, follow-ups, overgangsskemaer and children (SQLite FTS5,
 * Danish letters kept). Once a referat is approved, its meeting is found by the approved (or corrected) text instead
 * of the live notes (migration 0141). An anonymous item is indexed without a child, so it can never be found through a child's name, and the
 * result never names a child for it.
 */
export function search(db: Db, q: string, limit = 50): SearchResponse {
  const query = ftsQuery(q);
  if (!query) return { results: [], narrowed: false };
  // One statement, as raw FTS5 would answer it (issue 17, like-for-like): the window is the newest RANK_WINDOW
  // matches – counted and bounded over one more than that, in SQLite, so no rowid list crosses into JavaScript; with
  // RANK_WINDOW + 1 of them the oldest is left out (`lo + 1`) and the search was narrowed. Ranked with bm25() itself,
  // not the rank column: only that honours the rowid bound (FTS5 sorts by rank over every match otherwise). Title
  // hits count four times body hits. Only the rowid and the score are sorted – bm25 needs the index, not the text –
  // and the text of the best is read by rowid afterwards. Then the meeting and child.
  const rows = stmt(
    db,
    `WITH win AS MATERIALIZED (
       SELECT count(*) AS n, min(r) AS lo FROM (SELECT rowid AS r FROM search_index WHERE search_index MATCH @q ORDER BY rowid DESC LIMIT @window + 1)),
     hits AS (
       SELECT rowid AS rid, bm25(search_index, 0, 0, 0, 0, 4.0, 1.0) AS score
         FROM search_index WHERE search_index MATCH @q AND rowid >= (SELECT lo + (n > @window) FROM win) ORDER BY score LIMIT @limit)
     SELECT s.kind, s.entity_id, s.meeting_id, s.child_id, s.title, s.body,
            m.title AS meeting_title, m.date AS meeting_date,
            CASE WHEN s.kind = 'anonym' THEN NULL ELSE c.name END AS child_name,
            (SELECT n FROM win) > @window AS narrowed
       FROM hits h
       CROSS JOIN search_index s ON s.rowid = h.rid
       LEFT JOIN meetings m ON m.id = s.meeting_id
       LEFT JOIN children c ON c.id = s.child_id
      ORDER BY h.score`,
  ).all({ q: query, window: RANK_WINDOW, limit }) as (Row & { narrowed: number })[];
  const narrowed = rows[0]?.narrowed === 1;
  const words = queryWords(q);
  const results = rows.map((r) => ({
    kind: r.kind,
    kindLabel: KIND_LABELS[r.kind] ?? r.kind,
    title: r.title,
    snippet: makeSnippet(r.body, words),
    meetingId: r.meeting_id,
    meetingTitle: r.meeting_title,
    meetingDate: r.meeting_date,
    childId: r.kind === 'anonym' ? null : r.child_id,
    childName: r.child_name,
  }));
  return { results, narrowed };
}
