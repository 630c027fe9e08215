/**
 * "كاتب الدولة لدى وزير الشؤون المحلية، مكلف بالبيئة، فلان": the matter a secretary of state or a
 * minister is in charge of, set off by commas after the office phrase, is part of the office; the
 * name follows the second comma.
 */
import type { Token } from './tokenize.js';
import { IN_CHARGE } from './office-phrase-parts.js';
import { isDefinite, isVerbLike, stems } from './office-words.js';

const COMMAS = new Set(['،', ',']);

/** The most words the matter runs to after "مكلف" ("بالموارد المائية والصيد البحري"). */
const MAX_MATTER_WORDS = 5;

/**
 * Where the clause "، مكلف ب + a definite matter" that opens with the comma at `comma` ends: the
 * index of the comma that closes it, or -1. The matter is "ب" + a definite noun, then definite words
 * (adjectives, genitives, "و" + a second matter) only, and a comma must close it.
 */
export function inChargeClauseEnd(tokens: readonly Token[], comma: number): number {
  if (!COMMAS.has(tokens[comma]?.text ?? '')) return -1;
  const charged = tokens[comma + 1];
  const matter = tokens[comma + 2];
  if (!charged?.isWord || !matter?.isWord || !IN_CHARGE_WORDS.has(charged.folded)) return -1;
  if (!/^بال/.test(matter.folded) || stems(matter).length < 2 || isVerbLike(matter)) return -1;
  for (let k = comma + 3; k < comma + 3 + MAX_MATTER_WORDS && k < tokens.length; k++) {
    const token = tokens[k];
    if (COMMAS.has(token.text)) return k;
    if (!token.isWord || !isDefinite(token) || isVerbLike(token)) return -1;
  }
  return -1;
}

/** "مكلف", "المكلف" and their feminine forms: one in charge of a portfolio (not "المعني", concerned). */
const IN_CHARGE_WORDS = new Set([...IN_CHARGE].filter((word) => /مكلف/.test(word)));
