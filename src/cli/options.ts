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
  /** `y` copies with OSC 52. */
  clipboard: boolean;
  /** The wheel scrolls (SGR mouse reporting). */
  mouse: boolean;
  help: boolean;
  version: boolean;
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
      --no-clipboard          y copies nothing (no OSC 52 written; env QARI_CLIPBOARD=off)
      --no-mouse              no mouse reporting: the wheel does not scroll, and the
                              terminal selects text without Shift (env QARI_MOUSE=off)
  -h, --help                  show this help
  -V, --version               show the version

Keys in the reader: j/k or arrows scroll, space/b page, g/G top/bottom, ]/[ sections,
t contents, e entities, o officials lookup, / search, n/N next/previous, y copy, ? help, q quit.
y copies the paragraph at the top (or the highlighted sentence; in the card, the person) as
text in logical order, through OSC 52 (also inside tmux and screen). The mouse wheel scrolls;
hold Shift to select text with the mouse.
In a library or feed list: j/k move, Enter opens, / filters, q quits (from an article, q goes back).

Environment: QARI_BIDI, QARI_SHAPE, QARI_CONFIG_DIR, QARI_CLIPBOARD=on|off, QARI_MOUSE=on|off,
QARI_TIMEOUT (seconds, for URLs), NO_COLOR.

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
        'no-clipboard': { type: 'boolean' },
        'no-mouse': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new QariError(`qari: ${message.replace(/^[A-Z_]+: /, '')} (see qari --help)`, EXIT_USAGE);
  }
  const { values, positionals } = parsed;
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
    clipboard: !(values['no-clipboard'] ?? false) && oneOf('QARI_CLIPBOARD', env.QARI_CLIPBOARD, ['on', 'off'], 'on') === 'on',
    mouse: !(values['no-mouse'] ?? false) && oneOf('QARI_MOUSE', env.QARI_MOUSE, ['on', 'off'], 'on') === 'on',
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
