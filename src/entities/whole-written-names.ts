/**
 * "وافي الورتاني في طريقه إلى ..." (a headline) beside "اللاعب الدولي التونسي وافي الورتاني": where
 * the article writes a name of two words or more with its first letter kept as the name's own (the
 * slot after a title or nationality takes no conjunction), the same written words elsewhere are that
 * name too; the "و", "ف", "ب" or "ل" is not read off them as a clitic there.
 */
import type { Located } from './extract-types.js';

/** Person spans whose first letter was read off as a clitic keep it where the article writes the same words with it kept. */
export function keepFirstLettersAsWritten(people: Located[]): void {
  const whole = new Set<string>();
  for (const located of people) if (located.span.skip === 0 && located.span.end - located.span.start >= 2) whole.add(writtenKey(located));
  if (whole.size === 0) return;
  for (const located of people) {
    if (located.span.skip === 0 || located.span.end - located.span.start < 2 || !whole.has(writtenKey(located))) continue;
    located.span = { ...located.span, skip: 0 };
  }
}

function writtenKey({ block, span }: Located): string {
  return block.tokens
    .slice(span.start, span.end)
    .map((token) => token.folded)
    .join(' ');
}
