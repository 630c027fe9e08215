import type { Article } from './model.js';
import { ArticleAssembler, type ArticleMeta, type RawBlock } from './assemble.js';

/**
 * Infers the structure of a plain-text article (title on the first line, one paragraph a line, or
 * paragraphs separated by blank lines): the outlet tag, the title, sub-headings and related-link stubs.
 */
export function parsePlainText(text: string, meta: ArticleMeta = {}): Article {
  const body = withoutByteOrderMark(text);
  const parser = new PlainTextParser(hasBlankLines(body), meta);
  parser.addLines(body.split(LINE_BREAK));
  parser.finish();
  return parser.article();
}

export const LINE_BREAK = /\r\n|\r|\n/;

export function withoutByteOrderMark(text: string): string {
  return text.replace(/^\ufeff/, '');
}

/**
 * Whether paragraphs are separated by blank lines: a line of white space only, neither the first
 * nor the last (one regular-expression scan, so a huge text is not split into lines for it).
 */
export function hasBlankLines(text: string): boolean {
  return /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r|\n)/.test(text);
}

/**
 * The plain-text parser, fed lines in order (all at once, or chunk by chunk for a huge file read in
 * the background). `article()` gives the article so far; after `finish()` it is the whole article.
 */
export class PlainTextParser {
  private readonly assembler: ArticleAssembler;
  private group: string[] = [];
  /** Paragraphs not classified yet: the header needs the first few, a heading the one after it. */
  private readonly pending: string[] = [];
  private headerDone = false;
  private seenParagraph = false;

  /** `blankLineMode`: paragraphs are separated by blank lines (see hasBlankLines) rather than one a line. */
  constructor(
    private readonly blankLineMode: boolean,
    meta: ArticleMeta = {},
    /** Told of every article block as it is made (for a content key computed while reading). */
    private readonly onBlocks?: (blocks: RawBlock[]) => void,
  ) {
    this.assembler = new ArticleAssembler(meta);
  }

  addLines(lines: readonly string[]): void {
    for (const line of lines) {
      const trimmed = line.trim();
      if (!this.blankLineMode) {
        if (trimmed) this.addParagraph(trimmed);
      } else if (trimmed) this.group.push(trimmed);
      else this.endGroup();
    }
  }

  finish(): void {
    this.endGroup();
    this.classify(true);
  }

  article(): Article {
    return this.assembler.article();
  }

  /** A blank-line separated group: one paragraph if its lines look hard-wrapped, else one a line. */
  private endGroup(): void {
    const group = this.group;
    if (group.length === 0) return;
    this.group = [];
    if (looksHardWrapped(group)) this.addParagraph(group.join(' '));
    else for (const line of group) this.addParagraph(line);
  }

  private addParagraph(paragraph: string): void {
    this.pending.push(paragraph);
    if (this.pending.length > HEADER_LOOKAHEAD) this.classify(false);
  }

  private classify(final: boolean): void {
    const lines = this.pending;
    if (!this.headerDone) {
      if (!final && lines.length <= HEADER_LOOKAHEAD) return;
      this.classifyHeader(final);
    }
    // A line is classified once the line after it is known (or there is none).
    while (lines.length > (final ? 0 : 1)) {
      const line = lines.shift()!;
      if (RELATED_STUB.test(line)) {
        this.emit({ kind: 'related', text: line });
      } else if (this.seenParagraph && isHeading(line) && isBodyParagraph(lines[0])) {
        // A heading sits between paragraphs and introduces body text.
        this.emit({ kind: 'heading', text: line });
      } else {
        this.emit({ kind: 'paragraph', text: line });
        this.seenParagraph = true;
      }
    }
  }

  /** The outlet tag and the title among the first lines. */
  private classifyHeader(final: boolean): void {
    const lines = this.pending;
    // More lines may follow unless this is the end: "a line after the title" is then known to exist.
    const linesAfter = (i: number) => (final ? lines.length - i - 1 : Infinity);
    let hasSource = false;
    if (lines.length > 0 && isSourceTag(lines[0])) {
      this.emit({ kind: 'source', text: lines.shift()! });
      hasSource = true;
    }
    if (lines.length > 0 && linesAfter(0) > 0 && isTitle(lines[0])) this.emit({ kind: 'title', text: lines.shift()! });
    if (!hasSource && lines.length > 0 && isSourceTag(lines[0])) this.emit({ kind: 'source', text: lines.shift()! });
    this.headerDone = true;
  }

