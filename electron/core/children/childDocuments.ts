import type { Core } from '../app/core';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { buildDocument, type BuiltDocument } from '../exports/exportService';

/**
 * Every document Tovholder can produce about one child: the referat (or, for a meeting about several children,
 * only the child's excerpt), the overgangsskema and the handleplan. Used for the parents' access request and the
 * journaliseringspakke before deletion.
 */
export async function childDocuments(core: Core, childId: string): Promise<{ docs: BuiltDocument[]; skipped: string[] }> {
  const meetings = stmt(
    core.db,
    `SELECT DISTINCT m.id, m.child_id, m.title, m.date FROM meetings m
       JOIN referat_versions v ON v.meeting_id = m.id
      WHERE m.child_id = @c OR m.id IN (SELECT meeting_id FROM agenda_items WHERE child_id = @c)
      ORDER BY m.date`,
  ).all({ c: childId }) as { id: string; child_id: string | null; title: string; date: string }[];
  const docs: BuiltDocument[] = [];
  const skipped: string[] = [];
  for (const m of meetings) {
    const kinds = m.child_id === childId ? (['referat', 'overgangsskema', 'handleplan'] as const) : (['uddrag'] as const);
    for (const kind of kinds) {
      try {
        docs.push(await buildDocument(core, { meetingId: m.id, kind, childId }));
      } catch (err) {
        if (err instanceof AppError && err.code === 'TEMPLATE_RULE') continue;
        skipped.push(`${m.title} (${m.date}): ${err instanceof AppError ? err.message : 'kunne ikke laves'}`);
      }
    }
  }
  return { docs, skipped };
}
