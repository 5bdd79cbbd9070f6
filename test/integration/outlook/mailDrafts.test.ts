import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../electron/core/exports/docxText';
import { findCprNumbers } from '../../../shared/domain/privacyGuard';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { FIXTURE, seedFixture, type Seeded } from '../../helpers/fixtures';
import { emailOf, giveEmails } from '../../helpers/outlook';
import { dialogMeeting, ressourceteamMeeting } from '../../helpers/scenarios';

/**
 * Issue 19, items 2 and 3: e-mail drafts Outlook opens (.eml, X-Unsent: 1) and the dispatch recorded only when the
 * user confirms „Sendt". Each draft is read back with mailparser, an independent parser.
 */

const EXPORTS = resolve(__dirname, '..', '..', '..', 'test-results', 'exports');

let tc: TestCore;
let s: Seeded;

beforeAll(async () => {
  mkdirSync(EXPORTS, { recursive: true });
  tc = makeCore({ now: () => new Date('2026-12-01T09:00:00Z') });
  s = await seedFixture(tc);
  await giveEmails(tc, [FIXTURE.psykolog.name]);
  await tc.call('settings.saveProfile', { name: FIXTURE.leader.name, initials: FIXTURE.leader.initials, role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken', personChoice: 'existing', existingPersonId: s.people.leader.id });
  await tc.call('settings.saveOrganisation', { forvaltning: 'Børn og Unge', unit: 'Dagtilbud Nord', address: '', phone: '', email: '', kommune: 'Testkommune', logo: null });
});
afterAll(() => tc.close());

async function draft(input: { meetingId: string; kind: 'indkaldelse' | 'referat'; groupKey: string; confirmWithoutOral?: boolean }, path = join(tempDir(), 'kladde.eml')) {
  tc.dialogs.saves.push(path);
  const d = (await tc.call('mail.draft', input))!;
  expect(d.path).toBe(path);
  const raw = readFileSync(path);
  return { d, raw, mail: await simpleParser(raw) };
}

/** Every header value and the body, as the parser decodes them (encoded words and all). */
function headersAndBody(mail: ParsedMail): string {
  const headers = mail.headerLines.map((h) => h.line).join('\n');
  const decoded = [...mail.headers.entries()].map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('\n');
  const attachmentNames = mail.attachments.map((a) => a.filename ?? '').join('\n');
  return [headers, decoded, mail.subject ?? '', mail.text ?? '', attachmentNames].join('\n');
}

function nameParts(full: string): string[] {
  return full.split(/\s+/);
}

function fileSha(documentId: string): string {
  return (tc.core.db.prepare('SELECT file_sha256 FROM documents WHERE document_id = ? ORDER BY created_at DESC LIMIT 1').get(documentId) as { file_sha256: string }).file_sha256;
}

describe('„Send referat" for a dialogmøde', () => {
  let meetingId: string;
  beforeAll(async () => {
    meetingId = await dialogMeeting(tc, s);
  });

  it('groups the participants and the custody holders; the parents wait for the oral information, the others need a confirmation', async () => {
    const g = await tc.call('mail.groups', { meetingId, kind: 'referat' });
    const deltagere = g.groups.find((x) => x.key === 'deltagere')!;
    const foraeldre = g.groups.find((x) => x.key === 'foraeldre')!;
    expect(foraeldre.recipients.map((r) => r.name)).toEqual([FIXTURE.parents.malik[0]!.name]);
    expect(foraeldre.recipients[0]!.basis).toBe('foraeldre');
    expect(deltagere.recipients.some((r) => r.name === FIXTURE.parents.malik[0]!.name)).toBe(false);
    expect(deltagere.subject).toBe('Referat – dialogmøde 26. november 2026');
    expect(foraeldre.state).toBe('afvist');
    expect(foraeldre.message).toMatch(/orienteres mundtligt/);
    expect(deltagere.state).toBe('bekraeft');

    const refused = await tc.raw('mail.draft', { meetingId, kind: 'referat', groupKey: 'foraeldre' });
    expect(refused.error?.code).toBe('ORAL_INFO_FIRST');
    const unconfirmed = await tc.raw('mail.draft', { meetingId, kind: 'referat', groupKey: 'deltagere' });
    expect(unconfirmed.error?.code).toBe('CONFIRM_NEEDED');
    // Nothing was written to the dispatch log by looking or by a refused draft.
    expect((await tc.call('child.case', { id: s.children.malik.id })).dispatches).toEqual([]);
  });

  it('writes the participants’ draft: X-Unsent, the referat attached byte for byte as exported, Danish letters intact, no child named', async () => {
    await tc.call('parentContact.add', { childId: s.children.malik.id, kind: 'mundtlig_orientering', date: '2026-11-30', byName: FIXTURE.leader.name, note: 'Talt med mor ved afhentning' });
    const { d, mail } = await draft({ meetingId, kind: 'referat', groupKey: 'deltagere' }, join(EXPORTS, 'referat-dialogmoede.eml'));
    expect(d.status).toBe('aaben');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toBe('Referat – dialogmøde 26. november 2026');
    expect(mail.text).toContain('Kære alle');
    expect(mail.text).toContain('Hermed referatet fra mødet den 26. november 2026 (dialogmøde).');
    expect(mail.text).toMatch(/sikker mail/);
    expect(mail.text).toContain('Venlig hilsen\nBirgitte Skovmose\nBørnehuset Solsikken\nDagtilbud Nord\nBørn og Unge\nTestkommune');
    // From the user's own address; Outlook sends it from the account it is opened in.
    expect(mail.from?.value[0]).toEqual({ name: FIXTURE.leader.name, address: emailOf(FIXTURE.leader.name) });
    const to = (Array.isArray(mail.to) ? mail.to : [mail.to!]).flatMap((a) => a.value);
    expect(to.map((a) => a.address)).toEqual(d.recipients.map((r) => r.email));
    // Names with æ, ø, å come through the encoded header intact.
    expect(to.map((a) => a.name)).toEqual(d.recipients.map((r) => r.name));
    expect(to.map((a) => a.name)).toContain(FIXTURE.myndighed.name);

    expect(mail.attachments).toHaveLength(1);
    const att = mail.attachments[0]!;
    expect(att.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(att.filename).toBe(`referat-2026-11-26-${d.documentIds[0]}.docx`);
    expect(createHash('sha256').update(att.content).digest('hex')).toBe(fileSha(d.documentIds[0]!));
    // The attachment is the referat itself – the secure document, which names the child.
    expect((await readDocx(att.content)).paragraphs.join('\n')).toContain('Malik');

    const visible = headersAndBody(mail);
    for (const part of nameParts(FIXTURE.children.malik.name)) expect(visible).not.toContain(part);
    expect(findCprNumbers(`${mail.subject}\n${mail.text}`)).toEqual([]);
  });

  it('records the dispatch only when the user confirms „Sendt" – per recipient, channel sikker mail, with its basis; a second confirmation is refused', async () => {
    const { d } = await draft({ meetingId, kind: 'referat', groupKey: 'deltagere' });
    expect((await tc.call('child.case', { id: s.children.malik.id })).dispatches).toEqual([]);
    const done = await tc.call('mail.confirm', { draftId: d.id, sent: true });
    expect(done.status).toBe('sendt');
    expect(done.dispatchIds).toHaveLength(d.recipients.length);
    const c = await tc.call('child.case', { id: s.children.malik.id });
    expect(c.dispatches).toHaveLength(d.recipients.length);
    for (const x of c.dispatches) expect(x).toMatchObject({ channel: 'sikker_mail', documentId: d.documentIds[0], basis: 'egen_myndighed' });
    expect(c.timeline.some((e) => e.kind === 'udsendelse' && e.title === `Sendt til ${FIXTURE.myndighed.name}`)).toBe(true);
    expect((await tc.raw('mail.confirm', { draftId: d.id, sent: true })).error?.code).toBe('CONFLICT');
  });

  it('a draft set aside records nothing', async () => {
    const before = (await tc.call('child.case', { id: s.children.malik.id })).dispatches.length;
    const { d } = await draft({ meetingId, kind: 'referat', groupKey: 'foraeldre' });
    const cancelled = await tc.call('mail.confirm', { draftId: d.id, sent: false });
    expect(cancelled.status).toBe('annulleret');
    expect((await tc.call('child.case', { id: s.children.malik.id })).dispatches).toHaveLength(before);
  });

  it('the parents’ draft, once confirmed, is on the child’s timeline with the basis „til forældrene selv"', async () => {
    const { d, mail } = await draft({ meetingId, kind: 'referat', groupKey: 'foraeldre' });
    expect(mail.text).toContain('Kære forældre');
    expect(mail.text).toContain('Som aftalt får I her referatet');
    for (const part of nameParts(FIXTURE.children.malik.name).slice(0, 1)) expect(headersAndBody(mail)).not.toContain(part);
    await tc.call('mail.confirm', { draftId: d.id, sent: true });
    const c = await tc.call('child.case', { id: s.children.malik.id });
    const ev = c.timeline.find((e) => e.kind === 'udsendelse' && e.title === `Sendt til ${FIXTURE.parents.malik[0]!.name}`)!;
    expect(ev.detail).toBe(`${d.documentIds[0]} (Sikker mail; grundlag: til forældrene selv)`);
  });
});

describe('„Send referat" for a ressourceteammøde: the excerpt goes only to that child’s custody holders', () => {
  let meetingId: string;
  beforeAll(async () => {
    meetingId = await ressourceteamMeeting(tc, s, { date: '2026-12-03' });
    for (const c of [s.children.freja, s.children.aksel]) {
      await tc.call('parentContact.add', { childId: c.id, kind: 'mundtlig_orientering', date: '2026-12-03', byName: FIXTURE.leader.name, note: '' });
    }
  });

  it('one excerpt group per named child, addressed to that child’s custody holders only; the psychologist without e-mail is listed', async () => {
    const g = await tc.call('mail.groups', { meetingId, kind: 'referat' });
    expect(g.groups.map((x) => x.key).sort()).toEqual(['deltagere', `uddrag:${s.children.aksel.id}`, `uddrag:${s.children.freja.id}`].sort());
    const freja = g.groups.find((x) => x.key === `uddrag:${s.children.freja.id}`)!;
    expect(freja.recipients.map((r) => r.name)).toEqual(['Nadia Vestergaard']);
    const aksel = g.groups.find((x) => x.key === `uddrag:${s.children.aksel.id}`)!;
    expect(aksel.recipients.map((r) => r.name).sort()).toEqual(['Peter Holm', 'Sofie Nørregaard']);
    const deltagere = g.groups.find((x) => x.key === 'deltagere')!;
    expect(deltagere.withoutEmail).toContain(FIXTURE.psykolog.name);
    for (const parent of ['Nadia Vestergaard', 'Peter Holm', 'Sofie Nørregaard']) expect(deltagere.recipients.some((r) => r.name === parent)).toBe(false);
    expect(deltagere.subject).toBe('Referat – ressourceteammøde 3. december 2026');
  });

  it('the excerpt draft: only the child’s own item attached, no child named in the subject, headers or body', async () => {
    const { d, mail } = await draft({ meetingId, kind: 'referat', groupKey: `uddrag:${s.children.freja.id}` }, join(EXPORTS, 'uddrag-freja.eml'));
    expect(mail.subject).toBe('Uddrag af referat – ressourceteammøde 3. december 2026');
    expect(mail.headers.get('x-unsent')).toBe('1');
    const to = (Array.isArray(mail.to) ? mail.to : [mail.to!]).flatMap((a) => a.value.map((v) => v.address));
    expect(to).toEqual([emailOf('Nadia Vestergaard', true)]);
    expect(mail.text).toContain('den del, der handler om jeres barn');
    const att = mail.attachments[0]!;
    expect(createHash('sha256').update(att.content).digest('hex')).toBe(fileSha(d.documentIds[0]!));
    const docText = (await readDocx(att.content)).paragraphs.join('\n');
    expect(docText).toContain('Freja græder meget ved aflevering');
    expect(docText).not.toContain('Aksel har svært ved overgange');
    const visible = headersAndBody(mail);
    expect(visible).not.toContain('Freja');
    expect(visible).not.toContain('Ærø');
    expect(`${mail.subject}\n${mail.text}`).not.toContain('Vestergaard');
    expect(findCprNumbers(`${mail.subject}\n${mail.text}`)).toEqual([]);

    await tc.call('mail.confirm', { draftId: d.id, sent: true });
    const c = await tc.call('child.case', { id: s.children.freja.id });
    expect(c.dispatches.find((x) => x.documentId === d.documentIds[0])).toMatchObject({ recipient: 'Nadia Vestergaard', basis: 'foraeldre', channel: 'sikker_mail' });
    // Aksel's record has no trace of Freja's excerpt.
    expect((await tc.call('child.case', { id: s.children.aksel.id })).dispatches.some((x) => x.documentId === d.documentIds[0])).toBe(false);
  });
});

describe('„Sendt" for a meeting about several children', () => {
  it('records every recipient for every named child – none for the anonymous item – and keeps an underretning basis', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-01-14', startTime: '12:30', place: 'Personalestuen' });
    const [slot1, slot2] = m.items.filter((i) => i.kind === 'barn');
    await tc.call('item.update', { id: slot1!.id, patch: { childId: s.children.freja.id } });
    await tc.call('item.update', { id: slot2!.id, patch: { childId: s.children.malik.id, basis: 'underretning' } });
    await tc.call('item.add', { meetingId: m.id, kind: 'anonym', anonLabel: 'Pige, 2 år, Myretuen' });
    const { d } = await draft({ meetingId: m.id, kind: 'indkaldelse', groupKey: 'deltagere' });
    const done = await tc.call('mail.confirm', { draftId: d.id, sent: true });
    expect(done.dispatchIds).toHaveLength(d.recipients.length * 2);
    const freja = (await tc.call('child.case', { id: s.children.freja.id })).dispatches.filter((x) => x.documentId === d.documentIds[0]);
    const malik = (await tc.call('child.case', { id: s.children.malik.id })).dispatches.filter((x) => x.documentId === d.documentIds[0]);
    expect(freja.map((x) => x.recipient).sort()).toEqual(d.recipients.map((r) => r.name).sort());
    expect(new Set(freja.map((x) => x.basis))).toEqual(new Set(['egen_myndighed']));
    expect(new Set(malik.map((x) => x.basis))).toEqual(new Set(['underretning']));
  });
});

describe('„Send indkaldelse"', () => {
  it('attaches the dagsorden, names the meeting type, date, time and place, and no child', async () => {
    let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-17', startTime: '12:30', place: 'Personalestuen' });
    const slot = m.items.find((i) => i.kind === 'barn')!;
    await tc.call('item.update', { id: slot.id, patch: { childId: s.children.aksel.id } });
    m = await tc.call('meeting.get', { id: m.id });
    const { d, mail } = await draft({ meetingId: m.id, kind: 'indkaldelse', groupKey: 'deltagere' });
    expect(mail.subject).toBe('Indkaldelse – ressourceteammøde 17. december 2026 kl. 12:30');
    expect(mail.text).toContain('Dato: torsdag den 17. december 2026');
    expect(mail.text).toContain('Sted: Personalestuen');
    expect(mail.attachments).toHaveLength(1);
    expect(d.documentIds[0]).toMatch(/-DAG$/);
    expect(createHash('sha256').update(mail.attachments[0]!.content).digest('hex')).toBe(fileSha(d.documentIds[0]!));
    const visible = headersAndBody(mail);
    for (const part of nameParts(FIXTURE.children.aksel.name)) expect(visible).not.toContain(part);
  });

  it('refuses a place that names a child, and says which field', async () => {
    const m = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-12-18', startTime: '09:00', childId: s.children.malik.id, place: 'Hos Malik derhjemme' });
    const res = await tc.raw('mail.draft', { meetingId: m.id, kind: 'indkaldelse', groupKey: 'deltagere', confirmWithoutOral: true });
    expect(res.error).toMatchObject({ code: 'PRIVACY_GUARD', field: 'place' });
    expect(res.error?.message).toMatch(/^Mødestedet nævner .*Ret teksten, og prøv igen\.$/);
  });
});
