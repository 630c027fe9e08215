import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/article/model.js';
import { ArticleDocument } from '../src/layout/document.js';
import { initialState, readerReducer, listEntries, type ReaderAction, type ReaderState } from '../src/state/reader.js';
import { entityIndex, searchMarks } from '../src/state/marks.js';
import { cardLines, mentionSentence } from '../src/ui/card.js';
import { bundledArticle } from './helpers/articles.js';

/** A notice without the isolates that keep a quoted name's direction in it (i18n). */
const plain = (notice: string | null) => notice?.replace(/[\u2066-\u2069]/g, '') ?? null;

const article = bundledArticle();
const doc = new ArticleDocument(article, 80, { reorder: true, shape: false });

/** Every occurrence of `name` in the article, as mentions (a fixture independent of the extractor). */
function mentionsOf(name: string) {
  return article.blocks.flatMap((block, index) => {
    const found = [];
    for (let at = block.text.indexOf(name); at !== -1; at = block.text.indexOf(name, at + 1)) found.push({ block: index, start: at, end: at + name.length, text: name });
    return found;
  });
}

const person = (id: string, name: string, official: boolean, extra: Partial<Entity> = {}): Entity => ({
  id, kind: 'person', name, official, role: null, country: null, latin: null, mentions: mentionsOf(name.split(' ').at(-1)!), ...extra,
});
const entities: Entity[] = [
  { id: 'place-1', kind: 'place', name: 'العراق', official: false, role: null, country: null, latin: null, mentions: mentionsOf('العراق') },
  person('person-3', 'الإمام الحسين', false),
  person('person-1', 'إسكندر مؤمني', true, { role: 'وزير الداخلية الإيراني', country: 'إيران', latin: 'Eskandar Momeni', roleLatin: 'Minister of the Interior, Iran' }),
  person('person-2', 'عبد الامير الشمري', true, { role: 'وزير الداخلية العراقي', country: 'العراق', latin: 'Abdul Amir al-Shammari' }),
  { id: 'org-1', kind: 'organization', name: 'وزارة الداخلية الإيرانية', official: false, role: null, country: null, latin: null, mentions: mentionsOf('وزارة الداخلية الإيرانية') },
];

function run(state: ReaderState, ...actions: ReaderAction[]): ReaderState {
  return actions.reduce((s, a) => readerReducer(doc, s, a), state);
}
const ready = run(initialState(doc.firstRow, 20), { type: 'entitiesReady', entities });
const rowOf = (m: { block: number; start: number }) => doc.rowAt({ block: m.block, offset: m.start });
const onScreen = (s: ReaderState, m: { block: number; start: number }) =>
  doc.compare(rowOf(m), s.top) >= 0 && doc.compare(rowOf(m), doc.move(s.top, s.viewRows - 1)) <= 0;

describe('entity index (e)', () => {
  it('orders people (officials first), then places, then organizations, and filters', () => {
    expect(entityIndex(entities, '').map((e) => e.id)).toEqual(['person-1', 'person-2', 'person-3', 'place-1', 'org-1']);
    expect(entityIndex(entities, 'الشمري').map((e) => e.id)).toEqual(['person-2']);
    expect(entityIndex(entities, 'momeni').map((e) => e.id)).toEqual(['person-1']);
  });

  it('Enter jumps to the first mention and n/N walk the mentions', () => {
    const open = run(ready, { type: 'openEntities' });
    expect(open.overlay).toEqual({ kind: 'entities', filter: '', cursor: 0 });
    const typed = run(open, { type: 'input', text: 'مؤمني' }, { type: 'cursor', delta: 5 });
    expect(typed.overlay).toMatchObject({ cursor: 0 });
    const chosen = run(typed, { type: 'choose' });
    const mentions = entities[2].mentions;
    expect(chosen.overlay).toBeNull();
    expect(chosen.marks?.index).toBe(0);
    expect(onScreen(chosen, mentions[0])).toBe(true);
    expect(plain(chosen.notice)).toBe(`إسكندر مؤمني: 1/${mentions.length}`);
    const second = run(chosen, { type: 'mark', direction: 1 });
    expect(second.marks?.index).toBe(1);
    expect(onScreen(second, mentions[1])).toBe(true);
    const wrapped = run(chosen, { type: 'mark', direction: -1 });
    expect(wrapped.marks?.index).toBe(mentions.length - 1);
    expect(wrapped.notice).toContain('from the bottom');
    expect(run(second, { type: 'close' }).marks).toBeNull();
  });

  it('says so while names are still being found', () => {
    const early = run(initialState(doc.firstRow, 20), { type: 'openEntities' }, { type: 'choose' });
    expect(early.notice).toBe('still finding names…');
  });
});

