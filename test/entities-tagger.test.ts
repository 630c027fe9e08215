import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tagDocument } from '../src/entities/document-tags.js';
import { FANE_FILES, joinClitics, parseFane, splitFane } from '../src/entities/fane.js';
import { NameEvidenceCounter } from '../src/entities/name-evidence.js';
import { DOCUMENT_LISTS_PER_TOKEN, documentFeatures } from '../src/entities/document-features.js';
import { describeWord, previousTagFeature, previousTagWordFeature, staticFeatures } from '../src/entities/features.js';
import { gazetteer } from '../src/entities/gazetteer.js';
import { hashString } from '../src/entities/hash.js';
import { SequenceTagger } from '../src/entities/sequence-tagger.js';
import { TaggerModel } from '../src/entities/tagger-model.js';
import { tagDocumentWords } from '../src/entities/tagger.js';
import { bioTransitions, viterbi } from '../src/entities/viterbi.js';
import { tokenize } from '../src/entities/tokenize.js';
import { WordClusters } from '../src/entities/word-clusters.js';
import { fold } from '../src/text/normalize.js';

const lrm = '\u200e';
/** A FANE file as it comes: BOM, CRLF, U+200E before every token, clitics split off. */
const sample =
  '\ufeff' +
  [
    'و\tO', 'قال\tO', 'رئيس\tO', 'الاتحاد\tO', 'برند\tB-Other_PER', 'جوتشولك\tI-Other_PER', 'ان\tO', 'ه\tO',
    'يتوقع\tO', 'ان\tO', 'تصل\tO', 'حصة\tO', 'ها\tO', 'ل\tO', 'الاتحاد\tO', 'في\tO', 'ل\tO', 'هونج\tB-Population-Center',
    'كونج\tI-Population-Center', 'ك\tO', 'ما\tO', 'قال\tO', 'وجه\tO', 'ك\tO', 'امس\tO', 'الرئيس\tO', 'خاتمي\tB-Politician',
    'و\tO', 'الصينيون\tB-Group', '.\tO', '',
    'خليج\tB-Water-Body', 'و\tI-Water-Body', 'يتليت\tI-Water-Body', '.\tO',
  ]
    .map((line) => (line && !line.startsWith('.') ? lrm + line : line))
    .join('\r\n');

describe('FANE reader', () => {
  const sentences = parseFane(sample);

  it('joins clitic-segmented tokens back into written words, as the tokenizer sees article text', () => {
    expect(sentences).toHaveLength(2);
    const running = 'وقال رئيس الاتحاد برند جوتشولك انه يتوقع ان تصل حصتها للاتحاد في لهونج كونج كما قال وجهك امس الرئيس خاتمي والصينيون .';
    expect(sentences[0].words).toEqual(tokenize(running).map((token) => token.folded));
    expect(sentences[1].words).toEqual(['خليج', 'ويتليت', '.'].map(fold));
  });

  it('maps the fine classes onto PERS/LOC/ORG/MISC and keeps the fine person class', () => {
    const [first, second] = sentences;
    const tagOf = (word: string): string => first.tags[first.words.indexOf(fold(word))];
    expect(tagOf('برند')).toBe('B-PERS');
    expect(tagOf('جوتشولك')).toBe('I-PERS');
    expect(tagOf('لهونج')).toBe('B-LOC');
    expect(tagOf('كونج')).toBe('I-LOC');
    expect(tagOf('خاتمي')).toBe('B-PERS');
    expect(first.fine[first.words.indexOf(fold('خاتمي'))]).toBe('Politician');
    // People groups ("the Chinese") are not persons.
    expect(tagOf('والصينيون')).toBe('O');
    expect(second.tags).toEqual(['B-LOC', 'I-LOC', 'O']);
  });

  it('attaches a lone ك to the word before it unless a word with the article or ما follows', () => {
    const words = joinClitics(['قال', 'ك', 'ما', 'وجه', 'ك', 'في', 'ك', 'البيت'].map((text) => ({ text, tag: 'O' }))).map((w) => w.text);
    expect(words).toEqual(['قال', 'كما', 'وجهك', 'في', 'كالبيت']);
  });

  it('keeps a fixed development split out of training', () => {
    const docs = Array.from({ length: 400 }, (_, i) => ({ words: [String(i)], tags: ['O'], fine: [''] }));
    const { train, dev } = splitFane([docs]);
    expect(dev.map((doc) => doc[0].words[0])).toEqual(['180', '380']);
    expect(train.flat()).toHaveLength(360);
  });
});

