/**
 * The spelling-independent key of a name, under which the extractor merges its mentions and looks
 * up the known officials: folded words (hamza, ى/ي, ة/ه, diacritics), "عبد ال..." and "أبو ..."
 * written together or apart, and the article of a word dropped ("الشمري" = "شمري"). So are the
 * compound given names on "الدين" and "الله" ("نور الدين" = "نورالدين", "نصر الله" = "نصرالله"), and
 * the parts of a name joined by a hyphen or written apart ("كيم جونغ-أون" = "كيم جونغ أون").
 */
export function nameKey(written: readonly string[]): string[] {
  const words = written.some((word) => word.includes('-')) ? written.flatMap((word) => word.split('-')).filter((part) => part !== '') : written;
  const key: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if ((word === 'عبد' || word === 'ابو' || word === 'ابي' || word === 'ابا') && words[i + 1]) {
      // "أبي عياض", "أبا بكر": the kunya in the genitive or accusative is the same name.
      key.push(bareWord((word === 'عبد' ? word : 'ابو') + words[i + 1]));
      i++;
    } else key.push(...splitCompound(word).map(bareWord));
  }
  return key;
}

/** The second words of compound given names ("نور الدين", "عز الدين", "فتح الله"), folded: a closed class. */
const COMPOUND_NAME_TAIL = /^(.{2,}?)(الدين|الله)$/;

/**
 * "نورالدين" → "نور" + "الدين": a compound given name written as one word is keyed as the two words
 * it is written apart as ("عبدالله" is keyed whole above; "الوالدين", "بالله" are no compounds).
 */
function splitCompound(word: string): string[] {
  if (!word.endsWith('الدين') && !word.endsWith('الله')) return [word];
  const parts = COMPOUND_NAME_TAIL.exec(word);
  if (!parts || parts[1].startsWith('ال') || parts[1] === 'عبد' || parts[1].length < 2) return [word];
  return [parts[1], parts[2]];
}

function bareWord(word: string): string {
  if (word === 'ابن') return 'بن';
  return word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
}
