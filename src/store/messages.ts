// The one-line warnings the store hands to its caller.
import { LockTimeoutError } from './file-lock.js';
import { isReadOnlyError } from './writability.js';

function describe(error: unknown): string {
  const errno = error as NodeJS.ErrnoException | undefined;
  return errno?.code ?? (error instanceof Error ? error.message : String(error));
}

export function cannotSave(directory: string, error: unknown): string {
  if (isReadOnlyError(error)) return `qari: cannot save reading positions: ${directory} is read-only`;
  if (error instanceof LockTimeoutError) return `qari: reading position not saved: ${error.message}`;
  return `qari: cannot save reading positions in ${directory} (${describe(error)})`;
}

export function cannotRead(file: string, error: unknown): string {
  return `qari: cannot read ${file} (${describe(error)}); reading positions will not be saved`;
}

export function movedAside(reason: string, target: string, kept: { positions: number; settings: number }): string {
  const outcome =
    kept.positions + kept.settings === 0
      ? 'starting fresh'
      : `kept ${kept.positions} reading position(s) and ${kept.settings} setting(s) that were still valid`;
  return `qari: config file was corrupt (${reason}); moved aside to ${target}; ${outcome}`;
}

export function corruptButReadOnly(file: string, reason: string): string {
  return `qari: config file ${file} is corrupt (${reason}) and cannot be moved aside; ignoring its invalid parts`;
}

export function invalidValue(what: string): string {
  return `qari: not saved: ${what}`;
}
