// The config file's JSON shape, and turning its text into a StoreState without trusting it:
//   { "positions": { "<content hash>": {block, offset, progress, updatedAt} }, "settings": { "<name>": any JSON } }
import { emptyState, type ReadingPosition, type StoreState } from './types.js';

export const POSITIONS_KEY = 'positions';
export const SETTINGS_KEY = 'settings';

export type ParsedConfig =
  | { status: 'ok'; state: StoreState }
  /** `salvage` holds every part that was still valid, so a bad entry does not cost the good ones. */
  | { status: 'corrupt'; reason: string; salvage: StoreState };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isReadingPosition(value: unknown): value is ReadingPosition {
  if (!isPlainObject(value)) return false;
  const { block, offset, progress, updatedAt } = value;
  return (
    isNonNegativeInteger(block) &&
    isNonNegativeInteger(offset) &&
    typeof progress === 'number' &&
    progress >= 0 &&
    progress <= 1 &&
    typeof updatedAt === 'number' &&
    Number.isFinite(updatedAt)
  );
}

export function parseConfigText(text: string): ParsedConfig {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return { status: 'corrupt', reason: 'invalid JSON', salvage: emptyState() };
  }
  if (!isPlainObject(root)) {
    return { status: 'corrupt', reason: 'not a JSON object', salvage: emptyState() };
  }

  const state = emptyState();
  const problems: string[] = [];
  for (const [name, value] of Object.entries(root)) {
    if (name === POSITIONS_KEY) {
      if (!isPlainObject(value)) {
        problems.push(`"${POSITIONS_KEY}" is not an object`);
        continue;
      }
      let invalid = 0;
      for (const [key, entry] of Object.entries(value)) {
        if (isReadingPosition(entry)) {
          const { block, offset, progress, updatedAt } = entry;
          state.positions.set(key, { block, offset, progress, updatedAt });
        } else {
          invalid++;
        }
      }
      if (invalid > 0) problems.push(`${invalid} invalid reading position${invalid === 1 ? '' : 's'}`);
    } else if (name === SETTINGS_KEY) {
      if (!isPlainObject(value)) {
        problems.push(`"${SETTINGS_KEY}" is not an object`);
        continue;
      }
      for (const [settingName, setting] of Object.entries(value)) state.settings.set(settingName, setting);
    } else {
      state.other.set(name, value);
    }
  }

  if (problems.length > 0) return { status: 'corrupt', reason: problems.join(', '), salvage: state };
  return { status: 'ok', state };
}

/** The object written to disk. Object.fromEntries defines own data properties, so no key can reach a prototype. */
export function toConfigObject(state: StoreState): Record<string, unknown> {
  return Object.fromEntries([
    ...state.other,
    [POSITIONS_KEY, Object.fromEntries(state.positions)],
    [SETTINGS_KEY, Object.fromEntries(state.settings)],
  ]);
}