const shared = fileURLToPath(new URL('../../shared/ner', import.meta.url));
const haveFane = FANE_FILES.every((file) => existsSync(`${shared}/${file}`));
if (!haveFane) console.warn(`entities tagger: the FANE files under ${shared} are absent; the corpus test is skipped`);

describe('FANE corpora', () => {
  it.skipIf(!haveFane)('read into running words with thousands of person names', () => {
    const news = parseFane(readFileSync(`${shared}/${FANE_FILES[0]}`, 'utf8'));
    const persons = news.flatMap((s) => s.tags).filter((tag) => tag === 'B-PERS').length;
    expect(persons).toBeGreaterThan(3000);
    // Hardly a pronoun suffix or a preposition letter is left standing alone (the corpus writes a few).
    const loose = news.flatMap((s) => s.words.filter((word) => ['ها', 'ه', 'ل'].includes(word)));
    expect(loose.length).toBeLessThan(40);
  });
});

describe('word clusters', () => {
  const clusters = WordClusters.decode(readFileSync(new URL('../data/entities/clusters.bin', import.meta.url)));

  it('load from data/entities and know common words at every level, not invented ones', () => {
    const packed = clusters.packedOf(fold('محمد'));
    expect(packed).toBeGreaterThanOrEqual(0);
    clusters.levels.forEach((count, level) => {
      expect(clusters.clusterAt(packed, level)).toBeGreaterThanOrEqual(0);
      expect(clusters.clusterAt(packed, level)).toBeLessThan(count);
    });
    expect(clusters.packedOf('ززقخغظض')).toBe(-1);
  });

  it('round-trip through their file format', () => {
    const bytes = WordClusters.encode([4, 300], [['قال', [3, 299]], ['تونس', [0, 7]]]);
    const decoded = WordClusters.decode(bytes);
    expect(decoded.clusterAt(decoded.packedOf('قال'), 1)).toBe(299);
    expect(decoded.clusterAt(decoded.packedOf('تونس'), 0)).toBe(0);
    expect(decoded.packedOf('مصر')).toBe(-1);
  });
});

describe('name evidence', () => {
  it('buckets how often a word was tagged a person, for words seen at least three times', () => {
    const counter = new NameEvidenceCounter();
    for (let i = 0; i < 4; i++) counter.add(['قال', 'بوتين', 'ان'], ['O', 'B-PERS', 'O']);
    counter.add(['وبوتين', 'نادر'], ['B-PERS', 'O']);
    const { table } = counter.build();
    const bucket = (word: string): number => table.clusterAt(table.packedOf(word), 0);
    expect(bucket('بوتين')).toBe(3);
    expect(bucket('قال')).toBe(0);
    // Seen once: no evidence.
    expect(bucket('نادر')).toBe(-1);
  });

  it('ships in data/entities', () => {
    const table = WordClusters.decode(readFileSync(new URL('../data/entities/name-evidence.bin', import.meta.url)));
    expect(table.clusterAt(table.packedOf(fold('قال')), 0)).toBe(0);
  });
});

describe('tagger', () => {
  it('finds a person name it has never seen from its context', () => {
    // "زوربانوف" is made up: neither the labeled nor the unlabeled text has it.
    const sentence = tokenize('وقال وزير الخارجية الروسي سيرغي زوربانوف إن بلاده ترفض العقوبات .').map((token) => token.folded);
    const tags = tagDocumentWords([sentence])[0];
    expect(tags[sentence.indexOf(fold('زوربانوف'))]).toMatch(/-PERS$/);
    expect(tags[sentence.indexOf(fold('الخارجية'))]).not.toMatch(/PERS/);
  });
});

