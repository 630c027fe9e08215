// The config file on disk. conf owns where it lives and how it is written (atomically: temp file,
// fsync, rename, so a crash leaves the old or the new file, never a torn one). Reading is done here
// from the raw bytes, because conf on invalid content either throws or, with clearInvalidConfig,
// silently discards it, and qari must classify the content and keep the original bytes.
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { parseConfigText, toConfigObject, type ParsedConfig } from './file-format.js';
import { emptyState, type StoreState } from './types.js';

export type LoadedConfig = ParsedConfig | { status: 'unreadable'; error: NodeJS.ErrnoException };

function errnoOf(error: unknown): NodeJS.ErrnoException {
  return error instanceof Error ? (error as NodeJS.ErrnoException) : new Error(String(error));
}

/** Tolerant on purpose: conf calls this in its constructor and when preserving its own keys; it must not throw there. */
function lenientParse(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export class ConfigFile {
  private readonly conf: Conf<Record<string, unknown>> | undefined;
  readonly path: string;
  /** Why conf could not be set up (no usable directory); writes are impossible then. */
  readonly setupError: NodeJS.ErrnoException | undefined;
  private cache: { signature: string; loaded: ParsedConfig } | undefined;
  /**
   * Set once the file was checked in this turn of the event loop: a list asks for the progress of
   * thousands of articles in one go, and one check of the file answers them all.
   */
  private checkedThisTurn = false;

  constructor(configDir: string | undefined) {
    try {
      this.conf = new Conf<Record<string, unknown>>({
        projectName: 'qari',
        projectSuffix: '', // ~/.config/qari, not conf's default qari-nodejs
        ...(configDir === undefined ? {} : { cwd: configDir }),
        accessPropertiesByDotNotation: false,
        deserialize: lenientParse,
      });
      this.path = this.conf.path;
    } catch (error) {
      // conf creates the directory when the file is missing, and throws if it cannot; it computes the
      // default path first but does not expose it then, so recover it from the error's path.
      this.setupError = errnoOf(error);
      this.path = configDir === undefined ? pathFromSetupError(this.setupError) : path.join(configDir, 'config.json');
    }
  }

  get directory(): string {
    return path.dirname(this.path);
  }

  /** Reads and classifies the file; a missing file is an empty store. Reuses the last parse while the file is unchanged. */
  load(options: { fresh?: boolean } = {}): LoadedConfig {
    const loaded = this.peek(options);
    return loaded.status === 'unreadable' ? loaded : cloneParsed(loaded);
  }

  /** As load, without the copy: for reading one entry. The result must not be changed. */
  peek(options: { fresh?: boolean } = {}): LoadedConfig {
    if (!options.fresh && this.checkedThisTurn && this.cache) return this.cache.loaded;
    let signature: string;
    try {
      const stat = fs.statSync(this.path, { bigint: true });
      signature = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
    } catch (error) {
      const errno = errnoOf(error);
      if (errno.code === 'ENOENT' || errno.code === 'ENOTDIR') return { status: 'ok', state: emptyState() };
      return { status: 'unreadable', error: errno };
    }
    if (!options.fresh && this.cache?.signature === signature) return this.checked(this.cache.loaded);

    let text: string;
    try {
      text = fs.readFileSync(this.path, 'utf8');
    } catch (error) {
      const errno = errnoOf(error);
      if (errno.code === 'ENOENT') return { status: 'ok', state: emptyState() };
      return { status: 'unreadable', error: errno };
    }
    const loaded = parseConfigText(text);
    this.cache = { signature, loaded };
    return this.checked(loaded);
  }

  private checked(loaded: ParsedConfig): ParsedConfig {
    if (!this.checkedThisTurn) {
      this.checkedThisTurn = true;
      setImmediate(() => (this.checkedThisTurn = false)).unref();
    }
    return loaded;
  }

  /** Atomic replace through conf. Throws the file system error when it cannot write. */
  write(state: StoreState): void {
    if (!this.conf) throw this.setupError ?? new Error(`cannot write ${this.path}`);
    this.cache = undefined;
    this.conf.store = toConfigObject(state);
  }

  /** Renames the file to `config.json.corrupt-<timestamp>` (bytes untouched) and returns the new path. */
  moveAside(now: number): string {
    const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
    let target = `${this.path}.corrupt-${stamp}`;
    // Never overwrite an earlier quarantined file (rename would silently replace it).
    for (let n = 2; fs.existsSync(target); n++) target = `${this.path}.corrupt-${stamp}-${n}`;
    fs.renameSync(this.path, target);
    this.cache = undefined;
    return target;
  }

  /**
   * Deletes temp files left by writers killed mid-save (atomic writes rename a `config.json.tmp-*`
   * file into place; a killed process never gets to). Only old ones: a live writer's is brand new.
   */
  removeAbandonedTempFiles(olderThanMs: number, now: number): void {
    const prefix = `${path.basename(this.path)}.tmp-`;
    let names: string[];
    try {
      names = fs.readdirSync(this.directory);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.startsWith(prefix)) continue;
      const file = path.join(this.directory, name);
      try {
        if (now - fs.statSync(file).mtimeMs > olderThanMs) fs.unlinkSync(file);
      } catch {
        // Raced with another cleaner or not ours to delete: leave it.
      }
    }
  }
}

function pathFromSetupError(error: NodeJS.ErrnoException): string {
  // mkdir reports the directory, a failed read the file itself.
  const reported = error.path ?? '.';
  return path.basename(reported) === 'config.json' ? reported : path.join(reported, 'config.json');
}

/** Callers mutate the state they get; the cached parse must stay untouched. */
function cloneParsed(loaded: ParsedConfig): ParsedConfig {
  const copy = (state: StoreState): StoreState => ({
    positions: new Map(state.positions),
    settings: new Map(state.settings),
    other: new Map(state.other),
  });
  return loaded.status === 'ok'
    ? { status: 'ok', state: copy(loaded.state) }
    : { status: 'corrupt', reason: loaded.reason, salvage: copy(loaded.salvage) };
}
