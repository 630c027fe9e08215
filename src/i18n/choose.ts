import { isLanguage, type Language } from './index.js';

/** Locale names that mean each interface language ("ar_SA.UTF-8", "fa_IR", "he_IL.utf8", old "iw"). */
const LOCALE_LANGUAGE: Readonly<Record<string, Language>> = { ar: 'ar', fa: 'fa', he: 'he', iw: 'he', en: 'en' };

/**
 * The interface language a POSIX locale asks for: its language part ("ar" of "ar_SA.UTF-8@euro"),
 * or null when qari has no such language (then English).
 */
export function languageOfLocale(locale: string): Language | null {
  const language = locale.split(/[_.@-]/)[0].toLowerCase();
  return LOCALE_LANGUAGE[language] ?? null;
}

/**
 * --lang (already checked), else QARI_LANG, else the locale the way POSIX picks the messages' one:
 * the first of LC_ALL, LC_MESSAGES, LANG that is set. English when none names a language of qari.
 * An unknown QARI_LANG is the caller's usage error; an unknown locale is simply English.
 */
export function chooseLanguage(flag: Language | undefined, env: NodeJS.ProcessEnv): Language {
  if (flag) return flag;
  const explicit = env.QARI_LANG;
  if (explicit && isLanguage(explicit)) return explicit;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return languageOfLocale(locale) ?? 'en';
}

/**
 * The language to report command-line errors in, before the command line is parsed: a valid
 * `--lang X` or `--lang=X` among the arguments, else as chooseLanguage. Parsing checks it properly.
 */
export function languageBeforeParsing(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : undefined;
    if (value !== undefined && isLanguage(value)) return value;
  }
  return chooseLanguage(undefined, env);
}
