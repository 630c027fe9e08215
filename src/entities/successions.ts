/**
 * "تنصيب المعتمد الجديد فلان خلفا لعلان الذي استقال", "أبرز فلان، الذي يخلف علان في هذا المنصب":
 * the one a new holder succeeds (post-phrases.ts isSucceededHolder) held the same office before
 * him; the successor is the last official named before him in the same clause.
 */
import { fold } from '../text/normalize.js';
import { NEW } from './new-holder-adjectives.js';
import { CLAUSE_ENDS, clauseStartAt } from './sentence-ends.js';
import type { Token } from './tokenize.js';

/**
 * The office the one named at token `name` held, from his successor's role, when the successor's
 * mention starts at `successor` in the same clause and that clause states the role ("تعيين فلان
 * واليا على سوسة خلفا لعلان"), not only some other sentence ("عين بمقتضاه فلان خلفا لعلان" after
 * another office of his); "new" left out ("معتمد جربة الجديد" → "معتمد جربة"). Null when the role's
 * head is feminine ("رئيسة"): the predecessor may be a man.
 */
export function predecessorOffice(text: string, tokens: readonly Token[], successor: number, name: number, successorRole: string): string | null {
  for (let k = successor; k < name; k++) if (CLAUSE_ENDS.has(tokens[k].text)) return null;
  const clause = clauseStartAt(tokens, successor);
  if (!text.slice(tokens[clause].start, tokens[name].start).includes(successorRole)) return null;
  const words = successorRole.split(/\s+/);
  if (fold(words[0]).endsWith('ه')) return null;
  return words.filter((word) => !NEW.has(fold(word))).join(' ');
}

/** "سلف" (predecessor) in the construct state, bare, folded ("خلف" is also "behind": "خلف الرئيس فلان"). */
const PREDECESSOR_NOUNS = new Set(['سلف']);

/**
 * "سلف الوالي الجديد، السيد فلان": an office in the genitive of "the predecessor of" is the office of
 * the one it relates him to, not his own.
 */
export function isPredecessorOfHolderAt(tokens: readonly Token[], officeStart: number): boolean {
  const noun = tokens[officeStart - 1];
  return noun?.isWord === true && PREDECESSOR_NOUNS.has(noun.folded.replace(/^و/, ''));
}
