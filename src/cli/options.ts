import { parseArgs } from 'node:util';
import { QariError, EXIT_USAGE } from '../errors.js';
import { LANGUAGES, t, type Language } from '../i18n/index.js';
import { chooseLanguage } from '../i18n/choose.js';
import type { NewsCommand } from '../news/commands.js';
import { withoutFeedScheme } from '../sources/feed-scheme.js';

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
  /** The interface language: --lang, QARI_LANG, the locale, else English. */
  language: Language;
  /** `y` copies with OSC 52. */
  clipboard: boolean;
  /** The wheel scrolls (SGR mouse reporting). */
  mouse: boolean;
  help: boolean;
  version: boolean;
  /** --subscribe, --unsubscribe, --feeds, --import-opml, --export-opml or --refresh. */
  news: NewsCommand | undefined;
  /** --search WORDS / --who NAME (the words after it belong to it), --index DIR. */
  search: string | undefined;
  who: string | undefined;
  index: boolean;
}

export const USAGE = `Usage: qari [options] [SOURCE]

Read Arabic, Persian, Hebrew and other news in the terminal, with correct right-to-left layout.

SOURCE  a .txt, .md or .html file, a feed file (.xml, .rss, .atom, .json), a directory of
        articles, - for standard input, or an http(s) URL (a page, or an RSS, Atom or JSON
        feed, which opens as a list; a browser's feed:// or feed:https:// address is the
        http(s) feed it names). Default: the News list when you have subscriptions, else
        the bundled article.

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
      --lang en|ar|fa|he      interface language: English, Arabic, Persian, Hebrew (env
                              QARI_LANG; default: from LC_ALL, LC_MESSAGES or LANG, else en)
      --no-clipboard          y copies nothing (no OSC 52 written; env QARI_CLIPBOARD=off)
      --no-mouse              no mouse reporting: the wheel does not scroll, and the
                              terminal selects text without Shift (env QARI_MOUSE=off)
  -h, --help                  show this help
  -V, --version               show the version

News (subscriptions, kept in the config directory; qari alone then opens the News list):
      --subscribe URL...      add feeds (each is fetched: one that is not a feed adds nothing)
      --unsubscribe URL...    remove feeds and their stored items
      --feeds                 list the subscriptions (items, unread, last refresh, error)
      --import-opml FILE      add the feeds of an OPML file (newsboat, Thunderbird, NetNewsWire)
      --export-opml           write the subscriptions as OPML 2.0 to standard output
      --refresh               fetch every feed now; prints "N feeds, M new items, K failed"
                              (exit 0 even if some failed, 1 if all failed; for cron)

The index (everything read: index.sqlite in the config directory):
      --search WORDS          full-text search of everything read (any Arabic spelling);
                              best matches first, with a snippet (--json for JSON)
      --who NAME              the people of that name (or office) across everything read
                              (Arabic in any spelling, or Latin letters), with their articles
      --index DIR             index a library directory now (progress on standard error)
  --search and --who name each article by its location, which \`qari LOCATION\` opens
  (a feed item without a link of its own is FEED#ID).

Keys in the reader: j/k or arrows scroll, space/b page, g/G top/bottom, ]/[ sections,
t contents, e entities, o officials lookup, / search, n/N next/previous, y copy, ? help, q quit.
y copies the paragraph at the top (or the highlighted sentence; in the card, the person) as
text in logical order, through OSC 52 (also inside tmux and screen). The mouse wheel scrolls;
hold Shift to select text with the mouse.
On the officials card, j/k and Enter open another article naming the person ("also in N articles").
In a library or feed list: j/k move, Enter opens, / filters (titles, and the text of indexed
articles), q quits (from an article, q goes back); in the News list, r refreshes every feed.

Environment: QARI_BIDI, QARI_SHAPE, QARI_LANG, QARI_CONFIG_DIR, QARI_CLIPBOARD=on|off,
QARI_MOUSE=on|off, QARI_TIMEOUT (seconds, for URLs), NO_COLOR, and LC_ALL / LC_MESSAGES / LANG
for the interface language.

Exit status: 0 success, 1 a source that cannot be read, 2 a usage error or input that is not text.`;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new QariError(t('errOneOf', { option: name, allowed: allowed.join(', '), value }), EXIT_USAGE);
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
        lang: { type: 'string' },
        'no-clipboard': { type: 'boolean' },
        'no-mouse': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
        subscribe: { type: 'string', multiple: true },
        unsubscribe: { type: 'string', multiple: true },
        feeds: { type: 'boolean' },
        'import-opml': { type: 'string' },
        'export-opml': { type: 'boolean' },
        refresh: { type: 'boolean' },
        search: { type: 'string' },
        who: { type: 'string' },
        index: { type: 'boolean' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new QariError(t('errUsage', { message: message.replace(/^[A-Z_]+: /, '') }), EXIT_USAGE);
  }
  const { values, positionals } = parsed;
  const news = newsCommand(values, positionals);
  const query = indexQuery(values.search, values.who, positionals);
  if (news && query !== undefined) throw new QariError('qari: a news command and --search/--who cannot be used together', EXIT_USAGE);
  if (news || query) positionals.length = 0;
  if (positionals.length > 1) throw new QariError(t('errOneSource', { count: positionals.length }), EXIT_USAGE);
  let width: number | undefined;
  if (values.width !== undefined) {
    width = Number(values.width);
    if (!/^\d+$/.test(values.width) || width < 1 || width > 10000) {
      throw new QariError(t('errWidth', { value: values.width }), EXIT_USAGE);
    }
  }
  return {
    source: positionals[0] === undefined ? undefined : withoutFeedScheme(positionals[0]),
    print: values.print ?? false,
    json: values.json ?? false,
    width,
    bidi: oneOf('--bidi', values.bidi ?? env.QARI_BIDI, ['auto', 'app', 'terminal'], 'auto'),
    shape: oneOf('--shape', values.shape ?? env.QARI_SHAPE, ['auto', 'on', 'off'], 'auto'),
    configDir: values['config-dir'] ?? (env.QARI_CONFIG_DIR || undefined),
    color: !(values['no-color'] ?? false) && !('NO_COLOR' in env && env.NO_COLOR !== ''),
    language: chooseLanguage(values.lang !== undefined ? oneOf('--lang', values.lang, LANGUAGES, 'en') : env.QARI_LANG ? oneOf('QARI_LANG', env.QARI_LANG, LANGUAGES, 'en') : undefined, env),
    clipboard: !(values['no-clipboard'] ?? false) && oneOf('QARI_CLIPBOARD', env.QARI_CLIPBOARD, ['on', 'off'], 'on') === 'on',
    mouse: !(values['no-mouse'] ?? false) && oneOf('QARI_MOUSE', env.QARI_MOUSE, ['on', 'off'], 'on') === 'on',
    help: values.help ?? false,
    version: values.version ?? false,
    news,
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

/** The news command given, if any: one at a time; --subscribe and --unsubscribe take the positionals as more URLs. */
function newsCommand(values: Record<string, string | boolean | string[] | undefined>, positionals: string[]): NewsCommand | undefined {
  const urls = (name: string) => [...((values[name] as string[] | undefined) ?? []), ...positionals].map(withoutFeedScheme);
  const given: NewsCommand[] = [];
  if (values.subscribe) given.push({ kind: 'subscribe', urls: urls('subscribe') });
  if (values.unsubscribe) given.push({ kind: 'unsubscribe', urls: urls('unsubscribe') });
  if (values.feeds) given.push({ kind: 'feeds' });
  if (typeof values['import-opml'] === 'string') given.push({ kind: 'import-opml', file: values['import-opml'] });
  if (values['export-opml']) given.push({ kind: 'export-opml' });
  if (values.refresh) given.push({ kind: 'refresh' });
  if (given.length > 1) throw new QariError(`qari: one of --subscribe, --unsubscribe, --feeds, --import-opml, --export-opml, --refresh at a time`, EXIT_USAGE);
  const [command] = given;
  if (command && command.kind !== 'subscribe' && command.kind !== 'unsubscribe' && positionals.length > 0) {
    throw new QariError(`qari: --${command.kind} takes no SOURCE (got '${positionals[0]}')`, EXIT_USAGE);
  }
  return command;
}
