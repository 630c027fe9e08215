import { parseArgs } from 'node:util';
import { QariError, EXIT_USAGE } from '../errors.js';

export type BidiMode = 'auto' | 'app' | 'terminal';
export type ShapeMode = 'auto' | 'on' | 'off';

export interface CliOptions {
  source: string | undefined;
  print: boolean;
  json: boolean;
  width: number | undefined;
  bidi: BidiMode;
  shape: ShapeMode;
  configDir: string | undefined;
  color: boolean;
  help: boolean;
  version: boolean;
  /** --search WORDS / --who NAME (the words after it belong to it), --index DIR. */
  search: string | undefined;
  who: string | undefined;
  index: boolean;
}

export const USAGE = `Usage: qari [options] [SOURCE]

Read Arabic, Persian, Hebrew and other news in the terminal, with correct right-to-left layout.

SOURCE  a .txt, .md or .html file, a feed file (.xml, .rss, .atom, .json), a directory of
        articles, - for standard input, or an http(s) URL (a page, or an RSS, Atom or JSON
        feed, which opens as a list). Default: the bundled article.

Options:
  -p, --print                 write the wrapped article to standard output (no TUI);
                              also what happens when standard output is not a terminal
  -w, --width N               width in cells for --print (default: terminal columns, else 80)
      --json                  print the article model (or the library/feed list) as JSON
      --bidi auto|app|terminal  who reorders right-to-left text: qari (app) or the terminal
                              (env QARI_BIDI; default auto: chosen per terminal)
      --shape auto|on|off     join Arabic letters with presentation forms for terminals
                              that do not (env QARI_SHAPE; default auto)
      --config-dir DIR        where reading positions and settings live (env QARI_CONFIG_DIR)
      --no-color              no colours (also when NO_COLOR is set)
      --search WORDS          full-text search of everything read (any Arabic spelling);
                              best matches first, with a snippet (--json for JSON)
      --who NAME              the people of that name across everything read (Arabic in
                              any spelling, or Latin letters), with the articles naming them
      --index DIR             index a library directory now (progress on standard error)
  -h, --help                  show this help
  -V, --version               show the version

Keys in the reader: j/k or arrows scroll, space/b page, g/G top/bottom, ]/[ sections,
t contents, e entities, o officials lookup, / search, n/N next/previous, ? help, q quit.
On the officials card, j/k and Enter open another article naming the person ("also in N articles").
In a library or feed list: j/k move, Enter opens, / filters (titles, and the text of indexed
articles), q quits (from an article, q goes back).

The index (search, people across articles) is index.sqlite in the config directory.

Environment: QARI_BIDI, QARI_SHAPE, QARI_CONFIG_DIR, QARI_TIMEOUT (seconds, for URLs), NO_COLOR.

Exit status: 0 success, 1 a source that cannot be read, 2 a usage error or input that is not text.`;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new QariError(`qari: ${name} must be one of ${allowed.join(', ')} (got '${value}')`, EXIT_USAGE);
}

export function parseCli(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        print: { type: 'boolean', short: 'p' },
        width: { type: 'string', short: 'w' },
        json: { type: 'boolean' },
        bidi: { type: 'string' },
        shape: { type: 'string' },
        'config-dir': { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
        search: { type: 'string' },
        who: { type: 'string' },
        index: { type: 'boolean' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new QariError(`qari: ${message.replace(/^[A-Z_]+: /, '')} (see qari --help)`, EXIT_USAGE);
  }
  const { values, positionals } = parsed;
  const query = indexQuery(values.search, values.who, positionals);
  if (query) positionals.length = 0;
  if (positionals.length > 1) throw new QariError(`qari: one SOURCE at a time (got ${positionals.length}; see qari --help)`, EXIT_USAGE);
  let width: number | undefined;
  if (values.width !== undefined) {
    width = Number(values.width);
    if (!/^\d+$/.test(values.width) || width < 1 || width > 10000) {
      throw new QariError(`qari: --width must be a whole number from 1 to 10000 (got '${values.width}')`, EXIT_USAGE);
    }
  }
  return {
    source: positionals[0],
    print: values.print ?? false,
    json: values.json ?? false,
    width,
    bidi: oneOf('--bidi', values.bidi ?? env.QARI_BIDI, ['auto', 'app', 'terminal'], 'auto'),
    shape: oneOf('--shape', values.shape ?? env.QARI_SHAPE, ['auto', 'on', 'off'], 'auto'),
    configDir: values['config-dir'] ?? (env.QARI_CONFIG_DIR || undefined),
    color: !(values['no-color'] ?? false) && !('NO_COLOR' in env && env.NO_COLOR !== ''),
    help: values.help ?? false,
    version: values.version ?? false,
    search: values.search === undefined ? undefined : query,
    who: values.who === undefined ? undefined : query,
    index: values.index ?? false,
  };
}

/** `--search` and `--who` take the rest of the line: `qari --who عبد الرضا رحماني فضلي`. */
function indexQuery(search: string | undefined, who: string | undefined, rest: string[]): string | undefined {
  if (search === undefined && who === undefined) return undefined;
  if (search !== undefined && who !== undefined) throw new QariError('qari: --search and --who cannot be used together', EXIT_USAGE);
  const query = [search ?? who, ...rest].join(' ').trim();
  if (!query) throw new QariError(`qari: ${search !== undefined ? '--search needs words' : '--who needs a name'} (see qari --help)`, EXIT_USAGE);
  return query;
}
