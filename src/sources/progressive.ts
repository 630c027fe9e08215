import { open, readFile } from 'node:fs/promises';
import type { Article } from '../article/model.js';
import { invalidUtf8Warning, refuseBinary } from '../article/decode.js';
import { hasBlankLines, LINE_BREAK, PlainTextParser, withoutByteOrderMark } from '../article/plaintext.js';
import { sniffFormat } from './formats.js';
import { ContentKeyHasher } from './key.js';

/** Plain-text files at least this large open at once with their first part, and load the rest while shown. */
export const PROGRESSIVE_MIN_BYTES = 4_000_000;
/** The first part: far more than a screen, little enough to read and parse in a few milliseconds. */
const HEAD_BYTES = 256 * 1024;
/** Work done between two chances for the keyboard (and the screen) to be served. */
const SLICE_CHARS = 512 * 1024;

export interface LoadedArticle {
  article: Article;
  /** The article's contentKey, computed while it was parsed. */
  key: string;
  warnings: string[];
}

export interface LoadingListener {
  /** Fraction of the text parsed so far, 0..1. */
  progress(fraction: number): void;
  done(loaded: LoadedArticle): void;
  fail(error: unknown): void;
}

/** The whole of a big article, read and parsed in slices so that keys stay responsive meanwhile. */
export interface ArticleLoading {
  /** Starts loading; returns a way to stop. */
  start(listener: LoadingListener): () => void;
}

/**
 * A big plain-text file as its first part (parsed in a moment, so the first screen does not wait
 * for the whole file) and the loading of the whole article, which gives exactly what opening it at
 * once would. Null when the file is not a plain UTF-8 text whose first part can stand in for it.
 */
export async function openProgressively(path: string, size: number): Promise<{ article: Article; loading: ArticleLoading } | null> {
  const head = await readHead(path, Math.min(size, HEAD_BYTES));
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null; // UTF-16
  const body = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
  refuseBinary(body, path);
  const text = withoutByteOrderMark(new TextDecoder('utf-8').decode(body, { stream: true }));
  if (sniffFormat(text) !== null) return null;
  // Complete lines only: the part's last line is cut somewhere.
  const complete = text.slice(0, Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')));
  const parser = new PlainTextParser(hasBlankLines(complete));
  parser.addLines(complete.split(LINE_BREAK));
  parser.finish();
  const article = parser.article();
  if (article.blocks.length === 0) return null;
  return { article, loading: { start: (listener) => loadWhole(path, listener) } };
}

async function readHead(path: string, length: number): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const bytes = new Uint8Array(length);
    const { bytesRead } = await file.read(bytes, 0, length, 0);
    return bytes.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

function loadWhole(path: string, listener: LoadingListener): () => void {
  let stopped = false;
  const nextSlice = () => new Promise<void>((resolve) => setImmediate(resolve));
  (async () => {
    const bytes = await readFile(path);
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    // Decoded in slices too: a whole 50 MB file at once would hold the keyboard for half a second.
    const decoder = new TextDecoder('utf-8');
    const pieces: string[] = [];
    for (let at = 0; at < body.length && !stopped; at += 4 * SLICE_CHARS) {
      pieces.push(decoder.decode(body.subarray(at, at + 4 * SLICE_CHARS), { stream: true }));
      await nextSlice();
    }
    pieces.push(decoder.decode());
    const text = withoutByteOrderMark(pieces.join(''));
    const warning = invalidUtf8Warning(body, text, path);
    const hasher = new ContentKeyHasher();
    const parser = new PlainTextParser(hasBlankLines(text), {}, (blocks) => blocks.forEach((block) => hasher.add(block)));
    const lineBreaks = new RegExp(LINE_BREAK.source, 'g');
    let from = 0;
    let article: Article | null = null;
    while (!stopped) {
      // One slice: whole lines up to about SLICE_CHARS characters.
      const lines: string[] = [];
      const limit = from + SLICE_CHARS;
      while (from <= text.length && from < limit) {
        lineBreaks.lastIndex = from;
        const found = lineBreaks.exec(text);
        lines.push(text.slice(from, found ? found.index : text.length));
        from = found ? lineBreaks.lastIndex : text.length + 1;
      }
      parser.addLines(lines);
      if (from > text.length) {
        parser.finish();
        article = parser.article();
        break;
      }
      listener.progress(from / text.length);
      await nextSlice();
    }
    if (stopped || !article) return;
    listener.done({ article, key: hasher.key(), warnings: warning ? [warning] : [] });
  })().catch((error: unknown) => {
    if (!stopped) listener.fail(error);
  });
  return () => {
    stopped = true;
  };
}
