/**
 * "فيما عين البروفيسور فلان مديرا لجامعة العلوم والتكنولوجيا هواري بومدين بباب الزوار": a name the
 * article writes only inside another person's office, as that office is worded, is the namesake of
 * the place or body the office names, no one in the news. (Not the head a government or an era is
 * named after, "وزير الداخلية في حكومة علي زيدان": he is in the news.)
 */
import type { Entity } from '../article/model.js';
import type { BlockTokens } from './extract-types.js';
import { HEADED_BY_NAME } from './office-phrase-parts.js';
import { stems } from './office-words.js';

/** For each entity, whether it is a person with no office of his own named only inside another's office. */
export function namesakesInOthersOffices(entities: readonly Entity[], tokenized: readonly BlockTokens[]): boolean[] {
  const texts = new Map(tokenized.map((block) => [block.block, block.text]));
  const tokensOf = new Map(tokenized.map((block) => [block.block, block.tokens]));
  const afterHeadedBody = (block: number, start: number): boolean => {
    const tokens = tokensOf.get(block) ?? [];
    const at = tokens.findIndex((token) => token.end >= start);
    const before = tokens[at - 1];
    return before !== undefined && before.isWord && stems(before).some((stem) => HEADED_BY_NAME.has(stem));
  };
  const offices = [...new Set(entities.flatMap((entity) => (entity.role !== null && /\s/.test(entity.role) ? [entity.role] : [])))];
  if (offices.length === 0) return entities.map(() => false);
  return entities.map((entity) => {
    if (entity.role !== null || entity.mentions.length === 0) return false;
    return entity.mentions.every(({ block, start, end, text: written }) => {
      if (afterHeadedBody(block, start)) return false;
      const text = texts.get(block) ?? '';
      // (An office written around the mention holds its words: only such offices are looked for in the
      // block, not every office of the article in every paragraph.)
      return offices.some((office) => office.includes(written) && coversAt(text, office, start, end));
    });
  });
}

/** Whether `office` is written in `text` over the whole of [start, end). */
function coversAt(text: string, office: string, start: number, end: number): boolean {
  for (let at = text.indexOf(office); at >= 0 && at <= start; at = text.indexOf(office, at + 1)) if (end <= at + office.length) return true;
  return false;
}
