/**
 * "سيف الله بن حسين المكنى بأبي عياض", 'فلان المعروف باسم "أبو نبيل"': the name an alias marker
 * introduces right after a person's name is another name of that person, so its mentions are his,
 * not a second person's. Looked at only after a mention followed by an alias marker.
 */
import { foldedAliasMarkers, foldedLeadingNameParts } from './lexicon.js';
import type { Draft, Located } from './extract-types.js';
import { foldedWords } from './located.js';
import { FATHER_KUNYA_HEADS, KUNYA_HEADS } from './name-parts.js';
import { OPENING_QUOTES } from './quote-marks.js';
import { COMMAS } from './role-before.js';

/** Words between the marker and the alias ('المعروف باسم "..."'), folded. */
const BEFORE_ALIAS = new Set(['باسم', 'ب']);
/** Opening quotes and "(": marks that may stand before the alias. */
const OPENING_QUOTES_OR_PAREN = new Set([...OPENING_QUOTES, "'", '(']);

/** Token index where the alias after the mention starts, or -1 when no alias marker follows it. */
function aliasStart({ block, span }: Located): number {
  const tokens = block.tokens;
  let i = span.end;
  // ('محمود عباس "أبو مازن"', "(أبو مازن)": a kunya in quotes or brackets right after a name of two
  // words or more is another name of his, no marker needed.)
  if (span.end - span.start >= 2 && OPENING_QUOTES_OR_PAREN.has(tokens[i]?.text ?? '') && KUNYA_HEADS.has(tokens[i + 1]?.folded ?? '')) return i + 1;
  // ('يدعى "فلان" المكنى بـ"أبو زيد"': the name may close a quote of its own.)
  if (OPENING_QUOTES_OR_PAREN.has(tokens[i]?.text ?? '') || tokens[i]?.text === '»' || tokens[i]?.text === '”' || tokens[i]?.text === ')') i++;
  // ("فلان، المكنى بأبي عياض", "فلان و المكنى بأبي عياض", "فلان والمكنى": the marker's clause may be
  // set off by a comma or joined by "و"; it still describes the name before it.)
  if (COMMAS.has(tokens[i]?.text ?? '')) i++;
  if (tokens[i]?.folded === 'و') i++;
  const marker = tokens[i]?.folded ?? '';
  if (!foldedAliasMarkers.has(marker) && !(marker.startsWith('و') && foldedAliasMarkers.has(marker.slice(1)))) return -1;
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
    if (alias === undefined || alias === owner || alias.mentions.length === 0) continue;
    for (const { block: b, span } of alias.mentions) byStart.get(b)?.set(span.start, owner);
    // (The entity is named by its own name, however long the alias: person-entity.ts.)
    for (const mention of alias.mentions) mention.alias = true;
    owner.mentions.push(...alias.mentions);
    alias.mentions = [];
  }
}

/**
 * "فلان المكنى أبو صالح عون الجالية": an alias an alias marker introduces without quotes is a kunya,
 * the head and one name, and at most a definite nisba or family name after it ("أبو أحمد التونسي",
 * "أبو بكر البغدادي"); an indefinite word after the kunya goes on with the sentence (a verb, here).
 */
export function cutKunyaAliasRunOns(people: Located[]): void {
  for (const located of people) {
    const { block, span } = located;
    if (span.end - span.start < 3) continue;
    const words = foldedWords(located);
    // (An alias kunya is a man's: "أبو", "بأبي".)
    if (!FATHER_KUNYA_HEADS.has(words[0]) || foldedLeadingNameParts.has(words[1]) || words[2].startsWith('ال') || words.slice(2).some((word) => foldedLeadingNameParts.has(word))) continue;
    if (!isAfterAliasMarker(block.tokens, span.start, span.skip)) continue;
    span.end = span.start + 2;
  }
}

/** Markers that name a kunya with no "ب" after them ("المكنى أبو فلان"), folded. */
const KUNYA_MARKERS = new Set(['المكني', 'المكناه', 'الملقب', 'الملقبه', 'المدعو', 'المدعوه']);

/**
 * Whether an alias marker ("المكنى", "المعروف ب") stands right before the name at `start` (no quote
 * between). ("الشهير أبو الوليد ...": without "ب" the adjectives "famous", "known" describe the name.)
 */
function isAfterAliasMarker(tokens: Located['block']['tokens'], start: number, skip: number): boolean {
  let i = start - 1;
  const withBa = skip > 0 || BEFORE_ALIAS.has(tokens[i]?.folded.replace(/ـ/g, '') ?? '');
  if (skip === 0 && withBa) i--;
  const marker = tokens[i]?.folded ?? '';
  return foldedAliasMarkers.has(marker) && (withBa || KUNYA_MARKERS.has(marker));
}
