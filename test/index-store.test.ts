// The index in process: a generated library indexed and re-indexed, Arabic-normalized search,
// people across articles (--who's answers), feed items, and a damaged database.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, utimesSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getEventListeners } from 'node:events';
import { ROOT } from './core-cli.js';
import { BUNDLED_PATH } from './helpers/articles.js';
import { openDatabase } from '../src/index/database.js';
import { IndexStore, ftsQuery, snippet } from '../src/index/store.js';
import { indexLibrary } from '../src/index/library.js';
import { indexFeedItems } from '../src/index/hooks.js';
import { closeIndexes, openIndex } from '../src/index/access.js';
import { samePerson, nameWords } from '../src/index/people.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'qari-index-'));
const stores: IndexStore[] = [];
afterAll(() => {
  stores.forEach((s) => s.close());
  closeIndexes();
});

function open(configDir: string): IndexStore {
  const opened = openDatabase(configDir);
  if ('unavailable' in opened) throw new Error(opened.unavailable);
  const store = new IndexStore(opened.db);
  stores.push(store);
  return store;
}

/** A second article naming the Iranian interior minister in other spellings, and some others. */
const VISIT = `وزير الداخلية الإيراني يزور بغداد
بغداد - وصل وزير الداخلية الإيراني اسكندر مومني الى بغداد اليوم في زيارة رسمية تستمر يومين.
وقال مؤمني في مؤتمر صحفي إن التعاون الأمني بين البلدين يتقدم منذ عام ٢٠١٥.
`;
const MARKET = `أسعار النفط ترتفع في الأسواق العالمية
ارتفعت أسعار النفط اليوم بعد قرار منظمة أوبك خفض الإنتاج، وقال محللون إن المستثمرين يترقبون المزيد.
`;

function makeLibrary(): string {
  const dir = fresh();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'bundled.txt'), readFileSync(BUNDLED_PATH));
  writeFileSync(join(dir, 'visit.txt'), VISIT);
  writeFileSync(join(dir, 'sub', 'market.md'), `# ${MARKET}`);
  for (let i = 0; i < 5; i++) writeFileSync(join(dir, `note-${i}.txt`), `ملاحظة رقم ${i}\nنص قصير عن الطقس في مدينة رقم ${i} والأمطار الغزيرة.\n`);
  return dir;
}

