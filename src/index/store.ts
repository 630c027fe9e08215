/**
 * Reading and writing the index: articles with their text (searched through an FTS5 table of the
 * folded text, ranked by bm25) and the people, places and organizations each mentions.
 */
import type { Statement } from 'better-sqlite3';
import { ARABIC_SCRIPT, skeletonsMatch } from '../entities/lookup.js';
import { displayLine } from '../sources/list-item.js';
import { findMatches, fold, matchesQuery } from '../text/normalize.js';
import { arabicSkeleton, latinSkeleton, transliterate } from '../text/transliterate.js';
import type { SqliteDatabase } from './native.js';
import { familyName, nameWords, samePerson } from './people.js';
import type { EntitySummary, IndexRecord } from './records.js';

/** A listed file's location, title, source, date, content key, row id, size, modification time and whether its entities are indexed (1 or 0). */
export type ListedFile = readonly [location: string, title: string, source: string | null, date: string | null, hash: string, id: number, size: number, mtime: number, hasEntities: number];

export interface SearchHit {
  title: string;
  location: string;
  snippet: string;
  date: string | null;
}

export interface PersonArticle {
  title: string;
  location: string;
  date: string | null;
  mentions: number;
  /** The person's first mention there, to open the article at it. */
  first: { block: number; start: number; text: string } | null;
}

export interface Person {
  name: string;
  official: boolean;
  role: string | null;
  country: string | null;
  latin: string | null;
  articles: PersonArticle[];
}

/** --who looks for the other forms of the names it found when it found at most this many people. */
const EXPANDED_PEOPLE = 50;

/** Search words shorter than this cannot use the trigram index. */
export const MIN_SEARCH_LETTERS = 3;

interface MentionRow {
  name_id: number;
  official: number;
  role: string | null;
  country: string | null;
  latin: string | null;
  count: number;
  first_block: number | null;
  first_start: number | null;
  first_text: string | null;
  article_id: number;
  title: string;
  location: string;
  date: string | null;
  hash: string;
}

interface NameRow {
  id: number;
  name: string;
  folded: string;
  latin: string | null;
  skeleton: string;
}

export class IndexStore {
  private readonly statements = new Map<string, Statement>();
  private readonly nameIds = new Map<string, number>();
  /** Names already marked as a person's (bounded like nameIds). */
  private readonly personIds = new Set<number>();

  constructor(readonly db: SqliteDatabase) {}

  private sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  close(): void {
    this.db.close();
  }

  /** Stores (or replaces) the records in one transaction: all of them or none. */
  write(records: readonly IndexRecord[]): void {
    try {
      this.db.transaction(() => {
        for (const record of records) this.writeOne(record);
      }).immediate();
    } catch (error) {
      // Rolled back: names cached during the transaction may not exist.
      this.nameIds.clear();
      this.personIds.clear();
      throw error;
    }
  }

  private writeOne(record: IndexRecord): void {
    const now = Date.now();
    const existing = this.sql('SELECT id, has_entities FROM articles WHERE location = ?').get(record.location) as { id: number; has_entities: number } | undefined;
    // Entities found before are kept when the same text comes again without them (a feed refresh).
    const keepEntities = existing !== undefined && record.entities === null && this.sameHash(existing.id, record.hash) && existing.has_entities === 1;
    let id: number;
    if (existing) {
      id = existing.id;
      this.sql('UPDATE articles SET title = ?, source = ?, date = ?, hash = ?, size = ?, mtime = ?, has_entities = ?, indexed_at = ? WHERE id = ?').run(
        record.title, record.source, record.date, record.hash, record.size, record.mtime, keepEntities || record.entities !== null ? 1 : 0, now, id,
      );
      this.sql('DELETE FROM search WHERE rowid = ?').run(id);
      if (!keepEntities) this.sql('DELETE FROM mentions WHERE article_id = ?').run(id);
    } else {
      id = Number(
        this.sql('INSERT INTO articles (location, title, source, date, hash, size, mtime, has_entities, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
          record.location, record.title, record.source, record.date, record.hash, record.size, record.mtime, record.entities !== null ? 1 : 0, now,
        ).lastInsertRowid,
      );
    }
    this.sql('INSERT OR REPLACE INTO texts (article_id, text) VALUES (?, ?)').run(id, record.text);
    this.sql('INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)').run(id, record.foldedTitle, record.foldedText);
    if (record.entities) for (const entity of mergeByName(record.entities)) this.writeMention(id, entity);
  }

