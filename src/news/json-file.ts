// The news files (subscriptions, stored items) as JSON, shared by several qari processes: changed
// only under the store's lock file, written atomically (temporary file, fsync, rename) so a killed
// process leaves the old or the new file, and a corrupt file is moved aside, never overwritten.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { t } from '../i18n/index.js';
import { DEFAULT_LOCK_OPTIONS, withFileLock } from '../store/file-lock.js';

export type LoadedJson = { status: 'missing' } | { status: 'ok'; value: unknown } | { status: 'corrupt'; reason: string };

export function readJsonFile(file: string): LoadedJson {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw error;
  }
  try {
    return { status: 'ok', value: JSON.parse(text) };
  } catch {
    return { status: 'corrupt', reason: t('reasonInvalidJson') };
  }
}

export function writeJsonAtomic(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = fs.openSync(temporary, 'w', 0o600);
    try {
      fs.writeFileSync(fd, JSON.stringify(value));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Renames a corrupt file to `<name>.corrupt-<time>` (bytes untouched); returns where it went. */
export function moveAside(file: string, now = Date.now()): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  let target = `${file}.corrupt-${stamp}`;
  for (let n = 2; fs.existsSync(target); n++) target = `${file}.corrupt-${stamp}-${n}`;
  fs.renameSync(file, target);
  return target;
}

/** Read-modify-write of one JSON file under its lock (sync: the critical section is short); `value: undefined` writes nothing. */
export function updateJsonFile<T>(file: string, change: (loaded: LoadedJson) => { value: unknown; result: T }): T {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Refreshes hold the lock only to merge and write; a longer wait than the store's covers a slow disk.
  return withFileLock(`${file}.lock`, () => {
    const { value, result } = change(readJsonFile(file));
    if (value !== undefined) writeJsonAtomic(file, value);
    return result;
  }, { ...DEFAULT_LOCK_OPTIONS, timeoutMs: 10_000 });
}

/** Temporary files older than an hour belong to writers that died: removed when seen. */
export function removeAbandonedTemporaries(directory: string, now = Date.now()): void {
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith('.tmp')) continue;
    const file = path.join(directory, name);
    try {
      if (now - fs.statSync(file).mtimeMs > 60 * 60_000) fs.unlinkSync(file);
    } catch {
      // Raced with another cleaner: leave it.
    }
  }
}
