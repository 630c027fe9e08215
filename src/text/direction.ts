import type { Direction } from '../article/model.js';

// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and the
// presentation forms. Strong left-to-right: any other letter. Enough to pick a paragraph direction.
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const LETTER = /\p{L}/u;

/**
 * The direction of a paragraph: the direction most of its letters have. Deliberately not the
 * first-strong rule (UBA P2): Arabic news paragraphs often start with a Latin name or acronym
 * ("CNN قالت ..."), and the reader expects those right-aligned. Ties fall back to the first strong
 * letter, and text without letters to `fallback`.
 */
export function dominantDirection(text: string, fallback: Direction): Direction {
  let rtl = 0;
  let ltr = 0;
  let first: Direction | null = null;
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) {
      rtl++;
      first ??= 'rtl';
    } else if (LETTER.test(ch)) {
      ltr++;
      first ??= 'ltr';
    }
  }
  if (rtl > ltr) return 'rtl';
  if (ltr > rtl) return 'ltr';
  return first ?? fallback;
}

/** A language tag from the letters used: Hebrew, Persian, Urdu, Arabic or (for Latin text) English. */
export function detectLanguage(text: string): string {
  let hebrew = 0, arabicScript = 0, persian = 0, urdu = 0, latin = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x0590 && c <= 0x05ff) hebrew++;
    else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0xfb50 && c <= 0xfeff)) {
      arabicScript++;
      if ('پچژگکی'.includes(ch)) persian++;
      if ('ٹڈڑںےہھ'.includes(ch)) urdu++;
    } else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  if (hebrew > arabicScript && hebrew > latin) return 'he';
  if (arabicScript >= latin && arabicScript > 0) {
    if (urdu > arabicScript * 0.02 && urdu >= persian / 2) return 'ur';
    if (persian > arabicScript * 0.02) return 'fa';
    return 'ar';
  }
  return latin > 0 ? 'en' : 'und';
}
