import type { Migration } from '../types';

/**
 * Person search that scales (issue 16, item 6). Picking a person loaded the whole directory (40,000 people at
 * kommune scale); `person.search` finds the first page through two indexes kept in step by triggers:
 *
 * - `person_terms (term, person_id)`, carrying the person's sort key and role: every word of the name, the initials and the organisation (the workplace),
 *   folded – lower case, accents off, æ/ø/å kept, „ä“/„ö“ as æ/ø – and, for a word with „aa“, the same word with „å“.
 *   A prefix is one range scan: `term >= 'kar' AND term < 'kas'`, and the matches are sorted without reading a people row.
 * - `people.sort_key` with an index `(sort_key, id, role)` (role: kinds are filtered on the index alone): the folded name with „aa“ as å and æ, ø, å mapped after z, so
 *   byte order is Danish alphabetical order (Intl.Collator('da') at the primary level) and pages follow by keyset.
 *
 * The fold is plain SQL (nested `replace`), not an app-defined function, so every connection – the app, a restore
 * check, the benchmark's fixture writer – keeps the terms current. The same fold runs on the query in
 * `people/personSearch.ts` (`foldForSearch`, from the map below). A deleted person's terms go with the person
 * (trigger) and `secure_delete` zeroes them; the terms live in the encrypted database like the name itself, with no
 * FTS5 segments that could keep an old name readable.
 *
 * This map is part of the stored data: change it only with a new migration that rebuilds both columns.
 */
export const PERSON_FOLD: Readonly<Record<string, string>> = {
  À: 'a', Á: 'a', Â: 'a', Ã: 'a', Ä: 'æ', Å: 'å', Æ: 'æ', Ç: 'c', È: 'e', É: 'e', Ê: 'e', Ë: 'e', Ì: 'i', Í: 'i',
  Î: 'i', Ï: 'i', Ð: 'd', Ñ: 'n', Ò: 'o', Ó: 'o', Ô: 'o', Õ: 'o', Ö: 'ø', Ø: 'ø', Ù: 'u', Ú: 'u', Û: 'u', Ü: 'u',
  Ý: 'y', Þ: 'th', à: 'a', á: 'a', â: 'a', ã: 'a', ä: 'æ', ç: 'c', è: 'e', é: 'e', ê: 'e', ë: 'e', ì: 'i', í: 'i',
  î: 'i', ï: 'i', ð: 'd', ñ: 'n', ò: 'o', ó: 'o', ô: 'o', õ: 'o', ö: 'ø', ù: 'u', ú: 'u', û: 'u', ü: 'u', ý: 'y',
  ÿ: 'y', þ: 'th', ß: 'ss', Ł: 'l', ł: 'l', Ś: 's', ś: 's', Š: 's', š: 's', Ź: 'z', ź: 'z', Ż: 'z', ż: 'z', Ž: 'z',
  ž: 'z', Ć: 'c', ć: 'c', Č: 'c', č: 'c', Ń: 'n', ń: 'n', Ę: 'e', ę: 'e', Ą: 'a', ą: 'a', Ğ: 'g', ğ: 'g', Ş: 's',
  ş: 's', İ: 'i', ı: 'i', Ő: 'ø', ő: 'ø', Ű: 'u', ű: 'u', Ř: 'r', ř: 'r', Ě: 'e', ě: 'e', Ů: 'u', ů: 'u',
};

/** Characters that separate words in a name or workplace („Hans-Peter“, „Mælkebøtten, Vest“). */
export const WORD_SEPARATORS = [' ', '-', '.', ',', '/', '(', ')', "'", '’', '"', '„', '“', '”', '\t', '\n', '\r'] as const;

/** „aa“ is also indexed (and sorted) as „å“. */
export const AA_AS = { from: 'aa', to: 'å' } as const;

