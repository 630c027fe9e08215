// The reading-position store in one process: round trips, the 1,000-article limit, settings,
// corrupt files, locks and unusable directories. Real temp directories, no mocks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, MAX_REMEMBERED_ARTICLES, type ReadingPosition } from '../src/store/positions.js';
import { ConfigFile } from '../src/store/config-file.js';

let root: string;
let configDir: string;
let configPath: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qari-store-'));
  configDir = path.join(root, 'config');
  configPath = path.join(configDir, 'config.json');
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** A clock that ticks one millisecond per call, so "oldest" is unambiguous. */
function tickingClock(start = 1_000_000): () => number {
  let t = start;
  return () => t++;
}

function readFileJson(): { positions: Record<string, ReadingPosition>; settings: Record<string, unknown> } & Record<string, unknown> {
  return JSON.parse(fs.readFileSync(configPath, 'utf8'));
}

function quarantinedFiles(): string[] {
  return fs.readdirSync(configDir).filter((name) => name.startsWith('config.json.corrupt-'));
}

describe('positions and settings', () => {
  it('keeps positions and settings across reopening', () => {
    const store = openStore({ configDir });
    expect(store.path).toBe(configPath);
    expect(store.writable).toBe(true);
    expect(store.get('hash-a')).toBeUndefined();
    expect(store.progressOf('hash-a')).toBe(0);

    store.set('hash-a', { block: 4, offset: 17, progress: 0.25 });
    store.set('hash-b', { block: 0, offset: 0, progress: 1 });
    store.setSetting('bidi', 'app');
    store.setSetting('layout', { width: 72, nested: [1, 'ب'] });

    const reopened = openStore({ configDir });
    expect(reopened.warnings).toEqual([]);
    expect(reopened.get('hash-a')).toMatchObject({ block: 4, offset: 17, progress: 0.25 });
    expect(reopened.get('hash-a')?.updatedAt).toEqual(expect.any(Number));
    expect(reopened.progressOf('hash-b')).toBe(1);
    expect(reopened.getSetting<string>('bidi')).toBe('app');
    expect(reopened.getSetting('layout')).toEqual({ width: 72, nested: [1, 'ب'] });
    expect(reopened.getSetting('missing')).toBeUndefined();

    // Logical position in the file, settings under their own key, apart from positions.
    const onDisk = readFileJson();
    expect(Object.keys(onDisk.positions).sort()).toEqual(['hash-a', 'hash-b']);
    expect(onDisk.positions['hash-a']).toEqual({ block: 4, offset: 17, progress: 0.25, updatedAt: expect.any(Number) });
    expect(onDisk.settings).toEqual({ bidi: 'app', layout: { width: 72, nested: [1, 'ب'] } });
  });

  it('overwrites a saved position and leaves the others alone', () => {
    const store = openStore({ configDir, now: tickingClock() });
    store.set('a', { block: 1, offset: 1, progress: 0.1 });
    store.set('b', { block: 2, offset: 2, progress: 0.2 });
    store.set('a', { block: 9, offset: 5, progress: 0.9 });
    expect(store.get('a')).toMatchObject({ block: 9, offset: 5, progress: 0.9 });
    expect(store.get('b')).toMatchObject({ block: 2, offset: 2, progress: 0.2 });
    expect(store.get('b')!.updatedAt).toBeLessThan(store.get('a')!.updatedAt);
  });

  it('sees what another store instance saved meanwhile, and merges with it', () => {
    const first = openStore({ configDir });
    const second = openStore({ configDir });
    first.set('from-first', { block: 1, offset: 0, progress: 0.1 });
    second.set('from-second', { block: 2, offset: 0, progress: 0.2 });
    first.setSetting('bidi', 'terminal');
    expect(first.get('from-second')).toMatchObject({ block: 2 });
    expect(second.get('from-first')).toMatchObject({ block: 1 });
    expect(second.getSetting('bidi')).toBe('terminal');
    expect(Object.keys(readFileJson().positions).sort()).toEqual(['from-first', 'from-second']);
  });

  it('forgets the oldest articles beyond 1,000', () => {
    expect(MAX_REMEMBERED_ARTICLES).toBe(1000);
    // 1,000 saved articles, article-0 the oldest (seeded directly: a thousand real saves take seconds).
    const seeded = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [`article-${i}`, { block: i, offset: 0, progress: 0.5, updatedAt: 1000 + i }]),
    );
    fs.mkdirSync(configDir, { recursive: true });
    fs.writeFileSync(configPath, JSON.stringify({ positions: seeded, settings: { bidi: 'app' } }));
    const store = openStore({ configDir, now: tickingClock(10_000) });
    expect(store.warnings).toEqual([]);
    store.set('article-999', { block: 999, offset: 1, progress: 0.5 }); // an update, not a new article: nothing evicted
    expect(Object.keys(readFileJson().positions)).toHaveLength(1000);
    expect(store.get('article-0')).toBeDefined();

    store.set('article-1000', { block: 1000, offset: 0, progress: 0.5 });
    expect(Object.keys(readFileJson().positions)).toHaveLength(1000);
    expect(store.get('article-0')).toBeUndefined();
    expect(store.get('article-1')).toBeDefined();
    expect(store.get('article-1000')).toBeDefined();

    // Reading an old article again makes it recent: the next eviction takes article-2 instead.
    store.set('article-1', { block: 1, offset: 3, progress: 0.6 });
    store.set('article-1001', { block: 1001, offset: 0, progress: 0.5 });
    expect(store.get('article-1')).toMatchObject({ offset: 3 });
    expect(store.get('article-2')).toBeUndefined();
    expect(store.get('article-3')).toBeDefined();
    expect(Object.keys(readFileJson().positions)).toHaveLength(1000);
    expect(store.getSetting('bidi')).toBe('app');
  });

  it('removes a setting set to undefined, and refuses values JSON cannot hold without throwing', () => {
    const store = openStore({ configDir });
    store.setSetting('bidi', 'app');
    store.setSetting('bidi', undefined);
    expect(store.getSetting('bidi')).toBeUndefined();

    expect(() => store.setSetting('bad', () => 1)).not.toThrow();
    expect(() => store.setSetting('big', 10n)).not.toThrow();
    expect(store.getSetting('bad')).toBeUndefined();
    expect(store.warnings.some((w) => w.includes('"bad" is not JSON data'))).toBe(true);
  });

  it('rejects unusable positions with a warning and clamps progress', () => {
    const store = openStore({ configDir });
    expect(() => store.set('nan', { block: Number.NaN, offset: 0, progress: 0 })).not.toThrow();
    expect(() => store.set('neg', { block: 0, offset: -1, progress: 0 })).not.toThrow();
    expect(store.get('nan')).toBeUndefined();
    expect(store.get('neg')).toBeUndefined();
    expect(store.warnings.filter((w) => w.startsWith('qari: not saved'))).toHaveLength(2);

    store.set('over', { block: 1.7, offset: 2, progress: 3 });
    expect(store.get('over')).toMatchObject({ block: 1, offset: 2, progress: 1 });
  });

  it('treats keys like __proto__ as plain data', () => {
    const store = openStore({ configDir });
    store.set('__proto__', { block: 1, offset: 2, progress: 0.3 });
    store.set('constructor', { block: 2, offset: 2, progress: 0.3 });
    const reopened = openStore({ configDir });
    expect(reopened.get('__proto__')).toMatchObject({ block: 1 });
    expect(reopened.get('constructor')).toMatchObject({ block: 2 });
    expect(reopened.get('toString')).toBeUndefined();
  });
});

