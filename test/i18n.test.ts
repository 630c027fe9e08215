import { afterEach, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { formatMessage, LANGUAGES, MESSAGES, placeholdersOf, setLanguage, type MessageKey } from '../src/i18n/index.js';
import { chooseLanguage, languageBeforeParsing, languageOfLocale } from '../src/i18n/choose.js';
import { en } from '../src/i18n/en.js';
import { helpRows, KEY_HELP } from '../src/ui/HelpView.js';
import { parseCli, USAGE } from '../src/cli/options.js';
import { logicalOfRtl } from './helpers/articles.js';

const keys = Object.keys(en) as MessageKey[];
const app = { reorder: true, shape: false };

afterEach(() => setLanguage('en'));

describe('the message tables', () => {
  it.each(LANGUAGES)('%s has every key, each with the placeholders of the English message', (language) => {
    const table = MESSAGES[language];
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(table[key].trim(), `${language}.${key}`).not.toBe('');
      expect(placeholdersOf(table[key]), `${language}.${key}`).toEqual(placeholdersOf(en[key]));
    }
  });

  it('translates: the right-to-left tables are not English copies', () => {
    for (const language of ['ar', 'fa', 'he'] as const) {
      const same = keys.filter((key) => MESSAGES[language][key] === en[key] && /[a-z]{3}/.test(en[key].replace(/\{\w+\}|qari|Enter|Esc|UTF-8|HTTP|TLS|DNS|URL/g, '')));
      expect(same, language).toEqual([]);
    }
  });

  it('fills placeholders, isolating quoted text for the screen', () => {
    expect(formatMessage('en', 'opening', { title: 'خبر' })).toBe('opening خبر…');
    expect(formatMessage('ar', 'opening', { title: 'News\u202e' }, true)).toBe('جارٍ فتح \u2068News\u2069…');
  });
});

describe('the help in every language', () => {
  it.each(LANGUAGES)('%s: every line fits 80 columns whole, mirrored for a right-to-left language', (language) => {
    setLanguage(language);
    const rows = helpRows(80, app);
    expect(rows).toHaveLength(KEY_HELP.length + 1);
    for (const row of rows) {
      expect(stringWidth(row)).toBeLessThanOrEqual(80);
      expect(row).not.toContain('…');
    }
    if (language === 'en') {
      expect(rows[1]).toBe('  j ↓ Enter / k ↑      line down / up');
    } else {
      // Keys at the right edge, what they do to their left, in the language's words.
      for (const row of rows.slice(1)) expect(stringWidth(row)).toBe(80);
      expect(rows[1].endsWith('j ↓ Enter / k ↑  ')).toBe(true);
      expect(logicalOfRtl(rows[1].slice(0, -('j ↓ Enter / k ↑'.length + 2)))).toBe(MESSAGES[language].helpLine);
    }
  });
});

describe('choosing the interface language', () => {
  it('takes --lang, then QARI_LANG, then LC_ALL, LC_MESSAGES, LANG, else English', () => {
    expect(chooseLanguage('he', { QARI_LANG: 'fa', LANG: 'ar_SA.UTF-8' })).toBe('he');
    expect(chooseLanguage(undefined, { QARI_LANG: 'fa', LANG: 'ar_SA.UTF-8' })).toBe('fa');
    expect(chooseLanguage(undefined, { LC_ALL: 'he_IL.UTF-8', LC_MESSAGES: 'fa_IR', LANG: 'ar_SA.UTF-8' })).toBe('he');
    expect(chooseLanguage(undefined, { LC_MESSAGES: 'fa_IR.UTF-8', LANG: 'ar_SA.UTF-8' })).toBe('fa');
    expect(chooseLanguage(undefined, { LANG: 'ar_SA.UTF-8' })).toBe('ar');
    expect(chooseLanguage(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(chooseLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(chooseLanguage(undefined, {})).toBe('en');
  });

  it('reads locale names the way they are written', () => {
    expect(languageOfLocale('ar_EG')).toBe('ar');
    expect(languageOfLocale('ar')).toBe('ar');
    expect(languageOfLocale('fa_IR.utf8@calendar')).toBe('fa');
    expect(languageOfLocale('iw_IL')).toBe('he');
    expect(languageOfLocale('POSIX')).toBeNull();
  });

  it('parses --lang and refuses what it does not know, in the language asked for so far', () => {
    expect(parseCli(['--lang', 'fa'], {}).language).toBe('fa');
    expect(parseCli(['--lang=he'], { LANG: 'ar_SA.UTF-8' }).language).toBe('he');
    expect(parseCli([], { LANG: 'ar_SA.UTF-8' }).language).toBe('ar');
    expect(() => parseCli(['--lang', 'de'], {})).toThrow("qari: --lang must be one of en, ar, fa, he (got 'de')");
    expect(() => parseCli([], { QARI_LANG: 'xx' })).toThrow(/QARI_LANG must be one of/);
    expect(languageBeforeParsing(['--width', 'x', '--lang', 'ar'], {})).toBe('ar');
    expect(languageBeforeParsing(['--lang', 'de'], { LANG: 'he_IL' })).toBe('he');
    setLanguage('ar');
    expect(() => parseCli(['--width', 'x'], {})).toThrow(/^qari: يجب أن تكون قيمة --width/);
  });

  it('lists --lang in --help', () => {
    expect(USAGE).toMatch(/--lang en\|ar\|fa\|he/);
    expect(USAGE).toContain('QARI_LANG');
  });
});
