import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { HEADING, logicalOfRtl } from './helpers/articles.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';

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
    // The status line's place (at its right end) is cut off by the resize until qari draws again.
    const redrawn = (width: number) => (l: string[]) => l.some((x) => x.includes('§2/2') && stringWidth(x) > width - 5 && stringWidth(x) <= width);
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
    await session.waitForScreen((l) => l.some((x) => x.startsWith('Officials')), 'the officials lookup');
    session.keys('-l', 'momeni');
    await session.waitForScreen((l) => l.some((x) => x.includes('Momeni')), 'Momeni in the list', 30_000);
    session.keys('Enter');
    await session.waitForScreen((l) => l.some((x) => x.includes('Esc closes')), 'the card');
    session.keys('y');
    await session.waitForScreen(() => buffer(session) === 'إسكندر مؤمني، وزير الداخلية الإيراني', 'the person on the paste buffer');
    expect(session.screen().some((x) => x.includes('copied 36 characters'))).toBe(true);
    session.keys('Escape');
    await new Promise((resolve) => setTimeout(resolve, 150)); // a lone Escape must not merge with the next key
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
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
