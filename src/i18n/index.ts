import type { Direction } from '../article/model.js';
import { ar } from './ar.js';
import { en, type MessageKey, type Messages } from './en.js';
import { fa } from './fa.js';
import { he } from './he.js';
import { BIDI_FORMAT } from '../text/sanitize.js';

export type { MessageKey, Messages } from './en.js';

/** The interface languages (DESIGN.md: --lang en|ar|fa|he). */
export const LANGUAGES = ['en', 'ar', 'fa', 'he'] as const;
export type Language = (typeof LANGUAGES)[number];

export const MESSAGES: Readonly<Record<Language, Messages>> = { en, ar, fa, he };

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The direction the interface reads in: help and messages are laid out in it. */
export function languageDirection(language: Language): Direction {
  return language === 'en' ? 'ltr' : 'rtl';
}

export type MessageValues = Readonly<Record<string, string | number>>;

// First strong isolate and pop directional isolate (UAX #9): a title quoted in a message keeps its
// own direction and cannot reorder the words around it.
const FSI = '\u2068';
const PDI = '\u2069';

/** The message `key` of `language` with its {placeholders} filled in. */
export function formatMessage(language: Language, key: MessageKey, values: MessageValues = {}, isolate = false): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    // A value's own bidi controls could close the isolate early; the isolate does their job.
    return isolate ? FSI + String(value).replace(BIDI_FORMAT, '') + PDI : String(value);
  });
}

/** The {placeholders} of a message, sorted (the test holds every language to the same ones). */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

let current: Language = 'en';

/** Chosen once at start (cli: --lang, QARI_LANG, the locale). */
export function setLanguage(language: Language): void {
  current = language;
}

/**
 * A message in the interface language, for stderr and plain output: values as they are (the
 * caller's output sanitizing drops bidi controls there anyway).
 */
export function t(key: MessageKey, values?: MessageValues): string {
  return formatMessage(current, key, values);
}

/**
 * A message in the interface language for the screen: quoted values isolated, to be laid out by the
 * bidi pipeline in the language's direction (`uiDirection`).
 */
export function tScreen(key: MessageKey, values?: MessageValues): string {
  return formatMessage(current, key, values, true);
}

export function uiDirection(): Direction {
  return languageDirection(current);
}
