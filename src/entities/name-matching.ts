/** Whether one name is part of another, or the same name spelled one letter apart. */
import { isListedGivenName } from './given-names.js';
import { foldedLeadingNameParts } from './lexicon.js';
import { HASSANIYA_LINKS } from './name-parts.js';

/**
 * Whether `part` is the start of `whole`, its first and last words ("هيلاري كلينتون"), its patronymic
 * ("بن زايد") or its family name with a particle ("دي ميزيير").
 */
export function isPartialName(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length >= whole.length) return false;
  if (part.every((word, k) => whole[k] === word)) return true;
  // "دي ميزيير" for "توماس دي ميزيير": a family name with its particle.
  if (foldedLeadingNameParts.has(part[0]) && part.every((word, k) => whole[whole.length - part.length + k] === word)) return true;
  // "بن زايد" for "عبدالله بن زايد آل نهيان": the patronymic alone.
  if (part[0] === 'بن') for (let i = 1; i + part.length <= whole.length; i++) if (part.every((word, k) => whole[i + k] === word)) return true;
  // "ولد الغزواني" for "محمد ولد الشيخ الغزواني": the Hassaniya link and the chain's last name(s).
  if (HASSANIYA_LINKS.has(part[0]) && part.length >= 2) {
    const tailStart = whole.length - (part.length - 1);
    const link = whole.indexOf(part[0]);
    if (link > 0 && tailStart > link + 1 && part.every((word, k) => k === 0 || whole[tailStart + k - 1] === word)) return true;
    // ("ولد محمد المختار" for "الحسن ولد محمد المختار ولد أعلي": or the link and the father's name
    // after it, as the patronymic "بن زايد" is.)
    for (let i = 1; i + part.length <= whole.length; i++) if (part.every((word, k) => whole[i + k] === word)) return true;
  }
  if (part.length < 2) return false;
  // "عبداللطيف آل الشيخ" for "عبداللطيف بن عبدالملك آل الشيخ", "هيلاري كلينتون" for "هيلاري رودام
  // كلينتون": the first name(s) and the family name, the middle of the chain left out.
  for (let i = 1; i < part.length; i++) {
    const tail = part.length - i;
    if (followsBin(part, i)) continue;
    const tailStart = whole.length - tail;
    // ("كمال نصر الله" for "كمال عبد الرؤوف نصر الله": a family name "X الله" is two words too.)
    if (tailStart <= i || (tail > 1 && whole[tailStart] !== 'ال' && !(tail === 2 && whole[whole.length - 1] === 'الله'))) continue;
    if (part.every((word, k) => (k < i ? whole[k] : whole[tailStart + k - i]) === word)) return true;
  }
  // "أحمد بن جمعة الشحي" for "أحمد عبدالله بن جمعة الشحي": the given name and the family's "بن X"
  // and family name, the father's name before them (no "بن" of its own) left out, as Gulf copy
  // writes a name again. Four words and five exactly, no "آل" and no second "بن": no prince's
  // chain ("تركي بن فهد آل سعود" beside "تركي بن محمد بن فهد آل سعود") reads so.
  if (part.length === 4 && whole.length === 5 && part[1] === 'بن' && whole[2] === 'بن' && part[0] === whole[0] && part[2] === whole[3] && part[3] === whole[4] && ![whole[1], part[2], part[3]].some((word) => word === 'بن' || word === 'ال')) return true;
  // "أحمدي نجاد" for "محمود أحمدي نجاد": the last names alone, unless they are the father's ("بن ...").
  const start = whole.length - part.length;
  return !followsBin(whole, start) && part[0] !== 'بن' && part.every((word, k) => whole[start + k] === word);
}

/**
 * Whether a one-word name is a word of `whole` that is not an ancestor's ("بن نايف"), or the family
 * name spelled one letter apart, as transliterated names are ("نتنياهو" for "بنيامين ناتنياهو").
 */
export function isOwnWord(word: string, whole: readonly string[]): boolean {
  const last = whole.length - 1;
  return whole.some((w, i) => w === word && !followsBin(whole, i)) || (last > 0 && !followsBin(whole, last) && isOneLetterApartWord(word, whole[last], 5));
}

/** Whether words[i] comes right after "بن"/"بنت": the father's (or an ancestor's) name. */
export function followsBin(words: readonly string[], i: number): boolean {
  return words[i - 1] === 'بن' || words[i - 1] === 'بنت';
}

/**
 * Two names of two words or more that differ by one letter in one word of four letters or more. Two
 * given names that are both listed are two names, not two spellings of one: "سلطان بن محمد القاسمي"
 * and "سلطان بن أحمد القاسمي" are two men (a ruler and his deputy).
 */
export function isOneLetterApart(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let differing = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  return differing >= 0 && isOneLetterApartWord(a[differing], b[differing], 4) && !(isListedGivenName(a[differing]) && isListedGivenName(b[differing]));
}

/** One insertion, deletion or substitution apart, both words at least `minLength` letters. */
function isOneLetterApartWord(x: string, y: string, minLength: number): boolean {
  if (x === y || Math.min(x.length, y.length) < minLength || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(i + 1) === y.slice(i + 1) || x.slice(i) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i);
}
