import { tScreen, uiDirection, type MessageKey, type MessageValues } from '../i18n/index.js';
import type { RowText } from './chrome-row.js';

/** A message of the interface for a screen row: laid out in the interface language's direction. */
export function screenText(key: MessageKey, values?: MessageValues): RowText {
  return { text: tScreen(key, values), base: uiDirection() };
}
