import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { ressourceteamMeeting, startAsPlanned } from '../../helpers/scenarios';

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-12-21T09:00:00Z') });
  s = await seedFixture(tc);
}, 60_000);
afterAll(() => tc.close());

describe('item 1 „Godkendelse af referat" names the previous referat (issue 21, item 7; SPEC §9.4 req. 33)', () => {
  it('in the plan, the dagsorden and the referat: date and document id', async () => {
    const first = await ressourceteamMeeting(tc, s, { date: '2026-11-23' });
    const docId = (await tc.call('referat.get', { meetingId: first })).current!.documentId;
    const next = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-21', startTime: '12:30' });
    expect(next.previousMeeting).toEqual({ id: first, title: 'Ressourceteammøde', date: '2026-11-23', referatDocumentId: docId });

    const path = join(tempDir(), 'dagsorden.docx');
    tc.dialogs.saves.push(path);
    await tc.call('export.document', { meetingId: next.id, kind: 'dagsorden' });
    const xml = (await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain(`Referatet fra Ressourceteammøde den 23. november 2026 (${docId}) til godkendelse.`);

    await startAsPlanned(tc, next.id);
    await tc.call('meeting.end', { id: next.id });
    const r = await tc.call('referat.generate', { meetingId: next.id });
    expect(r.body!.items[0]).toMatchObject({ title: 'Godkendelse af referat', text: `Referatet fra Ressourceteammøde den 23. november 2026 (${docId}) blev godkendt.` });
  });
});
