/**
 * Given names harvested from the person entities of WikiFANE (data/entities/given-names.txt, built by
 * scripts/build-given-names.ts). Only the rules use them, to accept a name the tagger missed in a
 * place where a name is expected; the tagger's features keep data/entities/names. Loaded on first use.
 */
import { readFoldedWords } from './data-path.js';
import { gazetteer } from './gazetteer.js';

let names: Set<string> | undefined;

/** Whether a folded word opens the names of several people in WikiFANE ("حسن", "جون"). */
export function isGivenName(folded: string): boolean {
  names ??= readFoldedWords('entities/given-names.txt');
  return names.has(folded);
}

/**
 * Whether a folded word is on any name list: the gazetteer's given or family names (AKhateeb) or the
 * given names above. The rules ask this wherever a list's word is spared from a common-word reading.
 */
export function isListedNameWord(folded: string): boolean {
  const gaz = gazetteer();
  return gaz.firstNames.has(folded) || gaz.familyNames.has(folded) || isGivenName(folded);
}
