import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../src/article/plaintext.js';
import { SHARED } from './core-shared.js';

// Structure heuristics (title, source tag, headings, related stubs) on every real article in
// ../shared/articles. Each file was also checked by eye once; the expectations below are the rules
// a reader would state, not snapshots.

const DIRS = ['ar', 'other-rtl'].map((d) => join(SHARED, 'articles', d));
const present = DIRS.every(existsSync);
if (!present) console.warn(`[qari tests] ${join(SHARED, 'articles')} is absent: the article structure tests are skipped`);

const BUNDLED = 'alkawthar-iran-iraq-interior-ministers.txt';
const SENTENCE_END = /[.!?؟:;؛…،,]["'»”’)\]}]*$/u;
const RELATED_LINES = new Set(['اقرأ أيضا:', '...المزيد']);

interface ArticleFile {
  dir: string;
  name: string;
  /** INDEX.tsv: language column (other-rtl) and whether the source has no title. */
  language: string;
  untitled: boolean;
}

function articleFiles(): ArticleFile[] {
  if (!present) return [];
  return DIRS.flatMap((dir) => {
    const index = new Map(
      readFileSync(join(dir, 'INDEX.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((row) => {
        const [file, ...rest] = row.split('\t');
        return [file, rest] as const;
      }),
    );
    return readdirSync(dir).filter((n) => n.endsWith('.txt')).map((name) => {
      const row = index.get(name) ?? [];
      const language = dir.endsWith('other-rtl') ? row[0] : 'ar';
      return { dir, name, language, untitled: row.some((field) => /\bNO title\b/.test(field)) };
    });
  });
}

const files = articleFiles();

describe.skipIf(!present)('structure of the shared articles', () => {
  it('reads all of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  for (const file of files) {
    it(file.name, () => {
      const text = readFileSync(join(file.dir, file.name), 'utf8');
      const article = parsePlainText(text);
      const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
      expect(article.language).toBe(file.language);
      expect(article.direction).toBe('rtl');

      if (file.name === BUNDLED) {
        // Its first line is the outlet tag; the article has no title line.
        expect(article.title).toBeNull();
        expect(article.source).toBe('الكوثر_ايران');
      } else if (file.untitled) {
        expect(article.title).toBeNull();
      } else {
        expect(article.title).toBe(lines[0]);
        expect(article.blocks[0].kind).toBe('title');
      }

      article.blocks.forEach((block, i) => {
        if (block.kind === 'heading') {
          expect(block.text.split(/\s+/).length, block.text).toBeLessThanOrEqual(14);
          expect(block.text, 'a heading does not end a sentence').not.toMatch(SENTENCE_END);
          expect(block.text, 'a contact line is not a heading').not.toMatch(/@|:\/\//);
          expect(article.blocks[i + 1]?.kind, `${block.text} is followed by body text`).toBe('paragraph');
        }
        if (block.kind === 'related') expect(RELATED_LINES.has(block.text), block.text).toBe(true);
        if (block.kind === 'paragraph') expect(RELATED_LINES.has(block.text), block.text).toBe(false);
      });
      // Every block is one line of the file (one paragraph a line), in order, nothing lost.
      expect(article.blocks.map((b) => b.text)).toEqual(lines.map((l) => l.replace(/\s+/g, ' ')));
      // Sections: one per heading, plus an untitled lead when body text comes first.
      const headings = article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
      expect(article.sections.map((s) => s.title).filter((t) => t !== null)).toEqual(headings);
    });
  }
});

describe('structure heuristics on small cases', () => {
  const kinds = (text: string) => parsePlainText(text).blocks.map((b) => b.kind);
  const body = 'هذه فقرة طويلة بما يكفي لتكون نصا في متن المقال، وفيها جمل كاملة تنتهي بنقطة.';

  it('takes a first line ending in a quote or guillemet as the title', () => {
    expect(parsePlainText(`النمسا تشدد اجراءات "قانون الأجانب"\n${body}`).title).toBe('النمسا تشدد اجراءات "قانون الأجانب"');
    expect(parsePlainText(`أنقرة على «رد متكافئ»\n${body}`).title).toBe('أنقرة على «رد متكافئ»');
    expect(parsePlainText(`هل تنجح المفاوضات؟\n${body}`).title).toBe('هل تنجح المفاوضات؟');
    expect(parsePlainText(`${body}\n${body}`).title).toBeNull();
  });

  it('finds a heading between paragraphs, but not a contact line or a sentence', () => {
    expect(kinds(`عنوان\n${body}\nعنوان فرعي قصير\n${body}`)).toEqual(['title', 'paragraph', 'heading', 'paragraph']);
    expect(kinds(`عنوان\n${body}\nname.surname@gmail.com\n${body}`)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
    expect(kinds(`عنوان\n${body}\nوقال الوزير «نعم».\n${body}`)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('does not take a line before a related-links stub for a heading', () => {
    expect(kinds(`عنوان\n${body}\nسطر قصير\nاقرأ أيضا:\n${body}`)).toEqual(['title', 'paragraph', 'paragraph', 'related', 'paragraph']);
  });

  it('detects related-link stubs in Arabic, Persian and Hebrew', () => {
    for (const stub of ['اقرأ أيضا:', 'اقرأ أيضاً', '...المزيد', 'مواضيع ذات صلة', 'بیشتر بخوانید:', 'קרא עוד']) {
      expect(kinds(`عنوان\n${body}\n${stub}\n${body}`)[2], stub).toBe('related');
    }
  });

  it('tells Persian typed with Arabic yeh and kaf from Arabic', () => {
    expect(parsePlainText('تهاجم وحشيانه عربستان به شيعيان يمن محكوم است\nاين حمله را كه در يمن انجام شد محكوم كرد و گفت اين كار براي منطقه خطرناك است.').language).toBe('fa');
    expect(parsePlainText(`عنوان\n${body}`).language).toBe('ar');
  });
});
