import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { HEADING, logicalOfRtl } from './helpers/articles.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';
import { execFileSync, spawnSync } from 'node:child_process';

const hasScreen = spawnSync('screen', ['--version']).error === undefined;
if (hasTmux && !hasScreen) console.warn('GNU screen is not installed: the screen pass-through test is skipped');

if (!hasTmux) console.warn('tmux is not installed: the real-terminal tests are skipped (.ci/run installs it)');

const sessions: TmuxSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

function qari(args: string, width = 80, height = 24, env: Record<string, string> = {}): TmuxSession {
  const session = new TmuxSession(`node bin/qari.js --shape off --config-dir ${mkdtempSync(join(tmpdir(), 'qari-keys-'))} ${args}`, width, height, env);
  sessions.push(session);
  return session;
}

const isTop = (text: string) => (lines: string[]) => logicalOfRtl(lines[0]) === text;

describe.skipIf(!hasTmux)('resizing in a real terminal (tmux)', () => {
  it('after ] to the short last section, a narrower terminal keeps the heading on the top row', async () => {
    const session = qari('');
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
    session.keys(']');
    const jumped = await session.waitForScreen(isTop(HEADING), 'the heading at the top after ]');
    expect(jumped.some((l) => l.includes('100%'))).toBe(true); // the end of the article is on screen
    // Redrawn at the new width: the right-aligned heading ends at the new right edge (the old frame,
    // cut by the resize, does not), and the status line is there.
    const redrawn = (width: number) => (l: string[]) => stringWidth(l[0]) === width && isTop(HEADING)(l) && l.some((x) => x.includes('§2/2'));
    session.resize(50, 24);
    const narrow = await session.waitForScreen(redrawn(50), 'the article at 50 columns');
    expect(stringWidth(narrow[0])).toBe(50);
    expect(logicalOfRtl(narrow[0])).toBe(HEADING);
    session.resize(100, 24);
    const wide = await session.waitForScreen(redrawn(100), 'the article at 100 columns');
    expect(logicalOfRtl(wide[0])).toBe(HEADING);
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });
});

describe.skipIf(!hasTmux)('y copies logical text through OSC 52 (tmux with set-clipboard on)', () => {
  const buffer = (session: TmuxSession) => session.tmux('save-buffer', '-');
  const buffers = (session: TmuxSession) => session.tmux('list-buffers', '-F', '#{buffer_name}').split('\n').filter(Boolean);

  it('puts the paragraph at the top and the person in the card on the paste buffer', async () => {
    const session = qari('');
    session.tmux('set-option', '-g', 'set-clipboard', 'on');
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
    session.keys('j', 'j', 'y');
    const paragraph = 'وأن وزيري داخلية الجمهورية الإسلامية الإيرانية وجمهورية العراق التقيا صباح امس الاثنين، في مقر وزارة الداخلية الإيرانية، حيث جرت محادثات بينهم.';
    await session.waitForScreen((l) => l.some((x) => x.includes(`copied ${[...paragraph].length} characters`)), 'the copied notice');
    expect(buffer(session)).toBe(paragraph); // logical order, no presentation forms, nothing added
    expect(buffers(session)).toHaveLength(1);

    session.keys('o');
    await session.waitForScreen((l) => l.some((x) => x.trim().startsWith('Officials')), 'the officials lookup');
    session.keys('-l', 'momeni');
    await session.waitForScreen((l) => l.some((x) => x.includes('Momeni')), 'Momeni in the list', 30_000);
    session.keys('Enter');
    await session.waitForScreen((l) => l.some((x) => x.includes('Esc closes')), 'the card');
    session.keys('y');
    await session.waitForScreen(() => buffer(session) === 'إسكندر مؤمني، وزير الداخلية الإيراني', 'the person on the paste buffer');
    await session.waitForScreen((l) => l.some((x) => x.includes('copied 36 characters')), 'the copied notice');
    session.keys('Escape');
    await new Promise((resolve) => setTimeout(resolve, 150)); // a lone Escape must not merge with the next key
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });

  const PARAGRAPH = 'وأن وزيري داخلية الجمهورية الإسلامية الإيرانية وجمهورية العراق التقيا صباح امس الاثنين، في مقر وزارة الداخلية الإيرانية، حيث جرت محادثات بينهم.';
  const config = () => mkdtempSync(join(tmpdir(), 'qari-keys-'));

  it('inside a tmux whose set-clipboard is external, the pass-through reaches the terminal outside', async () => {
    const inner = `qari-inner-${process.pid}`;
    const outer = new TmuxSession(`env -u TMUX tmux -L ${inner} -f /dev/null new -s inner "env NO_COLOR=1 node bin/qari.js --shape off --config-dir ${config()}"`, 100, 30);
    sessions.push(outer);
    try {
      outer.tmux('set-option', '-g', 'set-clipboard', 'on'); // the outer terminal takes OSC 52
      await outer.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
      execFileSync('tmux', ['-L', inner, 'set-option', '-g', 'allow-passthrough', 'on']);
      expect(execFileSync('tmux', ['-L', inner, 'show-options', '-gv', 'set-clipboard'], { encoding: 'utf8' }).trim()).toBe('external');
      outer.keys('j', 'j', 'y');
      await outer.waitForScreen(() => buffers(outer).length > 0, 'a paste buffer in the outer tmux');
      expect(buffer(outer)).toBe(PARAGRAPH);
    } finally {
      spawnSync('tmux', ['-L', inner, 'kill-server']);
    }
  });

  it.skipIf(!hasScreen)('inside GNU screen, the pieces of the DCS pass-through make the whole sequence outside', async () => {
    const name = `qari-screen-${process.pid}`;
    // TMUX (inherited from the outer tmux) and STY are both set: qari must write to screen, the nearer.
    const outer = new TmuxSession(`screen -S ${name} env NO_COLOR=1 node bin/qari.js --shape off --config-dir ${config()}`, 100, 30);
    sessions.push(outer);
    try {
      outer.tmux('set-option', '-g', 'set-clipboard', 'on');
      await outer.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
      outer.keys('j', 'j', 'y');
      await outer.waitForScreen(() => buffers(outer).length > 0, 'a paste buffer in tmux, outside screen');
      expect(buffer(outer)).toBe(PARAGRAPH); // 265 bytes: more than one piece
      // Written for tmux instead, screen would have shown the pass-through's "tmux;" as text.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(outer.screen().join('\n')).not.toContain('tmux;');
    } finally {
      spawnSync('screen', ['-S', name, '-X', 'quit']);
    }
  });

  it('--no-clipboard and QARI_CLIPBOARD=off copy nothing and say so', async () => {
    for (const session of [qari('--no-clipboard'), qari('', 80, 24, { QARI_CLIPBOARD: 'off' })]) {
      session.tmux('set-option', '-g', 'set-clipboard', 'on');
      await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
      session.keys('y');
      await session.waitForScreen((l) => l.some((x) => x.includes('copying is off')), 'the notice that copying is off');
      expect(buffers(session)).toEqual([]);
    }
  });
});

