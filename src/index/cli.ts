/** The index on the command line: --search, --who and --index. */
import type { CliOptions } from '../cli/options.js';
import { stat } from 'node:fs/promises';
import { EXIT_UNREADABLE, EXIT_USAGE, QariError } from '../errors.js';
import { writeOut } from '../cli/output.js';
import { fileError } from '../sources/local-file.js';
import { sanitizeLine, terminalSafeJson } from '../text/sanitize.js';
import { openIndex, unavailableMessage } from './access.js';
import { indexLibrary, type LibraryProgress } from './library.js';
import { refreshLibraryOrder } from './library-cache.js';
import { MIN_SEARCH_LETTERS, ftsQuery, type IndexStore } from './store.js';

export async function indexCommands(options: CliOptions, configDir: string, entry: string | undefined, say: (line: string) => void): Promise<void> {
  if (options.search !== undefined) return searchCommand(configDir, options.search, options.json, say);
  if (options.who !== undefined) return whoCommand(configDir, options.who, options.json, say);
  return indexCommand(configDir, options.source, entry, say);
}

function requireIndex(configDir: string, say: (line: string) => void): IndexStore {
  const access = openIndex(configDir);
  for (const warning of access.warnings) if (access.store) say(warning);
  if (!access.store) throw new QariError(unavailableMessage(access.reason), EXIT_UNREADABLE);
  return access.store;
}

export async function searchCommand(configDir: string, query: string, json: boolean, say: (line: string) => void): Promise<void> {
  if (!ftsQuery(query)) throw new QariError(`qari: --search needs a word of at least ${MIN_SEARCH_LETTERS} letters`, EXIT_USAGE);
  const items = requireIndex(configDir, say).search(query);
  if (json) return writeOut(terminalSafeJson({ kind: 'search', query, items }) + '\n');
  if (items.length === 0) return writeOut(`nothing in the index matches ${sanitizeLine(query)}\n`);
  const lines = items.flatMap((item) => [
    sanitizeLine([item.title, item.date?.slice(0, 10)].filter(Boolean).join(' · ')),
    `  ${sanitizeLine(shellWord(item.location))}`,
    `  ${sanitizeLine(item.snippet)}`,
    '',
  ]);
  await writeOut(lines.join('\n'));
}

/** Articles listed per person in the text output (all of them in --json). */
const ARTICLES_SHOWN = 10;

export async function whoCommand(configDir: string, query: string, json: boolean, say: (line: string) => void): Promise<void> {
  const people = requireIndex(configDir, say).who(query);
  if (json) {
    const model = {
      kind: 'who',
      query,
      people: people.map((p) => ({
        name: p.name, official: p.official, role: p.role, country: p.country, latin: p.latin,
        articles: p.articles.map((a) => ({ title: a.title, location: a.location, mentions: a.mentions, date: a.date })),
      })),
    };
    return writeOut(terminalSafeJson(model) + '\n');
  }
  if (people.length === 0) return writeOut(`nobody in the index is called ${sanitizeLine(query)}\n`);
  const lines: string[] = [];
  for (const person of people) {
    const about = [person.latin, person.role, person.country].filter(Boolean).join(' · ');
    const count = person.articles.length;
    lines.push(sanitizeLine(`${person.name}${about ? ` — ${about}` : ''} — ${count} article${count === 1 ? '' : 's'}`));
    for (const article of person.articles.slice(0, ARTICLES_SHOWN)) {
      lines.push(`  ${sanitizeLine([article.title, article.date?.slice(0, 10), `${article.mentions}×`, shellWord(article.location)].filter(Boolean).join(' · '))}`);
    }
    if (count > ARTICLES_SHOWN) lines.push(`  … and ${count - ARTICLES_SHOWN} more (--json lists them all)`);
    lines.push('');
  }
  await writeOut(lines.join('\n'));
}

/**
 * A location as a shell word, so that it can be pasted after `qari` to open it: as it is when the
 * shell takes it so, else in single quotes (a URL with ? or &, a path with spaces, an item id).
 */
export function shellWord(location: string): string {
  if (/^[\w@%+=:,./#~-]+$/u.test(location) && !location.startsWith('~') && !location.startsWith('#')) return location;
  return `'${location.replace(/'/g, `'\\''`)}'`;
}

export async function indexCommand(configDir: string, dir: string | undefined, entry: string | undefined, say: (line: string) => void): Promise<void> {
  if (dir === undefined) throw new QariError('qari: --index needs a library directory (see qari --help)', EXIT_USAGE);
  const info = await stat(dir).catch((error: unknown) => {
    throw fileError(dir, error);
  });
  if (!info.isDirectory()) throw new QariError(`qari: --index needs a directory, and ${dir} is not one`, EXIT_USAGE);
  const store = requireIndex(configDir, say);
  const started = performance.now();
  const bar = progressBar(process.stderr.isTTY === true);
  const result = await indexLibrary(dir, store, { entry, onProgress: bar.update });
  bar.end();
  const seconds = (performance.now() - started) / 1000;
  const mb = result.bytes / 1e6;
  say(
    `indexed ${result.done - result.failed} files (${mb.toFixed(1)} MB, ${(mb / Math.max(seconds, 0.001)).toFixed(2)} MB/s), ` +
      `${result.unchanged} unchanged, ${result.failed} failed, in ${seconds.toFixed(1)} s`,
  );
  // The reader draws the library's first screen from the index when its order is known.
  await refreshLibraryOrder(configDir, dir);
}

/** A progress bar on a terminal (redrawn in place), else a line every tenth of the way. */
function progressBar(tty: boolean): { update: (progress: LibraryProgress) => void; end: () => void } {
  let lastTenth = -1;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(progress) {
      const fraction = progress.total === 0 ? 1 : progress.done / progress.total;
      const line = `indexing ${progress.done}/${progress.total} files (${progress.unchanged} unchanged)`;
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && progress.done < progress.total) return;
        lastDraw = now;
        const width = 30;
        const filled = Math.round(fraction * width);
        process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line}\x1b[K`);
        drawn = true;
      } else {
        const tenth = Math.floor(fraction * 10);
        if (tenth === lastTenth) return;
        lastTenth = tenth;
        process.stderr.write(`${line}\n`);
      }
    },
    end() {
      if (drawn) process.stderr.write('\n');
    },
  };
}
