/**
 * "رئيس هلال مساكن السيد المنذر فلان": the tagger may run a place's or body's name on into the
 * honorific (or a rank, isRankAfterWholePlace) and the name of the person after it. No place's or
 * body's name holds "السيد" or "السيدة" with two words after it, so the span ends before the
 * honorific, and the honorific and the words after it are a person's span (tidying takes the
 * honorific off).
 */
import { fold } from '../text/normalize.js';
import type { BlockRawSpan } from './extract-types.js';
import { gazetteer } from './gazetteer.js';
import { foldedRanks } from './lexicon.js';

/** "السيد", "السيدة" (Mr, Mrs), folded. */
const MISTER = new Set(['السيد', 'السيدة'].map(fold));

/** Cuts place and body spans before such an honorific; returns the person spans after it. */
export function personsAfterHonorificsInPlaces(raw: BlockRawSpan[]): BlockRawSpan[] {
  const found: BlockRawSpan[] = [];
  for (const item of raw) {
    if (item.kind === 'person') continue;
    const { tokens } = item.block;
    // (The honorific and two name words at least: "مساكن | السيد المنذر فلان".)
    for (let i = item.start + 1; i + 3 <= item.end; i++) {
      if (!MISTER.has(tokens[i].folded) && !isRankAfterWholePlace(item, i)) continue;
      found.push({ block: item.block, kind: 'person', start: i, end: item.end });
      item.end = i;
      break;
    }
  }
  return found;
}

/**
 * ("سفارة باكستان لدى المملكة | العميد عمران أحمد خان": so is a military rank right after a place
 * the lexicon knows by the span's words before it; after a head noun it names the place, "شارع
 * اللواء فلان", and stays.)
 */
function isRankAfterWholePlace(item: BlockRawSpan, i: number): boolean {
  const { tokens } = item.block;
  if (item.kind !== 'place' || !foldedRanks.has(tokens[i].folded)) return false;
  const before = tokens.slice(item.start, i).map((token) => token.folded).join(' ');
  return gazetteer().places.has(before);
}