describe.skipIf(!hasTmux)('the mouse wheel in a real terminal (tmux)', () => {
  const WHEEL_DOWN = '\x1b[<65;40;10M';
  const WHEEL_UP = '\x1b[<64;40;10M';
  const CLICK = '\x1b[<0;40;10M\x1b[<0;40;10m';
  const mouseFlags = (session: TmuxSession) => session.tmux('display-message', '-p', '-t', session.name, '#{mouse_standard_flag}#{mouse_sgr_flag}').trim();
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('scrolls the article three lines a notch; clicks and reports with a q in them do nothing; mouse mode off at exit', async () => {
    const session = qari('');
    const before = await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
    expect(mouseFlags(session)).toBe('11'); // SGR mouse reporting on
    session.keys('-l', WHEEL_DOWN);
    const down = await session.waitForScreen((l) => l[0] === before[3] && l[0] !== before[0], 'the article three lines down');
    const status = before.findIndex((x) => x.includes('§1/2'));
    expect(down.slice(0, status - 3)).toEqual(before.slice(3, status));
    session.keys('-l', WHEEL_UP);
    await session.waitForScreen((l) => l[0] === before[0], 'the article back at the top');
    // A click, and an X10 report whose button byte is "q" (ctrl + wheel down): no key, no quit.
    session.keys('-l', CLICK + '\x1b[Mq!!');
    const after = await session.waitForScreen((l) => l[0] === before[3], 'the X10 wheel report scrolled');
    expect(after.some((x) => x.includes('§1/2'))).toBe(true);
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
    expect(mouseFlags(session)).toBe('00');
  });

  it('moves the selection of a library list; a report is never typed into the filter', async () => {
    const library = mkdtempSync(join(tmpdir(), 'qari-keys-library-'));
    for (const [name, title] of [['a.txt', 'الخبر الأول'], ['b.txt', 'الخبر الثاني'], ['c.txt', 'الخبر الثالث']]) writeFileSync(join(library, name), `${title}\nنص الخبر في فقرة.\n`);
    const session = qari(library, 80, 20);
    const list = await session.waitForScreen((l) => l.filter((x) => x.includes('unread')).length === 3, 'three articles');
    const selected = (l: string[]) => l.findIndex((x) => x.includes('▶') || x.includes('◀'));
    const first = selected(list);
    session.keys('-l', WHEEL_DOWN);
    await session.waitForScreen((l) => selected(l) === first + 1, 'the selection one down');
    session.keys('-l', WHEEL_UP);
    await session.waitForScreen((l) => selected(l) === first, 'the selection back');
    session.keys('/');
    await session.waitForScreen((l) => l.some((x) => x.includes('filter:')), 'the filter field');
    session.keys('-l', WHEEL_DOWN + CLICK + WHEEL_UP);
    session.keys('-l', 'ثالث');
    const filtered = await session.waitForScreen((l) => l.some((x) => x.includes('1 of 3')), 'the list narrowed to one');
    const field = filtered.find((x) => x.includes('filter:'))!;
    expect(field).not.toMatch(/[<;\[\dMm]/);
    session.keys('Escape');
    await settle();
    session.keys('Escape');
    await settle();
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });

  it('--no-mouse leaves mouse reporting off (terminal selection works without Shift)', async () => {
    for (const session of [qari('--no-mouse'), qari('', 80, 24, { QARI_MOUSE: 'off' })]) {
      await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
      expect(mouseFlags(session)).toBe('00');
    }
  });
});