  private emit(block: RawBlock): void {
    const made = this.assembler.add(block);
    if (made.length > 0) this.onBlocks?.(made);
  }
}

/** Paragraphs the header (source tag, title, source tag) may need to see before deciding. */
const HEADER_LOOKAHEAD = 4;

const FINAL_PUNCTUATION = /[.!?؟:;؛…»"”)\]،,]$/u;
// Sentence punctuation at the end, possibly inside closing quotes or brackets: body text, not a
// heading. A headline may still end in a question or an exclamation, or in a quoted phrase.
const ENDS_SENTENCE = /[.!?؟:;؛…،,]["'»”’)\]}]*$/u;
const ENDS_STATEMENT = /[.:;؛…،,]["'»”’)\]}]*$/u;
// A contact line ("name@example.com", a URL) signs off an article; it never heads a section.
const CONTACT = /@|:\/\/|\bwww\./iu;
const BULLET = /^[-–—•*·▪●]\s*|^\d+[.)]\s/u;
// "اقرأ أيضا:" and friends: link stubs whose links were stripped.
const RELATED_STUB =
  /^[.…\s]*(?:[اإ]قر[أا]\s+(?:[أا]يض[اًا]+|المزيد)|للمزيد|المزيد|شاهد\s+[أا]يض[اًا]+|طالع\s+[أا]يض[اًا]+|[إا]قر[أا]\s+ايضا|مواضيع\s+ذات\s+صلة|ذات\s+صلة|[أا]خبار\s+ذات\s+صلة|بیشتر\s+بخوانید|بخوانید|קרא\s+עוד|read\s+(?:also|more)|see\s+also|related(?:\s+articles)?|more)[\s:.…>»]*$/iu;
// An outlet tag such as "الكوثر_ايران": one or two tokens joined by underscores.
const SOURCE_TAG = /^[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+$/u;
// Longer lines are never tags, and the regular expression overflows the stack on megabyte-long words.
const MAX_SOURCE_TAG_LENGTH = 100;
const MAX_TITLE_WORDS = 25;
const MAX_HEADING_WORDS = 14;

function looksHardWrapped(group: string[]): boolean {
  if (group.length < 2) return false;
  const body = group.slice(0, -1);
  return body.every((l) => l.length >= 30 && !BULLET.test(l)) && body.some((l) => !FINAL_PUNCTUATION.test(l));
}

/** Whether `line` has at most `max` words (runs of non-\s); stops counting there (a body paragraph has hundreds). */
function hasAtMostWords(line: string, max: number): boolean {
  // A loop rather than /\S+/g: that allocates a match per word, for every paragraph of a big article.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isRegExpSpace(line.charCodeAt(i));
    if (!space && !inWord && ++count > max) return false;
    inWord = !space;
  }
  return true;
}

/** What \s matches: ECMAScript WhiteSpace and LineTerminator (Zs and the rest). */
function isRegExpSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isTitle(line: string): boolean {
  return hasAtMostWords(line, MAX_TITLE_WORDS) && !ENDS_STATEMENT.test(line) && !BULLET.test(line) && !/^[.…]/.test(line) && !RELATED_STUB.test(line);
}

function isHeading(line: string): boolean {
  return hasAtMostWords(line, MAX_HEADING_WORDS) && !ENDS_SENTENCE.test(line) && !BULLET.test(line) && !/^[.…]/.test(line) && !CONTACT.test(line);
}

function isBodyParagraph(line: string | undefined): boolean {
  return line !== undefined && !RELATED_STUB.test(line) && (!hasAtMostWords(line, MAX_HEADING_WORDS) || FINAL_PUNCTUATION.test(line));
}

function isSourceTag(line: string): boolean {
  return line.length <= MAX_SOURCE_TAG_LENGTH && SOURCE_TAG.test(line);
}
