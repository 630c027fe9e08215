import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foreignControls } from './helpers/terminal-bytes.js';
import { hostileCases, removeHostileFiles, type HostileCase } from './helpers/hostile-cases.js';
import { ALT_SCREEN_ON, hasScript, qariInPty, screenRestored } from './helpers/pty.js';

// Every hostile input in the real reader, in a pseudo-terminal: keys pressed, then every byte qari
// wrote is checked against the allow-list of its own control sequences, the exit status, and the
// terminal state left behind (screen, cursor, BDSM, line discipline).

if (!hasScript) console.warn('util-linux `script` is missing: the hostile-input reader tests are skipped');

const ESC = '\x1b';
const ENTER = '\r';
/** Line down, copy, bottom, next section, contents and close, a search, quit. */
const ARTICLE_KEYS = ['j', 'y', 'G', ']', 't', ESC, '/', 'x', ENTER, 'q'];
const BIG_ARTICLE_KEYS = ['j', 'y', 'G', 't', ESC, '/', 'x', ENTER, 'q'];
/** In a list: move, filter and clear, open the first item, read a little and copy, back to the list, quit. */
const LIST_KEYS = ['j', 'G', '/', 'x', ESC, 'g', ENTER, 'j', 'y', 'G', ']', 't', ESC, 'q', 'q'];

const stdinFiles: string[] = [];
afterAll(() => {
  removeHostileFiles();
  for (const path of stdinFiles) rmSync(path, { force: true });
});

function sourceArgument(c: HostileCase): string {
  const quoted = (path: string) => `'${path.replaceAll("'", `'\\''`)}'`;
  if (c.source !== '-') return quoted(c.source);
  if (!c.stdin || c.stdin.length === 0) return '- < /dev/null';
  const path = join(tmpdir(), `qari-stdin-${process.pid}-${c.name.replace(/\W+/g, '-')}`);
  writeFileSync(path, c.stdin);
  stdinFiles.push(path);
  return `- < ${quoted(path)}`;
}

async function checkReader(c: HostileCase): Promise<void> {
  // A huge article keeps qari busy for seconds after a key (finding names, searching megabytes):
  // wait for each answer, and type only keys that always change the screen.
  const keys = c.list ? LIST_KEYS : c.big ? BIG_ARTICLE_KEYS : ARTICLE_KEYS;
  const run = await qariInPty(`--bidi app ${sourceArgument(c)}`, keys, c.big ? { timeoutMs: 110_000, answerMs: 30_000 } : { timeoutMs: 25_000 });
  expect(run.status, run.written.slice(-300)).toBe(c.status);
  // y wrote the clipboard: what it copied must be as clean as the screen.
  expect(foreignControls(run.written, { bidiFormats: true, clipboard: true })).toEqual([]);
  expect(run.icanon, 'canonical mode restored').toBe(true);
  expect(run.echo, 'echo restored').toBe(true);
  if (c.status !== 0) {
    expect(run.written).not.toContain(ALT_SCREEN_ON);
    expect(run.written.split(/\r?\n/).filter((l) => l !== '')).toHaveLength(1);
  } else {
    expect(screenRestored(run.written), 'alternate screen left, cursor shown').toBe(true);
    expect(run.written.indexOf('\x1b[8h')).toBeGreaterThan(run.written.indexOf('\x1b[8l'));
    if (!c.list) expect(run.written.includes('\x1b]52;c;') || run.written.includes('nothing to copy'), 'y copied or said why not').toBe(true);
  }
  if (c.message) expect(run.written.split(/\r?\n/).some((line) => c.message!.test(line)), 'the one-line message').toBe(true);
  if (c.shows) expect(run.written).toContain(c.shows[0]);
}

const cases = hostileCases();
describe.skipIf(!hasScript).concurrent('hostile input in the reader (pty)', () => {
  for (const c of cases.filter((c) => !c.big)) it(c.name, { timeout: 30_000 }, () => checkReader(c));
});

// One at a time: megabytes of text take both CPUs of a small machine.
describe.skipIf(!hasScript)('huge input in the reader (pty)', () => {
  for (const c of cases.filter((c) => c.big)) it(c.name, { timeout: 120_000 }, () => checkReader(c));
});
