import type { Core, Dialogs } from '../app/core';
import { todayIso } from '../context';
import { writeFileAtomic } from '../files';
import { auditExportText } from '../../../shared/text/historyTruth';
import { audit, AUDIT_ACTIONS, auditJsonLines, listAudit } from './auditLog';
import { checkAuditChain } from './auditAnchor';
import { auditHtml } from './auditReadable';

/** The audit view: the newest entries with their Danish labels, the chain checked now and at start. */
export function auditView(core: Core, limit: number) {
  const chain = checkAuditChain(core.db);
  return {
    entries: listAudit(core.db, { limit }).map((e) => ({
      seq: e.seq,
      at: e.at,
      actor: e.actor,
      action: e.action,
      actionLabel: (AUDIT_ACTIONS as Record<string, string>)[e.action] ?? e.action,
      entityType: e.entityType,
      summary: e.summary,
    })),
    chain,
    atStart: core.auditAtStart,
  };
}

/** Writes the file the user chose and logs the export; null when the dialog was cancelled. */
async function exportTo(core: Core, dialog: Parameters<Dialogs['saveFile']>[0], body: () => string, logged: string) {
  const path = await core.opts.dialogs.saveFile(dialog);
  if (!path) return null;
  const data = Buffer.from(body(), 'utf8');
  writeFileAtomic(path, data);
  core.db.transaction(() => audit(core, 'audit.export', 'audit', null, logged))();
  return { path, bytes: data.length };
}

/** The revisionslog as JSON lines, one entry a line, for the kommune's own tools. */
export function exportAuditJsonl(core: Core) {
  return exportTo(
    core,
    { title: auditExportText.jsonlDialogTitle, defaultName: 'tovholder-revisionslog.jsonl', filters: [{ name: auditExportText.jsonlFilter, extensions: ['jsonl'] }] },
    () => auditJsonLines(core.db),
    auditExportText.loggedJsonl,
  );
}

/** The revisionslog as a readable Danish HTML page. */
export function exportAuditHtml(core: Core) {
  return exportTo(
    core,
    { title: auditExportText.dialogTitle, defaultName: `tovholder-revisionslog-${todayIso(core)}.html`, filters: [{ name: auditExportText.htmlFilter, extensions: ['html'] }] },
    () => auditHtml(core.db, { at: core.now(), by: core.actor() }).html,
    auditExportText.logged,
  );
}