describe('the index of a library', () => {
  const library = makeLibrary();
  const store = open(fresh());

  it('indexes every file once; unchanged files are not read again, a changed one is', async () => {
    const first = await indexLibrary(library, store);
    expect(first).toMatchObject({ total: 8, done: 8, unchanged: 0, failed: 0 });
    expect(store.count()).toEqual({ articles: 8, withEntities: 8 });
    const again = await indexLibrary(library, store);
    expect(again).toMatchObject({ total: 0, done: 0, unchanged: 8 });
    // A changed file (new text, new time) is read again; the rest are not.
    const changed = join(library, 'note-1.txt');
    writeFileSync(changed, 'ملاحظة معدلة\nنص جديد عن الزلازل والبراكين.\n');
    utimesSync(changed, new Date(), new Date(Date.now() + 5000));
    const third = await indexLibrary(library, store);
    expect(third).toMatchObject({ total: 1, done: 1, unchanged: 7 });
    expect(store.search('البراكين').map((h) => h.location)).toEqual([changed]);
    expect(store.search('الأمطار').map((h) => h.location)).not.toContain(changed);
  }, 60_000);

  it('searches in any spelling: hamza, alef maqsura, taa marbuta, harakat, Persian letters, digits', () => {
    const visit = join(library, 'visit.txt');
    for (const query of ['الإيراني', 'الايراني', 'الداخليه', 'الدَّاخِلِيَّة', 'الداخلیة', 'مؤمني', 'مومنى', '2015', '٢٠١٥', 'بغداد زيارة']) {
      expect(store.search(query).map((h) => h.location), query).toContain(visit);
    }
    expect(store.search('زلزال غير موجود')).toEqual([]);
    // Best first (bm25): the short article about the visit ranks above the long one for its own words.
    expect(store.search('بغداد زيارة رسمية')[0].location).toBe(visit);
  });

  it('gives a snippet of the text around a match, in its own spelling, on one line', () => {
    const hit = store.search('الاسواق العالميه')[0];
    expect(hit.title).toBe('أسعار النفط ترتفع في الأسواق العالمية');
    expect(hit.snippet).toContain('ارتفعت أسعار النفط');
    expect(snippet('a\u001b[31mb وزير الداخلية\nسطر', 'الداخلية')).toBe('a␛[31mb وزير الداخلية سطر');
    expect(ftsQuery('" OR *')).toBeNull();
    expect(ftsQuery('وزير "الداخلية"')).toBe('"وزير" "الداخليه"');
  });

  it('answers who: Arabic in any spelling or Latin letters, the forms of a name merged, its articles', () => {
    for (const query of ['مؤمني', 'مومنى', 'اسكندر مؤمني', 'إسكَنْدَر', 'momeni', 'Eskandar Momeni', 'momani']) {
      const people = store.who(query);
      expect(people.length, query).toBeGreaterThan(0);
      const [first] = people;
      expect(first.name, query).toBe('إسكندر مؤمني');
      expect(first.official).toBe(true);
      expect(first.role).toBe('وزير الداخلية الإيراني');
      expect(first.latin).toBe('Eskandar Momeni');
      expect(first.articles.map((a) => a.location).sort(), query).toEqual([join(library, 'bundled.txt'), join(library, 'visit.txt')]);
      expect(first.articles.find((a) => a.location.endsWith('bundled.txt'))?.mentions).toBe(7);
    }
    expect(store.who('zzzz')).toEqual([]);
  });

  it('finds the other articles that name a person, with the first mention there', () => {
    const others = store.alsoIn('إسكندر مؤمني', { location: join(library, 'bundled.txt'), hash: 'x' });
    expect(others).toHaveLength(1);
    expect(others[0]).toMatchObject({ title: 'وزير الداخلية الإيراني يزور بغداد', location: join(library, 'visit.txt'), mentions: 2 });
    expect(others[0].first?.text).toBe('اسكندر مومني');
    expect(samePerson(nameWords('مؤمني'), nameWords('إسكندر مؤمني'))).toBe(true);
    expect(samePerson(nameWords('محمد بن نايف'), nameWords('محمد بن نايف بن عبدالعزيز'))).toBe(true);
    expect(samePerson(nameWords('محمد'), nameWords('محمد بن نايف'))).toBe(false);
  });

  it('forgets files that are gone from the library', async () => {
    const gone = join(library, 'note-4.txt');
    (await import('node:fs')).rmSync(gone);
    await indexLibrary(library, store);
    expect(store.search('رقم 4').map((h) => h.location)).not.toContain(gone);
    expect(store.count().articles).toBe(7);
  }, 60_000);
});

describe('feed items', () => {
  it('are indexed with their people; indexing again skips them; a failure never throws', async () => {
    const config = fresh();
    const items = [
      { location: 'https://news.example/1', title: 'لقاء في طهران', source: 'الكوثر', date: '2024-01-02T10:00:00Z', text: VISIT.split('\n').slice(1).join('\n') + 'ثم عاد إلى طهران.' },
      { location: 'https://news.example/2', title: 'Markets', source: null, date: null, text: 'Oil prices rose on Monday.' },
    ];
    await indexFeedItems(config, items);
    await indexFeedItems(config, items);
    const access = openIndex(config);
    expect(access.store?.search('طهران')[0]).toMatchObject({ location: 'https://news.example/1', title: 'لقاء في طهران', date: '2024-01-02T10:00:00.000Z' });
    expect(access.store?.who('momeni')[0].articles.map((a) => a.location)).toEqual(['https://news.example/1']);
    expect(access.store?.count().articles).toBe(2);
    // A config "directory" that is a file: reported, not thrown.
    const file = join(fresh(), 'not-a-dir');
    writeFileSync(file, 'x');
    await expect(indexFeedItems(file, items)).resolves.toBeUndefined();
  }, 60_000);
});

