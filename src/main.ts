import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseCli, USAGE, type CliOptions } from './cli/options.js';
import { QariError } from './errors.js';
import { ignoreBrokenPipe, writeOut } from './cli/output.js';
import { chooseRendering, detectTerminal } from './terminal/capabilities.js';
import { printLines } from './layout/print.js';
import { listLines } from './cli/list-text.js';
import type { Article, Entity } from './article/model.js';
import { openStore } from './store/positions.js';
import { openIndexedLocation, openSource } from './sources/open.js';
import { sanitizeLine, terminalSafeJson } from './text/sanitize.js';
import { setLanguage, t } from './i18n/index.js';
import { languageBeforeParsing } from './i18n/choose.js';

declare const QARI_VERSION: string | undefined;
const version = typeof QARI_VERSION === 'string' ? QARI_VERSION : 'dev';

/** Messages can quote paths, URLs and feed text: never let them carry escape sequences or bidi controls. */
function say(line: string): void {
  process.stderr.write(sanitizeLine(line) + '\n');
}

function warn(lines: readonly string[]): void {
  for (const line of lines) say(line);
}

async function run(argv: string[], entry: string | undefined): Promise<number> {
  setLanguage(languageBeforeParsing(argv, process.env));
  const options = parseCli(argv, process.env);
  setLanguage(options.language);
  if (options.help) {
    await writeOut(USAGE + '\n');
    return 0;
  }
  if (options.version) {
    await writeOut(`qari ${version}\n`);
    return 0;
  }
  const interactive = !options.news && options.search === undefined && options.who === undefined && !options.index && !options.print && !options.json && process.stdout.isTTY === true;
  // The reader's modules (React, Ink, Yoga) load while the article is read and parsed.
  const reader = interactive ? import('./ui/run.js') : null;
  reader?.catch(() => undefined); // a failure is reported where it is awaited
  const store = openStore({ configDir: options.configDir });
  const configDir = dirname(store.path);
  if (options.search !== undefined || options.who !== undefined || options.index) {
    await (await import('./index/cli.js')).indexCommands(options, configDir, entry, say);
    return 0;
  }
  const shownStoreWarnings = interactive ? store.warnings.length : 0;
  if (interactive) warn(store.warnings);
  if (options.news) {
    const { runNewsCommand } = await import('./news/commands.js');
    const context = { configDir, json: options.json, progressOf: (key: string) => store.progressOf(key), say, writeOut };
    return runNewsCommand(options.news, context);
  }
  const progressOf = store.progressSnapshot();
  const library = (await isDirectory(options.source)) ? { dir: options.source as string, cache: await import('./index/library-cache.js') } : null;
  const sourceOptions = {
    configDir,
    stdin: process.stdin,
    progressOf,
    progressive: interactive,
    // The reader draws a big library's first screen before the rest of the list is in order.
    firstRows: interactive ? FIRST_ROWS : undefined,
    // A library's unchanged files are listed from the index, without reading them again.
    knownFiles: library?.cache.knownFiles(configDir, library.dir, say, !interactive),
    // The reader draws the first screen of a library whose order it knows from the index alone,
    // then checks the directory.
    libraryHead:
      interactive && library
        ? () => {
            const head = library.cache.libraryHead(configDir, library.dir, progressOf, FIRST_ROWS, say);
            return head && { ...head, known: () => library.cache.knownFiles(configDir, library.dir, say, true) };
          }
        : undefined,
  };
  const opened = await openSource(options.source, sourceOptions);
  warn(opened.warnings);
  if (options.json) {
    const model = opened.kind === 'list' ? opened.list : { ...opened.article, entities: await findEntities(opened.article) };
    await writeOut(terminalSafeJson(model) + '\n');
    return 0;
  }
  if (!interactive) {
    if (opened.kind === 'list') await writeLines(listLines(opened.list));
    else await printArticle(opened.article, options);
    return 0;
  }
  const rendering = chooseRendering(options.bidi, options.shape, detectTerminal(process.env));
  const { runReader } = await (reader ?? import('./ui/run.js'));
  await runReader(opened, {
    layout: { reorder: rendering.reorder, shape: rendering.shape },
    explicitBidi: rendering.bdsm,
    color: options.color,
    store,
    entry,
    clipboard: options.clipboard,
    mouse: options.mouse,
    configDir,
    libraryDir: opened.kind === 'list' && opened.list.kind === 'library' ? options.source : undefined,
    openLocation: (location, title) => openIndexedLocation(location, { ...sourceOptions, knownFiles: undefined, libraryHead: undefined, firstRows: undefined }, title),
  });
  warn(store.warnings.slice(shownStoreWarnings));
  return 0;
}

/** More rows than a screen holds: the cursor can move a page before the rest of the list is in order. */
const FIRST_ROWS = 500;

async function isDirectory(path: string | undefined): Promise<boolean> {
  if (path === undefined || path === '-' || /^https?:\/\//i.test(path)) return false;
  return stat(path).then((info) => info.isDirectory(), () => false);
}

/** The entity extractor (tagger weights, gazetteers) is loaded only when entities are asked for. */
async function findEntities(article: Article): Promise<Entity[]> {
  const { extractEntities } = await import('./entities/extract.js');
  return extractEntities(article.blocks);
}

async function printArticle(article: Article, options: CliOptions): Promise<void> {
  const width = options.width ?? (process.stdout.isTTY ? process.stdout.columns : undefined) ?? 80;
  // Piped output is for scripts: visual order, and no presentation forms unless asked for.
  const shape = process.stdout.isTTY || options.shape !== 'auto' ? options.shape : 'off';
  const rendering = chooseRendering(options.bidi, shape, detectTerminal(process.env));
  await writeLines(printLines(article, width, { reorder: rendering.reorder, shape: rendering.shape }));
}

/** Output is written in pieces of about this many bytes. */
const OUTPUT_CHUNK = 1 << 16;

async function writeLines(lines: Iterable<string>): Promise<void> {
  // Lines are encoded straight into a buffer: joining them into a string first costs a copy of
  // the whole output (and its garbage) on a big article.
  let buffer = Buffer.allocUnsafe(OUTPUT_CHUNK);
  let used = 0;
  for (const line of lines) {
    const room = line.length * 3 + 1; // UTF-8 takes at most three bytes per UTF-16 unit
    if (used + room > buffer.length) {
      if (used > 0) await writeOut(buffer.subarray(0, used));
      buffer = Buffer.allocUnsafe(Math.max(OUTPUT_CHUNK, room)); // the one written may still be in flight
      used = 0;
    }
    used += buffer.write(line, used, 'utf8');
    buffer[used++] = 0x0a;
  }
  await writeOut(buffer.subarray(0, used));
}

export async function main(argv: string[], entry?: string): Promise<void> {
  ignoreBrokenPipe();
  try {
    process.exitCode = await run(argv, entry);
  } catch (error) {
    if (error instanceof QariError) {
      say(error.message);
      process.exitCode = error.exitCode;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      say(t('errUnexpected', { message: message.split('\n')[0] }));
      process.exitCode = 1;
    }
  }
}
