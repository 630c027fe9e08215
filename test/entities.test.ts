import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/article/model.js';
import { blocksFromArticle, scoreOfficials } from '../src/entities/evaluate.js';
import { DOCUMENT_LISTS_PER_TOKEN, documentFeatures } from '../src/entities/document-features.js';
import { extractEntities } from '../src/entities/extract.js';
import { lookupOfficials } from '../src/entities/lookup.js';
import { tagDocumentWords } from '../src/entities/tagger.js';
import { tokenize } from '../src/entities/tokenize.js';
import { fold } from '../src/text/normalize.js';

// The bundled article lives in the repository, so these tests never depend on ../shared.
const text = readFileSync(new URL('../data/alkawthar-iran-iraq-interior-ministers.txt', import.meta.url), 'utf8');
const blocks = blocksFromArticle(text);
const entities = extractEntities(blocks);
const officials = entities.filter((e) => e.official);
const byName = (name: string): Entity => {
  const entity = entities.find((e) => e.kind === 'person' && fold(e.name) === fold(name));
  if (!entity) throw new Error(`no person ${name} in ${entities.map((e) => e.name).join(', ')}`);
  return entity;
};

const TITLES_AND_CLITICS = /^(?:[وفبلك]|ال(?:وزير|رئيس|دكتور|شيخ|سيد))/;

describe('bundled article: officials', () => {
  it('finds exactly the two named interior ministers', () => {
    expect(officials.map((e) => e.name).sort()).toEqual(['إسكندر مؤمني', 'عبد الامير الشمري'].sort());
  });

  it('gives their offices and countries as worded in the article', () => {
    expect(byName('إسكندر مؤمني')).toMatchObject({ role: 'وزير الداخلية الإيراني', country: 'إيران', official: true });
    expect(byName('عبد الامير الشمري')).toMatchObject({ role: 'وزير الداخلية العراقي', country: 'العراق', official: true });
    expect(byName('إسكندر مؤمني').roleLatin).toBe('Minister of the Interior, Iran');
  });

  it('finds all seven mentions of مؤمني and both of الشمري, name only', () => {
    const momeni = byName('إسكندر مؤمني');
    expect(momeni.mentions.map((m) => m.text)).toEqual(['إسكندر مؤمني', ...Array(6).fill('مؤمني')]);
    expect(byName('عبد الامير الشمري').mentions.map((m) => m.text)).toEqual(['عبد الامير الشمري', 'الشمري']);
  });

  it('excludes the clitic of "ومؤمني"-style words and the title of "الوزير مؤمني"', () => {
    const line = 'وأضاف الوزير مؤمني، مؤكداً';
    const block = blocks.findIndex((b) => b.text.startsWith(line));
    const mention = byName('إسكندر مؤمني').mentions.find((m) => m.block === block);
    expect(mention).toBeDefined();
    expect(blocks[block].text.slice(mention!.start - 7, mention!.start)).toBe('الوزير ');
    const clitic = extractEntities([{ kind: 'paragraph', text: 'التقى إسكندر مؤمني، وزير الداخلية الإيراني، الشمري ومؤمني.', direction: 'rtl' }]);
    const person = clitic.find((e) => e.name === 'إسكندر مؤمني');
    expect(person?.mentions.map((m) => m.text)).toEqual(['إسكندر مؤمني', 'مؤمني']);
    expect(person?.mentions[1].start).toBe('التقى إسكندر مؤمني، وزير الداخلية الإيراني، الشمري و'.length);
  });

  it('keeps every mention equal to its slice, sorted, with no title or clitic', () => {
    for (const entity of entities) {
      let previous = -1;
      for (const m of entity.mentions) {
        expect(m.text).toBe(blocks[m.block].text.slice(m.start, m.end));
        const position = m.block * 1e6 + m.start;
        expect(position).toBeGreaterThan(previous);
        previous = position;
        if (entity.kind === 'person') expect(m.text).not.toMatch(TITLES_AND_CLITICS);
      }
    }
  });

  it('does not make الإمام الحسين an official', () => {
    const hussein = entities.find((e) => e.kind === 'person' && fold(e.name).includes(fold('الحسين')));
    expect(hussein?.official ?? false).toBe(false);
  });

  it('lists إيران and العراق among places, people first and ids readable', () => {
    const places = entities.filter((e) => e.kind === 'place').map((e) => fold(e.name));
    expect(places).toContain(fold('إيران'));
    expect(places).toContain(fold('العراق'));
    const kinds = entities.map((e) => e.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ['person', 'place', 'organization'].indexOf(a) - ['person', 'place', 'organization'].indexOf(b)));
    expect(entities[0].id).toBe('person-1');
    expect(entities[0].official).toBe(true);
  });

  it('gives each person a Latin name', () => {
    expect(byName('إسكندر مؤمني').latin?.toLowerCase()).toContain('momeni');
  });
});

describe('lookupOfficials', () => {
  const names = (query: string): string[] => lookupOfficials(entities, query).map((e) => e.name);

  it('finds Momeni from Latin spellings', () => {
    expect(names('momeni')[0]).toBe('إسكندر مؤمني');
    expect(names('momani')[0]).toBe('إسكندر مؤمني');
    expect(names('eskandar')[0]).toBe('إسكندر مؤمني');
  });
  it('finds al-Shammari in Arabic and Latin', () => {
    expect(names('الشمري')[0]).toBe('عبد الامير الشمري');
    expect(names('shammari')[0]).toBe('عبد الامير الشمري');
    expect(names('عبد الأمير')[0]).toBe('عبد الامير الشمري');
  });
  it('finds both ministers by office, in Arabic or English', () => {
    expect(names('وزير الداخلية').slice(0, 2).sort()).toEqual(['إسكندر مؤمني', 'عبد الامير الشمري'].sort());
    expect(names('interior').sort()).toEqual(['إسكندر مؤمني', 'عبد الامير الشمري'].sort());
  });
  it('accepts hamza and diacritic variants and rejects unrelated queries', () => {
    expect(names('مُؤمِني')[0]).toBe('إسكندر مؤمني');
    expect(names('مومني')[0]).toBe('إسكندر مؤمني');
    expect(names('trump')).toEqual([]);
  });
});

