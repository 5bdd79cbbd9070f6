import { formatTimestamp } from '../../../shared/format/danishDate';
import { auditExportText } from '../../../shared/text/historyTruth';
import type { Db } from '../db/types';
import { checkAuditChain } from './auditAnchor';
import { AUDIT_ACTIONS } from './auditLog';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The revisionslog as a page a person can read (issue 21, item 10): Danish, dates the Danish way in
 * Europe/Copenhagen, one row per entry, oldest first, and the result of the chain check at the top.
 */
export function auditHtml(db: Db, made: { at: Date; by: string }): { html: string; entries: number; chainOk: boolean } {
  const chain = checkAuditChain(db);
  const rows = db.prepare('SELECT seq, at, actor, action, summary FROM audit_log ORDER BY seq').all() as { seq: number; at: string; actor: string; action: string; summary: string }[];
  const c = auditExportText.columns;
  const body = rows
    .map(
      (r) =>
        `<tr><td>${r.seq}</td><td>${esc(formatTimestamp(r.at))}</td><td>${esc(r.actor)}</td><td>${esc((AUDIT_ACTIONS as Record<string, string>)[r.action] ?? r.action)}</td><td>${esc(r.summary)}</td></tr>`,
    )
    .join('\n');
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${esc(auditExportText.title)}</title>
<style>
body{font-family:Calibri,Carlito,sans-serif;margin:2rem;line-height:1.4;color:#1d2327}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #c3c8cc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f3}td:first-child{text-align:right;white-space:nowrap}td:nth-child(2){white-space:nowrap}
.kaede{padding:.6rem 1rem;border-left:.4rem solid;margin:1rem 0}.ok{border-color:#2e7d32;background:#edf7ee}.brudt{border-color:#a4221a;background:#fbeaea}
@media print{th{background:none}}
</style></head><body>
<h1>${esc(auditExportText.title)}</h1>
<section class="kaede ${chain.ok ? 'ok' : 'brudt'}" aria-labelledby="kaede-h"><h2 id="kaede-h">${esc(auditExportText.chainHeading)}</h2><p>${esc(chain.message)}</p></section>
<p>${esc(auditExportText.made(formatTimestamp(made.at.toISOString()), made.by))} ${esc(auditExportText.intro)}</p>
<table><thead><tr><th scope="col">${c.seq}</th><th scope="col">${c.at}</th><th scope="col">${c.actor}</th><th scope="col">${c.action}</th><th scope="col">${c.summary}</th></tr></thead>
<tbody>
${body}
</tbody></table>
</body></html>
`;
  return { html, entries: rows.length, chainOk: chain.ok };
}
