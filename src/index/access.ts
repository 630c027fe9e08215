/**
 * The index of a config directory, opened once per process. When it cannot be had (the native
 * module does not load on this machine), qari says so once per config directory (a marker file
 * remembers it was said) and reads everything as before.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from './database.js';
import { IndexStore } from './store.js';

export type IndexAccess = { store: IndexStore; warnings: string[] } | { store: null; reason: string; warnings: string[] };

const opened = new Map<string, IndexAccess>();

const MARKER = 'index-unavailable.txt';

export function unavailableMessage(reason: string): string {
  return `qari: search and people across articles are unavailable: the index could not be opened (${reason})`;
}

/** The index in `configDir`; its warnings are returned on the first call only. */
export function openIndex(configDir: string): IndexAccess {
  const seen = opened.get(configDir);
  if (seen) return { ...seen, warnings: [] };
  const result = openDatabase(configDir);
  let access: IndexAccess;
  if ('unavailable' in result) {
    access = { store: null, reason: result.unavailable, warnings: sayOnce(configDir, result.unavailable) ? [unavailableMessage(result.unavailable)] : [] };
  } else {
    rmSync(join(configDir, MARKER), { force: true });
    access = { store: new IndexStore(result.db), warnings: result.warnings };
  }
  opened.set(configDir, access);
  return access;
}

/** Whether the unavailability (for this reason) has not been told yet; remembers that it now is. */
function sayOnce(configDir: string, reason: string): boolean {
  const marker = join(configDir, MARKER);
  try {
    if (readFileSync(marker, 'utf8') === reason) return false;
  } catch {
    // not said yet
  }
  try {
    writeFileSync(marker, reason);
  } catch {
    // a read-only config directory: say it every time rather than never
  }
  return true;
}

/** Closes every index this process opened (tests, and before exit). */
export function closeIndexes(): void {
  for (const access of opened.values()) access.store?.close();
  opened.clear();
}
