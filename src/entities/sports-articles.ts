/**
 * Whether an article reports sport: "المدير الفني للسيلية فلان" is the club's head coach in a report
 * of a match ("المباراة", "اللاعبين", "الملعب"), a company's technical director elsewhere. Told once
 * per article from its words (markSportsArticle, before the grammar runs), and asked per block.
 * Strong cues name sport alone (a match, a player, a stadium, a coach, a half); weak ones also have
 * another sense ("الدوري": periodic, "المنتخب": elected, "هدف": an aim, "النادي": any club), so an
 * article needs a strong cue or two weak ones of different words.
 */
import { fold } from '../text/normalize.js';
import { rememberedPerWord } from './word-memo.js';
import type { BlockTokens } from './extract-types.js';
import type { Token } from './tokenize.js';

/** Cue words (folded, with and without the article) and the cue each stands for. */
const STRONG_CUES = cueMap({
  match: ['مباراة', 'مباريات', 'مباراتي', 'مباراتين'],
  player: ['لاعب', 'لاعبين', 'لاعبو', 'لاعبي', 'لاعبا'],
  stadium: ['ملعب'],
  coach: ['مدرب', 'مدربا'],
  half: ['شوط', 'الشوط'],
});
const WEAK_CUES = cueMap({
  league: ['دوري'],
  championship: ['بطولة'],
  nationalTeam: ['منتخب', 'منتخبات'],
  goal: ['هدف', 'هدفا', 'أهداف', 'هدفين'],
  ball: ['كرة'],
  club: ['نادي', 'أندية'],
});

function cueMap(cues: Record<string, readonly string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [cue, words] of Object.entries(cues)) for (const word of words) for (const form of [word, `ال${word}`]) map.set(fold(form), cue);
  return map;
}

/** The cue of a word read without its clitics ("وللمباراة" is و + ل + المباراة), if any. */
function cueOf(folded: string, cues: ReadonlyMap<string, string>): string | undefined {
  const word = folded.replace(/^[وف]/, '');
  return cues.get(folded) ?? cues.get(word) ?? (word.startsWith('لل') ? cues.get(`ا${word.slice(1)}`) : /^[بلك]/.test(word) ? cues.get(word.slice(1)) : undefined);
}

/** A word's strong and weak cue, worked out once per word (the pass reads every word of the article). */
const cuesOfWord = rememberedPerWord((folded) => ({ strongCue: cueOf(folded, STRONG_CUES), weakCue: cueOf(folded, WEAK_CUES) }));

const sportsBlocks = new WeakSet<readonly Token[]>();

/**
 * Marks the blocks of an article that reports sport (see the module comment); one pass over its
 * words, which stops at the first strong cue or second weak one.
 */
export function markSportsArticle(tokenized: readonly BlockTokens[]): void {
  if (!hasSportsCues(tokenized)) return;
  for (const block of tokenized) sportsBlocks.add(block.tokens);
}

function hasSportsCues(tokenized: readonly BlockTokens[]): boolean {
  const weak = new Set<string>();
  for (const block of tokenized) {
    for (const token of block.tokens) {
      if (!token.isWord) continue;
      const { strongCue, weakCue } = cuesOfWord(token);
      if (strongCue !== undefined) return true;
      if (weakCue !== undefined && weak.add(weakCue).size >= 2) return true;
    }
  }
  return false;
}

/** Whether a block's tokens belong to an article markSportsArticle took for a sports report. */
export function isInSportsArticle(tokens: readonly Token[]): boolean {
  return sportsBlocks.has(tokens);
}
