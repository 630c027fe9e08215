import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../src/sources/html.js';
import { sampleArticles } from './fixtures/sources/articles.js';
import { AD_TEXT, FOOTER_TEXT, NAV_TEXT, SCRIPT_TEXT, SECTION_HEADINGS, SIDEBAR_TEXT, STYLE_TEXT, articlePage } from './fixtures/sources/pages.js';

const [sample] = sampleArticles();
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('htmlToArticle on a news page', () => {
  const article = htmlToArticle(articlePage(sample, 'صحيفة الاختبار'), 'https://news.example/a/1');
  const texts = article.blocks.map((block) => block.text);

  it('takes the headline as the title, without the site suffix of <title>', () => {
    expect(article.title).toBe(squash(sample.title));
    expect(article.blocks[0]).toMatchObject({ kind: 'title', text: squash(sample.title) });
    expect(article.blocks.filter((block) => block.text === squash(sample.title))).toHaveLength(1);
  });

  it('takes the site name as the source and the published time as the date', () => {
    expect(article.source).toBe('صحيفة الاختبار');
    expect(article.date).toBe(sample.date);
    expect(article.url).toBe('https://news.example/a/1');
  });

  it('keeps every paragraph, in order', () => {
    const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
    expect(paragraphs).toEqual(sample.paragraphs.map(squash));
  });

  it('turns the headings inside the content into sections', () => {
    expect(article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(SECTION_HEADINGS);
    expect(article.sections.map((section) => section.title)).toEqual([null, ...SECTION_HEADINGS]);
    const last = article.sections[article.sections.length - 1];
    expect(last.endBlock).toBe(article.blocks.length);
  });

  it('drops navigation, ads, scripts, styles, sidebar and footer', () => {
    for (const furniture of [NAV_TEXT, AD_TEXT, SCRIPT_TEXT, STYLE_TEXT, FOOTER_TEXT, SIDEBAR_TEXT]) {
      expect(texts.some((text) => text.includes(furniture)), furniture).toBe(false);
    }
  });

  it('honours lang="ar" dir="rtl"', () => {
    expect(article.language).toBe('ar');
    expect(article.direction).toBe('rtl');
    expect(article.blocks.every((block) => block.direction === 'rtl')).toBe(true);
  });
});

describe('htmlToArticle on other pages', () => {
  const paragraph = (n: number): string => `<p>${sample.paragraphs[n % sample.paragraphs.length]}</p>`;

  it('believes a declared Persian lang that matches the text', () => {
    const html = `<html lang="fa-IR" dir="rtl"><head><title>خبر</title></head><body><article>${'<p>این یک متن فارسی برای آزمایش است که به اندازه کافی طولانی است تا خوانده شود.</p>'.repeat(8)}</article></body></html>`;
    const article = htmlToArticle(html);
    expect(article.language).toBe('fa');
    expect(article.direction).toBe('rtl');
  });

  it('does not believe a template lang="en" dir="ltr" around Arabic text', () => {
    const html = `<html lang="en" dir="ltr"><head><title>${sample.title}</title></head><body><article>${[0, 1, 2, 3].map(paragraph).join('')}</article></body></html>`;
    const article = htmlToArticle(html);
    expect(article.language).toBe('ar');
    expect(article.direction).toBe('rtl');
  });

  it('keeps an inline dir as a Unicode isolate', () => {
    const html = `<html lang="ar" dir="rtl"><body><article><p>قالت شبكة <span dir="ltr">CNN International</span> إن ${sample.paragraphs[0]}</p>${[1, 2, 3].map(paragraph).join('')}</article></body></html>`;
    const article = htmlToArticle(html);
    expect(article.blocks.some((block) => block.text.includes('\u2066CNN International\u2069'))).toBe(true);
  });

  it('falls back to the body text of a page Readability cannot read, still without its furniture', () => {
    const html = `<html><body><nav><a href="/">${NAV_TEXT}</a></nav><div class="ad-slot">${AD_TEXT}</div><div>سطر أول من النص<br>سطر ثان من النص</div><footer>${FOOTER_TEXT}</footer></body></html>`;
    const article = htmlToArticle(html);
    const texts = article.blocks.map((block) => block.text);
    expect(texts).toEqual(['سطر أول من النص', 'سطر ثان من النص']);
  });

  it('neutralises terminal escapes and controls in the page text', () => {
    const html = `<html><body><article><p>نص \u001b]0;owned\u0007 عادي \u009b31m ${sample.paragraphs[0]}</p>${[1, 2].map(paragraph).join('')}</article></body></html>`;
    const article = htmlToArticle(html);
    expect(article.blocks.every((block) => !/[\u0000-\u001f\u007f-\u009f]/.test(block.text))).toBe(true);
    expect(article.blocks.some((block) => block.text.includes('\u241b]0;owned'))).toBe(true);
  });

  it('makes a list of links ("read also") related blocks, not paragraphs', () => {
    // Eight paragraphs: enough text for Readability to trust its extraction.
    const html = `<html lang="ar" dir="rtl"><body><article>${[0, 1, 2, 3, 4, 5, 6, 7].map(paragraph).join('')}<ul><li><a href="/1">اقرأ أيضا: خبر أول</a></li><li><a href="/2">خبر ثان</a></li></ul></article></body></html>`;
    const article = htmlToArticle(html);
    expect(article.blocks.filter((block) => block.kind === 'related').map((block) => block.text)).toEqual(['اقرأ أيضا: خبر أول', 'خبر ثان']);
  });
});
