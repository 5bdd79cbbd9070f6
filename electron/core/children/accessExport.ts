import JSZip from 'jszip';
import { formatLongDate, formatTimestamp } from '../../../shared/format/danishDate';
import { CONSENT_PURPOSE_LABELS } from '../../../shared/domain/consentRules';
import type { Core } from '../app/core';
import { writeFileAtomic } from '../files';
import { audit } from '../audit/auditLog';
import { AppError } from '../errors';
import { t } from '../../../shared/text/da';
import { getCase, internalNoteCount } from './caseService';
import { internalNoteText, prepText } from '../../../shared/text/historyTruth';
import { preparationsForChild } from '../meetings/preparation';
import { EXPORT_KIND_LABELS } from '../../../shared/schemas/documents';
import { LINEALEN_SCALES } from '../../../shared/domain/scales';
import { childDocuments } from './childDocuments';
import { getChildRow } from './childrenRepo';
import { trivselWord } from '../../../shared/domain/scales';
import { suggestInitials } from '../../../shared/domain/initials';
import { todayIso } from '../context';
import { childText } from '../../../shared/text/childRecords';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const A = childText.access;
/** Timeline events that are the „mistanke om overgreb" marking and its reason: internal until the user decides. */
const ABUSE_EVENT = childText.timeline.abuseMarked;

export interface AccessChoices {
  includeAbuse: boolean;
  /** Internal notes and the professionals' preparations (issue 13, item 3). */
  includeInternal: boolean;
}

/**
 * The parents' access request (indsigt, PRODUCT-RESEARCH §3.7): one action, one file with everything Tovholder
 * holds about the child – the documents and a readable index, in Danish dates and the words each record was made with.
 */
export async function buildAccessExport(core: Core, childId: string, opts: AccessChoices = { includeAbuse: false, includeInternal: false }): Promise<{ zip: Buffer; files: number; skipped: string[] }> {
  const full = getCase(core, childId);
  const c = {
    ...full,
    timeline: full.timeline
      .filter((e) => opts.includeAbuse || !(e.kind === 'sag' && e.title === ABUSE_EVENT))
      // An internal note is left out; the contact itself stays (the parents know it took place).
      .map((e) => (e.internal && !opts.includeInternal ? { ...e, detail: '' } : e)),
    trivsel: full.trivsel.map((a) => (a.noteInternal && !opts.includeInternal ? { ...a, note: '' } : a)),
  };
  const preparations = opts.includeInternal ? preparationsForChild(core.db, childId) : [];
  const { docs, skipped } = await childDocuments(core, childId);
  const zip = new JSZip();
  const folder = zip.folder('dokumenter')!;
  for (const d of docs) folder.file(d.fileName, d.buffer);
  const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p>${A.none}</p>`);
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${esc(A.title(c.child.name))}</title>
<style>body{font-family:Calibri,Carlito,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.5}h1,h2{margin-top:1.5rem}</style></head><body>
<h1>${esc(A.heading(c.child.name))}</h1>
<p>${esc(A.handedOut(formatTimestamp(core.now().toISOString())))}</p>
<h2>${A.stamdata}</h2>${list([
    A.name(esc(c.child.name)),
    A.birthDate(esc(formatLongDate(c.child.birthDate))),
    A.institution(`${esc(c.child.institution)}${c.child.stue ? `, ${esc(c.child.stue)}` : ''}`),
    A.language(esc(c.child.language)),
    A.socialCase(!!c.child.socialSag),
    // The level is named with the scale it was given on – never read on the kommune's scale of today.
    ...(c.child.linealenLabel ? [A.linealen(`${esc(c.child.linealenLabel)}${c.child.linealenVariant ? ` (${esc(LINEALEN_SCALES[c.child.linealenVariant].name)})` : ''}`)] : []),
    ...(c.child.cpr ? [A.cpr(esc(c.child.cpr))] : []),
  ])}
<h2>${A.guardians}</h2>${list(c.child.guardians.map((g) => A.guardian(esc(g.name), !!g.custody)))}
<h2>${A.consents}</h2>${list(c.consents.map((x) => A.consent(esc(x.guardianName), esc(CONSENT_PURPOSE_LABELS[x.purpose]), esc(formatLongDate(x.givenDate)), esc(internalNoteText.consentStatus[x.status] ?? x.status))))}
<h2>${A.trivsel}</h2>${list(
    // Each assessment in the words it was recorded with – never the kommune's labels of today mixed in.
    c.trivsel.map(
      (a) =>
        `${A.assessment(esc(formatLongDate(a.date)), esc(a.overallLabel), esc(a.byName))}<ul>${a.dimensions
          .map((x) => `<li>${esc(x.dimension)}: ${x.level ? esc(trivselWord(a.labels, x.level)) : A.notAssessed}${x.text.trim() ? ` – ${esc(x.text.trim())}` : ''}</li>`)
          .join('')}${a.note.trim() ? `<li>${A.note(esc(a.note.trim()))}</li>` : ''}</ul>`,
    ),
  )}
<h2>${A.dispatches}</h2>${list(c.dispatches.map((d) => A.dispatch(esc(d.documentId), esc(d.recipient), esc(formatTimestamp(d.sentAt)))))}
<h2>${A.timeline}</h2>${list(c.timeline.map((e) => `${esc(formatTimestamp(e.at))}: ${esc(e.title)}${e.detail ? ` – ${esc(e.detail)}` : ''}`))}
${
  preparations.length
    ? `<h2>${esc(internalNoteText.preparationHeading)}</h2>${list(
        preparations.map(
          (p) =>
            `${esc(p.meetingTitle)}, ${esc(formatLongDate(p.date))} – ${esc(p.personName)}, ${esc(p.role)}<ul><li>${esc(prepText.level)}: ${esc(p.levelLabel ?? prepText.levelNone)}</li>${[
              [prepText.observed, p.observed],
              [prepText.tried, p.tried],
              [prepText.questions, p.questions],
            ]
              .filter(([, v]) => v!.trim())
              .map(([k, v]) => `<li>${esc(k!)} ${esc(v!.trim())}</li>`)
              .join('')}</ul>`,
        ),
      )}`
    : ''
}
<h2>${A.documents}</h2>${list(docs.map((d) => `dokumenter/${esc(d.fileName)} (${esc(EXPORT_KIND_LABELS[d.kind].toLowerCase())}, ${esc(d.documentId)})`))}
${skipped.length ? `<h2>${A.skipped}</h2>${list(skipped.map(esc))}` : ''}
</body></html>`;
  zip.file('indeks.html', html);
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { zip: buf, files: docs.length, skipped };
}