  private sameHash(id: number, hash: string): boolean {
    return (this.sql('SELECT hash FROM articles WHERE id = ?').get(id) as { hash: string }).hash === hash;
  }

  private writeMention(articleId: number, entity: EntitySummary): void {
    const nameId = this.nameId(entity.name, entity.latin);
    if (nameId === null) return;
    if (entity.kind === 'person' && !this.personIds.has(nameId)) {
      this.sql('UPDATE names SET person = 1 WHERE id = ? AND person = 0').run(nameId);
      this.personIds.add(nameId);
    }
    this.sql(
      'INSERT OR REPLACE INTO mentions (article_id, name_id, kind, official, role, country, latin, honorific, count, first_block, first_start, first_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(articleId, nameId, entity.kind, entity.official ? 1 : 0, entity.role, entity.country, entity.latin, entity.honorific, entity.mentions, entity.first?.block ?? null, entity.first?.start ?? null, entity.first?.text ?? null);
  }

  private nameId(name: string, latin: string | null): number | null {
    const folded = nameWords(name).join(' ');
    if (!folded) return null;
    const cached = this.nameIds.get(folded);
    if (cached !== undefined) return cached;
    const row = this.sql('SELECT id FROM names WHERE folded = ?').get(folded) as { id: number } | undefined;
    const id = row
      ? row.id
      : Number(
          this.sql('INSERT INTO names (name, folded, latin, skeleton) VALUES (?, ?, ?, ?)').run(
            name, folded, latin ?? (ARABIC_SCRIPT.test(name) ? transliterate(name) : null), folded.split(' ').map(arabicSkeleton).join(' '),
          ).lastInsertRowid,
        );
    // Bounded: a library of many thousand names must not keep them all.
    if (this.nameIds.size > 50_000) {
      this.nameIds.clear();
      this.personIds.clear();
    }
    this.nameIds.set(folded, id);
    return id;
  }

  /** Forgets the articles at these locations (files that are gone). */
  remove(locations: readonly string[]): void {
    this.db.transaction(() => {
      for (const location of locations) {
        const row = this.sql('SELECT id FROM articles WHERE location = ?').get(location) as { id: number } | undefined;
        if (!row) continue;
        for (const table of ['DELETE FROM search WHERE rowid = ?', 'DELETE FROM texts WHERE article_id = ?', 'DELETE FROM mentions WHERE article_id = ?', 'DELETE FROM articles WHERE id = ?']) this.sql(table).run(row.id);
      }
    }).immediate();
  }

  /**
   * The indexed files under `dir` (a directory path with its trailing separator), by path, as
   * arrays: no object per file saves a good part of the time on a library of 50,000.
   */
  listedUnder(dir: string): Map<string, ListedFile> {
    const rows = this.sql('SELECT location, title, source, date, hash, id, size, mtime, has_entities FROM articles WHERE location >= ? AND location < ? AND size IS NOT NULL')
      .raw(true)
      .all(dir, dir + '\uffff') as ListedFile[];
    const listed = new Map<string, ListedFile>();
    for (const row of rows) listed.set(row[0], row);
    return listed;
  }

  /**
   * What changes when the indexed files under `dir` change: their number and row ids (a new file
   * gets a new id), and with `files`, their sizes and modification times (a file indexed again has
   * new ones), which takes a read of every row rather than of the location index alone. A list
   * order remembered for the library holds while this stays the same (library-order.ts).
   */
  fingerprintUnder(dir: string, files = true): number[] {
    const sql = files
      ? 'SELECT count(*), coalesce(sum(id), 0), coalesce(sum(mtime % 1000000007), 0), coalesce(sum(size), 0) FROM articles WHERE location >= ? AND location < ?'
      : 'SELECT count(*), coalesce(sum(id), 0) FROM articles WHERE location >= ? AND location < ?';
    return this.sql(sql).raw(true).get(dir, dir + '\uffff') as number[];
  }

  /** The listed files (as listedUnder gives them) with these row ids, by id; ids no longer indexed are left out. */
  listedByIds(ids: readonly number[]): Map<number, ListedFile> {
    const rows = this.sql('SELECT location, title, source, date, hash, id, size, mtime, has_entities FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND size IS NOT NULL')
      .raw(true)
      .all(JSON.stringify(ids)) as ListedFile[];
    return new Map(rows.map((row) => [row[5], row]));
  }

  /** Whether `location` is indexed with the given content key and its entities. */
  hasArticle(location: string, hash: string): boolean {
    const row = this.sql('SELECT hash, has_entities FROM articles WHERE location = ?').get(location) as { hash: string; has_entities: number } | undefined;
    return row !== undefined && row.hash === hash && row.has_entities === 1;
  }

  /** Whether `location` is indexed with its entities (whatever its text). */
  hasEntitiesAt(location: string): boolean {
    const row = this.sql('SELECT has_entities FROM articles WHERE location = ?').get(location) as { has_entities: number } | undefined;
    return row?.has_entities === 1;
  }

  count(): { articles: number; withEntities: number } {
    const row = this.sql('SELECT count(*) AS articles, coalesce(sum(has_entities), 0) AS withEntities FROM articles').get() as { articles: number; withEntities: number };
    return row;
  }

  /**
   * The best matches for `query` (every word, in any Arabic spelling, anywhere in the title or text),
   * best first (bm25, the title weighing more), each with a snippet of the text around a match.
   */
  search(query: string, limit = 20): SearchHit[] {
    const match = ftsQuery(query);
    if (!match) return [];
    const rows = this.sql(
      `SELECT a.title, a.location, a.date, t.text FROM search s JOIN articles a ON a.id = s.rowid LEFT JOIN texts t ON t.article_id = a.id
       WHERE search MATCH ? ORDER BY bm25(search, 3.0, 1.0) LIMIT ?`,
    ).all(match, limit) as Array<{ title: string; location: string; date: string | null; text: string | null }>;
    return rows.map((row) => ({ title: displayLine(row.title), location: row.location, date: row.date, snippet: snippet(row.text ?? '', query) }));
  }

  /** Locations matching `query`, best first (for filtering a list with /). */
  matchingLocations(query: string, limit = 1000): string[] {
    const match = ftsQuery(query);
    if (!match) return [];
    const rows = this.sql('SELECT a.location FROM search s JOIN articles a ON a.id = s.rowid WHERE search MATCH ? ORDER BY bm25(search, 3.0, 1.0) LIMIT ?').all(match, limit) as Array<{ location: string }>;
    return rows.map((row) => row.location);
  }

  /**
   * People whose name matches `query` (Arabic in any spelling, part of the name, or Latin letters
   * as in the o lookup), with the articles that mention them; the forms of one person's name are
   * merged into its fullest form. Officials first, then the most written about.
   */
  who(query: string): Person[] {
    const folded = fold(query).trim().replace(/\s+/g, ' ');
    if (!folded) return [];
    const names = this.namesMatching(query, folded);
    // Fullest names first, so shorter forms merge into them.
    names.sort((a, b) => b.folded.split(' ').length - a.folded.split(' ').length || a.id - b.id);
    const groups: Array<{ words: string[]; ids: number[]; name: string; latin: string | null }> = [];
    for (const name of names) {
      const words = name.folded.split(' ');
      const group = groups.find((g) => samePerson(g.words, words));
      if (group) group.ids.push(name.id);
      else groups.push({ words, ids: [name.id], name: name.name, latin: name.latin });
    }
    // A name's other forms that did not match the query ("مؤمني" alone, for "اسكندر"), as the card's
    // "also in" finds them; a form the query matched stays with the person it was grouped with.
    // (Not for a query that matches a crowd, such as a common given name alone: there it costs and adds little.)
    if (groups.length <= EXPANDED_PEOPLE) {
      const assigned = new Set(groups.flatMap((group) => group.ids));
      const others = this.sameNameIdsOfEach(groups.map((group) => group.words));
      groups.forEach((group, i) => group.ids.push(...others[i].filter((id) => !assigned.has(id))));
    }
    const people = groups
      .map((group) => this.person(group.name, group.latin, group.ids, null))
      .filter((person) => person.articles.length > 0);
    return people.sort((a, b) => Number(b.official) - Number(a.official) || b.articles.length - a.articles.length);
  }

  private namesMatching(query: string, folded: string): NameRow[] {
    const like = `%${escapeLike(folded)}%`;
    const tight = `%${escapeLike(folded.replace(/ /g, ''))}%`;
    const found = this.sql("SELECT id, name, folded, latin, skeleton FROM names WHERE person = 1 AND (folded LIKE ? ESCAPE '\\' OR replace(folded, ' ', '') LIKE ? ESCAPE '\\')").all(like, tight) as NameRow[];
    if (ARABIC_SCRIPT.test(folded)) return found.length > 0 ? found : this.namesByOffice(folded);
    // Latin letters: the Latin form, or the sound of every word (consonant skeletons).
    // A sound match is looser than a spelling match: used only when no Latin form matches as written.
    const keys = folded.split(/[\s-]+/).filter(Boolean).map(latinSkeleton);
    const seen = new Set(found.map((row) => row.id));
    const sounding: NameRow[] = [];
    for (const row of this.sql('SELECT id, name, folded, latin, skeleton FROM names WHERE person = 1').iterate() as IterableIterator<NameRow>) {
      if (seen.has(row.id)) continue;
      if (row.latin && matchesQuery(row.latin, query)) found.push(row);
      else if (keys.length > 0 && keys.every((key) => row.skeleton.split(' ').some((target) => skeletonsMatch(key, target)))) sounding.push(row);
    }
    return found.length > 0 ? found : sounding;
  }

  /** Names that are the same person as `words` by samePerson (candidates share the family name). */
  private sameNameIds(words: readonly string[]): number[] {
    const family = familyName(words);
    if (!family) return [];
    const candidates = this.sql("SELECT id, folded FROM names WHERE person = 1 AND folded LIKE ? ESCAPE '\\'").all(`%${escapeLike(family)}%`) as Array<{ id: number; folded: string }>;
    return candidates.filter((row) => samePerson(words, row.folded.split(' '))).map((row) => row.id);
  }

  /** sameNameIds of several names, reading the names once (a common given name asked for can match hundreds). */
  private sameNameIdsOfEach(names: ReadonlyArray<readonly string[]>): number[][] {
    if (names.length <= 1) return names.map((words) => this.sameNameIds(words));
    const families = new Set(names.map(familyName).filter(Boolean));
    const byFamily = new Map<string, Array<{ id: number; words: string[] }>>();
    for (const [id, folded] of this.sql('SELECT id, folded FROM names WHERE person = 1').raw(true).iterate() as IterableIterator<[number, string]>) {
      const words = folded.split(' ');
      for (const word of new Set(words)) {
        if (!families.has(word)) continue;
        let list = byFamily.get(word);
        if (!list) byFamily.set(word, (list = []));
        list.push({ id, words });
      }
    }
    return names.map((words) => (byFamily.get(familyName(words)) ?? []).filter((row) => samePerson(words, row.words)).map((row) => row.id));
  }

  /** People whose office, as an article words it, holds the query ("وزير الداخلية"), as the o lookup finds them. */
  private namesByOffice(folded: string): NameRow[] {
    const rows = this.sql("SELECT DISTINCT name_id, role FROM mentions WHERE kind = 'person' AND role IS NOT NULL").raw(true).all() as Array<[number, string]>;
    const ids = [...new Set(rows.filter(([, role]) => matchesQuery(role, folded)).map(([id]) => id))];
    // One query for all of them (an office such as "وزير" can be held by thousands), in the order found.
    const byId = new Map(
      (this.sql('SELECT id, name, folded, latin, skeleton FROM names WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as NameRow[]).map((row) => [row.id, row]),
    );
    return ids.map((id) => byId.get(id)).filter((row): row is NameRow => row !== undefined);
  }

  /** One person (the names `ids`), with the articles that mention them; `exclude` leaves one article out. */
  private person(name: string, latin: string | null, ids: number[], exclude: { location: string; hash: string } | null): Person {
    const rows: MentionRow[] = [];
    for (const id of ids) {
      rows.push(
        ...(this.sql(
          `SELECT m.name_id, m.official, m.role, m.country, m.latin, m.count, m.first_block, m.first_start, m.first_text, a.id AS article_id, a.title, a.location, a.date, a.hash
           FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.name_id = ? AND m.kind = 'person'`,
        ).all(id) as MentionRow[]),
      );
    }
    // One entry per article (two forms of the name in one article are one person there).
    const byArticle = new Map<number, MentionRow>();
    for (const row of rows) {
      if (exclude && (row.location === exclude.location || row.hash === exclude.hash)) continue;
      const seen = byArticle.get(row.article_id);
      if (!seen || row.count > seen.count) byArticle.set(row.article_id, row);
    }
    // One entry per text: the same article indexed under two locations (older qari named a feed
    // item without a link by its feed's address) is listed once, by the location recorded last.
    const byText = new Map<string, MentionRow>();
    for (const row of byArticle.values()) {
      const seen = byText.get(row.hash);
      if (!seen || row.article_id > seen.article_id) byText.set(row.hash, row);
    }
    const chosen = [...byText.values()];
    const described = chosen.find((row) => row.official === 1 && row.role) ?? chosen.find((row) => row.role) ?? chosen[0];
    chosen.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.count - a.count);
    return {
      name: displayLine(name),
      official: chosen.some((row) => row.official === 1),
      role: described?.role ? displayLine(described.role) : null,
      country: described?.country ? displayLine(described.country) : null,
      latin: (described?.latin ?? latin) ? displayLine((described?.latin ?? latin) as string) : null,
      articles: chosen.map((row) => ({
        title: displayLine(row.title),
        location: row.location,
        date: row.date,
        mentions: row.count,
        first: row.first_block !== null && row.first_start !== null ? { block: row.first_block, start: row.first_start, text: row.first_text ?? '' } : null,
      })),
    };
  }

  /** The other articles that mention the person called `name` (the card's "also in N articles"). */
  alsoIn(name: string, current: { location: string; hash: string }): PersonArticle[] {
    const ids = this.sameNameIds(nameWords(name));
    return ids.length === 0 ? [] : this.person(name, null, ids, current).articles;
  }
}

/** One summary per folded name (the extractor may give two entities the same name). */
function mergeByName(entities: readonly EntitySummary[]): EntitySummary[] {
  const byKey = new Map<string, EntitySummary>();
  for (const entity of entities) {
    const key = `${entity.kind}\u0000${nameWords(entity.name).join(' ')}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, entity);
    else byKey.set(key, { ...(entity.mentions > seen.mentions ? entity : seen), official: seen.official || entity.official, mentions: seen.mentions + entity.mentions });
  }
  return [...byKey.values()];
}

/** The FTS5 query for what a user typed: every folded word of 3+ letters, each a quoted phrase (AND). */
export function ftsQuery(query: string): string | null {
  const words = fold(query)
    .split(/[\s"]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}'_-]/gu, ''))
    .filter((word) => [...word].length >= MIN_SEARCH_LETTERS);
  return words.length === 0 ? null : words.map((word) => `"${word}"`).join(' ');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** About this many characters of text around the first match, on one line. */
const SNIPPET_CHARS = 160;

export function snippet(text: string, query: string): string {
  const words = fold(query).split(/\s+/).filter((word) => [...word].length >= MIN_SEARCH_LETTERS);
  let at = -1;
  for (const word of words) {
    const match = findMatches(text, word)[0];
    if (match && (at < 0 || match.start < at)) at = match.start;
  }
  let start = Math.max(0, at - SNIPPET_CHARS / 3);
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  // Whole words only.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${displayLine(text.slice(start, end))}${end < text.length ? '…' : ''}`;
}
