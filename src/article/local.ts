import { readFile, stat } from 'node:fs/promises';
import type { Article } from './model.js';
import { decodeBytes } from './decode.js';
import { parsePlainText } from './plaintext.js';
import { parseMarkdown } from './markdown.js';
import { QariError, EXIT_UNREADABLE } from '../errors.js';

export interface LoadedText {
  article: Article;
  warnings: string[];
}

/** Reads a local file, turning file-system failures into one-line errors (exit 1). */
export async function readLocalFile(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new QariError(`qari: ${path} is a directory`, EXIT_UNREADABLE);
    return await readFile(path);
  } catch (error) {
    if (error instanceof QariError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new QariError(`qari: cannot open ${path}: ${reason}`, EXIT_UNREADABLE);
  }
}

/** Reads all of a stream (standard input). */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Plain text or Markdown bytes to an article. */
export function textArticle(bytes: Uint8Array, name: string, markdown: boolean): LoadedText {
  const { text, warnings } = decodeBytes(bytes, name);
  return { article: markdown ? parseMarkdown(text) : parsePlainText(text), warnings };
}