describe('a damaged index', () => {
  it('is moved aside with one warning and rebuilt', () => {
    const config = fresh();
    writeFileSync(join(config, 'index.sqlite'), Buffer.alloc(8192, 0x41));
    const opened = openDatabase(config);
    if ('unavailable' in opened) throw new Error(opened.unavailable);
    expect(opened.warnings).toHaveLength(1);
    expect(opened.warnings[0]).toMatch(/^qari: the index .*index\.sqlite was damaged \(.*\); moved it to .*index\.sqlite\.corrupt-.* and started a new one$/);
    const store = new IndexStore(opened.db);
    stores.push(store);
    expect(store.count().articles).toBe(0);
    expect(readdirSync(config).some((name) => name.startsWith('index.sqlite.corrupt-'))).toBe(true);
    expect(existsSync(join(config, 'index.sqlite'))).toBe(true);
  });
});

describe('the card\'s "also in" lines', () => {
  it('say how many other articles, with a cursor on the chosen one, or why there are none', async () => {
    const { alsoInLines } = await import('../src/ui/card.js');
    const other = (i: number) => ({ title: `مقال ${i}`, location: `/x/${i}.txt`, date: `2024-01-0${i}T00:00:00Z`, mentions: i, first: null });
    const lines = alsoInLines([other(1), other(2)], 1);
    expect(lines[0].label).toBe('Also in 2 articles (j/k choose, Enter opens):');
    expect(lines.slice(1).map((l) => [l.text, l.details])).toEqual([
      ['مقال 1', ['2024-01-01', '1×']],
      ['مقال 2', ['2024-01-02', '2×']],
    ]);
    expect(lines.map((l) => Boolean(l.selected))).toEqual([false, false, true]);
    expect(alsoInLines([], 0)[0].label).toBe('Also in: no other article read');
    expect(alsoInLines(null, 0)[0].label).toMatch(/looking/);
    // Many: a window of five around the cursor.
    const many = alsoInLines([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => other(i)), 8);
    expect(many).toHaveLength(6);
    expect(many.at(-1)?.selected).toBe(true);
  });
});

describe('indexing in worker threads', () => {
  // The built program is the workers' entry (test/global-setup.ts builds it).
  const entry = pathToFileURL(join(ROOT, 'dist', 'qari.js')).href;

  it('a worker that runs out of its bounded heap hands its files to an unbounded one; large files go there at once', async () => {
    const library = makeLibrary();
    const store = open(fresh());
    // A heap too small for any extraction: every batch's worker runs out, and each file is redone alone.
    // (The reader's stop signal is left as it was: no listener stays behind for each worker started.)
    const stop = new AbortController();
    const starved = await indexLibrary(library, store, { entry, workerHeapMb: 8, signal: stop.signal });
    expect(starved).toMatchObject({ total: 8, done: 8, failed: 0 });
    expect(getEventListeners(stop.signal, 'abort')).toEqual([]);
    expect(store.count()).toEqual({ articles: 8, withEntities: 8 });
    expect(store.who('مومني').map((person) => person.name)).toContain('إسكندر مؤمني');
    // Files over the large-file size never go to the bounded workers.
    const other = open(fresh());
    const large = await indexLibrary(library, other, { entry, largeFileBytes: 200 });
    expect(large).toMatchObject({ total: 8, done: 8, failed: 0 });
    expect(other.count()).toEqual({ articles: 8, withEntities: 8 });
  }, 120_000);
});
