import type { Article, Entity } from '../article/model.js';
import { t } from '../i18n/index.js';

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
}

/** Who a person is: name, title, Latin name, office (with its English gloss), country, role-only references, and each mention. */
export function cardLines(article: Article, entity: Entity): CardLine[] {
  const lines: CardLine[] = [{ text: entity.name }];
  if (entity.honorific) lines.push({ label: `${t('cardTitle')} `, text: entity.honorific });
  if (entity.latin) lines.push({ label: `${t('cardLatin')} `, text: entity.latin });
  if (entity.role) lines.push({ label: `${t('cardOffice')} `, text: entity.role });
  if (entity.roleLatin) lines.push({ label: '        ', text: entity.roleLatin });
  if (entity.country) lines.push({ label: `${t('cardCountry')} `, text: entity.country });
  // Role-only mentions ("نظيره العراقي"): shown for who is meant, not walked by n/N.
  const references = [...new Set((entity.references ?? []).map((r) => r.text))];
  if (references.length > 0) lines.push({ label: `${t('cardAlsoAs')} `, text: references.join('، ') });
  const count = entity.mentions.length;
  lines.push({ label: t(count > 1 ? 'cardMentionsMove' : 'cardMentions', { count }), text: '' });
  entity.mentions.forEach((m, i) => lines.push({ label: `${i + 1}. `, text: mentionSentence(article.blocks[m.block].text, m.start, m.end) }));
  return lines;
}