/** „indsigt-ANH-15-12-2026.zip“: whose (initials, not the name) and when (the Danish date of today). */
export function accessFileName(name: string, today: string): string {
  const [y, m, d] = today.split('-');
  return `indsigt-${suggestInitials(name).replace(/[^\p{L}]/gu, '') || 'barn'}-${d}-${m}-${y}.zip`;
}

/**
 * The parents' access package (issue 13, item 3). While the child is marked with „mistanke om overgreb", or the case
 * holds internal notes (or the professionals' preparations), the export stops with a warning until the user chooses:
 * leave them out, or include them with a reason. The choice is logged.
 */
export async function exportAccess(
  core: Core,
  input: { id: string; abuseFlag?: 'udelad' | 'medtag' | undefined; reason: string; internalNotes?: 'udelad' | 'medtag' | undefined; internalReason: string },
): Promise<{ path: string; bytes: number } | null> {
  const childId = input.id;
  const flagged = getCase(core, childId).child.abuseSuspected;
  if (flagged && !input.abuseFlag) throw new AppError('CONFIRM_NEEDED', t.accessPackage.abuseWarning, 'abuseFlag');
  if (flagged && input.abuseFlag === 'medtag' && input.reason.length < 5) throw new AppError('INVALID_INPUT', t.accessPackage.reasonMissing, 'reason');
  const internal = internalNoteCount(core.db, childId) > 0;
  if (internal && !input.internalNotes) throw new AppError('CONFIRM_NEEDED', internalNoteText.confirmNeeded, 'internalNotes');
  if (internal && input.internalNotes === 'medtag' && input.internalReason.length < 5) throw new AppError('INVALID_INPUT', internalNoteText.reasonMissing, 'internalReason');
  const includeAbuse = flagged && input.abuseFlag === 'medtag';
  const includeInternal = internal && input.internalNotes === 'medtag';
  const { zip } = await buildAccessExport(core, childId, { includeAbuse, includeInternal });
  const name = getChildRow(core.db, childId).name;
  const path = await core.opts.dialogs.saveFile({ title: childText.dialogs.saveAccessPackage, defaultName: accessFileName(name, todayIso(core)), filters: [{ name: childText.dialogs.zipFilter, extensions: ['zip'] }] });
  if (!path) return null;
  writeFileAtomic(path, zip);
  const abusePart = flagged ? (includeAbuse ? t.accessPackage.loggedIn(input.reason) : t.accessPackage.loggedOut) : null;
  const internalPart = internal ? (includeInternal ? internalNoteText.loggedIn(input.internalReason) : internalNoteText.loggedOut) : null;
  const summary = internalPart ? `${abusePart ?? internalNoteText.loggedPrefix}; ${internalPart}` : (abusePart ?? undefined);
  core.db.transaction(() => audit(core, 'access.export', 'child', childId, summary))();
  return { path, bytes: zip.length };
}
