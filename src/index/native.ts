/**
 * better-sqlite3 is a native module: it is loaded on first use (never on the start-up path), and a
 * machine where it cannot load (no build tools at install time, another Node ABI) still reads
 * everything; only the index (search, people across articles) is missing.
 */
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

export type SqliteModule = typeof BetterSqlite3;
export type SqliteDatabase = BetterSqlite3.Database;

let loaded: SqliteModule | Error | undefined;

/** The module, or why it could not be loaded. */
export function loadSqlite(): SqliteModule | Error {
  if (loaded === undefined) {
    try {
      loaded = createRequire(import.meta.url)('better-sqlite3') as SqliteModule;
    } catch (error) {
      loaded = error instanceof Error ? error : new Error(String(error));
    }
  }
  return loaded;
}

/** True for the errors SQLite itself raises (as opposed to the native addon failing to load). */
export function isSqliteError(error: unknown): error is Error & { code: string } {
  const module = loadSqlite();
  return !(module instanceof Error) && error instanceof module.SqliteError;
}
