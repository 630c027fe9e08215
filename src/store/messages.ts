// The one-line warnings the store hands to its caller.
import { LockTimeoutError } from './file-lock.js';
import { t } from '../i18n/index.js';
import { isReadOnlyError } from './writability.js';

function describe(error: unknown): string {
  const errno = error as NodeJS.ErrnoException | undefined;
  return errno?.code ?? (error instanceof Error ? error.message : String(error));
}

export function cannotSave(directory: string, error: unknown): string {
  if (isReadOnlyError(error)) return t('storeReadOnly', { directory });
  if (error instanceof LockTimeoutError) return t('storeNotSavedLock', { reason: error.message });
  return t('storeCannotSave', { directory, reason: describe(error) });
}

export function cannotRead(file: string, error: unknown): string {
  return t('storeCannotRead', { file, reason: describe(error) });
}

export function movedAside(reason: string, target: string, kept: { positions: number; settings: number }): string {
  const outcome =
    kept.positions + kept.settings === 0
      ? t('storeFresh')
      : t('storeKept', { positions: kept.positions, settings: kept.settings });
  return t('storeMovedAside', { reason, target, outcome });
}

export function corruptButReadOnly(file: string, reason: string): string {
  return t('storeCorruptReadOnly', { file, reason });
}

export function invalidValue(what: string): string {
  return t('storeNotSaved', { what });
}
