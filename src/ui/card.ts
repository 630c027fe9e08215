import type { Article, Entity } from '../article/model.js';
import { t } from '../i18n/index.js';
import type { AlsoInArticle } from '../state/reader.js';

/** The sentence around a mention: from the previous sentence end to the next one. */
export function mentionSentence(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const sentenceStart = Math.max(...['.', '؟', '?', '!', '؛', ';'].map((p) => before.lastIndexOf(p))) + 1;
  const rest = text.slice(end).search(/[.؟?!؛;]/);
  const sentenceEnd = rest === -1 ? text.length : end + rest + 1;
  return text.slice(sentenceStart, sentenceEnd).trim();
}

export interface CardLine {
  /** Article text (laid out by the bidi pipeline). */
  text: string;
  /** A label in the interface language, before the text. */
  label?: string;
  /** An entry of the "also in" list: whether it is the chosen one (it gets the cursor marker). */
  selected?: boolean;
  /** Secondary columns of an "also in" entry (date, mentions), at the far end of the row. */
  details?: string[];
}

/** Other articles shown on the card at once, around the chosen one. */
const ALSO_SHOWN = 5;

/** The other articles (from the index) that name the person: "also in N articles", title and date. */
export function alsoInLines(also: readonly AlsoInArticle[] | string | null, cursor: number): CardLine[] {
  if (also === null) return [{ label: t('alsoLooking'), text: '' }];
  if (typeof also === 'string') return [{ label: t('alsoReason', { reason: also }), text: '' }];
  if (also.length === 0) return [{ label: t('alsoNone'), text: '' }];
  const count = also.length;
  const lines: CardLine[] = [{ label: t(count === 1 ? 'alsoOne' : 'alsoMany', { count }), text: '' }];
  const first = Math.max(0, Math.min(cursor - Math.floor(ALSO_SHOWN / 2), count - ALSO_SHOWN));
  also.slice(first, first + ALSO_SHOWN).forEach((other, i) => {
    const selected = first + i === cursor;
    const details = [other.date?.slice(0, 10) ?? '', `${other.mentions}×`].filter(Boolean);
    lines.push({ text: other.title, selected, details });
  });
  return lines;
}

/** Who a person is: name, title, Latin name, office (with its English gloss), country, role-only references, other articles, and each mention. */
export function cardLines(article: Article, entity: Entity, also?: { list: readonly AlsoInArticle[] | string | null; cursor: number }): CardLine[] {
  const lines: CardLine[] = [{ text: entity.name }];
  if (entity.honorific) lines.push({ label: `${t('cardTitle')} `, text: entity.honorific });
  if (entity.latin) lines.push({ label: `${t('cardLatin')} `, text: entity.latin });
  if (entity.role) lines.push({ label: `${t('cardOffice')} `, text: entity.role });
  if (entity.roleLatin) lines.push({ label: '        ', text: entity.roleLatin });
  if (entity.country) lines.push({ label: `${t('cardCountry')} `, text: entity.country });
  // Role-only mentions ("نظيره العراقي"): shown for who is meant, not walked by n/N.
  const references = [...new Set((entity.references ?? []).map((r) => r.text))];
  if (references.length > 0) lines.push({ label: `${t('cardAlsoAs')} `, text: references.join('، ') });
  if (also) lines.push(...alsoInLines(also.list, also.cursor));
  const count = entity.mentions.length;
  lines.push({ label: t(count > 1 ? 'cardMentionsMove' : 'cardMentions', { count }), text: '' });
  entity.mentions.forEach((m, i) => lines.push({ label: `${i + 1}. `, text: mentionSentence(article.blocks[m.block].text, m.start, m.end) }));
  return lines;
}
