/**
 * "المحامي فلان وكيل المتهم", "وكيل أحد المتهمين": the agent of a party to a case is the party's
 * lawyer, no official. The parties of a case are a closed class of court nouns.
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import type { Token } from './tokenize.js';

/** "وكيل", "وكيلة", "وكلاء" (with or without the article or "و"): the agent. */
const AGENT_WORDS = new Set(['وكيل', 'الوكيل', 'وكيله', 'الوكيله', 'وكلاء', 'الوكلاء'].map(fold));

/** Parties to a case (folded): the accused, plaintiff, defendant, victim, appellant. */
const LITIGANTS = new Set(
  ['المتهم', 'المتهمة', 'المتهمين', 'المتهمون', 'المتهمان', 'المتهمتين', 'المدعي', 'المدعى', 'المدعية', 'المدعين', 'المدعون', 'الضحية', 'الضحايا', 'المجني', 'الطاعن', 'الطاعنين', 'المستأنف', 'المستأنفين', 'الموقوف', 'الموقوفين', 'المحكوم', 'المحكومين', 'الموكل'].map(fold),
);

/** "أحد المتهمين", "إحدى الضحايا": one of the parties. */
const ONE_OF = new Set(['أحد', 'إحدى', 'احد', 'احدى'].map(fold));

/** The office word at i is the agent ("وكيل") of a party to a case, right after it or after "أحد". */
export function isLitigantsAgentAt(tokens: readonly Token[], i: number): boolean {
  if (!procliticReadings(tokens[i].folded).some(({ stem, removed }) => AGENT_WORDS.has(stem) && (removed === 0 || tokens[i].folded.startsWith('و')))) return false;
  const next = tokens[i + 1];
  const party = next !== undefined && next.isWord && ONE_OF.has(next.folded) ? tokens[i + 2] : next;
  return party !== undefined && party.isWord && LITIGANTS.has(party.folded);
}
