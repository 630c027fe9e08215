/**
 * The index database (`index.sqlite` in the config directory): opening it with WAL and a busy
 * timeout (a reader and an indexer can work at once), its schema and version, and what happens to a
 * corrupt file (moved aside with one warning line, then rebuilt: the index only caches what can be
 * read again).
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { isSqliteError, loadSqlite, type SqliteDatabase } from './native.js';

export const INDEX_FILE = 'index.sqlite';

/** Bumped when the schema changes; an index of another version is dropped and rebuilt. */
export const SCHEMA_VERSION = 1;

/** How long a write waits for another process's write to finish, in milliseconds. */
const BUSY_TIMEOUT_MS = 10_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  location TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  source TEXT,
  date TEXT,
  hash TEXT NOT NULL,
  size INTEGER,
  mtime INTEGER,
  has_entities INTEGER NOT NULL DEFAULT 0,
  indexed_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_by_hash ON articles(hash);
-- The text as written (the search table holds only its folded form): snippets quote it.
CREATE TABLE IF NOT EXISTS texts (article_id INTEGER PRIMARY KEY, text TEXT NOT NULL);
-- Trigram tokens over folded text: any substring of three letters or more matches, like / in the
-- reader (Arabic words carry clitics: "والوزير" must match "الوزير").
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(title, body, tokenize = 'trigram', content = '', contentless_delete = 1);
CREATE TABLE IF NOT EXISTS names (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  folded TEXT NOT NULL UNIQUE,
  latin TEXT,
  -- consonant skeletons of the words, for Latin-letter queries ("momeni")
  skeleton TEXT NOT NULL,
  -- 1 once some article names a person so
  person INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS mentions (
  article_id INTEGER NOT NULL,
  name_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  official INTEGER NOT NULL,
  role TEXT,
  country TEXT,
  latin TEXT,
  honorific TEXT,
  count INTEGER NOT NULL,
  first_block INTEGER,
  first_start INTEGER,
  first_text TEXT,
  PRIMARY KEY (article_id, name_id, kind)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_by_name ON mentions(name_id);
`;

export type OpenedDatabase = { db: SqliteDatabase; path: string; warnings: string[] } | { unavailable: string };

/**
 * Opens (creating if needed) the index in `configDir`. A corrupt file is moved aside and a new one
 * made; if the native module cannot load, the answer says why instead.
 */
export function openDatabase(configDir: string): OpenedDatabase {
  const Database = loadSqlite();
  if (Database instanceof Error) return { unavailable: firstLine(Database.message) };
  const path = join(configDir, INDEX_FILE);
  const warnings: string[] = [];
  try {
    mkdirSync(configDir, { recursive: true });
  } catch (error) {
    return { unavailable: `cannot create ${configDir}: ${firstLine(String((error as Error).message))}` };
  }
  for (let attempt = 0; ; attempt++) {
    let db: SqliteDatabase | undefined;
    try {
      db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
      prepare(db);
      return { db, path, warnings };
    } catch (error) {
      db?.close();
      if (!isSqliteError(error)) return { unavailable: firstLine(error instanceof Error ? error.message : String(error)) };
      if (attempt > 0 || !isCorruption(error)) return { unavailable: `${path}: ${firstLine(error.message)}` };
      const aside = moveAside(path);
      warnings.push(`qari: the index ${path} was damaged (${firstLine(error.message)}); moved it to ${aside} and started a new one`);
    }
  }
}

function prepare(db: SqliteDatabase): void {
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL loses no committed transaction on a process crash (kill -9), only on power loss.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = OFF');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === SCHEMA_VERSION) {
    // A damaged file often opens fine: read the schema to find out now rather than mid-session.
    db.prepare('SELECT count(*) FROM articles WHERE id = 0').get();
    return;
  }
  db.transaction(() => {
    if (version !== 0) for (const table of ['articles', 'texts', 'search', 'names', 'mentions']) db.exec(`DROP TABLE IF EXISTS ${table}`);
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

export function isCorruption(error: { code: string }): boolean {
  return error.code === 'SQLITE_CORRUPT' || error.code === 'SQLITE_NOTADB' || error.code.startsWith('SQLITE_CORRUPT_');
}

/** Renames the database (and its WAL files) to `<name>.corrupt-<time>`; returns the new name. */
function moveAside(path: string): string {
  const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
  }
  return aside;
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}
