/** Places and organizations: their mentions grouped by name, each entity named by its commonest spelling. */
import type { Entity, EntityKind, Mention } from '../article/model.js';
import type { Draft, Located } from './extract-types.js';
import { foldedWords, mentionOf, sortMentions } from './located.js';

export function groupByName(kind: EntityKind, located: Located[]): Draft[] {
  const byKey = new Map<string, Draft>();
  for (const item of sortMentions(located)) {
    const words = foldedWords(item);
    const key = words.join(' ');
    const draft = byKey.get(key);
    if (draft) draft.mentions.push(item);
    else byKey.set(key, { kind, words, mentions: [item] });
  }
  return [...byKey.values()];
}

export function toPlainEntity(draft: Draft): Entity {
  const mentions = draft.mentions.map(mentionOf);
  return {
    id: '',
    kind: draft.kind,
    name: commonestSpelling(mentions),
    official: false,
    role: null,
    country: null,
    latin: null,
    honorific: null,
    mentions,
  };
}

/** The spelling used most often (ties: the first), so "إيران" wins over a stray "ايران". */
function commonestSpelling(mentions: Mention[]): string {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
  let best = mentions[0].text;
  for (const [text, count] of counts) if (count > (counts.get(best) ?? 0)) best = text;
  return best;
}
