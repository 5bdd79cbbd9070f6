import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { aboutText } from '../../../shared/text/about';
import type { Core } from './core';

/** A third-party package the app ships, with its licence and the licence text it carries (scripts/notices.mjs). */
export interface Notice {
  name: string;
  version: string;
  licence: string;
  text: string;
}

/** What `npm run build` writes beside the bundles: when it was built, and the licence notices. */
interface BuildFacts {
  builtAt: string | null;
  licence: string | null;
  notices: Notice[] | null;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

const cache = new Map<string, BuildFacts>();

/** Reads dist/build-info.json and dist/notices/third-party.json once; a missing file is reported, not an error. */
export function buildFacts(buildDir: string | undefined): BuildFacts {
  if (!buildDir) return { builtAt: null, licence: null, notices: null };
  const hit = cache.get(buildDir);
  if (hit) return hit;
  const info = readJson<{ builtAt?: string }>(join(buildDir, 'build-info.json'));
  const notices = readJson<{ app?: { licence?: string }; packages?: Notice[] }>(join(buildDir, 'notices', 'third-party.json'));
  const facts = { builtAt: info?.builtAt ?? null, licence: notices?.app?.licence ?? null, notices: notices?.packages ?? null };
  cache.set(buildDir, facts);
  return facts;
}

/** „Om Tovholder“ (Hjælp-menuen): the installation's facts an IT department or a user asks for. */
export function aboutTovholder(core: Core) {
  const facts = buildFacts(core.opts.buildDir);
  const security = core.securityStatus();
  return {
    name: 'Tovholder',
    version: core.opts.appVersion,
    builtAt: facts.builtAt,
    dataFolder: dirname(core.dbFile),
    dataFile: core.dbFile,
    schemaVersion: core.schemaVersion,
    encryption: aboutText.encryption,
    keyProtection: security.protection,
    licence: facts.licence,
    policy: core.policyStatus,
    thirdParty: facts.notices,
  };
}

/** What the renderer's start needs to know about the app and how it is served. */
export function appInfo(core: Core, transport: 'electron' | 'bridge') {
  return { name: 'Tovholder', version: core.opts.appVersion, schemaVersion: core.schemaVersion, dataFile: core.dbFile, encrypted: true, transport };
}
