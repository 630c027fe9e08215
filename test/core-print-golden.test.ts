import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { runQari } from './core-cli.js';
import { readShared, sharedFile } from './core-shared.js';

// `qari --print` of the bundled article against checked-in output, plus the checks a reader would
// make on that output, so a wrong golden cannot be accepted by regenerating it blindly.

const fixture = (name: string) => readFileSync(new URL(`./fixtures/core/${name}`, import.meta.url), 'utf8');
const graphemes = new Intl.Segmenter('ar', { granularity: 'grapheme' });

/** Visual (left-to-right) text of an all-right-to-left line back to logical order, by grapheme cluster. */
function toLogical(line: string): string {
  return Array.from(graphemes.segment(line.trim()), (s) => s.segment).reverse().join('');
}

interface ArticleJson {
  title: string | null;
  source: string | null;
  language: string;
  direction: string;
  blocks: Array<{ kind: string; text: string; direction: string }>;
  sections: Array<{ title: string | null; block: number; endBlock: number }>;
}

const article = JSON.parse(runQari(['--json']).stdout.toString('utf8')) as ArticleJson;
const displayed = article.blocks.filter((b) => b.kind !== 'related');

describe('--print of the bundled article', () => {
  const goldens: Array<[file: string, width: number, args: string[]]> = [
    ['print-30.txt', 30, ['--shape', 'off', '--bidi', 'app']],
    ['print-80.txt', 80, ['--shape', 'off', '--bidi', 'app']],
    ['print-80-shaped.txt', 80, ['--shape', 'on', '--bidi', 'app']],
  ];
  for (const [file, width, args] of goldens) {
    it(`matches ${file}`, () => {
      const run = runQari(['--print', '-w', String(width), ...args]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.toString('utf8')).toBe(fixture(file));
    });

    it(`${file}: lines fit in ${width} cells and right-to-left lines are right-aligned`, () => {
      for (const line of fixture(file).split('\n').filter(Boolean)) {
        expect(stringWidth(line), line).toBeLessThanOrEqual(width);
        expect(stringWidth(line), line).toBe(width); // every block of this article is rtl
      }
    });
  }

  for (const width of [30, 80]) {
    const file = `print-${width}.txt`;
    const blocks = fixture(file).replace(/\n$/, '').split('\n\n');

    it(`${file}: read right to left, the lines give back every displayed block, word for word`, () => {
      expect(blocks.length).toBe(displayed.length);
      blocks.forEach((block, i) => {
        const logical = block.split('\n').map(toLogical).join(' ');
        expect(logical).toBe(displayed[i].text);
      });
    });

    it(`${file}: sentence-final punctuation sits at the visual left end of its line`, () => {
      for (const line of fixture(file).split('\n').filter(Boolean)) {
        const logical = toLogical(line);
        if (/[.،]$/.test(logical)) expect(line.trim()[0], line).toBe(logical.at(-1));
      }
      // Each paragraph's last line starts (visually) with its full stop.
      for (const block of blocks.slice(1)) {
        const last = block.split('\n').at(-1)!.trim();
        if (!block.includes('ةيخيراتلا طباورلا')) expect(last.startsWith('.') || last.startsWith('."'), last).toBe(true);
      }
    });
  }

  it('keeps the quotation of paragraph 8 in order, with its quote marks around it', () => {
    const text = fixture('print-80.txt').split('\n\n').map((b) => b.split('\n').map(toLogical).join(' '));
    const quoted = text.find((t) => t.includes('وقال:'))!;
    expect(quoted).toContain('وقال: "نعتقد أن جزءاً من الأمن متعلق بالحدود الداخلية، وجزءاً آخر مرتبط بالدبلوماسية المشتركة مع الجيران".');
    // Visually: the opening quote to the right of نعتقد, the closing one left of الجيران, then the stop.
    expect(fixture('print-80.txt')).toContain('دقتعن" :لاقو');
    expect(fixture('print-80.txt')).toContain('."ناريجلا');
  });

  it('keeps the shadda of "وجّه" after the jeem (a mark follows its base in what is written)', () => {
    expect(fixture('print-80.txt')).toContain('ه\u062c\u0651و'); // ه جّ و, left to right
    expect(fixture('print-30.txt')).toContain('ه\u062c\u0651و');
    // Shaped: final heh, initial jeem + shadda, isolated waw (waw does not join to the left).
    expect(fixture('print-80-shaped.txt')).toContain('\ufeea\ufe9f\u0651\ufeed');
  });
});

describe('--json of the bundled article', () => {
  const goldFile = sharedFile('gold/alkawthar-iran-iraq-interior-ministers.json');
  it.skipIf(!goldFile)('matches the hand-checked structure in ../shared/gold', () => {
    const gold = JSON.parse(readShared(goldFile)) as { source: string; blocks: string[]; sections: Array<{ title: string | null; first_line: number }> };
    expect(article.blocks.map((b) => b.kind)).toEqual(gold.blocks);
    expect(article.blocks).toHaveLength(15);
    // One block a line in this file, so line n (1-based) is block n - 1.
    expect(article.sections.map((s) => ({ title: s.title, block: s.block }))).toEqual(gold.sections.map((s) => ({ title: s.title, block: s.first_line - 1 })));
    expect(article.sections).toEqual([
      { title: null, block: 1, endBlock: 9 },
      { title: 'الروابط التاريخية بين ايران والعراق', block: 9, endBlock: 15 },
    ]);
    expect(article.source).toBe(gold.source);
    expect(article.source).toBe('الكوثر_ايران');
    expect(article.title).toBeNull();
    expect(article.language).toBe('ar');
    expect(article.direction).toBe('rtl');
    expect(article.blocks.every((b) => b.direction === 'rtl')).toBe(true);
  });
});