/** SQL: `expr` folded as described above (ASCII by `lower`, the rest by the map). */
export function foldSql(expr: string): string {
  let sql = `lower(${expr})`;
  for (const [from, to] of Object.entries(PERSON_FOLD)) sql = `replace(${sql}, '${from}', '${to}')`;
  return sql;
}

/** SQL: the Danish sort key of a name. */
export function sortKeySql(expr: string): string {
  return `replace(replace(replace(replace(${foldSql(expr)}, 'aa', 'å'), 'æ', '{'), 'ø', '|'), 'å', '}')`;
}

/** SQL: a JSON array of the words in the folded `expr`. */
function wordsJsonSql(expr: string): string {
  let sql = foldSql(expr);
  for (const sep of WORD_SEPARATORS) {
    const lit = sep === '\t' ? 'char(9)' : sep === '\n' ? 'char(10)' : sep === '\r' ? 'char(13)' : `'${sep.replace(/'/g, "''")}'`;
    if (sep !== ' ') sql = `replace(${sql}, ${lit}, ' ')`;
  }
  // Quotes are separators, so only a backslash needs escaping in the JSON string.
  return `'["' || replace(replace(${sql}, '\\', '\\\\'), ' ', '","') || '"]'`;
}

/** SQL: the words of `expr` as rows of `json_each` (an invalid array – a control character – gives none). */
function wordsSql(expr: string): string {
  const arr = wordsJsonSql(expr);
  return `json_each(CASE WHEN json_valid(${arr}) THEN ${arr} ELSE '[]' END)`;
}

/** SQL: insert the terms of the person rows `rows` (columns id, name, initials, organisation, sort_key, role). */
function insertTermsSql(rows: string): string {
  const ins = 'INSERT OR IGNORE INTO person_terms (term, person_id, sort_key, role)';
  return ['name', 'organisation']
    .flatMap((col) => [
      `${ins} SELECT j.value, r.id, r.sort_key, r.role FROM ${rows} AS r, ${wordsSql(`r.${col}`)} AS j WHERE j.value <> ''`,
      `${ins} SELECT replace(j.value, 'aa', 'å'), r.id, r.sort_key, r.role FROM ${rows} AS r, ${wordsSql(`r.${col}`)} AS j WHERE instr(j.value, 'aa') > 0`,
    ])
    .concat(`${ins} SELECT ${foldSql('r.initials')}, r.id, r.sort_key, r.role FROM ${rows} AS r WHERE r.initials <> ''`)
    .join(';\n');
}

/** The row a trigger indexes. */
const NEW_ROW = `(SELECT NEW.id AS id, NEW.name AS name, NEW.initials AS initials, NEW.organisation AS organisation, ${sortKeySql('NEW.name')} AS sort_key, NEW.role AS role)`;

export const migration0240: Migration = {
  version: 240,
  name: 'person-search',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      CREATE TABLE person_terms (
        term TEXT NOT NULL,
        person_id TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (term, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX person_terms_person ON person_terms(person_id);
      CREATE INDEX people_sort ON people(sort_key, id, role);

      CREATE TRIGGER person_search_ai AFTER INSERT ON people BEGIN
        UPDATE people SET sort_key = ${sortKeySql('NEW.name')} WHERE id = NEW.id;
        ${insertTermsSql(NEW_ROW)};
      END;
      CREATE TRIGGER person_search_au AFTER UPDATE OF name, initials, organisation, role ON people BEGIN
        UPDATE people SET sort_key = ${sortKeySql('NEW.name')} WHERE id = NEW.id;
        DELETE FROM person_terms WHERE person_id = OLD.id;
        ${insertTermsSql(NEW_ROW)};
      END;
      CREATE TRIGGER person_search_ad AFTER DELETE ON people BEGIN
        DELETE FROM person_terms WHERE person_id = OLD.id;
      END;

      UPDATE people SET sort_key = ${sortKeySql('name')};
      ${insertTermsSql('people')};
    `);
  },
};
