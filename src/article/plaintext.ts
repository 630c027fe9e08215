import type { Article } from './model.js';
import { assembleArticle, type ArticleMeta, type RawBlock } from './assemble.js';

/**
 * Infers the structure of a plain-text article (title on the first line, one paragraph a line, or
 * paragraphs separated by blank lines): the outlet tag, the title, sub-headings and related-link stubs.
 */
export function parsePlainText(text: string, meta: ArticleMeta = {}): Article {
  const paragraphs = splitParagraphs(text);
  return assembleArticle(classifyLines(paragraphs), meta);
}

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

export function splitParagraphs(text: string): string[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const hasBlankLines = lines.some((l, i) => i > 0 && i < lines.length - 1 && l.trim() === '');
  if (!hasBlankLines) return lines.map((l) => l.trim()).filter((l) => l.length > 0);
  // Blank-line separated groups: a group whose lines look hard-wrapped is one paragraph.
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) groups.push(current);
      current = [];
    } else current.push(line.trim());
  }
  if (current.length) groups.push(current);
  return groups.flatMap((group) => (looksHardWrapped(group) ? [group.join(' ')] : group));
}

function looksHardWrapped(group: string[]): boolean {
  if (group.length < 2) return false;
  const body = group.slice(0, -1);
  return body.every((l) => l.length >= 30 && !BULLET.test(l)) && body.some((l) => !FINAL_PUNCTUATION.test(l));
}

/** Whether `line` has at most `max` words; stops counting there (a body paragraph has hundreds). */
function hasAtMostWords(line: string, max: number): boolean {
  const word = /\S+/g;
  for (let count = 0; word.exec(line); count++) if (count === max) return false;
  return true;
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

export function classifyLines(lines: string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let i = 0;
  if (i < lines.length && isSourceTag(lines[i])) blocks.push({ kind: 'source', text: lines[i++] });
  if (i < lines.length && lines.length - i > 1 && isTitle(lines[i])) {
    blocks.push({ kind: 'title', text: lines[i++] });
  }
  if (!blocks.some((b) => b.kind === 'source') && i < lines.length && isSourceTag(lines[i])) {
    blocks.push({ kind: 'source', text: lines[i++] });
  }
  let seenParagraph = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (RELATED_STUB.test(line)) {
      blocks.push({ kind: 'related', text: line });
    } else if (seenParagraph && isHeading(line) && isBodyParagraph(lines[i + 1])) {
      // A heading sits between paragraphs and introduces body text.
      blocks.push({ kind: 'heading', text: line });
    } else {
      blocks.push({ kind: 'paragraph', text: line });
      seenParagraph = true;
    }
  }
  return blocks;
}
