import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/article/model.js';
import { assembleArticle } from '../src/article/assemble.js';
import { ArticleDocument } from '../src/layout/document.js';
import { initialState, readerReducer, type ReaderAction, type ReaderState } from '../src/state/reader.js';
import { actionForKey } from '../src/state/keymap.js';
import { articleCopy, COPY_MESSAGES, personText } from '../src/state/copy.js';
import { sentenceAround } from '../src/text/sentences.js';
import { MAX_BLOCK_LENGTH } from '../src/article/split-long.js';
import { clipboardSequence, multiplexerOf, osc52, screenPassthrough, tmuxPassthrough } from '../src/terminal/clipboard.js';
import { bundledArticle, HEADING } from './helpers/articles.js';

const layout = { reorder: true, shape: false };
const run = (doc: ArticleDocument, state: ReaderState, ...actions: ReaderAction[]) => actions.reduce((s, a) => readerReducer(doc, s, a), state);
const sentenceOf = (text: string, word: string) => {
  const at = text.indexOf(word);
  const span = sentenceAround(text, at, at + word.length);
  return text.slice(span.start, span.end);
};

describe('sentence around a range', () => {
  const arabic = 'قال الوزير إن العدد بلغ 3.5 مليون. وأضاف: هل نجح الاتفاق؟ نعم! ثم غادر۔ بعد ذلك؛ جاء الوفد.';
  it('ends sentences at . ! ? ؟ ۔ but not inside a number or at a semicolon', () => {
    expect(sentenceOf(arabic, 'مليون')).toBe('قال الوزير إن العدد بلغ 3.5 مليون.');
    expect(sentenceOf(arabic, 'الاتفاق')).toBe('وأضاف: هل نجح الاتفاق؟');
    expect(sentenceOf(arabic, 'نعم')).toBe('نعم!');
    expect(sentenceOf(arabic, 'غادر')).toBe('ثم غادر۔');
    expect(sentenceOf(arabic, 'الوفد')).toBe('بعد ذلك؛ جاء الوفد.');
  });
  it('keeps a closing quote with its sentence, breaks after a full stop with no space, reads Latin too', () => {
    expect(sentenceOf('العراق.وأضاف الوزير «لا.» ثم مضى', 'الوزير')).toBe('وأضاف الوزير «لا.»');
    expect(sentenceOf('العراق.وأضاف الوزير', 'العراق')).toBe('العراق.');
    expect(sentenceOf('He left. She stayed? Yes!', 'She')).toBe('She stayed?');
  });
  it('a range across a sentence end takes both sentences; text without an end is one sentence', () => {
    const text = 'أولى جملة. ثانية جملة. ثالثة';
    expect(sentenceAround(text, text.indexOf('جملة.'), text.indexOf('ثانية') + 3)).toEqual({ start: 0, end: text.indexOf(' ثالثة') });
    expect(sentenceAround('بلا نهاية', 0, 3)).toEqual({ start: 0, end: 9 });
    expect(sentenceAround('', 0, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('OSC 52', () => {
  const text = 'وزير الداخلية';
  const base64 = Buffer.from(text, 'utf8').toString('base64');
  it('encodes UTF-8 text in base64 between ESC ] 52 ; c ; and BEL', () => {
    expect(osc52(text)).toBe(`\x1b]52;c;${base64}\x07`);
    const decoded = /^\x1b\]52;c;([A-Za-z0-9+/=]*)\x07$/.exec(osc52(text))!;
    expect(Buffer.from(decoded[1], 'base64').toString('utf8')).toBe(text);
  });
  it('tmux: the plain sequence (set-clipboard on), then the DCS pass-through with every ESC doubled', () => {
    const wrapped = tmuxPassthrough(osc52(text));
    expect(wrapped).toBe(`\x1bPtmux;\x1b\x1b]52;c;${base64}\x07\x1b\\`);
    expect(clipboardSequence(text, 'tmux')).toBe(osc52(text) + wrapped);
  });
  it('screen: DCS pieces short enough for screen, whose contents make the whole sequence', () => {
    const long = 'ا'.repeat(400);
    const wrapped = screenPassthrough(osc52(long));
    const pieces = [...wrapped.matchAll(/\x1bP([\s\S]*?)\x1b\\/g)].map((m) => m[1]);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length + 4 <= 256)).toBe(true);
    expect(pieces.join('')).toBe(osc52(long));
    expect(pieces.map((p) => `\x1bP${p}\x1b\\`).join('')).toBe(wrapped);
    expect(clipboardSequence(long, 'screen')).toBe(wrapped);
    expect(clipboardSequence(text, null)).toBe(osc52(text));
  });
  it('knows the multiplexer from TMUX, STY, or a tmux TERM (over ssh)', () => {
    expect(multiplexerOf({ TMUX: '/tmp/tmux-0/default,4242,0' })).toBe('tmux');
    expect(multiplexerOf({ STY: '1.pts-0.host' })).toBe('screen');
    expect(multiplexerOf({ TERM: 'tmux-256color' })).toBe('tmux');
    expect(multiplexerOf({ TERM: 'xterm-256color' })).toBe(null);
    expect(multiplexerOf({})).toBe(null);
  });
  it('with both TMUX and STY, the one whose process is the nearer ancestor', () => {
    const both = { TMUX: '/tmp/tmux-0/default,4242,0', STY: '777.pts-3.host' };
    expect(multiplexerOf(both, () => [900, 777, 500, 4242])).toBe('screen'); // screen started inside tmux
    expect(multiplexerOf(both, () => [900, 4242, 777])).toBe('tmux'); // tmux started inside screen
    expect(multiplexerOf(both, () => [])).toBe('tmux');
    // The real ancestry of this process ends at pid 1's child.
    expect(multiplexerOf({ TMUX: `x,${process.ppid},0`, STY: '1.x' })).toBe('tmux');
    expect(multiplexerOf({ TMUX: 'x,1,0', STY: `${process.ppid}.x` })).toBe('screen');
  });
});

describe('y in the reader', () => {
  const article = bundledArticle();
  const doc = new ArticleDocument(article, 80, layout);
  const start = initialState(doc.firstRow, 20);
  const paragraph = article.blocks.findIndex((b) => b.text.startsWith('وأن وزيري داخلية'));

  it('is the copy key, in the article and in the card', () => {
    const key = { ...({} as Parameters<typeof actionForKey>[1]) };
    expect(actionForKey('y', key, null)).toEqual({ type: 'copy' });
    expect(actionForKey('y', key, { kind: 'card', entity: {} as Entity, also: null, alsoCursor: 0 })).toEqual({ type: 'copy' });
    expect(actionForKey('y', key, { kind: 'search', query: '' })).toBe(null); // typed into the field
  });

  it('copies the logical text of the paragraph at the top, and says how many characters', () => {
    const down = run(doc, start, { type: 'scroll', rows: 2 });
    const copied = run(doc, down, { type: 'copy' });
    expect(copied.copied?.text).toBe(article.blocks[paragraph].text);
    expect(copied.copied?.what).toBe('paragraph');
    expect(copied.notice).toBe(`copied ${[...article.blocks[paragraph].text].length} characters`);
    // The gap row between two blocks at the top: the block under it.
    expect(run(doc, start, { type: 'scroll', rows: 1 }, { type: 'copy' }).copied?.text).toBe(article.blocks[paragraph].text);
    expect(run(doc, start, { type: 'section', direction: 1 }, { type: 'copy' }).copied?.text).toBe(HEADING);
    // Each copy is a new one, even of the same text.
    expect(run(doc, copied, { type: 'copy' }).copied?.serial).toBe(copied.copied!.serial + 1);
  });

  it('copies the sentence of the highlighted match or mention when it is on screen', () => {
    const sentences = ['قال الوزير إن الاجتماع ناجح.', 'ثم التقى مؤمني بنظيره العراقي في بغداد؟', 'وانتهى اللقاء بعد ساعتين!'];
    const many = assembleArticle([{ kind: 'paragraph', text: 'فقرة أولى.' }, { kind: 'paragraph', text: sentences.join(' ') }, ...Array.from({ length: 40 }, () => ({ kind: 'paragraph' as const, text: 'ملء.' }))], {});
    const manyDoc = new ArticleDocument(many, 40, layout);
    const searched = run(manyDoc, initialState(manyDoc.firstRow, 10), { type: 'openSearch' }, { type: 'input', text: 'مومني' }, { type: 'choose' });
    const copied = run(manyDoc, searched, { type: 'copy' });
    expect(copied.copied).toMatchObject({ what: 'sentence', text: sentences[1] });
    // A mention chosen in the entity list is highlighted the same way.
    const mention = { block: 1, start: many.blocks[1].text.indexOf('الوزير'), end: many.blocks[1].text.indexOf('الوزير') + 6 };
    const marked: ReaderState = { ...searched, marks: { label: 'الوزير', ranges: [mention], index: 0 } };
    expect(run(manyDoc, marked, { type: 'copy' }).copied?.text).toBe(sentences[0]);
    // Scrolled away from the highlight: the paragraph at the top again.
    const away = run(manyDoc, searched, { type: 'bottom' }, { type: 'copy' });
    expect(away.copied).toMatchObject({ what: 'paragraph', text: 'ملء.' });
  });

  it('copies the person in the card: name and office', () => {
    const entity: Entity = { id: 'p', kind: 'person', name: 'إسكندر مؤمني', official: true, role: 'وزير الداخلية الإيراني', country: null, latin: 'Eskandar Momeni', mentions: [] };
    const card: ReaderState = { ...start, overlay: { kind: 'card', entity, also: null, alsoCursor: 0 } };
    const copied = run(doc, card, { type: 'copy' });
    expect(copied.copied?.text).toBe('إسكندر مؤمني، وزير الداخلية الإيراني');
    expect(copied.overlay?.kind).toBe('card'); // the card stays
    expect(personText({ ...entity, name: 'Bob', role: 'Minister' })).toBe('Bob, Minister');
    expect(personText({ ...entity, role: null })).toBe('إسكندر مؤمني');
  });

  it('says copying is off when it is, and copies nothing', () => {
    const off = initialState(doc.firstRow, 20, null, false, false);
    const pressed = run(doc, off, { type: 'copy' });
    expect(pressed.copied).toBe(null);
    expect(pressed.notice).toBe(COPY_MESSAGES.off());
  });

  it('never copies a control character: the text is sanitized like the screen', () => {
    const hostile = assembleArticle([{ kind: 'paragraph', text: 'نص \x1b]52;c;ZXZpbA==\x07 و\x1b[31mأحمر\u009b' }], {});
    const hostileDoc = new ArticleDocument(hostile, 80, layout);
    const copied = articleCopy(hostileDoc, hostileDoc.firstRow, 20, null)!;
    expect(copied.text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(copied.text).toContain('␛]52;c;ZXZpbA==␇');
  });

  it('the longest block there can be fits the 100,000 bytes terminals take for OSC 52', () => {
    expect(osc52('中'.repeat(MAX_BLOCK_LENGTH)).length).toBeLessThanOrEqual(100_000);
  });
});

describe('--no-clipboard and QARI_CLIPBOARD', () => {
  it('turn copying off; anything but on or off is a usage error', async () => {
    const { parseCli } = await import('../src/cli/options.js');
    expect(parseCli([], {}).clipboard).toBe(true);
    expect(parseCli(['--no-clipboard'], {}).clipboard).toBe(false);
    expect(parseCli([], { QARI_CLIPBOARD: 'off' }).clipboard).toBe(false);
    expect(parseCli([], { QARI_CLIPBOARD: 'on' }).clipboard).toBe(true);
    expect(() => parseCli([], { QARI_CLIPBOARD: 'maybe' })).toThrow(/QARI_CLIPBOARD must be one of on, off/);
  });
});
