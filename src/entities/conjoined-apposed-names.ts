/**
 * "، وسمية فلان وزيرة الخارجية السابقة": the next entry of a list, "و" glued to a name of two or
 * three words that an office phrase follows at once. The tagger often reads the "و" + given name as
 * one unknown word and leaves the entry out; the comma before and the office after bound the name.
 */
import { isImperfectVerb, isOfficeWord, isVerbLike } from './office-words.js';
import { isTitleWord } from './spans.js';
import { type Token, tokenReadAs } from './tokenize.js';
import { COMMA, nextTriggered, triggersIn } from './word-triggers.js';

const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

export function conjoinedApposedNameSpans(tokens: readonly Token[], looksLikeName: (token: Token) => boolean): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  // (The block's trigger bits tell where a comma stands without looking at each token.)
  const triggers = triggersIn(tokens);
  for (let comma = nextTriggered(triggers, COMMA, 0); comma >= 0 && comma + 1 + MIN_NAME_WORDS < tokens.length; comma = nextTriggered(triggers, COMMA, comma + 1)) {
    const i = comma + 1;
    const first = tokens[i];
    if (first.text.length < 4 || !first.text.startsWith('و') || (tokens[i - 1].text !== '،' && tokens[i - 1].text !== ',')) continue;
    // The word without its "و" must look like a name, no title, office or verb ("، ووزير الصحة
    // فلان", "، ويتصدر المعبد تمثال للملكة").
    const bare: Token = tokenReadAs(first, first.folded.slice(1), first.text.slice(1));
    if (!looksLikeName(bare) || isTitleWord(bare) || isOfficeWord(bare) || isImperfectVerb(bare) || isVerbLike(bare)) continue;
    let end = i + 1;
    while (end < tokens.length && end - i < MAX_NAME_WORDS && tokens[end].isWord && !isOfficeWord(tokens[end]) && !isTitleWord(tokens[end]) && looksLikeName(tokens[end])) end++;
    if (end - i < MIN_NAME_WORDS || tokens[end] === undefined || !tokens[end].isWord || !isOfficeWord(tokens[end])) continue;
    spans.push({ start: i, end });
  }
  return spans;
}