describe('corrupt config file', () => {
  function writeRaw(bytes: string | Buffer): void {
    fs.mkdirSync(configDir, { recursive: true });
    fs.writeFileSync(configPath, bytes);
  }

  it('moves invalid JSON aside with its original bytes, warns once, and starts fresh', () => {
    const original = Buffer.concat([Buffer.from('{"positions": {"a": {"block": 1, قارئ'), Buffer.from([0xff, 0x00, 0xfe])]);
    writeRaw(original);

    const store = openStore({ configDir });
    expect(store.warnings).toHaveLength(1);
    expect(store.warnings[0]).toMatch(
      /^qari: config file was corrupt \(invalid JSON\); moved aside to .*config\.json\.corrupt-[0-9T-]+Z; starting fresh$/,
    );
    const moved = quarantinedFiles();
    expect(moved).toHaveLength(1);
    expect(store.warnings[0]).toContain(path.join(configDir, moved[0]!));
    expect(fs.readFileSync(path.join(configDir, moved[0]!)).equals(original)).toBe(true);

    // Reading goes on with an empty store, and saving works again.
    expect(store.writable).toBe(true);
    expect(store.get('a')).toBeUndefined();
    store.set('a', { block: 2, offset: 3, progress: 0.5 });
    expect(readFileJson().positions['a']).toMatchObject({ block: 2, offset: 3 });
    expect(openStore({ configDir }).warnings).toEqual([]);
  });

  it.each([
    ['an array', '[1, 2, 3]', /not a JSON object/],
    ['null', 'null', /not a JSON object/],
    ['an empty file', '', /invalid JSON/],
    ['positions that are not an object', '{"positions": [1]}', /"positions" is not an object/],
  ])('moves aside a file that is %s', (_label, text, reason) => {
    writeRaw(text);
    const store = openStore({ configDir });
    expect(store.warnings).toHaveLength(1);
    expect(store.warnings[0]).toMatch(reason);
    expect(store.warnings[0]).toMatch(/moved aside to .*; starting fresh$/);
    expect(fs.readFileSync(path.join(configDir, quarantinedFiles()[0]!), 'utf8')).toBe(text);
  });

  it('keeps the valid entries of a file with some invalid ones (the original is still moved aside)', () => {
    const text = JSON.stringify({
      positions: {
        good: { block: 3, offset: 4, progress: 0.5, updatedAt: 1 },
        badProgress: { block: 3, offset: 4, progress: 'half', updatedAt: 1 },
        negative: { block: -1, offset: 4, progress: 0.5, updatedAt: 1 },
        missing: { block: 3 },
      },
      settings: { bidi: 'app' },
    });
    writeRaw(text);
    const store = openStore({ configDir });
    expect(store.warnings).toHaveLength(1);
    expect(store.warnings[0]).toMatch(/\(3 invalid reading positions\); moved aside to .*; kept 1 reading position\(s\) and 1 setting\(s\)/);
    expect(fs.readFileSync(path.join(configDir, quarantinedFiles()[0]!), 'utf8')).toBe(text);
    expect(store.get('good')).toMatchObject({ block: 3, offset: 4 });
    expect(store.getSetting('bidi')).toBe('app');
    // The salvaged state was written back at once, so it survives even if nothing else is saved.
    expect(readFileJson().positions).toEqual({ good: { block: 3, offset: 4, progress: 0.5, updatedAt: 1 } });
  });

  it('keeps top-level keys it does not know', () => {
    writeRaw(JSON.stringify({ positions: {}, settings: {}, __internal__: { migrations: { version: '1.0.0' } }, future: [1] }));
    const store = openStore({ configDir });
    store.set('a', { block: 1, offset: 1, progress: 0.1 });
    expect(store.warnings).toEqual([]);
    expect(readFileJson()).toMatchObject({ __internal__: { migrations: { version: '1.0.0' } }, future: [1] });
  });

  it('never overwrites an earlier quarantined file', () => {
    const fixedClock = (): number => Date.UTC(2024, 0, 2, 3, 4, 5, 6);
    writeRaw('first garbage');
    openStore({ configDir, now: fixedClock });
    writeRaw('second garbage');
    const store = openStore({ configDir, now: fixedClock });
    expect(store.warnings[0]).toContain('config.json.corrupt-2024-01-02T03-04-05-006Z-2');
    const contents = quarantinedFiles()
      .sort()
      .map((name) => fs.readFileSync(path.join(configDir, name), 'utf8'));
    expect(contents).toEqual(['first garbage', 'second garbage']);
  });

  it('moves aside a file that became corrupt after opening, on the next save', () => {
    const store = openStore({ configDir });
    store.set('a', { block: 1, offset: 1, progress: 0.1 });
    writeRaw('{"truncated":');
    expect(store.get('a')).toBeUndefined(); // reads see the corrupt file as empty, without throwing
    store.set('b', { block: 2, offset: 2, progress: 0.2 });
    expect(quarantinedFiles()).toHaveLength(1);
    expect(store.warnings.some((w) => w.includes('moved aside'))).toBe(true);
    expect(Object.keys(readFileJson().positions)).toEqual(['b']);
  });
});

