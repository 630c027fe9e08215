// Reading positions and settings, kept in conf's config file and shared safely between concurrent
// qari processes: every save re-reads the file under a lock, merges, and writes atomically.
import { ConfigFile, type LoadedConfig } from './config-file.js';
import { evictOldest } from './eviction.js';
import { DEFAULT_LOCK_OPTIONS, withFileLock, type LockOptions } from './file-lock.js';
import * as message from './messages.js';
import { emptyState, MAX_REMEMBERED_ARTICLES, type PositionStore, type ReadingPosition, type StoreState } from './types.js';
import { isReadOnlyError, probeWritable } from './writability.js';

export type { PositionStore, ReadingPosition, StoreWarning } from './types.js';
export { MAX_REMEMBERED_ARTICLES } from './types.js';

export interface OpenStoreOptions {
  /** From --config-dir or QARI_CONFIG_DIR; default: conf's per-user config directory for 'qari'. */
  configDir?: string;
  /** Clock for updatedAt (tests make eviction order deterministic with it). */
  now?: () => number;
  lock?: LockOptions;
}

/** Temp files of killed writers older than this are removed when a store opens. */
const ABANDONED_TEMP_FILE_AGE_MS = 60_000;

export function openStore(opts: OpenStoreOptions = {}): PositionStore {
  return new ConfStore(opts);
}

/** Whole non-negative numbers for block and offset, progress clamped into 0..1; undefined when unusable. */
function normalizePosition(pos: Omit<ReadingPosition, 'updatedAt'>): Omit<ReadingPosition, 'updatedAt'> | undefined {
  const { block, offset, progress } = pos;
  if (![block, offset].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)) return undefined;
  const fraction = typeof progress === 'number' && Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  return { block: Math.floor(block), offset: Math.floor(offset), progress: fraction };
}

/** A JSON-safe deep copy, or undefined when the value cannot be stored as JSON. */
function toJsonValue(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined; // BigInt, cycles
  }
}

function stateOf(loaded: LoadedConfig): StoreState {
  if (loaded.status === 'ok') return loaded.state;
  if (loaded.status === 'corrupt') return loaded.salvage;
  return emptyState();
}

class ConfStore implements PositionStore {
  readonly warnings: string[] = [];
  private readonly file: ConfigFile;
  private readonly now: () => number;
  private readonly lockOptions: LockOptions;
  private canWrite = true;

  constructor(opts: OpenStoreOptions) {
    this.now = opts.now ?? Date.now;
    this.lockOptions = opts.lock ?? DEFAULT_LOCK_OPTIONS;
    const envDir = process.env['QARI_CONFIG_DIR'];
    this.file = new ConfigFile(opts.configDir ?? (envDir ? envDir : undefined));
    const loaded = this.file.load();
    if (loaded.status === 'unreadable') {
      // Writing would replace entries we could not read: never do that.
      this.stopSaving(message.cannotRead(this.file.path, loaded.error));
      return;
    }
    this.checkWritable();
    if (loaded.status === 'corrupt') {
      if (this.canWrite) this.update(() => {}); // moves the file aside and writes back what was valid
      else this.warn(message.corruptButReadOnly(this.file.path, loaded.reason));
    }
  }

  get path(): string {
    return this.file.path;
  }

  get writable(): boolean {
    return this.canWrite;
  }

  get(key: string): ReadingPosition | undefined {
    const pos = stateOf(this.file.peek()).positions.get(key);
    return pos ? { ...pos } : undefined;
  }

  progressOf(key: string): number {
    return this.get(key)?.progress ?? 0;
  }

  progressSnapshot(): (key: string) => number {
    const positions = stateOf(this.file.load()).positions;
    return (key) => positions.get(key)?.progress ?? 0;
  }

  set(key: string, pos: Omit<ReadingPosition, 'updatedAt'>): void {
    const normalized = normalizePosition(pos);
    if (typeof key !== 'string' || key === '' || !normalized) {
      this.warn(message.invalidValue(`reading position ${JSON.stringify(pos)} for "${String(key)}"`));
      return;
    }
    this.update((state) => {
      state.positions.set(key, { ...normalized, updatedAt: this.now() });
      evictOldest(state.positions, MAX_REMEMBERED_ARTICLES, key);
    });
  }

  getSetting<T>(name: string): T | undefined {
    const value = stateOf(this.file.peek()).settings.get(name);
    // The caller names the type it stored; JSON cannot carry it, so this is a trusted cast.
    return value === undefined ? undefined : (structuredClone(value) as T);
  }

  setSetting(name: string, value: unknown): void {
    if (value === undefined) {
      this.update((state) => void state.settings.delete(name));
      return;
    }
    const json = toJsonValue(value);
    if (json === undefined) {
      this.warn(message.invalidValue(`setting "${name}" is not JSON data`));
      return;
    }
    this.update((state) => void state.settings.set(name, json));
  }

  private warn(line: string): void {
    if (!this.warnings.includes(line)) this.warnings.push(line);
  }

  private stopSaving(line: string): void {
    this.canWrite = false;
    this.warn(line);
  }

  private checkWritable(): void {
    if (this.file.setupError) {
      this.stopSaving(message.cannotSave(this.file.directory, this.file.setupError));
      return;
    }
    const probe = probeWritable(this.file.directory);
    if (!probe.writable) {
      this.stopSaving(message.cannotSave(this.file.directory, probe.error));
      return;
    }
    this.file.removeAbandonedTempFiles(ABANDONED_TEMP_FILE_AGE_MS, this.now());
  }

  /** Read-modify-write under the lock, so entries other processes saved meanwhile survive. Never throws. */
  private update(change: (state: StoreState) => void): void {
    if (!this.canWrite) return;
    try {
      withFileLock(`${this.file.path}.lock`, () => {
        const loaded = this.file.load({ fresh: true });
        if (loaded.status === 'unreadable') {
          this.stopSaving(message.cannotRead(this.file.path, loaded.error));
          return;
        }
        if (loaded.status === 'corrupt') this.moveAside(loaded.reason, loaded.salvage);
        const state = stateOf(loaded);
        change(state);
        this.file.write(state);
      }, this.lockOptions);
    } catch (error) {
      // Read-only stays read-only: stop trying. A busy lock or a full disk may pass: try next time.
      if (isReadOnlyError(error)) this.stopSaving(message.cannotSave(this.file.directory, error));
      else this.warn(message.cannotSave(this.file.directory, error));
    }
  }

  private moveAside(reason: string, salvage: StoreState): void {
    const target = this.file.moveAside(this.now());
    this.warn(message.movedAside(reason, target, { positions: salvage.positions.size, settings: salvage.settings.size }));
  }
}
