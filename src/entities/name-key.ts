/**
 * The spelling-independent key of a name, under which the extractor merges its mentions and looks
 * up the known officials: folded words (hamza, ى/ي, ة/ه, diacritics), "عبد ال..." and "أبو ..."
 * written together or apart, and the article of a word dropped ("الشمري" = "شمري").
 */
export function nameKey(words: readonly string[]): string[] {
  const key: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if ((word === 'عبد' || word === 'ابو' || word === 'ابي' || word === 'ابا') && words[i + 1]) {
      // "أبي عياض", "أبا بكر": the kunya in the genitive or accusative is the same name.
      key.push(bareWord((word === 'عبد' ? word : 'ابو') + words[i + 1]));
      i++;
    } else key.push(bareWord(word));
  }
  return key;
}

function bareWord(word: string): string {
  if (word === 'ابن') return 'بن';
  return word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
}
