/**
 * Given names harvested from the person entities of WikiFANE (data/entities/given-names.txt, built by
 * scripts/build-given-names.ts). Only the rules use them, to accept a name the tagger missed in a
 * place where a name is expected; the tagger's features keep data/entities/names. Loaded on first use.
 */
import { readFoldedWords } from './data-path.js';

let names: Set<string> | undefined;

/** Whether a folded word opens the names of several people in WikiFANE ("حسن", "جون"). */
export function isGivenName(folded: string): boolean {
  names ??= readFoldedWords('entities/given-names.txt');
  return names.has(folded);
}
