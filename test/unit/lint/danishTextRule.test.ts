import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { danishReason, danishTextInCatalogue } from '../../../eslint/danishTextInCatalogue.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

describe('danishReason', () => {
  it('knows Danish by its letters and by its little words, and leaves English and keys alone', () => {
    expect(danishReason('Gemt på disken')).toBe('letter');
    expect(danishReason('Åbn')).toBe('letter');
    expect(danishReason('Barnet findes ikke.')).toBe('sentence');
    expect(danishReason('Der skete en uventet fejl.')).toBe('sentence');
    expect(danishReason('The key file is missing and cannot be read.')).toBeNull();
    expect(danishReason('aftale_med_foraeldrene')).toBeNull();
    expect(danishReason('meeting.create')).toBeNull();
    expect(danishReason('Tovholder')).toBeNull();
  });
});

tester.run('danish-text-in-catalogue', danishTextInCatalogue, {
  valid: [
    { code: "import { t } from '../../shared/text/da';\nconst s = t.app.saved;" },
    { code: "throw new Error('The database key must be 32 bytes.');" },
    { code: "const channel = 'meeting.create';" },
    { code: "const basis = 'aftale_med_foraeldrene';" },
    { code: "type Role = 'mødeleder' | 'referent';" },
    { code: "const o = { 'mødeleder': 1 };" },
    { code: "import x from './møde';" },
    { code: 'const el = <p>{t.app.saved}</p>;', filename: 'x.tsx' },
    { code: 'const el = <p className="lead">Tovholder</p>;', filename: 'x.tsx' },
    { code: 'const s = `${a} – ${b}`;' },
  ],
  invalid: [
    { code: "throw new AppError('CONFLICT', 'Mødet er aflyst og kan ikke ændres.');", errors: [{ messageId: 'letter' }] },
    { code: "const msg = 'Barnet findes ikke.';", errors: [{ messageId: 'sentence' }] },
    { code: 'const m = `Punktet hører til fasen „${phase}“.`;', errors: [{ messageId: 'letter' }] },
    { code: 'const m = `Der mangler underskrift fra: ${names}.`;', errors: [{ messageId: 'sentence' }] },
    { code: 'const el = <p>Mødets sider</p>;', filename: 'x.tsx', errors: [{ messageId: 'letter' }] },
    { code: 'const el = <p>Der er ikke lavet et referat endnu.</p>;', filename: 'x.tsx', errors: [{ messageId: 'sentence' }] },
    { code: 'const el = <input aria-label="Forælderens navn" />;', filename: 'x.tsx', errors: [{ messageId: 'letter' }] },
    { code: "const o = { label: 'Søg' };", errors: [{ messageId: 'letter' }] },
  ],
});

// On a screen (renderer/, option jsx: 'all') every word a person reads comes from the catalogue, Danish-looking or not.
tester.run('danish-text-in-catalogue, screens', danishTextInCatalogue, {
  valid: [
    { code: 'const el = <p>{t.app.saved}</p>;', filename: 'x.tsx', options: [{ jsx: 'all' }] },
    { code: "const el = <p>{a} · {b} – {'…'}</p>;", filename: 'x.tsx', options: [{ jsx: 'all' }] },
    { code: 'const el = <div className="meta" data-testid="retention-child" />;', filename: 'x.tsx', options: [{ jsx: 'all' }] },
    { code: 'const el = <th scope="col">#</th>;', filename: 'x.tsx', options: [{ jsx: 'all' }] },
  ],
  invalid: [
    { code: 'const el = <th scope="col">Status</th>;', filename: 'x.tsx', options: [{ jsx: 'all' }], errors: [{ messageId: 'screenText' }] },
    { code: 'const el = <h3>Underskrifter</h3>;', filename: 'x.tsx', options: [{ jsx: 'all' }], errors: [{ messageId: 'screenText' }] },
    { code: 'const el = <nav aria-label="Handlinger" />;', filename: 'x.tsx', options: [{ jsx: 'all' }], errors: [{ messageId: 'screenText' }] },
    { code: 'const el = <img alt="Signature" src={s} />;', filename: 'x.tsx', options: [{ jsx: 'all' }], errors: [{ messageId: 'screenText' }] },
  ],
});

