import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText } from '../src/article/assemble.js';
import { sanitizeText } from '../src/text/sanitize.js';

// cleanText skips its regular expressions for text that needs nothing: it must give exactly what they give.
const reference = (text: string) => sanitizeText(text).replace(/\s+/g, ' ').trim();
const tricky = [
  ' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
  '\u0000', '\u001b', '\u007f', '\u0085', '\u009f', '\ud800', '\udc00', '😀', 'a', 'ب', 'ה', '٣', '.', '«', '\u064e', '\u200f',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...tricky), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('cleanText', () => {
  it('gives what sanitizing and collapsing white space give', () => {
    fc.assert(fc.property(text, (t) => cleanText(t) === reference(t)), { numRuns: 5000 });
  });

  it('returns clean text itself, not a copy', () => {
    const paragraph = 'قال الوزير (في 2024): «نعمْ»، وأضاف 50%.';
    expect(cleanText(paragraph)).toBe(paragraph);
    expect(cleanText('  a\tb  ')).toBe('a b');
  });
});
