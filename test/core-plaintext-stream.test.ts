import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasBlankLines, LINE_BREAK, parsePlainText, PlainTextParser, withoutByteOrderMark } from '../src/article/plaintext.js';
import { contentKey, ContentKeyHasher } from '../src/sources/key.js';

// A big file is parsed in the background, fed to the parser a slice of lines at a time: the result
// (and the content key computed along the way) must be exactly that of parsing it at once.
const piece = fc.constantFrom(
  '\n', '\r\n', '\r', ' ', '\t', '\u2028', '\ufeff', '\n\n', '  \n', 'الكوثر_ايران', 'عنوان الخبر', 'قال الوزير إن الأمر مهم جدا.',
  'اقرأ أيضا:', 'Heading here', 'This is a long body line that ends with a period and is long enough to be hard-wrapped.', '- bullet', 'x',
);

function blankLinesByLines(text: string): boolean {
  const lines = text.split(LINE_BREAK);
  return lines.some((l, i) => i > 0 && i < lines.length - 1 && l.trim() === '');
}

describe('plain text parsed in slices', () => {
  it('gives the article and content key of parsing it at once', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (parts, slice) => {
        const text = withoutByteOrderMark(parts.join(''));
        expect(hasBlankLines(text)).toBe(blankLinesByLines(text));
        const hasher = new ContentKeyHasher();
        const parser = new PlainTextParser(hasBlankLines(text), {}, (blocks) => blocks.forEach((b) => hasher.add(b)));
        const lines = text.split(LINE_BREAK);
        for (let i = 0; i < lines.length; i += slice) parser.addLines(lines.slice(i, i + slice));
        parser.finish();
        const whole = parsePlainText(text);
        expect(parser.article()).toEqual(whole);
        expect(hasher.key()).toBe(contentKey(whole));
      }),
      { numRuns: 5000 },
    );
  });
});
