/**
 * The benchmark's kommune, written in a process of its own (issue 17): `tsx bench/generate.ts <db file> <size JSON>
 * <seed> <info file>`. Generating 30,000 meetings builds a heap of hundreds of MB and a 1 GB page cache; measuring in
 * that same process afterwards made every path at the largest size look up to twice as slow as in a fresh process.
 * bench/run.ts spawns this, then measures in a process that never held the generator. Writes the FixtureInfo as JSON.
 */
import { writeFileSync } from 'node:fs';
import { openDb } from '../electron/core/db/openDb';
import { writeSetting } from '../electron/core/settings/settingsRepo';
import { generateFixture, type FixtureSize } from './fixture';

const [dbFile, sizeJson, seed, infoFile] = process.argv.slice(2);
if (!dbFile || !sizeJson || !seed || !infoFile) throw new Error('brug: tsx bench/generate.ts <databasefil> <størrelse som JSON> <frø> <infofil>');
const KEY = Buffer.from('5a'.repeat(32), 'hex');
const gen = openDb({ file: dbFile, key: KEY });
const info = generateFixture(gen, JSON.parse(sizeJson) as FixtureSize, Number(seed));
writeSetting(gen, 'profile', { personId: null, name: 'Benchmark Bruger', initials: 'BB', role: 'dagtilbudsleder', workplace: '' });
writeSetting(gen, 'firstRun', { completedAt: new Date().toISOString() });
gen.pragma('wal_checkpoint(TRUNCATE)');
gen.close();
writeFileSync(infoFile, JSON.stringify(info));