// In the core (electron/, option uiProperties: true) the words it hands to a person come from the catalogue even when
// they are plain ASCII Danish with no little words: dialog titles, file filter names, timeline entries, AppError messages.
const ui = [{ uiProperties: true }];
tester.run('danish-text-in-catalogue, core UI properties', danishTextInCatalogue, {
  valid: [
    { code: 'const o = { title: exportText.dialogs.saveWord };', options: ui },
    { code: "const o = { title: '' };", options: ui },
    { code: "const o = { detail: `${a} – ${b}` };", options: ui },
    { code: "const o = { title: 'Gem Word-dokument' };" },
    { code: "const o = { name: 'Zip' };", options: ui },
    { code: "const o = { kind: 'beslutning', key: 'samtykker' };", options: ui },
    { code: "const o = { filters: [{ name: t.zip, extensions: ['zip'] }] };", options: ui },
    { code: "throw new AppError('NOT_FOUND');", options: ui },
    { code: "throw new AppError('INVALID_INPUT', t.short, 'passphrase');", options: ui },
    { code: "throw new Error('Referat missing');", options: ui },
    { code: "const o = { 'title': x };", options: ui },
  ],
  invalid: [
    { code: "saveFile({ title: 'Gem Word-dokument' });", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "saveFile({ title: 'Gem som PDF' });", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "saveFile({ title: 'Gem journaliseringspakke' });", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "saveFile({ title: 'Gem indsigtspakke' });", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "saveFile({ title: 'Gem kalenderinvitation' });", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "saveFile({ filters: [{ name: 'Kalenderinvitation', extensions: ['ics'] }] });", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "saveAndOpen(core, b, { filter: { name: 'Kalenderinvitation', extensions: ['ics'] } });", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "events.push({ title: 'Beslutning' });", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "events.push({ title: 'Samtykke givet' });", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "events.push({ title: 'Trivselsvurdering', detail: `Samlet: ${w}` });", options: ui, errors: [{ messageId: 'uiText' }, { messageId: 'uiText' }] },
    { code: "add({ label: 'Handleplaner' });", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "const o = { summary: 'Referat' };", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "const o = { message: 'Kaldet blev afvist.' };", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "const o = { description: `Tovholder-dokument ${id}` };", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "const o = { heading: 'Underskrifter' };", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "const o = { title: done ? 'Godkendt' : 'Udkast' };", options: ui, errors: [{ messageId: 'uiText' }, { messageId: 'uiText' }] },
    { code: "const o = { creator: a, title: name ?? 'Tovholder' };", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: "throw new AppError('CONFLICT', 'Referatet er allerede godkendt.');", options: ui, errors: [{ messageId: 'uiText' }] },
    { code: 'throw new AppError(\'CONFLICT\', `Dokumenttypen ${k} kendes ikke.`);', options: ui, errors: [{ messageId: 'uiText' }] },
  ],
});

describe('the rule is part of npm run lint', () => {
  it('runs over electron/ and renderer/, and refuses an inline Danish message there', async () => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: join(__dirname, '..', '..', '..') });
    const code = "import { AppError } from '../errors';\nexport const refuse = () => { throw new AppError('CONFLICT', 'Mødet er aflyst og kan ikke ændres.'); };\n";
    const [core] = await eslint.lintText(code, { filePath: join(__dirname, '..', '..', '..', 'electron', 'core', 'meetings', 'inline.ts') });
    expect(core!.messages.map((m) => m.ruleId)).toContain('tovholder/danish-text-in-catalogue');
    const dialog = "export const save = (d: { saveFile(o: object): void }) => d.saveFile({ title: 'Gem som PDF', filters: [{ name: 'PDF', extensions: ['pdf'] }] });\n";
    const [plain] = await eslint.lintText(dialog, { filePath: join(__dirname, '..', '..', '..', 'electron', 'core', 'exports', 'inline.ts') });
    expect(plain!.messages.filter((m) => m.ruleId === 'tovholder/danish-text-in-catalogue')).toHaveLength(2);
    const [screen] = await eslint.lintText('export const X = () => <th scope="col">Status</th>;\n', { filePath: join(__dirname, '..', '..', '..', 'renderer', 'screens', 'Inline.tsx') });
    expect(screen!.messages.map((m) => m.ruleId)).toContain('tovholder/danish-text-in-catalogue');
    const [catalogue] = await eslint.lintText("export const x = { cancelled: 'Mødet er aflyst og kan ikke ændres.' } as const;\n", { filePath: join(__dirname, '..', '..', '..', 'shared', 'text', 'inline.ts') });
    expect(catalogue!.messages.map((m) => m.ruleId)).not.toContain('tovholder/danish-text-in-catalogue');
  });
});