describe('sequence tagger', () => {
  const read = (file: string): Buffer => readFileSync(new URL(`../data/entities/${file}`, import.meta.url));
  const model = TaggerModel.decode(read('tagger.bin'));
  const clusters = WordClusters.decode(read('clusters.bin'));
  const evidence = WordClusters.decode(read('name-evidence.bin'));
  const count = model.tags.length;
  const isRare = (word: string): boolean => !model.isFrequent(hashString(word));

  /** Scores as training defines them: every feature of every position listed (staticFeatures), then summed. */
  function referenceScores(sentences: readonly string[][]): Array<{ emissions: Float64Array; transitions: Float64Array[] }> {
    return sentences.map((sentence) => {
      const words = sentence.map((word) => describeWord(word, gazetteer(), clusters, evidence, (hash) => model.isFrequent(hash)));
      const emissions = new Float64Array(words.length * count);
      words.forEach((_, i) => model.addScores(emissions, i * count, staticFeatures(words, i)));
      const transitions = words.map((word) => {
        const scores = new Float64Array((count + 1) * count);
        for (let previous = 0; previous <= count; previous++) model.addScores(scores, previous * count, [previousTagFeature(previous), previousTagWordFeature(previous, word.hash)]);
        return scores;
      });
      return { emissions, transitions };
    });
  }

  /** Tags as training defines them: the reference scores, then the document evidence. */
  function referenceTags(sentences: readonly string[][]): string[][] {
    const firstPass = referenceScores(sentences);
    const decode = ({ emissions, transitions }: (typeof firstPass)[number]): string[] =>
      Array.from(viterbi(transitions.length, count, emissions, transitions, bioTransitions(model.tags)), (tag) => model.tags[tag]);
    const firstTags = firstPass.map(decode);
    const evidenceLists = documentFeatures(sentences, firstTags, isRare, (features) => features, [] as readonly number[]);
    return firstPass.map((pass, s) => {
      evidenceLists[s].forEach((features, r) => model.addScores(pass.emissions, Math.floor(r / DOCUMENT_LISTS_PER_TOKEN) * count, features));
      return decode(pass);
    });
  }

  it('scores each word once, from its cached rows, exactly as the features listed one by one score it', () => {
    // Made up: names known and unknown, clitics, a repeated name, digits, Latin letters, punctuation.
    const documents = [
      ['وقال الرئيس الفرنسي ايمانويل ماكرون في باريس امس ان 3 وزراء سيزورون بغداد .', 'واضاف ماكرون : " لن نتراجع " ، بحسب وكالة AFP .', 'واستقبل الوزير كورتاليني وفدا من شركة توتال .'],
      ['وبحث وزير الخارجية زوربانوف مع نظيره الياباني تاكيشيرو سبل التعاون .', 'وكان زوربانوف قد وصل الى طوكيو في 12 ايار .'],
    ].map((document) => document.map((text) => tokenize(text).map((token) => token.folded)));
    const tagger = new SequenceTagger(model, gazetteer(), clusters, evidence);
    for (const sentences of documents) {
      const reference = referenceScores(sentences);
      sentences.forEach((sentence, s) => {
        const { emissions, transitions } = tagger.firstPass(sentence);
        expect(Array.from(emissions)).toEqual(Array.from(reference[s].emissions));
        expect(transitions.map((row) => Array.from(row))).toEqual(reference[s].transitions.map((row) => Array.from(row)));
      });
      const tags = tagger.tagDocument(sentences);
      expect(tags).toEqual(referenceTags(sentences));
      expect(tags.flat()).toContain('B-PERS');
    }
  });
});

describe('document pass (the tagger with the title and consistency rules of the extractor)', () => {
  it('takes no word after a title for a name when no list knows it and the news almost never uses it as one', () => {
    const sentences = ['وكانت الوزيرة الأميركية صرحت في وقت متأخر أمس بأن السلام ممكن .', 'ولم يحرك الملك ساكنا أمام ما جرى .'].map((text) => tokenize(text).map((token) => token.folded));
    const tags = tagDocument(sentences);
    expect(tags.flat().filter((tag) => tag.endsWith('-PERS'))).toEqual([]);
  });

  it('ends a name before a common word when the document also uses the name alone ("ليوناردو بخير")', () => {
    const sentences = ['وماذا يعمل ليوناردو حاليا ؟', 'وقال الطبيب إن ليوناردو بخير .', 'وقال ليوناردو إنه سعيد .'].map((text) => tokenize(text).map((token) => token.folded));
    expect(tagDocument(sentences)[1].slice(3, 5)).toEqual(['B-PERS', 'O']);
  });

  it('ends a name before a known body when the document also uses the name alone ("يلتسين الكرملين")', () => {
    const sentences = ['وقال يلتسين إنه متعب .', 'ثم غادر بوريس يلتسين الكرملين بعد سنوات .'].map((text) => tokenize(text).map((token) => token.folded));
    expect(tagDocument(sentences)[1].slice(2, 5)).toEqual(['B-PERS', 'I-PERS', 'O']);
  });

  it('does not spread a one-word name to the words the news mostly uses otherwise ("علي" without ى)', () => {
    // Text that writes the preposition على as "علي": the name after "الإمام" is no name elsewhere.
    const sentences = ['واكد الامام علي في خطبته ان الصبر مفتاح الفرج .', 'وحصل المنتخب علي جايزه كبيره .', 'وصادق المجلس علي القانون الجديد .'].map((text) => text.split(' '));
    const tags = tagDocument(sentences);
    expect(tags[0][2]).toBe('B-PERS');
    expect(tags[1][2]).toBe('O');
    expect(tags[2][2]).toBe('O');
  });
});