describe('officials lookup (o)', () => {
  it('narrows as you type, in Latin letters too, and Enter shows the card', () => {
    const open = run(ready, { type: 'openOfficials' });
    expect(listEntries(open, open.overlay!).map((e) => e.id)).toEqual(['person-1', 'person-2', 'person-3']);
    const typed = run(open, { type: 'input', text: 'eskandar' });
    expect(listEntries(typed, typed.overlay!).map((e) => e.id)).toEqual(['person-1']);
    const card = run(typed, { type: 'choose' });
    expect(card.overlay).toMatchObject({ kind: 'card', entity: { id: 'person-1' } });
    expect(onScreen(card, entities[2].mentions[0])).toBe(true);
    expect(run(card, { type: 'mark', direction: 1 }).overlay).toMatchObject({ kind: 'card' });
    expect(run(card, { type: 'close' }).overlay).toBeNull();
  });

  it('builds the card: name, Latin name, office and gloss, country, each mention sentence', () => {
    const lines = cardLines(article, entities[2]);
    expect(lines[0].text).toBe('إسكندر مؤمني');
    expect(lines.map((l) => `${l.label ?? ''}${l.text}`)).toEqual(
      expect.arrayContaining(['Latin: Eskandar Momeni', 'Office: وزير الداخلية الإيراني', 'Country: إيران', 'Mentions: 7 (n/N to move)']),
    );
    const sentences = lines.filter((l) => /^\d+\. $/.test(l.label ?? ''));
    expect(sentences).toHaveLength(7);
    expect(sentences[1].text).toBe('وأكد مؤمني أيضاً على أهمية تطوير العلاقات بين البلدين في مختلف المجالات السياسية والاقتصادية والتجارية.');
  });

  it('cuts the sentence around a mention', () => {
    const text = 'جملة أولى. ثم قال الوزير مؤمني كلاما؟ وانتهى.';
    const start = text.indexOf('مؤمني');
    expect(mentionSentence(text, start, start + 5)).toBe('ثم قال الوزير مؤمني كلاما؟');
  });
});

describe('search (/)', () => {
  it('finds every spelling, starts at the reader, and n/N move between matches', () => {
    const marks = searchMarks(article, 'مومني');
    expect(marks.ranges).toHaveLength(7);
    expect(marks.ranges.every((r) => article.blocks[r.block].text.slice(r.start, r.end) === 'مؤمني')).toBe(true);
    const searched = run(ready, { type: 'openSearch' }, { type: 'input', text: 'مومني' }, { type: 'choose' });
    expect(searched.overlay).toBeNull();
    expect(searched.marks?.index).toBe(0);
    expect(plain(searched.notice)).toBe('“مومني”: 1/7');
    const next = run(searched, { type: 'mark', direction: 1 });
    expect(onScreen(next, marks.ranges[1])).toBe(true);
  });

  it('reports a search with no match and clears on an empty one', () => {
    const none = run(ready, { type: 'openSearch' }, { type: 'input', text: 'xyzzy' }, { type: 'choose' });
    expect(plain(none.notice)).toBe('“xyzzy”: not found');
    expect(plain(run(none, { type: 'mark', direction: 1 }).notice)).toBe('“xyzzy”: not found');
    const cleared = run(none, { type: 'openSearch' }, { type: 'choose' });
    expect(cleared.marks).toBeNull();
    expect(run(ready, { type: 'mark', direction: 1 }).notice).toContain('nothing to go to');
  });
});
