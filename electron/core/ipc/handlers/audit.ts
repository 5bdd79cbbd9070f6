import type { Core } from '../../app/core';
import { auditView, exportAuditHtml, exportAuditJsonl } from '../../audit/auditExport';
import { deleteDueEverywhere, journalPackage, retentionCandidates } from '../../retention/retention';
import type { HandlerTable } from '../dispatch';

/** The revisionslog and retention (what is due for deletion, the journaliseringspakke, the deletion). */
export function auditHandlers(core: Core) {
  return {
    'audit.list': ({ limit }) => auditView(core, limit),
    'audit.export': () => exportAuditJsonl(core),
    'audit.exportHtml': () => exportAuditHtml(core),

    'retention.candidates': () => retentionCandidates(core),
    'retention.journalPackage': ({ childId, sagsnummer, kle }) => journalPackage(core, childId, { sagsnummer, kle }),
    'retention.delete': ({ childId, reason }) => deleteDueEverywhere(core, childId, reason),
  } satisfies Partial<HandlerTable>;
}
