import { describe, expect, it } from 'vitest';
// @ts-expect-error – a build script in plain JavaScript, without type declarations
import { noticesFromSbom, noticesText } from '../../../scripts/notices.mjs';

/** Issue 18, item 4: the licence notices are read from the CycloneDX SBOM of the production dependency tree. */
type Notice = { name: string; version: string; licence: string; text: string };
const notices = noticesFromSbom as (sbom: unknown) => Notice[];
const text = noticesText as (app: string, licence: string, n: Notice[]) => string;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const SBOM = {
  components: [
    {
      name: 'jszip',
      version: '3.10.2',
      licenses: [{ expression: '(MIT OR GPL-3.0-or-later)' }],
      evidence: { licenses: [{ license: { name: 'file: LICENSE.markdown', text: { content: b64('JSZip is dual licensed.\r\n'), encoding: 'base64' } } }] },
      // A package installed under another one is shipped too.
      components: [{ name: 'readable-stream', version: '2.3.8', licenses: [{ license: { id: 'MIT' } }] }],
    },
    { group: '@types', name: 'node', version: '26.6.6', licenses: [{ license: { id: 'MIT' } }], evidence: { licenses: [{ license: { text: { content: 'MIT License' } } }] } },
    { name: 'left-over', version: '1.0.0', licenses: [{ license: { id: 'MIT' } }], properties: [{ name: 'cdx:npm:package:extraneous', value: 'true' }] },
    { name: 'no-licence', version: '0.0.1' },
  ],
};

describe('licence notices from the SBOM', () => {
  it('lists every shipped package once, nested ones too, with its licence and decoded licence text', () => {
    expect(notices(SBOM)).toEqual([
      { name: '@types/node', version: '26.6.6', licence: 'MIT', text: 'MIT License' },
      { name: 'jszip', version: '3.10.2', licence: '(MIT OR GPL-3.0-or-later)', text: 'JSZip is dual licensed.' },
      { name: 'no-licence', version: '0.0.1', licence: 'Ukendt', text: '' },
      { name: 'readable-stream', version: '2.3.8', licence: 'MIT', text: '' },
    ]);
  });

  it('leaves out packages that are installed but not in the dependency tree', () => {
    expect(notices(SBOM).map((n) => n.name)).not.toContain('left-over');
  });

  it('the text file names the app’s licence and says so when a package ships no licence file', () => {
    const out = text('Tovholder', 'MPL-2.0', notices(SBOM));
    expect(out.startsWith('Tovholder – licens: MPL-2.0')).toBe(true);
    expect(out).toContain('readable-stream 2.3.8 – MIT\n\n(pakken indeholder ingen licensfil');
  });
});
