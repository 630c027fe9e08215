import { describe, expect, it } from 'vitest';
import { feedEntryToArticle, hasFullText, parseFeed } from '../src/sources/feed.js';
import { sampleArticles } from './fixtures/sources/articles.js';
import { qariFailure } from './fixtures/sources/expect-error.js';
import { atomFeed, bodyHtml, escapeHtml, jsonFeed, rssFeed, type FeedItemFixture } from './fixtures/sources/pages.js';

const samples = sampleArticles();
const SITE = 'https://news.example/';
const items: FeedItemFixture[] = samples.map((sample, index) => ({
  title: sample.title,
  link: `${SITE}article/${index + 1}`,
  date: sample.date,
  // The first item carries the whole article, the others a one-sentence teaser.
  html: index === 0 ? bodyHtml(sample) : `<p>${escapeHtml(sample.paragraphs[0].slice(0, 120))}</p>`,
}));

describe.each([
  ['RSS 2.0', rssFeed],
  ['Atom', atomFeed],
  ['JSON Feed', jsonFeed],
])('parseFeed: %s', (_name, build) => {
  const { list, entries } = parseFeed(build('أخبار الاختبار', SITE, items), 'https://news.example/feed');

  it('lists every item with title, date, source and link', () => {
    expect(list.kind).toBe('feed');
    expect(list.title).toBe('أخبار الاختبار');
    expect(list.items).toEqual(
      items.map((item) => ({ title: item.title.replace(/\s+/g, ' ').trim(), source: 'أخبار الاختبار', date: item.date, location: item.link, progress: 0 })),
    );
  });

  it('keeps each item body, whole articles with their sections', () => {
    expect(entries).toHaveLength(items.length);
    const full = feedEntryToArticle(entries[0]);
    expect(full.title).toBe(list.items[0].title);
    expect(full.source).toBe('أخبار الاختبار');
    expect(full.date).toBe(items[0].date);
    expect(full.url).toBe(items[0].link);
    expect(full.sections.filter((section) => section.title !== null)).toHaveLength(2);
    expect(hasFullText(full)).toBe(true);
    expect(hasFullText(feedEntryToArticle(entries[1]))).toBe(false);
  });
});

describe('parseFeed details', () => {
  it('reads RDF (RSS 1.0) with dc:date', () => {
    const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${SITE}"><title>قناة</title><link>${SITE}</link><description>d</description></channel>
<item rdf:about="${SITE}1"><title>خبر</title><link>${SITE}1</link><dc:date>2015-08-06</dc:date><description>ملخص</description></item></rdf:RDF>`;
    expect(parseFeed(xml, 'feed.rdf').list.items).toEqual([{ title: 'خبر', source: 'قناة', date: '2015-08-06', location: `${SITE}1`, progress: 0 }]);
  });

  it('resolves relative links against the feed address and unescapes HTML titles', () => {
    const xml = rssFeed('قناة', '/', [{ title: 'عاجل: خبر', link: '/news/7', date: '2015-08-06T10:00:00.000Z', html: '' }]).replace(
      '<title>عاجل: خبر</title>',
      '<title>&lt;b&gt;عاجل&lt;/b&gt;: خبر &amp;amp; تعليق</title>',
    );
    const { list } = parseFeed(xml, 'https://news.example/rss/all.xml');
    expect(list.items[0].location).toBe('https://news.example/news/7');
    expect(list.items[0].title).toBe('عاجل: خبر & تعليق');
  });

  it('neutralises controls in titles', () => {
    const xml = rssFeed('قناة\u001b[2J', SITE, [{ title: 'خبر\u001b]0;x\u0007', link: `${SITE}1`, date: '2015-08-06T10:00:00.000Z', html: '' }]);
    const { list } = parseFeed(xml, 'feed.xml');
    expect(JSON.stringify(list)).not.toMatch(/\\u001b|\\u0007/);
    expect(list.items[0].title).toBe('خبر\u241b]0;x\u2407');
  });

  it('refuses a document that is not a feed (exit 2) and a broken one (exit 1)', async () => {
    const notFeed = await qariFailure(() => parseFeed('<html><body>x</body></html>', 'page.xml'));
    expect([notFeed.exitCode, notFeed.message]).toEqual([2, 'qari: page.xml is not an RSS, Atom or JSON feed']);
    const broken = await qariFailure(() => parseFeed('<rss><channel><item><title>x</ti', 'broken.rss'));
    expect([broken.exitCode, broken.message]).toEqual([1, 'qari: cannot read the feed broken.rss: malformed XML']);
    const brokenJson = await qariFailure(() => parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [', 'broken.json'));
    expect([brokenJson.exitCode, brokenJson.message]).toEqual([1, 'qari: cannot read the feed broken.json: malformed JSON']);
  });

  it('reads JSON Feed items that have only content_text, or only a summary', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 'قناة',
      items: [
        { id: '1', url: `${SITE}1`, title: 'خبر', content_text: 'الفقرة الأولى <b>نص</b>.\n\nالفقرة الثانية.', date_published: '2015-08-06T10:00:00Z', authors: [{ name: 'كاتب' }] },
        { id: '2', external_url: `${SITE}2`, summary: 'ملخص خبر بلا عنوان' },
      ],
    });
    const { list, entries } = parseFeed(json, 'feed.json');
    expect(list.items.map((item) => [item.title, item.location, item.date])).toEqual([
      ['خبر', `${SITE}1`, '2015-08-06T10:00:00.000Z'],
      ['ملخص خبر بلا عنوان', `${SITE}2`, null],
    ]);
    const article = feedEntryToArticle(entries[0]);
    expect(article.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text)).toEqual(['الفقرة الأولى <b>نص</b>.', 'الفقرة الثانية.']);
    expect(article.source).toBe('قناة — كاتب');
  });
});
