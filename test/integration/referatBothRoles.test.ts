import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../electron/core/exports/docxText';
import { makeCore, type TestCore } from '../helpers/core';
import { seedFixture } from '../helpers/fixtures';
import { signatureDataUrl } from '../helpers/png';
import { pdfPages, pdfText, renderToPdf } from '../helpers/render';
import { startAsPlanned } from '../helpers/scenarios';

const EXPORTS = resolve(__dirname, '..', '..', 'test-results', 'exports');

let tc: TestCore;
beforeAll(() => {
  mkdirSync(EXPORTS, { recursive: true });
  tc = makeCore({ now: () => new Date('2026-11-23T15:00:00Z') });
});
afterAll(() => tc.close());

describe('Word export of a referat where the mødeleder is also the referent (issue 16, item 8)', () => {
  it('has one signature row „Mødeleder og referent“ with one drawn signature, plus the signer the chair added – in the XML and rendered', async () => {
    await seedFixture(tc);
    let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-11-23', startTime: '12:30', place: 'Personalestuen' });
    m = await tc.call('meeting.update', { id: m.id, patch: { referentId: m.chairId } });
    m = await startAsPlanned(tc, m.id);
    await tc.call('meeting.end', { id: m.id });
    await tc.call('referat.generate', { meetingId: m.id });
    await tc.call('referat.addSigner', { meetingId: m.id, label: 'PPR-psykolog', name: 'Henriette van Dalen', personId: null });
    const approved = await tc.call('referat.approve', { meetingId: m.id, approvedBy: 'Birgitte Skovmose' });
    const chair = approved.suggestedApprover!;
    await tc.call('referat.sign', { meetingId: m.id, signerLabel: 'Mødeleder og referent', name: chair, role: 'Dagtilbudsleder', method: 'tegnet', imageDataUrl: signatureDataUrl(4) });
    await tc.call('referat.sign', { meetingId: m.id, signerLabel: 'PPR-psykolog', name: 'Henriette van Dalen', role: 'PPR-psykolog', method: 'navn', imageDataUrl: null });
    await tc.call('referat.seal', { meetingId: m.id });

    const path = join(EXPORTS, 'referat-moedeleder-og-referent.docx');
    tc.dialogs.saves.push(path);
    await tc.call('export.document', { meetingId: m.id, kind: 'referat' });

    // Read back: one row for the person in both roles, the added signer's row, no separate „Referent“ row.
    const doc = await readDocx(readFileSync(path));
    const text = doc.paragraphs.join('\n');
    expect(text).toContain('Mødeleder og referent');
    expect(doc.paragraphs.filter((p) => p.trim() === 'Referent')).toEqual([]);
    expect(doc.paragraphs.filter((p) => p.includes(chair)).length).toBeGreaterThan(0);
    expect(text).toContain('/Henriette van Dalen/ (skrevet navn)');
    expect(doc.paragraphs.filter((p) => p.includes('Ikke underskrevet'))).toEqual([]);

    // Rendered by LibreOffice: the signature page names both roles on one line, and shows it to a person as a PNG.
    const [pdf] = renderToPdf([path], join(EXPORTS, 'pdf'));
    // Cells in reading order (the role wraps inside its narrow column).
    const rendered = pdfText(pdf!, { layout: false }).replace(/\s+/g, ' ');
    expect(rendered).toContain(`Mødeleder og referent ${chair} 23. november 2026 kl. 16:00`);
    expect(rendered).toContain('PPR-psykolog Henriette van Dalen 23. november 2026 kl. 16:00');
    expect(rendered).not.toContain('Ikke underskrevet');
    expect(rendered).not.toMatch(/Referent Birgitte/);
    const last = pdfPages(pdf!);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(last), '-l', String(last), '-singlefile', pdf!, join(EXPORTS, 'referat-moedeleder-og-referent-underskrifter')]);
  }, 240_000);
});
