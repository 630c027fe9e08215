/**
 * "الترجي - النجم : فلان", "ويدير لقاء الترجي والنجم الحكم فلان": in a fixture the second team's
 * name may read as a title ("النجم": the star, also said of artists). Right after the dash between
 * two teams, or joined by "و" to the first team after a noun of a match, the word is that team's;
 * it titles no one (honorific-titles.ts).
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import type { Token } from './tokenize.js';
import { hasTrait, HONORIFIC, OFFICE_WORD, PERSON_TITLE } from './word-traits.js';

const NOT_A_TEAM = HONORIFIC | OFFICE_WORD | PERSON_TITLE;

/** Dashes and slashes set between the two teams of a fixture. */
const FIXTURE_SEPARATORS = new Set(['-', '–', '—', 'ـ', '/']);

/** Nouns of a match, before the first team (folded, with or without the article; a closed class). */
const MATCH_NOUNS = new Set(['مباراة', 'لقاء', 'مقابلة', 'مواجهة', 'قمة', 'دربي'].flatMap((word) => [fold(word), fold(`ال${word}`)]));

/** Words of the first team's name looked back over ("لقاء النادي الصفاقسي والنجم"). */
const MAX_TEAM_WORDS = 3;

/** Whether the word at i opens the second team of a fixture. */
export function isSecondTeamAt(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return false;
  if (!before.isWord) return FIXTURE_SEPARATORS.has(before.text);
  if (!tokens[i].folded.startsWith('و')) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_TEAM_WORDS && tokens[k].isWord; k--) {
    if (procliticReadings(tokens[k]).some(({ stem }) => MATCH_NOUNS.has(stem))) return k < i - 1;
    // ("لقاء الوزير والسفير فلان": a meeting of two holders of titles, no fixture; "حضر اللقاء
    // فلان والحاج علان": a name after the noun. A team is named with the article: "الترجي".)
    if (hasTrait(tokens[k], NOT_A_TEAM) || !tokens[k].folded.startsWith('ال')) return false;
  }
  return false;
}

/**
 * Heads of Tunisian and Arab club names that are no organization head of the lexicon (folded, a
 * closed class): "الترجي الجرجيسي", "مستقبل المرسى", "أمل حمام سوسة", "الملعب القابسي".
 */
const CLUB_HEADS = new Set(['الترجي', 'النجم', 'الملعب', 'مستقبل', 'امل', 'شبيبة', 'الشبيبة', 'القوافل', 'الهلال', 'هلال', 'الاولمبي', 'الكوكب', 'سبورتينغ', 'اولمبيك', 'النادي', 'نادي', 'الاتحاد', 'اتحاد'].map(fold));

/** Words of a club's name between its head and the fixture's separator. */
const MAX_CLUB_WORDS_AFTER_HEAD = 3;

/**
 * "الحكم : فلان علان الترجي الجرجيسي * مستقبل المرسى ...", "/ فلان بن علان أمل حمام سوسة –": in a
 * list of fixtures and their referees the first team of the next fixture follows the referee's name,
 * and its name ends at the fixture's dash. A club's head after two name words at least, with such a
 * separator a few words on, opens that team's name: where the referee's name ends, or -1.
 */
export function teamAfterNameStart(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 2; k < end; k++) {
    if (!CLUB_HEADS.has(tokens[k].folded)) continue;
    for (let j = k + 1; j <= k + 1 + MAX_CLUB_WORDS_AFTER_HEAD && j < tokens.length; j++) {
      if (!tokens[j].isWord) return FIXTURE_SEPARATORS.has(tokens[j].text) || tokens[j].text === '*' ? k : -1;
    }
    return -1;
  }
  return -1;
}
