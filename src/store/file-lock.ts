// A short-lived inter-process lock: an exclusively created (`wx`) lock file next to the config.
// Saves are synchronous (qari saves on quit, where nothing async may run), so the lock is too.
import fs from 'node:fs';
import os from 'node:os';
import { randomUUID } from 'node:crypto';

export interface LockOptions {
  /** A lock older than this is taken to belong to a hung or vanished process (the critical section lasts milliseconds). */
  staleMs: number;
  /** Give up after waiting this long. */
  timeoutMs: number;
  /** Pause between attempts (jittered so waiting processes do not move in step). */
  pollMs: number;
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { staleMs: 2_000, timeoutMs: 3_000, pollMs: 10 };

export class LockTimeoutError extends Error {
  constructor(readonly lockPath: string) {
    super(`${lockPath} is held by another process`);
    this.name = 'LockTimeoutError';
  }
}

interface LockOwner {
  pid: number;
  host: string;
  token: string;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function readOwner(lockPath: string): { text: string; owner: LockOwner | undefined } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(lockPath, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.token === 'string') {
      return { text, owner: { pid: parsed.pid, host: parsed.host, token: parsed.token } };
    }
  } catch {
    // Empty or partial: the owner died between creating and filling the file; the age check decides.
  }
  return { text, owner: undefined };
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM means it exists but belongs to someone else.
    return errorCode(error) === 'ESRCH';
  }
}

function isStale(lockPath: string, owner: LockOwner | undefined, staleMs: number): boolean {
  // A dead owner on this machine is certain; elsewhere (shared home dir) only age can tell.
  if (owner && owner.host === os.hostname() && owner.pid !== process.pid && processIsGone(owner.pid)) return true;
  try {
    return Date.now() - fs.statSync(lockPath).mtimeMs > staleMs;
  } catch {
    return false; // vanished meanwhile: simply try again
  }
}

/** Removes a stale lock unless it changed since we judged it (another process may already have replaced it). */
function breakStaleLock(lockPath: string, judgedText: string): void {
  const now = readOwner(lockPath);
  if (now?.text !== judgedText) return;
  try {
    fs.unlinkSync(lockPath);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function tryCreate(lockPath: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
  } catch (error) {
    // A lock we cannot fill (disk full) would block everyone until it turns stale: take it back.
    fs.closeSync(fd);
    fs.rmSync(lockPath, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return true;
}

function release(lockPath: string, token: string): void {
  // Only remove our own lock: if ours was broken as stale, the file now belongs to someone else.
  if (readOwner(lockPath)?.owner?.token !== token) return;
  try {
    fs.unlinkSync(lockPath);
  } catch {
    // Already gone: nothing to release.
  }
}

/** Runs `critical` while holding the lock. Throws LockTimeoutError, or the file system error that prevents locking. */
export function withFileLock<T>(lockPath: string, critical: () => T, options: LockOptions = DEFAULT_LOCK_OPTIONS): T {
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), token: randomUUID() };
  const deadline = Date.now() + options.timeoutMs;
  while (!tryCreate(lockPath, owner)) {
    const current = readOwner(lockPath);
    if (current && isStale(lockPath, current.owner, options.staleMs)) {
      breakStaleLock(lockPath, current.text);
      continue;
    }
    if (Date.now() >= deadline) throw new LockTimeoutError(lockPath);
    sleepSync(options.pollMs / 2 + Math.random() * options.pollMs);
  }
  try {
    return critical();
  } finally {
    release(lockPath, owner.token);
  }
}
