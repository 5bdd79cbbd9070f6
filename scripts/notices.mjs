// Third-party licence notices and the SBOM, generated at build time from the production dependency tree
// (issue 18, item 4). `@cyclonedx/cyclonedx-npm` reads `npm ls --omit dev` and writes a CycloneDX SBOM with each
// package's declared licence and the text of its licence file; IT gets the SBOM as `release/sbom.json`, and the
// app gets `dist/notices/third-party.json` (shown under Hjælp → Om Tovholder) and `THIRD-PARTY-NOTICES.txt`.
// Everything the bundles contain is a production dependency (package.json `dependencies`), so the tree is the truth;
// test/unit/build/notices.test.ts holds the bundles to it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** Flattens the SBOM's components (nested ones are packages installed under another package) into notices. */
export function noticesFromSbom(sbom) {
  const out = new Map();
  const walk = (components) => {
    for (const c of components ?? []) {
      // Installed but outside the dependency tree (a stale node_modules): not part of the app.
      if ((c.properties ?? []).some((p) => p.name === 'cdx:npm:package:extraneous' && p.value === 'true')) continue;
      const licences = (c.licenses ?? []).map((l) => l.license?.id ?? l.license?.name ?? l.expression).filter(Boolean);
      const texts = (c.evidence?.licenses ?? [])
        .map((l) => l.license?.text)
        .filter((t) => t?.content)
        .map((t) => (t.encoding === 'base64' ? Buffer.from(t.content, 'base64').toString('utf8') : t.content).replace(/\r\n/g, '\n').trim());
      const key = `${c.group ? `${c.group}/` : ''}${c.name}@${c.version}`;
      if (!out.has(key)) {
        out.set(key, { name: c.group ? `${c.group}/${c.name}` : c.name, version: c.version, licence: [...new Set(licences)].join(' AND ') || 'Ukendt', text: [...new Set(texts)].join('\n\n') });
      }
      walk(c.components);
    }
  };
  walk(sbom.components);
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'));
}

/** The plain-text notices file: one section per package, its licence and the licence text it ships. */
export function noticesText(appName, appLicence, notices) {
  const parts = [`${appName} – licens: ${appLicence}`, `Tredjepartskomponenter (${notices.length}) og deres licenser:`];
  for (const n of notices) parts.push(`${'-'.repeat(78)}\n${n.name} ${n.version} – ${n.licence}\n\n${n.text || '(pakken indeholder ingen licensfil; licensen er angivet i dens package.json)'}`);
  return `${parts.join('\n\n')}\n`;
}

export function generateNotices({ root = process.cwd(), sbomFile = join(root, 'release', 'sbom.json'), outDir = join(root, 'dist', 'notices') } = {}) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  mkdirSync(join(sbomFile, '..'), { recursive: true });
  mkdirSync(outDir, { recursive: true });
  // The package exports only its library entry; its CLI is the file its `bin` names, beside it.
  const cli = join(require.resolve('@cyclonedx/cyclonedx-npm'), '..', 'bin', 'cyclonedx-npm-cli.js');
  execFileSync(
    process.execPath,
    [cli, '--omit', 'dev', '--spec-version', '1.6', '--output-format', 'JSON', '--gather-license-texts', '--output-reproducible', '--output-file', sbomFile, join(root, 'package.json')],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const notices = noticesFromSbom(JSON.parse(readFileSync(sbomFile, 'utf8')));
  const data = { app: { name: pkg.productName ?? pkg.name, version: pkg.version, licence: pkg.license }, generatedAt: new Date().toISOString(), packages: notices };
  writeFileSync(join(outDir, 'third-party.json'), `${JSON.stringify(data)}\n`);
  writeFileSync(join(outDir, 'THIRD-PARTY-NOTICES.txt'), noticesText(data.app.name, data.app.licence, notices));
  return data;
}