describe('unusable locations (these work the same for root, unlike chmod)', () => {
  it('reads nothing and saves nothing when the config file cannot be read (it is a directory)', () => {
    fs.mkdirSync(configPath, { recursive: true });
    const store = openStore({ configDir });
    expect(store.writable).toBe(false);
    expect(store.warnings).toEqual([expect.stringMatching(/^qari: cannot read .*config\.json \(EISDIR\); reading positions will not be saved$/)]);
    expect(store.get('a')).toBeUndefined();
    expect(() => store.set('a', { block: 1, offset: 1, progress: 0.1 })).not.toThrow();
    expect(() => store.setSetting('bidi', 'app')).not.toThrow();
    expect(fs.statSync(configPath).isDirectory()).toBe(true);
    expect(store.warnings).toHaveLength(1);
  });

  it('cannot create the config directory when its parent is a file', () => {
    fs.writeFileSync(path.join(root, 'not-a-dir'), 'x');
    const dir = path.join(root, 'not-a-dir', 'qari');
    const store = openStore({ configDir: dir });
    expect(store.path).toBe(path.join(dir, 'config.json'));
    expect(store.writable).toBe(false);
    expect(store.warnings).toEqual([`qari: cannot save reading positions in ${dir} (ENOTDIR)`]);
    expect(store.get('a')).toBeUndefined();
    expect(() => store.set('a', { block: 1, offset: 1, progress: 0.1 })).not.toThrow();
    expect(store.warnings).toHaveLength(1);
  });

  it("defaults to conf's per-user directory, and names it even when it cannot be created", () => {
    const saved = { xdg: process.env['XDG_CONFIG_HOME'], qari: process.env['QARI_CONFIG_DIR'] };
    delete process.env['QARI_CONFIG_DIR'];
    try {
      // conf (via env-paths) puts it in $XDG_CONFIG_HOME/<project>-nodejs on Linux.
      process.env['XDG_CONFIG_HOME'] = path.join(root, 'xdg');
      const store = openStore({});
      expect(store.path).toBe(path.join(root, 'xdg', 'qari', 'config.json'));
      store.set('a', { block: 1, offset: 1, progress: 0.1 });
      expect(fs.existsSync(store.path)).toBe(true);

      fs.writeFileSync(path.join(root, 'file'), 'x');
      process.env['XDG_CONFIG_HOME'] = path.join(root, 'file');
      const blocked = openStore({});
      expect(blocked.path).toBe(path.join(root, 'file', 'qari', 'config.json'));
      expect(blocked.writable).toBe(false);
      expect(blocked.warnings).toEqual([`qari: cannot save reading positions in ${path.join(root, 'file', 'qari')} (ENOTDIR)`]);
    } finally {
      for (const [name, value] of [['XDG_CONFIG_HOME', saved.xdg], ['QARI_CONFIG_DIR', saved.qari]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('uses QARI_CONFIG_DIR when no directory is given', () => {
    const saved = process.env['QARI_CONFIG_DIR'];
    process.env['QARI_CONFIG_DIR'] = configDir;
    try {
      expect(openStore({}).path).toBe(configPath);
    } finally {
      if (saved === undefined) delete process.env['QARI_CONFIG_DIR'];
      else process.env['QARI_CONFIG_DIR'] = saved;
    }
  });
});

describe('lock', () => {
  const lockPath = (): string => `${configPath}.lock`;
  const fastLock = { staleMs: 400, timeoutMs: 150, pollMs: 5 };

  function placeLock(owner: { pid: number; host: string; token: string }, ageMs = 0): void {
    fs.mkdirSync(configDir, { recursive: true });
    fs.writeFileSync(lockPath(), JSON.stringify(owner));
    const when = new Date(Date.now() - ageMs);
    fs.utimesSync(lockPath(), when, when);
  }

  it('does not save past a live lock, warns, and does not throw', () => {
    const store = openStore({ configDir, lock: fastLock });
    store.set('before', { block: 1, offset: 1, progress: 0.1 });
    const before = fs.readFileSync(configPath);
    placeLock({ pid: process.pid, host: os.hostname(), token: 'someone-else' });
    expect(() => store.set('blocked', { block: 2, offset: 2, progress: 0.2 })).not.toThrow();
    expect(store.warnings).toEqual([`qari: reading position not saved: ${lockPath()} is held by another process`]);
    expect(fs.readFileSync(configPath).equals(before)).toBe(true);
    expect(store.writable).toBe(true); // a busy lock is not a read-only directory
    expect(fs.existsSync(lockPath())).toBe(true); // not ours to remove
  });

  it('breaks a lock left by a process that no longer exists', () => {
    const store = openStore({ configDir, lock: fastLock });
    placeLock({ pid: 2 ** 22 + 12345, host: os.hostname(), token: 'dead' }); // above Linux's pid_max
    store.set('a', { block: 1, offset: 1, progress: 0.1 });
    expect(store.warnings).toEqual([]);
    expect(store.get('a')).toBeDefined();
    expect(fs.existsSync(lockPath())).toBe(false);
  });

  it('breaks a lock older than the stale limit, even of a live or unknown owner', () => {
    const store = openStore({ configDir, lock: { ...fastLock, timeoutMs: 2_000 } });
    placeLock({ pid: process.pid, host: 'another-host', token: 'old' }, 10_000);
    store.set('a', { block: 1, offset: 1, progress: 0.1 });
    expect(store.warnings).toEqual([]);
    expect(store.get('a')).toBeDefined();
  });
});

describe('abandoned temp files', () => {
  it('removes old temp files of killed writers but not fresh ones', () => {
    fs.mkdirSync(configDir, { recursive: true });
    const old = path.join(configDir, 'config.json.tmp-17000000001a2b3c');
    const fresh = path.join(configDir, 'config.json.tmp-17000000002a2b3c');
    const unrelated = path.join(configDir, 'other.tmp-1');
    for (const file of [old, fresh, unrelated]) fs.writeFileSync(file, '{"half":');
    const longAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(old, longAgo, longAgo);
    fs.utimesSync(unrelated, longAgo, longAgo);

    openStore({ configDir });
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
    expect(fs.existsSync(unrelated)).toBe(true);
  });

  it('ConfigFile.removeAbandonedTempFiles honours the age limit', () => {
    const file = new ConfigFile(configDir);
    const temp = `${file.path}.tmp-1`;
    fs.writeFileSync(temp, '');
    file.removeAbandonedTempFiles(60_000, Date.now());
    expect(fs.existsSync(temp)).toBe(true);
    file.removeAbandonedTempFiles(60_000, Date.now() + 120_000);
    expect(fs.existsSync(temp)).toBe(false);
  });
});