describe('tokenize', () => {
  it('keeps offsets, joins letters, marks and joiners, and splits punctuation and emoji', () => {
    const text = 'قال: مُحمّد\u200cرضا (1978) 😀x_y';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['قال', ':', 'مُحمّد\u200cرضا', '(', '1978', ')', '😀', 'x_y']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.isWord)).toEqual([true, false, true, false, true, false, false, true]);
    expect(tokens[2].folded).toBe('محمدرضا');
  });
});

describe('rules around the tagger', () => {
  const people = (text: string): Array<[string, string | null]> =>
    extractEntities([{ kind: 'paragraph', text, direction: 'rtl' }])
      .filter((e) => e.kind === 'person')
      .map((e) => [e.name, e.role]);

  it('reads "وزراء خارجية كل من: بلد (اسم)" lists as office-holders with the list office', () => {
    const found = people('وعضوية وزراء خارجية كل من: الأردن (الشريف عبد الحميد شرف)، ودولة الإمارات (أحمد خليفة السويدي)، والسودان (الرشيد الطاهر).');
    expect(found).toContainEqual(['عبد الحميد شرف', 'وزراء خارجية']);
    expect(found).toContainEqual(['أحمد خليفة السويدي', 'وزراء خارجية']);
    expect(found).toContainEqual(['الرشيد الطاهر', 'وزراء خارجية']);
  });

  it('keeps a title that is also a given name inside the name ("الباجي قائد السبسي")', () => {
    expect(people('وقال الرئيس التونسي الباجي قائد السبسي إن الحكومة ستواصل عملها.')).toEqual([['الباجي قائد السبسي', 'الرئيس التونسي']]);
  });
});

describe('document features (second tagging pass)', () => {
  const features = (sentences: string[][], tags: string[][]): Array<Array<readonly number[]>> =>
    documentFeatures(sentences, tags, () => true, (list) => list, []);

  it('tells a token what the first pass made of the same word elsewhere, not of itself', () => {
    const evidence = features([['قال', 'كورت'], ['ويختتم', 'كورت']], [['O', 'B-PERS'], ['O', 'O']]);
    const ownList = (s: number, i: number): readonly number[] => evidence[s][i * DOCUMENT_LISTS_PER_TOKEN];
    const named = ownList(0, 1);
    const unnamed = ownList(1, 1);
    // The second "كورت" learns of the first one's tag and vice versa; a word seen once learns nothing.
    expect(unnamed.length).toBeGreaterThan(0);
    expect(named.length).toBeGreaterThan(0);
    expect(unnamed).not.toEqual(named);
    expect(features([['قال', 'زيد']], [['O', 'B-PERS']])[0].every((list) => list.length === 0)).toBe(true);
  });

  it('links a word with a clitic to the same name tagged without it ("ودراماني")', () => {
    const [own] = features([['دراماني'], ['ودراماني']], [['B-PERS'], ['O']])[1];
    expect(own.length).toBe(1);
  });
});

describe('tagger caches', () => {
  it('tags a document the same whatever the per-word and per-pair caches already hold', () => {
    const sentences = blocks.map((block) => tokenize(block.text).map((token) => token.folded));
    const first = tagDocumentWords(sentences);
    // Other text in between fills the caches with other words and pairs next to these ones.
    tagDocumentWords([...sentences].reverse().map((words) => [...words].reverse()));
    expect(tagDocumentWords(sentences)).toEqual(first);
    expect(first.flat()).toContain('B-PERS');
  });
});

describe('scoreOfficials: pairing our officials with the gold ones', () => {
  const person = (id: string, name: string, role: string): Entity => ({ id, kind: 'person', name, official: true, role, country: null, latin: null, mentions: [] });
  // Made up: a father and son whose names contain one another; ours lists the son first.
  const text = 'العنوان\nاستقبل الملك فهد بن سعد آل نامي وولي العهد خالد بن فهد بن سعد آل نامي الوفد.';
  const gold = {
    file: 'made-up.txt',
    officials: [
      { name: 'فهد بن سعد آل نامي', role: 'الملك', surface: ['فهد بن سعد آل نامي'] },
      { name: 'خالد بن فهد بن سعد آل نامي', role: 'ولي العهد', surface: ['خالد بن فهد بن سعد آل نامي'] },
    ],
  };
  it('pairs exact names first, so a name containing another one does not take its place', () => {
    const ours = [person('person-1', 'خالد بن فهد بن سعد آل نامي', 'ولي العهد'), person('person-2', 'فهد بن سعد آل نامي', 'الملك')];
    const score = scoreOfficials(gold, blocksFromArticle(text), ours);
    expect(score.found).toBe(2);
    expect(score.roleExact).toBe(2);
  });
  it('still pairs a fuller or shorter rendering of a name among those left', () => {
    const ours = [person('person-1', 'خالد بن فهد', 'ولي العهد'), person('person-2', 'فهد بن سعد آل نامي', 'الملك')];
    const score = scoreOfficials(gold, blocksFromArticle(text), ours);
    expect(score.found).toBe(2);
    expect(score.roleExact).toBe(2);
  });
});
