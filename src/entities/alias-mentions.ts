/**
 * "سيف الله بن حسين المكنى بأبي عياض", 'فلان المعروف باسم "أبو نبيل"': the name an alias marker
 * introduces right after a person's name is another name of that person, so its mentions are his,
 * not a second person's. Looked at only after a mention followed by an alias marker.
 */
import { foldedAliasMarkers } from './lexicon.js';
import type { Draft, Located } from './extract-types.js';
import { mentionOf } from './located.js';
import { OPENING_QUOTES } from './quote-marks.js';

/** Words between the marker and the alias ('المعروف باسم "..."'), folded. */
const BEFORE_ALIAS = new Set(['باسم', 'ب']);
/** Opening quotes and "(": marks that may stand before the alias. */
const OPENING_QUOTES_OR_PAREN = new Set([...OPENING_QUOTES, "'", '(']);

/** Token index where the alias after the mention starts, or -1 when no alias marker follows it. */
function aliasStart({ block, span }: Located): number {
  const tokens = block.tokens;
  let i = span.end;
  // ('يدعى "فلان" المكنى بـ"أبو زيد"': the name may close a quote of its own.)
  if (OPENING_QUOTES_OR_PAREN.has(tokens[i]?.text ?? '') || tokens[i]?.text === '»' || tokens[i]?.text === '”' || tokens[i]?.text === ')') i++;
  if (!foldedAliasMarkers.has(tokens[i]?.folded ?? '')) return -1;
  i++;
  if (BEFORE_ALIAS.has(tokens[i]?.folded ?? '')) i++;
  while (i < tokens.length && OPENING_QUOTES_OR_PAREN.has(tokens[i].text)) i++;
  return i;
}

/** Moves the mentions of every draft named as an alias of another draft's person into that draft. */
export function mergeAliasDrafts(drafts: Draft[]): void {
  const aliases: Array<{ owner: Draft; block: Located['block']; start: number }> = [];
  for (const draft of drafts) {
    for (const mention of draft.mentions) {
      const start = aliasStart(mention);
      if (start >= 0) aliases.push({ owner: draft, block: mention.block, start });
    }
  }
  if (aliases.length === 0) return;
  // The draft of each mention by where it starts, looked up once per alias.
  const byStart = new Map<Located['block'], Map<number, Draft>>();
  for (const draft of drafts) {
    for (const { block, span } of draft.mentions) {
      const starts = byStart.get(block) ?? new Map<number, Draft>();
      starts.set(span.start, draft);
      byStart.set(block, starts);
    }
  }
  for (const { owner, block, start } of aliases) {
    const alias = byStart.get(block)?.get(start);
    // (The entity is named by its longest mention: an alias longer than the name stays apart.)
    if (alias === undefined || alias === owner || alias.mentions.length === 0 || longest(alias) > longest(owner)) continue;
    for (const { block: b, span } of alias.mentions) byStart.get(b)?.set(span.start, owner);
    owner.mentions.push(...alias.mentions);
    alias.mentions = [];
  }
}

/** Length of the draft's longest mention as written. */
function longest(draft: Draft): number {
  return Math.max(...draft.mentions.map((mention) => mentionOf(mention).text.length));
}
